package org.kogge.feedback;

import org.kogge.account.AccountDeleted;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * A deleted account takes its feedback with it (GDPR: a comment is the person's own text), in the deleting
 * transaction: the account is never gone while its feedback stays, nor the other way round.
 */
@Component
class FeedbackOfDeletedAccounts {

    private final SessionFeedbackRepository feedback;

    FeedbackOfDeletedAccounts(SessionFeedbackRepository feedback) {
        this.feedback = feedback;
    }

    @TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
    void on(AccountDeleted deleted) {
        feedback.deleteByPersonId(deleted.personId());
    }
}
