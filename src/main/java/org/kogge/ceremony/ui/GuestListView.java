package org.kogge.ceremony.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.kogge.ceremony.CeremonyContent;
import org.kogge.ceremony.CeremonyService;
import org.kogge.ceremony.GuestCounts;
import org.kogge.ceremony.GuestFilter;
import org.kogge.ceremony.GuestForm;
import org.kogge.ceremony.GuestRole;
import org.kogge.ceremony.GuestRow;
import org.kogge.ceremony.InvitationService;
import org.kogge.ceremony.PreviewLine;
import org.kogge.ceremony.RsvpStatus;
import org.kogge.common.BaseUrl;
import org.kogge.common.Formats;
import org.kogge.common.InvalidInputException;
import org.kogge.common.ui.FormErrors;
import org.kogge.common.ui.RequiredFields;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

/**
 * The organizer's guest list of a ceremony: inviting one guest or a pasted list (checked line by line first,
 * then saved all or nothing), each guest's personal link to copy or send from the organizer's own mail program
 * (Kogge sends no email), counts by answer, a filter, CSV export and the printable list for the door.
 */
@Route("organize/events/:slug/guests")
@RolesAllowed({"ORGANIZER", "ADMIN"})
public class GuestListView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String CSV_TYPE = "text/csv;charset=utf-8";

    private final transient InvitationService invitations;
    private final transient CeremonyService ceremonies;
    private final transient BaseUrl baseUrl;
    private CeremonyContent ceremony;
    private final Span counts = new Span();
    private final Select<RsvpStatus> status = new Select<>();
    private final Checkbox pressOnly = new Checkbox();
    private final TextField search = new TextField();
    private final Grid<GuestRow> grid = new Grid<>();
    private final Grid<PreviewLine> preview = new Grid<>();
    private final Button inviteValid = new Button();
    private final VerticalLayout revokedList = new VerticalLayout();
    private List<PreviewLine> checked = List.of();

    public GuestListView(InvitationService invitations, CeremonyService ceremonies, BaseUrl baseUrl) {
        this.baseUrl = baseUrl;
        this.invitations = invitations;
        this.ceremonies = ceremonies;
        addClassNames("kogge-page", "kogge-guest-list");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        ceremony = ceremonies.forOrganizer(event.getRouteParameters().get("slug").orElse(""));
        build();
    }

    private void build() {
        removeAll();
        add(new H2(getTranslation("ceremony.guests.heading", ceremony.title())));
        add(CeremonyLinks.organizerLinks(this, ceremony.slug(), CeremonyLinks.Page.GUESTS));
        counts.addClassName("kogge-guest-counts");
        counts.getElement().setAttribute("role", "status");
        add(counts, invitePanel(), toolbar(), grid(), revoked());
        refresh();
    }

    private void refresh() {
        GuestCounts c = invitations.counts(ceremony.slug());
        counts.setText(getTranslation("ceremony.guests.counts", c.invited(), c.accepted(), c.declined(), c.pending(),
                c.companions(), c.press(), c.expected()));
        grid.getDataProvider().refreshAll();
        showRevoked();
    }

    // ---- inviting -------------------------------------------------------------------------------------------

    private Component invitePanel() {
        VerticalLayout panel = new VerticalLayout();
        panel.setPadding(false);
        panel.add(new H3(getTranslation("ceremony.invite.heading")));
        Paragraph noMail = new Paragraph(getTranslation("ceremony.invite.no-mail"));
        noMail.addClassName("kogge-notice");
        panel.add(noMail);

        TextField name = new TextField(getTranslation("ceremony.invite.name"));
        TextField email = new TextField(getTranslation("ceremony.invite.email"));
        TextField organisation = new TextField(getTranslation("ceremony.invite.organisation"));
        Select<GuestRole> role = new Select<>();
        role.setLabel(getTranslation("ceremony.invite.role"));
        role.setItems(GuestRole.values());
        role.setItemLabelGenerator(r -> getTranslation(r.messageKey()));
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
                GuestRow created = invitations.invite(ceremony.slug(), List.of(form)).get(0);
                FormErrors.success(getTranslation("ceremony.invite.done", 1));
                binder.readBean(new GuestForm());
                refresh();
                linkDialog(created);
            } catch (InvalidInputException ex) {
                FormErrors.show(this, ex, Map.of("name", name, "email", email, "organisation", organisation));
            }
        });
        one.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout single = new FormLayout(name, email, organisation, role);
        panel.add(single, one);

        TextArea paste = new TextArea(getTranslation("ceremony.invite.paste"));
        paste.setHelperText(getTranslation("ceremony.invite.paste.helper"));
        paste.setWidthFull();
        paste.setMinHeight("8rem");
        paste.addClassName("kogge-invite-paste");
        Button check = new Button(getTranslation("ceremony.invite.check"), e -> checkPaste(paste));
        preview.removeAllColumns();
        preview.addColumn(PreviewLine::lineNumber).setKey("line").setHeader(getTranslation("ceremony.preview.col.line"))
                .setAutoWidth(true).setFlexGrow(0);
        preview.addColumn(l -> text(l.name())).setKey("name").setHeader(getTranslation("ceremony.guests.col.name"));
        preview.addColumn(l -> text(l.email())).setKey("email").setHeader(getTranslation("ceremony.guests.col.email"));
        preview.addColumn(l -> text(l.organisation())).setKey("organisation")
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

        Details details = new Details(getTranslation("ceremony.invite.summary"), panel);
        details.setOpened(true);
        details.addClassName("kogge-card");
        details.setWidthFull();
        return details;
    }

    private void checkPaste(TextArea paste) {
        try {
            checked = invitations.preview(ceremony.slug(), paste.getValue());
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
            List<GuestRow> created = invitations.invite(ceremony.slug(), valid);
            FormErrors.success(getTranslation("ceremony.invite.done", created.size()));
            paste.clear();
            checked = List.of();
            preview.setItems(checked);
            preview.setVisible(false);
            inviteValid.setVisible(false);
            refresh();
        } catch (InvalidInputException e) {
            // Someone invited one of them meanwhile: check again, so the organizer sees which line.
            FormErrors.show(this, e, Map.of());
            checkPaste(paste);
        }
    }

    // ---- the list -------------------------------------------------------------------------------------------

    private Component toolbar() {
        status.setLabel(getTranslation("ceremony.guests.filter"));
        status.setItems(RsvpStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("ceremony.guests.filter.all"));
        status.setItemLabelGenerator(s -> s == null ? getTranslation("ceremony.guests.filter.all") : getTranslation(s.messageKey()));
        status.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        pressOnly.setLabel(getTranslation("ceremony.guests.press-only"));
        pressOnly.addValueChangeListener(e -> grid.getDataProvider().refreshAll());
        search.setLabel(getTranslation("ceremony.guests.search"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        String slug = ceremony.slug();
        Anchor csv = new Anchor(DownloadHandler.fromInputStream(event -> {
            Locale locale = event.getUI() != null ? event.getUI().getLocale() : Locale.GERMAN;
            try {
                byte[] bytes = invitations.exportCsv(slug, locale, key -> getTranslation(locale, key));
                return new DownloadResponse(new ByteArrayInputStream(bytes), "gaeste-" + slug + ".csv", CSV_TYPE, bytes.length);
            } catch (AccessDeniedException refused) {
                return DownloadResponse.error(403);
            }
        }), AttachmentType.DOWNLOAD, getTranslation("ceremony.guests.csv"));
        csv.addClassName("kogge-guests-csv");
        Anchor print = new Anchor("organize/events/" + slug + "/guests/print", getTranslation("ceremony.guests.print"));
        print.setTarget(AnchorTarget.BLANK);
        print.addClassName("kogge-guests-print");
        HorizontalLayout bar = new HorizontalLayout(status, pressOnly, search, csv, print);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.getStyle().set("flex-wrap", "wrap");
        return bar;
    }

    private GuestFilter filter() {
        return new GuestFilter(status.getValue(), pressOnly.getValue(), search.getValue());
    }

    private Grid<GuestRow> grid() {
        grid.removeAllColumns();
        grid.addColumn(GuestRow::name).setKey("name").setHeader(getTranslation("ceremony.guests.col.name")).setAutoWidth(true);
        grid.addColumn(GuestRow::email).setKey("email").setHeader(getTranslation("ceremony.guests.col.email")).setAutoWidth(true);
        grid.addColumn(g -> text(g.organisation())).setKey("organisation")
                .setHeader(getTranslation("ceremony.guests.col.organisation")).setAutoWidth(true);
        grid.addColumn(g -> getTranslation(g.role().messageKey())).setKey("role")
                .setHeader(getTranslation("ceremony.guests.col.role")).setAutoWidth(true);
        grid.addColumn(g -> getTranslation(g.rsvp().messageKey())).setKey("answer")
                .setHeader(getTranslation("ceremony.guests.col.answer")).setAutoWidth(true);
        grid.addColumn(GuestRow::companions).setKey("companions")
                .setHeader(getTranslation("ceremony.guests.col.companions")).setAutoWidth(true);
        grid.addColumn(g -> text(g.note())).setKey("note").setHeader(getTranslation("ceremony.guests.col.note"));
        grid.addColumn(g -> Formats.time(g.checkedInAt(), ceremony.zone(), getLocale())).setKey("arrived")
                .setHeader(getTranslation("ceremony.guests.col.arrived")).setAutoWidth(true);
        grid.addComponentColumn(this::actions).setKey("actions").setHeader(getTranslation("ceremony.edit.col.actions"))
                .setAutoWidth(true).setFlexGrow(0).setFrozenToEnd(true);
        grid.getColumns().forEach(c -> c.setResizable(true));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setHeight("32rem");
        grid.setPageSize(50);
        grid.setAriaLabel(getTranslation("ceremony.guests.title"));
        grid.setItems(q -> invitations.guests(ceremony.slug(), filter(), PageRequest.of(q.getPage(), q.getPageSize())).stream(),
                q -> (int) invitations.countGuests(ceremony.slug(), filter()));
        return grid;
    }

    private HorizontalLayout actions(GuestRow g) {
        Button link = new Button(getTranslation("ceremony.guests.link"), VaadinIcon.LINK.create(), e -> linkDialog(g));
        link.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        link.setAriaLabel(getTranslation("ceremony.guests.link.aria", g.name()));
        Button revoke = new Button(getTranslation("ceremony.guests.revoke"), e -> confirmRevoke(g));
        revoke.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        revoke.setAriaLabel(getTranslation("ceremony.guests.revoke.aria", g.name()));
        HorizontalLayout row = new HorizontalLayout(link, revoke);
        row.setSpacing(false);
        return row;
    }

    /** The guest's personal link: to copy, or to send with the organizer's own mail program. */
    private void linkDialog(GuestRow g) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("ceremony.link.title", g.name()));
        TextField field = new TextField(getTranslation("ceremony.link.field"));
        field.setValue(g.link());
        field.setReadOnly(true);
        field.setWidthFull();
        field.addClassName("kogge-invitation-link");
        Button copy = new Button(getTranslation("ceremony.link.copy"), VaadinIcon.COPY.create(), e -> {
            copy(g.link());
            FormErrors.success(getTranslation("ceremony.link.copied"));
        });
        Anchor mail = new Anchor(mailto(g), getTranslation("ceremony.link.mailto"));
        mail.addClassName("kogge-invitation-mailto");
        Button renew = new Button(getTranslation("ceremony.link.renew"), e -> {
            GuestRow renewed = invitations.renewLink(ceremony.slug(), g.id());
            dialog.close();
            FormErrors.success(getTranslation("ceremony.link.renewed"));
            refresh();
            linkDialog(renewed);
        });
        renew.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Paragraph hint = new Paragraph(getTranslation("ceremony.link.hint"));
        dialog.add(new VerticalLayout(hint, field, new HorizontalLayout(copy, mail)));
        Button close = new Button(getTranslation("ceremony.edit.close"), e -> dialog.close());
        dialog.getFooter().add(renew, close);
        dialog.setWidth("min(40rem, 95vw)");
        dialog.open();
    }

    private void copy(String text) {
        getElement().executeJs("if (navigator.clipboard) { navigator.clipboard.writeText($0); }", text);
    }

    /** The mail leaves the browser: its link uses the configured public address (see BaseUrl). */
    private String mailto(GuestRow g) {
        String subject = getTranslation("ceremony.link.mail.subject", ceremony.title());
        String body = getTranslation("ceremony.link.mail.body", g.name(), ceremony.title(),
                Formats.range(ceremony.startsAt(), ceremony.endsAt(), ceremony.zone(), getLocale()), baseUrl.external(g.link()));
        return "mailto:" + encode(g.email()).replace("%40", "@") + "?subject=" + encode(subject) + "&body=" + encode(body);
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private void confirmRevoke(GuestRow g) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("ceremony.guests.revoke.title", g.name()));
        dialog.setText(getTranslation("ceremony.guests.revoke.text"));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("ceremony.edit.cancel"));
        dialog.setConfirmText(getTranslation("ceremony.guests.revoke"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> {
            invitations.revoke(ceremony.slug(), g.id());
            FormErrors.success(getTranslation("ceremony.guests.revoked", g.name()));
            refresh();
        });
        dialog.open();
    }

    private Component revoked() {
        revokedList.setPadding(false);
        revokedList.setSpacing(false);
        Details details = new Details(getTranslation("ceremony.guests.revoked-list"), revokedList);
        details.addClassName("kogge-guests-revoked");
        return details;
    }

    private void showRevoked() {
        revokedList.removeAll();
        List<GuestRow> rows = invitations.revoked(ceremony.slug());
        if (rows.isEmpty()) {
            revokedList.add(new Paragraph(getTranslation("ceremony.guests.revoked-none")));
        }
        for (GuestRow g : rows) {
            Button restore = new Button(getTranslation("ceremony.link.renew"), e -> {
                GuestRow renewed = invitations.renewLink(ceremony.slug(), g.id());
                refresh();
                linkDialog(renewed);
            });
            restore.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
            restore.setAriaLabel(getTranslation("ceremony.guests.restore.aria", g.name()));
            HorizontalLayout row = new HorizontalLayout(new Span(g.name() + " · " + g.email()), restore);
            row.setAlignItems(FlexComponent.Alignment.BASELINE);
            revokedList.add(row);
        }
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("ceremony.guests.title") + " · " + getTranslation("app.name");
    }
}
