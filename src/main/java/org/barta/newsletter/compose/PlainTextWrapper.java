package org.barta.newsletter.compose;

/**
 * Wraps the text part at 72 columns between words, as plain-text mail is read. A word longer than a line (a
 * link) stays whole on its own line so it still works; continuation lines keep the line's indentation, and
 * under a list item ("- ", "* ") they line up with its text.
 */
final class PlainTextWrapper {

    static final int WIDTH = 72;

    private PlainTextWrapper() {
    }

    static String wrap(String text) {
        StringBuilder out = new StringBuilder(text.length() + text.length() / 20);
        String[] lines = text.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                out.append('\n');
            }
            wrapLine(lines[i].stripTrailing(), out);
        }
        return out.toString();
    }

    private static void wrapLine(String line, StringBuilder out) {
        if (columns(line) <= WIDTH) {
            out.append(line);
            return;
        }
        String indent = line.substring(0, line.length() - line.stripLeading().length());
        String rest = line.substring(indent.length());
        String hanging = rest.startsWith("- ") || rest.startsWith("* ") ? indent + "  " : indent;
        int used = 0;
        boolean first = true;
        for (String word : rest.split(" +")) {
            if (first) {
                out.append(indent).append(word);
                used = columns(indent) + columns(word);
                first = false;
            } else if (used + 1 + columns(word) > WIDTH) {
                out.append('\n').append(hanging).append(word);
                used = columns(hanging) + columns(word);
            } else {
                out.append(' ').append(word);
                used += 1 + columns(word);
            }
        }
    }

    private static int columns(String text) {
        return text.codePointCount(0, text.length());
    }
}
