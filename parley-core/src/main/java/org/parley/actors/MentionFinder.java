package org.parley.actors;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.parley.data.WordLists;
import org.parley.model.Actor;
import org.parley.model.ActorKind;
import org.parley.model.Mention;
import org.parley.model.ParsedDocument;
import org.parley.model.Sentence;
import org.parley.model.Span;
import org.parley.model.Token;

/**
 * Finds the actor mentions of a parsed document: every noun phrase the resolver can code,
 * then a light in-document coreference for what it cannot code alone: surnames ("Lavrov"),
 * personal pronouns ("he", "his") and definite role nouns ("the minister").
 */
public final class MentionFinder {

    /** Relations that keep a word inside its head's noun phrase for resolution. */
    private static final Set<String> NP_INTERNAL = Set.of("compound", "amod", "flat", "det", "nummod", "nmod:poss",
            "appos", "fixed", "goeswith", "compound:prt", "case");

    /** Relations whose dependents are modifiers, never heads of their own mention. */
    private static final Set<String> MODIFIER = Set.of("compound", "amod", "flat", "det", "nummod", "fixed",
            "goeswith", "case", "punct", "cc", "cc:preconj", "advmod", "aux", "cop", "mark");

    /** Relations in which a capital names a government ("Kyiv said", "Moscow's position"). */
    private static final Set<String> ARGUMENT = Set.of("nsubj", "nsubj:pass", "obl:agent", "nmod:poss", "obj",
            "iobj", "conj", "appos", "root", "dep");


    /** How many sentences back a pronoun or role noun may look for its antecedent. */
    private static final int COREF_WINDOW = 3;

    /** The {@code how} of an agent mention whose country is not known yet. */
    public static final String UNPLACED = "agent-only";

    private final ActorResolver resolver;
    /** Pronouns that refer back to a person mentioned before. */
    private final Set<String> personPronouns;

    private final ContextCountries context;
    private final AgentPlaces agentPlaces;
    /** Nouns for a state that its "of" phrase names: "the Republic of Indonesia". */
    private final Set<String> polityNouns;
    /** Honorifics ("His Majesty", "Her Excellency"): a title, whose possessive pronoun names no one. */
    private final Set<String> honorifics;

    public MentionFinder(ActorResolver resolver, WordLists words) {
        this.resolver = resolver;
        this.context = new ContextCountries(resolver, words);
        this.agentPlaces = new AgentPlaces(resolver, words);
        this.polityNouns = words.get("actors.polity-nouns");
        this.personPronouns = words.get("actors.person-pronouns");
        this.honorifics = words.get("actors.honorific-nouns");
    }

    public ActorResolver resolver() {
        return resolver;
    }

    public DocumentMentions find(ParsedDocument doc) {
        LocalDate date = doc.document().published();
        String text = doc.document().text();
        List<Mention> all = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
            for (Token t : s.tokens()) {
                if (!isCandidateHead(s, t)) {
                    continue;
                }
                all.addAll(resolveHead(s, t, text, date, all));
            }
        }
        return new DocumentMentions(all);
    }

    private static boolean isCandidateHead(Sentence s, Token t) {
        if (!(t.isNoun() || t.isPronoun() || t.pos().equals("PRP$") || t.pos().startsWith("JJ") && t.relation().equals("nsubj"))) {
            return false;
        }
        if (MODIFIER.contains(t.relation())) {
            return false;
        }
        // "American" in "Russian and American delegations" hangs off a modifier: part of its NP.
        if (t.relation().equals("conj")) {
            Token parent = s.token(t.head());
            return !MODIFIER.contains(parent.relation());
        }
        return true;
    }

    private List<Mention> resolveHead(Sentence s, Token head, String text, LocalDate date, List<Mention> earlier) {
        if (head.isPronoun() || head.pos().equals("PRP$")) {
            if (!personPronouns.contains(head.text().toLowerCase(Locale.ROOT))
                    || head.head() >= 0 && honorifics.contains(s.token(head.head()).lemma().toLowerCase(Locale.ROOT))) {
                return List.of();
            }
            Mention antecedent = latestPerson(earlier, s.index(), head.span().begin());
            if (antecedent == null) {
                return List.of();
            }
            return List.of(new Mention(head.span(), head.text(), antecedent.actor(), s.index(), head.index(),
                    "pronoun→" + antecedent.text()));
        }
        BitSet np = s.subtree(head.index(), c -> NP_INTERNAL.contains(c.relation())
                || c.relation().equals("conj") && MODIFIER.contains(s.token(c.head()).relation()));
        np.clear(0, 0);
        List<String> words = new ArrayList<>();
        boolean[] properAll = new boolean[np.cardinality()];
        int headPos = -1;
        for (int i = np.nextSetBit(0); i >= 0; i = np.nextSetBit(i + 1)) {
            Token t = s.token(i);
            if (t.relation().equals("case") && i != head.index() && !t.text().equals("'s") && !t.text().equals("’s")
                    || t.pos().equals("DT") || t.pos().equals(",")) {
                continue;
            }
            if (i == head.index()) {
                headPos = words.size();
            }
            properAll[words.size()] = t.isProperNoun();
            words.add(t.text());
        }
        if (headPos < 0) {
            return List.of();
        }
        boolean[] proper = java.util.Arrays.copyOf(properAll, words.size());
        // The agent of a nominal is an argument too: "an apology by Tokyo" names Japan's government.
        boolean argument = ARGUMENT.contains(head.relation())
                || head.baseRelation().equals("nmod") && "by".equals(s.caseOf(head));
        Resolution r = resolver.resolveWords(words, proper, headPos, argument, date);
        Span span = mentionSpan(s, np, head);
        String mentionText = span.of(text);
        Mention introduced = introducedPerson(head, words, proper, r, earlier);
        if (introduced != null) {
            return List.of(new Mention(span, mentionText, introduced.actor(), s.index(), head.index(),
                    "name→" + introduced.text()));
        }
        if (r.resolved() && "title+name".equals(r.rule()) && r.actors().size() == 1
                && r.actors().get(0).country() == null && head.isProperNoun()) {
            // "Secretary Rubio" where the phrase's words do not read as a known name: the one
            // person of that surname the document or, on the date, an office knows.
            Mention known = bySurname(head, s, span, mentionText, date, earlier);
            if (known != null) {
                return List.of(known);
            }
        }
        if (honorifics.contains(head.lemma().toLowerCase(Locale.ROOT))) {
            // "His Majesty", "Her Excellency" without a name: the latest person the document titled so.
            Mention titled = latestTitled(earlier, head.text().toLowerCase(Locale.ROOT));
            return titled == null ? List.of() : List.of(new Mention(span, mentionText, titled.actor(), s.index(),
                    head.index(), "honorific→" + titled.text()));
        }
        if (r.resolved()) {
            List<Mention> out = new ArrayList<>();
            for (Actor a : r.actors()) {
                Mention m = new Mention(span, mentionText, a, s.index(), head.index(), r.rule());
                out.add(agentPlaces.placedPeople(withContextCountry(m, s, head, date, earlier), s, head, date));
            }
            return out;
        }
        List<String> parties = context.pluralParties(s, head, earlier);
        if (!parties.isEmpty()) {
            // "The two leaders agreed", "both sides": the parties the document has named.
            List<Mention> out = new ArrayList<>();
            for (String iso3 : parties) {
                Actor party = resolver.knowledgeBase().country(iso3)
                        .map(c -> resolver.countryActor(c, r.agentSector())).orElseThrow();
                out.add(new Mention(span, mentionText, party, s.index(), head.index(), "parties-of-document"));
            }
            return out;
        }
        if (polityNouns.contains(head.lemma())) {
            // "the Republic of Indonesia", "the Kingdom of Saudi Arabia": the state its "of" phrase names.
            String country = context.ofPhraseCountry(s, head, date);
            if (country != null) {
                Actor state = resolver.knowledgeBase().country(country).map(c -> resolver.countryActor(c, null))
                        .orElseThrow();
                return List.of(new Mention(span, mentionText, state, s.index(), head.index(), "polity-of-country"));
            }
        }
        Mention modifier = countryModifier(s, head, words, proper, headPos, date, text);
        if (modifier != null) {
            return List.of(modifier);
        }
        if (head.isProperNoun() && words.size() <= 2) {
            Mention m = bySurname(head, s, span, mentionText, date, earlier);
            if (m != null) {
                return List.of(m);
            }
        }
        if (r.agentSector() != null) {
            List<Mention> placed = agentPlaces.agentInCountry(s, head, r.agentSector(), span, mentionText, date);
            if (!placed.isEmpty()) {
                return placed;
            }
        }
        if (r.agentSector() != null && hasDefiniteArticle(s, head) && !head.pos().endsWith("S")) {
            // "the minister" refers back to one person; "the leaders" to no one person.
            Mention antecedent = latestWithRole(earlier, s.index(), r.agentSector(), roleWords(s, np, head));
            if (antecedent != null) {
                return List.of(new Mention(span, mentionText, antecedent.actor(), s.index(), head.index(),
                        "role-noun→" + antecedent.text()));
            }
        }
        if (r.agentSector() != null && !head.isProperNoun()) {
            // "protesters", "the government": an agent of unknown country; the coder may place it.
            return List.of(new Mention(span, mentionText, resolver.unknownCountry(r.agentSector()), s.index(),
                    head.index(), UNPLACED));
        }
        return List.of();
    }

    /**
     * A person or office holder whose phrase names no country takes the country of its "of"
     * phrase or apposition ("Minister Lena Okafor of Nigeria"), else, for a titled name the
     * knowledge base lacks, the country the document's earlier sentences have made salient
     * (not its own sentence's: "Germany welcomed President X's statement" says nothing of X).
     */
    private Mention withContextCountry(Mention m, Sentence s, Token head, LocalDate date, List<Mention> earlier) {
        Actor a = m.actor();
        if (a.country() != null || a.kind() != ActorKind.PERSON && a.sector() == null) {
            return m;
        }
        String country = context.ofPhraseCountry(s, head, date);
        String how = m.how() + "+of-phrase";
        if (country == null && m.how().equals("title+name")) {
            country = ContextCountries.salientCountry(earlier.stream().filter(e -> e.sentenceIndex() < s.index()).toList());
            how = m.how() + "+salient-country";
        }
        return country == null ? m
                : new Mention(m.span(), m.text(), resolver.inCountry(a, country), m.sentenceIndex(), m.head(), how);
    }

    /**
     * A common noun modified by a country name, demonym or organisation name ("Ukrainian
     * cities", "a United Nations appeal", "an EU decision"): the country or organisation, as
     * event coders code such phrases. Possessors are left to their own mention ("Russia's
     * security" names Russia through "Russia").
     */
    private Mention countryModifier(Sentence s, Token head, List<String> words, boolean[] proper, int headPos,
                                    LocalDate date, String text) {
        if (head.isProperNoun() || head.isPronoun()) {
            return null;
        }
        for (Token c : s.children(head.index())) {
            if (!(c.relation().equals("amod") || c.relation().equals("compound")) || !s.children(c.index(), "conj").isEmpty()) {
                continue;
            }
            BitSet name = s.subtree(c.index(), x -> x.relation().equals("compound") || x.relation().equals("flat"));
            List<String> nameWords = new ArrayList<>();
            boolean[] nameProper = new boolean[name.cardinality()];
            for (int i = name.nextSetBit(0); i >= 0; i = name.nextSetBit(i + 1)) {
                nameProper[nameWords.size()] = s.token(i).isProperNoun();
                nameWords.add(s.token(i).text());
            }
            Resolution r = resolver.resolveWords(nameWords, nameProper, nameWords.size() - 1, true, date);
            if (r.resolved() && r.actors().size() == 1 && names(r.actors().get(0))) {
                Span span = new Span(s.token(name.nextSetBit(0)).span().begin(), head.span().end());
                return new Mention(span, span.of(text), r.actors().get(0), s.index(), head.index(), "country-modifier");
            }
        }
        return null;
    }

    /** A state without a sector, or an organisation: what a modifier names when it names an actor. */
    private static boolean names(Actor a) {
        return a.kind() == ActorKind.STATE && a.sector() == null
                || a.entity() != null && a.entity().startsWith("org.") && a.kind() != ActorKind.PERSON;
    }

    /**
     * The noun phrase's span, trimmed to the phrase: without leading determiners, punctuation,
     * prepositions or a gerund before a name ("killing Qasem Soleimani"), and ending before an
     * aside after the head: an opening parenthesis or quotation mark ("the United States of
     * America (“the United States”)"), or a comma before an apposition ("Qasem Soleimani, the
     * head of ..."). The words the phrase is resolved from are not trimmed.
     */
    private static Span mentionSpan(Sentence s, BitSet np, Token head) {
        int first = np.nextSetBit(0);
        int last = np.length() - 1;
        while (first < head.index() && (s.token(first).pos().equals("DT") || s.token(first).relation().equals("punct")
                || s.token(first).relation().equals("case") || gerundBeforeName(s, first))) {
            first = np.nextSetBit(first + 1);
        }
        for (int i = head.index() + 1; i <= last; i++) {
            if (opensAside(s.token(i))) {
                last = i - 1;
            }
        }
        while (last > head.index() && (s.token(last).relation().equals("punct") || s.token(last).pos().equals(","))) {
            last--;
        }
        return new Span(s.token(first).span().begin(), s.token(last).span().end());
    }

    /** A gerund right before a proper name acts on the named, it does not modify the name. */
    private static boolean gerundBeforeName(Sentence s, int i) {
        return s.token(i).pos().equals("VBG") && i + 1 < s.size() && s.token(i + 1).isProperNoun();
    }

    /** Punctuation that opens an aside after a noun phrase's head: a bracket, a quotation mark, a comma, a dash. */
    private static boolean opensAside(Token t) {
        return switch (t.text()) {
            case "(", "[", "-LRB-", "-LSB-", "\u201C", "\"", "``", "\u2018", ",", "--", "\u2013", "\u2014" -> true;
            default -> false;
        };
    }

    private Mention bySurname(Token head, Sentence s, Span span, String text, LocalDate date, List<Mention> earlier) {
        String surname = PhraseIndex.normalize(head.text());
        for (int i = earlier.size() - 1; i >= 0; i--) {
            Mention m = earlier.get(i);
            if (m.actor().kind() == ActorKind.PERSON && endsWithWord(m.actor().name(), surname)) {
                return new Mention(span, text, m.actor(), s.index(), head.index(), "surname→" + m.text());
            }
        }
        LocalDate on = date == null ? LocalDate.now() : date;
        if (resolver.knowledgeBase().bySurname(surname).stream().anyMatch(p -> p.roleOn(on).isPresent())) {
            Resolution r = resolver.bySurname(surname, on, Resolution.none("surname", List.of()));
            if (r.resolved()) {
                return new Mention(span, text, r.actors().get(0), s.index(), head.index(), "surname-kb");
            }
        }
        return null;
    }

    /**
     * A name the document has introduced in full refers to the person introduced: "King
     * Abdullah" after "King Abdullah II of Jordan" is Jordan's king, whoever else the knowledge
     * base knows by those words; "President Aoun" after "President Joseph Aoun". The phrase's
     * proper words must all be words of the earlier mention or of its person's name, and its
     * head word one of the name's (so a bare title, "President", binds nothing). The latest such
     * person wins. Phrases the knowledge base reads as a state or an organisation are left alone.
     */
    private static Mention introducedPerson(Token head, List<String> words, boolean[] proper, Resolution r,
                                            List<Mention> earlier) {
        if (!head.isProperNoun() || r.resolved() && (r.actors().size() != 1
                || r.actors().get(0).kind() != ActorKind.PERSON)) {
            return null;
        }
        List<String> name = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i).toLowerCase(Locale.ROOT);
            if (proper[i] && w.chars().allMatch(Character::isLetter)) {
                name.add(w);
            }
        }
        if (name.isEmpty()) {
            return null;
        }
        String headWord = head.text().toLowerCase(Locale.ROOT);
        for (int i = earlier.size() - 1; i >= 0; i--) {
            Mention m = earlier.get(i);
            if (m.actor().kind() != ActorKind.PERSON) {
                continue;
            }
            Set<String> known = wordsOf(m.actor().name());
            if (!known.contains(headWord)) {
                continue;
            }
            known.addAll(wordsOf(m.text()));
            if (known.containsAll(name)) {
                return m;
            }
        }
        return null;
    }

    private static Set<String> wordsOf(String text) {
        Set<String> out = new java.util.HashSet<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }

    /** The latest earlier person whose mention carries the honorific ("His Majesty King …"). */
    private static Mention latestTitled(List<Mention> earlier, String honorific) {
        for (int i = earlier.size() - 1; i >= 0; i--) {
            Mention m = earlier.get(i);
            if (m.actor().kind() == ActorKind.PERSON && wordsOf(m.text()).contains(honorific)) {
                return m;
            }
        }
        return null;
    }

    /** {@code name.endsWith(" " + word)}, without building the string for every earlier mention. */
    private static boolean endsWithWord(String name, String word) {
        int at = name.length() - word.length() - 1;
        return at >= 0 && name.charAt(at) == ' ' && name.endsWith(word);
    }

    private static boolean hasDefiniteArticle(Sentence s, Token head) {
        for (Token c : s.children(head.index())) {
            if (c.relation().equals("det") && c.lemma().equals("the")) {
                return true;
            }
        }
        return false;
    }

    private static Mention latestPerson(List<Mention> earlier, int sentence, int before) {
        for (int i = earlier.size() - 1; i >= 0; i--) {
            Mention m = earlier.get(i);
            if (sentence - m.sentenceIndex() > COREF_WINDOW) {
                return null;
            }
            if (m.actor().kind() == ActorKind.PERSON && m.span().end() <= before) {
                return m;
            }
        }
        return null;
    }

    /**
     * The person a definite role noun ("the minister", "the Vice President") refers back to:
     * the latest person in the window whose mention or office has those words ("Vice President
     * Harris", a Foreign Minister), else the latest person of the role's sector.
     */
    private static Mention latestWithRole(List<Mention> earlier, int sentence, String sector, String roleWords) {
        Mention bySector = null;
        for (int i = earlier.size() - 1; i >= 0; i--) {
            Mention m = earlier.get(i);
            if (sentence - m.sentenceIndex() > COREF_WINDOW) {
                break;
            }
            if (m.actor().kind() != ActorKind.PERSON) {
                continue;
            }
            String role = m.actor().role() == null ? "" : m.actor().role().toLowerCase(Locale.ROOT);
            if (!roleWords.isEmpty() && (m.text().toLowerCase(Locale.ROOT).contains(roleWords) || role.contains(roleWords))) {
                return m;
            }
            if (bySector == null && sector.equals(m.actor().sector())) {
                bySector = m;
            }
        }
        return bySector;
    }

    /** The words of a role noun phrase without its determiners, lower-cased: "the Vice President" → "vice president". */
    private static String roleWords(Sentence s, BitSet np, Token head) {
        StringBuilder b = new StringBuilder();
        for (int i = np.nextSetBit(0); i >= 0 && i <= head.index(); i = np.nextSetBit(i + 1)) {
            Token t = s.token(i);
            if (t.pos().equals("DT") || t.relation().equals("punct") || t.relation().equals("case")) {
                continue;
            }
            b.append(b.length() == 0 ? "" : " ").append(t.text().toLowerCase(Locale.ROOT));
        }
        return b.toString();
    }
}
