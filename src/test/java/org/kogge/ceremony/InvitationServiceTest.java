package org.kogge.ceremony;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kogge.account.Role;
import org.kogge.common.InvalidInputException;
import org.kogge.testing.CeremonyFixtures;
import org.kogge.testing.ServiceTestBase;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.AccessDeniedException;

class InvitationServiceTest extends ServiceTestBase {

    @Autowired
    InvitationService invitations;
    @Autowired
    CeremonyService ceremonies;
    @Autowired
    CeremonyFixtures ceremonyFixtures;

    String organizer;
    String slug;

    @BeforeEach
    void ceremony() {
        organizer = fixtures.person("Olga Orga", Role.ORGANIZER).email();
        slug = ceremonyFixtures.ceremony(organizer, "Unterzeichnung");
    }

    private <T> T asOrganizer(java.util.function.Supplier<T> work) {
        return fixtures.as(organizer, work);
    }

    private void settings(LocalDateTime deadline, int companions) {
        asOrganizer(() -> ceremonies.saveSettings(slug, new CeremonySettingsForm(deadline, companions, false)));
    }

    private static String problemOf(Runnable r) {
        try {
            r.run();
        } catch (InvalidInputException e) {
            return e.problems().get(0).field() + ":" + e.problems().get(0).messageKey();
        }
        throw new AssertionError("no problem reported");
    }

    // ---- pasting ----------------------------------------------------------------------------------------------

    @Test
    void previewReadsNameEmailLinesAndCsvAndMarksBadLines() {
        ceremonyFixtures.invite(organizer, slug, "Vera Vorher");
        String paste = """
                name;email;organisation;role
                Anna Alt <Anna.Alt@Kiel.example>
                "Müller, Bernd";bernd@schwerin.example;Landeshauptstadt Schwerin;Presse

                Carla Chef,carla@luebeck.example,Hansestadt Lübeck,staff
                ;nobody@x.example;;
                Dora Daneben;dora(at)example;;
                Emil Echo <anna.alt@kiel.example>
                Vera Vorher <vera@guest.example>
                Fritz Fremd;fritz@x.example;;Zauberer
                Gustav Ohne Punkt;gustav@localhost;;
                """;
        List<PreviewLine> lines = asOrganizer(() -> invitations.preview(slug, paste));

        assertThat(lines).extracting(PreviewLine::lineNumber).containsExactly(2, 3, 5, 6, 7, 8, 9, 10, 11);
        PreviewLine anna = lines.get(0);
        assertThat(anna.isValid()).isTrue();
        assertThat(anna.name()).isEqualTo("Anna Alt");
        assertThat(anna.email()).isEqualTo("anna.alt@kiel.example");
        PreviewLine bernd = lines.get(1);
        assertThat(bernd.isValid()).isTrue();
        assertThat(bernd.name()).isEqualTo("Müller, Bernd");
        assertThat(bernd.organisation()).isEqualTo("Landeshauptstadt Schwerin");
        assertThat(bernd.role()).isEqualTo(GuestRole.PRESS);
        assertThat(lines.get(2).role()).isEqualTo(GuestRole.STAFF);
        assertThat(lines.get(2).isValid()).isTrue();
        assertThat(lines.get(3).problemKey()).isEqualTo("ceremony.invite.name-missing");
        assertThat(lines.get(4).problemKey()).isEqualTo("ceremony.invite.email-invalid");
        assertThat(lines.get(5).problemKey()).isEqualTo("ceremony.invite.duplicate");
        assertThat(lines.get(5).problemArgs()).containsExactly(2);
        assertThat(lines.get(6).problemKey()).isEqualTo("ceremony.invite.already-invited");
        assertThat(lines.get(7).problemKey()).isEqualTo("ceremony.invite.role-unknown");
        assertThat(lines.get(8).problemKey()).isEqualTo("ceremony.invite.email-invalid");
        // Nothing was saved by the preview.
        assertThat(asOrganizer(() -> invitations.counts(slug)).invited()).isEqualTo(1);
    }

    @Test
    void commaCsvWithoutHeaderAndMissingEmail() {
        List<PreviewLine> lines = asOrganizer(() -> invitations.preview(slug, "Hanna Hafen,hanna@rostock.example\nIda Ohne\n"));
        assertThat(lines.get(0).isValid()).isTrue();
        assertThat(lines.get(0).role()).isEqualTo(GuestRole.GUEST);
        assertThat(lines.get(1).problemKey()).isEqualTo("ceremony.invite.email-missing");
    }

    @Test
    void savingIsAllOrNothing() {
        List<GuestForm> mixed = List.of(new GuestForm("Anna Alt", "anna@kiel.example", null, GuestRole.GUEST),
                new GuestForm("Bernd Bad", "not-an-email", null, GuestRole.GUEST));
        assertThat(problemOf(() -> asOrganizer(() -> invitations.invite(slug, mixed))))
                .isEqualTo("null:ceremony.invite.some-invalid");
        assertThat(asOrganizer(() -> invitations.counts(slug)).invited()).isZero();

        List<GuestForm> twice = List.of(new GuestForm("Anna Alt", "anna@kiel.example", null, GuestRole.GUEST),
                new GuestForm("Anna Again", " ANNA@kiel.example ", null, GuestRole.GUEST));
        assertThat(problemOf(() -> asOrganizer(() -> invitations.invite(slug, twice))))
                .isEqualTo("null:ceremony.invite.some-invalid");

        List<GuestRow> saved = asOrganizer(() -> invitations.invite(slug, mixed.subList(0, 1)));
        assertThat(saved).hasSize(1);
        assertThat(problemOf(() -> asOrganizer(() -> invitations.invite(slug,
                List.of(new GuestForm("Anna Zwei", "Anna@Kiel.example", null, GuestRole.PRESS))))))
                .isEqualTo("email:ceremony.invite.already-invited");
    }

    @Test
    void racingInvitationsOfTheSameGuestSaveOne() throws Exception {
        List<java.util.concurrent.Callable<String>> clicks = java.util.Collections.nCopies(12, () -> {
            try {
                asOrganizer(() -> invitations.invite(slug,
                        List.of(new GuestForm("Anna Alt", "anna@kiel.example", null, GuestRole.GUEST))));
                return "saved";
            } catch (InvalidInputException e) {
                return e.problems().get(0).messageKey();
            }
        });
        List<String> results = org.kogge.testing.Races.race(clicks);
        assertThat(results).filteredOn("saved"::equals).hasSize(1);
        assertThat(results).filteredOn(r -> !r.equals("saved")).containsOnly("ceremony.invite.already-invited");
        assertThat(asOrganizer(() -> invitations.counts(slug)).invited()).isEqualTo(1);
    }

    @Test
    void onlyTheCeremonysOrganizersInviteAndSeeGuests() {
        String attendee = fixtures.person("Anton Attendee").email();
        String expert = fixtures.person("Erika Expertin", Role.EXPERT).email();
        String other = fixtures.person("Otto Other", Role.ORGANIZER).email();
        ceremonyFixtures.invite(organizer, slug, "Anna Alt");
        for (String who : List.of(attendee, expert, other)) {
            assertThatThrownBy(() -> fixtures.as(who, () -> invitations.guests(slug, GuestFilter.ALL, Pageable.unpaged())))
                    .as(who).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> fixtures.as(who, () -> invitations.invite(slug,
                    List.of(new GuestForm("X", "x@x.example", null, GuestRole.GUEST))))).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> fixtures.as(who, () -> invitations.preview(slug, "a <a@b.example>")))
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThat(fixtures.as(org.kogge.testing.Fixtures.ADMIN,
                () -> invitations.guests(slug, GuestFilter.ALL, Pageable.unpaged()))).hasSize(1);
    }

    // ---- tokens -----------------------------------------------------------------------------------------------

    @Test
    void tokensAreLongRandomUrlSafeAndBelongToOneInvitation() {
        List<GuestRow> guests = ceremonyFixtures.invite(organizer, slug, "Anna Alt", "Bernd Bode", "Carla Chef");
        Set<String> tokens = new HashSet<>();
        for (GuestRow g : guests) {
            String token = CeremonyFixtures.token(g);
            assertThat(token).matches("[A-Za-z0-9_-]{43}");
            tokens.add(token);
            assertThat(invitations.open(token).guestName()).isEqualTo(g.name());
        }
        assertThat(tokens).hasSize(3);

        String other = ceremonyFixtures.ceremony(organizer, "Zweiter Festakt");
        GuestRow elsewhere = ceremonyFixtures.invite(organizer, other, "Anna Alt").get(0);
        assertThat(invitations.open(CeremonyFixtures.token(elsewhere)).event().slug()).isEqualTo(other);
        assertThat(invitations.open(CeremonyFixtures.token(guests.get(0))).event().slug()).isEqualTo(slug);
    }

    @Test
    void unknownMalformedAndCaseChangedTokensAreUnknown() {
        String token = CeremonyFixtures.token(ceremonyFixtures.invite(organizer, slug, "Anna Alt").get(0));
        assertThat(invitations.open("nope").phase()).isEqualTo(InvitationPage.Phase.UNKNOWN);
        assertThat(invitations.open(null).phase()).isEqualTo(InvitationPage.Phase.UNKNOWN);
        assertThat(invitations.open(InvitationTokens.next()).phase()).isEqualTo(InvitationPage.Phase.UNKNOWN);
        String flipped = swapCase(token);
        if (!flipped.equals(token)) {
            assertThat(invitations.open(flipped).phase()).isEqualTo(InvitationPage.Phase.UNKNOWN);
        }
        assertThat(invitations.open(token).phase()).isEqualTo(InvitationPage.Phase.OPEN);
    }

    @Test
    void revokedLinksAreNoLongerValidAndANewLinkReplacesTheOld() {
        GuestRow anna = ceremonyFixtures.invite(organizer, slug, "Anna Alt").get(0);
        String old = CeremonyFixtures.token(anna);
        asOrganizer(() -> invitations.revoke(slug, anna.id()));
        assertThat(invitations.open(old).phase()).isEqualTo(InvitationPage.Phase.REVOKED);
        assertThatThrownBy(() -> invitations.answer(old, new RsvpForm(true, 0, null))).isInstanceOf(InvalidInputException.class);
        assertThat(asOrganizer(() -> invitations.counts(slug)).invited()).isZero();
        assertThat(asOrganizer(() -> invitations.revoked(slug))).extracting(GuestRow::name).containsExactly("Anna Alt");

        GuestRow renewed = asOrganizer(() -> invitations.renewLink(slug, anna.id()));
        String fresh = CeremonyFixtures.token(renewed);
        assertThat(fresh).isNotEqualTo(old);
        assertThat(invitations.open(old).phase()).isEqualTo(InvitationPage.Phase.UNKNOWN);
        assertThat(invitations.open(fresh).phase()).isEqualTo(InvitationPage.Phase.OPEN);
    }

    @Test
    void draftCeremoniesDoNotShowTheirInvitationsYet() {
        String draft = fixtures.event(organizer, "Entwurf", org.kogge.event.EventKind.CEREMONY, 10,
                org.kogge.event.EventState.DRAFT).slug();
        GuestRow g = ceremonyFixtures.invite(organizer, draft, "Anna Alt").get(0);
        assertThat(invitations.open(CeremonyFixtures.token(g)).phase()).isEqualTo(InvitationPage.Phase.NOT_ACTIVE);
    }

    // ---- answering --------------------------------------------------------------------------------------------

    @Test
    void acceptWithCompanionsUpToTheLimitThenChangeTheAnswer() {
        settings(null, 2);
        String token = CeremonyFixtures.token(ceremonyFixtures.invite(organizer, slug, "Anna Alt").get(0));

        assertThat(problemOf(() -> invitations.answer(token, new RsvpForm(true, 3, null))))
                .isEqualTo("companions:ceremony.rsvp.companions.too-many");
        assertThat(problemOf(() -> invitations.answer(token, new RsvpForm(true, -1, null))))
                .isEqualTo("companions:ceremony.rsvp.companions.negative");
        assertThat(problemOf(() -> invitations.answer(token, new RsvpForm(null, 0, null))))
                .isEqualTo("attending:validation.required");
        assertThat(invitations.open(token).rsvp()).isEqualTo(RsvpStatus.PENDING);

        InvitationPage yes = invitations.answer(token, new RsvpForm(true, 2, "  Rollstuhl, bitte ebenerdiger Zugang "));
        assertThat(yes.rsvp()).isEqualTo(RsvpStatus.ACCEPTED);
        assertThat(yes.companions()).isEqualTo(2);
        assertThat(yes.note()).isEqualTo("Rollstuhl, bitte ebenerdiger Zugang");
        GuestCounts counts = asOrganizer(() -> invitations.counts(slug));
        assertThat(counts.accepted()).isEqualTo(1);
        assertThat(counts.companions()).isEqualTo(2);
        assertThat(counts.expected()).isEqualTo(3);

        InvitationPage no = invitations.answer(token, new RsvpForm(false, 2, null));
        assertThat(no.rsvp()).isEqualTo(RsvpStatus.DECLINED);
        assertThat(no.companions()).isZero();
        counts = asOrganizer(() -> invitations.counts(slug));
        assertThat(counts.declined()).isEqualTo(1);
        assertThat(counts.companions()).isZero();

        assertThat(invitations.answer(token, new RsvpForm(true, 1, null)).rsvp()).isEqualTo(RsvpStatus.ACCEPTED);
        assertThat(invitations.acceptedGuest(token)).isPresent();
    }

    @Test
    void afterTheDeadlineTheAnswerIsReadOnly() {
        String token = CeremonyFixtures.token(ceremonyFixtures.invite(organizer, slug, "Anna Alt").get(0));
        invitations.answer(token, new RsvpForm(true, 0, null));
        settings(LocalDateTime.now(ZoneId.of("Europe/Berlin")).minusHours(1), 1);

        InvitationPage page = invitations.open(token);
        assertThat(page.phase()).isEqualTo(InvitationPage.Phase.READ_ONLY);
        assertThat(page.rsvp()).isEqualTo(RsvpStatus.ACCEPTED);
        assertThat(problemOf(() -> invitations.answer(token, new RsvpForm(false, 0, null))))
                .isEqualTo("null:ceremony.rsvp.closed");
        assertThat(invitations.open(token).rsvp()).isEqualTo(RsvpStatus.ACCEPTED);
        assertThat(invitations.acceptedGuest(token)).isPresent();
    }

    @Test
    void withoutCompanionsAllowedNoneCanBeBrought() {
        String token = CeremonyFixtures.token(ceremonyFixtures.invite(organizer, slug, "Anna Alt").get(0));
        assertThat(problemOf(() -> invitations.answer(token, new RsvpForm(true, 1, null))))
                .isEqualTo("companions:ceremony.rsvp.companions.too-many");
        assertThat(invitations.acceptedGuest(token)).isEmpty();
    }

    // ---- the list ---------------------------------------------------------------------------------------------

    @Test
    void guestListFiltersCountsAndExportsFormulaSafeCsv() {
        settings(null, 3);
        List<GuestRow> guests = asOrganizer(() -> invitations.invite(slug, List.of(
                new GuestForm("Anna Alt", "anna@kiel.example", "Stadt Kiel", GuestRole.GUEST),
                new GuestForm("=HYPERLINK(\"http://x\") Evil", "evil@x.example", "@SUM(A1)", GuestRole.PRESS),
                new GuestForm("Carla Chef", "carla@luebeck.example", "Hansestadt Lübeck", GuestRole.STAFF))));
        invitations.answer(CeremonyFixtures.token(guests.get(0)), new RsvpForm(true, 3, null));
        invitations.answer(CeremonyFixtures.token(guests.get(2)), new RsvpForm(false, 0, null));

        GuestCounts c = asOrganizer(() -> invitations.counts(slug));
        assertThat(c).isEqualTo(new GuestCounts(3, 1, 1, 1, 3, 1, 0, 0));
        assertThat(asOrganizer(() -> invitations.guests(slug, new GuestFilter(RsvpStatus.ACCEPTED, false, null),
                Pageable.unpaged()))).extracting(GuestRow::name).containsExactly("Anna Alt");
        assertThat(asOrganizer(() -> invitations.guests(slug, new GuestFilter(null, true, null), Pageable.unpaged())))
                .hasSize(1);
        assertThat(asOrganizer(() -> invitations.countGuests(slug, new GuestFilter(null, false, "lübeck")))).isEqualTo(1);
        assertThat(asOrganizer(() -> invitations.printList(slug))).extracting(GuestRow::name)
                .containsExactly("=HYPERLINK(\"http://x\") Evil", "Anna Alt");

        byte[] csv = asOrganizer(() -> invitations.exportCsv(slug, Locale.GERMAN, key -> key));
        assertThat(csv[0]).isEqualTo((byte) 0xEF);
        String text = new String(csv, StandardCharsets.UTF_8).substring(1);
        assertThat(text).startsWith("ceremony.csv.name;ceremony.csv.email");
        assertThat(text).contains("'=HYPERLINK").contains("'@SUM(A1)").contains("Anna Alt;anna@kiel.example;Stadt Kiel");
        assertThat(text).doesNotContain(CeremonyFixtures.token(guests.get(0)));
    }

    @Test
    void listPagesUseAFixedNumberOfStatements() {
        ceremonyFixtures.invite(organizer, slug, "Anna Alt", "Bernd Bode");
        long few = statementsForLists();
        List<String> more = new java.util.ArrayList<>();
        for (int i = 0; i < 40; i++) {
            more.add("Gast" + i + " Nummer");
        }
        ceremonyFixtures.invite(organizer, slug, more.toArray(String[]::new));
        assertThat(statementsForLists()).isLessThanOrEqualTo(few);
    }

    @Autowired
    jakarta.persistence.EntityManagerFactory emf;
    @Autowired
    CheckinService checkin;

    private long statementsForLists() {
        org.hibernate.stat.Statistics stats = emf.unwrap(org.hibernate.SessionFactory.class).getStatistics();
        stats.clear();
        asOrganizer(() -> invitations.guests(slug, GuestFilter.ALL, org.springframework.data.domain.PageRequest.of(0, 50)));
        asOrganizer(() -> invitations.counts(slug));
        asOrganizer(() -> invitations.printList(slug));
        asOrganizer(() -> checkin.search(slug, "gast"));
        return stats.getPrepareStatementCount();
    }

    private static String swapCase(String s) {
        StringBuilder b = new StringBuilder();
        for (char ch : s.toCharArray()) {
            b.append(Character.isUpperCase(ch) ? Character.toLowerCase(ch) : Character.toUpperCase(ch));
        }
        return b.toString();
    }
}
