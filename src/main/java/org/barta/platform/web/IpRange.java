package org.barta.platform.web;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.regex.Pattern;

/** One address or CIDR block, IPv4 or IPv6, as written in {@code BARTA_TRUSTED_PROXIES}. */
record IpRange(byte[] network, int prefixLength) {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    /** With a colon {@link InetAddress} parses the text as IPv6 or fails; it never asks the DNS. */
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f.]*:[0-9A-Fa-f.:]*");

    static IpRange parse(String text) {
        String[] parts = text.strip().split("/", 2);
        InetAddress address = parseAddress(parts[0])
                .orElseThrow(() -> new IllegalArgumentException("Not an IP address or CIDR block: " + text));
        int bits = address.getAddress().length * 8;
        int prefix = parts.length == 1 ? bits : Integer.parseInt(parts[1].strip());
        if (prefix < 0 || prefix > bits) {
            throw new IllegalArgumentException("Prefix out of range: " + text);
        }
        return new IpRange(address.getAddress(), prefix);
    }

    /** The address an IP literal stands for; empty for anything else, host names included (no DNS lookup). */
    static Optional<InetAddress> parseAddress(String text) {
        try {
            if (text != null && IPV4.matcher(text).matches()) {
                byte[] octets = new byte[4];
                String[] parts = text.split("\\.");
                for (int i = 0; i < 4; i++) {
                    int octet = Integer.parseInt(parts[i]);
                    if (octet > 255) {
                        return Optional.empty();
                    }
                    octets[i] = (byte) octet;
                }
                return Optional.of(InetAddress.getByAddress(octets));
            }
            if (text != null && IPV6.matcher(text).matches()) {
                return Optional.of(InetAddress.getByName(text));
            }
        } catch (UnknownHostException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    boolean contains(InetAddress address) {
        byte[] candidate = address.getAddress();
        if (candidate.length != network.length) {
            return false;
        }
        int whole = prefixLength / 8;
        for (int i = 0; i < whole; i++) {
            if (candidate[i] != network[i]) {
                return false;
            }
        }
        int rest = prefixLength % 8;
        if (rest == 0) {
            return true;
        }
        int mask = 0xFF << (8 - rest) & 0xFF;
        return (candidate[whole] & mask) == (network[whole] & mask);
    }
}
