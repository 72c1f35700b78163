package org.kogge.ceremony;

import jakarta.validation.constraints.Size;
import org.kogge.common.VersionedForm;

/** The agreement being signed: title, a short description, and optionally a link to the document (http/https). */
public class AgreementForm extends VersionedForm {

    @Size(max = 200, message = "{validation.too-long}")
    private String title;

    @Size(max = 2000, message = "{validation.too-long}")
    private String summary;

    @Size(max = 500, message = "{validation.too-long}")
    private String url;

    public AgreementForm() {
    }

    public AgreementForm(String title, String summary, String url) {
        this.title = title;
        this.summary = summary;
        this.url = url;
    }

    /** The agreement as stored, with the version of the ceremony it was read from. */
    public static AgreementForm of(CeremonyContent c) {
        AgreementForm form = new AgreementForm(c.agreementTitle(), c.agreementSummary(), c.agreementUrl());
        form.setVersion(c.version());
        return form;
    }

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
    public String getUrl() { return url; }
    public void setUrl(String url) { this.url = url; }
}
