package org.kogge.proposal;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kogge.account.MailContact;
import org.kogge.account.PeopleDirectory;
import org.kogge.account.PersonName;
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
        Map<Long, MailContact> contacts = people.mailContacts(organizers);
        PersonName host = people.names(List.of(p.getHostId())).get(p.getHostId());
        String hostName = host == null || host.displayName() == null ? "" : host.displayName();
        String path = "/events/" + barcamp.slug() + "/proposals/" + p.getId() + "/edit";
        for (Long id : organizers) {
            MailContact organizer = contacts.get(id);
            if (organizer == null) {
                continue;
            }
            outbox.enqueue(composer.to(NEW_PROPOSAL, organizer.mailTo())
                    .subject("proposal.mail.new.subject", p.getTitle())
                    .paragraph("proposal.mail.new.body", barcamp.title(), p.getTitle(), hostName)
                    .link("proposal.mail.new.link", path)
                    .paragraph("proposal.mail.new.why")
                    .build());
        }
    }
}
