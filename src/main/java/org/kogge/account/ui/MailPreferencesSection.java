package org.kogge.account.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.kogge.account.MailPreferenceService;
import org.kogge.account.MailPreferences;
import org.kogge.account.OptionalMail;

/**
 * The account page's switches for the optional mails (changes, reminders, messages from organizers). Each switch
 * saves at once through {@link MailPreferenceService}; the mails that always go are named so nobody looks for a
 * switch that cannot exist.
 */
class MailPreferencesSection extends VerticalLayout {

    private final MailPreferenceService preferences;
    private final Checkbox changes = new Checkbox();
    private final Checkbox reminders = new Checkbox();
    private final Checkbox messages = new Checkbox();

    MailPreferencesSection(MailPreferenceService preferences) {
        this.preferences = preferences;
        setPadding(false);
        addClassName("kogge-account-section");
        changes.setLabel(getTranslation(OptionalMail.CHANGES.messageKey()));
        reminders.setLabel(getTranslation(OptionalMail.REMINDERS.messageKey()));
        messages.setLabel(getTranslation(OptionalMail.MESSAGES.messageKey()));
        show(preferences.mine());
        for (Checkbox box : new Checkbox[] {changes, reminders, messages}) {
            box.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    save();
                }
            });
        }
        add(new H2(getTranslation("account.mail.heading")), new Paragraph(getTranslation("account.mail.text")),
                changes, reminders, messages);
    }

    private void save() {
        show(preferences.save(new MailPreferences(changes.getValue(), reminders.getValue(), messages.getValue())));
        Notification.show(getTranslation("account.mail.saved"));
    }

    private void show(MailPreferences wanted) {
        changes.setValue(wanted.changes());
        reminders.setValue(wanted.reminders());
        messages.setValue(wanted.messages());
    }
}
