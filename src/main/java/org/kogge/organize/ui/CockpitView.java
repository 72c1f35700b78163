package org.kogge.organize.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.kogge.ceremony.GuestCounts;
import org.kogge.common.Formats;
import org.kogge.common.ui.CsvDownload;
import org.kogge.common.ui.EventSlug;
import org.kogge.common.ui.OrganizerHeader;
import org.kogge.common.ui.OrganizerNavigation;
import org.kogge.common.ui.PageTitles;
import org.kogge.feedback.FeedbackFigures;
import org.kogge.feedback.FeedbackService;
import org.kogge.organize.Cockpit;
import org.kogge.organize.CockpitService;
import org.kogge.proposal.ProposalFigures;
import org.kogge.registration.RegistrationCounts;
import org.kogge.schedule.ScheduleFigures;

/**
 * The organizer's cockpit of one event ({@code organize/events/{slug}}): what to check every morning at a glance,
 * and the navigation to all its organizer pages. The service refuses everybody but its organizers and admins.
 */
@Route("organize/events/:slug")
@RolesAllowed({"ORGANIZER", "ADMIN"})
public class CockpitView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final transient CockpitService cockpit;
    private final transient FeedbackService feedback;
    private final OrganizerNavigation navigation;
    private String title = "";

    public CockpitView(CockpitService cockpit, FeedbackService feedback, OrganizerNavigation navigation) {
        this.cockpit = cockpit;
        this.feedback = feedback;
        this.navigation = navigation;
        addClassNames("kogge-page", "kogge-cockpit");
        setPadding(false);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        show(cockpit.overview(EventSlug.of(event)));
    }

    private void show(Cockpit c) {
        removeAll();
        title = c.title();
        OrganizerHeader header = navigation.header(this, getTranslation("organize.cockpit.heading", c.title()),
                c.slug(), c.kind()).link("events/" + c.slug(), getTranslation("organize.cockpit.public-page"));
        Paragraph when = new Paragraph(getTranslation("organize.cockpit.when", getTranslation(c.kind().messageKey()),
                getTranslation(c.state().messageKey()), Formats.range(c.startsAt(), c.endsAt(), c.zone(), getLocale())));
        when.addClassName("kogge-cockpit-when");
        Div figures = new Div(seats(c.seats()));
        figures.addClassName("kogge-cockpit-figures");
        if (c.proposals() != null) {
            figures.add(proposals(c.proposals()));
        }
        if (c.schedule() != null) {
            figures.add(schedule(c.schedule(), c));
        }
        if (c.guests() != null) {
            figures.add(guests(c.guests()));
        }
        if (c.feedback() != null) {
            figures.add(feedback(c.feedback(), c.slug()));
        }
        add(header, when, figures);
    }

    private Section seats(RegistrationCounts s) {
        return card("organize.cockpit.seats", figure("organize.cockpit.seats.taken", s.registered()),
                s.capacity() == null ? fact("organize.cockpit.seats.free", getTranslation("organize.cockpit.seats.unlimited"))
                        : figure("organize.cockpit.seats.free", s.freeSeats()),
                figure("organize.cockpit.seats.waitlist", s.waitlisted()));
    }

    private Section proposals(ProposalFigures p) {
        return card("organize.cockpit.proposals", figure("organize.cockpit.proposals.open", p.open()),
                figure("organize.cockpit.proposals.accepted", p.accepted()),
                fact("organize.cockpit.proposals.votes", getTranslation("organize.cockpit.proposals.votes.value",
                        p.votes(), p.voters())));
    }

    private Section schedule(ScheduleFigures s, Cockpit c) {
        return card("organize.cockpit.schedule", fact("organize.cockpit.schedule.state", s.published()
                        ? getTranslation("organize.cockpit.schedule.published", Formats.dateTime(s.publishedAt(), c.zone(), getLocale()))
                        : getTranslation("organize.cockpit.schedule.draft")),
                fact("organize.cockpit.schedule.changed", s.changedAt() == null
                        ? getTranslation("organize.cockpit.schedule.never")
                        : Formats.dateTime(s.changedAt(), c.zone(), getLocale())),
                fact("organize.cockpit.schedule.grid", getTranslation("organize.cockpit.schedule.grid.value",
                        s.rooms(), s.slots())),
                figure("organize.cockpit.schedule.sessions", s.scheduled()));
    }

    private Section guests(GuestCounts g) {
        return card("organize.cockpit.guests", figure("organize.cockpit.guests.accepted", g.accepted()),
                figure("organize.cockpit.guests.declined", g.declined()),
                figure("organize.cockpit.guests.pending", g.pending()),
                figure("organize.cockpit.guests.companions", g.companions()),
                fact("organize.cockpit.guests.arrived", getTranslation("organize.cockpit.guests.arrived.value",
                        g.arrived(), g.arrivedCompanions(), g.expected())));
    }

    private Section feedback(FeedbackFigures f, String slug) {
        java.text.NumberFormat oneDecimal = java.text.NumberFormat.getNumberInstance(getLocale());
        oneDecimal.setMinimumFractionDigits(1);
        oneDecimal.setMaximumFractionDigits(1);
        Section card = card("organize.cockpit.feedback", figure("organize.cockpit.feedback.answers", f.answers()),
                figure("organize.cockpit.feedback.sessions", f.sessions()),
                fact("organize.cockpit.feedback.average", f.average() == null
                        ? getTranslation("organize.cockpit.feedback.too-few", FeedbackService.MIN_SHOWN)
                        : getTranslation("organize.cockpit.feedback.average.value", oneDecimal.format(f.average()))),
                fact("organize.cockpit.feedback.best", f.best() == null
                        ? getTranslation("organize.cockpit.feedback.too-few", FeedbackService.MIN_SHOWN)
                        : getTranslation("organize.cockpit.feedback.best.value", f.best().title(),
                                oneDecimal.format(f.best().average()), f.best().answers())));
        if (f.answers() > 0) {
            // Written when clicked, in the clicking person's language; the service checks they organize the event.
            Anchor csv = CsvDownload.link(this, getTranslation("organize.cockpit.feedback.csv"),
                    "rueckmeldungen-" + slug + ".csv", (locale, translate) -> feedback.exportCsv(slug, locale, translate));
            csv.addClassName("kogge-cockpit-feedback-csv");
            card.add(csv);
        }
        return card;
    }

    /** A card of figures: its heading names what it is about, each line a term and its value. */
    private Section card(String headingKey, Line... lines) {
        H2 heading = new H2(getTranslation(headingKey));
        DescriptionList list = new DescriptionList();
        for (Line line : lines) {
            list.add(new DescriptionList.Term(getTranslation(line.labelKey())), new DescriptionList.Description(line.value()));
        }
        Section card = new Section(heading, list);
        card.addClassNames("kogge-cockpit-card", "kogge-cockpit-" + headingKey.substring(headingKey.lastIndexOf('.') + 1));
        return card;
    }

    private Line figure(String labelKey, long number) {
        return new Line(labelKey, java.text.NumberFormat.getIntegerInstance(getLocale()).format(number));
    }

    private static Line fact(String labelKey, String value) {
        return new Line(labelKey, value);
    }

    private record Line(String labelKey, String value) {
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(this, getTranslation("organize.cockpit.heading", title));
    }
}
