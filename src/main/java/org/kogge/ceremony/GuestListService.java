package org.kogge.ceremony;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.kogge.common.CsvCells;
import org.kogge.common.ExcelCsv;
import org.kogge.common.Formats;
import org.kogge.common.Texts;
import org.kogge.event.EventGate;
import org.kogge.event.EventKind;
import org.kogge.event.EventRef;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A ceremony's guest list, for its organizers: the list filtered and paged, the revoked invitations, the counts,
 * the printed list for the door and the CSV export. Each list is one query, whatever the number of guests.
 */
@Service
@Transactional(readOnly = true)
public class GuestListService {

    private final InvitationRepository invitations;
    private final GuestRows rows;
    private final EventGate events;

    GuestListService(InvitationRepository invitations, GuestRows rows, EventGate events) {
        this.invitations = invitations;
        this.rows = rows;
        this.events = events;
    }

    /** Guests (not revoked) by name, filtered; one query per page. */
    @PreAuthorize("hasAnyRole('ORGANIZER','ADMIN')")
    public List<GuestRow> guests(String slug, GuestFilter filter, Pageable page) {
        EventRef t = organizedCeremony(slug);
        return rows.rows(invitations.guests(t.eventId(), filter.status(), filter.pressOnly(), like(filter.text()),
                page));
    }

    @PreAuthorize("hasAnyRole('ORGANIZER','ADMIN')")
    public long countGuests(String slug, GuestFilter filter) {
        EventRef t = organizedCeremony(slug);
        return invitations.countGuests(t.eventId(), filter.status(), filter.pressOnly(), like(filter.text()));
    }

    /** Revoked invitations, by name. */
    @PreAuthorize("hasAnyRole('ORGANIZER','ADMIN')")
    public List<GuestRow> revoked(String slug) {
        EventRef t = organizedCeremony(slug);
        return rows.rows(invitations.findByEventIdAndRevokedAtIsNotNullOrderByNameAsc(t.eventId()));
    }

    @PreAuthorize("hasAnyRole('ORGANIZER','ADMIN')")
    public GuestCounts counts(String slug) {
        return counts(organizedCeremony(slug).eventId());
    }

    GuestCounts counts(long eventId) {
        Map<RsvpStatus, Long> byStatus = new EnumMap<>(RsvpStatus.class);
        long companions = 0;
        long press = 0;
        long arrived = 0;
        long arrivedCompanions = 0;
        for (Object[] r : invitations.counts(eventId)) {
            RsvpStatus status = (RsvpStatus) r[0];
            long n = ((Number) r[3]).longValue();
            long c = ((Number) r[4]).longValue();
            byStatus.merge(status, n, Long::sum);
            if (status == RsvpStatus.ACCEPTED) {
                companions += c;
            }
            if (r[1] == GuestRole.PRESS) {
                press += n;
            }
            if (Boolean.TRUE.equals(r[2])) {
                arrived += n;
                arrivedCompanions += c;
            }
        }
        long accepted = byStatus.getOrDefault(RsvpStatus.ACCEPTED, 0L);
        long declined = byStatus.getOrDefault(RsvpStatus.DECLINED, 0L);
        long pending = byStatus.getOrDefault(RsvpStatus.PENDING, 0L);
        return new GuestCounts(accepted + declined + pending, accepted, declined, pending, companions, press, arrived,
                arrivedCompanions);
    }

    /** The list for the door, printed: everyone not revoked and not declined, by name. */
    @PreAuthorize("hasAnyRole('ORGANIZER','ADMIN')")
    public List<GuestRow> printList(String slug) {
        EventRef t = organizedCeremony(slug);
        return rows.rows(invitations.findByEventIdAndRevokedAtIsNullOrderByNameAscIdAsc(t.eventId()).stream()
                .filter(i -> i.getRsvp() != RsvpStatus.DECLINED).toList());
    }

    /**
     * The guest list as CSV for Excel: UTF-8 with BOM, semicolon-separated, formula-like cells neutralized. Links
     * are not exported (they are secrets).
     */
    @PreAuthorize("hasAnyRole('ORGANIZER','ADMIN')")
    public byte[] exportCsv(String slug, Locale locale, Function<String, String> translate) {
        EventRef t = organizedCeremony(slug);
        List<Invitation> rows = invitations.findByEventIdAndRevokedAtIsNullOrderByNameAscIdAsc(t.eventId());
        return ExcelCsv.write(csv -> {
            csv.printRecord(translate.apply("ceremony.csv.name"), translate.apply("ceremony.csv.email"),
                    translate.apply("ceremony.csv.organisation"), translate.apply("ceremony.csv.role"),
                    translate.apply("ceremony.csv.answer"), translate.apply("ceremony.csv.companions"),
                    translate.apply("ceremony.csv.note"), translate.apply("ceremony.csv.answered"),
                    translate.apply("ceremony.csv.arrived"));
            for (Invitation i : rows) {
                csv.printRecord(CsvCells.safe(i.getName()), CsvCells.safe(i.getEmail()),
                        CsvCells.safe(i.getOrganisation()), translate.apply(i.getGuestRole().messageKey()),
                        translate.apply(i.getRsvp().messageKey()), String.valueOf(i.getCompanions()),
                        CsvCells.safe(i.getNote()), Formats.dateTime(i.getRespondedAt(), t.zone(), locale),
                        Formats.dateTime(i.getCheckedInAt(), t.zone(), locale));
            }
        });
    }

    private EventRef organizedCeremony(String slug) {
        return events.organized(slug).ofKind(EventKind.CEREMONY);
    }

    private static String like(String text) {
        String t = Texts.oneLine(text);
        if (t == null) {
            return "";
        }
        return "%" + t.toLowerCase(Locale.ROOT).replace("%", "").replace("_", "") + "%";
    }
}
