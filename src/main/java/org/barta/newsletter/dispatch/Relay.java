package org.barta.newsletter.dispatch;

import java.util.ArrayList;
import java.util.List;

/** An SMTP relay newsletters are sent through. */
public record Relay(String host, int port) {

    /** Parses {@code host:port,host:port}; a missing port means the default one. */
    public static List<Relay> parseAll(String list, int defaultPort) {
        List<Relay> relays = new ArrayList<>();
        for (String entry : list.split(",")) {
            String value = entry.strip();
            if (value.isEmpty()) {
                continue;
            }
            int colon = value.lastIndexOf(':');
            if (colon > 0 && value.indexOf(']') < colon) {
                relays.add(new Relay(value.substring(0, colon).replaceAll("^\\[|]$", ""),
                        Integer.parseInt(value.substring(colon + 1))));
            } else {
                relays.add(new Relay(value.replaceAll("^\\[|]$", ""), defaultPort));
            }
        }
        if (relays.isEmpty()) {
            throw new IllegalArgumentException("No SMTP relay configured");
        }
        return List.copyOf(relays);
    }
}
