package org.barta.newsletter.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import org.barta.newsletter.Audience;
import org.barta.newsletter.AudienceMember;
import org.barta.newsletter.MemberStatus;
import org.barta.newsletter.OneClickLink;
import org.barta.newsletter.SignedLink;
import org.barta.newsletter.Subscriber;

/** What the newsletter pages show: which step, and for the preferences page whose settings and audiences. */
@Named
@RequestScoped
public class NewsletterPageBacking {

    @Inject
    HttpServletRequest request;

    public String getState() {
        return (String) request.getAttribute(NewsletterServlet.STATE);
    }

    public Subscriber getSubscriber() {
        return (Subscriber) request.getAttribute(NewsletterServlet.SUBSCRIBER);
    }

    /** The one-click unsubscribe link the page's button posts back. */
    public OneClickLink getOneClick() {
        return (OneClickLink) request.getAttribute(NewsletterServlet.ONE_CLICK);
    }

    /** The public audiences, each with where the subscriber stands in it, for the preferences page. */
    @SuppressWarnings("unchecked")
    public List<Choice> getChoices() {
        Subscriber subscriber = getSubscriber();
        List<Audience> open = (List<Audience>) request.getAttribute(NewsletterServlet.PUBLIC_AUDIENCES);
        if (subscriber == null || open == null) {
            return List.of();
        }
        List<Choice> choices = new ArrayList<>();
        for (AudienceMember member : subscriber.getMemberships()) {
            choices.add(new Choice(member.getAudience(), member.getStatus()));
        }
        open.stream().filter(a -> subscriber.membershipIn(a).isEmpty()).forEach(a -> choices.add(new Choice(a, null)));
        return choices;
    }

    /** One audience on the preferences page: {@code status} is null when the subscriber is not in it. */
    public record Choice(Audience audience, MemberStatus status) {

        public boolean isActive() {
            return status == MemberStatus.PENDING || status == MemberStatus.CONFIRMED;
        }

        /** Only public audiences may be joined (again) here; private ones are an editor's to fill. */
        public boolean isJoinable() {
            return !isActive() && audience.isPublic();
        }
    }

    public SignedLink getLink() {
        return (SignedLink) request.getAttribute(NewsletterServlet.LINK);
    }
}
