package org.parley.actors;

import java.time.LocalDate;

/**
 * One office a person held, from {@code start} to {@code end} inclusive (end null: still held).
 *
 * @param org organisation code for IGO offices, else null
 */
public record RoleSpell(String country, String sector, String role, String org, LocalDate start, LocalDate end) {

    public boolean activeOn(LocalDate date) {
        return !date.isBefore(start) && (end == null || !date.isAfter(end));
    }

    /**
     * How much this office says about who the person is when acting: heads of state and
     * government first, then ministers, then the rest. Used to pick among concurrent spells.
     */
    public int salience() {
        String r = role.toLowerCase(java.util.Locale.ROOT);
        if (r.contains("president") && !r.contains("vice") || r.contains("prime minister") || r.contains("chancellor")
                || r.contains("king") || r.contains("supreme leader") || r.contains("secretary-general")
                || r.contains("emir") || r.contains("queen")) {
            return 3;
        }
        if (r.contains("minister") || r.contains("secretary") || r.contains("vice")) {
            return 2;
        }
        return 1;
    }
}
