package org.barta.newsletter.bounce;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.barta.newsletter.SignedLink;
import org.junit.jupiter.api.Test;

class BounceReportParserTest {

    @Test
    void aPostfixHardBounceIsHardAndNamesWhereItWasDelivered() throws Exception {
        BounceReport report = parse("postfix-hard-bounce.eml");

        assertThat(report.type()).isEqualTo(ReportType.DELIVERY_STATUS);
        assertThat(report.messageId()).isEqualTo("<20261124041502.4Xk2L70Q3Bz9sWn@mail.barta.test>");
        assertThat(report.returnAddresses()).containsOnly(Samples.VERP);
        assertThat(report.recipients()).singleElement().satisfies(r -> {
            assertThat(r.kind()).isEqualTo(BounceKind.HARD);
            assertThat(r.statusCode()).isEqualTo("5.1.1");
            assertThat(r.addresses()).containsExactly(Samples.RECIPIENT);
            assertThat(r.diagnostic()).isEqualTo("550 5.1.1 <ayesha.siddiqua@example.net>: Recipient address "
                    + "rejected: User unknown in virtual mailbox table");
        });
    }

    @Test
    void anEximHardBounceIsHard() throws Exception {
        BounceReport report = parse("exim-hard-bounce.eml");

        assertThat(report.returnAddresses()).contains(Samples.VERP);
        assertThat(report.recipients()).singleElement().satisfies(r -> {
            assertThat(r.kind()).isEqualTo(BounceKind.HARD);
            assertThat(r.statusCode()).isEqualTo("5.0.0");
            assertThat(r.addresses()).containsExactly(Samples.RECIPIENT);
            assertThat(r.diagnostic()).isEqualTo("550 5.1.1 No such user here");
        });
    }

    @Test
    void theAddressTheBounceWasDeliveredToIsFoundInAnyDeliveryHeader() throws Exception {
        String onlyEnvelopeTo = Samples.text("exim-hard-bounce.eml")
                .replace("To: " + Samples.VERP, "To: Barta bounces <bounces@barta.test>");

        assertThat(BounceReportParser.parse(Samples.message(onlyEnvelopeTo)).returnAddresses())
                .contains(Samples.VERP, "bounces@barta.test");
    }

    @Test
    void aFullMailboxAndADelayAreSoft() throws Exception {
        assertThat(parse("soft-mailbox-full.eml").recipients()).singleElement().satisfies(r -> {
            assertThat(r.kind()).isEqualTo(BounceKind.SOFT);
            assertThat(r.statusCode()).isEqualTo("4.2.2");
        });
        assertThat(parse("delayed.eml").recipients()).singleElement().satisfies(r -> {
            assertThat(r.kind()).isEqualTo(BounceKind.SOFT);
            assertThat(r.statusCode()).isEqualTo("4.4.1");
            assertThat(r.diagnostic()).isEqualTo("connect to mx1.example.net[192.0.2.25]:25: Connection timed out");
        });
    }

    @Test
    void aSuccessReportCallsForNothing() throws Exception {
        BounceReport report = parse("relayed.eml");

        assertThat(report.type()).isEqualTo(ReportType.DELIVERY_STATUS);
        assertThat(report.recipients()).isEmpty();
    }

    @Test
    void actionsAndStatusesAreClassifiedAsRfc3464Says() {
        assertThat(BounceReportParser.classify("failed", "5.7.1")).contains(BounceKind.HARD);
        assertThat(BounceReportParser.classify("failed", "4.4.7")).contains(BounceKind.SOFT);
        assertThat(BounceReportParser.classify("delayed", "4.4.1")).contains(BounceKind.SOFT);
        assertThat(BounceReportParser.classify("delayed", "5.0.0")).contains(BounceKind.SOFT);
        assertThat(BounceReportParser.classify("delivered", "2.0.0")).isEmpty();
        assertThat(BounceReportParser.classify("relayed", "2.0.0")).isEmpty();
        assertThat(BounceReportParser.classify("expanded", "2.0.0")).isEmpty();
    }

    @Test
    void anAbuseReportIsAComplaintAboutTheMailItQuotes() throws Exception {
        BounceReport report = parse("arf-abuse-complaint.eml");

        assertThat(report.type()).isEqualTo(ReportType.FEEDBACK);
        assertThat(report.returnAddresses()).as("Original-Mail-From and the quoted Return-Path").contains(Samples.VERP);
        assertThat(report.unsubscribeLinks()).containsExactly(
                new SignedLink(1001, 1_798_000_000L, "Wm9vbGFuZF9zaWduZWRfdG9rZW4"));
        assertThat(report.recipients()).singleElement().satisfies(r -> {
            assertThat(r.kind()).isEqualTo(BounceKind.COMPLAINT);
            assertThat(r.statusCode()).isEqualTo("abuse");
            assertThat(r.diagnostic()).isEqualTo("ExampleFBL/2.0");
            assertThat(r.addresses()).containsExactly(Samples.RECIPIENT);
        });
    }

    @Test
    void otherFeedbackIsNotAComplaint() throws Exception {
        String notSpam = Samples.text("arf-abuse-complaint.eml").replace("Feedback-Type: abuse", "Feedback-Type: not-spam");

        BounceReport report = BounceReportParser.parse(Samples.message(notSpam));

        assertThat(report.type()).isEqualTo(ReportType.FEEDBACK);
        assertThat(report.recipients()).isEmpty();
    }

    @Test
    void anythingElseIsUnreadable() {
        assertThatThrownBy(() -> parse("out-of-office.eml")).isInstanceOf(UnreadableReportException.class)
                .hasMessageContaining("not a multipart/report but text/plain");
        assertThatThrownBy(() -> parse("report-without-status.eml")).isInstanceOf(UnreadableReportException.class)
                .hasMessageContaining("without any recipient's Action and Status");
        assertThatThrownBy(() -> BounceReportParser.parse(Samples.message(
                Samples.text("arf-abuse-complaint.eml").replace("Feedback-Type: abuse\n", ""))))
                .isInstanceOf(UnreadableReportException.class).hasMessageContaining("without Feedback-Type");
        assertThatThrownBy(() -> BounceReportParser.parse(Samples.message("Content-Type: multipart/report; "
                + "report-type=delivery-status; boundary=x\n\nno parts at all\n")))
                .isInstanceOf(UnreadableReportException.class);
        assertThatThrownBy(() -> BounceReportParser.parse(BounceReportParser.read(new ByteArrayInputStream(
                "\u0000\u0001\u0002garbage \u00ff\u00fe".getBytes(StandardCharsets.ISO_8859_1)))))
                .isInstanceOf(UnreadableReportException.class);
    }

    @Test
    void aReportIsKnownByItsMessageIdOrElseItsBytes() throws Exception {
        String text = Samples.text("postfix-hard-bounce.eml");
        String withoutId = text.replaceFirst("Message-Id: .*\n", "");

        assertThat(BounceReportParser.keyOf(Samples.message(text))).hasSize(64)
                .isEqualTo(BounceReportParser.keyOf(Samples.message(text.replace("Subject: Undelivered", "Subject: Re"))))
                .isEqualTo(BounceReportParser.keyOfMessageId("<20261124041502.4Xk2L70Q3Bz9sWn@mail.barta.test>"))
                .isNotEqualTo(BounceReportParser.keyOf(Samples.message(text.replace("4Xk2L70Q3Bz9sWn@", "other@"))));
        assertThat(BounceReportParser.keyOf(Samples.message(withoutId)))
                .isEqualTo(BounceReportParser.keyOf(Samples.message(withoutId)))
                .isNotEqualTo(BounceReportParser.keyOf(Samples.message(withoutId.replace("5.1.1", "5.1.2"))));
    }

    @Test
    void samplesCanNameAnotherRecipient() throws Exception {
        String text = Samples.text("postfix-hard-bounce.eml", Map.of(Samples.RECIPIENT, "rahim@example.org"));

        assertThat(BounceReportParser.parse(Samples.message(text)).recipients().get(0).addresses())
                .containsExactly("rahim@example.org");
    }

    private static BounceReport parse(String sample) throws UnreadableReportException {
        return BounceReportParser.parse(Samples.message(Samples.text(sample)));
    }
}
