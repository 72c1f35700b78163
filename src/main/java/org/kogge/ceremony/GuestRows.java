package org.kogge.ceremony;

import org.kogge.common.KoggeProperties;
import org.springframework.stereotype.Component;

/**
 * What the organizer's invitation and guest-list services both show of an invitation: its row, with the personal
 * link (a secret, for the organizer to copy and send).
 */
@Component
class GuestRows {

    private final KoggeProperties properties;

    GuestRows(KoggeProperties properties) {
        this.properties = properties;
    }

    /** The address a guest opens. */
    String link(String token) {
        String base = properties.baseUrl().endsWith("/") ? properties.baseUrl() : properties.baseUrl() + "/";
        return base + "invitation/" + token;
    }

    GuestRow row(Invitation i) {
        return new GuestRow(i.getId(), i.getName(), i.getEmail(), i.getOrganisation(), i.getGuestRole(), i.getRsvp(),
                i.getCompanions(), i.getNote(), i.getRespondedAt(), i.getCheckedInAt(), i.getRevokedAt(),
                link(i.getToken()));
    }
}
