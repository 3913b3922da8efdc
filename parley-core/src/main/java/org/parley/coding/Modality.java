package org.parley.coding;

import java.util.Set;

import org.parley.data.WordLists;
import org.parley.model.Sentence;
import org.parley.model.Token;

/**
 * What the words around a predicate do to its event: a conditional or a wished act is no
 * event; a future cooperative act is a promise (03), a future or possible hostile act a threat
 * (13), a negated future cooperative act a refusal (12), each through the lexicon's intent
 * compositions. Reads only the predicate's own dependents and governors.
 */
final class Modality {

    private static final Set<String> THREAT_ROOTS = Set.of("14", "16", "17", "18", "19", "20");
    private static final Set<String> PROMISE_ROOTS = Set.of("04", "05", "06", "07", "08");

    private final Lexicon lexicon;
    private final Set<String> conditionalMarks;
    /** Verbs whose infinitive complement is not a fact: "allow Ukraine to rearm". */
    private final Set<String> nonFactualGovernors;
    /** Verbs whose clausal complement is asked for, not reported. */
    private final Set<String> directiveVerbs;
    private final Set<String> promiseModals;
    private final Set<String> futureModals;

    Modality(Lexicon lexicon, WordLists words) {
        this.lexicon = lexicon;
        this.conditionalMarks = words.get("coding.conditional-marks");
        this.nonFactualGovernors = words.get("coding.non-factual-governors");
        this.directiveVerbs = words.get("coding.directive-verbs");
        this.promiseModals = words.get("coding.promise-modals");
        this.futureModals = words.get("coding.future-modals");
    }

    /** Inside "if ..." or "unless ...": a hypothetical, not a fact. */
    boolean isConditional(Sentence s, Token t) {
        Token cur = t;
        for (int guard = 0; guard < 6 && cur != null; guard++) {
            if (cur.relation().equals("advcl")) {
                for (Token m : s.children(cur.index(), "mark")) {
                    if (conditionalMarks.contains(m.lemma())) {
                        return true;
                    }
                }
            }
            cur = cur.head() < 0 ? null : s.token(cur.head());
        }
        return false;
    }

    /**
     * A future act on an "unless" condition ("will withdraw its peacekeepers unless the
     * president arranges a ceasefire"): an ultimatum, whatever the act.
     */
    boolean isUltimatum(Sentence s, Token t) {
        boolean future = s.children(t.index(), "aux").stream().anyMatch(a -> promiseModals.contains(a.lemma()));
        if (!future) {
            return false;
        }
        for (Token c : s.children(t.index(), "advcl")) {
            if (s.children(c.index(), "mark").stream().anyMatch(m -> m.lemma().equals("unless"))) {
                return true;
            }
        }
        return false;
    }

    /** The threat an ultimatum makes of an act: the lexicon's threat composition, else 130. */
    String asUltimatum(String code) {
        return composed("threaten", code, "130");
    }

    /** The complement of "allow", "want", "hope", "need": what might happen, not what did. */
    boolean isNonFactual(Sentence s, Token t) {
        if (t.head() < 0) {
            return false;
        }
        String governor = s.token(t.head()).lemma();
        if (t.relation().equals("xcomp")) {
            // "does not plan to send troops": nothing is sent.
            return nonFactualGovernors.contains(governor) || s.isNegated(s.token(t.head()));
        }
        // "demanded that the US cancel the sale": the sale's cancellation is asked for, not done.
        return t.relation().equals("ccomp") && directiveVerbs.contains(governor);
    }

    /**
     * Future cooperative acts ("will return the weapons", "would allow inspectors back") are
     * expressions of intent (CAMEO 03), through the lexicon's promise compositions.
     */
    String asPromise(Sentence s, Token t, String code) {
        return composeModal(s, t, code, PROMISE_ROOTS, promiseModals, "promise", null);
    }

    /**
     * Negated future cooperative acts ("will not send troops", "would not meet the envoy") are
     * refusals (CAMEO 12), through the lexicon's refuse compositions.
     */
    String asRefusal(Sentence s, Token t, String code) {
        return composeModal(s, t, code, PROMISE_ROOTS, promiseModals, "refuse", null);
    }

    /** Future or possible conflictual acts ("will boycott", "may halt") are threats (CAMEO 13). */
    String asThreat(Sentence s, Token t, String code) {
        return composeModal(s, t, code, THREAT_ROOTS, futureModals, "threaten", "130");
    }

    /**
     * The code a modal auxiliary makes of an act: when the act's root is one of {@code roots}
     * and one of {@code modals} governs it, the lexicon's {@code composition} of the code, else
     * {@code fallback}; null when the act is not of those roots or has no such modal.
     */
    private String composeModal(Sentence s, Token t, String code, Set<String> roots, Set<String> modals,
                                String composition, String fallback) {
        if (!roots.contains(code.substring(0, 2))) {
            return null;
        }
        boolean modal = s.children(t.index(), "aux").stream().anyMatch(a -> modals.contains(a.lemma()));
        if (!modal) {
            return null;
        }
        return composed(composition, code, fallback);
    }

    /** The code the lexicon's {@code composition} makes of {@code code}, else {@code fallback}. */
    private String composed(String composition, String code, String fallback) {
        Lexicon.Intent in = lexicon.intent(composition, code);
        return in != null && in.cameo() != null && !in.cameo().equals(Lexicon.COMPLEMENT) ? in.cameo() : fallback;
    }
}
