package org.kogge.testing;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import java.lang.reflect.Field;

/**
 * More tabs of one browser in a Karibu test: further UIs of the current Vaadin session, each with an id of its own
 * (Karibu gives every UI it creates the id 1, and a session keeps its UIs by id).
 */
public final class BrowserTabs {

    private BrowserTabs() {
    }

    /** Opens a tab of the session with the given UI id at the route; it is the current UI afterwards. */
    public static UI open(VaadinSession session, int uiId, String route) {
        MockVaadin.INSTANCE.createUI$karibu_testing_v10(() -> new Tab(uiId), session);
        UI.getCurrent().navigate(route);
        MockVaadin.clientRoundtrip(false);
        return UI.getCurrent();
    }

    /**
     * Makes the UI the current one again, for Vaadin and for Karibu, which holds the last UI it made strongly (so
     * that a tab abandoned afterwards is not kept by the test itself).
     */
    @SuppressWarnings("unchecked")
    public static void switchTo(UI ui) {
        UI.setCurrent(ui);
        try {
            Field strong = MockVaadin.class.getDeclaredField("strongRefUI");
            strong.setAccessible(true);
            ((ThreadLocal<UI>) strong.get(null)).set(ui);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Karibu's MockVaadin changed: BrowserTabs cannot switch tabs", e);
        }
    }

    private static final class Tab extends UI {
        private final int id;

        Tab(int id) {
            this.id = id;
        }

        @Override
        public int getUIId() {
            return id;
        }
    }
}
