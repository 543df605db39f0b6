#!/usr/bin/env python3
"""dict_people_lint.py -- consistency reports over the person dictionaries.

Three reports over every `person` and `official` line of a dictionary directory
(docs/dictionaries.md, `person` and `official`):

  clashes   surnames held by two or more `person` lines of different people whose terms overlap.
            A surname alone names a person only when one person of that name is in office, so
            such a surname names nobody on the overlapping dates; each clash is printed with the
            overlap and both offices, to decide whether the lesser office should be an `official`
            line (its surname then names no one) or the tie left alone.
  groups    lines whose agent is a rebel, insurgent or separatist one (REB, INS, SEP, UAF) with no
            group block: an armed group's leader carries the group's code as actors.dict has it.
  defence   lines of defence ministers written GOV: the convention is GOVMIL; found through the
            file's own comments ("defence"/"defense" in the nearest section heading or on the line).

    tools/dict_people_lint.py [--dict data/dict] [clashes|groups|defence ...]

Only a report: nothing is changed. The surname is the last word of each phrase of three letters
or more (the word before a closing "Jr." or "Sr."), as the loader reads it.
"""
import argparse
import collections
import glob
import os
import re

LINE = re.compile(r'^(person|official)\s+(\S+)\s+(\S*\.\.\S*)\s+(?:sex:[fm]\s+)?(.*)$')
SUFFIX = {'jr.', 'sr.', 'jr', 'sr'}


def surnames(phrases):
    out = set()
    for ph in phrases:
        words = ph.split()
        while words and words[-1].lower() in SUFFIX:
            words.pop()
        if words and len(words[-1]) >= 3:
            out.add(words[-1].casefold())
    return out


def parse_range(r):
    lo, hi = r.split('..')
    return (lo or '0000-00-00', hi or '9999-99-99')


def read(dictdir):
    rows = []
    for path in sorted(glob.glob(os.path.join(dictdir, '*.dict'))):
        section = ''
        with open(path, encoding='utf-8') as f:
            for n, raw in enumerate(f, 1):
                line = raw.rstrip('\n')
                if line.startswith('#'):
                    section = line
                    continue
                body = re.sub(r'\s#.*$', '', line)
                m = LINE.match(body)
                if not m:
                    continue
                phrases = [p.strip() for p in m.group(4).split('|') if p.strip()]
                rows.append(dict(kind=m.group(1), code=m.group(2), dates=parse_range(m.group(3)),
                                 raw_dates=m.group(3), phrases=phrases, name=phrases[0],
                                 file=os.path.basename(path), line=n, section=section, text=line))
    return rows


def clashes(rows):
    by = collections.defaultdict(list)
    for r in rows:
        if r['kind'] != 'person':
            continue
        for s in surnames(r['phrases']):
            by[s].append(r)
    for s in sorted(by):
        seen = set()
        group = by[s]
        for i, a in enumerate(group):
            for b in group[i + 1:]:
                if a['name'] == b['name']:
                    continue
                lo = max(a['dates'][0], b['dates'][0])
                hi = min(a['dates'][1], b['dates'][1])
                if lo >= hi:
                    continue
                key = (a['file'], a['line'], b['file'], b['line'])
                if key in seen:
                    continue
                seen.add(key)
                print(f'{s}\t{lo}..{hi}\t{a["name"]} {a["code"]} {a["raw_dates"]} '
                      f'({a["file"]}:{a["line"]})\t{b["name"]} {b["code"]} {b["raw_dates"]} '
                      f'({b["file"]}:{b["line"]})')


def groups(rows):
    for r in rows:
        if re.fullmatch(r'[A-Z]{3}(REB|INS|SEP|UAF)', r['code']):
            print(f'{r["file"]}:{r["line"]}: {r["code"]} {r["raw_dates"]} {r["name"]}')


def defence(rows):
    pat = re.compile(r'defen[cs]e', re.I)
    for r in rows:
        if not re.fullmatch(r'[A-Z]{3}GOV', r['code']):
            continue
        if pat.search(r['text']) or pat.search(r['section']):
            print(f'{r["file"]}:{r["line"]}: {r["code"]} {r["raw_dates"]} {r["name"]}'
                  f'\t[{r["section"].lstrip("# ")[:60]}]')


def main():
    ap = argparse.ArgumentParser(description=__doc__.split('\n')[0])
    ap.add_argument('--dict', default='data/dict')
    ap.add_argument('reports', nargs='*', default=['clashes', 'groups', 'defence'])
    args = ap.parse_args()
    rows = read(args.dict)
    for rep in args.reports:
        print(f'== {rep}')
        {'clashes': clashes, 'groups': groups, 'defence': defence}[rep](rows)


if __name__ == '__main__':
    main()
