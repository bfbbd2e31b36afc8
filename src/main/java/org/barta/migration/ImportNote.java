package org.barta.migration;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Something the import found in an old article and did (or could not do), for the report: a kind (its message is
 * {@code import.note.<kind>} in the bundles) and a detail (a count, names, an address). Stored one per line as
 * {@code KIND:detail}.
 */
public record ImportNote(Kind kind, String detail) {

    public enum Kind {
        CLOAKED_ADDRESSES, CLOAK_UNREADABLE, PLUGIN_TAGS, DOUBLE_ENCODING_REPAIRED, DOUBLE_ENCODING_SUSPECTED,
        DATE_ALIAS, ADDRESS_TAKEN, FILES, MISSING_FILES, FILE_REFUSED, AUTHOR_WITHOUT_ACCOUNT, SKIPPED, REFUSED;

        public String messageKey() {
            return "import.note." + name();
        }
    }

    public ImportNote {
        detail = detail == null ? "" : detail.replace('\n', ' ');
    }

    public static String write(List<ImportNote> notes) {
        List<String> lines = new ArrayList<>(notes.size());
        notes.forEach(note -> lines.add(note.kind().name() + ":" + note.detail()));
        return String.join("\n", lines);
    }

    public static List<ImportNote> read(String stored) {
        List<ImportNote> notes = new ArrayList<>();
        if (stored == null || stored.isEmpty()) {
            return notes;
        }
        for (String line : stored.split("\n")) {
            int colon = line.indexOf(':');
            try {
                notes.add(new ImportNote(Kind.valueOf(line.substring(0, colon)), line.substring(colon + 1)));
            } catch (IllegalArgumentException | StringIndexOutOfBoundsException unknown) {
                notes.add(new ImportNote(Kind.REFUSED, line));
            }
        }
        return notes;
    }

    /** One note per kind: counts added, names joined. */
    public static List<ImportNote> merged(List<ImportNote> notes) {
        Map<Kind, String> byKind = new EnumMap<>(Kind.class);
        for (ImportNote note : notes) {
            byKind.merge(note.kind(), note.detail(), (a, b) -> {
                if (a.matches("\\d+") && b.matches("\\d+")) {
                    return String.valueOf(Long.parseLong(a) + Long.parseLong(b));
                }
                TreeSet<String> joined = new TreeSet<>(List.of(a.split(", ")));
                joined.addAll(List.of(b.split(", ")));
                joined.remove("");
                return String.join(", ", joined);
            });
        }
        List<ImportNote> merged = new ArrayList<>();
        byKind.forEach((kind, detail) -> merged.add(new ImportNote(kind, detail)));
        return merged;
    }
}
