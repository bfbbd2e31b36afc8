package org.barta.newsletter.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import org.barta.newsletter.SignedLink;
import org.barta.newsletter.Subscriber;

/** What the newsletter pages show: which step, and for the preferences page whose settings. */
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

    public SignedLink getLink() {
        return (SignedLink) request.getAttribute(NewsletterServlet.LINK);
    }
}
