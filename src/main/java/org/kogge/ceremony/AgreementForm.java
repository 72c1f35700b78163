package org.kogge.ceremony;

import jakarta.validation.constraints.Size;

/** The agreement being signed: title, a short description, and optionally a link to the document (http/https). */
public class AgreementForm {

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

    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getSummary() { return summary; }
    public void setSummary(String summary) { this.summary = summary; }
    public String getUrl() { return url; }
    public void setUrl(String url) { this.url = url; }
}
