package org.kogge.calendar;

import java.time.LocalDate;
import java.util.List;

/** The entries of my agenda that start on one day (in their event's zone), in time order. */
public record AgendaDay(LocalDate date, List<AgendaLine> items) {
}
