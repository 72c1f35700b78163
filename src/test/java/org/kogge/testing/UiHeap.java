package org.kogge.testing;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.internal.ComponentTracker;
import com.vaadin.flow.internal.CurrentInstance;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServlet;
import com.vaadin.flow.server.VaadinSession;
import java.lang.management.ManagementFactory;
import java.lang.reflect.Field;
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
 * <p>{@code uis} + 3 UIs are opened and kept before the first reading, so that what the first visits load or grow
 * once (classes, message bundles, caches, pools) is not counted: with only one UI before the first reading, a fixed
 * growth of several megabytes per measurement showed up spread over the counted UIs (10 UIs of a board read twice
 * what 20 UIs read). So a measurement of N UIs keeps 2N + 3 open at its end. The figure is (used heap after − used heap before) / {@code uis}, each
 * reading taken after forced collections have settled; the session's own small overhead is included, as in
 * production. As after the first response in production, the UI keeps its state but not the changes it sent.
 *
 * <p>Vaadin's development mode (which the tests run in) keeps, for every component created or attached, a stack
 * trace of where that happened ({@link ComponentTracker}, for the IDE's "jump to code"); production mode keeps none.
 * Those traces added about 400 KB to every open page measured here, more than the pages themselves, so the
 * measurement switches the tracker off while it runs and restores it afterwards.
 */
public final class UiHeap {

    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

    /** UIs opened before the first reading: one was not enough in a fresh JVM (the first figure came out 2x high). */
    private static final int WARM_UP = 3;

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
        List<Slot> slots = new ArrayList<>(2 * uis + WARM_UP);
        Boolean tracking = Tracker.switchOff();
        try {
            for (int i = 0; i < WARM_UP; i++) {
                slots.add(open(servlet, openOneUi)); // not counted
            }
            for (int i = 0; i < uis; i++) {
                slots.add(open(servlet, openOneUi)); // not counted either: see the class comment
            }
            long before = settledUsedHeap();
            for (int i = 0; i < uis; i++) {
                slots.add(open(servlet, openOneUi));
            }
            long after = settledUsedHeap();
            return (after - before) / uis;
        } finally {
            Tracker.restore(tracking);
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

    /**
     * Vaadin's dev-mode component tracker. It decides once per JVM, from the configuration, whether it is disabled
     * and keeps that in a private static field, which offers no other switch; its maps of traces are weak, so what
     * it already holds goes with the components.
     */
    private static final class Tracker {

        private static final Field DISABLED = disabledField();

        /** Switches tracking off; returns the previous setting ({@code null}: not decided yet). */
        static Boolean switchOff() {
            Boolean before = (Boolean) get();
            set(Boolean.TRUE);
            return before;
        }

        static void restore(Boolean before) {
            set(before);
        }

        private static Object get() {
            try {
                return DISABLED.get(null);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }

        private static void set(Boolean value) {
            try {
                DISABLED.set(null, value);
            } catch (IllegalAccessException e) {
                throw new IllegalStateException(e);
            }
        }

        private static Field disabledField() {
            try {
                Field f = ComponentTracker.class.getDeclaredField("disabled");
                f.setAccessible(true);
                return f;
            } catch (NoSuchFieldException e) {
                throw new IllegalStateException("Vaadin's ComponentTracker changed: UiHeap cannot switch it off", e);
            }
        }
    }

    /**
     * Runs {@code measurement} with Vaadin's dev-mode component tracker switched off (as in production, see the class
     * comment), and restores it afterwards.
     */
    public static void withoutComponentTracker(Runnable measurement) {
        Boolean tracking = Tracker.switchOff();
        try {
            measurement.run();
        } finally {
            Tracker.restore(tracking);
        }
    }

    /** Used heap once forced collections no longer change it (within 64 KB), at most 20 rounds. */
    public static long settledUsedHeap() {
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
