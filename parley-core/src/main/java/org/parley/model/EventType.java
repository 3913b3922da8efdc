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
 * @param plover    PLOVER event type ("REJECT"), or null where PLOVER has none (CAMEO 01 statements)
 * @param mode      PLOVER mode, or null
 * @param context   PLOVER context, or null
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
