package org.kogge.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.kogge.common.BaseUrl;
import org.kogge.testing.MailInbox;
import org.kogge.testing.ServiceTestBase;
import org.kogge.testing.StoppedClock;
import org.kogge.testing.TestSmtp;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.context.annotation.Import;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The outbox against a real SMTP server (GreenMail): nothing for a rollback, retries after an outage, exactly once. */
@Import(TestSmtp.Config.class)
class MailDeliveryTest extends ServiceTestBase {

    static final int PORT = TestSmtp.PORT;
    static final Instant T0 = Instant.parse("2027-03-01T09:00:00Z");

    @Autowired MailOutbox outbox;
    @Autowired MailComposer composer;
    @Autowired OutboxSender sender;
    @Autowired OutboxMailRepository mails;
    @Autowired MailRendering rendering;
    @Autowired OutboxAttachmentRepository attachments;
    @Autowired MailTransport transport;
    @Autowired MailSettings settings;
    @Autowired BaseUrl baseUrl;
    @Autowired StoppedClock clock;
    @Autowired PlatformTransactionManager transactions;

    GreenMail smtp;

    @BeforeEach
    void startServer() {
        clock.stopAt(T0);
        smtp = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @AfterEach
    void stopServer() {
        smtp.stop();
        clock.run();
    }

    @Test
    void aCommittedMailArrivesCompleteWithItsMessageId() throws Exception {
        long id = inTransaction(() -> outbox.enqueue(mail("anna@city.example", "Anna")));

        assertThat(sender.sendDue()).isEqualTo(1);

        MimeMessage[] received = smtp.getReceivedMessages();
        assertThat(received).hasSize(1);
        OutboxMail stored = mails.findById(id).orElseThrow();
        assertThat(stored.getState()).isEqualTo(MailState.SENT);
        assertThat(stored.isCaptured()).isFalse();
        assertThat(received[0].getMessageID()).isEqualTo("<" + stored.getMessageId() + ">");
        assertThat(received[0].getSubject()).isEqualTo("Testmail");
        assertThat(received[0].getHeader("Content-Language")[0]).isEqualTo("de");
    }

    @Test
    void aRolledBackChangeSendsNothing() {
        TransactionTemplate tx = new TransactionTemplate(transactions);
        assertThatThrownBy(() -> tx.executeWithoutResult(s -> {
            outbox.enqueue(mail("anna@city.example", "Anna"));
            throw new IllegalStateException("the change fails");
        })).hasMessage("the change fails");

        assertThat(sender.sendDue()).isZero();
        assertThat(mails.count()).isZero();
        assertThat(smtp.getReceivedMessages()).isEmpty();
    }

    @Test
    void withoutATransactionThereIsNoMail() {
        assertThatThrownBy(() -> outbox.enqueue(mail("anna@city.example", "Anna")))
                .isInstanceOf(IllegalTransactionStateException.class);
        assertThat(mails.count()).isZero();
    }

    @Test
    void namesAndSubjectsWithLineBreaksQuotesOrHtmlNeitherAddHeadersNorMarkup() throws Exception {
        String evil = "Eve\r\nBcc: victim@else.example\r\n\"<script>alert(1)</script>";
        inTransaction(() -> outbox.enqueue(mail("eve@city.example", evil)));
        sender.sendDue();

        MimeMessage received = smtp.getReceivedMessages()[0];
        assertThat(received.getHeader("Bcc")).isNull();
        assertThat(received.getAllRecipients()).extracting(Object::toString).hasSize(1)
                .allSatisfy(to -> assertThat(to).contains("eve@city.example").doesNotContain("\n"));
        OutboxMail stored = mails.findAll().get(0);
        assertThat(stored.getHtmlBody()).doesNotContain("<script>").contains("&lt;script&gt;");
        assertThat(received.getHeader("To")).hasSize(1);
        assertThat(smtp.getReceivedMessages()).hasSize(1);
    }

    @Test
    void everyMailEndsWithLinksToTheLegalNoticeAndThePrivacyNoticeInTheRecipientsLanguage() throws Exception {
        inTransaction(() -> outbox.enqueue(mail("anna@city.example", "Anna")));
        inTransaction(() -> outbox.enqueue(composer.to("test", new MailTo(null, "ben@city.example", "Ben",
                Locale.ENGLISH)).subject("mail.greeting.anonymous").paragraph("mail.test.body").build()));
        assertThat(sender.sendDue()).isEqualTo(2);

        String imprint = baseUrl.external() + "/imprint";
        String privacy = baseUrl.external() + "/privacy";
        assertThat(imprint).startsWith("http");
        MimeMessage de = smtp.getReceivedMessages()[recipients().indexOf("anna@city.example")];
        MimeMessage en = smtp.getReceivedMessages()[recipients().indexOf("ben@city.example")];
        assertThat(MailInbox.text(de).replace("\r\n", "\n"))
                .endsWith("\nImpressum: " + imprint + "\nDatenschutz: " + privacy + "\n");
        assertThat(MailInbox.html(de)).endsWith("<p style=\"color:#555;font-size:smaller\"><a href=\"" + imprint
                + "\">Impressum</a> · <a href=\"" + privacy + "\">Datenschutz</a></p></body></html>");
        assertThat(MailInbox.text(en).replace("\r\n", "\n"))
                .endsWith("\nLegal notice: " + imprint + "\nPrivacy: " + privacy + "\n");
        assertThat(MailInbox.html(en)).contains("<a href=\"" + imprint + "\">Legal notice</a> · <a href=\""
                + privacy + "\">Privacy</a>");
    }

    @Test
    void whileTheServerIsDownMailsWaitAndArriveOnceWhenItIsBack() throws Exception {
        smtp.stop();
        for (int i = 0; i < 5; i++) {
            String to = "p" + i + "@city.example";
            inTransaction(() -> outbox.enqueue(mail(to, "P")));
        }
        assertThat(sender.sendDue()).isZero();
        assertThat(mails.findAll()).allSatisfy(m -> {
            assertThat(m.getState()).isEqualTo(MailState.QUEUED);
            assertThat(m.getAttempts()).isEqualTo(1);
            assertThat(m.getNextAttemptAt()).isEqualTo(T0.plusSeconds(60));
            assertThat(m.getLastError()).isNotBlank();
        });

        clock.stopAt(T0.plusSeconds(30));
        assertThat(sender.sendDue()).as("not due before the back-off").isZero();

        clock.stopAt(T0.plusSeconds(61));
        assertThat(sender.sendDue()).isZero();
        assertThat(mails.findAll()).allSatisfy(m ->
                assertThat(m.getNextAttemptAt()).isEqualTo(T0.plusSeconds(61 + 120)));

        smtp = new GreenMail(new ServerSetup(PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        clock.stopAt(T0.plusSeconds(61 + 120));
        assertThat(sender.sendDue()).isEqualTo(5);
        clock.stopAt(T0.plusSeconds(3600 * 3));
        assertThat(sender.sendDue()).isZero();

        assertThat(recipients()).containsExactlyInAnyOrder(
                "p0@city.example", "p1@city.example", "p2@city.example", "p3@city.example", "p4@city.example");
        assertThat(mails.findAll()).allSatisfy(m -> assertThat(m.getState()).isEqualTo(MailState.SENT));
    }

    @Test
    void afterEightFailedAttemptsAMailIsFailed() {
        smtp.stop();
        long id = inTransaction(() -> outbox.enqueue(mail("anna@city.example", "Anna")));
        Instant now = T0;
        for (int attempt = 1; attempt <= OutboxSender.MAX_ATTEMPTS; attempt++) {
            sender.sendDue();
            now = now.plus(OutboxSender.MAX_DELAY);
            clock.stopAt(now);
        }
        OutboxMail failed = mails.findById(id).orElseThrow();
        assertThat(failed.getState()).isEqualTo(MailState.FAILED);
        assertThat(failed.getAttempts()).isEqualTo(8);
        assertThat(sender.sendDue()).isZero();
        assertThat(mails.findById(id).orElseThrow().getAttempts()).isEqualTo(8);
    }

    @Test
    void backOffDoublesUpToAnHour() {
        assertThat(Arrays.asList(1, 2, 3, 4, 5, 6, 7, 8)).map(n -> OutboxSender.backoff(n).toMinutes())
                .containsExactly(1L, 2L, 4L, 8L, 16L, 32L, 60L, 60L);
    }

    @Test
    void aMailLeftSendingByADeadSenderGoesOutAgainAsTheSameMessage() throws Exception {
        long id = inTransaction(() -> outbox.enqueue(mail("anna@city.example", "Anna")));
        // A sender claimed it and died before recording the result.
        new TransactionTemplate(transactions).executeWithoutResult(s ->
                mails.findById(id).orElseThrow().claim(T0.plus(OutboxSender.LEASE)));
        assertThat(sender.sendDue()).as("still leased to the dead sender").isZero();

        clock.stopAt(T0.plus(OutboxSender.LEASE));
        assertThat(sender.sendDue()).isEqualTo(1);
        assertThat(smtp.getReceivedMessages()[0].getMessageID())
                .isEqualTo("<" + mails.findById(id).orElseThrow().getMessageId() + ">");
    }

    @Test
    void twoSendersOnOneDatabaseSendEachMailExactlyOnce() throws Exception {
        int count = 60;
        for (int i = 0; i < count; i++) {
            String to = "r" + i + "@city.example";
            inTransaction(() -> outbox.enqueue(mail(to, "R")));
        }
        OutboxSender other = new OutboxSender(mails, rendering, transport, settings, baseUrl, clock, transactions);
        CyclicBarrier start = new CyclicBarrier(2);
        List<Callable<Integer>> senders = List.of(
                () -> { start.await(); return sender.sendDue(); },
                () -> { start.await(); return other.sendDue(); });
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            int total = 0;
            for (Future<Integer> f : pool.invokeAll(senders)) {
                total += f.get();
            }
            assertThat(total).isEqualTo(count);
        } finally {
            pool.shutdown();
        }
        List<String> received = recipients();
        assertThat(received).hasSize(count).doesNotHaveDuplicates();
        assertThat(mails.countByState(MailState.SENT)).isEqualTo(count);
    }

    @Test
    void intentsAreRenderedOnceByOneOfTwoSendersAndArriveExactlyOnceWithTheirMessageIds() throws Exception {
        int count = 40;
        CountingRenderer renderer = new CountingRenderer();
        inTransaction(() -> {
            outbox.enqueueAll(IntStream.range(0, count).mapToObj(i -> intent("i" + i + "@city.example", "ok"))
                    .toList());
            return null;
        });
        OutboxSender one = senderWith(renderer);
        OutboxSender other = senderWith(renderer);
        CyclicBarrier start = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            int total = 0;
            for (Future<Integer> f : pool.invokeAll(List.<Callable<Integer>>of(
                    () -> { start.await(); return one.sendDue(); },
                    () -> { start.await(); return other.sendDue(); }))) {
                total += f.get();
            }
            assertThat(total).isEqualTo(count);
        } finally {
            pool.shutdown();
        }
        assertThat(renderer.calls.get()).isEqualTo(count);
        assertThat(recipients()).hasSize(count).doesNotHaveDuplicates();
        List<String> storedIds = mails.findAll().stream().map(m -> "<" + m.getMessageId() + ">").toList();
        for (MimeMessage m : smtp.getReceivedMessages()) {
            assertThat(m.getSubject()).isEqualTo("Absicht");
            assertThat(storedIds).contains(m.getMessageID());
        }
        assertThat(mails.countByState(MailState.SENT)).isEqualTo(count);
    }

    @Test
    void anIntentWithNothingToTellAnyMoreFailsAndARolledBackOneIsNeverWritten() {
        CountingRenderer renderer = new CountingRenderer();
        inTransaction(() -> {
            outbox.enqueueAll(List.of(intent("gone@city.example", "gone")));
            return null;
        });
        TransactionTemplate tx = new TransactionTemplate(transactions);
        assertThatThrownBy(() -> tx.executeWithoutResult(s -> {
            outbox.enqueueAll(List.of(intent("anna@city.example", "ok")));
            throw new IllegalStateException("the change fails");
        })).hasMessage("the change fails");

        assertThat(senderWith(renderer).sendDue()).isZero();

        assertThat(smtp.getReceivedMessages()).isEmpty();
        OutboxMail gone = mails.findAll().getFirst();
        assertThat(mails.count()).isEqualTo(1);
        assertThat(gone.getState()).isEqualTo(MailState.FAILED);
        assertThat(gone.getLastError()).isEqualTo(OutboxSender.NOTHING_TO_TELL);
    }

    @Test
    void aRendererThatFailsDelaysOnlyItsOwnMail() throws Exception {
        inTransaction(() -> {
            outbox.enqueueAll(List.of(intent("boom@city.example", "boom"), intent("ok@city.example", "ok")));
            return null;
        });

        assertThat(senderWith(new CountingRenderer()).sendDue()).isEqualTo(1);

        assertThat(recipients()).containsExactly("ok@city.example");
        OutboxMail boom = mails.findAll().stream().filter(m -> m.getRecipient().startsWith("boom")).findFirst()
                .orElseThrow();
        assertThat(boom.getState()).isEqualTo(MailState.QUEUED);
        assertThat(boom.getLastError()).contains("the renderer broke");
        assertThat(boom.getNextAttemptAt()).isAfter(T0);
    }

    @Test
    void theRateLimitsMailsPerMinute() {
        SendRate rate = new SendRate(3);
        rate.taken(T0);
        rate.taken(T0.plusSeconds(10));
        assertThat(rate.available(T0.plusSeconds(20))).isEqualTo(1);
        rate.taken(T0.plusSeconds(20));
        assertThat(rate.available(T0.plusSeconds(30))).isZero();
        assertThat(rate.available(T0.plusSeconds(60))).isEqualTo(1);
    }

    private Mail mail(String to, String name) {
        return composer.to("test", new MailTo(null, to, name, Locale.GERMAN))
                .subject("mail.greeting.anonymous").paragraph("mail.greeting", name).build()
                .withSubject("Testmail");
    }

    private MailIntent intent(String to, String values) {
        return new MailIntent(CountingRenderer.KIND, null, to, Locale.GERMAN, "Absicht", values);
    }

    /** A sender whose only renderer is {@code renderer}. */
    private OutboxSender senderWith(MailRenderer renderer) {
        StaticListableBeanFactory beans = new StaticListableBeanFactory();
        beans.addBean("renderer", renderer);
        return new OutboxSender(mails, new MailRendering(beans.getBeanProvider(MailRenderer.class), attachments,
                settings), transport, settings, baseUrl, clock, transactions);
    }

    /**
     * Renders intents whose values are "ok" and counts how often it is asked; "gone" has nothing to tell, "boom"
     * breaks it.
     */
    private final class CountingRenderer implements MailRenderer {

        static final String KIND = "test-intent";
        final AtomicInteger calls = new AtomicInteger();

        @Override
        public boolean renders(String kind) {
            return KIND.equals(kind);
        }

        @Override
        public Optional<Mail> render(MailIntent intent) {
            calls.incrementAndGet();
            if ("boom".equals(intent.values())) {
                throw new IllegalStateException("the renderer broke");
            }
            return "ok".equals(intent.values())
                    ? Optional.of(composer.to(intent, "R")
                            .subject("mail.greeting.anonymous").paragraph("mail.test.body").build())
                    : Optional.empty();
        }
    }

    private List<String> recipients() throws Exception {
        List<String> to = new ArrayList<>();
        for (MimeMessage m : smtp.getReceivedMessages()) {
            to.add(((jakarta.mail.internet.InternetAddress) m.getAllRecipients()[0]).getAddress());
        }
        return to;
    }

    private <T> T inTransaction(java.util.function.Supplier<T> work) {
        return new TransactionTemplate(transactions).execute(s -> work.get());
    }
}
