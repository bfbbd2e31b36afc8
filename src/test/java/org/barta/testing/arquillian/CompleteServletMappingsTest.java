package org.barta.testing.arquillian;

import static org.assertj.core.api.Assertions.assertThat;

import org.jboss.arquillian.container.spi.client.protocol.metadata.HTTPContext;
import org.jboss.arquillian.container.spi.client.protocol.metadata.ProtocolMetaData;
import org.jboss.arquillian.container.spi.client.protocol.metadata.Servlet;
import org.junit.jupiter.api.Test;

class CompleteServletMappingsTest {

    @Test
    void aDeploymentReadWithoutItsServletsGetsTheTestRunnerAtTheWarsContextRoot() {
        HTTPContext early = new HTTPContext("127.0.0.1", 8123);
        ProtocolMetaData read = new ProtocolMetaData().addContext(early);

        CompleteServletMappings.complete(read, "ROOT.war");

        Servlet runner = early.getServletByName(CompleteServletMappings.TEST_RUNNER);
        assertThat(runner).isNotNull();
        assertThat(runner.getBaseURI().toString()).isEqualTo("http://127.0.0.1:8123/");
    }

    @Test
    void aDeploymentReadWholeIsLeftAsItWas() {
        HTTPContext whole = new HTTPContext("127.0.0.1", 8123);
        whole.add(new Servlet(CompleteServletMappings.TEST_RUNNER, "/barta-proof-ageing"));

        CompleteServletMappings.complete(new ProtocolMetaData().addContext(whole), "ROOT.war");

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
