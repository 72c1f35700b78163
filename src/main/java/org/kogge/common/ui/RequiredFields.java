package org.kogge.common.ui;

import com.vaadin.flow.data.binder.BeanValidationBinder;
import com.vaadin.flow.data.binder.RequiredFieldConfigurator;
import jakarta.validation.constraints.NotBlank;

/**
 * A {@link BeanValidationBinder} that also marks {@code @NotBlank} properties as required (Vaadin's default only
 * knows {@code @NotNull}, {@code @NotEmpty} and {@code @Size(min > 0)}), so every required field shows it.
 */
public final class RequiredFields {

    private static final RequiredFieldConfigurator NOT_BLANK = (annotation, binding) ->
            annotation.annotationType().equals(NotBlank.class);

    private RequiredFields() {
    }

    public static <T> BeanValidationBinder<T> binder(Class<T> beanType) {
        BeanValidationBinder<T> binder = new BeanValidationBinder<>(beanType);
        binder.setRequiredConfigurator(RequiredFieldConfigurator.DEFAULT.chain(NOT_BLANK));
        return binder;
    }
}
