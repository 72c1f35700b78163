package org.kogge.schedule.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import java.time.ZoneId;
import org.kogge.schedule.ScheduledSession;

/**
 * One session as the programme shows it, in a grid cell or a list entry: its title (a link to its page), "abgesagt"
 * in words when cancelled (and struck through), hosts, topics, optionally room and time, and the star toggle.
 */
public class PublicSessionCard extends Div {

    private final long sessionId;

    /**
     * @param withPlace show room and time (the list does; the grid has them in its headers)
     * @param star the star toggle, or {@code null} when the visitor cannot star
     */
    public PublicSessionCard(String slug, ScheduledSession s, boolean withPlace, ZoneId zone, SessionStarButton star) {
        this.sessionId = s.id();
        addClassName("kogge-programme-session");
        Anchor title = new Anchor("events/" + slug + "/sessions/" + s.id(), s.content().title());
        title.addClassName("kogge-programme-title");
        Div head = new Div(title);
        head.addClassName("kogge-programme-session-head");
        if (s.isCancelled()) {
            addClassName("kogge-programme-cancelled");
            Span label = new Span(getTranslation("programme.cancelled"));
            label.addClassNames("kogge-badge", "kogge-badge-cancelled", "kogge-programme-cancelled-label");
            head.add(label);
        }
        add(head);
        if (withPlace) {
            Paragraph place = new Paragraph(getTranslation("programme.session.place", s.roomName(),
                    PublicScheduleTexts.span(s.startsAt(), s.endsAt(), zone, getLocale())));
            place.addClassName("kogge-programme-place");
            add(place);
        }
        String hosts = PublicScheduleTexts.hosts(s.content());
        if (!hosts.isBlank()) {
            Paragraph p = new Paragraph(hosts);
            p.addClassName("kogge-programme-hosts");
            add(p);
        }
        String topics = PublicScheduleTexts.topics(s.content());
        if (!topics.isBlank()) {
            Paragraph p = new Paragraph(topics);
            p.addClassNames("kogge-programme-topics", "kogge-muted");
            add(p);
        }
        if (star != null) {
            add(star);
        }
    }

    public long getSessionId() {
        return sessionId;
    }
}
