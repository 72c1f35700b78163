package org.kogge.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One open Vaadin page at protocol level, as a phone's browser holds it: the page request (Kogge renders the view in
 * that answer, {@code vaadin.eagerServerLoad}), then the push WebSocket that Vaadin's client opens with the page's
 * push id. Records when each UIDL message arrives over push. No browser, no JavaScript: hundreds of these fit in the
 * benchmark's JVM next to the app.
 */
final class VaadinClient {

    private static final Pattern UI_ID = Pattern.compile("\"v-uiId\"\\s*:\\s*(\\d+)");
    private static final Pattern PUSH_ID = Pattern.compile("\"Vaadin-Push-ID\"\\s*:\\s*\"([^\"]+)\"");
    private static final Pattern SESSION = Pattern.compile("JSESSIONID=([^;]+)");

    private final List<Long> uidlArrivals = new CopyOnWriteArrayList<>();
    private volatile WebSocket socket;
    private volatile boolean connected;
    private int uiId;
    private String sessionId;
    private int pageBytes;

    /**
     * Loads the page in a session of its own (a browser of its own) and opens its push connection; completes once
     * the server has accepted the WebSocket.
     */
    static CompletableFuture<VaadinClient> open(HttpClient http, String base, String path) {
        return open(http, base, path, null);
    }

    /**
     * Loads the page as another tab of the browser that holds the session {@code sessionId} (a new session if it is
     * null) and opens its push connection; completes once the server has accepted the WebSocket.
     */
    static CompletableFuture<VaadinClient> open(HttpClient http, String base, String path, String sessionId) {
        VaadinClient client = new VaadinClient();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Accept", "text/html").header("Accept-Language", "de-DE");
        if (sessionId != null) {
            request.header("Cookie", "JSESSIONID=" + sessionId);
        }
        return http.sendAsync(request.build(), HttpResponse.BodyHandlers.ofString()).thenCompose(r -> {
            if (r.statusCode() != 200) {
                throw new IllegalStateException(path + " answered " + r.statusCode());
            }
            client.pageBytes = r.body().length();
            Matcher ui = UI_ID.matcher(r.body());
            Matcher push = PUSH_ID.matcher(r.body());
            client.sessionId = sessionId != null ? sessionId : r.headers().allValues("set-cookie").stream()
                    .map(SESSION::matcher).filter(Matcher::find).findFirst().map(m -> m.group(1))
                    .orElseThrow(() -> new IllegalStateException("no session cookie for " + path));
            if (!ui.find() || !push.find()) {
                throw new IllegalStateException("the page " + path + " carries no UI or push id");
            }
            client.uiId = Integer.parseInt(ui.group(1));
            String url = base.replaceFirst("^http", "ws") + "/VAADIN/push?v-r=push&v-uiId=" + client.uiId
                    + "&v-pushId=" + enc(push.group(1)) + "&X-Atmosphere-tracking-id=0"
                    + "&X-Atmosphere-Framework=3.1.5-javascript&X-Atmosphere-Transport=websocket"
                    + "&X-Atmosphere-TrackMessageSize=true&Content-Type=" + enc("application/json; charset=UTF-8")
                    + "&X-atmo-protocol=true";
            return http.newWebSocketBuilder().header("Cookie", "JSESSIONID=" + client.sessionId)
                    .buildAsync(URI.create(url), client.listener());
        }).thenApply(ws -> {
            client.socket = ws;
            return client;
        });
    }

    private WebSocket.Listener listener() {
        return new WebSocket.Listener() {
            private final StringBuilder frame = new StringBuilder();

            @Override
            public void onOpen(WebSocket webSocket) {
                connected = true;
                webSocket.request(1);
            }

            @Override
            public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                frame.append(data);
                if (last) {
                    if (frame.indexOf("\"syncId\"") >= 0) {
                        uidlArrivals.add(System.nanoTime());
                    }
                    frame.setLength(0);
                }
                webSocket.request(1);
                return null;
            }

            @Override
            public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
                connected = false;
                return null;
            }

            @Override
            public void onError(WebSocket webSocket, Throwable error) {
                connected = false;
            }
        };
    }

    boolean connected() {
        return connected;
    }

    /**
     * Sends the heartbeat that Vaadin's client sends every heartbeat interval while its tab is open; completes with
     * the answer's status.
     */
    CompletableFuture<Integer> heartbeat(HttpClient http, String base) {
        HttpRequest beat = HttpRequest.newBuilder(URI.create(base + "/?v-r=heartbeat&v-uiId=" + uiId))
                .header("Cookie", "JSESSIONID=" + sessionId).POST(HttpRequest.BodyPublishers.noBody()).build();
        return http.sendAsync(beat, HttpResponse.BodyHandlers.discarding()).thenApply(HttpResponse::statusCode);
    }

    /** The HTTP session the page belongs to (its browser's). */
    String sessionId() {
        return sessionId;
    }

    int pageBytes() {
        return pageBytes;
    }

    /** Nanoseconds from {@code since} to the first UIDL message that arrived after it, or -1 if none has. */
    long firstUpdateAfter(long since) {
        return uidlArrivals.stream().filter(t -> t >= since).findFirst().map(t -> t - since).orElse(-1L);
    }

    void close() {
        WebSocket ws = socket;
        if (ws != null) {
            ws.abort();
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
