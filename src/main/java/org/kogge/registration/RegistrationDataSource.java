package org.kogge.registration;

import org.kogge.account.PersonalDataSource;
import org.kogge.event.EventGate;
import org.kogge.event.EventSummary;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** A person's registrations in their data export (GDPR). */
@Component
class RegistrationDataSource implements PersonalDataSource {

    private final RegistrationRepository registrations;
    private final EventGate events;

    RegistrationDataSource(RegistrationRepository registrations, EventGate events) {
        this.registrations = registrations;
        this.events = events;
    }

    @Override
    public String section() {
        return "registrations";
    }

    @Override
    @Transactional(readOnly = true)
    public Object dataOf(long personId) {
        return PersonalDataSource.titledRows(registrations.findByPersonId(personId), Registration::getEventId,
                events::summariesById, EventSummary::title, "event", (r, row) -> {
                    row.put("status", r.getStatus().name());
                    row.put("joinedAt", String.valueOf(r.getJoinedAt()));
                    row.put("nameShownPublicly", r.isPublicName());
                });
    }
}
