package org.kogge.feedback;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
        List<SessionFeedback> given = feedback.findByPersonIdOrderByGivenAtAsc(personId);
        Map<Long, SessionSummary> titles = sessions.of(given.stream().map(SessionFeedback::getSessionId).toList());
        return given.stream().map(f -> {
            Map<String, Object> row = new LinkedHashMap<>();
            SessionSummary session = titles.get(f.getSessionId());
            row.put("session", session == null ? "" : session.title());
            row.put("rating", f.getRating());
            row.put("comment", f.getComment() == null ? "" : f.getComment());
            row.put("givenAt", String.valueOf(f.getGivenAt()));
            return row;
        }).toList();
    }
}
