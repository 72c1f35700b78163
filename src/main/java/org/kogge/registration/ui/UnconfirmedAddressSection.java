package org.kogge.registration.ui;

import com.vaadin.flow.component.Component;
import java.util.Optional;
import org.kogge.account.AddressConfirmationService;
import org.kogge.account.ui.UnconfirmedAddressNotice;
import org.kogge.event.EventDetails;
import org.kogge.event.ui.EventPageSection;

/**
 * On the event page, above the registration: why a person whose address is not confirmed cannot register, with
 * "send again". Nothing for everyone else.
 */
@org.springframework.stereotype.Component
public class UnconfirmedAddressSection implements EventPageSection {

    private final AddressConfirmationService confirmations;

    public UnconfirmedAddressSection(AddressConfirmationService confirmations) {
        this.confirmations = confirmations;
    }

    @Override
    public Optional<Component> create(EventDetails event) {
        if (!event.state().isPublic() || !confirmations.callerMustConfirm()) {
            return Optional.empty();
        }
        return Optional.of(new UnconfirmedAddressNotice(confirmations));
    }

    @Override
    public int order() {
        return 5;
    }
}
