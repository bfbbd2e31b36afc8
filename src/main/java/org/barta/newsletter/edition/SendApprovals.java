package org.barta.newsletter.edition;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.barta.newsletter.Audience;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Four eyes: how many editors must approve a send before it goes out. A send to a private audience (journalists,
 * diplomats) needs {@code BARTA_SEND_APPROVALS} of them, two unless set to 1, so that one stolen account cannot put
 * out a fake mailing to the people who trust the organisation's name most; a send to a public list needs one.
 */
@ApplicationScoped
public class SendApprovals {

    @Inject
    @ConfigProperty(name = "barta.send-approvals", defaultValue = "2")
    int configured;

    public int neededFor(Audience audience) {
        return audience.isPublic() ? 1 : Math.max(1, Math.min(2, configured));
    }
}
