/**
 * Small UI helpers every feature's views use (form error messages, required-field marks, the organizer pages'
 * header, the guard against saving over someone else's change): a named interface of the {@code common} module, so
 * that feature views may use them.
 */
@NamedInterface("ui")
package org.kogge.common.ui;

import org.springframework.modulith.NamedInterface;
