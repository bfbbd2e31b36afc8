package org.barta.newsletter.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.barta.accounts.web.CurrentEditor;
import org.barta.content.Language;
import org.barta.newsletter.ConsentMode;
import org.barta.newsletter.ImportJob;
import org.barta.newsletter.ImportMapping;
import org.barta.newsletter.SubscriberImportService;
import org.barta.newsletter.UploadPreview;
import org.barta.platform.BusinessException;
import org.barta.platform.web.FacesMessages;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;

/**
 * The import part of the subscriber page: upload and preview, column mapping with a guess from the header, the
 * editor's explicit consent statement, then progress polled while the import runs on the server, and its report.
 * The import itself does not depend on this page: it can be left and the import watched again later.
 */
@Named
@ViewScoped
public class SubscriberImportBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String SHOWN_JOB = SubscriberImportBacking.class.getName() + ".job";
    private static final Map<String, String> FIELD_OF = Map.of(
            "subscribers.consentRequired", "import:consent",
            "subscribers.languageRequired", "import:defaultLanguage",
            "subscribers.import.emailColumn", "import:emailColumn",
            "subscribers.import.columnsOverlap", "import:emailColumn",
            "subscribers.import.onlyHeader", "import:hasHeader",
            "subscribers.audienceRequired", "import:importAudience");

    @Inject
    transient SubscriberImportService imports;

    @Inject
    transient CurrentEditor editor;

    private UploadPreview preview;
    private boolean hasHeader;
    private int emailColumn;
    private Integer nameColumn;
    private Integer languageColumn;
    private Integer organisationColumn;
    private Integer beatColumn;
    private Integer districtColumn;
    private Integer countryColumn;
    private Integer tagsColumn;
    private Language defaultLanguage = Language.EN;
    private ConsentMode consent;
    private Long audienceId;
    private String jobId;

    public void upload(FileUploadEvent event) {
        UploadedFile file = event.getFile();
        try (InputStream in = file.getInputStream()) {
            preview = imports.inspect(file.getFileName(), in, editor.actor());
            jobId = null;
            consent = null;
            guessMapping();
        } catch (BusinessException refusal) {
            preview = null;
            FacesMessages.error("upload:file", refusal);
        } catch (IOException e) {
            preview = null;
            FacesMessages.error("upload:file", "subscribers.import.uploadFailed");
        }
    }

    public void start() {
        try {
            ImportJob job = imports.start(preview == null ? null : preview.token(), new ImportMapping(emailColumn,
                    nameColumn, languageColumn, hasHeader, defaultLanguage, consent, audienceId,
                    new ImportMapping.ProfileColumns(organisationColumn, beatColumn, districtColumn, countryColumn,
                            tagsColumn)), editor.actor());
            jobId = job.getId();
            preview = null;
        } catch (BusinessException refusal) {
            FacesMessages.error(FIELD_OF.get(refusal.messageKey()), refusal);
            FacesContext.getCurrentInstance().validationFailed();
        }
    }

    public void cancelUpload() {
        preview = null;
    }

    public void show(String id) {
        jobId = id;
        preview = null;
    }

    /** The shown import as it stood when this request first asked: one render shows one consistent state. */
    public ImportJob getJob() {
        if (jobId == null) {
            return null;
        }
        Map<Object, Object> request = FacesContext.getCurrentInstance().getAttributes();
        return (ImportJob) request.computeIfAbsent(SHOWN_JOB + jobId, key -> {
            try {
                return imports.job(jobId).snapshot();
            } catch (BusinessException forgotten) {
                return null;
            }
        });
    }

    /** Why the shown import stopped, if it failed. */
    public String getFailureText() {
        ImportJob job = getJob();
        return job == null || job.getFailureKey() == null ? null
                : FacesMessages.text(job.getFailureKey(), job.getFailureArguments());
    }

    public boolean isJobRunning() {
        ImportJob job = getJob();
        return job != null && job.isRunning();
    }

    public List<ImportJob> getRecentJobs() {
        return imports.recentJobs().stream().map(ImportJob::snapshot).toList();
    }

    public String getReportUrl() {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                + ImportReportServlet.PATH + "?id=" + jobId;
    }

    public long getMaxUploadBytes() {
        return imports.maxUploadBytes();
    }

    public long getMaxUploadMegabytes() {
        return imports.maxUploadBytes() / (1024 * 1024);
    }

    /** "Column 2: e-mail" — the header (or first row) value names each column. */
    public List<SelectItem> getColumns() {
        List<SelectItem> columns = new ArrayList<>();
        if (preview == null) {
            return columns;
        }
        List<String> first = preview.layout().preview().get(0);
        for (int i = 0; i < preview.layout().columns(); i++) {
            String sample = i < first.size() ? first.get(i) : "";
            sample = sample.length() > 40 ? sample.substring(0, 40) + "…" : sample;
            columns.add(new SelectItem(i, FacesMessages.text("subscribers.import.column", i + 1, sample)));
        }
        return columns;
    }

    /**
     * A first row without an address is a header; columns are found by their header name (in English or Bangla:
     * organisation, beat or role, district, country, tags too), else the address column is the first whose value
     * looks like an address.
     */
    private void guessMapping() {
        List<String> first = preview.layout().preview().get(0);
        hasHeader = first.stream().noneMatch(value -> value.contains("@"));
        emailColumn = 0;
        nameColumn = null;
        languageColumn = null;
        organisationColumn = null;
        beatColumn = null;
        districtColumn = null;
        countryColumn = null;
        tagsColumn = null;
        List<String> sample = hasHeader && preview.layout().preview().size() > 1 ? preview.layout().preview().get(1) : first;
        boolean emailFound = false;
        for (int i = 0; i < first.size(); i++) {
            String header = first.get(i).strip().toLowerCase(Locale.ROOT);
            if (!emailFound && (hasHeader ? header.contains("mail") || header.contains("মেইল")
                    : i < sample.size() && sample.get(i).contains("@"))) {
                emailColumn = i;
                emailFound = true;
            } else if (hasHeader && organisationColumn == null && (header.startsWith("org")
                    || header.contains("প্রতিষ্ঠান") || header.contains("সংস্থা"))) {
                organisationColumn = i;
            } else if (hasHeader && beatColumn == null && (header.contains("beat") || header.contains("role")
                    || header.contains("বিট") || header.contains("ভূমিকা"))) {
                beatColumn = i;
            } else if (hasHeader && districtColumn == null && (header.contains("district")
                    || header.contains("জেলা"))) {
                districtColumn = i;
            } else if (hasHeader && countryColumn == null && (header.contains("country") || header.contains("দেশ"))) {
                countryColumn = i;
            } else if (hasHeader && tagsColumn == null && (header.startsWith("tag") || header.contains("ট্যাগ"))) {
                tagsColumn = i;
            } else if (hasHeader && nameColumn == null && (header.contains("name") || header.contains("নাম"))) {
                nameColumn = i;
            } else if (hasHeader && languageColumn == null && (header.contains("lang") || header.contains("ভাষা"))) {
                languageColumn = i;
            }
        }
    }

    public Language[] getLanguages() {
        return Language.values();
    }

    public ConsentMode[] getConsentModes() {
        return ConsentMode.values();
    }

    public UploadPreview getPreview() {
        return preview;
    }

    public boolean isHasHeader() {
        return hasHeader;
    }

    public void setHasHeader(boolean hasHeader) {
        this.hasHeader = hasHeader;
    }

    public int getEmailColumn() {
        return emailColumn;
    }

    public void setEmailColumn(int emailColumn) {
        this.emailColumn = emailColumn;
    }

    public Integer getNameColumn() {
        return nameColumn;
    }

    public void setNameColumn(Integer nameColumn) {
        this.nameColumn = nameColumn;
    }

    public Integer getLanguageColumn() {
        return languageColumn;
    }

    public void setLanguageColumn(Integer languageColumn) {
        this.languageColumn = languageColumn;
    }

    public Language getDefaultLanguage() {
        return defaultLanguage;
    }

    public void setDefaultLanguage(Language defaultLanguage) {
        this.defaultLanguage = defaultLanguage;
    }

    public ConsentMode getConsent() {
        return consent;
    }

    public void setConsent(ConsentMode consent) {
        this.consent = consent;
    }

    /** The audience the file goes into; the newsletter when none is chosen. */
    public Long getAudienceId() {
        return audienceId;
    }

    public void setAudienceId(Long audienceId) {
        this.audienceId = audienceId;
    }

    public Integer getOrganisationColumn() {
        return organisationColumn;
    }

    public void setOrganisationColumn(Integer organisationColumn) {
        this.organisationColumn = organisationColumn;
    }

    public Integer getBeatColumn() {
        return beatColumn;
    }

    public void setBeatColumn(Integer beatColumn) {
        this.beatColumn = beatColumn;
    }

    public Integer getDistrictColumn() {
        return districtColumn;
    }

    public void setDistrictColumn(Integer districtColumn) {
        this.districtColumn = districtColumn;
    }

    public Integer getCountryColumn() {
        return countryColumn;
    }

    public void setCountryColumn(Integer countryColumn) {
        this.countryColumn = countryColumn;
    }

    public Integer getTagsColumn() {
        return tagsColumn;
    }

    public void setTagsColumn(Integer tagsColumn) {
        this.tagsColumn = tagsColumn;
    }
}
