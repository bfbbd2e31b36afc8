package org.barta.platform.mail;

import static java.util.concurrent.TimeUnit.SECONDS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import jakarta.transaction.UserTransaction;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.barta.testing.Deployments;
import org.barta.testing.TestServices;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A notice about a change leaves only once the change is committed: a rolled-back change announces nothing (a
 * notice sent from inside the transaction, as editors' notices once were, would already be out). The first test
 * runs in the server and makes both changes; the second, on the client, reads the test relay.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MailAfterCommitIT {

    private static final String TO = "after-commit@example.org";
    private static final String ROLLED_BACK = "MailAfterCommitIT: the change was rolled back";
    private static final String COMMITTED = "MailAfterCommitIT: the change was committed";

    @Deployment
    static WebArchive deployment() {
        return Deployments.applicationWithTestLibraries();
    }

    @Inject
    MailAfterCommit mail;

    @Resource
    UserTransaction transaction;

    @Test
    @Order(1)
    void noticesAreHandedOverWithTheirTransactions() throws Exception {
        transaction.begin();
        mail.send(TO, ROLLED_BACK, "This change never happened.", "test notice");
        transaction.rollback();

        transaction.begin();
        mail.send(TO, COMMITTED, "This change happened.", "test notice");
        transaction.commit();
    }

    @Test
    @Order(2)
    @RunAsClient
    void onlyTheCommittedChangeIsAnnounced() throws Exception {
        await("the committed change's notice").atMost(20, SECONDS).pollInterval(Duration.ofMillis(200))
                .until(() -> subjectsTo(TO).contains(COMMITTED));
        // The rolled-back one would have been handed over first; a second more for it to show if it were sent.
        Thread.sleep(1_000);
        assertThat(subjectsTo(TO)).containsExactly(COMMITTED);
    }

    private static List<String> subjectsTo(String address) throws MessagingException {
        List<String> subjects = new ArrayList<>();
        for (MimeMessage received : TestServices.mail().getReceivedMessages()) {
            if (received.getAllRecipients()[0].toString().equals(address)) {
                subjects.add(received.getSubject());
            }
        }
        return subjects;
    }
}
