package org.parley.actors;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.parley.data.DataFileException;
import org.parley.model.ActorKind;

/**
 * Imports PETRARCH/TABARI actor and agent dictionaries into a {@link KnowledgeBase.Builder},
 * so that users who maintain such files can use them with Parley.
 *
 * <h2>Actor dictionaries</h2>
 * An entry starts with a line {@code NAME_WITH_UNDERSCORES [CODE]}; the codes may instead (or
 * also) follow on indented lines, several per line, and {@code +SYNONYM} lines add names.
 * A code is {@code [CODE]} (undated default), {@code [CODE >YYYYMMDD]} (from that day),
 * {@code [CODE <YYYYMMDD]} (until that day) or {@code [CODE YYYYMMDD-YYYYMMDD]}; six-digit
 * {@code YYMMDD} dates read 00–30 as 20YY and the rest as 19YY, as TABARI does. Both ends are
 * inclusive; where dated roles overlap, the resolver prefers the one that started last.
 * <ul>
 *   <li>An entry with a country code plus sector ({@code RUSGOV}, {@code USAELI}), or with any
 *       dated code, becomes a {@link Person} with one {@link RoleSpell} per code: country = the
 *       first three letters, sector = the next three or null (a third sector, as in
 *       {@code AFGGOVBUS}, stays only in the role text "dictionary code AFGGOVBUS"). An undated
 *       code runs from 1900-01-01 with no end, so dated codes win while they apply. A bare
 *       sector code ({@code [ELI]}) has no country; an {@code IGO...} code in a person entry
 *       is an organisation office.</li>
 *   <li>An entry whose codes are all undated organisation codes becomes an
 *       {@link Organization}: {@code IGO} as an IGO, {@code NGO} as an NGO, {@code IMG}
 *       (militarised groups) and {@code MNC} (companies) as groups.</li>
 *   <li>An entry whose codes are all bare three-letter codes ({@code AFGHANISTAN_ [AFG]}) names
 *       a country or region: it is skipped, since countries come from Parley's own tables and
 *       importing them as people would shadow the country names.</li>
 * </ul>
 * Names are read with {@code _} as spaces and put in title case (function words in lower case,
 * initials such as {@code U.N.} and short organisation acronyms kept in capitals), since
 * Parley matches names with their capitalisation. Parenthesised parts of names are dropped.
 *
 * <h2>Agent dictionaries</h2>
 * Lines {@code WORD_OR_PHRASE {PLURALS} [~SECTOR]} (the {@code ~} is optional) become agent
 * words with the first three letters of the code as sector. Regular plurals are generated
 * unless {@code {}} or explicit {@code {PLURAL ...}} forms are given; substitution sets
 * {@code !NAME! = A, B, C} are expanded where {@code !NAME!} appears. Prefix codes
 * ({@code [IGO~]}) cannot be expressed as a sector and are skipped.
 *
 * <h2>Everywhere</h2>
 * {@code #} comments, {@code <!-- ... -->} blocks and blank lines are ignored. A malformed
 * line or an unusable code is skipped and counted, with at most {@value #MAX_WARNINGS}
 * one-line warnings "file:line: what"; only a missing or unreadable file is an error.
 */
public final class PetrarchDictionary {

    /** Start of undated codes and of {@code <DATE} codes. */
    public static final LocalDate DEFAULT_START = LocalDate.of(1900, 1, 1);

    static final int MAX_WARNINGS = 20;

    /** Three-letter codes that are a sector alone, not a country ({@code [ELI]} after an office). */
    private static final Set<String> SECTORS = Set.of("ELI", "GOV", "MIL", "REB", "OPP", "PTY", "COP", "JUD",
            "SPY", "MED", "EDU", "BUS", "CRM", "CVL", "LAB", "LEG", "REF", "AGR", "HLH", "HRI", "UAF", "DEV", "ENV");

    private static final Map<String, ActorKind> ORG_PREFIXES = Map.of("IGO", ActorKind.IGO, "NGO", ActorKind.NGO,
            "IMG", ActorKind.GROUP, "MNC", ActorKind.GROUP);

    private static final Set<String> FUNCTION_WORDS = Set.of("of", "the", "and", "for", "in", "on", "at", "to",
            "by", "with", "de", "del", "da", "do", "dos", "das", "du", "des", "la", "le", "van", "von", "der", "den");

    private static final Pattern BRACKET = Pattern.compile("\\[([^\\]]*)\\]");
    private static final Pattern CODE = Pattern.compile("(?:[A-Z]{3})+");
    private static final Pattern SUBSTITUTION = Pattern.compile("(![A-Z0-9_]+!)\\s*=\\s*(.+)");
    private static final Pattern INITIALS = Pattern.compile("(?:[A-Z]\\.)+[A-Z]?\\.?");

    private PetrarchDictionary() {
    }

    /**
     * What one dictionary added.
     *
     * @param file          the file name
     * @param people        people added (entries with country codes or dated codes)
     * @param organizations organisations added
     * @param agents        agent entries added (each with its singular and plural forms)
     * @param skipped       entries and codes that could not be used: country names, unknown
     *                      code shapes, bad dates, lines without a code
     * @param warnings      at most {@value PetrarchDictionary#MAX_WARNINGS} messages "file:line: what"
     */
    public record Summary(String file, int people, int organizations, int agents, int skipped,
                          List<String> warnings) {
        public Summary {
            warnings = List.copyOf(warnings);
        }
    }

    /**
     * Reads a PETRARCH/TABARI actor or agent dictionary (told apart by a file name containing
     * "agent" or by codes starting with {@code ~}) and adds its entries to {@code builder}.
     *
     * @throws DataFileException when the file is missing or unreadable
     */
    public static Summary load(Path file, KnowledgeBase.Builder builder) {
        List<String> raw = readLines(file);
        List<String> lines = clean(raw);
        Path fileName = file.getFileName();
        Loader loader = new Loader(fileName == null ? file.toString() : fileName.toString(), builder);
        if (isAgentDictionary(loader.file, lines)) {
            loader.loadAgents(lines);
        } else {
            loader.loadActors(raw, lines);
        }
        return loader.summary();
    }

    // ---------------------------------------------------------------- reading

    static List<String> readLines(Path file) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new DataFileException(file + ": no such dictionary file");
        } catch (IOException e) {
            throw new DataFileException(file + ": cannot read dictionary: " + e);
        }
        String text = decode(bytes);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        return Arrays.asList(text.split("\r\n|\r|\n", -1));
    }

    /** UTF-8, or ISO-8859-1 when the bytes are not valid UTF-8 (older TABARI files). */
    private static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
    }

    /** The lines without comments and surrounding blanks, line numbers kept (removed lines are empty). */
    static List<String> clean(List<String> raw) {
        List<String> out = new ArrayList<>(raw.size());
        boolean inBlock = false;
        for (String line : raw) {
            String s = line;
            if (inBlock) {
                int end = s.indexOf("-->");
                if (end < 0) {
                    out.add("");
                    continue;
                }
                s = s.substring(end + 3);
                inBlock = false;
            }
            if (s.strip().startsWith("<!")) {
                inBlock = !s.contains("-->");
                out.add("");
                continue;
            }
            int hash = s.indexOf('#');
            out.add((hash >= 0 ? s.substring(0, hash) : s).strip());
        }
        return out;
    }

    private static boolean isAgentDictionary(String fileName, List<String> lines) {
        if (fileName.toLowerCase(Locale.ROOT).contains("agent")) {
            return true;
        }
        int agentCodes = 0;
        int actorCodes = 0;
        for (String line : lines) {
            Matcher m = BRACKET.matcher(line);
            while (m.find()) {
                if (m.group(1).strip().startsWith("~")) {
                    agentCodes++;
                } else {
                    actorCodes++;
                }
            }
        }
        return agentCodes > actorCodes;
    }

    // ---------------------------------------------------------------- names

    /** A dictionary name as text: {@code _} as spaces, parentheses dropped, title case. */
    static String displayName(String raw, boolean organization) {
        String s = raw.replaceAll("\\([^)]*\\)", " ").replaceAll("\\(.*$", " ").replace('_', ' ').strip();
        s = s.replaceAll("[\\s,;]+$", "");
        String[] words = s.split("\\s+");
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < words.length; i++) {
            if (words[i].isEmpty()) {
                continue;
            }
            if (out.length() > 0) {
                out.append(' ');
            }
            out.append(caseWord(words[i], i == 0, organization && words.length == 1, organization));
        }
        return out.toString();
    }

    private static String caseWord(String w, boolean first, boolean soleOrgWord, boolean organization) {
        if (!w.equals(w.toUpperCase(Locale.ROOT)) || INITIALS.matcher(w).matches()) {
            return w;
        }
        String lower = w.toLowerCase(Locale.ROOT);
        if (!first && FUNCTION_WORDS.contains(lower)) {
            return lower;
        }
        if (soleOrgWord && w.length() <= 6 || organization && isAcronym(w)) {
            return w;
        }
        return titleCase(lower);
    }

    /** "UN", "EU", "UNHCR"-like words without vowels, or containing digits or slashes. */
    private static boolean isAcronym(String w) {
        return w.length() <= 2 || !w.matches(".*[AEIOUY].*") || w.matches(".*[0-9/].*");
    }

    /** Upper case at the start and after a hyphen or apostrophe: "Al-Assad", "O'Brien", "D'Ivoire". */
    private static String titleCase(String lower) {
        StringBuilder b = new StringBuilder(lower.length());
        boolean start = true;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            b.append(start ? Character.toUpperCase(c) : c);
            start = c == '-' || c == '\'' && i + 2 < lower.length();
        }
        return b.toString();
    }

    /** The name part of an entry line: the text before its first code. */
    private static String namePart(String line) {
        int bracket = line.indexOf('[');
        return (bracket >= 0 ? line.substring(0, bracket) : line).strip();
    }

    // ---------------------------------------------------------------- dates

    /** A YYYYMMDD or (TABARI) YYMMDD date; null when malformed. */
    static LocalDate parseDate(String s) {
        if (!s.matches("\\d{6}|\\d{8}")) {
            return null;
        }
        int year;
        int rest;
        if (s.length() == 6) {
            int yy = Integer.parseInt(s.substring(0, 2));
            year = yy <= 30 ? 2000 + yy : 1900 + yy;
            rest = 2;
        } else {
            year = Integer.parseInt(s.substring(0, 4));
            rest = 4;
        }
        try {
            return LocalDate.of(year, Integer.parseInt(s.substring(rest, rest + 2)),
                    Integer.parseInt(s.substring(rest + 2, rest + 4)));
        } catch (DateTimeException e) {
            return null;
        }
    }

    // ---------------------------------------------------------------- loading

    /** One code of an actor entry: start and end inclusive, null when open. */
    private record Code(String code, LocalDate start, LocalDate end) {
        boolean dated() {
            return start != null || end != null;
        }

        boolean organization() {
            return ORG_PREFIXES.containsKey(code.substring(0, 3));
        }

        boolean bareCountry() {
            return code.length() == 3 && !SECTORS.contains(code) && !organization();
        }
    }

    /** An actor entry being read: its first line, name, synonyms and codes. */
    private static final class Entry {
        final int line;
        final String name;
        final List<String> synonyms = new ArrayList<>();
        final List<Code> codes = new ArrayList<>();
        boolean hadCodes;

        Entry(int line, String name) {
            this.line = line;
            this.name = name;
        }
    }

    /** The state of one load: counts and warnings. */
    private static final class Loader {
        private final String file;
        private final KnowledgeBase.Builder builder;
        private final List<String> warnings = new ArrayList<>();
        private int warningCount;
        private int people;
        private int organizations;
        private int agents;
        private int skipped;
        private int countryEntries;
        private int firstCountryLine;

        Loader(String file, KnowledgeBase.Builder builder) {
            this.file = file;
            this.builder = builder;
        }

        Summary summary() {
            if (countryEntries > 0) {
                warn(firstCountryLine, countryEntries + " country or region entries (bare three-letter codes) "
                        + "skipped: countries come from Parley's knowledge base");
            }
            if (warningCount > warnings.size()) {
                warnings.set(warnings.size() - 1, file + ": " + (warningCount - warnings.size() + 1)
                        + " more warnings not shown");
            }
            return new Summary(file, people, organizations, agents, skipped, warnings);
        }

        private void warn(int line, String what) {
            warningCount++;
            if (warnings.size() < MAX_WARNINGS) {
                warnings.add(file + ":" + line + ": " + what);
            }
        }

        private void skip(int line, String what) {
            skipped++;
            warn(line, what);
        }

        // ------------------------------------------------------------ actors

        /**
         * Reads entries. Name lines that follow one another before any code form one block
         * sharing the codes that follow (the first is the name, the others synonyms); a blank
         * line ends a block that has no code yet.
         */
        void loadActors(List<String> raw, List<String> lines) {
            Entry entry = null;
            for (int i = 0; i < lines.size(); i++) {
                String s = lines.get(i);
                int lineNo = i + 1;
                if (s.isEmpty()) {
                    if (raw.get(i).isBlank() && entry != null && !entry.hadCodes) {
                        finish(entry);
                        entry = null;
                    }
                    continue;
                }
                if (entry != null && !entry.hadCodes && !s.startsWith("[")) {
                    addSynonym(entry, s.startsWith("+") ? s.substring(1) : s, lineNo);
                    continue;
                }
                if (s.startsWith("+") || s.startsWith("[")) {
                    if (entry == null) {
                        skip(lineNo, "'" + s + "' outside an entry");
                    } else if (s.startsWith("+")) {
                        addSynonym(entry, s.substring(1), lineNo);
                    } else {
                        readCodes(entry, s, lineNo);
                    }
                    continue;
                }
                finish(entry);
                entry = new Entry(lineNo, namePart(s));
                readCodes(entry, s, lineNo);
            }
            finish(entry);
        }

        private void addSynonym(Entry entry, String text, int lineNo) {
            String name = namePart(text);
            if (!name.isEmpty()) {
                entry.synonyms.add(name);
            }
            readCodes(entry, text, lineNo);
        }

        private void readCodes(Entry entry, String line, int lineNo) {
            Matcher m = BRACKET.matcher(line);
            int end = 0;
            while (m.find()) {
                entry.hadCodes = true;
                Code c = parseCode(m.group(1).strip(), lineNo);
                if (c != null) {
                    entry.codes.add(c);
                }
                end = m.end();
            }
            if (line.indexOf('[', end) >= 0) {
                entry.hadCodes = true;
                skip(lineNo, "unclosed code bracket in '" + line + "'");
            }
        }

        private Code parseCode(String content, int lineNo) {
            String[] parts = content.split("\\s+", 2);
            String code = parts[0].toUpperCase(Locale.ROOT);
            if (!CODE.matcher(code).matches()) {
                skip(lineNo, "code '[" + content + "]' has an unknown shape");
                return null;
            }
            String when = parts.length > 1 ? parts[1].replaceAll("\\s+", "") : "";
            LocalDate start = null;
            LocalDate end = null;
            if (when.startsWith(">")) {
                start = parseDate(when.substring(1));
            } else if (when.startsWith("<")) {
                end = parseDate(when.substring(1));
            } else if (!when.isEmpty()) {
                int dash = when.indexOf('-');
                start = dash > 0 ? parseDate(when.substring(0, dash)) : null;
                end = dash > 0 && start != null ? parseDate(when.substring(dash + 1)) : null;
                if (end == null) {
                    start = null;
                }
            }
            if (!when.isEmpty() && start == null && end == null
                    || start != null && end != null && end.isBefore(start)) {
                skip(lineNo, "code '[" + content + "]' has a bad date (YYYYMMDD, YYMMDD, >D, <D or D1-D2)");
                return null;
            }
            return new Code(code, start, end);
        }

        private void finish(Entry entry) {
            if (entry == null) {
                return;
            }
            if (entry.name.isEmpty()) {
                skip(entry.line, "entry without a name");
            } else if (entry.codes.isEmpty()) {
                if (!entry.hadCodes) {
                    skip(entry.line, "entry '" + entry.name + "' has no code");
                }
            } else if (entry.codes.stream().allMatch(Code::bareCountry)) {
                skipped++;
                countryEntries++;
                firstCountryLine = countryEntries == 1 ? entry.line : firstCountryLine;
            } else if (entry.codes.stream().allMatch(c -> c.organization() && !c.dated())) {
                addOrganization(entry);
            } else {
                addPerson(entry);
            }
        }

        private String id(Entry entry) {
            return "petrarch:" + file + ":" + entry.line;
        }

        private void addOrganization(Entry entry) {
            String code = entry.codes.get(0).code();
            ActorKind kind = ORG_PREFIXES.get(code.substring(0, 3));
            builder.addOrganization(new Organization(id(entry), code, kind, displayName(entry.name, true),
                    names(entry.synonyms, true), null, null));
            organizations++;
        }

        private void addPerson(Entry entry) {
            List<RoleSpell> spells = new ArrayList<>();
            for (Code c : entry.codes) {
                spells.add(spell(c));
            }
            builder.addPerson(new Person(id(entry), displayName(entry.name, false), names(entry.synonyms, false),
                    spells));
            people++;
        }

        private static RoleSpell spell(Code c) {
            String code = c.code();
            LocalDate start = c.start() == null ? DEFAULT_START : c.start();
            String role = "dictionary code " + code;
            if (c.organization()) {
                return new RoleSpell(null, null, role, code, start, c.end());
            }
            if (SECTORS.contains(code)) {
                return new RoleSpell(null, code, role, null, start, c.end());
            }
            String sector = code.length() >= 6 ? code.substring(3, 6) : null;
            return new RoleSpell(code.substring(0, 3), sector, role, null, start, c.end());
        }

        private static List<String> names(List<String> raw, boolean organization) {
            return raw.stream().map(n -> displayName(n, organization)).filter(n -> !n.isEmpty()).distinct().toList();
        }

        // ------------------------------------------------------------ agents

        void loadAgents(List<String> lines) {
            Map<String, List<String>> substitutions = new LinkedHashMap<>();
            for (int i = 0; i < lines.size(); i++) {
                String s = lines.get(i);
                if (s.isEmpty()) {
                    continue;
                }
                Matcher sub = SUBSTITUTION.matcher(s);
                if (sub.matches()) {
                    substitutions.put(sub.group(1), splitList(sub.group(2)));
                } else {
                    readAgent(s, i + 1, substitutions);
                }
            }
        }

        private void readAgent(String line, int lineNo, Map<String, List<String>> substitutions) {
            Matcher m = BRACKET.matcher(line);
            if (!m.find()) {
                skip(lineNo, "agent '" + line + "' has no [~SECTOR] code");
                return;
            }
            String code = m.group(1).strip().toUpperCase(Locale.ROOT);
            String sector = code.startsWith("~") ? code.substring(1) : code;
            if (!CODE.matcher(sector).matches()) {
                skip(lineNo, "agent code '[" + m.group(1).strip() + "]' is not a sector ([~SECTOR])");
                return;
            }
            String head = line.substring(0, m.start());
            int brace = head.indexOf('{');
            String phrase = (brace >= 0 ? head.substring(0, brace) : head).strip();
            List<String> plurals = brace >= 0 ? explicitPlurals(head.substring(brace), lineNo) : null;
            if (phrase.isEmpty()) {
                skip(lineNo, "agent line without a word");
                return;
            }
            addAgentForms(lineNo, phrase, plurals, sector.substring(0, 3), substitutions);
        }

        private List<String> explicitPlurals(String braces, int lineNo) {
            int close = braces.indexOf('}');
            if (close < 0) {
                warn(lineNo, "unclosed '{' in agent plurals");
                close = braces.length();
            }
            return splitList(braces.substring(1, close));
        }

        private void addAgentForms(int lineNo, String phrase, List<String> plurals, String sector,
                                   Map<String, List<String>> substitutions) {
            String id = "petrarch:" + file + ":" + lineNo;
            List<String> forms = new ArrayList<>();
            for (String singular : expand(phrase, substitutions, lineNo)) {
                forms.add(singular);
                if (plurals == null && !phrase.contains("!")) {
                    forms.add(plural(singular));
                }
            }
            if (plurals != null) {
                forms.addAll(plurals);
            }
            for (String form : forms) {
                String words = form.replace('_', ' ').strip().toLowerCase(Locale.ROOT);
                if (!words.isEmpty()) {
                    builder.addAgent(id, words, sector);
                }
            }
            agents++;
        }

        /** The phrase with each {@code !NAME!} replaced by every member of its set. */
        private List<String> expand(String phrase, Map<String, List<String>> substitutions, int lineNo) {
            int open = phrase.indexOf('!');
            int close = open < 0 ? -1 : phrase.indexOf('!', open + 1);
            if (close < 0) {
                return List.of(phrase);
            }
            List<String> members = substitutions.get(phrase.substring(open, close + 1));
            if (members == null) {
                warn(lineNo, "unknown substitution set " + phrase.substring(open, close + 1));
                members = List.of();
            }
            List<String> out = new ArrayList<>();
            for (String member : members) {
                out.addAll(expand(phrase.substring(0, open) + member + phrase.substring(close + 1), substitutions,
                        lineNo));
            }
            return out;
        }

        private static List<String> splitList(String s) {
            return Arrays.stream(s.split("[,\\s]+")).map(String::strip).filter(w -> !w.isEmpty()).toList();
        }
    }

    /** The regular English plural of a phrase's last word ("POLICEMAN" is left to the dictionary's sets). */
    static String plural(String phrase) {
        String p = phrase.endsWith("_") ? phrase.substring(0, phrase.length() - 1) : phrase;
        String upper = p.toUpperCase(Locale.ROOT);
        if (upper.matches(".*(S|X|Z|CH|SH)")) {
            return p + "es";
        }
        if (upper.matches(".*[^AEIOU]Y")) {
            return p.substring(0, p.length() - 1) + "ies";
        }
        return p + "s";
    }
}
