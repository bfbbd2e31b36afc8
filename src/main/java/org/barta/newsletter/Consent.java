package org.barta.newsletter;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.Instant;

/**
 * How a consent was given, kept for the address and for each of its memberships: on the form (when, from which
 * client address, which version of the form's text) or on an editor's word (when, and the editor's note).
 */
@Embeddable
public class Consent {

    @Column(name = "consent_at")
    private Instant at;

    @Column(name = "consent_address", length = 64)
    private String fromAddress;

    @Column(name = "consent_text_version", length = 32)
    private String formTextVersion;

    @Column(name = "consent_note", length = 300)
    private String note;

    /** None recorded; JPA also reads a row whose consent columns are all empty as this. */
    protected Consent() {
    }

    private Consent(Instant at, String fromAddress, String formTextVersion, String note) {
        this.at = at;
        this.fromAddress = fromAddress;
        this.formTextVersion = formTextVersion;
        this.note = note;
    }

    static Consent onForm(Instant at, String fromAddress, String formTextVersion) {
        return new Consent(at, fromAddress, formTextVersion, null);
    }

    static Consent onEditorsWord(Instant at, String note) {
        return new Consent(at, null, null, note);
    }

    /** The consent recorded, or an empty one: JPA leaves an embedded value null when all its columns are. */
    static Consent orNone(Consent consent) {
        return consent == null ? new Consent() : consent;
    }

    public Instant getAt() {
        return at;
    }

    public String getFromAddress() {
        return fromAddress;
    }

    public String getFormTextVersion() {
        return formTextVersion;
    }

    public String getNote() {
        return note;
    }
}
