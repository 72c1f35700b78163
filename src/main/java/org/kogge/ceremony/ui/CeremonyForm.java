package org.kogge.ceremony.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.function.SerializableFunction;
import com.vaadin.flow.function.SerializableSupplier;
import java.io.Serializable;
import java.util.Map;
import java.util.function.Supplier;
import org.kogge.ceremony.CeremonyContent;
import org.kogge.common.Versioned;
import org.kogge.common.ui.RequiredFields;
import org.kogge.common.ui.StaleEditGuard;

/**
 * One of the organizer's ceremony forms (agreement, settings, an agenda point, a signatory): its binder, its save,
 * and the guard that keeps the input when someone else saved the same record first.
 */
final class CeremonyForm<F extends Versioned> implements Serializable {

    /** Runs a change of the ceremony; whether it was saved (refusals are shown beside the fields). */
    @FunctionalInterface
    interface Changes extends Serializable {
        boolean run(Supplier<CeremonyContent> change, String successKey, Map<String, ? extends HasValidation> fields);
    }

    final BeanValidationBinder<F> binder;
    private final StaleEditGuard<F> guard;
    private final SerializableSupplier<F> blank;
    private final SerializableFunction<F, CeremonyContent> save;

    /**
     * @param blank  a new, empty form record to write the input into
     * @param reload the record as stored now
     * @param save   the service's save
     */
    CeremonyForm(Class<F> type, SerializableSupplier<F> blank, SerializableSupplier<F> reload,
                 SerializableFunction<F, CeremonyContent> save) {
        this.binder = RequiredFields.binder(type);
        this.guard = new StaleEditGuard<>(binder, reload);
        this.blank = blank;
        this.save = save;
    }

    /** Where the form says that someone else saved first. */
    Component notice() {
        return guard.notice();
    }

    void load(F stored) {
        guard.load(stored);
    }

    /** Saves valid input through {@code changes}; whether it was saved. */
    boolean save(Changes changes, String successKey, Map<String, ? extends HasValidation> fields) {
        F form = blank.get();
        return binder.writeBeanIfValid(form) && changes.run(() -> guard.save(form, save), successKey, fields);
    }
}
