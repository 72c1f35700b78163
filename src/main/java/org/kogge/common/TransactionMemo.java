package org.kogge.common;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Values worked out once per transaction: a change that mails 500 people reads the event and renders its calendar
 * file once, not 500 times. Outside a transaction every call works the value out anew. What is kept is forgotten
 * when the transaction ends, so it never outlives the data it was read from.
 */
public final class TransactionMemo {

    private final Object owner = new Object();

    /** The value for {@code key} in the current transaction, worked out by {@code load} on the first call. */
    @SuppressWarnings("unchecked")
    public <T> T get(Object key, Supplier<T> load) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            return load.get();
        }
        Map<Object, Object> values = (Map<Object, Object>) TransactionSynchronizationManager.getResource(owner);
        if (values == null) {
            values = new HashMap<>();
            TransactionSynchronizationManager.bindResource(owner, values);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(owner);
                }
            });
        }
        Object value = values.get(key);
        if (value == null) {
            value = load.get();
            values.put(key, value);
        }
        return (T) value;
    }
}
