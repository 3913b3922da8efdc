"""Reading PETRARCH/TABARI actor and agent dictionaries (the Phoenix set).

Development-time helper of gen_phoenix.py (Python 3 standard library only).
It only parses; what is kept is decided in gen_phoenix.py.

Actor dictionaries: an entry starts with a line ``NAME_WITH_UNDERSCORES [CODE]``;
``+SYNONYM`` lines add names and indented lines add codes.  Name lines that
follow one another before any code form one entry (the first is the name).
A code is ``[CODE]`` (undated), ``[CODE >DATE]`` (from), ``[CODE <DATE]``
(until) or ``[CODE DATE-DATE]``, with ``YYMMDD`` (00-30 = 20YY, as TABARI
reads them) or ``YYYYMMDD`` dates; both ends inclusive.  ``#`` starts a
comment.

Agent dictionaries: ``WORD_OR_PHRASE {PLURALS} [~CODE]`` lines and
substitution sets ``!NAME! = A, B, C``.
"""
import datetime
import re

BRACKET = re.compile(r'\[([^\]]*)\]')
CODE = re.compile(r'^(?:[A-Z]{3}|---)+$')
SUBSTITUTION = re.compile(r'^(![A-Z0-9_]+!)\s*=\s*(.+)$')


class Code:
    """One bracketed code; start/end are dates or None (open)."""
    __slots__ = ('code', 'start', 'end', 'line')

    def __init__(self, code, start, end, line):
        self.code, self.start, self.end, self.line = code, start, end, line

    @property
    def dated(self):
        return self.start is not None or self.end is not None

    def chunks(self):
        """The code in three-letter pieces: 'AFGGOVBUS' -> ['AFG', 'GOV', 'BUS']."""
        return [self.code[i:i + 3] for i in range(0, len(self.code), 3)]

    def __repr__(self):
        return 'Code(%s %s-%s)' % (self.code, self.start, self.end)


class Entry:
    """An actor entry: its names (the first is the head) and codes."""

    def __init__(self, file, line, name):
        self.file, self.line = file, line
        self.names = [name]
        self.codes = []
        self.bad_codes = []
        self.comment = ''
        self.had_codes = False

    def __repr__(self):
        return 'Entry(%s:%d %s %s)' % (self.file, self.line, self.names, self.codes)


def parse_date(s):
    """A TABARI date, YYMMDD or YYYYMMDD; None when malformed."""
    if re.fullmatch(r'\d{6}', s):
        yy = int(s[:2])
        year, rest = (2000 + yy if yy <= 30 else 1900 + yy), s[2:]
    elif re.fullmatch(r'\d{8}', s):
        year, rest = int(s[:4]), s[4:]
    else:
        return None
    try:
        return datetime.date(year, int(rest[:2]), int(rest[2:]))
    except ValueError:
        return None


def parse_code(content, line):
    """A Code from the inside of brackets, or a string saying what is wrong."""
    parts = content.split(None, 1)
    if not parts:
        return 'empty code'
    code = parts[0].upper()
    if not CODE.match(code):
        return 'code of unknown shape %r' % content
    when = re.sub(r'\s+', '', parts[1]) if len(parts) > 1 else ''
    start = end = None
    if when.startswith('>'):
        start = parse_date(when[1:])
        if start is None:
            return 'bad date %r' % content
    elif when.startswith('<'):
        end = parse_date(when[1:])
        if end is None:
            return 'bad date %r' % content
    elif when:
        a, _, b = when.partition('-')
        start, end = parse_date(a), parse_date(b)
        if start is None or end is None or end < start:
            return 'bad date range %r' % content
    return Code(code, start, end, line)


def _strip_comment(line):
    i = line.find('#')
    return (line[:i] if i >= 0 else line).strip(), (line[i + 1:].strip() if i >= 0 else '')


def _name_part(text):
    i = text.find('[')
    return (text[:i] if i >= 0 else text).strip()


def read_actors(path):
    """All entries of an actor dictionary, in file order."""
    with open(path, encoding='utf-8', errors='replace') as f:
        raw = f.read().splitlines()
    file = path.rsplit('/', 1)[-1]
    entries = []
    entry = None

    def finish():
        if entry is not None:
            entries.append(entry)

    def read_codes(text, n):
        for m in BRACKET.finditer(text):
            entry.had_codes = True
            c = parse_code(m.group(1).strip(), n)
            if isinstance(c, Code):
                entry.codes.append(c)
            else:
                entry.bad_codes.append((n, c))

    for n, line in enumerate(raw, 1):
        s, comment = _strip_comment(line)
        if not s:
            if not line.strip() and entry is not None and not entry.had_codes:
                finish()
                entry = None
            continue
        if entry is not None and not entry.had_codes and not s.startswith('['):
            name = _name_part(s[1:] if s.startswith('+') else s)
            if name:
                entry.names.append(name)
            read_codes(s, n)
            continue
        if s.startswith('+') or s.startswith('['):
            if entry is None:
                continue
            if s.startswith('+'):
                name = _name_part(s[1:])
                if name:
                    entry.names.append(name)
            read_codes(s, n)
            if comment and not entry.comment:
                entry.comment = comment
            continue
        finish()
        entry = Entry(file, n, _name_part(s))
        entry.comment = comment
        read_codes(s, n)
    finish()
    return [e for e in entries if e.names[0]]


class Agent:
    """One agent line: its surface forms (singular and plurals) and its code."""
    __slots__ = ('forms', 'code', 'line')

    def __init__(self, forms, code, line):
        self.forms, self.code, self.line = forms, code, line


def plural(phrase):
    """The regular English plural of a phrase's head word (the last word, or the word before
    "of", "for", ...: "ministers of labour"); None when the head already ends in a single s."""
    words = phrase.split(' ')
    head = len(words) - 1
    for i, w in enumerate(words[1:], 1):
        if w in ('of', 'for', 'in', 'on', 'to', 'at', 'and', 'from'):
            head = i - 1
            break
    w = words[head]
    if re.search(r'[^s]s$', w):
        return None
    if re.search(r'(ss|x|z|ch|sh)$', w):
        p = w + 'es'
    elif re.search(r'[^aeiou]y$', w):
        p = w[:-1] + 'ies'
    elif w.endswith('man'):
        p = w[:-3] + 'men'
    else:
        p = w + 's'
    return ' '.join(words[:head] + [p] + words[head + 1:])


def read_agents(path):
    """Agent entries; forms are lower-case phrases with spaces."""
    with open(path, encoding='utf-8', errors='replace') as f:
        raw = f.read().splitlines()
    subs = {}
    out = []
    for n, line in enumerate(raw, 1):
        s, _ = _strip_comment(line)
        if not s:
            continue
        m = SUBSTITUTION.match(s)
        if m:
            subs[m.group(1)] = [w.strip() for w in m.group(2).split(',') if w.strip()]
            continue
        b = BRACKET.search(s)
        if not b:
            continue
        code = b.group(1).strip()
        text = s[:b.start()].strip()
        plurals = None
        pm = re.search(r'\{([^}]*)\}', text)
        if pm:
            plurals = pm.group(1).split()
            text = (text[:pm.start()] + text[pm.end():]).strip()
        bases = [text]
        for k, vals in subs.items():
            if k in text:
                bases = [b2.replace(k, v) for b2 in bases for v in vals]
        forms = []
        for base in bases:
            phrase = base.replace('_', ' ').strip().lower()
            phrase = re.sub(r'\s+', ' ', phrase)
            if not phrase:
                continue
            forms.append(phrase)
            if plurals is None and '!' not in text and plural(phrase):
                forms.append(plural(phrase))
            elif plurals:
                forms.extend(p.replace('_', ' ').lower() for p in plurals)
        seen = []
        for f2 in forms:
            if f2 not in seen:
                seen.append(f2)
        out.append(Agent(seen, code, n))
    return out


# ---------------------------------------------------------------- names as text

FUNCTION_WORDS = {'of', 'the', 'and', 'for', 'in', 'on', 'at', 'to', 'by', 'with', 'de', 'del', 'da', 'do',
                  'dos', 'das', 'du', 'des', 'la', 'le', 'van', 'von', 'der', 'den', 'al', 'el', 'bin', 'ibn',
                  'bint', 'wa', 'ul', 'ud', 'ur', 'e', 'i'}
# name particles written in lower case in running text ("Bashar al-Assad", "bin Laden")
PARTICLES = {'al', 'el', 'bin', 'ibn', 'bint', 'de', 'da', 'di', 'du', 'del', 'van', 'von', 'der', 'den', 'la',
             'le', 'dos', 'das', 'do', 'ul', 'ud', 'ur'}
INITIALS = re.compile(r'^(?:[A-Z]\.)+[A-Z]?\.?$')


def _title(lower):
    """Upper case at the start and after a hyphen or inner apostrophe; "Mc" names: "McCain"."""
    out, start = [], True
    for i, c in enumerate(lower):
        out.append(c.upper() if start else c)
        start = c == '-' or (c == "'" and i + 2 < len(lower))
    s = ''.join(out)
    if s.startswith('Mc') and len(s) > 3:
        s = 'Mc' + s[2].upper() + s[3:]
    return s


def _acronym(w):
    """"UN", "EU", "UNHCR"-like words: short, without vowels, or with digits or slashes."""
    return len(w) <= 2 or not re.search(r'[AEIOUY]', w) or re.search(r'[0-9/&]', w) is not None


def display(raw, organization=False):
    """A dictionary name as running text: '_' as spaces, parentheses dropped, title case
    (function words in lower case; initials, and acronyms in organisation names, kept)."""
    s = re.sub(r'\([^)]*\)', ' ', raw)
    s = re.sub(r'\(.*$', ' ', s).replace('_', ' ')
    s = re.sub(r'[\s,;:.\-]+$', '', s.strip()) if not re.search(r'\b[A-Z]\.$', s.strip()) else s.strip()
    words = s.split()
    out = []
    for i, w in enumerate(words):
        if w != w.upper() or INITIALS.match(w):
            out.append(w)
        elif 0 < i < len(words) - 1 and w.lower() in FUNCTION_WORDS:
            out.append(w.lower())
        elif organization and (len(words) == 1 and len(w) <= 6 or _acronym(w)):
            out.append(w)
        else:
            out.append(_title(w.lower()))
    return ' '.join(out)


def particle_variants(name):
    """The name with its particles in lower case and in title case, as news writes both:
    "Al-Qaeda" and "al-Qaeda", "Osama bin Laden" and "Osama Bin Laden"."""
    words = name.split()
    low, up = [], []
    for i, w in enumerate(words):
        m = re.match(r'^(Al|El|al|el)-(.+)$', w)
        if m:
            low.append(m.group(1).lower() + '-' + m.group(2))
            up.append(m.group(1).capitalize() + '-' + m.group(2))
        elif w.lower() in PARTICLES and i < len(words) - 1:
            low.append(w.lower())
            up.append(w.capitalize() if i > 0 or w[0].isupper() else w)
        else:
            low.append(w)
            up.append(w)
    out = [name]
    for v in (' '.join(low), ' '.join(up)):
        if v not in out:
            out.append(v)
    return out


HYPHEN_PARTICLES = {'e', 'i', 'ul', 'ud', 'ur', 'al', 'el', 'o', 'un', 'wa', 'ut', 'ad', 'as', 'at', 'az', 'an'}


def hyphen_variants(name, person=False):
    """The name with particles between hyphens in lower case ("Jaish-E-Mohammad":
    "Jaish-e-Mohammad"), and for a person, a two-syllable given name with a lower-case second
    syllable, as Korean names are written ("Ban Ki-Moon": "Ban Ki-moon")."""
    out = []
    for w in name.split():
        parts = w.split('-')
        if len(parts) > 1:
            parts = [p.lower() if 0 < i < len(parts) - 1 and p.lower() in HYPHEN_PARTICLES else p
                     for i, p in enumerate(parts)]
            if (person and len(parts) == 2 and all(1 < len(p) <= 4 for p in parts)
                    and parts[0].lower() not in HYPHEN_PARTICLES):
                parts[1] = parts[1].lower()
        out.append('-'.join(parts))
    v = ' '.join(out)
    return [name] if v == name else [name, v]
