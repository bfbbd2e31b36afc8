package org.barta.newsletter.dispatch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import java.net.ConnectException;
import java.net.SocketException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How relay answers decide a recipient's fate: 5xx never again, 4xx later, a broken connection: back in line. */
class SmtpRepliesTest {

    @Test
    void aPermanentRefusalNestedInSendFailedIsPermanent() {
        SendFailedException failure = new SendFailedException("Invalid Addresses",
                new MessagingException("550 5.1.1 <x@example.org>: Recipient address rejected: User unknown"));
        assertThat(SmtpReplies.classify(failure)).isEqualTo(SmtpReplies.Meaning.PERMANENT);
        assertThat(SmtpReplies.describe(failure)).startsWith("550 5.1.1");
    }

    @Test
    void aTemporaryRefusalIsTemporary() {
        assertThat(SmtpReplies.classify(new MessagingException("452 4.2.2 Mailbox full")))
                .isEqualTo(SmtpReplies.Meaning.TEMPORARY);
        assertThat(SmtpReplies.classify(new MessagingException("451-4.7.1 Greylisted, try again\n451 4.7.1 later")))
                .isEqualTo(SmtpReplies.Meaning.TEMPORARY);
    }

    @Test
    void aClosingRelayOrABrokenSocketIsTheConnection() {
        assertThat(SmtpReplies.classify(new MessagingException("421 4.3.2 Service shutting down")))
                .isEqualTo(SmtpReplies.Meaning.CONNECTION);
        assertThat(SmtpReplies.classify(new MessagingException("Exception reading response", new SocketException("reset"))))
                .isEqualTo(SmtpReplies.Meaning.CONNECTION);
        assertThat(SmtpReplies.classify(new MessagingException("Couldn't connect", new ConnectException("refused"))))
                .isEqualTo(SmtpReplies.Meaning.CONNECTION);
    }

    @Test
    void relaysAreReadFromTheirList() {
        assertThat(Relay.parseAll("mx1.example.org:2525, mx2.example.org ,[::1]:26", 25)).containsExactly(
                new Relay("mx1.example.org", 2525), new Relay("mx2.example.org", 25), new Relay("::1", 26));
        assertThat(Relay.parseAll("127.0.0.1", 587)).isEqualTo(List.of(new Relay("127.0.0.1", 587)));
        assertThatThrownBy(() -> Relay.parseAll(" , ", 25)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void countsTellWhatIsDone() {
        SendCounts counts = new SendCounts(10, 5, 80, 3, 2, 0, 4);
        assertThat(counts.total()).isEqualTo(100);
        assertThat(counts.percentDone()).isEqualTo(85);
        assertThat(new SendProgress(counts, 5.0).timeLeft()).hasValue(java.time.Duration.ofSeconds(3));
        assertThat(new SendProgress(counts, 0).timeLeft()).isEmpty();
    }
}
