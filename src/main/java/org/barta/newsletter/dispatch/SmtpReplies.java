package org.barta.newsletter.dispatch;

import jakarta.mail.MessagingException;
import java.io.IOException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads what an SMTP failure means: permanent (5xx), temporary (4xx), or the connection itself failing. */
final class SmtpReplies {

    enum Meaning { PERMANENT, TEMPORARY, CONNECTION }

    private static final Pattern CODE = Pattern.compile("^\\s*([245])\\d\\d[ -]");

    private SmtpReplies() {
    }

    static Meaning classify(MessagingException failure) {
        for (Throwable t = failure; t != null; t = next(t)) {
            if (t instanceof IOException) {
                return Meaning.CONNECTION;
            }
            if (t.getMessage() != null) {
                Matcher code = CODE.matcher(t.getMessage());
                if (code.find()) {
                    if (t.getMessage().strip().startsWith("421")) {
                        return Meaning.CONNECTION;
                    }
                    return "5".equals(code.group(1)) ? Meaning.PERMANENT : Meaning.TEMPORARY;
                }
            }
        }
        return Meaning.CONNECTION;
    }

    /** The most specific message in the chain: the relay's own words where there are some. */
    static String describe(MessagingException failure) {
        String best = failure.getMessage();
        for (Throwable t = failure; t != null; t = next(t)) {
            if (t.getMessage() != null && CODE.matcher(t.getMessage()).find()) {
                return t.getMessage().strip();
            }
        }
        return best == null ? failure.getClass().getSimpleName() : best.strip();
    }

    private static Throwable next(Throwable t) {
        if (t instanceof MessagingException m && m.getNextException() != null && m.getNextException() != t) {
            return m.getNextException();
        }
        return t.getCause() == t ? null : t.getCause();
    }
}
