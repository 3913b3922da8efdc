package org.parley.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.parley.annotate.ConlluReader;
import org.parley.model.ParsedDocument;
import org.parley.pipeline.Components;

/** Test fixtures: CoNLL-U parses on the classpath, and the components loaded once per JVM. */
public final class Fixtures {

    private static Components components;

    private Fixtures() {
    }

    public static synchronized Components components() {
        if (components == null) {
            components = Components.load();
        }
        return components;
    }

    /** The pipeline on stored parses: unit tests never parse, and say so if they try. */
    public static org.parley.pipeline.Pipeline pipeline() {
        return new org.parley.pipeline.Pipeline(d -> {
            throw new AssertionError("no parsing in unit tests: use a stored parse");
        }, components());
    }

    public static String resource(String path) {
        try (InputStream in = Fixtures.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("missing test resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A CoNLL-U fixture as a parsed document with the given publication date. */
    public static ParsedDocument conllu(String path, LocalDate date) {
        return ConlluReader.read(path, resource(path), date);
    }

    /** One passage of {@code quotes-stances/passages.conllu} (parsed once, like all fixtures) with its publication date. */
    public static ParsedDocument passage(String id, LocalDate date) {
        ParsedDocument stored = ConlluReader.readDocuments(resource("quotes-stances/passages.conllu"), date).get(id);
        if (stored == null) {
            throw new IllegalArgumentException("no passage " + id + " in quotes-stances/passages.conllu");
        }
        return stored;
    }
}
