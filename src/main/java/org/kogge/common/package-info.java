/**
 * What every feature shares and no feature owns: validation in services ({@link org.kogge.common.InputValidator},
 * {@link org.kogge.common.InvalidInputException}), times for people in the event's zone
 * ({@link org.kogge.common.Formats}), safe Markdown ({@link org.kogge.common.Markdown}), CSV cells
 * ({@link org.kogge.common.CsvCells}), secret tokens, public links, start-up data and background jobs. Its named
 * interfaces: {@code live} (the one live-update mechanism), {@code feed} (cached calendar and API answers) and
 * {@code ui} (view parts shared by the features). It depends on no feature.
 */
package org.kogge.common;
