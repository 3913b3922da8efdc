package org.parley.model;

import java.util.Locale;

/** What sort of thing an actor is. Serialized in lower case ({@code state}, {@code igo}, ...). */
public enum ActorKind {
    /** A country or its government, military or other state sectors. */
    STATE,
    /** An intergovernmental organisation such as NATO or the UN. */
    IGO,
    /** A non-governmental organisation such as Amnesty International. */
    NGO,
    /** A named individual. */
    PERSON,
    /** A non-state group: rebels, protesters, a party, a company. */
    GROUP;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
