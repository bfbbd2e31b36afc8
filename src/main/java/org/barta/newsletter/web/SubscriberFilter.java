package org.barta.newsletter.web;

import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;
import org.barta.content.Language;
import org.barta.newsletter.AudienceSegment;
import org.barta.newsletter.ProfileFilter;
import org.barta.newsletter.SubscriberQuery;
import org.barta.newsletter.SubscriberStatus;
import org.barta.newsletter.SubscriptionSource;
import org.barta.platform.web.EditorTime;

/**
 * The filters of the subscriber list, as the page edits them and as the export link carries them, so the
 * export has exactly the rows the editor sees. Dates are days in the editor's time zone, both ends included; the
 * profile filters (organisation, beat, district, country, tag) are those of {@link ProfileFilter}.
 */
public class SubscriberFilter implements Serializable {

    private static final long serialVersionUID = 1L;

    private SubscriberStatus status;
    private Language language;
    private SubscriptionSource source;
    private LocalDate from;
    private LocalDate to;
    private String email;
    private Long audience;
    private String organisation;
    private String beat;
    private String district;
    private String country;
    private String tag;

    public SubscriberQuery query() {
        return new SubscriberQuery(status, language, source, EditorTime.startOf(from),
                to == null ? null : EditorTime.startOf(to.plusDays(1)), email, audience, profile());
    }

    public ProfileFilter profile() {
        return new ProfileFilter(organisation, beat, district, country, tag);
    }

    /** The filters as a query string ({@code status=…&…}), empty ones left out. */
    public String queryString() {
        Map<String, String> parameters = new LinkedHashMap<>();
        put(parameters, "status", status == null ? null : status.name());
        put(parameters, "language", language == null ? null : language.code());
        put(parameters, "source", source == null ? null : source.name());
        put(parameters, "from", from == null ? null : from.toString());
        put(parameters, "to", to == null ? null : to.toString());
        put(parameters, "email", email == null || email.isBlank() ? null : email.strip());
        put(parameters, "audience", audience == null ? null : audience.toString());
        ProfileFilter profile = profile();
        put(parameters, "organisation", profile.organisation());
        put(parameters, "beat", profile.beat());
        put(parameters, "district", profile.district());
        put(parameters, "country", profile.country());
        put(parameters, "tag", profile.tag());
        return parameters.entrySet().stream()
                .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** Reads the filters back from a request; a value that does not parse is ignored, as if not given. */
    public static SubscriberFilter of(HttpServletRequest request) {
        SubscriberFilter filter = new SubscriberFilter();
        filter.status = parse(request.getParameter("status"), SubscriberStatus::valueOf);
        filter.language = parse(request.getParameter("language"), code -> Language.fromCode(code).orElseThrow());
        filter.source = parse(request.getParameter("source"), SubscriptionSource::valueOf);
        filter.from = parse(request.getParameter("from"), LocalDate::parse);
        filter.to = parse(request.getParameter("to"), LocalDate::parse);
        filter.email = request.getParameter("email");
        filter.audience = parse(request.getParameter("audience"), Long::valueOf);
        filter.organisation = request.getParameter("organisation");
        filter.beat = request.getParameter("beat");
        filter.district = request.getParameter("district");
        filter.country = request.getParameter("country");
        filter.tag = request.getParameter("tag");
        return filter;
    }

    /** The filters a saved segment stands for: its audience, profile filters and language. */
    public static SubscriberFilter of(AudienceSegment segment) {
        SubscriberFilter filter = new SubscriberFilter();
        filter.show(segment);
        return filter;
    }

    /** Replaces every filter with those of the segment, so the list shows exactly its members. */
    public void show(AudienceSegment segment) {
        ProfileFilter profile = segment.getFilter();
        status = null;
        source = null;
        from = null;
        to = null;
        email = null;
        audience = segment.getAudienceId();
        language = segment.getLanguage();
        organisation = profile.organisation();
        beat = profile.beat();
        district = profile.district();
        country = profile.country();
        tag = profile.tag();
    }

    private static <T> T parse(String value, java.util.function.Function<String, T> parser) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return parser.apply(value.strip());
        } catch (IllegalArgumentException | java.util.NoSuchElementException | DateTimeParseException e) {
            return null;
        }
    }

    private static void put(Map<String, String> parameters, String name, String value) {
        if (value != null) {
            parameters.put(name, value);
        }
    }

    public SubscriberStatus getStatus() {
        return status;
    }

    public void setStatus(SubscriberStatus status) {
        this.status = status;
    }

    public Language getLanguage() {
        return language;
    }

    public void setLanguage(Language language) {
        this.language = language;
    }

    public SubscriptionSource getSource() {
        return source;
    }

    public void setSource(SubscriptionSource source) {
        this.source = source;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public Long getAudience() {
        return audience;
    }

    public void setAudience(Long audience) {
        this.audience = audience;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }

    public String getBeat() {
        return beat;
    }

    public void setBeat(String beat) {
        this.beat = beat;
    }

    public String getDistrict() {
        return district;
    }

    public void setDistrict(String district) {
        this.district = district;
    }

    public String getCountry() {
        return country;
    }

    public void setCountry(String country) {
        this.country = country;
    }

    public String getTag() {
        return tag;
    }

    public void setTag(String tag) {
        this.tag = tag;
    }
}
