/**
 * The app shell and nothing else: the main layout with navigation and language switch, error pages, the UI's
 * language and {@code <html lang>}, the skip link, Vaadin's i18n provider over the features' bundles, and the sweeper
 * that frees UIs of tabs that are gone. The views themselves live in each feature's {@code ui} package.
 */
package org.kogge.ui;
