package org.barta.content;

import java.util.Optional;
import java.util.stream.Stream;
import org.barta.platform.BusinessException;

/**
 * Content refused by a rule of the newsroom, for one of the {@link Reason reasons} below. A reason that concerns one
 * field of the item editor names it ({@code title}, {@code slug}, …), and {@link #language()} says which language's
 * field it is, so the editor shows the refusal beside that field; the rest are shown at the top of the page.
 */
public class ContentRefused extends BusinessException {

    private static final long serialVersionUID = 1L;

    /** Why, with the message's bundle key and the editor field it concerns, if any. */
    public enum Reason {
        NO_ACCOUNT("content.noAccount"),
        NOT_FOUND("content.notFound"),
        REVISION_NOT_FOUND("content.revisionNotFound"),
        CHANGED_BY_OTHER("content.changedByOther"),
        NOT_WRITTEN("content.titleRequired"),
        TITLE_MISSING("content.titleRequiredIn", "title"),
        TITLE_TOO_LONG("content.titleTooLong", "title"),
        SLUG_INVALID("content.slugInvalid", "slug"),
        SLUG_TAKEN("content.slugTaken", "slug"),
        WEBSITE_INVALID("content.websiteInvalid", "website"),
        MEMBER_SINCE_INVALID("content.memberSinceInvalid", "memberSince"),
        CONTACT_NAME_TOO_LONG("content.contactNameTooLong", "contactName"),
        CONTACT_PHONE_INVALID("content.contactPhoneInvalid", "contactPhone"),
        CONTACT_EMAIL_INVALID("content.contactEmailInvalid", "contactEmail"),
        TAG_LABEL_MISSING("tag.labelRequired"),
        PUBLISH_WITHOUT_TEXT("content.publish.noText"),
        PUBLISH_WITHOUT_EVENT_DETAILS("content.publish.eventDetails", "eventType"),
        PUBLISH_WITHOUT_REPORT_DATE("content.publish.reportDate", "publicationDate"),
        SCHEDULE_IN_PAST("workflow.scheduleInPast"),
        NOT_FROM_STATE("workflow.notFromState"),
        ROLE_REFUSED("workflow.roleRefused"),
        ARCHIVED_READ_ONLY("workflow.archivedReadOnly"),
        EDIT_REFUSED("workflow.editRefused");

        private final String key;
        private final String field;

        Reason(String key) {
            this(key, null);
        }

        Reason(String key, String field) {
            this.key = key;
            this.field = field;
        }

        public String key() {
            return key;
        }

        public Optional<String> field() {
            return Optional.ofNullable(field);
        }
    }

    private final Reason reason;
    private final Language language;

    public ContentRefused(Reason reason, Object... arguments) {
        this(reason, null, arguments);
    }

    private ContentRefused(Reason reason, Language language, Object... arguments) {
        super(reason.key(), language == null ? arguments
                : Stream.concat(Stream.of(arguments), Stream.of("lang." + language.code())).toArray());
        this.reason = reason;
        this.language = language;
    }

    /** A refusal of the text in one language; the message names the language last. */
    public static ContentRefused in(Language language, Reason reason, Object... arguments) {
        return new ContentRefused(reason, language, arguments);
    }

    public Reason reason() {
        return reason;
    }

    public Optional<Language> language() {
        return Optional.ofNullable(language);
    }
}
