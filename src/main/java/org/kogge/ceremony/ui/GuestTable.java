package org.kogge.ceremony.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.function.ValueProvider;
import org.kogge.common.ui.Confirmations;
import org.kogge.common.ui.CsvDownload;
import org.kogge.common.ui.FilterSelect;
import org.kogge.common.ui.FoldingColumns;
import org.kogge.common.ui.PeopleGrid;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import org.kogge.ceremony.CeremonyContent;
import org.kogge.ceremony.GuestFilter;
import org.kogge.ceremony.GuestListService;
import org.kogge.ceremony.GuestRow;
import org.kogge.ceremony.InvitationService;
import org.kogge.ceremony.RsvpStatus;
import org.kogge.common.Formats;
import org.kogge.common.ui.FormErrors;
import org.kogge.common.ui.RowButton;
import org.springframework.data.domain.PageRequest;

/**
 * The guest list itself: a filter by answer, press and text, the CSV export and the printable list, and a lazy
 * grid of the guests with each one's link and "revoke".
 */
class GuestTable extends VerticalLayout {


    private final transient GuestListService guestList;
    private final transient InvitationService invitations;
    private final CeremonyContent ceremony;
    private final transient Consumer<GuestRow> showLink;
    private final transient Runnable revoked;
    private final InvitationMailActions mail;
    private final FilterSelect<RsvpStatus> status = new FilterSelect<>(getTranslation("ceremony.guests.filter"),
            getTranslation("ceremony.guests.filter.all"), s -> getTranslation(s.messageKey()), this::refresh);
    private final Checkbox pressOnly = new Checkbox();
    private final TextField search = new TextField();
    private final Grid<GuestRow> grid = new Grid<>();

    /**
     * @param showLink opens a guest's link
     * @param revoked  after a guest's invitation was revoked
     * @param mail     sends invitations by mail (a row's button)
     */
    GuestTable(GuestListService guestList, InvitationService invitations, CeremonyContent ceremony,
               Consumer<GuestRow> showLink, Runnable revoked, InvitationMailActions mail) {
        this.mail = mail;
        this.guestList = guestList;
        this.invitations = invitations;
        this.ceremony = ceremony;
        this.showLink = showLink;
        this.revoked = revoked;
        setPadding(false);
        add(toolbar(), grid());
    }

    void refresh() {
        grid.getDataProvider().refreshAll();
    }

    /** The ids of the guests selected for a mail. */
    List<Long> selectedIds() {
        return grid.getSelectedItems().stream().map(GuestRow::id).toList();
    }

    void deselectAll() {
        grid.deselectAll();
    }

    private Component toolbar() {
        status.setItems(RsvpStatus.values());
        pressOnly.setLabel(getTranslation("ceremony.guests.press-only"));
        pressOnly.addValueChangeListener(e -> refresh());
        search.setLabel(getTranslation("ceremony.guests.search"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh());

        String slug = ceremony.slug();
        Anchor csv = CsvDownload.link(this, getTranslation("ceremony.guests.csv"), "gaeste-" + slug + ".csv",
                (locale, translate) -> guestList.exportCsv(slug, locale, translate));
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
        // What an organizer checks first (the answer, companions, role, arrival) comes right after the name, so it
        // is on screen at 1366 px beside the pinned actions; email and organisation share what is left and wrap.
        grid.addColumn(GuestRow::name).setKey("name").setHeader(getTranslation("ceremony.guests.col.name")).setAutoWidth(true);
        grid.addColumn(g -> getTranslation(g.rsvp().messageKey())).setKey("answer")
                .setHeader(getTranslation("ceremony.guests.col.answer")).setAutoWidth(true);
        // On a phone all but the name, the answer and the actions fold into the row's details.
        ValueProvider<GuestRow, String> mailState = g -> getTranslation(g.mail().messageKey());
        ValueProvider<GuestRow, String> companions = g -> String.valueOf(g.companions());
        ValueProvider<GuestRow, String> role = g -> getTranslation(g.role().messageKey());
        ValueProvider<GuestRow, String> arrived = g -> Formats.time(g.checkedInAt(), ceremony.zone(), getLocale());
        ValueProvider<GuestRow, String> note = g -> Objects.toString(g.note(), "");
        ValueProvider<GuestRow, String> organisation = g -> Objects.toString(g.organisation(), "");
        FoldingColumns.of(grid)
                .fold(grid.addColumn(mailState).setKey("mail")
                        .setHeader(getTranslation("ceremony.mail.col")).setAutoWidth(true), mailState)
                .fold(grid.addColumn(companions).setKey("companions")
                        .setHeader(getTranslation("ceremony.guests.col.companions")).setAutoWidth(true), companions)
                .fold(grid.addColumn(role).setKey("role")
                        .setHeader(getTranslation("ceremony.guests.col.role")).setAutoWidth(true), role)
                .fold(grid.addColumn(arrived).setKey("arrived")
                        .setHeader(getTranslation("ceremony.guests.col.arrived")).setAutoWidth(true), arrived)
                .fold(grid.addColumn(note).setKey("note").setHeader(getTranslation("ceremony.guests.col.note"))
                        .setWidth("8rem").setFlexGrow(1), note)
                .fold(grid.addColumn(GuestRow::email).setKey("email").setHeader(getTranslation("ceremony.guests.col.email"))
                        .setWidth("10rem").setFlexGrow(1), GuestRow::email)
                .fold(grid.addColumn(organisation).setKey("organisation")
                        .setHeader(getTranslation("ceremony.guests.col.organisation")).setWidth("9rem").setFlexGrow(1),
                        organisation);
        PeopleGrid.finish(grid, this::actions, getTranslation("ceremony.edit.col.actions"),
                getTranslation("ceremony.guests.title"));
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.setItems(q -> guestList.guests(ceremony.slug(), filter(), PageRequest.of(q.getPage(), q.getPageSize())).stream(),
                q -> (int) guestList.countGuests(ceremony.slug(), filter()))
                .setIdentifierProvider(GuestRow::id);
        return grid;
    }

    private HorizontalLayout actions(GuestRow g) {
        Button link = RowButton.of(getTranslation("ceremony.guests.link"),
                getTranslation("ceremony.guests.link.aria", g.name()), () -> showLink.accept(g));
        link.setIcon(VaadinIcon.LINK.create());
        Button revoke = RowButton.danger(getTranslation("ceremony.guests.revoke"),
                getTranslation("ceremony.guests.revoke.aria", g.name()), () -> confirmRevoke(g));
        HorizontalLayout row = new HorizontalLayout(mail.rowButton(g), link, revoke);
        row.setSpacing(false);
        return row;
    }

    private void confirmRevoke(GuestRow g) {
        Confirmations.destructive(getTranslation("ceremony.guests.revoke.title", g.name()),
                getTranslation("ceremony.guests.revoke.text"), getTranslation("ceremony.edit.cancel"),
                getTranslation("ceremony.guests.revoke"), () -> {
                    invitations.revoke(ceremony.slug(), g.id());
                    FormErrors.success(getTranslation("ceremony.guests.revoked", g.name()));
                    revoked.run();
                });
    }
}
