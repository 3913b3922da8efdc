package org.parley.model;

import java.util.Objects;

/**
 * A CAMEO event code with everything the ontology tables say about it.
 *
 * @param code      CAMEO code ("120", "0311")
 * @param name      CAMEO name
 * @param root      two-digit root ("12")
 * @param goldstein Goldstein conflict-cooperation score, -10 to +10
 * @param quad      quad class: 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict
 * @param plover    PLOVER event type ("REJECT"), or null where PLOVER has none: CAMEO 010-019
 *                  (public statements, comments, denials, sympathy) have no PLOVER type, since
 *                  PLOVER codes no statement that is not itself an act
 * @param mode      PLOVER mode (how the act was done or stated: "threaten", "refuse", ...), or null
 *                  when the conversion table gives the type's plain form
 * @param context   PLOVER context (the domain: "military", "diplomatic", ...), or null when the
 *                  conversion table gives none for the code
 */
public record EventType(String code, String name, String root, double goldstein, int quad,
                        String plover, String mode, String context) {

    public EventType {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        if (root == null || root.length() != 2 || !code.startsWith(root)) {
            throw new IllegalArgumentException("bad root " + root + " for code " + code);
        }
        if (quad < 1 || quad > 4) {
            throw new IllegalArgumentException("quad class out of range: " + quad);
        }
        if (goldstein < -10 || goldstein > 10) {
            throw new IllegalArgumentException("Goldstein score out of range: " + goldstein);
        }
    }

    /**
     * Whether the code itself states a negation: REJECT (12: reject, refuse, defy, veto),
     * 011 "decline comment" and 016 "deny responsibility". Such a code is what a negated
     * predicate is coded to ("will not accept", "declined to comment"), so an event of it is
     * never marked negated again.
     */
    public boolean statesNegation() {
        return root.equals("12") || code.equals("011") || code.equals("016");
    }

    /** Quad class of a CAMEO root, as GDELT defines it. */
    public static int quadOfRoot(String root) {
        int r = Integer.parseInt(root);
        if (r <= 5) {
            return 1;
        }
        if (r <= 8) {
            return 2;
        }
        if (r <= 14) {
            return 3;
        }
        return 4;
    }
}
