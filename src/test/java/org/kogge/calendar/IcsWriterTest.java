package org.kogge.calendar;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class IcsWriterTest {
    @Test
    void prints() {
        IcsEvent e = new IcsEvent("session-1@localhost", "Evil\r\nATTENDEE:mailto:x, a;b\\c 😀 äöü " + "x".repeat(80),
                "Line1\nLine2", "Raum 1, Rathaus", URI.create("http://localhost:8080/events/a/sessions/1"),
                List.of("a,b", "c"), Instant.parse("2026-10-25T09:00:00Z"), Instant.parse("2026-10-25T10:00:00Z"),
                ZoneId.of("Europe/Berlin"), IcsStatus.CANCELLED, 3, Instant.parse("2026-10-01T09:00:00.123Z"), null);
        org.slf4j.LoggerFactory.getLogger(getClass()).warn("\n" + new String(new IcsWriter().write("Cal", List.of(e)), StandardCharsets.UTF_8));
    }
}
