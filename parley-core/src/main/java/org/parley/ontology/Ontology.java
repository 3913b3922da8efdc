package org.parley.ontology;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.parley.data.DataFileException;
import org.parley.data.TsvTable;
import org.parley.model.EventType;

/**
 * The CAMEO code table: every code with its name, root, Goldstein score, quad class and
 * PLOVER type, mode and context. Loaded once; immutable and shared.
 */
public final class Ontology {

    public static final String RESOURCE = "parley/ontology/cameo.tsv";

    private final Map<String, EventType> byCode;

    private Ontology(Map<String, EventType> byCode) {
        this.byCode = Collections.unmodifiableMap(byCode);
    }

    public static Ontology load() {
        return from(TsvTable.resource(RESOURCE));
    }

    static Ontology from(TsvTable table) {
        Map<String, EventType> codes = new LinkedHashMap<>();
        for (TsvTable.Row row : table.rows()) {
            String code = row.require("code");
            String root = row.require("root");
            double goldstein;
            try {
                goldstein = Double.parseDouble(row.require("goldstein"));
            } catch (NumberFormatException e) {
                throw row.error("Goldstein score is not a number");
            }
            EventType type = new EventType(code, row.require("name"), root, goldstein,
                    EventType.quadOfRoot(root), row.get("plover"),
                    row.get("mode"), row.get("context"));
            if (codes.put(code, type) != null) {
                throw row.error("duplicate CAMEO code " + code);
            }
        }
        if (codes.isEmpty()) {
            throw new DataFileException(table.source() + ": no CAMEO codes");
        }
        return new Ontology(codes);
    }

    public Optional<EventType> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** The code's type; an unknown code is a programming or data error. */
    public EventType get(String code) {
        EventType t = byCode.get(code);
        if (t == null) {
            throw new IllegalArgumentException("unknown CAMEO code " + code);
        }
        return t;
    }

    public Collection<EventType> all() {
        return byCode.values();
    }
}
