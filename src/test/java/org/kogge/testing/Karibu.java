package org.kogge.testing;

import com.github.mvysny.kaributesting.v10.BasicUtilsKt;
import com.github.mvysny.kaributesting.v10.HasValueUtilsKt;
import com.github.mvysny.kaributesting.v10.ButtonKt;
import com.github.mvysny.kaributesting.v10.ElementUtilsKt;
import com.vaadin.flow.dom.DebouncePhase;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.internal.JacksonUtils;
import tools.jackson.databind.node.ObjectNode;
import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.ClickNotifier;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.internal.AbstractFieldSupport;
import com.vaadin.flow.internal.StateNode;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Arrays;

/**
 * Karibu helpers that Karibu-Testing 2.6.2 gets wrong on Vaadin 25.2.
 *
 * <p>Karibu's {@code _setValue} sets a field's value as if the person typed it (a value change "from client"). On
 * Vaadin 25.1+ it looks for {@code AbstractFieldSupport.setValue(value, boolean, boolean, boolean)}, which Vaadin 25.2
 * no longer has ({@code setValue(value, fromPresentation, fromClient)} again), and fails with
 * {@code NoSuchMethodException}. {@link #_setValue} does the same as Karibu's, with whichever of the two the running
 * Vaadin has. Remove it when a Karibu-Testing release supports Vaadin 25.2.
 */
public final class Karibu {

    private static final Field FIELD_SUPPORT;
    private static final Method SET_VALUE;

    static {
        try {
            FIELD_SUPPORT = AbstractField.class.getDeclaredField("fieldSupport");
            FIELD_SUPPORT.setAccessible(true);
            SET_VALUE = Arrays.stream(AbstractFieldSupport.class.getDeclaredMethods())
                    .filter(m -> m.getName().equals("setValue") && m.getParameterCount() >= 3
                            && m.getParameterTypes()[1] == boolean.class)
                    .findFirst().orElseThrow(() -> new IllegalStateException("AbstractFieldSupport.setValue changed"));
            SET_VALUE.setAccessible(true);
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException("AbstractField.fieldSupport changed", e);
        }
    }

    private Karibu() {
    }

    /** Sets the value as a person would: the field must be visible, enabled and editable; the change is "from client". */
    public static <V> void _setValue(HasValue<?, V> field, V value) {
        if (!(field instanceof AbstractField<?, ?>)) {
            HasValueUtilsKt._setValue(field, value);
            return;
        }
        BasicUtilsKt._expectEditableByUser((Component) field);
        Object[] args = SET_VALUE.getParameterCount() == 4
                ? new Object[] {value, false, true, false}
                : new Object[] {value, false, true};
        try {
            SET_VALUE.invoke(FIELD_SUPPORT.get(field), args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A click the browser has sent but the server has not read yet: whatever comes first in the same round trip (a
     * lazy value change is sent before the click) runs before {@code Runnable.run()} delivers it. As in Vaadin's
     * event handling, a click on an element the server removed meanwhile is dropped (Karibu's own {@code _click}
     * would still run the listeners of a removed button).
     */
    public static Runnable _clickInFlight(ClickNotifier<?> target) {
        ButtonKt._checkClickable(target);
        StateNode node = ((Component) target).getElement().getNode();
        int id = node.getId();
        UI ui = UI.getCurrent();
        return () -> {
            if (ui.getInternals().getStateTree().getNodeById(id) == node && node.isAttached()) {
                ButtonKt._click(target);
            }
        };
    }

    /**
     * The browser window changes its size, as Vaadin's client reports it ({@code window-resize} on the UI, with the
     * document's width and height): the page's resize listeners run.
     */
    public static void _resizeWindow(int width, int height) {
        UI ui = UI.getCurrent();
        ObjectNode data = JacksonUtils.createObjectNode();
        data.put("event.w", width);
        data.put("event.h", height);
        data.put("for", DebouncePhase.TRAILING.getIdentifier());     // Vaadin debounces resizes: the trailing event
        ElementUtilsKt._fireDomEvent(ui.getElement(), new DomEvent(ui.getElement(), "window-resize", data));
    }
}
