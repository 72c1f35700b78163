package org.kogge.common.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import java.util.regex.Pattern;

/**
 * Where a person goes back to after logging in or signing up: the page they started from, passed along as
 * {@code ?return=events/barcamp-kiel}. Only a path inside the app counts (no scheme, host, {@code //}, {@code ..} or
 * query), so a link cannot send anyone to another site.
 */
public final class ReturnPath {

    public static final String PARAM = "return";
    private static final Pattern LOCAL = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.~-]*(/[A-Za-z0-9_.~-]+)*");

    private ReturnPath() {
    }

    /** The path if it is one of the app's own, else {@code ""} (the start page). */
    public static String local(String path) {
        return path != null && path.length() <= 300 && LOCAL.matcher(path).matches() && !path.contains("..")
                && !"login".equals(path) && !"signup".equals(path) ? path : "";
    }

    /** The safe return path a page was opened with. */
    public static String of(Location location) {
        return local(location.getQueryParameters().getSingleParameter(PARAM).orElse(null));
    }

    /** {@code target?return=path} for a link, or just {@code target} when there is nowhere to return to. */
    public static String link(String target, String path) {
        QueryParameters query = query(path);
        return query.getParameters().isEmpty() ? target : target + "?" + query.getQueryString();
    }

    /** {@code return=path} for a navigation, or no parameters when there is nowhere to return to. */
    public static QueryParameters query(String path) {
        String local = local(path);
        return local.isEmpty() ? QueryParameters.empty() : QueryParameters.of(PARAM, local);
    }

    /** The page the UI shows now, as a return path. */
    public static String current(UI ui) {
        return local(ui.getInternals().getActiveViewLocation().getPath());
    }
}
