package org.parley.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** Paths of the repository and of the evaluation data beside it ({@code ../shared}), for tests. */
final class Repo {

    private Repo() {
    }

    static Path root() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null && !Files.isDirectory(p.resolve("examples"))) {
            p = p.getParent();
        }
        if (p == null) {
            throw new IllegalStateException("repository root not found above " + Path.of("").toAbsolutePath());
        }
        return p;
    }

    /** {@code ../shared/<relative>}, which a user's fresh clone does not have. */
    static Path shared(String relative) {
        return root().resolveSibling("shared").resolve(relative);
    }
}
