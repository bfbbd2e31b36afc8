package org.barta.newsletter.edition;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.barta.newsletter.Audience;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Four eyes: how many editors must approve a send before it goes out. A send to a private audience (journalists,
 * diplomats) and every press release need {@code BARTA_SEND_APPROVALS} of them, two unless set to 1, so that one
 * stolen account cannot put out a fake mailing or statement to the people who trust the organisation's name most;
 * an edition to a public list needs one.
 */
@ApplicationScoped
public class SendApprovals {

    @Inject
    @ConfigProperty(name = "barta.send-approvals", defaultValue = "2")
    int configured;

    public int neededFor(Audience audience) {
        return audience.isPublic() ? 1 : configuredCount();
    }

    /** A press release speaks in the organisation's name to whoever gets it: it needs the configured count. */
    public int neededForRelease() {
        return configuredCount();
    }

    private int configuredCount() {
        return Math.max(1, Math.min(2, configured));
    }
}
