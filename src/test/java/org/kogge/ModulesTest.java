package org.kogge;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * Kogge's features as Spring Modulith application modules: each top-level package under {@code org.kogge} is a module
 * whose public face is its base package; sub-packages (such as {@code ui}) are internal unless named as interfaces.
 */
class ModulesTest {

    static final ApplicationModules MODULES = ApplicationModules.of(KoggeApplication.class);
    private static final Path DOCS = Path.of("docs/modules");
    private static final Path FRESH = Path.of("target/modules-docs");

    @Test
    void modulesKeepTheirBoundaries() {
        MODULES.verify();
    }

    /**
     * The module diagrams and canvases in docs/modules/, linked from the README. The Documenter writes its lines in
     * no fixed order (in a canvas cell the first item may carry the cell's {@code |} or stand on the line after it, and a
     * blank line may fall between items), so a file is replaced only when its content really changed: the same items in another order
     * leave the committed file alone and the working tree clean.
     */
    @Test
    void writesModuleDocumentation() throws IOException {
        new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(FRESH.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
        Files.createDirectories(DOCS);
        try (Stream<Path> fresh = Files.list(FRESH)) {
            fresh.forEach(ModulesTest::updateIfChanged);
        }
    }

    private static void updateIfChanged(Path fresh) {
        try {
            Path committed = DOCS.resolve(fresh.getFileName());
            List<String> lines = Files.readAllLines(fresh);
            if (Files.exists(committed) && sorted(Files.readAllLines(committed)).equals(sorted(lines))) {
                return;
            }
            Files.copy(fresh, committed, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> sorted(List<String> lines) {
        return lines.stream()
                .filter(line -> !line.isBlank())
                // "|* item" and "|" followed by "* item" are the same cell start.
                .flatMap(line -> line.startsWith("|* ") ? Stream.of("|", line.substring(1)) : Stream.of(line))
                .sorted()
                .toList();
    }
}
