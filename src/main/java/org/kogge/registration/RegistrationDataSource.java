package org.kogge.registration;

import java.util.List;
import java.util.Map;
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
        List<Registration> mine = registrations.findByPersonId(personId);
        Map<Long, EventSummary> byId = events.summariesById(mine.stream().map(Registration::getEventId).toList());
        return mine.stream().map(r -> Map.of(
                "event", byId.containsKey(r.getEventId()) ? byId.get(r.getEventId()).title() : "",
                "status", r.getStatus().name(),
                "joinedAt", String.valueOf(r.getJoinedAt()),
                "nameShownPublicly", r.isPublicName())).toList();
    }
}
