package org.parley.actors;

import java.util.List;

import org.parley.model.ActorKind;

/**
 * An international, non-governmental or non-state organisation from {@code kb/organizations.tsv}.
 *
 * @param id           stable entry id ("org.nato")
 * @param code         CAMEO-style code ("IGOWSTNAT")
 * @param country      ISO3 for organisations that belong to or operate in one country, else null
 * @param sector       agent sector for the organisation's nature, or null
 * @param otherSectors further sectors ("MED" state media that is also "GOV"; "PRE" for the
 *                     authorities of a partially recognised entity)
 * @param bloc         for an IGO, what its actors carry as country: {@code UNO}, {@code EUR} or
 *                     {@code IGO} ({@link #blocOf}); null for other kinds
 */
public record Organization(String id, String code, ActorKind kind, String name, List<String> aliases,
                           String country, String sector, List<String> otherSectors, String bloc) {

    public Organization {
        aliases = List.copyOf(aliases);
        otherSectors = List.copyOf(otherSectors);
        if (kind != ActorKind.IGO) {
            bloc = null;
        } else if (bloc == null) {
            bloc = blocOf(code);
        }
    }

    /** An organisation with one sector and, for an IGO, the bloc its code implies. */
    public Organization(String id, String code, ActorKind kind, String name, List<String> aliases, String country,
                        String sector) {
        this(id, code, kind, name, aliases, country, sector, List.of(), null);
    }

    /**
     * The PLOVER bloc a CAMEO IGO code implies: {@code IGOUNO...} the UN system ({@code UNO}),
     * {@code IGOEUREEC...} the European Union ({@code EUR}), anything else {@code IGO}. Codes
     * that mislead (the World Bank's {@code IGOUNODEVWBK}, the EU court's {@code IGOEURJUD})
     * are corrected by the {@code bloc} column of {@code organizations.tsv}.
     */
    public static String blocOf(String igoCode) {
        if (igoCode.startsWith("IGOUNO")) {
            return "UNO";
        }
        if (igoCode.startsWith("IGOEUREEC")) {
            return "EUR";
        }
        return "IGO";
    }
}
