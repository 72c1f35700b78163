package org.kogge.feedback;

import org.kogge.account.PersonalDataSource;
import org.kogge.proposal.SessionSummaries;
import org.kogge.proposal.SessionSummary;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The feedback a person gave on sessions, in their data export (GDPR): the session, the rating, the comment, when. */
@Component
class FeedbackDataSource implements PersonalDataSource {

    private final SessionFeedbackRepository feedback;
    private final SessionSummaries sessions;

    FeedbackDataSource(SessionFeedbackRepository feedback, SessionSummaries sessions) {
        this.feedback = feedback;
        this.sessions = sessions;
    }

    @Override
    public String section() {
        return "sessionfeedback";
    }

    @Override
    @Transactional(readOnly = true)
    public Object dataOf(long personId) {
        return PersonalDataSource.titledRows(feedback.findByPersonIdOrderByGivenAtAsc(personId),
                SessionFeedback::getSessionId, sessions::of, SessionSummary::title, "session", (f, row) -> {
                    row.put("rating", f.getRating());
                    row.put("comment", f.getComment() == null ? "" : f.getComment());
                    row.put("givenAt", String.valueOf(f.getGivenAt()));
                });
    }
}
