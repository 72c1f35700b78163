package org.kogge.account.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.kogge.account.PersonDetails;
import org.kogge.common.ui.ComponentTexts;
import org.kogge.network.CityDto;

/**
 * The fields of a {@link PersonDetails} form, shared by sign-up and the account page: labelled, with the browser's
 * autocomplete hints, bound by property name so that the form's constraints apply.
 */
final class PersonFields {

    final TextField displayName = new TextField();
    final EmailField email = new EmailField();
    final TextField organisation = new TextField();
    final CityField city;

    PersonFields(Component host, List<CityDto> cities) {
        displayName.setLabel(host.getTranslation("account.field.name"));
        displayName.setAutocomplete(Autocomplete.NAME);
        email.setLabel(host.getTranslation("account.field.email"));
        email.setAutocomplete(Autocomplete.EMAIL);
        ComponentTexts.email(email);
        organisation.setLabel(host.getTranslation("account.field.organisation"));
        organisation.setAutocomplete(Autocomplete.ORGANIZATION);
        city = new CityField(host.getTranslation("account.field.city"), cities);
    }

    /** Binds the four fields; the email is stored without surrounding blanks. */
    void bindTo(Binder<? extends PersonDetails> binder) {
        binder.forField(displayName).bind("displayName");
        binder.forField(email).withConverter(v -> v == null ? null : v.strip(), v -> v == null ? "" : v)
                .bind("email");
        binder.forField(organisation).bind("organisation");
        city.bindTo(binder);
    }

    /** The fields by property name, for showing a service's field errors, with the form's other fields added. */
    Map<String, HasValidation> byProperty(Map<String, ? extends HasValidation> others) {
        Map<String, HasValidation> fields = new HashMap<>(others);
        fields.put("displayName", displayName);
        fields.put("email", email);
        fields.put("organisation", organisation);
        fields.put("cityId", city);
        return fields;
    }
}
