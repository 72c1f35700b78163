package org.kogge.testing;

import java.util.List;
import org.kogge.ceremony.GuestForm;
import org.kogge.ceremony.GuestRole;
import org.kogge.ceremony.GuestRow;
import org.kogge.ceremony.InvitationService;
import org.kogge.event.EventKind;
import org.kogge.event.EventState;
import org.springframework.stereotype.Component;

/** Ceremonies and invited guests for tests, made through the real services. */
@Component
public class CeremonyFixtures {

    private final Fixtures fixtures;
    private final InvitationService invitations;

    public CeremonyFixtures(Fixtures fixtures, InvitationService invitations) {
        this.fixtures = fixtures;
        this.invitations = invitations;
    }

    /** A published ceremony in ten days, 10:00 to 16:00 (Europe/Berlin), organized by the given person. */
    public String ceremony(String organizerEmail, String title) {
        return fixtures.event(organizerEmail, title, EventKind.CEREMONY, 10, EventState.PUBLISHED).slug();
    }

    /** Invites guests given as "Name" (email: first name in lower case @guest.example). */
    public List<GuestRow> invite(String organizerEmail, String slug, String... names) {
        List<GuestForm> forms = java.util.Arrays.stream(names)
                .map(n -> new GuestForm(n, n.split(" ")[0].toLowerCase(java.util.Locale.ROOT) + "@guest.example",
                        "Stadt Kiel", GuestRole.GUEST))
                .toList();
        return fixtures.as(organizerEmail, () -> invitations.invite(slug, forms));
    }

    /** The secret part of a guest's link. */
    public static String token(GuestRow guest) {
        return guest.link().substring(guest.link().lastIndexOf('/') + 1);
    }
}
