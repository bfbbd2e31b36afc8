package org.barta.newsletter.compose;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.naming.InitialContext;
import org.barta.testing.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The composer inside the server: the default theme's templates come out of the WAR's contracts, on a
 * container thread that serves no request, as Quartz jobs and executors call it.
 */
@ExtendWith(ArquillianExtension.class)
class EditionRendererIT {

    @Deployment
    static WebArchive deployment() {
        return Deployments.applicationWithTestLibraries().addClass(Editions.class);
    }

    @Inject
    EditionRenderer renderer;

    @Test
    void rendersFromTheThemeOnAThreadOutsideAnyRequest() throws Exception {
        ManagedThreadFactory threads = InitialContext.doLookup("java:comp/DefaultManagedThreadFactory");
        CompletableFuture<RenderedEdition> rendered = new CompletableFuture<>();
        threads.newThread(() -> {
            try {
                rendered.complete(renderer.render(Editions.bangla("")));
            } catch (RuntimeException | Error e) {
                rendered.completeExceptionally(e);
            }
        }).start();

        RenderedEdition edition = rendered.get(60, TimeUnit.SECONDS);
        Document html = Jsoup.parse(edition.html());
        assertThat(edition.subject()).isEqualTo("আইন ও সালিশ কেন্দ্র (আসক): নিউজলেটার সংখ্যা ১২, নভেম্বর ২০২৬");
        assertThat(html.selectFirst("html").attr("lang")).isEqualTo("bn");
        assertThat(html.selectFirst("h2").attr("style")).contains("border-bottom");
        assertThat(html.selectFirst("head style").data()).contains("@media");
        assertThat(edition.text()).contains("সাবস্ক্রিপশন বাতিল করুন:\n" + RenderedEdition.UNSUBSCRIBE_URL);
    }
}
