package org.barta.content;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** An international network the organisation belongs to; its name is the item's title. */
@Embeddable
public class NetworkDetails {

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
