package org.barta.newsletter.web;

import jakarta.inject.Inject;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.barta.content.Language;
import org.barta.newsletter.LinkPurpose;
import org.barta.newsletter.MyDataService;
import org.barta.newsletter.OneClickLink;
import org.barta.newsletter.SignedLink;
import org.barta.newsletter.Subscriber;
import org.barta.newsletter.SubscriberStatus;
import org.barta.newsletter.SubscriptionService;
import org.barta.newsletter.edition.PreviewLink;
import org.barta.newsletter.edition.ReleasePreviews;
import org.barta.platform.web.ClientAddress;
import org.barta.publicweb.PublicRoute;

/**
 * The subscriber's side of the newsletter, under {@code /{lang}/newsletter/}: sign-up (POST, then a redirect to
 * "check your inbox"), confirmation (a page with a button, which POSTs), one-click unsubscribe from one audience,
 * the preferences page reached by a signed link (language, joining and leaving public audiences, leaving all), the
 * "my data" page (download, erase) reached only by a fresh link mailed on request, and a journalist's preview of an
 * embargoed press release ({@link ReleasePreviews}). Pages are rendered by {@code /site/newsletter.xhtml} (the
 * preview is the advance copy itself); nothing here is cached or needs a session.
 */
@WebServlet(NewsletterServlet.PATH)
public class NewsletterServlet extends HttpServlet {

    static final String PATH = "/site-newsletter";
    static final String STATE = "barta.newsletter.state";
    static final String SUBSCRIBER = "barta.newsletter.subscriber";
    static final String LINK = "barta.newsletter.link";
    static final String ONE_CLICK = "barta.newsletter.oneClick";
    static final String PUBLIC_AUDIENCES = "barta.newsletter.publicAudiences";
    private static final long serialVersionUID = 1L;
    private static final String VIEW = "/site/newsletter.xhtml";

    @Inject
    transient SubscriptionService subscriptions;

    @Inject
    transient MyDataService myData;

    @Inject
    transient ClientAddress clientAddress;

    @Inject
    transient ReleasePreviews previews;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        privately(response);
        switch (action(request)) {
            case "thanks" -> show("thanks", request, response);
            case "confirm" -> {
                // A GET never confirms: mail scanners open every link in a message; the reader presses the button.
                Optional<SignedLink> link = link(request);
                Optional<Subscriber> subscriber = link.flatMap(subscriptions::byConfirmationLink);
                if (subscriber.isEmpty()) {
                    invalid(request, response);
                } else if (subscriber.get().getStatus() == SubscriberStatus.CONFIRMED
                        && !subscriber.get().awaitsConfirmation()) {
                    confirmed(subscriber.get(), request, response);
                } else {
                    request.setAttribute(LINK, link.get());
                    request.setAttribute(SUBSCRIBER, subscriber.get());
                    show("confirm", request, response);
                }
            }
            case "unsubscribe" -> {
                // A GET never unsubscribes: link scanners and prefetchers follow links; people press the button.
                Optional<OneClickLink> link = oneClick(request);
                if (link.isEmpty()) {
                    invalid(request, response);
                    return;
                }
                request.setAttribute(ONE_CLICK, link.get());
                show("unsubscribe", request, response);
            }
            case "preferences" -> {
                Optional<SignedLink> link = link(request);
                Optional<Subscriber> subscriber = link.flatMap(subscriptions::byPreferencesLink);
                if (subscriber.isEmpty()) {
                    invalid(request, response);
                    return;
                }
                request.setAttribute(SUBSCRIBER, subscriber.get());
                request.setAttribute(LINK, link.get());
                request.setAttribute(PUBLIC_AUDIENCES, subscriptions.publicAudiences());
                show("preferences", request, response);
            }
            case "mydata" -> {
                // A GET uses nothing up: mail scanners open every link; the reader presses download or erase.
                Optional<SignedLink> link = link(request);
                if (link.flatMap(myData::byLink).isEmpty()) {
                    invalid(request, response);
                    return;
                }
                request.setAttribute(LINK, link.get());
                show("myData", request, response);
            }
            case "preview" -> preview(request, response);
            default -> response.sendError(HttpServletResponse.SC_NOT_FOUND);
        }
    }

    private void preview(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        Optional<PreviewLink> link = PreviewLink.parse(request::getParameter);
        if (link.isEmpty()) {
            invalid(request, response);
            return;
        }
        Language language = PublicRoute.of(request).map(PublicRoute::language).orElse(Language.EN);
        ReleasePreviews.Preview preview = previews.open(link.get(), language, Instant.now());
        switch (preview.outcome()) {
            case PAGE -> {
                response.setHeader("X-Robots-Tag", "noindex, nofollow");
                response.setContentType("text/html;charset=UTF-8");
                response.getOutputStream().write(preview.content().getBytes(StandardCharsets.UTF_8));
            }
            case PUBLISHED -> response.sendRedirect(preview.content());
            case EXPIRED, WITHDRAWN -> {
                response.setStatus(HttpServletResponse.SC_GONE);
                show(preview.outcome() == ReleasePreviews.Outcome.EXPIRED ? "previewExpired" : "previewWithdrawn",
                        request, response);
            }
            default -> invalid(request, response);
        }
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response)
            throws IOException, ServletException {
        privately(response);
        Language language = PublicRoute.of(request).map(PublicRoute::language).orElse(null);
        String action = action(request);
        if ("subscribe".equals(action)) {
            Language preferred = Language.fromCode(request.getParameter("language")).orElse(language);
            String honeypot = request.getParameter("website");
            String[] audiences = request.getParameterValues("audience");
            if (audiences == null && request.getParameter("lists") != null) {
                // The form offered lists and none was ticked: ask again rather than pick one for the reader.
                response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
                show("noList", request, response);
                return;
            }
            switch (subscriptions.signUp(request.getParameter("email"), request.getParameter("name"), preferred,
                    audiences == null ? List.of() : List.of(audiences), clientAddress.of(request),
                    honeypot != null && !honeypot.isEmpty())) {
                case ACCEPTED -> response.sendRedirect(request.getContextPath() + "/" + language.code()
                        + "/newsletter/thanks");
                case INVALID -> {
                    response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
                    show("invalidEmail", request, response);
                }
                case THROTTLED -> {
                    response.setStatus(429);
                    response.setHeader("Retry-After", "600");
                    show("throttled", request, response);
                }
            }
            return;
        }
        if ("confirm".equals(action)) {
            Optional<Subscriber> confirmed = link(request).flatMap(subscriptions::confirm);
            if (confirmed.isPresent()) {
                confirmed(confirmed.get(), request, response);
            } else {
                invalid(request, response);
            }
            return;
        }
        if ("unsubscribe".equals(action)) {
            // RFC 8058 one-click: the mail client POSTs "List-Unsubscribe=One-Click" to the signed URL, no cookie,
            // no page; the form on the unsubscribe page posts the same way.
            Optional<OneClickLink> link = oneClick(request);
            if (link.isPresent() && subscriptions.unsubscribe(link.get())) {
                show("unsubscribed", request, response);
            } else {
                invalid(request, response);
            }
            return;
        }
        if ("data".equals(action)) {
            Optional<String> json = link(request).flatMap(myData::download);
            if (json.isEmpty()) {
                invalid(request, response);
                return;
            }
            response.setContentType("application/json;charset=UTF-8");
            response.setHeader("Content-Disposition", "attachment; filename=\"my-subscription.json\"");
            response.getOutputStream().write(json.get().getBytes(StandardCharsets.UTF_8));
            return;
        }
        if ("mydata".equals(action)) {
            Optional<SignedLink> link = link(request);
            if ("erase".equals(request.getParameter("change")) && link.isPresent() && myData.erase(link.get())) {
                show("erased", request, response);
            } else {
                invalid(request, response);
            }
            return;
        }
        if (!"preferences".equals(action)) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        if ("dataLink".equals(request.getParameter("change"))) {
            mailDataLink(request, response);
            return;
        }
        Optional<SignedLink> link = link(request);
        String change = String.valueOf(request.getParameter("change"));
        boolean done = link.isPresent() && switch (change) {
            case "language" -> Language.fromCode(request.getParameter("language"))
                    .map(chosen -> subscriptions.changeLanguage(link.get(), chosen)).orElse(false);
            case "leave" -> audienceOf(request).map(a -> subscriptions.leave(link.get(), a)).orElse(false);
            case "join" -> audienceOf(request)
                    .map(a -> subscriptions.join(link.get(), a, clientAddress.of(request))).orElse(false);
            case "unsubscribe" -> subscriptions.leaveAll(link.get());
            default -> false;
        };
        if (!done) {
            invalid(request, response);
            return;
        }
        show(switch (change) {
            case "language" -> "languageChanged";
            case "leave" -> "left";
            case "join" -> "joinRequested";
            default -> "unsubscribedAll";
        }, request, response);
    }

    /** "Mail me a link" for my data: the preferences link alone may not download or erase. */
    private void mailDataLink(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        MyDataService.Request outcome = link(request).map(myData::mailLink).orElse(MyDataService.Request.INVALID);
        switch (outcome) {
            case SENT -> show("dataLinkSent", request, response);
            case THROTTLED -> {
                response.setStatus(429);
                response.setHeader("Retry-After", "86400");
                show("dataLinkThrottled", request, response);
            }
            case NOT_SENT -> {
                response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
                show("dataLinkNotSent", request, response);
            }
            case INVALID -> invalid(request, response);
        }
    }

    /** The step the address names ({@link PublicRoute#action()}); empty when the router did not send the request. */
    private static String action(HttpServletRequest request) {
        return PublicRoute.of(request).map(PublicRoute::action).orElse("");
    }

    private static Optional<SignedLink> link(HttpServletRequest request) {
        try {
            return Optional.of(new SignedLink(Long.parseLong(request.getParameter("s")),
                    Long.parseLong(request.getParameter("e")), request.getParameter("t")));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Optional<OneClickLink> oneClick(HttpServletRequest request) {
        return OneClickLink.parse(request.getParameter("s"), request.getParameter("e"), request.getParameter("t"),
                request.getParameter("a"), request.getParameter("n"));
    }

    /** The audience a one-click link or a preferences button names ({@code a}); empty when absent or not a number. */
    private static Optional<Long> audienceOf(HttpServletRequest request) {
        try {
            String value = request.getParameter("a");
            return value == null ? Optional.empty() : Optional.of(Long.parseLong(value));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private void confirmed(Subscriber subscriber, HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        request.setAttribute(LINK, subscriptions.link(LinkPurpose.PREFERENCES, subscriber));
        show("confirmed", request, response);
    }

    private static void invalid(HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        show("invalidLink", request, response);
    }

    private static void show(String state, HttpServletRequest request, HttpServletResponse response)
            throws ServletException, IOException {
        request.setAttribute(STATE, state);
        request.getRequestDispatcher(VIEW).forward(request, response);
    }

    /** Pages about one subscriber are never stored by browsers, proxies or our page cache. */
    private static void privately(HttpServletResponse response) {
        response.setHeader("Cache-Control", "private, no-store");
        response.setHeader("Referrer-Policy", "no-referrer");
    }
}
