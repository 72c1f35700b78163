package org.kogge.common;

/**
 * Data an installation needs before it answers its first request, such as its first admin or the demo data. Every
 * bean of this type is loaded once at start-up, in {@link org.springframework.core.annotation.Order} and before the
 * web server accepts connections (see {@link StartupDataLoader}).
 */
public interface StartupData {

    void load();
}
