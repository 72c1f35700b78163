package org.kogge.account.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.data.binder.Binder;
import java.util.List;
import java.util.Objects;
import org.kogge.network.CityDto;

/** Chooses a city of the network; bound to a form's {@code cityId}. */
class CityField extends ComboBox<CityDto> {

    private final List<CityDto> cities;

    CityField(String label, List<CityDto> cities) {
        super(label);
        this.cities = cities;
        setItems(cities);
        setItemLabelGenerator(CityDto::name);
        setClearButtonVisible(true);
    }

    /** Binds this field to the bean property {@code cityId} (with the bean's validation). */
    void bindTo(Binder<?> binder) {
        binder.forField(this)
                .withConverter(c -> c == null ? null : c.id(),
                        (Long id) -> id == null ? null : cities.stream().filter(c -> Objects.equals(c.id(), id))
                                .findFirst().orElse(null))
                .bind("cityId");
    }
}
