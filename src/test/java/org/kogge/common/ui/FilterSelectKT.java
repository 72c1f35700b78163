package org.kogge.common.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kogge.testing.Karibu;

/** The filter select of the board and the programme: "all" as the empty choice; only a person's choice counts. */
class FilterSelectKT {

    AtomicInteger choices = new AtomicInteger();
    FilterSelect<String> rooms;

    @BeforeEach
    void setUp() {
        MockVaadin.setup();
        rooms = new FilterSelect<>("Raum", "Alle Räume", name -> "Raum " + name, choices::incrementAndGet);
        UI.getCurrent().add(rooms);
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    @Test
    void theEmptyChoiceReadsAllAndItemsReadByTheirNames() {
        assertThat(rooms.getLabel()).isEqualTo("Raum");
        assertThat(rooms.isEmptySelectionAllowed()).isTrue();
        assertThat(rooms.getEmptySelectionCaption()).isEqualTo("Alle Räume");
        assertThat(rooms.getItemLabelGenerator().apply(null)).isEqualTo("Alle Räume");
        assertThat(rooms.getItemLabelGenerator().apply("Elbe")).isEqualTo("Raum Elbe");
    }

    @Test
    void whatThePageSetsIsNoChoiceWhatAPersonPicksIs() {
        rooms.offer(List.of("Elbe", "Trave"), r -> r.equals("Trave"));
        assertThat(rooms.getValue()).isEqualTo("Trave");
        rooms.offer(List.of("Elbe"), r -> r.equals("Trave"));
        assertThat(rooms.getValue()).as("gone from the items: all").isNull();
        rooms.clear();
        assertThat(choices).hasValue(0);

        Karibu._setValue(rooms, "Elbe");
        assertThat(choices).hasValue(1);
        Karibu._setValue(rooms, null);
        assertThat(choices).hasValue(2);
    }
}
