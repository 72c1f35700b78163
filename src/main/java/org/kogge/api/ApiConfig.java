package org.kogge.api;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.filter.ShallowEtagHeaderFilter;

/** ETags for the API's JSON: a digest of the response body, so If-None-Match answers 304 for unchanged data. */
@Configuration
public class ApiConfig {

    @Bean
    FilterRegistrationBean<ShallowEtagHeaderFilter> apiEtags() {
        FilterRegistrationBean<ShallowEtagHeaderFilter> bean = new FilterRegistrationBean<>(new ShallowEtagHeaderFilter());
        bean.addUrlPatterns("/api/*");
        bean.setName("apiEtags");
        return bean;
    }
}
