package org.kogge.account;

import org.kogge.common.InvalidInputException;
import org.kogge.common.StartupData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * The first admin of a fresh installation, from {@code KOGGE_ADMIN_EMAIL} and {@code KOGGE_ADMIN_PASSWORD}. Nothing
 * happens when they are not set or an admin exists already: no installation has a default password.
 */
@Component
@Order(0)
public class AdminBootstrap implements StartupData {

    private static final Logger LOG = LoggerFactory.getLogger(AdminBootstrap.class);

    private final AccountService accounts;
    private final PersonRepository people;
    private final String email;
    private final String password;

    public AdminBootstrap(AccountService accounts, PersonRepository people,
                          @Value("${kogge.bootstrap.admin-email:}") String email,
                          @Value("${kogge.bootstrap.admin-password:}") String password) {
        this.accounts = accounts;
        this.people = people;
        this.email = email;
        this.password = password;
    }

    @Override
    public void load() {
        if (email == null || email.isBlank() || password == null || password.isBlank()
                || people.countWithRole(Role.ADMIN) > 0) {
            return;
        }
        try {
            accounts.createFirstAdmin("Admin", email, password);
            LOG.info("Created the first admin {}", email);
        } catch (InvalidInputException e) {
            LOG.error("KOGGE_ADMIN_EMAIL / KOGGE_ADMIN_PASSWORD refused ({}); no admin was created", e.getMessage());
        }
    }
}
