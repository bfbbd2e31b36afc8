package org.barta.site;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.inject.Inject;
import java.net.URL;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.barta.accounts.AccountService;
import org.barta.accounts.Actor;
import org.barta.accounts.Role;
import org.barta.content.ContentKind;
import org.barta.content.ContentService;
import org.barta.content.EventType;
import org.barta.content.ItemContent;
import org.barta.content.Language;
import org.barta.content.Tag;
import org.barta.content.TranslationContent;
import org.barta.content.WorkflowAction;
import org.barta.testing.Deployments;
import org.barta.testing.TestActors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A visitor in a real browser: switches language, searches, opens an item, follows a tag; the console stays
 * clean and axe-core finds no serious or critical accessibility problem on the main pages.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class VisitorJourneyIT {

    private static final String TITLE_EN = VisitorJourney.TITLE_EN;
    private static final String TITLE_BN = VisitorJourney.TITLE_BN;

    @Deployment
    static WebArchive deployment() {
        return Deployments.applicationWithTestLibraries();
    }

    @Inject
    ContentService content;

    @Inject
    AccountService accounts;

    @ArquillianResource
    URL base;

    @Test
    @Order(1)
    void publishSomethingToRead() {
        Actor editor = TestActors.ensure(accounts, "visitor-editor", Role.EDITOR);
        Tag tag = content.tag("Labour rights", "শ্রম অধিকার", editor);
        long statement = content.create(ContentKind.PRESS_STATEMENT, new ItemContent(null, null, null, null, null,
                null, null, null, null, null, null, List.of(tag.getId()), List.of(), Map.of(
                Language.EN, new TranslationContent(TITLE_EN, "justice-for-garment-workers", "Wages unpaid for months.",
                        "<p>Factory owners must pay the wages owed. Contact: labour@example.org</p>", null),
                Language.BN, new TranslationContent(TITLE_BN, null, "কয়েক মাসের মজুরি বকেয়া।",
                        "<p>কারখানা মালিকদের বকেয়া মজুরি পরিশোধ করতে হবে।</p>", null)), null), editor);
        content.transition(statement, content.load(statement).getVersion(), WorkflowAction.PUBLISH, null, editor);
        long event = content.create(ContentKind.EVENT_REPORT, new ItemContent(EventType.PRESS_CONFERENCE,
                LocalDate.now().plusDays(10), "National press club", "Dhaka", null, null, null, null, null, null, null,
                List.of(tag.getId()), List.of(), Map.of(Language.EN, new TranslationContent(
                "Press conference on factory safety", null, "Survivors speak.", "<p>Join us.</p>", null)), null), editor);
        content.transition(event, content.load(event).getVersion(), WorkflowAction.PUBLISH, null, editor);
    }

    @Test
    @Order(2)
    @RunAsClient
    void aVisitorSwitchesLanguageSearchesReadsAndFollowsATag() throws Exception {
        assertThat(new VisitorJourney(base).walk()).isEmpty();
    }
}
