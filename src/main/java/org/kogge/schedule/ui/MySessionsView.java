package org.kogge.schedule.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Clock;
import java.util.List;
import org.kogge.common.ui.PageTitles;
import org.kogge.schedule.MySessions;
import org.kogge.schedule.MySessionsService;

/**
 * My sessions: every proposal I host or co-host across the network's barcamps, latest event first (upcoming before
 * past), with its status, votes, co-hosts and, once the programme is published, its day, time and room; and the
 * co-host requests waiting for my answer, with a link to the board where I answer them. The sessions are one lazy
 * {@link MySessionsList}, like the agenda's.
 */
@Route("me/sessions")
@PermitAll
@Menu(order = 22, title = "nav.my-sessions", icon = "PRESENTATION")
public class MySessionsView extends VerticalLayout implements HasDynamicTitle {

    public MySessionsView(MySessionsService service, Clock clock) {
        addClassName("kogge-page");
        add(new H1(getTranslation("schedule.my-sessions.title")));
        MySessions mine = service.mine();
        if (mine.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("schedule.my-sessions.empty"));
            empty.addClassName("kogge-my-sessions-empty");
            add(new Div(empty, new Anchor("events", getTranslation("schedule.my-sessions.browse"))));
            return;
        }
        if (!mine.invites().isEmpty()) {
            add(invites(mine.invites()));
        }
        List<MySessions.Session> upcoming = mine.sessions().stream().filter(s -> !s.isPast(clock)).toList();
        List<MySessions.Session> past = mine.sessions().stream().filter(s -> s.isPast(clock)).toList();
        if (!mine.sessions().isEmpty()) {
            MySessionsList list = new MySessionsList();
            list.show(upcoming, past);
            add(list);
        }
    }

    /** The co-host requests to me, each with a link to the board of its event, where I accept or decline it. */
    private Section invites(List<MySessions.Invite> invites) {
        H2 heading = new H2(getTranslation("proposal.cohost.invites", invites.size()));
        heading.setId("kogge-my-sessions-invites-heading");
        UnorderedList list = new UnorderedList();
        for (MySessions.Invite i : invites) {
            String host = i.request().hostName() == null ? getTranslation("proposal.card.unknown-host")
                    : i.request().hostName();
            Anchor answer = new Anchor("events/" + i.event().slug() + "/proposals",
                    getTranslation("schedule.my-sessions.invite.answer", i.event().title()));
            answer.addClassName("kogge-my-sessions-answer");
            ListItem item = new ListItem(new Paragraph(getTranslation("proposal.cohost.invite", i.request().title(),
                    host)), answer);
            item.addClassName("kogge-my-sessions-invite");
            list.add(item);
        }
        Section section = new Section(heading, list);
        section.getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
        section.addClassNames("kogge-card", "kogge-my-sessions-invites");
        section.setWidthFull();
        return section;
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, getTranslation("schedule.my-sessions.title"));
    }
}
