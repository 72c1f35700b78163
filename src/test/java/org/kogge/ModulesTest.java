package org.kogge;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Kogge's features as Spring Modulith application modules: each top-level package under {@code org.kogge} is a module
 * whose public face is its base package; sub-packages (such as {@code ui}) are internal unless named as interfaces.
 */
class ModulesTest {

    static final ApplicationModules MODULES = ApplicationModules.of(KoggeApplication.class);

    @Test
    void modulesKeepTheirBoundaries() {
        MODULES.verify();
    }

    /** The module diagrams and canvases in docs/modules/, linked from the README. */
    @Test
    void writesModuleDocumentation() {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder("docs/modules"))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
    }
}
