package org.kogge.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * An after-commit listener for tests of the event publication registry: it records the {@link Probe}s it hears, or
 * fails while told to. Listens to nothing else, so it stays out of the way of every other test.
 */
@Component
public class ProbeListener {

    /** A test event. */
    public record Probe(String tag) {
    }

    private final List<String> heard = new CopyOnWriteArrayList<>();
    private volatile boolean failing;

    @TransactionalEventListener
    void on(Probe probe) {
        if (failing) {
            throw new IllegalStateException("probe " + probe.tag() + " fails as asked");
        }
        heard.add(probe.tag());
    }

    /** While failing, the listener throws instead of completing. */
    public void failing(boolean failing) {
        this.failing = failing;
    }

    public List<String> heard() {
        return List.copyOf(heard);
    }

    public void forget() {
        heard.clear();
        failing = false;
    }
}
