package org.barta.platform.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The address of the person behind a request, for throttles, the audit log and consent records. Behind a reverse
 * proxy listed in {@code BARTA_TRUSTED_PROXIES} (addresses or CIDR blocks) it is the right-most address of
 * {@code X-Forwarded-For} that is not itself a trusted proxy: entries left of it were written by the client and
 * prove nothing. A peer that is not a trusted proxy is the client, whatever its headers say.
 */
@ApplicationScoped
public class ClientAddress {

    private List<IpRange> trustedProxies = List.of();

    @PostConstruct
    void configure() {
        trustedProxies = parse(ConfigProvider.getConfig()
                .getOptionalValue("barta.trusted-proxies", String.class).orElse(""));
    }

    /**
     * Being called creates the instance, which reads the setting: a typo in it is an error at start-up rather
     * than at the first sign-in.
     */
    void readAtStartUp(@Observes @Initialized(ApplicationScoped.class) Object started) {
        // Nothing else to do.
    }

    /** For tests: an instance trusting the given comma-separated addresses and blocks. */
    static ClientAddress trusting(String proxies) {
        ClientAddress clientAddress = new ClientAddress();
        clientAddress.trustedProxies = parse(proxies);
        return clientAddress;
    }

    public String of(HttpServletRequest request) {
        return resolve(request.getRemoteAddr(), Collections.list(request.getHeaders("X-Forwarded-For")));
    }

    /** The client's address given the connecting peer's and the X-Forwarded-For headers in the order received. */
    String resolve(String peer, List<String> forwardedFor) {
        Optional<InetAddress> peerAddress = IpRange.parseAddress(peer);
        if (peerAddress.isEmpty() || !trusted(peerAddress.get())) {
            return peerAddress.map(InetAddress::getHostAddress).orElse(peer);
        }
        List<String> hops = new ArrayList<>();
        forwardedFor.forEach(header -> hops.addAll(Arrays.asList(header.split(","))));
        InetAddress nearest = peerAddress.get();
        for (int i = hops.size() - 1; i >= 0; i--) {
            Optional<InetAddress> hop = IpRange.parseAddress(withoutPort(hops.get(i).strip()));
            if (hop.isEmpty()) {
                break;
            }
            nearest = hop.get();
            if (!trusted(nearest)) {
                break;
            }
        }
        return nearest.getHostAddress();
    }

    private boolean trusted(InetAddress address) {
        return trustedProxies.stream().anyMatch(range -> range.contains(address));
    }

    /** Proxies may write "192.0.2.1:4711" or "[2001:db8::1]:4711". */
    private static String withoutPort(String hop) {
        if (hop.startsWith("[")) {
            int end = hop.indexOf(']');
            return end < 0 ? hop : hop.substring(1, end);
        }
        int colon = hop.indexOf(':');
        return colon > 0 && colon == hop.lastIndexOf(':') ? hop.substring(0, colon) : hop;
    }

    private static List<IpRange> parse(String proxies) {
        return Arrays.stream(proxies.split(","))
                .map(String::strip)
                .filter(entry -> !entry.isEmpty())
                .map(IpRange::parse)
                .toList();
    }
}
