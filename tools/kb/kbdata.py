"""Our own knowledge-base tables, read by the generators that add outside sources.

Development-time helper (Python 3 standard library only).  gen_phoenix.py and
gen_congress.py use it to check what Parley already knows, so that an outside
entry never overrides or shadows one of ours, and to tell common English words
and given names from surnames.
"""
import os
import re
import sys
import unicodedata
from collections import Counter, defaultdict

REPO = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..'))
KB = os.path.join(REPO, 'parley-core', 'src', 'main', 'resources', 'parley', 'kb')
SHARED = os.path.join(REPO, '..', 'shared')
WORDS = '/usr/share/dict/american-english'   # Debian package wamerican

PEOPLE_COLS = ['person', 'name', 'aliases', 'country', 'sector', 'role', 'org', 'start', 'end', 'surname']


def fold(s):
    """Accent- and case-insensitive key for matching names ("Al-Sisi" = "al Sisi")."""
    s = unicodedata.normalize('NFKD', s)
    s = ''.join(c for c in s if not unicodedata.combining(c))
    s = s.replace('\u2019', "'").replace('đ', 'd').replace('ł', 'l').replace('ø', 'o').replace('ı', 'i')
    return re.sub(r'[^a-z0-9]+', ' ', s.lower()).strip()


def slugify(s):
    return fold(re.sub(r'\s*\(.*?\)', '', s)).replace(' ', '-')


def read_tsv(path):
    """Rows of one of our TSV tables as dicts (comment lines skipped, header first)."""
    rows, header = [], None
    with open(path, encoding='utf-8') as f:
        for line in f:
            line = line.rstrip('\n')
            if not line.strip() or line.startswith('#'):
                continue
            cells = line.split('\t')
            if header is None:
                header = cells
                continue
            cells += [''] * (len(header) - len(cells))
            rows.append(dict(zip(header, cells)))
    return rows


def split_list(cell):
    return [x for x in (cell or '').split('|') if x]


def common_words(path=WORDS):
    """Lower-case English words (entries of the word list that start with a lower-case letter)."""
    if not os.path.exists(path):
        sys.exit('%s: no English word list; install the Debian package wamerican '
                 '(apt-get install wamerican) or give --words FILE' % path)
    out = set()
    with open(path, encoding='utf-8', errors='replace') as f:
        for w in f:
            w = w.strip()
            if w and w[0].islower():
                out.add(fold(w.replace("'s", '')))
    return out


def english_words(path=WORDS):
    """Every word of the list, folded, whatever its case ("buddhist", "ministers")."""
    with open(path, encoding='utf-8', errors='replace') as f:
        return {fold(w.strip().replace("'s", '')) for w in f if w.strip()}


def without_initials(name):
    """The name without middle initials ("George H. W. Bush": "George Bush"), as Parley's
    KnowledgeBase also indexes it; None when it has none."""
    parts = name.split()
    kept = [w for i, w in enumerate(parts)
            if i == 0 or i == len(parts) - 1 or not re.fullmatch(r'(?:[A-Z]\.?){1,3}', w)]
    return ' '.join(kept) if len(parts) > len(kept) >= 2 else None


def surname_keys(name, aliases):
    """The keys Parley finds a person under by bare surname, as KnowledgeBase.surnameKeys
    computes them: the last word of the name and of every alias of two or more words
    (not a regnal number, at least three letters, capitalised)."""
    keys = [name.split()[-1]]
    for a in aliases:
        parts = a.split()
        last = parts[-1]
        if len(parts) >= 2 and len(last) >= 3 and not re.fullmatch(r'[IVXLC]+', last) and last[0].isupper():
            keys.append(last)
    out = []
    for k in keys:
        if k and k not in out:
            out.append(k)
    return out


class Ours:
    """What Parley's hand-written and generated tables already hold."""

    def __init__(self, kb=KB):
        self.countries = read_tsv(os.path.join(kb, 'countries.tsv'))
        self.organizations = read_tsv(os.path.join(kb, 'organizations.tsv'))
        self.agents = read_tsv(os.path.join(kb, 'agents.tsv'))
        self.people_rows = read_tsv(os.path.join(kb, 'people.tsv'))
        self.places = read_tsv(os.path.join(kb, 'places.tsv'))
        # CAMEO or ISO3 code -> ISO3
        self.iso3 = {}
        for c in self.countries:
            self.iso3[c['iso3']] = c['iso3']
            self.iso3[c['cameo']] = c['iso3']
        # folded phrase -> what names it: 'country', 'org', 'place', 'agent'
        self.phrases = defaultdict(set)
        self.country_words = set()
        for c in self.countries:
            for cell in ('name', 'short'):
                self._phrase(c[cell], 'country')
            for cell in ('aliases', 'demonyms', 'capital', 'seats'):
                for x in split_list(c[cell]):
                    self._phrase(x, 'country')
        for o in self.organizations:
            for x in [o['name']] + split_list(o['aliases']):
                self._phrase(x, 'org')
        self.agent_words = {}
        for a in self.agents:
            for w in split_list(a['words']):
                self.agent_words[fold(w)] = a['sector']
                self._phrase(w, 'agent')
        for p in self.places:
            for x in [p['name']] + split_list(p.get('altnames', '')):
                self.phrases[fold(x)].add('place')
        # people: slug -> {name, aliases, spells}
        self.people = {}
        for r in self.people_rows:
            p = self.people.setdefault(r['person'], {'name': r['name'], 'aliases': set(), 'spells': []})
            p['aliases'].update(split_list(r['aliases']))
            p['spells'].append(r)
        self.person_by_name = defaultdict(set)
        for slug, p in self.people.items():
            for n in [p['name']] + sorted(p['aliases']):
                self.person_by_name[fold(n)].add(slug)
                bare = without_initials(n)
                if bare:
                    self.person_by_name[fold(bare)].add(slug)
        # one-word country names, demonyms, capitals and seats ("Russian", "Kremlin")
        for f in list(self.phrases):
            if 'country' in self.phrases[f] and ' ' not in f:
                self.country_words.add(f)

    def _phrase(self, text, what):
        self.phrases[fold(text)].add(what)

    def countries_of(self, slug):
        """Countries (or IGO codes) of one of our people's spells."""
        return {r['country'] or r['org'] for r in self.people[slug]['spells']}


def jkey(word):
    """A surname as Parley's KnowledgeBase looks it up: lower case, accents dropped."""
    if re.search(r'[^\x00-\x7f]', word):
        word = ''.join(c for c in unicodedata.normalize('NFKD', word) if not unicodedata.combining(c))
    return word.replace('\u2019', "'").lower()


def surname_verdicts(candidates, ours, common, other_names):
    """For each (name, aliases) of people to add, None when they may be found by bare surname,
    else why not: the surname is short, an English word, a given name, a country, place,
    organisation or agent word of ours, or the surname of anyone else in the KB (ours, the
    candidates, and other_names, the people of the other generated layers)."""
    count = Counter()
    given = set()
    everyone = [(p['name'], sorted(p['aliases'])) for p in ours.people.values()] + list(candidates) + list(other_names)
    for name, aliases in everyone:
        for k in {jkey(x) for x in surname_keys(name, aliases)}:
            count[k] += 1
        for n in [name] + list(aliases):
            for w in n.split()[:-1]:
                given.add(jkey(w))
    out = []
    for name, aliases in candidates:
        why = None
        for k in [jkey(x) for x in surname_keys(name, aliases)]:
            bare = re.sub(r'^(al|el|bin|ibn)-', '', k)
            if len(k) < 4 or not re.fullmatch(r"[a-z][a-z'\-]*", k):
                why = 'short or not a word'
            elif fold(k) in common or fold(bare) in common:
                why = 'an English word'
            elif k in given:
                why = 'also a given name'
            elif count[k] > 1:
                why = 'the surname of another person'
            elif ours.phrases.get(fold(k)):
                why = 'a country, place, organisation or agent word'
            if why:
                break
        out.append(why)
    return out
