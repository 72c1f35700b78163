package org.kogge.ceremony.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.kogge.ceremony.AgendaEntry;
import org.kogge.ceremony.CeremonyContent;
import org.kogge.ceremony.SignatoryEntry;
import org.kogge.common.Formats;

/**
 * A ceremony's programme as guests and the public read it: the agreement, the agenda with times and speakers, the
 * signatories in signing order, and the venue. All text is set as text (escaped); the agreement's link is
 * http/https only (checked when saved).
 */
class CeremonyProgramme extends VerticalLayout {

    CeremonyProgramme(CeremonyContent c, String venueName, String venueAddress) {
        addClassName("kogge-ceremony-programme");
        setPadding(false);
        if (c.hasAgreement()) {
            add(agreement(c));
        }
        if (!c.agenda().isEmpty()) {
            add(agenda(c));
        }
        if (!c.signatories().isEmpty()) {
            add(signatories(c));
        }
        if (venueName != null) {
            Div venue = new Div(new H3(getTranslation("ceremony.programme.venue")), new Paragraph(venueName));
            if (venueAddress != null && !venueAddress.isBlank()) {
                venue.add(new Paragraph(venueAddress));
            }
            venue.addClassName("kogge-ceremony-venue");
            add(venue);
        }
    }

    private Component agreement(CeremonyContent c) {
        Div box = new Div();
        box.addClassName("kogge-ceremony-agreement");
        box.add(new H3(getTranslation("ceremony.programme.agreement")));
        if (c.agreementTitle() != null) {
            Paragraph title = new Paragraph(c.agreementTitle());
            title.addClassName("kogge-ceremony-agreement-title");
            box.add(title);
        }
        if (c.agreementSummary() != null) {
            Paragraph summary = new Paragraph(c.agreementSummary());
            summary.addClassName("kogge-ceremony-agreement-summary");
            box.add(summary);
        }
        if (c.agreementUrl() != null) {
            Anchor doc = new Anchor(c.agreementUrl(), getTranslation("ceremony.programme.document"));
            doc.setTarget(AnchorTarget.BLANK);
            doc.getElement().setAttribute("rel", "noopener noreferrer nofollow");
            box.add(doc);
        }
        return box;
    }

    private Component agenda(CeremonyContent c) {
        OrderedList list = new OrderedList();
        list.addClassName("kogge-ceremony-agenda");
        for (AgendaEntry a : c.agenda()) {
            Span time = new Span(Formats.time(a.startsAt(), c.zone(), getLocale()) + " – "
                    + Formats.time(a.endsAt(), c.zone(), getLocale()));
            time.addClassName("kogge-ceremony-agenda-time");
            Span title = new Span(a.title());
            title.addClassName("kogge-ceremony-agenda-title");
            ListItem item = new ListItem(time, title);
            if (!a.speaker().isEmpty()) {
                Span speaker = new Span(a.speaker());
                speaker.addClassName("kogge-ceremony-agenda-speaker");
                item.add(speaker);
            }
            list.add(item);
        }
        return new Div(new H3(getTranslation("ceremony.programme.agenda")), list);
    }

    private Component signatories(CeremonyContent c) {
        OrderedList list = new OrderedList();
        list.addClassName("kogge-ceremony-signatories");
        for (SignatoryEntry s : c.signatories()) {
            StringBuilder line = new StringBuilder(s.name());
            if (s.office() != null) {
                line.append(", ").append(s.office());
            }
            line.append(" – ").append(s.organisation());
            ListItem item = new ListItem(new Span(line.toString()));
            if (s.isRepresented()) {
                Span rep = new Span(getTranslation("ceremony.signatories.represented-by", s.representedBy()));
                rep.addClassName("kogge-ceremony-represented");
                item.add(rep);
            }
            list.add(item);
        }
        return new Div(new H3(getTranslation("ceremony.programme.signatories")), list);
    }

    static H2 heading(Component context) {
        return new H2(context.getTranslation("ceremony.programme.heading"));
    }
}
