package org.kogge.testing;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;

/**
 * Leaves out the classes Spring AOT generates into {@code target/classes} in the production build (bean definitions,
 * repository implementations, CGLIB proxies: {@code Foo__BeanDefinitions}, {@code FooRepositoryImpl__AotRepository},
 * {@code Foo$$SpringCGLIB$$0}): they are not Kogge's code, and after {@code ./mvnw -Pproduction package} they lie
 * beside it until the next clean, where the architecture rules would judge them.
 */
public final class NotAotGenerated implements ImportOption {

    @Override
    public boolean includes(Location location) {
        return !location.contains("__") && !location.contains("$$SpringCGLIB$$");
    }
}
