package org.kogge.testing;

import com.github.mvysny.kaributesting.v23.VirtualListsKt;
import com.vaadin.flow.component.virtuallist.VirtualList;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.function.SerializableBiConsumer;
import java.lang.reflect.Field;
import java.util.Map;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * What the browser gets from a {@link LitRenderer} of a lazy list, and what it can call back: Karibu does not run Lit
 * templates, so tests read a line's properties as they are sent and call the template's functions (such as a click
 * handler {@code star(id)}) the way the browser's return channel does.
 */
public final class LitRenderers {

    private LitRenderers() {
    }

    /** A property of one line, as the renderer sends it. */
    public static <T> Object property(VirtualList<T> list, T item, String name) {
        var provider = renderer(list).getValueProviders().get(name);
        if (provider == null) {
            throw new AssertionError("no property " + name + " in " + renderer(list).getValueProviders().keySet());
        }
        return provider.apply(item);
    }

    /** Calls a template function for one line, with numbers as arguments, as a click in the browser does. */
    @SuppressWarnings("unchecked")
    public static <T> void call(VirtualList<T> list, T item, String function, long... args) {
        try {
            Field f = LitRenderer.class.getDeclaredField("clientCallables");
            f.setAccessible(true);
            var callables = (Map<String, SerializableBiConsumer<T, ArrayNode>>) f.get(renderer(list));
            SerializableBiConsumer<T, ArrayNode> callable = callables.get(function);
            if (callable == null) {
                throw new AssertionError("no function " + function + " in " + callables.keySet());
            }
            ArrayNode json = JsonNodeFactory.instance.arrayNode();
            for (long a : args) {
                json.add(a);
            }
            callable.accept(item, json);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static <T> LitRenderer<T> renderer(VirtualList<T> list) {
        return (LitRenderer<T>) VirtualListsKt.get_renderer(list);
    }
}
