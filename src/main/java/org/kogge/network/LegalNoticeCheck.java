package org.kogge.network;

import org.kogge.common.BaseUrl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Warns at start-up when a public server (not the demo or the tests) has no complete legal notice or an undated
 * accessibility statement. */
@Component
class LegalNoticeCheck {

    private static final Logger log = LoggerFactory.getLogger(LegalNoticeCheck.class);

    LegalNoticeCheck(LegalNotice legal, Environment environment) {
        boolean local = BaseUrl.isLocal(environment.getActiveProfiles());
        legal.missingWarning(local).ifPresent(log::warn);
        legal.undatedStatementWarning(local).ifPresent(log::warn);
    }
}
