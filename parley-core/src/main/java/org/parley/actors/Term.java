package org.parley.actors;

/** What a phrase in the knowledge base names. */
public sealed interface Term {

    /** A stable id of the entry, for explanations and provenance. */
    String entryId();

    /** How a country is named: by name, by demonym or adjective, by capital, or by seat of government. */
    enum CountryForm { NAME, DEMONYM, CAPITAL, SEAT }

    record CountryTerm(Country country, CountryForm form) implements Term {
        @Override
        public String entryId() {
            return "country." + country.iso3() + "." + form.name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    record OrgTerm(Organization org) implements Term {
        @Override
        public String entryId() {
            return org.id();
        }
    }

    record PersonTerm(Person person) implements Term {
        @Override
        public String entryId() {
            return "person." + person.id();
        }
    }

    /**
     * A role or group word that gives a sector ("foreign minister" GOV, "troops" MIL).
     *
     * @param defers true for a word that names a member or head of whatever body the phrase
     *               names ("officer", "leader", "chairman"): another agent word or an
     *               organisation in the phrase decides the sector ("intelligence agency
     *               officer" SPY, "Muslim leaders" REL), its own sector only when alone
     * @param country ISO3 of the country the word itself implies ("Yoruba" NGA, "Jewish
     *                settlers" ISR), used when the phrase names none; else null
     */
    record AgentTerm(String id, String sector, boolean defers, String country) implements Term {

        public AgentTerm(String id, String sector) {
            this(id, sector, false, null);
        }

        @Override
        public String entryId() {
            return id;
        }
    }
}
