package org.barta.content.web;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.io.Serializable;
import org.barta.content.ItemContent;
import org.barta.content.NetworkDetails;

/** A network page's own fields in the item editor, with the rules each must meet. */
public class NetworkForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private String acronym;
    @WebAddress
    private String website;
    private String region;
    @Min(value = NetworkDetails.FIRST_YEAR, message = "{content.memberSinceInvalid}")
    @Max(value = NetworkDetails.LAST_YEAR, message = "{content.memberSinceInvalid}")
    private Integer memberSince;

    static NetworkForm of(ItemContent content) {
        NetworkForm form = new NetworkForm();
        form.acronym = content.networkAcronym();
        form.website = content.networkWebsite();
        form.region = content.networkRegion();
        form.memberSince = content.memberSince();
        return form;
    }

    public String getAcronym() {
        return acronym;
    }

    public void setAcronym(String acronym) {
        this.acronym = acronym;
    }

    public String getWebsite() {
        return website;
    }

    public void setWebsite(String website) {
        this.website = website;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public Integer getMemberSince() {
        return memberSince;
    }

    public void setMemberSince(Integer memberSince) {
        this.memberSince = memberSince;
    }
}
