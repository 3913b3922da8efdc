#!/usr/bin/env python3
"""Compile the US Congress and executive (congress-legislators data, CC0) into people-congress.tsv.

Development-time tool (Python 3 standard library only; the YAML is read by
miniyaml.py).  Parley never reads the source; the generated file is committed.

  * legislators-current.yaml: every term of the members of the current Congress,
    as Senator or Representative (LEG, USA); consecutive terms in one chamber are
    one spell.
  * executive.yaml: Presidents and Vice Presidents (GOV, USA) whose time in office
    ended after 1945-01-01 (the era of the news Parley reads; earlier ones are left out).

Our own people.tsv wins: a person it already has (same name, accent- and
case-insensitively) gets only the spells that overlap none of ours.  Bare-surname
lookup follows the same rule as the Phoenix people (kbdata.surname_verdicts).

Usage: python3 tools/kb/gen_congress.py [--dir DIR] [--kb DIR] [--words FILE]
"""
import argparse
import datetime
import os
import re
import sys
from collections import Counter

import kbdata
import miniyaml
from kbdata import fold

ROLES = {'sen': ('Senator', 'LEG'), 'rep': ('Representative', 'LEG'),
         'prez': ('President', 'GOV'), 'viceprez': ('Vice President', 'GOV')}
EXECUTIVE_FROM = '1945-01-01'
# the day a new Congress or term begins may be the day after the last ended
GAP = datetime.timedelta(days=7)


def names_of(p):
    """The usual name and the other forms news uses: official name, first + last,
    nickname + last (accents kept; "Jr." suffixes dropped)."""
    n = p['name']
    first, last = n.get('first') or '', n.get('last') or ''
    forms = []
    for f in (n.get('official_full'), first + ' ' + last,
              (n.get('nickname') + ' ' + last) if n.get('nickname') else None,
              (first + ' ' + n['middle'] + ' ' + last) if n.get('middle') else None):
        if f:
            f = re.sub(r',?\s+(Jr\.|Sr\.|II|III|IV)$', '', f.strip())
            f = re.sub(r'\s+', ' ', f)
            if len(f.split()) >= 2 and f not in forms:
                forms.append(f)
    return forms


def spells_of(p, executive):
    """Consecutive terms of one kind joined: [(role, sector, start, end)]."""
    out = []
    for t in sorted(p.get('terms') or [], key=lambda t: t['start']):
        if t['type'] not in ROLES:
            continue
        role, sector = ROLES[t['type']]
        start, end = datetime.date.fromisoformat(t['start']), datetime.date.fromisoformat(t['end'])
        if out and out[-1][0] == role and start <= out[-1][3] + GAP:
            out[-1][3] = max(out[-1][3], end)
        else:
            out.append([role, sector, start, end])
    if executive:
        out = [s for s in out if s[3].isoformat() > EXECUTIVE_FROM]
    return out


def overlaps(s, theirs):
    t_end = theirs['end'] or '9999-12-31'
    return s[2].isoformat() < t_end and theirs['start'] < s[3].isoformat()


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--dir', default=os.path.join(kbdata.SHARED, 'data', 'leaders', 'us-congress'))
    ap.add_argument('--kb', default=kbdata.KB)
    ap.add_argument('--words', default=kbdata.WORDS)
    args = ap.parse_args()
    ours = kbdata.Ours(args.kb)
    common = kbdata.common_words(args.words)
    stats = Counter()
    people = []
    for fn, executive in (('legislators-current.yaml', False), ('executive.yaml', True)):
        for p in miniyaml.load(os.path.join(args.dir, fn)):
            stats['read: ' + fn] += 1
            spells = spells_of(p, executive)
            if not spells:
                stats['dropped: no office after 1945 (executive)'] += 1
                continue
            people.append({'names': names_of(p), 'spells': spells, 'id': p['id'].get('bioguide') or p['id'].get('govtrack')})
    # one person in both files (a Vice President who was a Senator) is one person
    merged = {}
    for p in people:
        if p['id'] in merged:
            merged[p['id']]['spells'] += p['spells']
            merged[p['id']]['names'] += [n for n in p['names'] if n not in merged[p['id']]['names']]
        else:
            merged[p['id']] = p
    rows, new = [], []
    used = set(ours.people)
    for p in merged.values():
        slugs = set()
        for n in p['names']:
            slugs |= ours.person_by_name.get(fold(n), set())
        if len(slugs) > 1:
            # "George Bush": the one of ours who held an office of this person's at the time
            slugs = {x for x in slugs if any(overlaps(sp, t) for sp in p['spells'] for t in ours.people[x]['spells'])}
        if len(slugs) > 1:
            stats['dropped: names several people of ours'] += 1
            continue
        if slugs:
            slug = next(iter(slugs))
            if 'USA' not in ours.countries_of(slug):
                stats['dropped: a namesake of one of our people'] += 1
                continue
            theirs = ours.people[slug]['spells']
            keep = [s for s in p['spells'] if not any(overlaps(s, t) for t in theirs)]
            stats['spells dropped: overlap a spell of ours'] += len(p['spells']) - len(keep)
            stats['people of ours given earlier or other offices'] += 1 if keep else 0
            for s in keep:
                rows.append(row(slug, ours.people[slug]['name'], [], s, 'yes'))
            continue
        slug = kbdata.slugify(p['names'][0])
        while slug in used:
            slug += '-us'
        used.add(slug)
        p['slug'] = slug
        new.append(p)
    other = []
    for fn in sorted(os.listdir(args.kb)):
        if fn.startswith('people-') and fn.endswith('.tsv') and fn != 'people-congress.tsv':
            seen = {}
            for r in kbdata.read_tsv(os.path.join(args.kb, fn)):
                seen.setdefault(r['person'], (r['name'], kbdata.split_list(r['aliases'])))
            other += list(seen.values())
    verdicts = kbdata.surname_verdicts([(p['names'][0], p['names'][1:]) for p in new], ours, common, other)
    for p, why in zip(new, verdicts):
        stats['bare-surname lookup: ' + (why or 'allowed')] += 1
        for s in p['spells']:
            rows.append(row(p['slug'], p['names'][0], p['names'][1:], s, 'no' if why else 'yes'))
    stats['people kept'] = len({r['person'] for r in rows})
    stats['spells kept'] = len(rows)
    rows.sort(key=lambda r: (r['person'], r['start'], r['role']))
    out = os.path.join(args.kb, 'people-congress.tsv')
    with open(out, 'w', encoding='utf-8', newline='\n') as f:
        f.write('# Parley knowledge base: members of the current US Congress (all their terms) and US\n')
        f.write('#   Presidents and Vice Presidents since 1945, with their spells in office.\n')
        f.write('# generated by tools/kb/gen_congress.py; do not edit (see tools/kb/README-congress.md)\n')
        f.write('# Source: congress-legislators (github.com/unitedstates/congress-legislators),\n')
        f.write('#   legislators-current.yaml and executive.yaml, public domain (CC0 1.0).\n')
        f.write('#   Adapted: consecutive terms joined; Senator/Representative as LEG, President/Vice President as GOV.\n')
        f.write('\t'.join(kbdata.PEOPLE_COLS) + '\n')
        for r in rows:
            f.write('\t'.join(r[c] for c in kbdata.PEOPLE_COLS) + '\n')
    print('wrote %s: %d rows' % (os.path.relpath(out, kbdata.REPO), len(rows)), file=sys.stderr)
    for k, n in sorted(stats.items()):
        print('%6d  %s' % (n, k), file=sys.stderr)


def row(slug, name, aliases, s, surname):
    role, sector, start, end = s
    return {'person': slug, 'name': name, 'aliases': '|'.join(aliases), 'country': 'USA', 'sector': sector,
            'role': role, 'org': '', 'start': start.isoformat(), 'end': end.isoformat(), 'surname': surname}


if __name__ == '__main__':
    main()
