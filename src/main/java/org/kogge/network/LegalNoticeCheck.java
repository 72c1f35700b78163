package org.kogge.network;

import org.kogge.common.BaseUrl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Warns at start-up when a public server (not the demo or the tests) has no complete legal notice. */
@Component
class LegalNoticeCheck {

    private static final Logger log = LoggerFactory.getLogger(LegalNoticeCheck.class);

    LegalNoticeCheck(LegalNotice legal, Environment environment) {
        legal.missingWarning(BaseUrl.isLocal(environment.getActiveProfiles())).ifPresent(log::warn);
    }
}
