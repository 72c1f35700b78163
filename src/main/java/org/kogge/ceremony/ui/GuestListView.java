package org.kogge.ceremony.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import org.kogge.ceremony.CeremonyService;
import org.kogge.ceremony.GuestCounts;
import org.kogge.ceremony.GuestListService;
import org.kogge.ceremony.GuestRow;
import org.kogge.ceremony.InvitationMailService;
import org.kogge.ceremony.InvitationService;
import org.kogge.common.BaseUrl;
import org.kogge.common.ui.OrganizerNavigation;
import org.kogge.common.ui.RowButton;

/**
 * The organizer's guest list of a ceremony: inviting guests ({@link GuestInvitePanel}), sending the invitations by
 * mail ({@link InvitationMailActions}), each guest's personal link to copy or send from the organizer's own mail
 * program as a fallback ({@link InvitationLinkDialog}),
 * counts by answer, the list with filter, CSV export and the printable list for the door ({@link GuestTable}),
 * and the revoked invitations.
 */
@Route("organize/events/:slug/guests")
@RolesAllowed({"ORGANIZER", "ADMIN"})
public class GuestListView extends CeremonyOrganizerPage {

    private final transient InvitationService invitations;
    private final transient InvitationMailService mails;
    private final transient GuestListService guestList;
    private final transient BaseUrl baseUrl;
    private final Span counts = new Span();
    private GuestTable table;
    private final VerticalLayout revokedList = new VerticalLayout();

    public GuestListView(InvitationService invitations, InvitationMailService mails, GuestListService guestList,
                         CeremonyService ceremonies, BaseUrl baseUrl, OrganizerNavigation navigation) {
        super(ceremonies, navigation, "ceremony.guests.heading", "ceremony.guests.title",
                "kogge-guest-list");
        this.baseUrl = baseUrl;
        this.invitations = invitations;
        this.mails = mails;
        this.guestList = guestList;
    }

    @Override
    protected void build() {
        counts.addClassName("kogge-guest-counts");
        counts.getElement().setAttribute("role", "status");
        InvitationMailActions mailActions = new InvitationMailActions(mails, ceremony.slug(),
                () -> table.selectedIds(), this::mailed);
        table = new GuestTable(guestList, invitations, ceremony, this::showLink, this::refresh, mailActions);
        add(counts, new GuestInvitePanel(invitations, ceremony.slug(), this::refresh, this::showLink), mailActions,
                table, revoked());
        refresh();
    }

    private void refresh() {
        GuestCounts c = guestList.counts(ceremony.slug());
        counts.setText(getTranslation("ceremony.guests.counts", c.invited(), c.accepted(), c.declined(), c.pending(),
                c.companions(), c.press(), c.expected()));
        table.refresh();
        showRevoked();
    }

    private void mailed() {
        table.deselectAll();
        refresh();
    }

    private void showLink(GuestRow g) {
        new InvitationLinkDialog(ceremony, g, baseUrl, () -> invitations.renewLink(ceremony.slug(), g.id()), this::renewed).open();
    }

    private void renewed(GuestRow g) {
        refresh();
        showLink(g);
    }

    // ---- revoked invitations --------------------------------------------------------------------------------

    private Component revoked() {
        revokedList.setPadding(false);
        revokedList.setSpacing(false);
        Details details = new Details(getTranslation("ceremony.guests.revoked-list"), revokedList);
        details.addClassName("kogge-guests-revoked");
        return details;
    }

    private void showRevoked() {
        revokedList.removeAll();
        List<GuestRow> rows = guestList.revoked(ceremony.slug());
        if (rows.isEmpty()) {
            revokedList.add(new Paragraph(getTranslation("ceremony.guests.revoked-none")));
        }
        for (GuestRow g : rows) {
            Button restore = RowButton.of(getTranslation("ceremony.link.renew"),
                    getTranslation("ceremony.guests.restore.aria", g.name()),
                    () -> renewed(invitations.renewLink(ceremony.slug(), g.id())));
            HorizontalLayout row = new HorizontalLayout(new Span(g.name() + " · " + g.email()), restore);
            row.setAlignItems(FlexComponent.Alignment.BASELINE);
            revokedList.add(row);
        }
    }
}
