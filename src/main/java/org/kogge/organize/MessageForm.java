package org.kogge.organize;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** What an organizer writes to participants: checked by the form's binder and again by the service. */
public class MessageForm implements Serializable {

    public static final int SUBJECT_MAX = 150;
    public static final int TEXT_MAX = 10_000;

    @NotBlank(message = "{validation.required}")
    @Size(max = SUBJECT_MAX, message = "{validation.too-long}")
    private String subject;

    /** Markdown; mails carry it as plain text, the preview shows it sanitized. */
    @NotBlank(message = "{validation.required}")
    @Size(max = TEXT_MAX, message = "{validation.too-long}")
    private String text;

    @NotNull(message = "{validation.required}")
    private Audience audience = Audience.SEATS;

    public MessageForm() {
    }

    public MessageForm(String subject, String text, Audience audience) {
        this.subject = subject;
        this.text = text;
        this.audience = audience;
    }

    public String getSubject() { return subject; }
    public void setSubject(String subject) { this.subject = subject; }
    public String getText() { return text; }
    public void setText(String text) { this.text = text; }
    public Audience getAudience() { return audience; }
    public void setAudience(Audience audience) { this.audience = audience; }
}
