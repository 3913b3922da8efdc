package org.parley.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * Standard input, refused when it is closed. A process started with descriptor 0 closed
 * gets the first file the JVM itself opens in its place (its own class library, say), which
 * would then be read as input; on Linux, {@code /proc/self/fd/0} tells.
 */
final class Stdin {

    private Stdin() {
    }

    /** {@code System.in}, or a {@link UsageException} when standard input is closed. */
    static InputStream open() {
        String problem = closed(Path.of("/proc/self/fd"));
        if (problem != null) {
            throw new UsageException("standard input is closed (" + problem + "): give a file, or pipe the input in");
        }
        return System.in;
    }

    /** Why descriptor 0 is not a real standard input, or null when it is (or when /proc cannot tell). */
    static String closed(Path fds) {
        if (!Files.isDirectory(fds)) {
            return null;
        }
        Path fd0 = fds.resolve("0");
        if (!Files.exists(fd0, LinkOption.NOFOLLOW_LINKS)) {
            return "descriptor 0 is not open";
        }
        try {
            String target = Files.readSymbolicLink(fd0).toString();
            String javaHome = System.getProperty("java.home", "/nonexistent");
            if (target.startsWith(javaHome) || target.endsWith(".jar")) {
                return "descriptor 0 is " + target + ", a file Java opened for itself";
            }
        } catch (IOException | UnsupportedOperationException e) {
            return null;
        }
        return null;
    }
}
