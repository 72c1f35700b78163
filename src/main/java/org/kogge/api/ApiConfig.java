package org.kogge.api;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/**
 * ETags for the API's JSON that {@link PublicApiController} does not keep itself (the event list): a digest of the
 * response body, so If-None-Match answers 304 for unchanged data.
 */
@Configuration
public class ApiConfig {

    @Bean
    FilterRegistrationBean<ShallowEtagHeaderFilter> apiEtags() {
        ShallowEtagHeaderFilter filter = new ShallowEtagHeaderFilter();
        filter.setWriteWeakETag(true); // weak: Tomcat compresses no answer with a strong ETag
        FilterRegistrationBean<ShallowEtagHeaderFilter> bean = new FilterRegistrationBean<>(filter);
        bean.addUrlPatterns("/api/*");
        bean.setName("apiEtags");
        return bean;
    }
}
