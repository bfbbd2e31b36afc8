package org.barta.accounts.sessions;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;

/**
 * A session's device in a few words, read from its User-Agent: the browser ("Firefox", "Edge", "Samsung Internet")
 * and the system ("Windows", "iPhone", "Android"), each null when not recognised. Only these are stored, never the
 * header, which identifies a browser far more closely than anyone needs to tell their own devices apart. A
 * User-Agent is whatever the client chose to send: this helps the owner recognise a session, it proves nothing.
 */
public record Device(String browser, String platform) implements Serializable {

    /** Checked in this order: Edge, Opera and Samsung Internet also say "Chrome", Chrome also says "Safari". */
    private static final List<String[]> BROWSERS = List.of(
            new String[] {"edg/", "Edge"}, new String[] {"edge/", "Edge"}, new String[] {"edga/", "Edge"},
            new String[] {"edgios/", "Edge"},
            new String[] {"opr/", "Opera"}, new String[] {"opera", "Opera"},
            new String[] {"samsungbrowser/", "Samsung Internet"}, new String[] {"ucbrowser/", "UC Browser"},
            new String[] {"yabrowser/", "Yandex Browser"}, new String[] {"vivaldi/", "Vivaldi"},
            new String[] {"firefox/", "Firefox"}, new String[] {"fxios/", "Firefox"},
            new String[] {"crios/", "Chrome"}, new String[] {"chromium/", "Chromium"}, new String[] {"chrome/", "Chrome"},
            new String[] {"version/", "Safari"}, new String[] {"curl/", "curl"}, new String[] {"wget/", "Wget"});

    /** iPhones and iPads say "like Mac OS X", Android says "Linux", ChromeOS says "X11; CrOS". */
    private static final List<String[]> PLATFORMS = List.of(
            new String[] {"iphone", "iPhone"}, new String[] {"ipad", "iPad"}, new String[] {"android", "Android"},
            new String[] {"windows", "Windows"}, new String[] {"cros ", "ChromeOS"},
            new String[] {"mac os x", "macOS"}, new String[] {"macintosh", "macOS"}, new String[] {"linux", "Linux"});

    /** Longer headers are read only this far: every name above comes well before it in real ones. */
    private static final int READ = 512;

    public static Device of(String userAgent) {
        if (userAgent == null || userAgent.isBlank()) {
            return new Device(null, null);
        }
        String ua = userAgent.substring(0, Math.min(READ, userAgent.length())).toLowerCase(Locale.ROOT);
        String browser = first(ua, BROWSERS);
        // Safari is the one that says "Version/…" and "Safari/"; other WebKit apps say only the former.
        if ("Safari".equals(browser) && !ua.contains("safari/")) {
            browser = null;
        }
        return new Device(browser, first(ua, PLATFORMS));
    }

    private static String first(String ua, List<String[]> names) {
        return names.stream().filter(n -> ua.contains(n[0])).map(n -> n[1]).findFirst().orElse(null);
    }
}
