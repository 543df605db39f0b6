#!/usr/bin/env python3
"""lg_score.py -- scorer for the Link Grammar roles experiment (tools/lg_roles.c).

For THIS EXPERIMENT ONLY (docs/accuracy.md, "A syntactic parse for roles:
measured"); not part of the build or the tests. It re-implements the
triple matching of cli/eval_plover.c and cli/eval_petr2.c so that events
written by `tacitus code --format json` (and the same events after
tools/lg_roles.c has changed their roles) can be scored the same way.
Checked to give exactly the figures of `tacitus eval SUITE --split S` for
the unadjusted events.

  lg_score.py input SUITE SPLIT SHARED   > items.jsonl  (documents to code)
  lg_score.py score SUITE SPLIT SHARED EVENTS.jsonl     (prints P/R/F1)

SUITE is plover or petr2; SPLIT is tune (odd items) or test (even items).
Only figures are printed: no item is shown.
"""
import json
import re
import sys

PLOVER = "peers/plover/PLOVER_GSR_CAMEO.json"
PETR2 = "peers/universalpetrarch/validation/PETR2_GSR_validation.xml"

# PLOVER category -> CAMEO roots (cli/eval_plover.c, docs/accuracy.md)
CATS = {
    "AGREE": [3], "CONSULT": [4], "SUPPORT": [5], "COOPERATE": [6], "AID": [7],
    "CONCEDE": [8], "RETREAT": [8], "INVESTIGATE": [9], "DEMAND": [10],
    "DISAPPROVE": [11], "REJECT": [12], "THREATEN": [13], "PROTEST": [14],
    "MOBILIZE": [15], "SANCTION": [16], "COERCE": [17, 16, 19], "ASSAULT": [18, 17],
    "FIGHT": [19, 20],
}
FIXES = {"JAP": "JPN", "ITL": "ITA", "VTN": "VNM"}


def in_split(split, k):
    return k % 2 == (1 if split == "tune" else 0)


def one_line(s):
    return s.replace("\n", " ").replace("\r", " ").replace("\t", " ")


def root(code):
    if not code or len(code) < 2 or not code[:2].isdigit():
        return 0
    r = int(code[:2])
    return r if 1 <= r <= 20 else 0


# ---- PLOVER ---------------------------------------------------------------

def plover_items(shared, split):
    with open(f"{shared}/{PLOVER}", encoding="utf-8") as f:
        recs = json.load(f)
    k = 0
    for it in recs:
        if not isinstance(it, dict) or not isinstance(it.get("event"), str) or \
                not isinstance(it.get("text"), str):
            continue
        if it["event"] == "DOCUMENT":
            continue
        k += 1
        if not in_split(split, k):
            continue
        date = it.get("date") if isinstance(it.get("date"), str) and len(it["date"]) == 10 \
            else "2000-01-01"
        yield k, it, date


def gold_countries(lst):
    out = []
    if isinstance(lst, list):
        for a in lst:
            if not isinstance(a, dict):
                continue
            code = a.get("code")
            code = code[:3] if isinstance(code, str) else ""
            code = FIXES.get(code, code)
            if code not in out:
                out.append(code)
    return out or [""]


def pred_country(a):
    code = a.get("code") or ""
    if code[:3] in ("IGO", "NGO", "IMG"):
        return code[:3]
    if a.get("country"):
        return a["country"]
    return code[:3]


def score_plover(shared, split, events):
    tp = fp = fn = items = root_ok = 0
    for k, it, _ in plover_items(shared, split):
        roots = CATS.get(it["event"], [])
        src = gold_countries(it.get("source"))
        tgt = gold_countries(it.get("target"))
        recip = len(src) > 1 and len(tgt) == 1 and not tgt[0]
        pred, right = [], 0
        for ev in events.get(str(k), []):
            t = [pred_country(ev["source"]), root(ev["event"]["code"]),
                 pred_country(ev["target"]) if ev.get("target") else ""]
            if recip and t[0] in src and t[2] in src:
                t[2] = ""
            if t not in pred and len(pred) < 64:
                pred.append(t)
            right |= t[1] in roots
        used, hit, ng = [0] * len(pred), 0, 0
        for s in src:
            for g in tgt:
                ng += 1
                for q, p in enumerate(pred):
                    if used[q] or p[0] != s or p[2] != g or p[1] not in roots:
                        continue
                    used[q] = 1
                    hit += 1
                    break
        items += 1
        tp += hit
        fp += len(pred) - hit
        fn += ng - hit
        root_ok += right
    return items, tp, fp, fn, {"root accuracy": root_ok / items if items else 0}


# ---- PETR2 ----------------------------------------------------------------

def attr(tag, name):
    m = re.search(' ' + name + '="([^"]*)"', tag)
    return m.group(1) if m else None


def petr2_items(shared, split):
    with open(f"{shared}/{PETR2}", encoding="utf-8") as f:
        buf = f.read()
    p = buf.find("<Sentences>")
    k = 0
    while p >= 0:
        p = buf.find("<Sentence ", p)
        if p < 0:
            break
        nxt = buf.find("<Sentence ", p + 1)
        end = nxt if nxt >= 0 else len(buf)
        tag = buf[p:buf.find(">", p)]
        date = attr(tag, "date") or ""
        sid = attr(tag, "id") or ""
        gold = []
        e = buf.find("<EventCoding", p)
        while 0 <= e < end:
            etag = buf[e:buf.find(">", e)]
            code = attr(etag, "eventcode")
            if code is not None:
                s = attr(etag, "sourcecode") or ""
                t = attr(etag, "targetcode") or ""
                s = s[3:] if s.startswith("---") else s
                t = t[3:] if t.startswith("---") else t
                trip = (s[:23], code[:7], t[:23])
                if trip not in gold:
                    gold.append(trip)
            e = buf.find("<EventCoding", e + 1)
        t0 = buf.find("<Text>", p)
        t1 = buf.find("</Text>", t0) if t0 >= 0 else -1
        p = nxt
        if t0 < 0 or t1 < 0 or t0 > end or len(date) != 8:
            continue
        k += 1
        if not in_split(split, k):
            continue
        text = one_line(buf[t0 + 6:t1])
        iso = f"{date[:4]}-{date[4:6]}-{date[6:8]}"
        yield k, sid, iso, text, gold


def agree(a, b, root_only):
    used, hits = [0] * len(b), 0
    for x in a:
        for j, y in enumerate(b):
            if used[j] or x[0] != y[0] or x[2] != y[2]:
                continue
            if (root(x[1]) != root(y[1])) if root_only else (x[1] != y[1]):
                continue
            used[j] = 1
            hits += 1
            break
    return hits


def score_petr2(shared, split, events):
    tp = fp = fn = items = rtp = rfp = rfn = 0
    for k, _, _, _, gold in petr2_items(shared, split):
        pred = []
        for ev in events.get(str(k), []):
            t = (ev["source"].get("code") or "", ev["event"]["code"],
                 (ev["target"].get("code") or "") if ev.get("target") else "")
            if t not in pred and len(pred) < 64:
                pred.append(t)
        items += 1
        hit = agree(gold, pred, 0)
        tp, fp, fn = tp + hit, fp + len(pred) - hit, fn + len(gold) - hit
        rh = agree(gold, pred, 1)
        rtp, rfp, rfn = rtp + rh, rfp + len(pred) - rh, rfn + len(gold) - rh
    rp = rtp / (rtp + rfp) if rtp + rfp else 0
    rr = rtp / (rtp + rfn) if rtp + rfn else 0
    return items, tp, fp, fn, {"root-level triple F1": 2 * rp * rr / (rp + rr) if rp + rr else 0}


# ---- main -----------------------------------------------------------------

def main(argv):
    if len(argv) < 5 or argv[1] not in ("input", "score") or argv[2] not in ("plover", "petr2") \
            or argv[3] not in ("tune", "test"):
        sys.stderr.write(__doc__)
        return 2
    cmd, suite, split, shared = argv[1:5]
    if cmd == "input":
        if suite == "plover":
            for k, it, date in plover_items(shared, split):
                print(json.dumps({"id": str(k), "date": date, "text": one_line(it["text"])},
                                 ensure_ascii=False))
        else:
            for k, _, iso, text, _ in petr2_items(shared, split):
                print(json.dumps({"id": str(k), "date": iso, "text": text}, ensure_ascii=False))
        return 0
    events = {}
    with open(argv[5], encoding="utf-8") as f:
        for line in f:
            if line.strip():
                ev = json.loads(line)
                events.setdefault(ev["doc"], []).append(ev)
    score = score_plover if suite == "plover" else score_petr2
    items, tp, fp, fn, figs = score(shared, split, events)
    p = tp / (tp + fp) if tp + fp else 0
    r = tp / (tp + fn) if tp + fn else 0
    f1 = 2 * p * r / (p + r) if p + r else 0
    extra = "; ".join(f"{k} {v:.3f}" for k, v in figs.items())
    print(f"{suite:7s} {split:5s} {items:4d} items  P {p:.3f} R {r:.3f} F1 {f1:.3f}  "
          f"(tp {tp} fp {fp} fn {fn}); {extra}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
