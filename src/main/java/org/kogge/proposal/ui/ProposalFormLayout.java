package org.kogge.proposal.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.Result;
import com.vaadin.flow.data.converter.Converter;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.kogge.common.InvalidInputException;
import org.kogge.proposal.ProposalForm;
import org.kogge.proposal.ProposalFormat;
import org.kogge.proposal.SessionLanguage;
import org.kogge.proposal.TopicDto;
import org.kogge.common.ui.FormErrors;

/**
 * The fields of a session proposal, shared by proposing and editing: title, abstract (Markdown, with a character
 * counter), format, topics, language, length, whether it needs a step-free room and co-hosts by email. Bound to a
 * {@link ProposalForm}.
 */
public class ProposalFormLayout extends FormLayout {

    private static final Pattern SEPARATORS = Pattern.compile("[,;\\s]+");

    private final TextField title = new TextField();
    private final TextArea abstractText = new TextArea();
    private final RadioButtonGroup<ProposalFormat> format = new RadioButtonGroup<>();
    private final CheckboxGroup<TopicDto> topics = new CheckboxGroup<>();
    private final RadioButtonGroup<SessionLanguage> language = new RadioButtonGroup<>();
    private final RadioButtonGroup<Integer> slots = new RadioButtonGroup<>();
    private final Checkbox needsStepFree = new Checkbox();
    private final TextField cohosts = new TextField();
    private final BeanValidationBinder<ProposalForm> binder = new BeanValidationBinder<>(ProposalForm.class);
    private ProposalForm bean;

    public ProposalFormLayout(List<TopicDto> eventTopics) {
        addClassName("kogge-board-form");
        setResponsiveSteps(new ResponsiveStep("0", 1));

        title.setLabel(getTranslation("proposal.form.title"));
        title.setMaxLength(ProposalForm.TITLE_MAX);
        title.setRequiredIndicatorVisible(true);

        abstractText.setLabel(getTranslation("proposal.form.abstract"));
        abstractText.setMaxLength(ProposalForm.ABSTRACT_MAX);
        abstractText.setValueChangeMode(ValueChangeMode.EAGER);
        abstractText.setMinHeight("10em");
        abstractText.addValueChangeListener(e -> countCharacters());
        countCharacters();

        format.setLabel(getTranslation("proposal.form.format"));
        format.setItems(ProposalFormat.values());
        format.setItemLabelGenerator(f -> getTranslation(f.messageKey()));

        topics.setLabel(getTranslation("proposal.form.topics"));
        topics.setItems(eventTopics);
        topics.setItemLabelGenerator(TopicDto::name);
        if (eventTopics.isEmpty()) {
            topics.setHelperText(getTranslation("proposal.form.topics.none"));
        }

        language.setLabel(getTranslation("proposal.form.language"));
        language.setItems(SessionLanguage.values());
        language.setItemLabelGenerator(l -> getTranslation(l.messageKey()));

        slots.setLabel(getTranslation("proposal.form.slots"));
        slots.setItems(1, 2);
        slots.setItemLabelGenerator(n -> getTranslation(n == 1 ? "proposal.form.slots.one" : "proposal.form.slots.two"));

        needsStepFree.setLabel(getTranslation("proposal.form.needs-step-free"));
        needsStepFree.setHelperText(getTranslation("proposal.form.needs-step-free.helper"));

        cohosts.setLabel(getTranslation("proposal.form.cohosts"));
        cohosts.setHelperText(getTranslation("proposal.form.cohosts.helper"));

        format.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
        topics.addThemeName("vertical");

        binder.forField(title).asRequired(getTranslation("validation.required")).bind("title");
        binder.forField(abstractText).bind("abstractText");
        binder.forField(format).asRequired(getTranslation("validation.required")).bind("format");
        binder.forField(topics).withConverter(Converter.<Set<TopicDto>, Set<Long>>from(
                        chosen -> Result.ok(chosen.stream().map(TopicDto::id).collect(Collectors.toCollection(HashSet::new))),
                        ids -> eventTopics.stream().filter(t -> ids.contains(t.id())).collect(Collectors.toSet())))
                .bind("topicIds");
        binder.forField(language).asRequired(getTranslation("validation.required")).bind("language");
        binder.forField(slots).asRequired(getTranslation("validation.required")).bind("slots");
        binder.forField(needsStepFree).bind("needsStepFree");
        binder.forField(cohosts).withConverter(Converter.<String, Set<String>>from(
                        ProposalFormLayout::emails,
                        set -> set == null ? "" : set.stream().sorted().collect(Collectors.joining(", "))))
                .withValidator(set -> set.stream().allMatch(ProposalForm::isEmail),
                        getTranslation("proposal.form.cohosts.invalid"))
                .bind("cohostEmails");

        add(title, abstractText, format, topics, language, slots, needsStepFree, cohosts);
    }

    private static Result<Set<String>> emails(String text) {
        if (text == null || text.isBlank()) {
            return Result.ok(new HashSet<>());
        }
        return Result.ok(Arrays.stream(SEPARATORS.split(text.strip())).filter(s -> !s.isBlank())
                .collect(Collectors.toCollection(HashSet::new)));
    }

    private void countCharacters() {
        int length = abstractText.getValue() == null ? 0 : abstractText.getValue().length();
        abstractText.setHelperText(getTranslation("proposal.form.abstract.helper", length, ProposalForm.ABSTRACT_MAX));
    }

    /**
     * The buttons under the fields on the pages that propose and edit a proposal: the primary one that saves
     * (labelled {@code saveKey}) and the one that cancels.
     */
    HorizontalLayout buttons(String saveKey, Runnable save, Runnable cancel) {
        Button saveButton = new Button(getTranslation(saveKey), e -> save.run());
        saveButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return new HorizontalLayout(saveButton, new Button(getTranslation("proposal.form.cancel"), e -> cancel.run()));
    }

    /** Shows a proposal's values in the fields. */
    public void edit(ProposalForm form) {
        bean = form;
        binder.readBean(form);
    }

    /** Writes the fields into the form if they are valid; the invalid ones show why. */
    public boolean writeIfValid() {
        return binder.writeBeanIfValid(bean);
    }

    /**
     * Saves what the fields say, for the pages that propose and edit a proposal: if the fields are valid, hands the
     * form to {@code service} and tells the person it is saved (the message {@code savedKey}, with the co-host
     * notice); what the service refuses shows beside the fields. Returns whether it was saved.
     */
    boolean save(Consumer<ProposalForm> service, String savedKey) {
        if (!writeIfValid()) {
            return false;
        }
        try {
            service.accept(bean);
        } catch (InvalidInputException e) {
            showErrors(e);
            return false;
        }
        FormErrors.success(withCohostNotice(getTranslation(savedKey)));
        return true;
    }

    /**
     * The message after saving, with the note that named co-hosts are asked first: the same whoever the emails
     * belong to, so that it tells nothing about them.
     */
    private String withCohostNotice(String saved) {
        return bean.getCohostEmails().isEmpty() ? saved
                : saved + " " + getTranslation("proposal.form.cohosts.requested");
    }

    public ProposalForm getBean() {
        return bean;
    }

    /** What the service refused, beside the fields it concerns. */
    public void showErrors(InvalidInputException e) {
        FormErrors.show(this, e, Map.of("title", title, "abstractText", abstractText, "format", format,
                "language", language, "slots", slots, "topicIds", topics, "needsStepFree", needsStepFree,
                "cohostEmails", cohosts));
    }
}
