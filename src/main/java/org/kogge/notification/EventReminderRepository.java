package org.kogge.notification;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface EventReminderRepository extends JpaRepository<EventReminder, Long> {

    @Query("select r.personId from EventReminder r where r.eventId = :eventId")
    List<Long> remindedIn(@Param("eventId") long eventId);
}
