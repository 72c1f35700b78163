package org.kogge.common.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.function.ValueProvider;

/**
 * The organizers' long lists of people (an event's participants, a ceremony's guests) end the same way: the row's
 * actions pinned at the right, columns a person can widen, striped rows whose long cells wrap, a fixed height that
 * scrolls, and rows fetched fifty at a time, so that the lists look and behave alike.
 */
public final class PeopleGrid {

    private PeopleGrid() {
    }

    /**
     * Adds the actions column (under {@code actionsHeader}) after the grid's other columns and gives the grid the
     * lists' common look; {@code label} names the grid for screen readers.
     */
    public static <T, V extends Component> void finish(Grid<T> grid, ValueProvider<T, V> actions,
                                                      String actionsHeader, String label) {
        grid.addComponentColumn(actions).setKey("actions").setHeader(actionsHeader).setAutoWidth(true)
                .setFlexGrow(0).setFrozenToEnd(true);
        grid.getColumns().forEach(c -> c.setResizable(true));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setHeight("32rem");
        grid.setPageSize(50);
        grid.setAriaLabel(label);
    }
}
