package org.barta.newsletter.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.barta.accounts.web.CurrentEditor;
import org.barta.content.Language;
import org.barta.newsletter.Audience;
import org.barta.newsletter.AudienceService;
import org.barta.newsletter.edition.EditionSeries;
import org.barta.newsletter.sends.SendFilter;
import org.barta.newsletter.sends.SendSummary;
import org.barta.newsletter.sends.SendsOverview;
import org.barta.platform.web.FacesMessages;

/**
 * {@code /admin/sends}: every edition (monthly and extra) with its audience, state, schedule and counts; filtered
 * by series, audience and month through the address ({@code ?series=EXTRA&audience=3&month=2026-12}), so a
 * filtered view can be bookmarked or shared with a colleague. While a send is under way the page refreshes itself.
 */
@Named
@ViewScoped
public class SendsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient SendsOverview overview;

    @Inject
    transient AudienceService audiences;

    @Inject
    transient CurrentEditor editor;

    private EditionSeries series;
    private Long audience;
    private String month;
    private transient List<SendSummary> sends;

    public List<SendSummary> getSends() {
        if (sends == null) {
            sends = overview.sends(new SendFilter(series, audience, parsedMonth()), language(), editor.actor());
        }
        return sends;
    }

    /** Reads the ledger again; the page's poll calls it while a send is under way. */
    public void refresh() {
        sends = null;
    }

    public boolean isAnyUnderWay() {
        return getSends().stream().anyMatch(SendSummary::isUnderWay);
    }

    public boolean isAtLimit() {
        return getSends().size() >= SendsOverview.SHOWN;
    }

    public int getShown() {
        return SendsOverview.SHOWN;
    }

    public List<Audience> getAudiences() {
        return audiences.all(editor.actor());
    }

    public EditionSeries[] getSeriesChoices() {
        return EditionSeries.values();
    }

    private YearMonth parsedMonth() {
        if (month == null || month.isBlank()) {
            return null;
        }
        try {
            return YearMonth.parse(month.strip());
        } catch (DateTimeParseException e) {
            FacesMessages.error(null, "sends.badMonth");
            month = null;
            return null;
        }
    }

    private Language language() {
        return Language.fromCode(editor.getLocale().getLanguage()).orElse(Language.EN);
    }

    public EditionSeries getSeries() {
        return series;
    }

    public void setSeries(EditionSeries series) {
        this.series = series;
    }

    public Long getAudience() {
        return audience;
    }

    public void setAudience(Long audience) {
        this.audience = audience;
    }

    public String getMonth() {
        return month;
    }

    public void setMonth(String month) {
        this.month = month;
    }
}
