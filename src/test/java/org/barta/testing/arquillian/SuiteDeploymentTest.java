package org.barta.testing.arquillian;

import static org.assertj.core.api.Assertions.assertThat;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.EmptyAsset;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;

class SuiteDeploymentTest {

    @Test
    void aDeploymentWithNothingNewIsServedByTheSharedOne() {
        WebArchive shared = ShrinkWrap.create(WebArchive.class, "ROOT.war")
                .addClasses(SuiteDeploymentTest.class, SuiteOrder.class)
                .addAsLibrary(ShrinkWrap.create(JavaArchive.class, "arquillian-core.jar").addClass(SuiteOrder.class));
        WebArchive clientOnly = ShrinkWrap.create(WebArchive.class, "ROOT.war").addClass(SuiteOrder.class);

        assertThat(SuiteDeployment.missingFrom(shared, clientOnly)).isEmpty();
    }

    @Test
    void whatTheSharedDeploymentLacksIsNamed() {
        WebArchive shared = ShrinkWrap.create(WebArchive.class, "ROOT.war").addClass(SuiteOrder.class);
        WebArchive inServer = ShrinkWrap.create(WebArchive.class, "ROOT.war").addClass(SuiteOrder.class)
                .addAsWebInfResource(EmptyAsset.INSTANCE, "runner.properties")
                .addAsLibrary(ShrinkWrap.create(JavaArchive.class, "arquillian-core.jar").addClass(SuiteOrder.class));

        assertThat(SuiteDeployment.missingFrom(shared, inServer))
                .containsExactly("/WEB-INF/lib/arquillian-core.jar", "/WEB-INF/runner.properties");
    }
}
