package org.barta.testing.arquillian;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.spi.client.protocol.metadata.HTTPContext;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.container.spi.client.protocol.metadata.Servlet;
import org.junit.jupiter.api.Test;

class CompleteServletMappingsTest {

    @Test
    void aDeploymentReadWithoutItsServletsGetsTheTestRunnerWhereItAnswers() throws Exception {
        HTTPContext early = new HTTPContext("127.0.0.1", 8123);
        ProtocolMetaData read = new ProtocolMetaData().addContext(early);
        List<URI> asked = new ArrayList<>();

        CompleteServletMappings.complete(read, "ROOT.war", asked::add);

        Servlet runner = early.getServletByName(CompleteServletMappings.TEST_RUNNER);
        assertThat(runner).isNotNull();
        assertThat(runner.getBaseURI().toString()).isEqualTo("http://127.0.0.1:8123/");
        assertThat(asked).containsExactly(URI.create("http://127.0.0.1:8123/ArquillianServletRunnerEE9"));
    }

    @Test
    void aDeploymentForClientTestsHasNoRunnerAndNeedsNone() throws Exception {
        HTTPContext early = new HTTPContext("127.0.0.1", 8123);
        URI application = URI.create("http://127.0.0.1:8123/");

        CompleteServletMappings.complete(new ProtocolMetaData().addContext(early), "ROOT.war", application::equals);

        assertThat(early.getServlets()).isEmpty();
    }

    @Test
    void aFailedDeploymentIsToldAsOne() {
        ProtocolMetaData read = new ProtocolMetaData().addContext(new HTTPContext("127.0.0.1", 8123));

        assertThatThrownBy(() -> CompleteServletMappings.complete(read, "ROOT.war", runner -> false))
                .isInstanceOf(DeploymentException.class).hasMessageContaining("ROOT.war is not deployed: nothing answers at http://127.0.0.1:8123/");
    }

    @Test
    void aDeploymentReadWholeIsLeftAsItWas() throws Exception {
        HTTPContext whole = new HTTPContext("127.0.0.1", 8123);
        whole.add(new Servlet(CompleteServletMappings.TEST_RUNNER, "/barta-proof-ageing"));

        CompleteServletMappings.complete(new ProtocolMetaData().addContext(whole), "ROOT.war", runner -> false);

        assertThat(whole.getServlets()).hasSize(1);
        assertThat(whole.getServletByName(CompleteServletMappings.TEST_RUNNER).getContextRoot())
                .isEqualTo("/barta-proof-ageing");
    }

    @Test
    void aNamedWarIsServedUnderItsName() {
        assertThat(CompleteServletMappings.contextRoot("barta-proof-ageing.war")).isEqualTo("/barta-proof-ageing");
        assertThat(CompleteServletMappings.contextRoot("ROOT.war")).isEqualTo("/");
    }
}
