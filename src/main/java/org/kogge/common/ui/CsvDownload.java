package org.kogge.common.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.util.Locale;
import java.util.function.Function;
import org.kogge.common.Languages;
import org.springframework.security.access.AccessDeniedException;

/**
 * The link on an organizer's list that downloads the list as a CSV file. The file is written only when clicked, in
 * the language of the person clicking (its column headers and values are translated); when the service refuses
 * the caller (no longer an organizer), the download answers 403.
 */
public final class CsvDownload {

    static final String CSV_TYPE = "text/csv;charset=utf-8";

    /** Writes the file's bytes, translating its texts in {@code language} through {@code translate}. */
    @FunctionalInterface
    public interface Export extends Serializable {

        byte[] write(Locale language, Function<String, String> translate);
    }

    private CsvDownload() {
    }

    /** A link labelled {@code text} that downloads what {@code export} writes as {@code fileName}. */
    public static Anchor link(Component view, String text, String fileName, Export export) {
        return new Anchor(DownloadHandler.fromInputStream(event -> {
            Locale locale = languageOf(event.getUI(), event.getRequest());
            try {
                byte[] bytes = export.write(locale, key -> view.getTranslation(locale, key));
                return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, CSV_TYPE, bytes.length);
            } catch (AccessDeniedException refused) {
                return DownloadResponse.error(403);
            }
        }), AttachmentType.DOWNLOAD, text);
    }

    /**
     * The language the file is written in: the page's; without a page, the one a page would speak for the request
     * ({@link Languages#forPage}: the switch's cookie, else the browser's best match, else the default).
     */
    static Locale languageOf(UI ui, VaadinRequest request) {
        if (ui != null && ui.getLocale() != null) {
            return Languages.supported(ui.getLocale());
        }
        return Languages.forPage(Languages.chosenIn(request == null ? null : request.getCookies()),
                request == null ? null : request.getHeader("Accept-Language"));
    }
}
