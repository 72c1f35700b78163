package org.kogge.ceremony;

import org.kogge.common.BaseUrl;
import org.springframework.stereotype.Component;

/**
 * What the organizer's invitation and guest-list services both show of an invitation: its row, with the personal
 * link (a secret, for the organizer to copy and send).
 */
@Component
class GuestRows {

    private final BaseUrl baseUrl;

    GuestRows(BaseUrl baseUrl) {
        this.baseUrl = baseUrl;
    }

    /** The address a guest opens, shown in the organizer's browser (a mail uses {@link BaseUrl#external(String)}). */
    String link(String token) {
        return baseUrl.shown() + "/invitation/" + token;
    }

    GuestRow row(Invitation i) {
        return new GuestRow(i.getId(), i.getName(), i.getEmail(), i.getOrganisation(), i.getGuestRole(), i.getRsvp(),
                i.getCompanions(), i.getNote(), i.getRespondedAt(), i.getCheckedInAt(), i.getRevokedAt(),
                link(i.getToken()));
    }
}
