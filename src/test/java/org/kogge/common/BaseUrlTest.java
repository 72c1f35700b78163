package org.kogge.common;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.HttpServletRequest;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.filter.ForwardedHeaderFilter;

/** The one place that knows the public address: the setting wins, else the browser's address, else the default. */
class BaseUrlTest {

    @AfterEach
    void noRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    private static BaseUrl baseUrl(String configured) {
        return new BaseUrl(new KoggeProperties(configured, null, null), new MockEnvironment());
    }

    private static void answering(HttpServletRequest request) {
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
    }

    private static MockHttpServletRequest request(String scheme, String host, int port, String contextPath) {
        MockHttpServletRequest r = new MockHttpServletRequest("GET", contextPath + "/me/agenda");
        r.setScheme(scheme);
        r.setServerName(host);
        r.setServerPort(port);
        r.setContextPath(contextPath);
        return r;
    }

    @Test
    void theSettingWinsWithoutItsTrailingSlash() {
        answering(request("http", "10.0.0.7", 8080, ""));
        BaseUrl b = baseUrl(" https://kogge.example.org/ ");
        assertThat(b.shown()).isEqualTo("https://kogge.example.org");
        assertThat(b.external()).isEqualTo("https://kogge.example.org");
    }

    @Test
    void withoutTheSettingALinkShownFollowsTheAddressTheBrowserUsed() {
        BaseUrl b = baseUrl("");
        answering(request("http", "kogge.local", 8081, "/kogge"));
        assertThat(b.shown()).isEqualTo("http://kogge.local:8081/kogge");
        answering(request("https", "kogge.example.org", 443, ""));
        assertThat(b.shown()).isEqualTo("https://kogge.example.org");
        answering(request("http", "::1", 80, ""));
        assertThat(b.shown()).isEqualTo("http://[::1]");
        // What leaves the browser keeps the default, which the start-up log warns about.
        assertThat(b.external()).isEqualTo(BaseUrl.DEFAULT);
        assertThat(b.external(b.shown() + "/invitation/abc")).isEqualTo(BaseUrl.DEFAULT + "/invitation/abc");
    }

    @Test
    void forwardedHeadersCountAsTheContainerAppliedThem() throws Exception {
        // server.forward-headers-strategy=framework: Spring's filter; native: Tomcat's RemoteIpValve (trusted proxies).
        MockHttpServletRequest proxied = request("http", "127.0.0.1", 8080, "");
        proxied.addHeader("X-Forwarded-Proto", "https");
        proxied.addHeader("X-Forwarded-Host", "kogge.example.org");
        proxied.addHeader("X-Forwarded-Port", "8443");
        AtomicReference<HttpServletRequest> seen = new AtomicReference<>();
        new ForwardedHeaderFilter().doFilter(proxied, new MockHttpServletResponse(),
                new MockFilterChain() {
                    @Override
                    public void doFilter(jakarta.servlet.ServletRequest request, jakarta.servlet.ServletResponse response) {
                        seen.set((HttpServletRequest) request);
                    }
                });
        answering(seen.get());
        assertThat(baseUrl(null).shown()).isEqualTo("https://kogge.example.org:8443");
    }

    @Test
    void withoutSettingOrRequestTheDefault() {
        assertThat(baseUrl(null).shown()).isEqualTo(BaseUrl.DEFAULT);
        assertThat(baseUrl(null).external()).isEqualTo("http://localhost:8080");
    }

    @Test
    void aMissingSettingIsWarnedAboutOutsideLocalProfiles() {
        assertThat(BaseUrl.missingWarning(null)).isEmpty();
        assertThat(BaseUrl.missingWarning(null, "demo")).isEmpty();
        assertThat(BaseUrl.missingWarning(null, "test", "mariadb")).isEmpty();
        assertThat(BaseUrl.missingWarning(null, "mariadb")).hasValueSatisfying(w -> assertThat(w)
                .contains("KOGGE_BASE_URL").contains("http://localhost:8080"));
        assertThat(BaseUrl.missingWarning("https://kogge.example.org", "mariadb")).isEmpty();
    }
}
