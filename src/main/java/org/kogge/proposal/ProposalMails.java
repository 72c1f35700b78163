package org.kogge.proposal;

import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.kogge.account.PeopleDirectory;
import org.kogge.account.PersonDto;
import org.kogge.common.Languages;
import org.kogge.event.EventRef;
import org.kogge.mail.MailComposer;
import org.kogge.mail.MailOutbox;
import org.springframework.stereotype.Component;

/**
 * The mail about a new proposal that a barcamp's organizers may switch on: one to each organizer (not to one who
 * proposed it), in their language, with a link to the proposal, queued in the transaction that saves it.
 */
@Component
class ProposalMails {

    static final String NEW_PROPOSAL = "proposal-new";

    private final MailComposer composer;
    private final MailOutbox outbox;
    private final PeopleDirectory people;

    ProposalMails(MailComposer composer, MailOutbox outbox, PeopleDirectory people) {
        this.composer = composer;
        this.outbox = outbox;
        this.people = people;
    }

    void newProposal(EventRef barcamp, Proposal p) {
        Set<Long> organizers = new HashSet<>(barcamp.organizerIds());
        organizers.remove(p.getHostId());
        if (organizers.isEmpty()) {
            return;
        }
        Set<Long> everyone = new HashSet<>(organizers);
        everyone.add(p.getHostId());
        Map<Long, PersonDto> contacts = people.byIds(everyone);
        Map<Long, Locale> languages = people.languages(organizers);
        PersonDto host = contacts.get(p.getHostId());
        String hostName = host == null ? "" : host.displayName();
        String path = "/events/" + barcamp.slug() + "/proposals/" + p.getId() + "/edit";
        for (Long id : organizers) {
            PersonDto organizer = contacts.get(id);
            if (organizer == null || organizer.email() == null) {
                continue;
            }
            outbox.enqueue(composer.to(NEW_PROPOSAL, id, organizer.email(), organizer.displayName(),
                            languages.getOrDefault(id, Languages.DEFAULT))
                    .subject("proposal.mail.new.subject", p.getTitle())
                    .paragraph("proposal.mail.new.body", barcamp.title(), p.getTitle(), hostName)
                    .link("proposal.mail.new.link", path)
                    .paragraph("proposal.mail.new.why")
                    .build());
        }
    }
}
