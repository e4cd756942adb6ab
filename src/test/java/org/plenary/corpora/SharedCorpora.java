package org.plenary.corpora;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.abort;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The corpora folder of {@code ../shared}, beside the project directory the tests run in (Maven runs them in the
 * project's base directory), so a clone anywhere with a {@code shared} sibling finds it. Where it is missing a
 * test skips with a note on a developer's machine, but fails under CI ({@code CI} set in the environment): a CI
 * run that silently tested nothing would look green.
 */
public final class SharedCorpora {
    static final Path ROOT = Path.of("..", "shared", "corpora");

    private SharedCorpora() {
    }

    /** The corpus folder {@code name} (e.g. "mime"); skips the test, or fails it under CI, when it is absent. */
    public static Path require(String name) {
        Path folder = ROOT.resolve(name);
        if (!Files.isDirectory(folder)) {
            String missing = "no corpus folder " + folder.toAbsolutePath().normalize()
                    + " (the shared folder beside the project)";
            if (underContinuousIntegration()) {
                fail(missing + "; CI must run the corpus tests");
            }
            abort(missing + "; skipped outside CI");
        }
        return folder;
    }

    private static boolean underContinuousIntegration() {
        String ci = System.getenv("CI");
        return ci != null && !ci.isBlank() && !ci.equalsIgnoreCase("false");
    }
}
