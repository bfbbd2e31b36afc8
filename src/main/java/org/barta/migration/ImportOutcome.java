package org.barta.migration;

/** What became of one old article in an import run; each has its count and its words in the report. */
public enum ImportOutcome {
    CREATED("created"), UPDATED("updated"), UNCHANGED("unchanged"), KEPT("kept"), SKIPPED("skipped"),
    FAILED("failed");

    private final String column;

    ImportOutcome(String column) {
        this.column = column;
    }

    /** The count's column in {@code site_import}. */
    String column() {
        return column;
    }

    public String messageKey() {
        return "import.outcome." + name();
    }
}
