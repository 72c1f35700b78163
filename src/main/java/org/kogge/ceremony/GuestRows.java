package org.kogge.ceremony;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.kogge.common.BaseUrl;
import org.kogge.mail.MailOutbox;
import org.kogge.mail.MailState;
import org.springframework.stereotype.Component;

/**
 * What the organizer's invitation and guest-list services both show of an invitation: its row, with the personal
 * link (a secret, for the organizer to copy and send) and the state of its invitation mail, read from the outbox
 * (one query per list, however long).
 */
@Component
class GuestRows {

    private final BaseUrl baseUrl;
    private final MailOutbox outbox;

    GuestRows(BaseUrl baseUrl, MailOutbox outbox) {
        this.baseUrl = baseUrl;
        this.outbox = outbox;
    }

    /** The address a guest opens, shown in the organizer's browser (a mail uses {@link BaseUrl#external(String)}). */
    String link(String token) {
        return baseUrl.shown() + "/invitation/" + token;
    }

    GuestRow row(Invitation i) {
        return rows(List.of(i)).get(0);
    }

    List<GuestRow> rows(List<Invitation> invitations) {
        List<Long> mailIds = invitations.stream().map(Invitation::getMailId).filter(Objects::nonNull).toList();
        Map<Long, MailState> states = outbox.states(mailIds);
        return invitations.stream().map(i -> new GuestRow(i.getId(), i.getName(), i.getEmail(), i.getOrganisation(),
                i.getGuestRole(), i.getRsvp(), i.getCompanions(), i.getNote(), i.getRespondedAt(), i.getCheckedInAt(),
                i.getRevokedAt(), link(i.getToken()),
                InvitationMailState.of(i.getMailId() == null ? null : states.get(i.getMailId())))).toList();
    }
}
