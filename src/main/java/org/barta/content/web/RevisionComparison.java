package org.barta.content.web;

import java.io.Serializable;
import java.util.List;
import org.barta.content.FieldChange;

/** Two revision numbers the editor compares, and the differences between them once shown. */
public class RevisionComparison implements Serializable {

    private static final long serialVersionUID = 1L;

    private Integer from;
    private Integer to;
    private List<FieldChange> changes = List.of();

    boolean isComplete() {
        return from != null && to != null;
    }

    void show(List<FieldChange> found) {
        changes = List.copyOf(found);
    }

    public Integer getFrom() {
        return from;
    }

    public void setFrom(Integer from) {
        this.from = from;
    }

    public Integer getTo() {
        return to;
    }

    public void setTo(Integer to) {
        this.to = to;
    }

    public List<FieldChange> getChanges() {
        return changes;
    }
}
