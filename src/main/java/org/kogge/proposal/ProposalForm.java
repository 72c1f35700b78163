package org.kogge.proposal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a participant enters to propose a session. Co-hosts are named by email: each is asked and must agree
 * before they are shown anywhere.
 */
public class ProposalForm {

    public static final int TITLE_MAX = 150;
    public static final int ABSTRACT_MAX = 2_000;
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    @NotBlank(message = "{validation.required}")
    @Size(max = TITLE_MAX, message = "{validation.too-long}")
    private String title;

    @Size(max = ABSTRACT_MAX, message = "{validation.too-long}")
    private String abstractText;

    @NotNull(message = "{validation.required}")
    private ProposalFormat format = ProposalFormat.DISCUSSION;

    @NotNull(message = "{validation.required}")
    private SessionLanguage language = SessionLanguage.DE;

    @Min(value = 1, message = "{proposal.slots.range}")
    @Max(value = 2, message = "{proposal.slots.range}")
    private int slots = 1;

    @NotNull
    private Set<Long> topicIds = new HashSet<>();

    /** The session needs a room reachable without steps (the auto-scheduler plans it into one). */
    private boolean needsStepFree;

    @Size(max = 4, message = "{proposal.cohosts.too-many}")
    private Set<String> cohostEmails = new HashSet<>();

    /** Whether a co-host's email looks like one (a domain with a dot); whom it belongs to is not asked. */
    public static boolean isEmail(String email) {
        return email != null && EMAIL.matcher(email).matches();
    }

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getAbstractText() { return abstractText; }
    public void setAbstractText(String abstractText) { this.abstractText = abstractText; }
    public ProposalFormat getFormat() { return format; }
    public void setFormat(ProposalFormat format) { this.format = format; }
    public SessionLanguage getLanguage() { return language; }
    public void setLanguage(SessionLanguage language) { this.language = language; }
    public int getSlots() { return slots; }
    public void setSlots(int slots) { this.slots = slots; }
    public boolean isNeedsStepFree() { return needsStepFree; }
    public void setNeedsStepFree(boolean needsStepFree) { this.needsStepFree = needsStepFree; }
    public Set<Long> getTopicIds() { return topicIds; }
    public void setTopicIds(Set<Long> topicIds) { this.topicIds = topicIds == null ? new HashSet<>() : topicIds; }
    public Set<String> getCohostEmails() { return cohostEmails; }
    public void setCohostEmails(Set<String> cohostEmails) { this.cohostEmails = cohostEmails == null ? new HashSet<>() : cohostEmails; }
}
