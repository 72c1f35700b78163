package org.kogge.proposal.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import org.kogge.common.InvalidInputException;
import org.kogge.common.ui.FormErrors;
import org.kogge.proposal.CohostOverview;
import org.kogge.proposal.CohostService;

/**
 * On a barcamp's board, for the logged-in person: the co-host requests to them (accept, decline; accepting needs a
 * seat), the sessions they co-host (leave), and the requests they sent (withdraw). Hidden when there is none.
 */
class CohostPanel extends Div {

    private final transient CohostService cohosts;
    private final Runnable changed;
    private String slug;

    /** {@code changed}: the board shows the new hosts at once. */
    CohostPanel(CohostService cohosts, Runnable changed) {
        this.cohosts = cohosts;
        this.changed = changed;
        addClassName("kogge-cohost-panel");
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-label", getTranslation("proposal.cohost.heading"));
    }

    void show(String slug) {
        this.slug = slug;
        render();
    }

    private void render() {
        removeAll();
        CohostOverview o = cohosts.overview(slug);
        setVisible(!o.isEmpty());
        if (o.isEmpty()) {
            return;
        }
        add(new H2(getTranslation("proposal.cohost.heading")));
        if (!o.invites().isEmpty()) {
            add(new H3(getTranslation("proposal.cohost.invites", o.invites().size())));
            if (!o.registered()) {
                add(new Paragraph(getTranslation("proposal.cohost.register-first")),
                        new Anchor("events/" + slug, getTranslation("proposal.board.register")));
            }
            for (CohostOverview.Invite i : o.invites()) {
                Button accept = button("proposal.cohost.accept", () -> cohosts.accept(slug, i.proposalId()),
                        getTranslation("proposal.cohost.accepted", i.title()));
                accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                accept.setEnabled(o.registered());
                add(row(getTranslation("proposal.cohost.invite", i.title(), i.hostName()), accept,
                        button("proposal.cohost.decline", () -> cohosts.decline(slug, i.proposalId()),
                                getTranslation("proposal.cohost.declined"))));
            }
        }
        if (!o.cohosting().isEmpty()) {
            add(new H3(getTranslation("proposal.cohost.cohosting")));
            for (CohostOverview.Session s : o.cohosting()) {
                add(row(s.title(), button("proposal.cohost.leave", () -> cohosts.leave(slug, s.proposalId()),
                        getTranslation("proposal.cohost.left", s.title()))));
            }
        }
        if (!o.sent().isEmpty()) {
            add(new H3(getTranslation("proposal.cohost.sent")));
            for (CohostOverview.Sent s : o.sent()) {
                add(row(getTranslation("proposal.cohost.sent.line", s.email(), s.title()),
                        button("proposal.cohost.withdraw", () -> cohosts.withdraw(slug, s.requestId()),
                                getTranslation("proposal.cohost.withdrawn"))));
            }
        }
    }

    private static HorizontalLayout row(String text, Component... buttons) {
        HorizontalLayout row = new HorizontalLayout(new Span(text));
        row.add(buttons);
        row.addClassName("kogge-cohost-row");
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        return row;
    }

    /** A button that does one thing, says it was done (or why not), and shows what is now. */
    private Button button(String key, Runnable action, String done) {
        Button b = new Button(getTranslation(key), e -> {
            try {
                action.run();
                FormErrors.success(done);
            } catch (InvalidInputException ex) {
                FormErrors.error(ProblemTexts.of(this, ex));
            }
            render();
            changed.run();
        });
        b.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return b;
    }
}
