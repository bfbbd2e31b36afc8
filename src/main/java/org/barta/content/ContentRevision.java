package org.barta.content;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One save of an item: who, when, which action, which fields changed, and the full content as JSON. */
@Entity
@Table(name = "content_revision")
public class ContentRevision {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "item_id", nullable = false)
    private Long itemId;

    @Column(nullable = false)
    private int number;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, length = 64)
    private String createdBy;

    @Column(nullable = false, length = 32)
    private String action;

    @Column(length = 1000)
    private String changed;

    @Column(nullable = false, columnDefinition = "MEDIUMTEXT")
    private String snapshot;

    protected ContentRevision() {
    }

    public ContentRevision(Long itemId, int number, String createdBy, String action, String changed,
                           String snapshot) {
        this.itemId = itemId;
        this.number = number;
        this.createdAt = Instant.now();
        this.createdBy = createdBy;
        this.action = action;
        this.changed = changed;
        this.snapshot = snapshot;
    }

    public Long getItemId() {
        return itemId;
    }

    public int getNumber() {
        return number;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public String getAction() {
        return action;
    }

    public String getChanged() {
        return changed;
    }

    public String getSnapshot() {
        return snapshot;
    }
}
