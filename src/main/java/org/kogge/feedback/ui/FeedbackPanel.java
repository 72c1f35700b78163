package org.kogge.feedback.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.kogge.common.Formats;
import org.kogge.common.InvalidInputException;
import org.kogge.common.NotFoundException;
import org.kogge.common.live.LiveBroadcaster;
import org.kogge.common.ui.Confirmations;
import org.kogge.common.ui.FormErrors;
import org.kogge.common.ui.LiveRefresh;
import org.kogge.common.ui.LoginLink;
import org.kogge.common.ui.RequiredFields;
import org.kogge.feedback.FeedbackForm;
import org.kogge.feedback.FeedbackService;
import org.kogge.feedback.FeedbackState;
import org.kogge.feedback.FeedbackUpdates;
import org.kogge.feedback.FeedbackState.Summary;

/**
 * A session's feedback on its page: the caller's own (a rating from 5 down to 1 and a comment, sent, changed or
 * withdrawn through the {@link FeedbackService}; withdrawing asks first), and for hosts and organizers the attendees'
 * answers without names, which follow new, changed and withdrawn feedback while the page is open
 * ({@link FeedbackUpdates}; only the answers are shown anew, a form being filled in stays as it is). Comments are
 * shown as text, never as HTML.
 */
class FeedbackPanel extends Section {

    private static final List<Integer> RATINGS = List.of(5, 4, 3, 2, 1);
    /** The ratings' names, rating 1 first. */
    private static final List<String> RATING_KEYS = List.of("feedback.rating.1", "feedback.rating.2",
            "feedback.rating.3", "feedback.rating.4", "feedback.rating.5");

    private final transient FeedbackService feedback;
    private final String slug;
    private final long sessionId;
    private H2 heading;
    /** What hosts and organizers read, replaced when feedback changes; null for everybody else. */
    private Div answers;

    FeedbackPanel(FeedbackService feedback, LiveBroadcaster live, String slug, FeedbackState state, long readAt) {
        this.feedback = feedback;
        this.slug = slug;
        this.sessionId = state.sessionId();
        addClassName("kogge-feedback");
        getElement().setAttribute("aria-labelledby", "kogge-feedback-heading");
        show(state);
        if (state.mayRead()) {
            // Only readers listen: an attendee's own page shows their own feedback, which they change themselves.
            LiveRefresh.of(this, live, FeedbackUpdates.TOPIC, this::showAnswersAnew).follow(sessionId, readAt);
        }
    }

    private void show(FeedbackState state) {
        removeAll();
        answers = null;
        heading = new H2(getTranslation("feedback.heading"));
        heading.setId("kogge-feedback-heading");
        add(heading);
        switch (state.giving()) {
            case OPEN -> add(form(state));
            case NOT_STARTED -> add(muted("kogge-feedback-later", getTranslation("feedback.not-started.hint")));
            case CLOSED -> add(muted("kogge-feedback-closed", state.mine() == null
                    ? getTranslation("feedback.closed.hint", date(state))
                    : getTranslation("feedback.closed.mine", state.mine().rating(), date(state))));
            case LOG_IN -> {
                Paragraph login = new Paragraph(getTranslation("feedback.log-in.hint") + " ");
                login.add(new LoginLink(getTranslation("feedback.log-in")));
                login.addClassName("kogge-feedback-log-in");
                add(login);
            }
            case NONE -> { }
        }
        if (state.mayRead()) {
            answers = summary(state.summary());
            add(answers);
        }
    }

    /**
     * Someone gave, changed or withdrew feedback: the answers are read anew (as the person looking). If the session
     * is no longer one to read feedback on, they go.
     */
    private void showAnswersAnew() {
        Optional<FeedbackState> now;
        try {
            now = feedback.of(slug, sessionId);
        } catch (NotFoundException e) {
            now = Optional.empty();
        }
        Div fresh = now.filter(FeedbackState::mayRead).map(state -> summary(state.summary())).orElse(null);
        if (answers != null && fresh != null) {
            replace(answers, fresh);
        } else if (answers != null) {
            remove(answers);
        } else if (fresh != null) {
            add(fresh);
        }
        answers = fresh;
    }

    private Div form(FeedbackState state) {
        Div form = new Div();
        form.addClassName("kogge-feedback-form");
        form.add(new Paragraph(getTranslation("feedback.intro", FeedbackService.MIN_SHOWN)));
        if (state.mine() != null) {
            Paragraph mine = new Paragraph(getTranslation("feedback.mine", state.mine().rating(),
                    Formats.dateTime(state.mine().givenAt(), state.zone(), getLocale())));
            mine.addClassName("kogge-feedback-mine");
            form.add(mine);
        }
        RadioButtonGroup<Integer> rating = new RadioButtonGroup<>(getTranslation("feedback.rating"));
        rating.setItems(RATINGS);
        rating.setItemLabelGenerator(this::ratingName);
        rating.addClassName("kogge-feedback-rating");
        rating.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        TextArea comment = new TextArea(getTranslation("feedback.comment"));
        comment.setHelperText(getTranslation("feedback.comment.help", FeedbackForm.COMMENT_MAX));
        comment.setMaxLength(FeedbackForm.COMMENT_MAX);
        comment.setI18n(new TextArea.TextAreaI18n()
                .setMaxLengthErrorMessage(getTranslation("feedback.comment.too-long", FeedbackForm.COMMENT_MAX)));
        comment.setWidthFull();
        BeanValidationBinder<FeedbackForm> binder = RequiredFields.binder(FeedbackForm.class);
        binder.forField(rating).bind("rating");
        binder.forField(comment).bind("comment");
        binder.readBean(state.mine() == null ? new FeedbackForm()
                : new FeedbackForm(state.mine().rating(), state.mine().comment()));

        Button send = new Button(getTranslation(state.mine() == null ? "feedback.send" : "feedback.change"), e -> {
            FeedbackForm f = new FeedbackForm();
            if (binder.writeBeanIfValid(f)) {
                attempt(() -> feedback.give(slug, state.sessionId(), f), "feedback.saved",
                        Map.of("rating", rating, "comment", comment));
            }
        });
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClassName("kogge-feedback-send");
        Div buttons = new Div(send);
        buttons.addClassName("kogge-feedback-buttons");
        if (state.mine() != null) {
            Button withdraw = new Button(getTranslation("feedback.withdraw"), e -> confirmWithdraw());
            withdraw.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            buttons.add(withdraw);
        }
        form.add(rating, comment, buttons,
                muted("kogge-feedback-until", getTranslation("feedback.until", date(state))));
        return form;
    }

    /**
     * Asks before withdrawing. Keeping it closes the question and the dialog gives the focus back to the button;
     * withdrawing rebuilds the panel, so the focus moves to its heading rather than to the top of the page.
     */
    private void confirmWithdraw() {
        Confirmations.destructive(getTranslation("feedback.withdraw.confirm.title"),
                getTranslation("feedback.withdraw.confirm.text"), getTranslation("feedback.withdraw.confirm.keep"),
                getTranslation("feedback.withdraw.confirm.confirm"), () -> {
                    if (attempt(() -> feedback.withdraw(slug, sessionId), "feedback.withdrawn", Map.of())) {
                        heading.getElement().setAttribute("tabindex", "-1");
                        UI.getCurrent().getPage().executeJs("$0.focus()", heading.getElement());
                    }
                });
    }

    /** Runs a change and shows the panel as it is now; else what the service refused. Whether it went through. */
    private boolean attempt(Supplier<FeedbackState> change, String success,
                            Map<String, ? extends com.vaadin.flow.component.HasValidation> fields) {
        try {
            FeedbackState now = change.get();
            FormErrors.success(getTranslation(success));
            show(now);
            return true;
        } catch (InvalidInputException e) {
            FormErrors.show(this, e, fields);
            return false;
        }
    }

    private Div summary(Summary s) {
        Div summary = new Div();
        summary.addClassName("kogge-feedback-summary");
        summary.add(new H3(getTranslation("feedback.summary.heading")));
        if (!s.shown()) {
            summary.add(muted("kogge-feedback-count", s.count() == 0 ? getTranslation("feedback.summary.none")
                    : getTranslation("feedback.summary.too-few", s.count(), FeedbackService.MIN_SHOWN)));
            return summary;
        }
        Paragraph average = new Paragraph(getTranslation("feedback.summary.average", s.average(), s.count()));
        average.addClassName("kogge-feedback-average");
        UnorderedList ratings = new UnorderedList();
        ratings.addClassName("kogge-feedback-ratings");
        ratings.getElement().setAttribute("aria-label", getTranslation("feedback.summary.ratings"));
        for (int r : RATINGS) {
            ratings.add(new ListItem(getTranslation("feedback.summary.rating", ratingName(r),
                    s.perRating().get(r - 1))));
        }
        summary.add(average, ratings, new H3(getTranslation("feedback.summary.comments")));
        if (s.comments().isEmpty()) {
            summary.add(muted("kogge-feedback-no-comments", getTranslation("feedback.summary.no-comments")));
            return summary;
        }
        UnorderedList comments = new UnorderedList();
        comments.addClassName("kogge-feedback-comments");
        for (FeedbackState.Comment c : s.comments()) {
            Span stars = new Span(getTranslation("feedback.summary.comment.rating", c.rating()));
            stars.addClassName("kogge-muted");
            // Text, never HTML: what attendees write reaches the page escaped.
            Paragraph text = new Paragraph(c.text());
            text.addClassName("kogge-feedback-comment");
            comments.add(new ListItem(stars, text));
        }
        summary.add(comments);
        return summary;
    }

    private String ratingName(int rating) {
        return getTranslation(RATING_KEYS.get(rating - 1));
    }

    private String date(FeedbackState state) {
        return Formats.date(state.closesAt(), state.zone(), getLocale());
    }

    private static Paragraph muted(String className, String text) {
        Paragraph p = new Paragraph(text);
        p.addClassNames("kogge-muted", className);
        return p;
    }
}
