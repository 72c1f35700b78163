package org.kogge.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.internal.ComponentTracker;
import org.junit.jupiter.api.Test;

class UiHeapKT extends KaribuTestBase {

    /**
     * Each UI carries a megabyte of ballast: the measurement must see it, so the UIs must have stayed alive until it
     * was taken; afterwards a UI is still current for the rest of the test. The bounds are wide: in a shared test JVM
     * the difference came out between 76 % and 88 % of the ballast (a part of the growth is not per UI).
     */
    @Test
    void seesWhatEachOpenUiHolds() {
        UiHeap.bytesPerUi(5, () -> UI.getCurrent().navigate("events")); // whatever grows once, grows here
        long plain = UiHeap.bytesPerUi(10, () -> UI.getCurrent().navigate("events"));
        long ballasted = UiHeap.bytesPerUi(10, () -> {
            UI.getCurrent().navigate("events");
            byte[][] ballast = new byte[256][]; // 1 MB in 4 KB pieces (not one humongous object)
            for (int i = 0; i < ballast.length; i++) {
                ballast[i] = new byte[4096];
            }
            ComponentUtil.setData(UI.getCurrent(), "ballast", ballast);
        });

        assertThat(ballasted - plain).isBetween(700L * 1024, 1250L * 1024);
        assertThat(UI.getCurrent()).isNotNull();
    }

    /**
     * Dev mode (the tests') keeps a stack trace per component, production mode none: the measurement leaves them
     * out, and the tracker is left as it was (the test profile may switch it off for every test).
     */
    @Test
    void measuresWithoutTheDevModeComponentTracker() {
        boolean trackedBefore = ComponentTracker.findCreate(new Span()) != null;
        Span[] made = new Span[1];
        UiHeap.bytesPerUi(1, () -> {
            UI.getCurrent().navigate("events");
            made[0] = new Span();
        });

        assertThat(ComponentTracker.findCreate(made[0])).as("tracked while measuring").isNull();
        assertThat(ComponentTracker.findCreate(new Span()) != null).as("tracked afterwards as before")
                .isEqualTo(trackedBefore);
    }
}
