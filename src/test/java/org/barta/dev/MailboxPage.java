package org.barta.dev;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.stream.Collectors;

/** A page listing the mail the run profile's catcher received, so a newcomer can read sign-up mails. */
final class MailboxPage {

    private final HttpServer server;

    private MailboxPage(HttpServer server) {
        this.server = server;
    }

    static MailboxPage start(String host, int port, GreenMail mail) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(host, port), 0);
        server.createContext("/", exchange -> respond(exchange, render(mail, exchange)));
        server.start();
        return new MailboxPage(server);
    }

    void stop() {
        server.stop(0);
    }

    private static String render(GreenMail mail, HttpExchange exchange) {
        MimeMessage[] messages = mail.getReceivedMessages();
        String query = exchange.getRequestURI().getQuery();
        if (query != null && query.startsWith("m=")) {
            int index = Integer.parseInt(query.substring(2));
            if (index >= 0 && index < messages.length) {
                return page("<p><a href=\"/\">All mail</a></p><pre>"
                        + escape(GreenMailUtil.getWholeMessage(messages[index])) + "</pre>");
            }
        }
        StringBuilder rows = new StringBuilder();
        for (int i = messages.length - 1; i >= 0; i--) {
            rows.append("<tr><td>").append(escape(recipients(messages[i]))).append("</td><td><a href=\"/?m=")
                    .append(i).append("\">").append(escape(subject(messages[i]))).append("</a></td></tr>");
        }
        return page("<h1>Mailbox (" + messages.length + ")</h1><table><tr><th>To</th><th>Subject</th></tr>"
                + rows + "</table>");
    }

    private static String recipients(MimeMessage message) {
        try {
            Address[] to = message.getAllRecipients();
            return to == null ? "" : Arrays.stream(to).map(Address::toString).collect(Collectors.joining(", "));
        } catch (MessagingException e) {
            return "?";
        }
    }

    private static String subject(MimeMessage message) {
        try {
            return String.valueOf(message.getSubject());
        } catch (MessagingException e) {
            return "?";
        }
    }

    private static String page(String body) {
        return "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Barta mailbox</title>"
                + "<style>body{font-family:system-ui,sans-serif;margin:2rem}td,th{padding:.3rem .8rem;"
                + "text-align:left}pre{white-space:pre-wrap}</style></head><body>" + body + "</body></html>";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static void respond(HttpExchange exchange, String html) throws IOException {
        byte[] bytes = html.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        exchange.sendResponseHeaders(200, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
