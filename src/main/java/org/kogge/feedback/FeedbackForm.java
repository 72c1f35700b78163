package org.kogge.feedback;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** Feedback as given on a session's page: checked by the form's binder and again by the service. */
public class FeedbackForm implements Serializable {

    public static final int COMMENT_MAX = 1000;

    /** From 1 (not helpful) to 5 (very helpful). */
    @NotNull(message = "{feedback.rating.required}")
    @Min(value = 1, message = "{feedback.rating.required}")
    @Max(value = 5, message = "{feedback.rating.required}")
    private Integer rating;

    /** Optional; shown to the hosts as plain text, never as HTML. Blank means none. */
    @Size(max = COMMENT_MAX, message = "{validation.too-long}")
    private String comment;

    public FeedbackForm() {
    }

    public FeedbackForm(Integer rating, String comment) {
        this.rating = rating;
        this.comment = comment;
    }

    public Integer getRating() { return rating; }
    public void setRating(Integer rating) { this.rating = rating; }
    public String getComment() { return comment; }
    public void setComment(String comment) { this.comment = comment; }
}
