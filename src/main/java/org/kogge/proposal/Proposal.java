package org.kogge.proposal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.kogge.common.VersionedEventPart;

/** A session proposed for a barcamp. */
@Entity
@Table(name = "proposal")
public class Proposal extends VersionedEventPart {

    @Column(name = "host_id")
    private long hostId;

    private String title;

    @Column(name = "abstract_text")
    private String abstractText;

    @Enumerated(EnumType.STRING)
    private ProposalFormat format;

    @Enumerated(EnumType.STRING)
    private SessionLanguage language;

    private int slots;

    /** The session needs a step-free room (the auto-scheduler keeps it out of others). */
    @Column(name = "needs_step_free")
    private boolean needsStepFree;

    @Enumerated(EnumType.STRING)
    private ProposalStatus status = ProposalStatus.OPEN;

    private String declineNote;

    @Column(name = "merged_into_id")
    private Long mergedIntoId;

    private Instant createdAt;
    private Instant updatedAt;

    @ElementCollection
    @CollectionTable(name = "proposal_topic", joinColumns = @JoinColumn(name = "proposal_id"))
    @Column(name = "topic_id")
    private Set<Long> topicIds = new HashSet<>();

    @ElementCollection
    @CollectionTable(name = "proposal_cohost", joinColumns = @JoinColumn(name = "proposal_id"))
    @Column(name = "person_id")
    private Set<Long> cohostIds = new HashSet<>();

    protected Proposal() {
    }

    Proposal(long eventId, long hostId, Instant now) {
        super(eventId);
        this.hostId = hostId;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public long getHostId() { return hostId; }
    public String getTitle() { return title; }
    public String getAbstractText() { return abstractText; }
    public ProposalFormat getFormat() { return format; }
    public SessionLanguage getLanguage() { return language; }
    public int getSlots() { return slots; }
    public boolean needsStepFree() { return needsStepFree; }
    public ProposalStatus getStatus() { return status; }
    public String getDeclineNote() { return declineNote; }
    public Long getMergedIntoId() { return mergedIntoId; }
    public Instant getCreatedAt() { return createdAt; }
    public Instant getUpdatedAt() { return updatedAt; }
    public Set<Long> getTopicIds() { return Set.copyOf(topicIds); }
    public Set<Long> getCohostIds() { return Set.copyOf(cohostIds); }

    boolean isHostedBy(long personId) {
        return hostId == personId || cohostIds.contains(personId);
    }

    void apply(ProposalForm f, Instant now) {
        title = f.getTitle();
        abstractText = f.getAbstractText();
        format = f.getFormat();
        language = f.getLanguage();
        slots = f.getSlots();
        needsStepFree = f.isNeedsStepFree();
        topicIds.clear();
        topicIds.addAll(f.getTopicIds());
        updatedAt = now;
    }

    void changeStatus(ProposalStatus next, String note, Instant now) {
        status = next;
        declineNote = note;
        updatedAt = now;
    }

    void mergeInto(long targetId, Instant now) {
        status = ProposalStatus.MERGED;
        mergedIntoId = targetId;
        updatedAt = now;
    }

    void addCohosts(Set<Long> more) {
        more.stream().filter(id -> id != hostId).forEach(cohostIds::add);
    }

    /** A person who agreed becomes a co-host; false if they host it already. */
    boolean addCohost(long personId) {
        return personId != hostId && cohostIds.add(personId);
    }

    /** False if the person was no co-host. */
    boolean removeCohost(long personId) {
        return cohostIds.remove(personId);
    }

    void addTopics(Set<Long> more) {
        topicIds.addAll(more);
    }
}
