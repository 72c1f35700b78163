package org.kogge.common.ui;

import com.vaadin.flow.component.ItemLabelGenerator;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.function.SerializablePredicate;
import com.vaadin.flow.function.SerializableRunnable;
import java.util.List;

/**
 * A filter of a list (by topic, room, format): a select whose empty choice reads "all …", so that a person can go
 * back to the whole list. Only a person's choice calls {@code onChoice}; what the page sets itself ({@link #offer},
 * {@link #clear}) does not, so a page can show the filters of the address without reacting to itself.
 */
public class FilterSelect<T> extends Select<T> {

    /**
     * @param label      the field's label, e.g. "Topic"
     * @param allCaption the empty choice, e.g. "All topics"
     * @param names      how an item reads
     * @param onChoice   what follows a person's choice (refresh the list, or change the address)
     */
    public FilterSelect(String label, String allCaption, ItemLabelGenerator<T> names, SerializableRunnable onChoice) {
        setLabel(label);
        setEmptySelectionAllowed(true);
        setEmptySelectionCaption(allCaption);
        setItemLabelGenerator(item -> item == null ? allCaption : names.apply(item));
        addValueChangeListener(e -> {
            if (e.isFromClient()) {
                onChoice.run();
            }
        });
    }

    /** Offers these items, with the first one that is {@code chosen} selected ("all" if none is). */
    public void offer(List<T> items, SerializablePredicate<T> chosen) {
        setItems(items);
        setValue(items.stream().filter(chosen).findFirst().orElse(null));
    }
}
