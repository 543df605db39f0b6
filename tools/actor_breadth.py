#!/usr/bin/env python3
"""actor_breadth.py -- the common actor forms of every country, resolved by tacitus.

For every country of an inventory (tests/actor_breadth.names: each country's name, adjective,
plural demonym and capital, and the alternative names and adjectives the news uses: "Ivory Coast",
"Burmese", "Kazakhstani") it writes the forms the news uses for a state's organs and people ("the
DEMONYM government", "the government of COUNTRY", "COUNTRY's foreign ministry", "DEMONYM troops",
"the DEMONYMs", "CAPITAL" ...) with the code each must give (the country's code and the role
docs/dictionaries.md defines), resolves them all with one `tacitus actor --lines` process, codes
the same forms in sentences with one `tacitus code` process, and tallies the failures by form and
by country. A list of single phrases written apart (tests/actor_breadth.phrases: titles with
demonyms, institutions, parties and armed groups, state media, international bodies and their
officials, named office holders on a date) is resolved the same way, each with its full code.

    tools/actor_breadth.py [--tacitus build/tacitus] [--dict data/dict] [--names FILE] [--list]
                           [--phrases FILE]
                           [--check tests/actor_breadth.known] [--write FILE]
    tools/actor_breadth.py --inventory FILE     (write an inventory from countries.dict)

--list prints every failure (form, phrase, expected, got). --write FILE writes the failing forms,
one a line (the known exceptions); --check FILE fails (exit 1) when a form not listed in FILE
fails, or when countries.dict has a country the inventory lacks, so the make target
`actor-breadth` keeps every form that passes now, and every form added must pass or be listed.
The inventory is written apart from the dictionaries so that a name dropped from them fails.
Python is only the test driver; building and running tacitus never needs it.
"""
import argparse
import collections
import json
import os
import re
import subprocess
import sys

DATE = "2023-03-27"

# (form name, template, expected agent codes). {A} adjective, {P} plural demonym, {C} country name,
# {K} capital. An empty agent string: the country code alone.
FORMS = [
    ("the A government", "the {A} government", "GOV"),
    ("the government of C", "the government of {C}", "GOV"),
    ("C's foreign ministry", "{C}'s foreign ministry", "GOV"),
    ("the A foreign minister", "the {A} foreign minister", "GOV"),
    ("the A defence ministry", "the {A} defence ministry", "GOVMIL"),
    ("A troops", "{A} troops", "MIL"),
    ("the A army", "the {A} army", "MIL"),
    ("A police", "{A} police", "COP"),
    ("A rebels", "{A} rebels", "REB"),
    ("the A opposition", "the {A} opposition", "OPP"),
    ("A protesters", "{A} protesters", "OPP"),
    ("the A president", "the {A} president", "GOV"),
    ("the A prime minister", "the {A} prime minister", "GOV"),
    ("the A parliament", "the {A} parliament", "LEG"),
    ("A officials", "{A} officials", "GOV"),
    ("the Ps", "the {P}", ""),
    ("K", "{K}", "GOV"),
    ("C", "{C}", ""),
    ("C's president", "{C}'s president", "GOV"),
    ("the president of C", "the president of {C}", "GOV"),
    ("A forces", "{A} forces", "MIL"),
    ("A security forces", "{A} security forces", "COP"),
    ("A soldiers", "{A} soldiers", "MIL"),
    ("the A military", "the {A} military", "MIL"),
    ("the A navy", "the {A} navy", "MIL"),
    ("A authorities", "{A} authorities", "GOV"),
    ("the A foreign ministry", "the {A} foreign ministry", "GOV"),
    ("the A interior ministry", "the {A} interior ministry", "GOV"),
    ("A lawmakers", "{A} lawmakers", "LEG"),
    ("A diplomats", "{A} diplomats", "GOV"),
    ("A militants", "{A} militants", "REB"),
    ("A activists", "{A} activists", "OPP"),
    ("A journalists", "{A} journalists", "MED"),
    ("A judges", "{A} judges", "JUD"),
    ("A students", "{A} students", "EDU"),
    ("A refugees", "{A} refugees", "REF"),
    ("A civilians", "{A} civilians", "CVL"),
    ("the A people", "the {A} people", "CVL"),
    ("the A leader", "the {A} leader", "GOV"),
    ("the A junta", "the {A} junta", "GOV"),
    ("A army positions", "{A} army positions", "MIL"),
    ("a A military convoy", "a {A} military convoy", "MIL"),
    ("the A ambassador to C2", "the {A} ambassador to {C2}", "GOV"),
    ("C's ambassador to C2", "{C}'s ambassador to {C2}", "GOV"),
    ("the A embassy in K2", "the {A} embassy in {K2}", "GOV"),
    ("the A (no plural)", "the {A}", ""),
    ("the C government", "the {C} government", "GOV"),
    ("C police", "{C} police", "COP"),
    ("C's military", "{C}'s military", "MIL"),
    ("C's parliament", "{C}'s parliament", "LEG"),
    ("C's opposition", "{C}'s opposition", "OPP"),
    ("the parliament of C", "the parliament of {C}", "LEG"),
    ("the foreign minister of C", "the foreign minister of {C}", "GOV"),
    ("the people of C", "the people of {C}", "CVL"),
    ("K's government", "{K}'s government", "GOV"),
]

# the forms for every other adjective of a country (alternative adjectives)
ALT_FORMS = [
    ("alt A", "{A}", ""),
    ("alt A officials", "{A} officials", "GOV"),
    ("alt A troops", "{A} troops", "MIL"),
    ("alt the A government", "the {A} government", "GOV"),
]

# the forms of COUNTRY used for its other names too
NAME_FORMS = [f for f in FORMS if "{C}" in f[1]]


def read_countries(path):
    """code -> {'country': [...], 'adj': [...], 'capital': [...]} of countries.dict, in order."""
    out = collections.OrderedDict()
    with open(path, encoding="utf-8") as f:
        for line in f:
            line = re.sub(r"(^|\s)#.*", "", line).strip()
            parts = line.split(None, 2)
            if len(parts) < 3 or parts[0] not in ("country", "adj", "capital"):
                continue
            kind, code, rest = parts
            phrases = [p.strip() for p in rest.split("|") if p.strip()]
            out.setdefault(code, {"country": [], "adj": [], "capital": []})[kind] += phrases
    return out


def plural_of(adj, adjs):
    """The plural demonym of adjective adj among adjs: adj+s, adj+es, -man -> -men."""
    for cand in (adj + "s", adj + "es", adj[:-3] + "men" if adj.endswith("man") else None):
        if cand and cand in adjs:
            return cand
    return None


def write_inventory(countries, path):
    """An inventory from countries.dict: first name, first adjective and its plural, capitals,
    the other adjectives that are no plural and no abbreviation."""
    with open(path, "w", encoding="utf-8") as f:
        f.write("# actor_breadth.names: the names whose actor forms tools/actor_breadth.py tests.\n"
                "# CODE KIND phrase; KIND name, adj, plural, capital. The first name and adj of a\n"
                "# code are its main ones; other names and adjectives are alternatives.\n")
        for code, e in countries.items():
            adjs = e["adj"]
            plurals = {plural_of(a, adjs) for a in adjs} - {None}
            singles = [a for a in adjs if a not in plurals and not a.isupper() and "." not in a]
            rows = [("name", n) for n in e["country"][:1]]
            if singles:
                rows.append(("adj", singles[0]))
                if plural_of(singles[0], adjs):
                    rows.append(("plural", plural_of(singles[0], adjs)))
                rows += [("adj", a) for a in singles[1:]]
            rows += [("capital", k) for k in e["capital"]]
            for kind, ph in rows:
                f.write("%s %s %s\n" % (code, kind, ph))


def read_inventory(path):
    """code -> {'name': [...], 'adj': [...], 'plural': [...], 'capital': [...]}, in order."""
    out = collections.OrderedDict()
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.strip()
            if not line or line.startswith("#"):
                continue
            parts = line.split(None, 2)
            if len(parts) < 3 or parts[1] not in ("name", "adj", "plural", "capital"):
                sys.exit("%s:%d: want CODE KIND phrase" % (path, n))
            e = out.setdefault(parts[0], {"name": [], "adj": [], "plural": [], "capital": []})
            e[parts[1]].append(parts[2])
    return out


def fill(tmpl, **kw):
    """The template with its slots filled; "the the UK" reads "the UK"."""
    return tmpl.format(**kw).replace("the the ", "the ").replace("The the ", "The ")


def cases(inv):
    """Yield (code, form, phrase, expected code). Forms naming a second country (C2, K2) take
    the fifth country after this one that has a name and a capital."""
    others = [(e["name"][0], e["capital"][0]) for e in inv.values() if e["name"] and e["capital"]]
    for i, (code, e) in enumerate(inv.items()):
        main = e["adj"][0] if e["adj"] else None
        plural = e["plural"][0] if e["plural"] else None
        c2, k2 = others[(i + 5) % len(others)]
        for form, tmpl, agent in FORMS:
            if "2}" in tmpl:
                if main or "{A}" not in tmpl:
                    if "{C}" in tmpl and not e["name"]:
                        continue
                    yield code, form, fill(tmpl, A=main, C=e["name"][0] if e["name"] else "",
                                           C2=c2, K2=k2), code + agent
                continue
            if "{A}" in tmpl and not main:
                continue
            if "{P}" in tmpl and not plural:
                continue
            if form == "the A (no plural)" and (plural or not main):
                continue
            if "{C}" in tmpl:
                for c in e["name"]:
                    yield code, form, fill(tmpl, C=c), code + agent
                continue
            if "{K}" in tmpl:
                for k in e["capital"]:
                    yield code, form, fill(tmpl, K=k), code + agent
                continue
            yield code, form, fill(tmpl, A=main, P=plural), code + agent
        for a in e["adj"][1:]:
            for form, tmpl, agent in ALT_FORMS:
                yield code, form, fill(tmpl, A=a), code + agent


# Sentences: the forms in clauses, for every country X with a partner Y (the next country with the
# same kinds of names). (name, template, source, root, target); {AX} X's adjective, {KX} its capital,
# {CX} its name, {PX} its plural demonym; expected codes as X+role, Y+role.
SENTENCES = [
    ("K accused A rebels", "{KX} accused {AY} rebels of attacking a convoy.", "XGOV", "11", "YREB"),
    ("A troops clashed with rebels in K", "{AX} troops clashed with rebels in {KY}.", "XMIL", "19",
     "YREB"),
    ("the government of C met the A opposition", "The government of {CX} met the {AY} opposition.",
     "XGOV", "04", "YOPP"),
    ("C's foreign ministry criticised the A president",
     "{CX}'s foreign ministry criticised the {AY} president.", "XGOV", "11", "YGOV"),
    ("A police arrested A protesters in K", "{AX} police arrested {AY} protesters in {KX}.", "XCOP",
     "17", "YOPP"),
    ("protesters in K denounced the A government",
     "Protesters in {KX} denounced the {AY} government.", "XOPP", "11", "YGOV"),
    ("in K, A officials met the A prime minister",
     "In {KX}, {AY} officials met the {AX} prime minister.", "YGOV", "04", "XGOV"),
    ("the Ps accused the A army", "The {PX} accused the {AY} army of shelling villages.", "X", "11",
     "YMIL"),
    ("K said it would send troops to C", "{KX} said it would send troops to {CY}.", "XGOV", "",
     ""),
    ("A warplanes bombed rebel positions in C",
     "{AX} warplanes bombed rebel positions in {CY}.", "XMIL", "19", "YREB"),
    ("A rebels ambushed an army convoy in C", "{AX} rebels ambushed an army convoy in {CY}.", "XREB",
     "19", "YMIL"),
    ("A warplanes bombed villages near K", "{AX} warplanes bombed villages near {KY}.", "XMIL", "19",
     "Y"),
    ("the A parliament condemned K", "The {AX} parliament condemned {KY} for the attack.", "XLEG",
     "11", "YGOV"),
]


def sentence_cases(inv):
    """Yield (x, form, text, source, root, target) for every country with a partner."""
    rows = []
    for code, e in inv.items():
        if e["name"] and e["adj"] and e["plural"] and e["capital"]:
            rows.append((code, e["name"][0], e["adj"][0], e["plural"][0], e["capital"][0]))
    for i, (x, cx, ax, px, kx) in enumerate(rows):
        y, cy, ay, py, ky = rows[(i + 1) % len(rows)]
        for form, tmpl, src, root, tgt in SENTENCES:
            text = fill(tmpl, CX=cx, AX=ax, PX=px, KX=kx, CY=cy, AY=ay, PY=py, KY=ky)
            if not src:
                continue
            sub = lambda c: c.replace("X", x, 1) if c.startswith("X") else \
                c.replace("Y", y, 1) if c.startswith("Y") else c
            yield x, form, text, sub(src), root, sub(tgt)


def code_sentences(tacitus, dict_dir, texts):
    """{doc index: (source code, root, target code)} of the first event of each text."""
    cmd = [tacitus, "code", "-q", "-j", "1"]
    if dict_dir:
        cmd += ["--dict", dict_dir]
    docs = "".join(json.dumps({"id": str(i), "date": DATE, "text": t}) + "\n"
                   for i, t in enumerate(texts))
    r = subprocess.run(cmd, input=docs, capture_output=True, text=True, encoding="utf-8")
    if r.returncode != 0:
        sys.exit("actor_breadth: %s exited %d: %s" % (" ".join(cmd), r.returncode, r.stderr.strip()))
    out = {}
    for line in r.stdout.splitlines():
        ev = json.loads(line)
        i = int(ev["doc"])
        if i not in out:
            s, t = ev.get("source"), ev.get("target")
            out[i] = (s["code"] if s else None, ev["event"]["root"], t["code"] if t else None)
    return out


def read_phrases(path):
    """[(phrase, code, date or None)] of a phrase list: phrase TAB code [TAB date], # comments."""
    out = []
    if not path or not os.path.exists(path):
        return out
    with open(path, encoding="utf-8") as f:
        for n, line in enumerate(f, 1):
            line = line.rstrip("\n")
            if not line.strip() or line.startswith("#"):
                continue
            parts = line.split("\t")
            if len(parts) not in (2, 3) or not parts[0] or not parts[1]:
                sys.exit("%s:%d: want phrase TAB code [TAB date]" % (path, n))
            out.append((parts[0], parts[1], parts[2] if len(parts) == 3 else None))
    return out


def resolve(tacitus, dict_dir, phrases, date=DATE):
    cmd = [tacitus, "actor", "--lines", "--date", date]
    if dict_dir:
        cmd += ["--dict", dict_dir]
    r = subprocess.run(cmd, input="\n".join(phrases) + "\n", capture_output=True,
                       text=True, encoding="utf-8")
    if r.returncode != 0:
        sys.exit("actor_breadth: %s exited %d: %s" % (" ".join(cmd), r.returncode, r.stderr.strip()))
    lines = r.stdout.splitlines()
    if len(lines) != len(phrases):
        sys.exit("actor_breadth: %d answers for %d phrases" % (len(lines), len(phrases)))
    return [json.loads(x) for x in lines]


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--tacitus", default="build/tacitus")
    ap.add_argument("--dict", default="data/dict")
    ap.add_argument("--names", default="tests/actor_breadth.names", help="the inventory")
    ap.add_argument("--inventory", help="write an inventory from countries.dict to this file")
    ap.add_argument("--list", action="store_true", help="print every failure")
    ap.add_argument("--check", help="fail when a phrase listed in this file no longer passes")
    ap.add_argument("--write", help="write the failing forms to this file")
    ap.add_argument("--phrases", default="tests/actor_breadth.phrases",
                    help="single phrases with their codes (phrase TAB code [TAB date])")
    args = ap.parse_args()

    countries = read_countries(os.path.join(args.dict, "countries.dict"))
    if args.inventory:
        write_inventory(countries, args.inventory)
        return 0
    inv = read_inventory(args.names)
    missing = [c for c in countries if c not in inv]
    cs = list(cases(inv))
    got = resolve(args.tacitus, args.dict, [c[2] for c in cs])

    by_form = collections.OrderedDict((f[0], [0, 0]) for f in FORMS + ALT_FORMS)
    by_country = collections.Counter()
    passing = []
    failing = []
    fails = []
    for (code, form, phrase, want), g in zip(cs, got):
        gc = g["code"] if g else None
        by_form[form][1] += 1
        if gc == want:
            passing.append("%s\t%s" % (phrase, want))
        else:
            by_form[form][0] += 1
            by_country[code] += 1
            fails.append((form, phrase, want, gc))
            failing.append("%s\t%s" % (phrase, want))

    # the listed phrases, one tacitus process per date they name
    listed = read_phrases(args.phrases)
    by_form["listed phrase"] = [0, 0]
    by_date = collections.OrderedDict()
    for k, (ph, want, date) in enumerate(listed):
        by_date.setdefault(date or DATE, []).append(k)
    for date, ks in by_date.items():
        for k, g in zip(ks, resolve(args.tacitus, args.dict, [listed[k][0] for k in ks], date)):
            ph, want, d = listed[k]
            gc = g["code"] if g else None
            key = "%s\t%s" % (ph, want) + (" %s" % d if d else "")
            by_form["listed phrase"][1] += 1
            if gc == want:
                passing.append(key)
            else:
                by_form["listed phrase"][0] += 1
                by_country[want[:3]] += 1
                fails.append(("listed phrase", ph + (" (%s)" % d if d else ""), want, gc))
                failing.append(key)

    scs = list(sentence_cases(inv))
    coded = code_sentences(args.tacitus, args.dict, [c[2] for c in scs])
    by_sform = collections.OrderedDict((f[0], [0, 0]) for f in SENTENCES)
    sfails = []
    for i, (x, form, text, src, root, tgt) in enumerate(scs):
        want = (src, root or None, tgt or None)
        got = coded.get(i)
        if root == "":
            ok = got is None or (got[0] == src)
        else:
            ok = got == (src, root, tgt)
        by_sform[form][1] += 1
        if ok:
            passing.append("%s\t%s %s %s" % (text, src, root or "-", tgt or "-"))
        else:
            by_sform[form][0] += 1
            by_country[x] += 1
            sfails.append((form, text, want, got))
            fails.append(None)
            failing.append("%s\t%s %s %s" % (text, src, root or "-", tgt or "-"))

    print("actor breadth: %d countries, %d phrases, %d listed phrases and %d sentences, %d pass, "
          "%d fail" % (len(inv), len(cs), len(listed), len(scs),
                       len(cs) + len(listed) + len(scs) - len(fails), len(fails)))
    print("failures by form:")
    for form, (nf, nt) in by_form.items():
        if nt:
            print("  %-26s %4d of %4d" % (form, nf, nt))
    print("sentence failures by form:")
    for form, (nf, nt) in by_sform.items():
        if nt:
            print("  %-50s %4d of %4d" % (form, nf, nt))
    print("countries with most failures: " +
          ", ".join("%s %d" % kv for kv in by_country.most_common(25)))
    if args.list:
        for f in fails:
            if f:
                print("FAIL\t%s\t%s\twant %s\tgot %s" % f)
        for f in sfails:
            print("FAIL\t%s\t%s\twant %s\tgot %s" % f)
    if args.write:
        with open(args.write, "w", encoding="utf-8") as f:
            f.write("# actor forms that tools/actor_breadth.py expects and that do not code so (phrase or\n"
                    "# sentence TAB expected code), each a choice of the dictionaries, not a bug; every\n"
                    "# other form must pass (make actor-breadth). Written by actor_breadth.py --write.\n")
            f.write("".join(x + "\n" for x in sorted(set(failing))))
    if args.check:
        known = set()
        with open(args.check, encoding="utf-8") as f:
            for line in f:
                line = line.rstrip("\n")
                if line and not line.startswith("#"):
                    known.add(line)
        new = sorted(set(failing) - known)
        for c in missing:
            print("MISSING\tcountries.dict has %s, %s lacks it" % (c, args.names))
        for x in new:
            print("REGRESSION\t" + x.replace("\t", "\twant "))
        if new or missing:
            print("actor breadth: %d forms that passed now fail" % len(new))
            return 1
        print("actor breadth: no form outside %s fails" % args.check)
    return 0


if __name__ == "__main__":
    sys.exit(main())
