package org.kogge.testing;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.internal.CurrentInstance;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServlet;
import com.vaadin.flow.server.VaadinSession;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Heap per open UI, measured in the test JVM: how much the server keeps for every person who has a page open.
 *
 * <p>Use it in a Karibu test (after {@link KaribuTestBase}'s set-up, so that a mocked servlet is current):
 * <pre>{@code
 * long bytes = UiHeap.bytesPerUi(10, () -> UI.getCurrent().navigate("events/" + slug + "/proposals"));
 * }</pre>
 * Each UI gets a session of its own, as each phone has, on the servlet the test runs on; {@code openOneUi} runs
 * with that fresh session and UI current and opens the page to measure. All UIs stay fully alive (session, UI,
 * request and response strongly referenced, live listeners registered) until the heap has been measured; then
 * they are detached, so that their listeners go, except the last one, which stays the current UI for the rest
 * of the test (and is torn down by the test base as usual).
 *
 * <p>One UI is opened and kept before the first reading, so that what every first visit loads once (classes,
 * message bundles, caches) is not counted. The figure is (used heap after − used heap before) / {@code uis}, each
 * reading taken after forced collections have settled; the session's own small overhead is included, as in
 * production. As after the first response in production, the UI keeps its state but not the changes it sent.
 */
public final class UiHeap {

    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

    private UiHeap() {
    }

    /** One open page, strongly referenced: Vaadin itself holds sessions and UIs only weakly in a mocked test. */
    private record Slot(VaadinSession session, UI ui, VaadinRequest request, VaadinResponse response) {

        static Slot current() {
            return new Slot(VaadinSession.getCurrent(), UI.getCurrent(), VaadinRequest.getCurrent(),
                    VaadinResponse.getCurrent());
        }

        void makeCurrent() {
            CurrentInstance.setCurrent(ui);
            CurrentInstance.set(VaadinRequest.class, request);
            CurrentInstance.set(VaadinResponse.class, response);
        }

        /** Detaches the UI as a closed tab would: its views' detach listeners run (live listeners go). */
        void close() {
            makeCurrent();
            ComponentUtil.onComponentDetach(ui);
            session.removeUI(ui);
        }
    }

    /**
     * Opens {@code uis} UIs, each in a fresh session, with {@code openOneUi} (which runs with that session and
     * UI current), and returns the heap per UI in bytes.
     */
    public static long bytesPerUi(int uis, Runnable openOneUi) {
        if (uis < 1) {
            throw new IllegalArgumentException("uis must be at least 1");
        }
        VaadinServlet servlet = Objects.requireNonNull(VaadinServlet.getCurrent(),
                "no current servlet: call UiHeap from a Karibu test (after MockVaadin.setup)");
        List<Slot> slots = new ArrayList<>(uis + 1);
        try {
            slots.add(open(servlet, openOneUi)); // warm-up, not counted
            long before = settledUsedHeap();
            for (int i = 0; i < uis; i++) {
                slots.add(open(servlet, openOneUi));
            }
            long after = settledUsedHeap();
            return (after - before) / uis;
        } finally {
            Slot last = slots.isEmpty() ? null : slots.removeLast();
            slots.forEach(Slot::close);
            if (last != null) {
                last.makeCurrent();
            }
        }
    }

    /** Heap per UI in kilobytes (1024 bytes), for messages. */
    public static long kilobytes(long bytes) {
        return Math.round(bytes / 1024.0);
    }

    private static Slot open(VaadinServlet servlet, Runnable openOneUi) {
        MockVaadin.setup(UI::new, servlet);
        openOneUi.run();
        MockVaadin.clientRoundtrip(false);
        // What the first response would carry is sent and forgotten in production (Vaadin's UidlWriter): the
        // changes of the state tree and the JavaScript to run. A mocked UI writes no response, so drop them here.
        UI ui = UI.getCurrent();
        ui.getInternals().getStateTree().collectChanges(change -> { });
        ui.getInternals().dumpPendingJavaScriptInvocations();
        return Slot.current();
    }

    /** Used heap once forced collections no longer change it (within 64 KB), at most 20 rounds. */
    static long settledUsedHeap() {
        long previous = Long.MAX_VALUE;
        for (int round = 0; round < 20; round++) {
            System.gc();
            long used = MEMORY.getHeapMemoryUsage().getUsed();
            if (Math.abs(previous - used) < 64 * 1024) {
                return used;
            }
            previous = used;
        }
        return previous;
    }
}
