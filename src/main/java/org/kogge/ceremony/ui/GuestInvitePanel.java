package org.kogge.ceremony.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.kogge.ceremony.GuestForm;
import org.kogge.ceremony.GuestRole;
import org.kogge.ceremony.GuestRow;
import org.kogge.ceremony.InvitationService;
import org.kogge.ceremony.PreviewLine;
import org.kogge.common.InvalidInputException;
import org.kogge.common.ui.FormErrors;
import org.kogge.common.ui.RequiredFields;

/**
 * The organizer's form to invite guests to a ceremony: one guest by hand, or a pasted list that is checked line by
 * line first and then saved all or nothing.
 */
class GuestInvitePanel extends Details {

    private final transient InvitationService invitations;
    private final String slug;
    private final transient Runnable invited;
    private final Grid<PreviewLine> preview = new Grid<>();
    private final Button inviteValid = new Button();
    private List<PreviewLine> checked = List.of();

    /**
     * @param invited    after guests were invited (to refresh what shows them)
     * @param invitedOne then, after one guest was invited by hand
     */
    GuestInvitePanel(InvitationService invitations, String slug, Runnable invited, Consumer<GuestRow> invitedOne) {
        this.invitations = invitations;
        this.slug = slug;
        this.invited = invited;
        VerticalLayout panel = new VerticalLayout();
        panel.setPadding(false);
        panel.add(new H2(getTranslation("ceremony.invite.heading")));
        Paragraph noMail = new Paragraph(getTranslation("ceremony.invite.no-mail"));
        noMail.addClassName("kogge-notice");
        panel.add(noMail);
        oneGuest(panel, invitedOne);
        pastedList(panel);
        setSummaryText(getTranslation("ceremony.invite.summary"));
        add(panel);
        setOpened(true);
        addClassName("kogge-card");
        setWidthFull();
    }

    private void oneGuest(VerticalLayout panel, Consumer<GuestRow> invitedOne) {
        TextField name = new TextField(getTranslation("ceremony.invite.name"));
        TextField email = new TextField(getTranslation("ceremony.invite.email"));
        TextField organisation = new TextField(getTranslation("ceremony.invite.organisation"));
        Select<GuestRole> role = new Select<>();
        role.setLabel(getTranslation("ceremony.invite.role"));
        role.setItems(GuestRole.values());
        role.setItemLabelGenerator(r -> getTranslation(r.messageKey()));
        RequiredFields.withValidAria(role);
        BeanValidationBinder<GuestForm> binder = RequiredFields.binder(GuestForm.class);
        binder.forField(name).bind("name");
        binder.forField(email).bind("email");
        binder.forField(organisation).withNullRepresentation("").bind("organisation");
        binder.forField(role).bind("role");
        binder.readBean(new GuestForm());
        Button one = new Button(getTranslation("ceremony.invite.one"), VaadinIcon.PLUS.create(), e -> {
            GuestForm form = new GuestForm();
            if (!binder.writeBeanIfValid(form)) {
                return;
            }
            try {
                GuestRow created = invitations.invite(slug, List.of(form)).get(0);
                FormErrors.success(getTranslation("ceremony.invite.done", 1));
                binder.readBean(new GuestForm());
                invited.run();
                invitedOne.accept(created);
            } catch (InvalidInputException ex) {
                FormErrors.show(this, ex, Map.of("name", name, "email", email, "organisation", organisation));
            }
        });
        one.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        panel.add(new FormLayout(name, email, organisation, role), one);
    }

    private void pastedList(VerticalLayout panel) {
        TextArea paste = new TextArea(getTranslation("ceremony.invite.paste"));
        paste.setHelperText(getTranslation("ceremony.invite.paste.helper"));
        paste.setWidthFull();
        paste.setMinHeight("8rem");
        paste.addClassName("kogge-invite-paste");
        Button check = new Button(getTranslation("ceremony.invite.check"), e -> checkPaste(paste));
        preview.addColumn(PreviewLine::lineNumber).setKey("line").setHeader(getTranslation("ceremony.preview.col.line"))
                .setAutoWidth(true).setFlexGrow(0);
        preview.addColumn(l -> Objects.toString(l.name(), "")).setKey("name")
                .setHeader(getTranslation("ceremony.guests.col.name"));
        preview.addColumn(l -> Objects.toString(l.email(), "")).setKey("email")
                .setHeader(getTranslation("ceremony.guests.col.email"));
        preview.addColumn(l -> Objects.toString(l.organisation(), "")).setKey("organisation")
                .setHeader(getTranslation("ceremony.guests.col.organisation"));
        preview.addColumn(l -> l.role() == null ? "" : getTranslation(l.role().messageKey())).setKey("role")
                .setHeader(getTranslation("ceremony.guests.col.role"));
        preview.addComponentColumn(l -> {
            Span s = new Span(l.isValid() ? getTranslation("ceremony.preview.ok")
                    : getTranslation("ceremony.preview.invalid", getTranslation(l.problemKey(), l.problemArgs().toArray())));
            s.addClassName(l.isValid() ? "kogge-preview-ok" : "kogge-preview-invalid");
            return s;
        }).setKey("check").setHeader(getTranslation("ceremony.preview.col.check")).setFlexGrow(2);
        preview.setAllRowsVisible(true);
        preview.setVisible(false);
        preview.setAriaLabel(getTranslation("ceremony.preview.aria"));
        preview.setPartNameGenerator(l -> l.isValid() ? null : "kogge-preview-invalid-row");
        inviteValid.setVisible(false);
        inviteValid.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        inviteValid.addClickListener(e -> inviteChecked(paste));
        panel.add(paste, check, preview, inviteValid);
    }

    private void checkPaste(TextArea paste) {
        try {
            checked = invitations.preview(slug, paste.getValue());
            paste.setInvalid(false);
        } catch (InvalidInputException e) {
            FormErrors.show(this, e, Map.of("paste", paste));
            checked = List.of();
        }
        preview.setItems(checked);
        preview.setVisible(!checked.isEmpty());
        long valid = checked.stream().filter(PreviewLine::isValid).count();
        long invalid = checked.size() - valid;
        inviteValid.setText(getTranslation("ceremony.invite.valid", valid, invalid));
        inviteValid.setVisible(!checked.isEmpty());
        inviteValid.setEnabled(valid > 0);
        if (checked.isEmpty() && !paste.isInvalid()) {
            FormErrors.error(getTranslation("ceremony.invite.none"));
        }
    }

    private void inviteChecked(TextArea paste) {
        List<GuestForm> valid = checked.stream().filter(PreviewLine::isValid).map(PreviewLine::toForm).toList();
        try {
            List<GuestRow> created = invitations.invite(slug, valid);
            FormErrors.success(getTranslation("ceremony.invite.done", created.size()));
            paste.clear();
            checked = List.of();
            preview.setItems(checked);
            preview.setVisible(false);
            inviteValid.setVisible(false);
            invited.run();
        } catch (InvalidInputException e) {
            // Someone invited one of them meanwhile: check again, so the organizer sees which line.
            FormErrors.show(this, e, Map.of());
            checkPaste(paste);
        }
    }
}
