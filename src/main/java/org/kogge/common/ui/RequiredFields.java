package org.kogge.common.ui;

import com.vaadin.flow.component.Component;
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

    /**
     * Strips {@code aria-required} where ARIA does not allow it and keeps it off: a required date-time picker sets it
     * on its host (role {@code group}), a required select on its value button (role {@code button}); axe reports both
     * as critical ({@code aria-allowed-attr}). The visible required indicator and the validation message stay.
     */
    private static final String STRIP_ARIA_REQUIRED = """
            const host = this;
            const strip = () => {
              if (host.getAttribute('role') === 'group') host.removeAttribute('aria-required');
              host.querySelectorAll('vaadin-select-value-button[aria-required]').forEach(b => b.removeAttribute('aria-required'));
            };
            strip();
            if (!host.__koggeAriaRequired) {
              host.__koggeAriaRequired = new MutationObserver(strip);
              host.__koggeAriaRequired.observe(host, {attributes: true, attributeFilter: ['aria-required'], subtree: true, childList: true});
            }
            """;

    private RequiredFields() {
    }

    /** For date-time pickers and selects that may be marked required: no {@code aria-required} where ARIA forbids it. */
    public static void withValidAria(Component... fields) {
        for (Component field : fields) {
            field.addAttachListener(e -> field.getElement().executeJs(STRIP_ARIA_REQUIRED));
        }
    }

    public static <T> BeanValidationBinder<T> binder(Class<T> beanType) {
        BeanValidationBinder<T> binder = new BeanValidationBinder<>(beanType);
        binder.setRequiredConfigurator(RequiredFieldConfigurator.DEFAULT.chain(NOT_BLANK));
        return binder;
    }
}
