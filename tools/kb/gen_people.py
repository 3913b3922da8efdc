#!/usr/bin/env python3
"""Generate parley-core/src/main/resources/parley/kb/people.tsv.

Development-time tool (Python 3 standard library only).  The product never
reads the source data; only the generated people.tsv is committed.

Inputs:
  * Wikidata world-leaders snapshot (2022-10, CC0): heads of state and of
    government per country, years only.
  * IfG Ministers Database (CC BY 4.0): UK ministers since 1979, exact dates.
  * tools/kb/people-extra.tsv: our own hand-written spells, same format as the
    output.  Name and aliases may be left empty on further spells of a person;
    they are taken from another spell of the same person.

Merging:
  * A spell in the extras file overrides a generated one with the same
    person+role+start.
  * Wikidata spells only know years.  Such a spell is dropped when the extras
    file has a spell of the same person with the same country and role that
    overlaps it (the hand-written one has exact dates).  A Wikidata spell that
    survives gets start YYYY-01-01, end YYYY-12-31 and, if it was still open
    in the snapshot, end = snapshot date (we do not know it lasted beyond);
    the script lists them on stderr so they can be replaced by hand.
  * Names from the sources are matched to the extras' names and aliases
    (accent- and case-insensitively), so a person keeps one slug.

Usage: python3 tools/kb/gen_people.py [--wikidata DIR] [--ifg DIR]
                                      [--extra FILE] [--out FILE] [--strict]
"""
import argparse
import csv
import datetime
import os
import re
import sys
import unicodedata
from collections import defaultdict

REPO = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', '..'))
COLS = ['person', 'name', 'aliases', 'country', 'sector', 'role', 'org', 'start', 'end']
FROM = '2015-01-01'            # spells ending before this are left out
SNAPSHOT_END = '2022-10-01'    # date of the Wikidata snapshot

# Wikidata country label -> ISO3 (entities we do not code are absent)
COUNTRY = {
    'Afghanistan': 'AFG', 'Albania': 'ALB', 'Algeria': 'DZA', 'Andorra': 'AND', 'Angola': 'AGO',
    'Antigua and Barbuda': 'ATG', 'Argentina': 'ARG', 'Armenia': 'ARM', 'Australia': 'AUS',
    'Austria': 'AUT', 'Azerbaijan': 'AZE', 'Bahrain': 'BHR', 'Bangladesh': 'BGD', 'Barbados': 'BRB',
    'Belarus': 'BLR', 'Belgium': 'BEL', 'Belize': 'BLZ', 'Benin': 'BEN', 'Bhutan': 'BTN',
    'Bolivia': 'BOL', 'Bosnia and Herzegovina': 'BIH', 'Botswana': 'BWA', 'Brazil': 'BRA',
    'Brunei': 'BRN', 'Bulgaria': 'BGR', 'Burkina Faso': 'BFA', 'Burundi': 'BDI', 'Cambodia': 'KHM',
    'Cameroon': 'CMR', 'Canada': 'CAN', 'Cape Verde': 'CPV', 'Central African Republic': 'CAF',
    'Chad': 'TCD', 'Chile': 'CHL', 'Colombia': 'COL', 'Comoros': 'COM', 'Costa Rica': 'CRI',
    'Croatia': 'HRV', 'Cuba': 'CUB', 'Cyprus': 'CYP', 'Czech Republic': 'CZE',
    'Democratic Republic of the Congo': 'COD', 'Djibouti': 'DJI', 'Dominica': 'DMA',
    'Dominican Republic': 'DOM', 'East Timor': 'TLS', 'Ecuador': 'ECU', 'Egypt': 'EGY',
    'El Salvador': 'SLV', 'Equatorial Guinea': 'GNQ', 'Eritrea': 'ERI', 'Estonia': 'EST',
    'Eswatini': 'SWZ', 'Ethiopia': 'ETH', 'Federated States of Micronesia': 'FSM', 'Fiji': 'FJI',
    'Finland': 'FIN', 'France': 'FRA', 'Gabon': 'GAB', 'Georgia': 'GEO', 'Germany': 'DEU',
    'Ghana': 'GHA', 'Greece': 'GRC', 'Grenada': 'GRD', 'Guatemala': 'GTM', 'Guinea': 'GIN',
    'Guinea-Bissau': 'GNB', 'Guyana': 'GUY', 'Haiti': 'HTI', 'Honduras': 'HND', 'Hungary': 'HUN',
    'Iceland': 'ISL', 'India': 'IND', 'Indonesia': 'IDN', 'Iran': 'IRN', 'Iraq': 'IRQ',
    'Israel': 'ISR', 'Italy': 'ITA', 'Ivory Coast': 'CIV', 'Jamaica': 'JAM', 'Japan': 'JPN',
    'Jordan': 'JOR', 'Kazakhstan': 'KAZ', 'Kenya': 'KEN', 'Kingdom of Denmark': 'DNK',
    'Kingdom of the Netherlands': 'NLD', 'Kiribati': 'KIR', 'Kosovo': 'XKX', 'Kuwait': 'KWT',
    'Kyrgyzstan': 'KGZ', 'Laos': 'LAO', 'Latvia': 'LVA', 'Lebanon': 'LBN', 'Lesotho': 'LSO',
    'Liberia': 'LBR', 'Libya': 'LBY', 'Liechtenstein': 'LIE', 'Lithuania': 'LTU',
    'Luxembourg': 'LUX', 'Madagascar': 'MDG', 'Malawi': 'MWI', 'Malaysia': 'MYS',
    'Maldives': 'MDV', 'Mali': 'MLI', 'Malta': 'MLT', 'Marshall Islands': 'MHL',
    'Mauritania': 'MRT', 'Mauritius': 'MUS', 'Mexico': 'MEX', 'Moldova': 'MDA', 'Monaco': 'MCO',
    'Mongolia': 'MNG', 'Montenegro': 'MNE', 'Morocco': 'MAR', 'Mozambique': 'MOZ',
    'Myanmar': 'MMR', 'Namibia': 'NAM', 'Nauru': 'NRU', 'Nepal': 'NPL', 'New Zealand': 'NZL',
    'Nicaragua': 'NIC', 'Niger': 'NER', 'Nigeria': 'NGA', 'North Korea': 'PRK',
    'North Macedonia': 'MKD', 'Norway': 'NOR', 'Oman': 'OMN', 'Pakistan': 'PAK', 'Palau': 'PLW',
    'Panama': 'PAN', 'Papua New Guinea': 'PNG', 'Paraguay': 'PRY',
    "People's Republic of China": 'CHN', 'Peru': 'PER', 'Philippines': 'PHL', 'Poland': 'POL',
    'Portugal': 'PRT', 'Qatar': 'QAT', 'Republic of Ireland': 'IRL',
    'Republic of the Congo': 'COG', 'Romania': 'ROU', 'Russia': 'RUS', 'Rwanda': 'RWA',
    'Saint Kitts and Nevis': 'KNA', 'Saint Lucia': 'LCA',
    'Saint Vincent and the Grenadines': 'VCT', 'Samoa': 'WSM', 'San Marino': 'SMR',
    'Saudi Arabia': 'SAU', 'Senegal': 'SEN', 'Serbia': 'SRB', 'Seychelles': 'SYC',
    'Sierra Leone': 'SLE', 'Singapore': 'SGP', 'Slovakia': 'SVK', 'Slovenia': 'SVN',
    'Solomon Islands': 'SLB', 'Somalia': 'SOM', 'South Africa': 'ZAF', 'South Korea': 'KOR',
    'South Sudan': 'SSD', 'Spain': 'ESP', 'Sri Lanka': 'LKA', 'State of Palestine': 'PSE',
    'Sudan': 'SDN', 'Suriname': 'SUR', 'Sweden': 'SWE', 'Switzerland': 'CHE', 'Syria': 'SYR',
    'São Tomé and Príncipe': 'STP', 'Taiwan': 'TWN', 'Tajikistan': 'TJK', 'Tanzania': 'TZA',
    'Thailand': 'THA', 'The Bahamas': 'BHS', 'The Gambia': 'GMB', 'Togo': 'TGO', 'Tonga': 'TON',
    'Trinidad and Tobago': 'TTO', 'Tunisia': 'TUN', 'Turkey': 'TUR', 'Turkmenistan': 'TKM',
    'Tuvalu': 'TUV', 'Uganda': 'UGA', 'Ukraine': 'UKR', 'United Arab Emirates': 'ARE',
    'United Kingdom': 'GBR', 'United States of America': 'USA', 'Uruguay': 'URY',
    'Uzbekistan': 'UZB', 'Vanuatu': 'VUT', 'Vatican City': 'VAT', 'Venezuela': 'VEN',
    'Vietnam': 'VNM', 'Yemen': 'YEM', 'Zambia': 'ZMB', 'Zimbabwe': 'ZWE',
}

FEMALE_MONARCHS = {'Elizabeth II', 'Margrethe II of Denmark'}

# Wikidata position label -> short role (first matching pattern wins; None = skip)
ROLE_PATTERNS = [
    (r'^military leader$', None),
    (r'Co-Prince|co-prince', None),   # Andorra's co-princes are coded elsewhere
    (r'^President of the Executive Yuan', 'Premier'),
    (r'^President of the Pontifical Commission', None),
    (r'^Chairman of the Council of Ministers', 'Chairman of the Council of Ministers'),
    (r'^Chairman of the Presidential Council', 'Chairman of the Presidential Council'),
    (r'Federal Chancellor', 'Chancellor'),
    (r'^Taoiseach', 'Taoiseach'),
    (r'^Prime [Mm]inister', 'Prime Minister'),
    (r'^Premier', 'Premier'),
    (r'^Chief Minister', 'Chief Minister'),
    (r'^Minister of State of Monaco', 'Minister of State'),
    (r'^Member of the Swiss Federal Council', 'Federal Councillor'),
    (r'^Supreme Leader', 'Supreme Leader'),
    (r'^Governor-General', 'Governor-General'),
    (r'^Captain Regent', 'Captain Regent'),
    (r'^[Pp]resident', 'President'),
    (r'^O le Ao o le Malo', 'Head of State'),
    (r'^[Pp]ope$', 'Pope'),
    (r'^Emperor', 'Emperor'),
    (r'^Sultan', 'Sultan'),
    (r'^[Ee]mir', 'Emir'),
    (r'^Prince', 'Prince'),
    (r'^Yang di-Pertuan Agong', 'King'),
    (r'^(Druk Gyalpo|Ngwenyama|King|[Mm]onarch)', 'King'),
]

# IfG post name -> short role
IFG_ROLES = {
    'Prime Minister': 'Prime Minister',
    'Deputy Prime Minister': 'Deputy Prime Minister',
    'First Secretary of State': 'First Secretary of State',
    'Secretary of State for Foreign and Commonwealth Affairs': 'Foreign Secretary',
    'Secretary of State for Foreign, Commonwealth and Development Affairs': 'Foreign Secretary',
    'Secretary of State for Defence': 'Defence Secretary',
    'Secretary of State for the Home Department': 'Home Secretary',
    'Secretary of State for Justice and Lord Chancellor': 'Justice Secretary',
    'Secretary of State for Exiting the European Union': 'Brexit Secretary',
    'Secretary of State for International Trade': 'International Trade Secretary',
    'Secretary of State for International Development': 'International Development Secretary',
}
IFG_RANKS = {'PM', 'DPM', 'SoS'}
# junior ministers (Minister of State) are kept only for foreign affairs and defence
IFG_JUNIOR_ORGS = {'FCO', 'FCDO', 'MoD'}
HONORIFIC = re.compile(r'^(Lord|Baroness|Lady|Sir|Dame)\b')


def fold(s):
    """Accent- and case-insensitive key for matching names."""
    s = unicodedata.normalize('NFKD', s)
    s = ''.join(c for c in s if not unicodedata.combining(c))
    return re.sub(r'[^a-z0-9]+', ' ', s.lower()).strip()


def slugify(s):
    s = re.sub(r'\s*\(.*?\)', '', s)
    return fold(s).replace(' ', '-')


def role_of(label, person):
    for pat, role in ROLE_PATTERNS:
        if re.search(pat, label):
            if role == 'King' and person in FEMALE_MONARCHS:
                return 'Queen'
            return role
    return None


def clean_name(label):
    # "Philippe I of Belgium" -> keep; strip disambiguators in parentheses
    return re.sub(r'\s*\(.*?\)', '', label).strip()


def read_wikidata(d):
    path = os.path.join(d, 'wikidata.csv')
    out = []
    with open(path, encoding='utf-8') as f:
        for r in csv.DictReader(f):
            iso = COUNTRY.get(r['country'])
            name = clean_name(r['officeholderLabel'])
            role = role_of(r['positionLabel'], name)
            if not iso or not role or re.match(r'^Q\d+$', name):
                continue
            sy, ey = r['start_year'], r['end_year']
            if not sy:
                continue
            if ey and ey < FROM[:4]:
                continue
            if role == 'Governor-General':
                continue  # not coded as a state actor
            out.append({
                'person': slugify(name), 'name': name, 'aliases': '', 'country': iso,
                'sector': 'GOV', 'role': role, 'org': '',
                'start': sy + '-01-01', 'end': (ey + '-12-31') if ey else SNAPSHOT_END,
                '_src': 'wikidata', '_open': not ey,
            })
    # the snapshot lists some spells twice (e.g. a re-election); keep the earliest
    seen = {}
    for s in sorted(out, key=lambda s: s['start']):
        k = (s['person'], s['country'], s['role'])
        if k in seen and seen[k]['_open'] and s['_open']:
            continue
        seen.setdefault(k, s)
        if seen[k] is not s:
            seen[(k, s['start'])] = s
    return list(seen.values())


def read_ifg(d):
    dd = os.path.join(d, 'data')

    def rows(name):
        with open(os.path.join(dd, name + '.csv'), encoding='utf-8') as f:
            return list(csv.DictReader(f))
    posts = {r['id']: r for r in rows('post')}
    orgs = {r['id']: r['short_name'] for r in rows('organisation')}
    names = defaultdict(list)
    for r in rows('person'):
        names[r['id']].append(r)
    out = []
    for a in rows('appointment'):
        p = posts[a['post_id']]
        if p['rank_equivalence'] not in IFG_RANKS and not (
                p['rank_equivalence'] == 'MoS' and orgs.get(p['organisation_id']) in IFG_JUNIOR_ORGS):
            continue
        if a['end_date'] and a['end_date'] < FROM:
            continue
        recs = names[a['person_id']]
        plain = [r['display_name'] for r in recs if not HONORIFIC.match(r['display_name'])]
        name = plain[0] if plain else recs[0]['display_name']
        aliases = sorted({r['display_name'] for r in recs} - {name})
        pname = p['name']
        role = IFG_ROLES.get(pname)
        if pname == 'Minister of State':
            role = ('Minister of State for Defence' if orgs.get(p['organisation_id']) == 'MoD'
                    else 'Foreign Office Minister of State')
        if role is None:
            m = re.match(r'^Secretary of State for (?:the )?(.*)$', pname)
            role = (m.group(1) + ' Secretary') if m else pname
        out.append({
            'person': slugify(name), 'name': name, 'aliases': '|'.join(aliases), 'country': 'GBR',
            'sector': 'GOV', 'role': role, 'org': '',
            'start': a['start_date'], 'end': a['end_date'] or '',
            '_src': 'ifg', '_open': False,
        })
    return out


def read_tsv(path):
    out = []
    with open(path, encoding='utf-8') as f:
        header = None
        for n, line in enumerate(f, 1):
            line = line.rstrip('\n').rstrip('\r')
            if not line.strip() or line.startswith('#'):
                continue
            cells = line.split('\t')
            if header is None:
                header = cells
                if header != COLS:
                    sys.exit('%s:%d: bad header %r' % (path, n, header))
                continue
            if len(cells) != len(COLS):
                sys.exit('%s:%d: %d cells, expected %d' % (path, n, len(cells), len(COLS)))
            d = dict(zip(COLS, (c.strip() for c in cells)))
            d['_src'] = 'extra'
            d['_line'] = n
            d['_open'] = False
            out.append(d)
    return out


def parse_date(s):
    return datetime.date.fromisoformat(s)


def overlaps(a, b):
    """Spells overlap if they share more than a hand-over day."""
    ae, be = a['end'] or '9999-12-31', b['end'] or '9999-12-31'
    return a['start'] < be and b['start'] < ae


def merge_adjacent(spells):
    """Join consecutive generated spells of one person in one role (e.g. a
    department renamed under a minister)."""
    groups = defaultdict(list)
    for s in spells:
        groups[(s['person'], s['country'], s['role'], s['org'])].append(s)
    out = []
    for g in groups.values():
        g.sort(key=lambda s: s['start'])
        cur = dict(g[0])
        for s in g[1:]:
            if cur['end'] and s['start'] <= (parse_date(cur['end']) + datetime.timedelta(days=1)).isoformat():
                if not s['end'] or s['end'] > cur['end']:
                    cur['end'] = s['end']
            elif not cur['end']:
                pass  # open spell swallows later ones
            else:
                out.append(cur)
                cur = dict(s)
        out.append(cur)
    return out


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--wikidata', default=os.path.join(
        REPO, '..', 'shared', 'data', 'leaders', 'wikidata-world-leaders', 'snapshot-2022-10'))
    ap.add_argument('--ifg', default=os.path.join(
        REPO, '..', 'shared', 'data', 'leaders', 'ifg-uk-ministers'))
    ap.add_argument('--extra', default=os.path.join(REPO, 'tools', 'kb', 'people-extra.tsv'))
    ap.add_argument('--out', default=os.path.join(
        REPO, 'parley-core', 'src', 'main', 'resources', 'parley', 'kb', 'people.tsv'))
    ap.add_argument('--strict', action='store_true',
                    help='fail on leftover year-only Wikidata spells too')
    args = ap.parse_args()

    extra = read_tsv(args.extra)
    # fill name/aliases from other spells of the same person
    info = {}
    for s in extra:
        if s['name'] and s['person'] not in info:
            info[s['person']] = (s['name'], s['aliases'])
    for s in extra:
        if not s['name']:
            if s['person'] not in info:
                sys.exit('%s:%d: no name known for %s' % (args.extra, s['_line'], s['person']))
            s['name'] = info[s['person']][0]
            if not s['aliases']:
                s['aliases'] = info[s['person']][1]
    # name index -> slug
    index = {}
    for slug, (name, aliases) in info.items():
        for n in [name] + [a for a in aliases.split('|') if a]:
            index.setdefault(fold(n), slug)
        index.setdefault(fold(slug.replace('-', ' ')), slug)

    generated = []
    wd = read_wikidata(args.wikidata)
    ifg = merge_adjacent(read_ifg(args.ifg))
    for s in wd + ifg:
        slug = index.get(fold(s['name']))
        if slug is None:
            for a in s['aliases'].split('|'):
                if a and fold(a) in index:
                    slug = index[fold(a)]
                    break
        if slug is not None:
            s['person'] = slug
            name, aliases = info[slug]
            known = {fold(x) for x in [name] + aliases.split('|')}
            extra_al = [x for x in [s['name']] + s['aliases'].split('|') if x and fold(x) not in known]
            s['name'] = name
            s['aliases'] = '|'.join([a for a in aliases.split('|') if a] + extra_al)
        generated.append(s)

    by_key = defaultdict(list)
    for s in extra + [g for g in generated if g['_src'] != 'wikidata']:
        by_key[(s['person'], s['country'], s['role'])].append(s)
    exact = {(s['person'], s['role'], s['start']) for s in extra}

    kept, leftover = [], []
    for s in generated:
        if (s['person'], s['role'], s['start']) in exact:
            continue
        if s['_src'] == 'wikidata':
            if any(overlaps(s, e) or (s['_open'] and not e['end'])
                   for e in by_key.get((s['person'], s['country'], s['role']), [])):
                continue
            leftover.append(s)
        kept.append(s)

    # unify name/aliases per person across all rows (first spell with most info wins)
    rows = kept + extra
    names = {}
    for s in extra + kept:
        names.setdefault(s['person'], (s['name'], s['aliases']))
    for s in rows:
        s['name'], s['aliases'] = names[s['person']]
        # never list the name itself or the bare surname as an alias
        surname = s['name'].split()[-1] if s['name'] else ''
        # (spellings that differ only in accents are kept: news uses both)
        al, seen = [], {s['name'].lower()}
        for a in s['aliases'].split('|'):
            a = a.strip()
            if not a or a.lower() in seen or (' ' not in a and fold(a) == fold(surname)):
                continue
            seen.add(a.lower())
            al.append(a)
        s['aliases'] = '|'.join(al)

    # dedupe exact duplicates
    uniq = {}
    for s in rows:
        k = tuple(s[c] for c in COLS)
        uniq.setdefault(k, s)
    # Concurrent spells of one office keep the order people-extra.tsv lists them in: the first
    # is the principal one ("Charles III": King of the United Kingdom before the other realms),
    # which the resolver takes when several are held on a date.
    principal = {}
    for i, s in enumerate(extra):
        principal.setdefault((s['person'], s['country'], s['org']), i)
    rows = sorted(uniq.values(), key=lambda s: (s['person'], s['start'], s['role'],
                                                principal.get((s['person'], s['country'], s['org']), 10**6),
                                                s['country'], s['org']))

    # checks
    errors = []
    for s in rows:
        for c in ('start', 'end'):
            if s[c]:
                try:
                    parse_date(s[c])
                except ValueError:
                    errors.append('bad %s date %r in %s' % (c, s[c], s['person']))
        if not s['start']:
            errors.append('no start in %s %s' % (s['person'], s['role']))
        if s['end'] and s['start'] > s['end']:
            errors.append('start after end: %s %s %s %s' % (s['person'], s['role'], s['start'], s['end']))
        if not s['country'] and not s['org']:
            errors.append('neither country nor org: %s %s' % (s['person'], s['role']))
        if '\t' in ''.join(s[c] for c in COLS):
            errors.append('tab inside a cell: %s' % s['person'])
    grp = defaultdict(list)
    for s in rows:
        grp[(s['person'], s['country'], s['role'], s['org'])].append(s)
    for k, g in grp.items():
        for i in range(len(g)):
            for j in range(i + 1, len(g)):
                if overlaps(g[i], g[j]):
                    errors.append('overlapping spells: %s %s-%s / %s-%s' % (
                        '/'.join(k), g[i]['start'], g[i]['end'], g[j]['start'], g[j]['end']))
    for e in errors:
        print('ERROR: ' + e, file=sys.stderr)
    for s in leftover:
        print('note: year-only Wikidata spell kept: %s %s %s %s..%s' % (
            s['person'], s['country'], s['role'], s['start'][:4], s['end'][:4] if not s['_open'] else '?'),
            file=sys.stderr)
    if errors or (args.strict and leftover):
        sys.exit(1)

    os.makedirs(os.path.dirname(args.out), exist_ok=True)
    with open(args.out, 'w', encoding='utf-8', newline='\n') as f:
        f.write('# Parley knowledge base: office holders and their spells in office.\n')
        f.write('# generated by tools/kb/gen_people.py; edit tools/kb/people-extra.tsv instead\n')
        f.write('# Sources: Wikidata world-leaders snapshot 2022-10 (CC0 1.0, Wikidata contributors);\n')
        f.write('#   IfG Ministers Database, Institute for Government (CC BY 4.0,\n')
        f.write('#   https://github.com/instituteforgov/ifg-ministers-database-public), UK ministers\n')
        f.write('#   of Secretary-of-State rank and above plus FCO/FCDO and MoD Ministers of State,\n#   adapted (roles shortened, consecutive spells merged);\n')
        f.write('#   tools/kb/people-extra.tsv, written by the Parley project.\n')
        f.write('# Columns: list cells joined by "|"; empty end = in office; sector is the CAMEO agent;\n')
        f.write('#   org is the CAMEO-style IGO code for IGO roles.\n')
        f.write('\t'.join(COLS) + '\n')
        for s in rows:
            f.write('\t'.join(s[c] for c in COLS) + '\n')
    people = len({s['person'] for s in rows})
    print('wrote %s: %d spells, %d people (%d from IfG, %d year-only from Wikidata)' % (
        os.path.relpath(args.out, REPO), len(rows), people,
        sum(1 for s in rows if s['_src'] == 'ifg'), len(leftover)), file=sys.stderr)


if __name__ == '__main__':
    main()
