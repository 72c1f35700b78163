package org.kogge.proposal;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** A barcamp's phases (proposals open, voting open) and the vote budget per person ({@code null}: unlimited). */
@Entity
@Table(name = "barcamp_settings")
public class BarcampSettings {

    @Id
    private Long eventId;

    private boolean proposalsOpen;
    private boolean votingOpen;
    private Integer voteBudget;
    /** The organizers get a mail for each new proposal. */
    private boolean mailNewProposals;

    @Version
    private long version;

    protected BarcampSettings() {
    }

    BarcampSettings(long eventId) {
        this.eventId = eventId;
    }

    public Long getEventId() { return eventId; }
    public boolean isProposalsOpen() { return proposalsOpen; }
    public boolean isVotingOpen() { return votingOpen; }
    public Integer getVoteBudget() { return voteBudget; }
    public boolean isMailNewProposals() { return mailNewProposals; }

    void mailNewProposals(boolean on) {
        mailNewProposals = on;
    }

    void change(boolean proposalsOpen, boolean votingOpen, Integer voteBudget) {
        this.proposalsOpen = proposalsOpen;
        this.votingOpen = votingOpen;
        this.voteBudget = voteBudget;
    }
}
