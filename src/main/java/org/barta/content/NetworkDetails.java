package org.barta.content;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.net.URI;

/** An international network the organisation belongs to; its name is the item's title. */
@Embeddable
public class NetworkDetails {

    /** The years "member since" may be. */
    public static final int FIRST_YEAR = 1900;
    public static final int LAST_YEAR = 2100;

    @Column(name = "network_acronym", length = 32)
    private String acronym;

    @Column(name = "network_website", length = 500)
    private String website;

    @Column(name = "network_region", length = 100)
    private String region;

    @Column(name = "member_since")
    private Integer memberSince;

    public NetworkDetails() {
    }

    public NetworkDetails(String acronym, String website, String region, Integer memberSince) {
        this.acronym = acronym;
        this.website = website;
        this.region = region;
        this.memberSince = memberSince;
    }

    /** Whether a website is a full http:// or https:// address with a host. */
    public static boolean isWebsite(String website) {
        try {
            URI uri = URI.create(website);
            return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    public static boolean isMemberSinceYear(int year) {
        return year >= FIRST_YEAR && year <= LAST_YEAR;
    }

    public String getAcronym() {
        return acronym;
    }

    public String getWebsite() {
        return website;
    }

    public String getRegion() {
        return region;
    }

    public Integer getMemberSince() {
        return memberSince;
    }
}
