package org.parley.actors;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.parley.model.Mention;
import org.parley.model.Sentence;
import org.parley.model.Token;

/**
 * The actors a clause's arguments name, read off the dependency tree: its subject's actors
 * (through conjunctions, relative pronouns, infinitive control), the actors inside an object,
 * the subjects of its conditions. Shared by the event coder and the quote and stance
 * extractors, so all three agree on who did what.
 */
public final class ClauseActors {

    private static final Set<String> IMPERSONAL_PRONOUNS = Set.of("it", "they", "we");
    /** Prepositions behind which an actor is an opponent or circumstance, never the target. */
    private static final Set<String> NOT_TARGET = Set.of("against", "despite", "without", "amid", "since", "after",
            "before", "during");
    private static final Set<String> RELATIVE_PRONOUNS = Set.of("who", "which", "that", "whom");
    /** Prepositions of place: actors behind them are where, not whom ("in Ukraine"). */
    private static final Set<String> LOCATIVE = Set.of("in", "at", "near", "inside", "outside", "across", "throughout",
            "around", "within");
    private static final int MAX_TARGET_DEPTH = 3;
    private static final Set<String> CONDITIONS = Set.of("if", "unless");
    /** Nouns for what an actor issues: a participle on them acts for the issuer. */
    private static final Set<String> DOCUMENT_NOUNS = Set.of("statement", "declaration", "communique", "letter",
            "resolution", "report", "note", "message", "appeal", "petition", "motion", "decree", "announcement",
            "speech", "address", "editorial", "document", "memorandum");

    private ClauseActors() {
    }

    /**
     * The subject's actors: the nsubj (and its conjuncts); through a relative pronoun to the
     * noun it modifies; for an infinitive or a conjoined verb, the subject of the governing verb.
     */
    public static List<Mention> subjectOf(Sentence s, Token verb, DocumentMentions mentions, int depth) {
        if (depth > 4) {
            return List.of();
        }
        Optional<Token> subj = s.child(verb.index(), "nsubj");
        if (subj.isPresent()) {
            Token sj = subj.get();
            if (RELATIVE_PRONOUNS.contains(sj.lemma()) && verb.relation().startsWith("acl") && verb.head() >= 0) {
                return actorsWithConj(s, s.token(verb.head()), mentions);
            }
            List<Mention> found = actorsWithConj(s, sj, mentions);
            if (found.isEmpty() && !sj.isPronoun()) {
                // "Tens of thousands of Indonesian students", "A group of Yoruba leaders": the actor is inside.
                found = actorsInside(s, sj, mentions);
            }
            if (found.isEmpty() && IMPERSONAL_PRONOUNS.contains(sj.lemma()) && verb.relation().equals("ccomp")
                    && verb.head() >= 0) {
                // "Ukraine said it was ready": the pronoun in reported speech is the speaker.
                return subjectOf(s, s.token(verb.head()), mentions, depth + 1);
            }
            return found;
        }
        if (verb.head() < 0) {
            return List.of();
        }
        Token gov = s.token(verb.head());
        if (verb.relation().equals("xcomp")) {
            Optional<Token> obj = s.child(gov.index(), "obj");
            if (obj.isPresent()) {
                List<Mention> controllers = actorsWithConj(s, obj.get(), mentions);
                if (!controllers.isEmpty()) {
                    return controllers;
                }
            }
            // "Obama is scheduled to attend", "Pakistan was urged to crack down": the passive subject acts.
            Optional<Token> passive = s.child(gov.index(), "nsubj:pass");
            if (passive.isPresent()) {
                List<Mention> raised = actorsWithConj(s, passive.get(), mentions);
                if (!raised.isEmpty()) {
                    return raised;
                }
            }
            return subjectOf(s, gov, mentions, depth + 1);
        }
        if (verb.relation().equals("conj") && gov.isVerb()) {
            return subjectOf(s, gov, mentions, depth + 1);
        }
        if (verb.relation().equals("acl") && verb.pos().equals("VBG")) {
            // "protesters demanding reforms": the noun the participle modifies acts; "issued a
            // statement condemning the raid": a document's author, its possessor or issuer, acts.
            List<Mention> own = actorsWithConj(s, gov, mentions);
            if (!own.isEmpty() || !DOCUMENT_NOUNS.contains(gov.lemma())) {
                return own;
            }
            Optional<Token> author = s.child(gov.index(), "nmod:poss");
            if (author.isPresent()) {
                return actorsWithConj(s, author.get(), mentions);
            }
            return gov.relation().equals("obj") && gov.head() >= 0
                    ? subjectOf(s, s.token(gov.head()), mentions, depth + 1) : List.of();
        }
        if (verb.relation().startsWith("acl") && !verb.relation().equals("acl:relcl")) {
            return List.of();
        }
        if (verb.relation().equals("advcl")) {
            // "staged protests to demand reforms", "opened fire, killing one": an adverbial clause
            // without a subject of its own is controlled by the main clause's subject.
            return subjectOf(s, gov, mentions, depth + 1);
        }
        return List.of();
    }

    /** The actors a nominal names, with those of its conjuncts ("Russia and the U.S."). */
    public static List<Mention> actorsWithConj(Sentence s, Token nominal, DocumentMentions mentions) {
        List<Mention> out = new ArrayList<>(mentions.at(s.index(), nominal.index()));
        for (Token c : s.children(nominal.index(), "conj")) {
            out.addAll(mentions.at(s.index(), c.index()));
        }
        for (Token c : s.children(nominal.index(), "appos")) {
            if (out.isEmpty()) {
                out.addAll(mentions.at(s.index(), c.index()));
            }
        }
        return out;
    }

    /**
     * Actors inside an argument: the argument itself if it names one, else the shallowest
     * actors in its subtree ("the deployment of NATO forces"), never through locative phrases
     * ("in Ukraine") or clauses.
     */
    public static List<Mention> actorsInside(Sentence s, Token arg, DocumentMentions mentions) {
        List<Mention> direct = actorsWithConj(s, arg, mentions);
        if (!direct.isEmpty()) {
            return direct;
        }
        Deque<Token> frontier = new ArrayDeque<>();
        frontier.add(arg);
        for (int depth = 0; depth < MAX_TARGET_DEPTH && !frontier.isEmpty(); depth++) {
            List<Mention> found = new ArrayList<>();
            Deque<Token> next = new ArrayDeque<>();
            for (Token node : frontier) {
                for (Token c : s.children(node.index())) {
                    String base = c.baseRelation();
                    if (!(base.equals("nmod") || base.equals("compound") || base.equals("conj") || base.equals("amod"))) {
                        continue;
                    }
                    String prep = s.caseOf(c);
                    if (prep != null && (LOCATIVE.contains(prep) || NOT_TARGET.contains(prep))) {
                        continue;
                    }
                    List<Mention> here = mentions.at(s.index(), c.index());
                    if (here.isEmpty() && (base.equals("amod") || base.equals("compound"))) {
                        continue;
                    }
                    found.addAll(here);
                    next.add(c);
                }
            }
            if (!found.isEmpty()) {
                return found;
            }
            frontier = next;
        }
        return List.of();
    }

    /**
     * The subjects of "if"/"unless" clauses under a predicate: "threatened to walk out unless
     * Syldavia withdraws" gives Syldavia, the actor whose conduct the condition names.
     */
    public static List<Mention> conditionActors(Sentence s, Token predicate, DocumentMentions mentions) {
        List<Mention> out = new ArrayList<>();
        java.util.BitSet sub = s.subtree(predicate.index());
        for (int i = sub.nextSetBit(0); i >= 0; i = sub.nextSetBit(i + 1)) {
            Token c = s.token(i);
            if (!c.relation().equals("advcl")
                    || s.children(c.index(), "mark").stream().noneMatch(m -> CONDITIONS.contains(m.lemma()))) {
                continue;
            }
            s.child(c.index(), "nsubj").ifPresent(sj -> out.addAll(actorsWithConj(s, sj, mentions)));
        }
        return out;
    }

}
