package org.kogge.common.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.provider.DataProvider;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.function.ValueProvider;
import com.vaadin.flow.shared.Registration;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The less important columns of a grid give way on a narrow screen: below {@link #NARROW_PX} they are hidden and
 * their values shown in the row's details, which a click on the row (or Space on it) opens, so a phone shows the
 * columns that matter without scrolling sideways and still loses nothing. Wider again, the columns come back. The
 * width is the browser window's, read when the grid is attached and on every resize.
 *
 * <pre>{@code
 * FoldingColumns.of(grid).fold(emailColumn, Participant::email).fold(cityColumn, Participant::city);
 * }</pre>
 */
public final class FoldingColumns<T> implements Serializable {

    /** Windows narrower than this (CSS pixels) fold; a phone held upright is about 390. */
    public static final int NARROW_PX = 600;

    private record Fold<T>(Grid.Column<T> column, ValueProvider<T, String> value) implements Serializable {
    }

    private final Grid<T> grid;
    private final List<Fold<T>> folds = new ArrayList<>();
    private boolean folded;
    private Registration resizes;

    private FoldingColumns(Grid<T> grid) {
        this.grid = grid;
        grid.setItemDetailsRenderer(new ComponentRenderer<>(this::details));
        grid.setDetailsVisibleOnClick(false);
        grid.addAttachListener(e -> listen(e.getUI()));
        grid.addDetachListener(e -> {
            if (resizes != null) {
                resizes.remove();
                resizes = null;
            }
        });
    }

    /** Folding for this grid; name its columns with {@link #fold}. */
    public static <T> FoldingColumns<T> of(Grid<T> grid) {
        return new FoldingColumns<>(grid);
    }

    /** Folds {@code column} on narrow screens, showing {@code value} under the column's header in the details. */
    public FoldingColumns<T> fold(Grid.Column<T> column, ValueProvider<T, String> value) {
        folds.add(new Fold<>(column, value));
        column.setVisible(!folded);
        return this;
    }

    /** Whether the folding columns are hidden now. */
    public boolean isFolded() {
        return folded;
    }

    private void listen(UI ui) {
        resizes = ui.getPage().addBrowserWindowResizeListener(e -> widthIs(e.getWidth()));
        ui.getPage().retrieveExtendedClientDetails(details -> widthIs(details.getWindowInnerWidth()));
    }

    private void widthIs(int width) {
        boolean narrow = width > 0 && width < NARROW_PX;
        if (narrow == folded) {
            return;
        }
        folded = narrow;
        folds.forEach(f -> f.column().setVisible(!narrow));
        grid.setDetailsVisibleOnClick(narrow);
        // Details opened while narrow render empty once the columns are back.
        DataProvider<T, ?> rows = grid.getDataProvider();
        rows.refreshAll();
    }

    private Div details(T item) {
        Div details = new Div();
        details.addClassName("kogge-folded");
        if (!folded) {
            return details;
        }
        for (Fold<T> fold : folds) {
            String value = fold.value().apply(item);
            if (value != null && !value.isBlank()) {
                Span label = new Span(fold.column().getHeaderText() + ": ");
                label.addClassName("kogge-folded-label");
                details.add(new Div(label, new Span(value)));
            }
        }
        return details;
    }
}
