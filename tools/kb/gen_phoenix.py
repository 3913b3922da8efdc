#!/usr/bin/env python3
"""Compile the Phoenix/PETRARCH actor and agent dictionaries into Parley's KB, selectively.

Development-time tool (Python 3 standard library only).  Parley never reads the
dictionaries; only the generated files are committed:

  people-phoenix.tsv         people with dated roles (to the source's date, 2014-01-30)
  organizations-phoenix.tsv  IGOs, NGOs, companies, national bodies and armed groups
  --agents FILE              agent words (role and group nouns), for measuring only: the
                             layer lowered PLOVER dev and is not loaded

Merging the dictionaries as they are makes the actor figures worse (bare
surnames, common words, misspellings, people coded as organisations), so every
entry passes the rules below; gen_phoenix.py prints how many each rule dropped.
Our own tables always win: an entry that names a person, organisation, country,
place or agent word Parley already knows is left out or, for a person of ours,
adds only spells that do not overlap ours.  See README-phoenix.md.

Usage: python3 tools/kb/gen_phoenix.py [--dict DIR] [--kb DIR] [--words FILE] [--agents FILE]
"""
import argparse
import datetime
import os
import re
import sys
from collections import Counter, defaultdict

import kbdata
import phoenix
from kbdata import fold

SNAPSHOT = datetime.date(2014, 1, 30)   # CountryInfo.140130, the source of the country actors
COMMON_GIVEN = 8   # a given name that begins at least this many names in the KB is a common one

# CAMEO sector codes -> ours (README.md, agents.tsv); religions are REL, separatists REB
SECTORS = {s: s for s in ('GOV', 'MIL', 'COP', 'SPY', 'JUD', 'LEG', 'REB', 'OPP', 'PTY', 'CVL', 'REF', 'MED',
                          'BUS', 'EDU', 'REL', 'ELI', 'CRM', 'UAF', 'LAB', 'HLH', 'ENV', 'AGR', 'HRI', 'DEV')}
SECTORS.update({r: 'REL' for r in ('MUS', 'CHR', 'JEW', 'BUD', 'HIN', 'CTH', 'PRO', 'ORT', 'SHI', 'SUN', 'SFI',
                                   'JAN', 'SIK', 'TAO', 'ZRO', 'DRZ', 'ALE', 'ITH', 'CON', 'MOS')})
SECTORS.update({'SEP': 'REB', 'INS': 'REB'})
# sectors a person's spell may carry (a minister's portfolio after GOV is dropped: GOVBUS is GOV)
PERSON_SECTORS = {'GOV', 'MIL', 'COP', 'SPY', 'JUD', 'LEG', 'REB', 'OPP', 'PTY', 'ELI', 'MED', 'BUS', 'EDU',
                  'REL', 'CVL', 'LAB', 'HRI', 'CRM', 'UAF', 'HLH', 'ENV', 'AGR', 'REF', 'DEV'}

# words that make a name an organisation's ("Front", "Council", "Brigades")
ORG_WORDS = set('''organization organisation organizations association associations council committee commission
agency fund bank union federation league party front army movement group groups brigade brigades
institute institution foundation society centre center network alliance forces force corps court tribunal
office ministry programme program mission bureau board conference forum coalition company corporation corp
inc ltd co plc holdings airlines airways international trust watch service services assembly parliament
authority secretariat initiative project campaign cell cells faction factions nuclei guerrillas guerrilla
battalion battalions command liberation revolutionary jihad mujahideen mujahedin brotherhood congress senate
university college school academy hospital church mosque police guard guards navy militia militias
cooperation community partnership industries industry group systems energy oil petroleum gas motors
telecom communications media news radio television press times post journal agency unit units squad squads
organisation resistance order union ummah jamaat jamaah tehrik harakat hizb jaish lashkar ansar
army's fighters rebels council's government administration regime junta cabinet'''.split())

# words of titles and roles: a name carrying one is a description, not a name
TITLE_WORDS = set('''president vice prime minister ministers secretary general chief head leader leaders chairman
chairwoman spokesman spokeswoman ambassador envoy king queen prince princess emir sheikh sultan
governor mayor senator deputy foreign defense defence interior finance former premier chancellor
commander colonel lieutenant captain major admiral marshal sergeant judge justice attorney speaker
cardinal archbishop bishop pope imam ayatollah rabbi dr mr mrs ms sir lord lady dame his her excellency
minister's president's secretary-general secy sec gen un u.n.'''.split())


def log(stats, layer, rule, n=1):
    stats[(layer, rule)] += n


# ---------------------------------------------------------------- codes

def org_code(code, iso3):
    """(kind, country, sectors) of an organisation code, or None when it is no organisation's."""
    ch = code.chunks()
    mapped = []
    for c in ch[1:]:
        if c in SECTORS and SECTORS[c] not in mapped:
            mapped.append(SECTORS[c])
    if ch[0] == 'IGO':
        return 'igo', '', mapped
    if ch[0] == 'NGO':
        return 'ngo', iso3.get(ch[1], '') if len(ch) > 1 else '', mapped
    if ch[0] == 'IMG':
        return 'group', '', ['REB']
    if ch[0] == 'MNC':
        return 'group', iso3.get(ch[1], '') if len(ch) > 1 else '', ['BUS']
    if len(ch) < 2:
        return None
    country = iso3.get(ch[0], '')
    if not country and not re.fullmatch(r'[A-Z]{3}', ch[0]):
        return None
    if not mapped:
        return None
    if mapped[0] == 'GOV' and 'LEG' in mapped:
        mapped = ['LEG'] + [s for s in mapped if s != 'LEG']
    return 'group', country, mapped


def person_spell(code, iso3):
    """A spell (country, sector, org, start, end) from a dated person code, or the rule it breaks."""
    if not code.dated:
        return 'undated code (the resolver gives ELI outside dated roles)'
    if code.start is None:
        return 'code without a start date'
    if code.start > SNAPSHOT:
        return 'code starting after the source date'
    end = code.end if code.end is not None else SNAPSHOT
    ch = code.chunks()
    if ch[0] == 'IGO':
        return ('', '', code.code, code.start, end, code.code)
    country = iso3.get(ch[0])
    if country is None:
        return 'country code Parley lacks (old state or region)'
    if len(ch) < 2 or ch[1] not in PERSON_SECTORS and ch[1] not in SECTORS:
        return 'code without a sector of ours (territory, occupied, unrecognised)'
    sector = SECTORS[ch[1]]
    if sector == 'ELI':
        # the resolver codes people outside their offices itself (ELI after one, the country
        # before); a dated ELI spell would override the title the text gives ("Prime Minister X")
        return 'elite (ELI) spell: the resolver derives it'
    if sector == 'GOV' and 'LEG' in ch[2:]:
        sector = 'LEG'
    return (country, sector, '', code.start, end, code.code)


# ---------------------------------------------------------------- names

def is_typo(a, b):
    """Whether word a is a misspelling of word b rather than another transliteration: an
    adjacent transposition, or one letter added, dropped or changed that no spelling
    convention explains (vowels, doubled letters, h, y/i/j, k/q/c, s/z, v/w)."""
    if a == b or abs(len(a) - len(b)) > 1 or min(len(a), len(b)) < 4:
        return False
    vowels = set('aeiouy')
    if len(a) == len(b):
        diff = [i for i in range(len(a)) if a[i] != b[i]]
        if len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]:
            return True
        if len(diff) != 1:
            return False
        x, y = a[diff[0]], b[diff[0]]
        pairs = [set('iyj'), set('kqc'), set('sz'), set('vw'), set('dt'), set('ue'), set('ph'), set('gk')]
        return not (x in vowels and y in vowels or any(x in p and y in p for p in pairs))
    longer, shorter = (a, b) if len(a) > len(b) else (b, a)
    for i in range(len(longer)):
        if longer[:i] + longer[i + 1:] == shorter:
            c = longer[i]
            doubled = (i > 0 and longer[i - 1] == c) or (i + 1 < len(longer) and longer[i + 1] == c)
            return not (c in vowels or c in 'h\'-' or doubled)
    return False


def misspelled(form, head):
    """A form that differs from the entry's head name by one misspelt word."""
    fw, hw = fold(form).split(), fold(head).split()
    if len(fw) != len(hw) or form == head:
        return False
    diffs = [(x, y) for x, y in zip(fw, hw) if x != y]
    return len(diffs) == 1 and is_typo(*diffs[0])


def phrase_kinds(ours, text):
    return ours.phrases.get(fold(text), set())


# ---------------------------------------------------------------- people

class Group:
    """Phoenix entries taken to name one person."""

    def __init__(self, entry):
        self.entries = [entry]
        self.names = []       # display forms, the first is the name
        self.spells = []
        self.countries = set()


def select_people(entries, ours, common, stats, other_names):
    L = 'people'
    groups = []
    for e in entries:
        spells = []
        for c in e.codes:
            s = person_spell(c, ours.iso3)
            if isinstance(s, str):
                log(stats, L, 'code dropped: ' + s)
            else:
                spells.append(s)
        if not spells:
            continue
        head = phoenix.display(e.names[0])
        if any(w in ORG_WORDS for w in fold(head).split()) and len(e.names) == 1:
            log(stats, L, 'entry dropped: names an organisation, not a person')
            continue
        g = Group(e)
        g.spells = spells
        g.countries = {s[0] or s[2][:6] for s in spells}
        for raw in e.names:
            d = phoenix.display(raw)
            words = d.split()
            why = None
            if '+' in raw or re.search(r'[0-9@/]', d) or not words or words[-1].lower() in phoenix.PARTICLES:
                why = 'malformed or cut-off name'
            elif any(w.lower().strip('.,') in TITLE_WORDS or fold(w) in ours.agent_words
                     or fold(w) in ours.country_words for w in words):
                why = 'name with a title, role or country (the resolver composes those)'
            elif len(words) > 1 and re.fullmatch(r'[A-Z]\.?', words[0]):
                why = 'initial for a given name'
            elif raw is not e.names[0] and misspelled(d, head):
                why = 'misspelling of the entry name'
            elif phrase_kinds(ours, d) - {'person'}:
                why = 'names a country, organisation, place or agent word of ours'
            if why:
                log(stats, L, 'name dropped: ' + why)
                continue
            for v in phoenix.particle_variants(d):
                for h in phoenix.hyphen_variants(v, person=True):
                    if h not in g.names:
                        g.names.append(h)
        if not g.names:
            log(stats, L, 'entry dropped: no usable name')
            continue
        groups.append(g)

    # one person listed in several entries (same name, a shared country) becomes one group
    by_name = defaultdict(list)
    for i, g in enumerate(groups):
        for n in g.names:
            by_name[fold(n)].append(i)
    parent = list(range(len(groups)))

    def root(i):
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i
    for idx in by_name.values():
        for j in idx[1:]:
            a, b = root(idx[0]), root(j)
            if a != b and groups[a].countries & groups[b].countries:
                parent[b] = a
                groups[a].entries += groups[b].entries
                groups[a].spells += groups[b].spells
                groups[a].countries |= groups[b].countries
                groups[a].names += [n for n in groups[b].names if n not in groups[a].names]
    merged = [g for i, g in enumerate(groups) if root(i) == i]
    log(stats, L, 'entries merged into another entry of the same person', len(groups) - len(merged))
    # a name of two people of different countries names neither
    holders = defaultdict(set)
    for i, g in enumerate(merged):
        for n in g.names:
            holders[fold(n)].add(i)
    for g in merged:
        kept = [n for n in g.names if len(holders[fold(n)]) == 1]
        log(stats, L, 'name dropped: names people of different countries', len(g.names) - len(kept))
        g.names = kept

    # a name of two common given names ("Mohamed Ahmed", "Ana Maria") is shared by many people
    first = Counter(kbdata.jkey(p['name'].split()[0]) for p in ours.people.values())
    first.update(kbdata.jkey(g.names[0].split()[0]) for g in merged if g.names)
    for g in merged:
        kept = [n for n in g.names if not (len(n.split()) == 2 and all(
            first[kbdata.jkey(w)] >= COMMON_GIVEN for w in n.split()))]
        log(stats, L, 'name dropped: two common given names', len(g.names) - len(kept))
        g.names = kept

    rows, joined = [], 0
    used_slugs = set(ours.people)
    for g in merged:
        if not g.names:
            log(stats, L, 'entry dropped: all its names are ambiguous')
            continue
        spells = merge_spells(g.spells)
        slugs = set()
        for n in g.names:
            slugs |= ours.person_by_name.get(fold(n), set())
        if slugs:
            if len(slugs) == 1 and ours.countries_of(next(iter(slugs))) & g.countries:
                slug = next(iter(slugs))
                theirs = ours.people[slug]['spells']
                keep = [s for s in spells if not any(overlaps(s, t) for t in theirs)]
                log(stats, L, 'spell dropped: overlaps a spell of ours', len(spells) - len(keep))
                if keep:
                    joined += 1
                    log(stats, L, 'person of ours: earlier spells added')
                for s in keep:
                    rows.append(row(slug, ours.people[slug]['name'], [], s, 'yes'))
                continue
            ambiguous = {fold(n) for n in g.names if ours.person_by_name.get(fold(n))}
            g.names = [n for n in g.names if fold(n) not in ambiguous]
            log(stats, L, 'name dropped: a namesake of one of our people', len(ambiguous))
            if not g.names:
                log(stats, L, 'entry dropped: all its names are ambiguous')
                continue
        g.slug = unique_slug(kbdata.slugify(g.names[0]), used_slugs)
        g.spells = spells
        rows.append(g)
    people = [g for g in rows if isinstance(g, Group)]
    surname_rule(people, ours, common, stats, other_names)
    out = []
    for g in rows:
        if isinstance(g, Group):
            if g.surname == 'drop':
                continue
            for s in g.spells:
                out.append(row(g.slug, g.names[0], g.names[1:], s, g.surname))
        else:
            out.append(g)
    log(stats, L, 'people kept', len({r['person'] for r in out}))
    log(stats, L, 'spells kept', len(out))
    return out


def surname_rule(people, ours, common, stats, other_names):
    """Which people may be found by bare surname (kbdata.surname_verdicts)."""
    L = 'people'
    verdicts = kbdata.surname_verdicts([(g.names[0], g.names[1:]) for g in people], ours, common, other_names)
    for g, why in zip(people, verdicts):
        if len(g.names[0].split()) == 1:
            # a one-word name ("Suharto") is itself the surname: kept only where a bare surname would be
            g.surname = 'drop' if why else 'yes'
            log(stats, L, ('entry dropped: one-word name ' + why) if why else 'one-word name kept')
        else:
            g.surname = 'no' if why else 'yes'
            log(stats, L, ('no bare-surname lookup: ' + why) if why else 'bare-surname lookup allowed')


def merge_spells(spells):
    """One spell per country, sector and org where the source's overlap or touch."""
    by = defaultdict(list)
    for s in spells:
        by[s[:3]].append(s)
    out = []
    for k, ss in by.items():
        ss.sort(key=lambda s: s[3])
        cur = list(ss[0])
        for s in ss[1:]:
            if s[3] <= cur[4] + datetime.timedelta(days=1):
                cur[4] = max(cur[4], s[4])
            else:
                out.append(tuple(cur))
                cur = list(s)
        out.append(tuple(cur))
    return sorted(out, key=lambda s: (s[3], s[0], s[1], s[2]))


def overlaps(s, theirs):
    start, end = s[3].isoformat(), s[4].isoformat()
    t_end = theirs['end'] or '9999-12-31'
    return start < t_end and theirs['start'] < end


def unique_slug(slug, used):
    s, n = slug, 2
    while s in used:
        s = '%s-%d' % (slug, n)
        n += 1
    used.add(s)
    return s


def row(slug, name, aliases, s, surname):
    country, sector, org, start, end, code = s
    return {'person': slug, 'name': name, 'aliases': '|'.join(aliases), 'country': country, 'sector': sector,
            'role': 'Phoenix ' + code, 'org': org, 'start': start.isoformat(), 'end': end.isoformat(),
            'surname': surname}


# ---------------------------------------------------------------- organisations

COMPANY_SUFFIX = re.compile(r',?\s+(Inc|Ltd|LTD|Limited|PLC|Plc|Corp|Corporation|CO|Co|Company|Group|Holdings|'
                            r'SA|AG|NV|LLC|LP)\.?$')


def org_forms(d, english):
    """The surface forms of one organisation name: its particle variants, a one-word name in
    capitals also in title case ("HAMAS", "Hamas"), and a company's name without its legal
    suffix ("Allergan Inc": "Allergan") unless that leaves an English word or a name."""
    forms = [h for v in phoenix.particle_variants(d) for h in phoenix.hyphen_variants(v)]
    bare = COMPANY_SUFFIX.sub('', d)
    if bare != d and bare and (len(bare.split()) > 1 or fold(bare) not in english and len(bare) > 3):
        forms.append(bare)
    if len(d.split()) == 1 and d.isupper() and len(d) >= 4 and re.search(r'[AEIOU]', d) and d.isalpha():
        forms.append(d.capitalize())
    return forms


def composed(d, ours, agent_singles):
    """A phrase made only of words the resolver composes itself ("Indian UN Peacekeeper")."""
    words = fold(d).split()
    return all(w in phoenix.FUNCTION_WORDS or w in agent_singles or w in ours.country_words
               or w in ours.agent_words or 'org' in ours.phrases.get(w, ()) or w in TITLE_WORDS
               for w in words)


def select_orgs(entries, ours, english, given, agent_singles, stats):
    L = 'organisations'
    cands = []
    for e in entries:
        if not e.codes:
            log(stats, L, 'entry dropped: no usable code')
            continue
        if any(c.dated for c in e.codes):
            log(stats, L, 'entry dropped: dated codes (a person, or a country that changed)')
            continue
        if all(len(c.code) == 3 for c in e.codes):
            log(stats, L, 'entry dropped: a country, region or sector alone')
            continue
        kinds = {org_code(c, ours.iso3) and tuple(map(str, org_code(c, ours.iso3))) for c in e.codes}
        if None in kinds:
            log(stats, L, 'entry dropped: a code of no organisation (territory, unknown sector)')
            continue
        if len({k[:2] for k in kinds}) > 1:
            log(stats, L, 'entry dropped: codes of different kinds or countries')
            continue
        kind, country, sectors = org_code(e.codes[0], ours.iso3)
        head = phoenix.display(e.names[0], True)
        words = fold(head).split()
        if (2 <= len(words) <= 4 and words[0] in given and not any(w in ORG_WORDS for w in fold(' '.join(
                e.names)).replace('_', ' ').split())):
            log(stats, L, 'entry dropped: a person without a dated role')
            continue
        names, known = [], False
        for raw in e.names:
            d = phoenix.display(raw, True)
            ws = d.split()
            why = None
            if '+' in raw or not ws or re.fullmatch(r'[\W\d_]+', d):
                why = 'malformed name'
            elif len(ws) == 1 and fold(d) in english:
                why = 'one word that is an English word or a name in the word list'
            elif len(ws) == 1 and len(re.sub(r'\W', '', d)) <= 3:
                why = 'acronym of three letters or fewer (ambiguous)'
            elif 'org' in phrase_kinds(ours, d):
                why = 'an organisation of ours'
                known = known or raw is e.names[0]
            elif phrase_kinds(ours, d):
                why = 'names a country, place, person or agent word of ours'
            elif raw is not e.names[0] and misspelled(d, head):
                why = 'misspelling of the entry name'
            elif composed(d, ours, agent_singles):
                why = 'made of words the resolver composes (country, role, organisation)'
            elif fold(d) in ours.person_by_name:
                why = 'names a person of ours'
            if why:
                log(stats, L, 'name dropped: ' + why)
                continue
            for v in org_forms(d, english):
                if v not in names:
                    names.append(v)
        if known:
            log(stats, L, 'entry dropped: an organisation of ours (ours wins)')
            continue
        if not names:
            log(stats, L, 'entry dropped: no usable name')
            continue
        cands.append({'entry': e, 'code': e.codes[0].code, 'kind': kind, 'country': country,
                      'sectors': sectors, 'names': names})
    # a name of organisations of different kinds or countries names none of them; a repeated
    # entry (same name, same code) is kept once
    holders = defaultdict(list)
    for i, c in enumerate(cands):
        for n in c['names']:
            holders[fold(n)].append(i)
    out, seen = [], set()
    for i, c in enumerate(cands):
        kept = []
        for n in c['names']:
            hs = holders[fold(n)]
            if len({(cands[j]['kind'], cands[j]['country']) for j in hs}) > 1:
                log(stats, L, 'name dropped: names organisations of different countries or kinds')
            elif hs[0] != i or (n, c['code']) in seen:
                log(stats, L, 'name dropped: repeated in another entry')
            else:
                kept.append(n)
                seen.add((n, c['code']))
        if not kept:
            log(stats, L, 'entry dropped: all its names are ambiguous or repeated')
            continue
        c['names'] = kept
        out.append(c)
    used = {o['id'] for o in ours.organizations}
    rows = []
    for c in out:
        rows.append({'id': unique_slug('org.phx.' + kbdata.slugify(c['names'][0]), used), 'code': c['code'],
                     'kind': c['kind'], 'name': c['names'][0], 'aliases': '|'.join(c['names'][1:]),
                     'country': c['country'], 'sector': '|'.join(c['sectors']), 'bloc': ''})
        log(stats, L, 'kept: ' + c['kind'] + (' (company)' if c['code'].startswith('MNC') else ''))
    return rows


# ---------------------------------------------------------------- agents

# single words that name people by their role or group: -er, -or, -ist, -ian, -man, ...
PEOPLE_NOUN = re.compile(r'(?<!m)(er|ers|or|ors|ist|ists|ian|ians|man|men|woman|women|ant|ants|ent|ents|ee|ees|'
                         r'ary|aries|crat|crats|ado|ados)$')
# heads of agent phrases that name a body of people or a vessel ("armed band", "spy ship")
GROUP_NOUNS = set('''group groups force forces unit units organization organizations organisation organisations
party parties movement movements army armies council councils assembly assemblies committee committees
commission commissions agency agencies bureau bureaus department departments service services ministry
ministries court courts union unions federation federations association associations alliance alliances
coalition coalitions front fronts squad squads band bands gang gangs wing wings patrol patrols personnel staff
staffs authorities authority body bodies institution institutions leadership corps brigade brigades battalion
battalions regiment regiments militia militias chamber chambers house houses senate senates family families
people peoples community communities ship ships vessel vessels jet jets aircraft plane planes helicopter
helicopters tanker tankers airliner airliners industry industries company companies firm firms
corporation corporations'''.split())


def head_word(words):
    """The head of an agent phrase: the last word, or the word before "of", "for", ..."""
    for i, w in enumerate(words[1:], 1):
        if w in ('of', 'for', 'in', 'on', 'to', 'at', 'and', 'from'):
            return words[i - 1]
    return words[-1]


def number_forms(phrase):
    """The phrase with its last or head word in the other number ("attorney generals": "attorney
    general"; "minister of labour": "ministers of labour")."""
    out = set()
    p = phoenix.plural(phrase)
    if p:
        out.add(p)
    for suffix, repl in (('ies', 'y'), ('es', ''), ('s', ''), ('men', 'man')):
        words = phrase.split(' ')
        for i in (len(words) - 1, words.index(head_word(words)) if head_word(words) in words else -1):
            if i >= 0 and words[i].endswith(suffix):
                out.add(' '.join(words[:i] + [words[i][:-len(suffix)] + repl] + words[i + 1:]))
    out.discard(phrase)
    return out


def select_agents(agents, ours, english, common, given, stats):
    L = 'agents'
    sectors_of = defaultdict(set)
    for a in agents:
        code = a.code.strip()
        if not code.startswith('~'):
            log(stats, L, 'entry dropped: prefix code (IGO~), not a sector', len(a.forms))
            continue
        ch = [code[1:][i:i + 3] for i in range(0, len(code) - 1, 3)]
        sector = SECTORS.get(ch[0]) if ch else None
        if sector is None:
            log(stats, L, 'entry dropped: sector Parley does not use (%s)' % ch[0], len(a.forms))
            continue
        for f in a.forms:
            sectors_of[f].add(sector)
    by_sector = defaultdict(list)
    singles = {f for f, ss in sectors_of.items() if ' ' not in f and len(ss) == 1 and f in common
               and PEOPLE_NOUN.search(f) and f not in given}
    for f in sorted(sectors_of):
        ss = sectors_of[f]
        sector = next(iter(ss))
        words = f.split()
        head = fold(head_word(words))
        why = None
        if len(ss) > 1:
            why = 'one word, several sectors'
        elif fold(f) in ours.agent_words:
            why = 'an agent word of ours (ours wins)'
        elif any(ours.agent_words.get(fold(v), sector) != sector for v in number_forms(f)):
            why = 'the singular or plural of a word of ours with another sector (ours wins)'
        elif ours.phrases.get(fold(f)):
            why = 'names a country, organisation or place of ours'
        elif re.search(r"[^a-z \-'.]", f) or not all(fold(w) in english for w in words):
            why = 'not English words (misspelling, TABARI stem, double plural)'
        elif words[0] in ('a', 'an', 'the'):
            why = 'starts with an article'
        elif len(words) == 1 and (not PEOPLE_NOUN.search(f) or f not in common):
            why = 'one word that is no common noun for people ("business", "Christian", "settlement")'
        elif len(words) == 1 and f in given:
            why = 'one word that is also a given name'
        elif any(w in ours.country_words for w in words):
            why = 'carries a country name or demonym'
        elif len(words) > 1 and ours.agent_words.get(head) == sector:
            why = 'its head word is an agent word of ours with the same sector'
        elif len(words) > 1 and not (head in ours.agent_words or head in GROUP_NOUNS or head in singles
                                     or PEOPLE_NOUN.search(head)):
            why = 'its head names no people, body or vessel ("security check", "web site")'
        if why:
            log(stats, L, 'word dropped: ' + why)
            continue
        by_sector[sector].append(f)
        log(stats, L, 'word kept')
    return [{'id': 'agent.phx.' + s.lower(), 'words': '|'.join(ws), 'sector': s,
             'note': 'Phoenix agent dictionary words of sector ' + s, 'defers': '', 'country': ''}
            for s, ws in sorted(by_sector.items())]


# ---------------------------------------------------------------- output

HEADER = '''# Parley knowledge base: {what}, compiled from the Phoenix/PETRARCH dictionaries.
# generated by tools/kb/gen_phoenix.py; do not edit (see tools/kb/README-phoenix.md)
# Source: {files} of the Phoenix actor and agent dictionaries
#   (Open Event Data Alliance, openeventdata/petrarch2), MIT License,
#   Copyright (c) 2014 Open Event Data Alliance; the licence text is in ATTRIBUTION.md.
#   Adapted: entries selected by rule, names recased, codes mapped to Parley's sectors.
'''


def write(path, what, files, cols, rows):
    with open(path, 'w', encoding='utf-8', newline='\n') as f:
        f.write(HEADER.format(what=what, files=files))
        f.write('\t'.join(cols) + '\n')
        for r in rows:
            cells = [r[c] for c in cols]
            if any('\t' in x or '\n' in x for x in cells):
                sys.exit('tab or newline inside a cell: %r' % cells)
            f.write('\t'.join(cells) + '\n')
    print('wrote %s: %d rows' % (os.path.relpath(path, kbdata.REPO), len(rows)), file=sys.stderr)


def other_people(kb, own):
    """(name, aliases) of the people in the other generated people-*.tsv files."""
    out = {}
    for fn in sorted(os.listdir(kb)):
        if fn.startswith('people-') and fn.endswith('.tsv') and fn != own:
            for r in kbdata.read_tsv(os.path.join(kb, fn)):
                out.setdefault(r['person'], (r['name'], kbdata.split_list(r['aliases'])))
    return list(out.values())


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--dict', default=os.path.join(kbdata.SHARED, 'data', 'dictionaries', 'phoenix'))
    ap.add_argument('--kb', default=kbdata.KB, help='our KB directory (read and written)')
    ap.add_argument('--words', default=kbdata.WORDS, help='English word list (Debian wamerican)')
    ap.add_argument('--agents', metavar='FILE',
                    help='also write the selected agent words there (measured, not loaded: README-phoenix.md)')
    args = ap.parse_args()
    ours = kbdata.Ours(args.kb)
    common = kbdata.common_words(args.words)
    stats = Counter()

    countries = phoenix.read_actors(os.path.join(args.dict, 'Phoenix.Countries.actors.txt'))
    international = phoenix.read_actors(os.path.join(args.dict, 'Phoenix.International.actors.txt'))
    milnonstate = phoenix.read_actors(os.path.join(args.dict, 'Phoenix.MilNonState.actors.txt'))
    agents = phoenix.read_agents(os.path.join(args.dict, 'Phoenix.agents.txt'))
    for e in countries + international + milnonstate:
        log(stats, 'read', 'actor entries')
        log(stats, 'read', 'malformed codes', len(e.bad_codes))
    log(stats, 'read', 'agent lines', len(agents))

    # people: entries with a dated code; the rest are organisations (or countries)
    dated = [e for e in countries + international if any(c.dated for c in e.codes)
             and not all(len(c.code) == 3 for c in e.codes)]
    dated_ids = {id(e) for e in dated}
    people = select_people(dated, ours, common, stats, other_people(args.kb, 'people-phoenix.tsv'))
    given = {fold(r['name']).split()[0] for r in people}
    given |= {fold(p['name']).split()[0] for p in ours.people.values()}
    given = {g for g in given if g not in ORG_WORDS}
    english = kbdata.english_words(args.words)
    agent_rows = select_agents(agents, ours, english, common, given, stats)
    agent_singles = {w for r in agent_rows for w in r['words'].split('|') if ' ' not in w}
    undated = [e for e in countries + international + milnonstate if id(e) not in dated_ids]
    orgs = select_orgs(undated, ours, english, given, agent_singles, stats)

    write(os.path.join(args.kb, 'people-phoenix.tsv'), 'people with dated roles',
          'Phoenix.Countries.actors.txt and Phoenix.International.actors.txt', kbdata.PEOPLE_COLS,
          sorted(people, key=lambda r: (r['person'], r['start'], r['role'])))
    write(os.path.join(args.kb, 'organizations-phoenix.tsv'), 'organisations and armed groups',
          'Phoenix.Countries.actors.txt, Phoenix.International.actors.txt and Phoenix.MilNonState.actors.txt',
          ['id', 'code', 'kind', 'name', 'aliases', 'country', 'sector', 'bloc'], sorted(orgs, key=lambda r: r['id']))
    if args.agents:
        write(args.agents, 'agent words', 'Phoenix.agents.txt',
              ['id', 'words', 'sector', 'note', 'defers', 'country'], agent_rows)
    for (layer, rule), n in sorted(stats.items()):
        print('%-14s %6d  %s' % (layer, n, rule), file=sys.stderr)


if __name__ == '__main__':
    main()
