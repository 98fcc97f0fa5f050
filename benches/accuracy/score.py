#!/usr/bin/env python3
"""Score `hushdesk scan --jsonl` predictions against a labelled corpus.

    score.py CORPUS.jsonl PREDICTIONS.jsonl [--json] [--show-misses CATEGORY N]

Only the corpus keys `text`, `content_type`, `known`, `labels` and `negatives`
are used, so any corpus in that format can be scored.

Matching rule
-------------
Spans are half-open UTF-8 byte ranges [start, end). A prediction and a label
*match* when they have the same category and share at least one byte.
  * recall    = labels matched by >= 1 prediction / labels
  * precision = predictions matching >= 1 label / predictions
Several predictions covering one label (or one prediction covering several
labels) are all counted as matched. `exact` counts labels for which some
prediction of the same category has exactly the same start and end.

Byte measures (category-blind):
  * PII bytes left visible = labelled bytes not covered by any prediction /
    labelled bytes
  * over-redaction = predicted bytes outside every label / non-label bytes
  * negatives hit = negative spans overlapped by any prediction
"""

import argparse
import collections
import html
import json
import random
import re
import sys
import unicodedata

CATEGORIES = ["email", "phone", "payment_card", "iban", "national_id", "ip_address", "secret", "date_of_birth",
              "person_name", "postal_address"]
STRICT = ["email", "phone", "payment_card", "iban", "national_id", "ip_address", "secret"]
TARGET_RECALL, TARGET_PRECISION, TARGET_NAME_KNOWN, TARGET_VISIBLE = 0.98, 0.95, 0.95, 0.01


def read_jsonl(path):
    rows = []
    with open(path, encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            try:
                rows.append(json.loads(line))
            except json.JSONDecodeError as e:
                rows.append({"__bad_json__": str(e)})
    return rows


def merge(spans):
    out = []
    for s, e in sorted(spans):
        if e <= s:
            continue
        if out and s <= out[-1][1]:
            if e > out[-1][1]:
                out[-1][1] = e
        else:
            out.append([s, e])
    return out


def total(intervals):
    return sum(e - s for s, e in intervals)


def intersect_len(a, b):
    """Bytes in both merged interval lists."""
    i = j = n = 0
    while i < len(a) and j < len(b):
        lo, hi = max(a[i][0], b[j][0]), min(a[i][1], b[j][1])
        if lo < hi:
            n += hi - lo
        if a[i][1] < b[j][1]:
            i += 1
        else:
            j += 1
    return n


def overlaps(s, e, spans):
    return any(s < pe and ps < e for ps, pe in spans)


def fold(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).casefold().strip()


def visible_text(raw, is_html):
    if not is_html:
        return raw
    raw = re.sub(r"(?i)<br\s*/?>", "\n", raw)
    return html.unescape(re.sub(r"<[^>]*>", "", raw)).replace("\xa0", " ")


def known_name_forms(known):
    name = (known or {}).get("name")
    if not isinstance(name, str) or not name.strip():
        return set()
    parts = name.split()
    forms = {fold(name), fold(parts[0]), fold(parts[-1])}
    if len(parts) > 1:
        forms.add(fold("%s, %s" % (" ".join(parts[1:]), parts[0])))
        forms.update(fold(p) for p in parts)
    return forms


def ratio(a, b):
    return a / b if b else None


def f1(p, r):
    if p is None or r is None or p + r == 0:
        return None
    return 2 * p * r / (p + r)


def key_of(v):
    return json.dumps(v, sort_keys=True)


def align(corpus, preds):
    """Pair corpus rows with prediction rows by line order, checking ids; fall back to ids."""
    by_id = {}
    for p in preds:
        if isinstance(p, dict) and "id" in p:
            by_id.setdefault(key_of(p["id"]), p)
    pairs, mismatched, missing = [], 0, 0
    for i, doc in enumerate(corpus):
        p = preds[i] if i < len(preds) else None
        if p is not None and key_of(p.get("id")) != key_of(doc.get("id")):
            mismatched += 1
            p = by_id.get(key_of(doc.get("id")))
        if p is None:
            missing += 1
        pairs.append((doc, p))
    return pairs, mismatched, missing


def score(corpus, preds, want_examples=None):
    pairs, mismatched, missing = align(corpus, preds)
    c = {cat: collections.Counter() for cat in CATEGORIES}
    fn_sub = {cat: collections.Counter() for cat in CATEGORIES}
    name_known = collections.Counter()
    neg_kinds = collections.Counter()
    neg_hit_kinds = collections.Counter()
    bytes_label = bytes_visible = bytes_pred_outside = bytes_nonlabel = 0
    errors = 0
    examples = {"fn": [], "fp": []}

    for doc, pred in pairs:
        text = doc.get("text", "")
        raw = text.encode("utf-8")
        is_html = doc.get("content_type") == "text/html"
        labels = [(int(l["start"]), int(l["end"]), l["category"], l.get("subtype")) for l in doc.get("labels", [])]
        negs = [(int(n["start"]), int(n["end"]), n.get("kind", "?")) for n in doc.get("negatives", [])]
        known = doc.get("known") or {}
        has_known = any(v for v in known.values()) if isinstance(known, dict) else False
        finds = []
        if pred is None or "__bad_json__" in pred or "error" in pred:
            errors += pred is not None
        else:
            for f in pred.get("findings") or []:
                finds.append((int(f["start"]), int(f["end"]), f.get("category", "?"), f.get("rule"), f.get("subtype")))
        for _, _, cat, _, _ in finds:
            if cat not in c:
                c[cat] = collections.Counter()
                fn_sub[cat] = collections.Counter()

        by_cat_pred = collections.defaultdict(list)
        for s, e, cat, _, _ in finds:
            by_cat_pred[cat].append((s, e))
        by_cat_label = collections.defaultdict(list)
        for s, e, cat, _ in labels:
            by_cat_label[cat].append((s, e))
        if labels and has_known:
            forms = known_name_forms(known)
        else:
            forms = set()

        for s, e, cat, sub in labels:
            c.setdefault(cat, collections.Counter())
            fn_sub.setdefault(cat, collections.Counter())
            c[cat]["labels"] += 1
            hit = overlaps(s, e, by_cat_pred[cat])
            if hit:
                c[cat]["tp_label"] += 1
                if (s, e) in by_cat_pred[cat]:
                    c[cat]["exact"] += 1
            else:
                fn_sub[cat][sub] += 1
                if want_examples == cat:
                    examples["fn"].append((doc, s, e, sub, [f for f in finds if s < f[1] and f[0] < e]))
            if cat == "person_name":
                bucket = "known" if has_known else "unknown"
                name_known[bucket + "_labels"] += 1
                name_known[bucket + "_tp"] += hit
                if forms and fold(visible_text(raw[s:e].decode("utf-8", "replace"), is_html)) in forms:
                    name_known["requester_labels"] += 1
                    name_known["requester_tp"] += hit

        label_spans = [(s, e) for s, e, _, _ in labels]
        for s, e, cat, rule, sub in finds:
            c[cat]["preds"] += 1
            if overlaps(s, e, by_cat_label[cat]):
                c[cat]["tp_pred"] += 1
            else:
                c[cat]["fp"] += 1
                if overlaps(s, e, label_spans):
                    c[cat]["fp_other_category"] += 1
                elif overlaps(s, e, [(a, b) for a, b, _ in negs]):
                    c[cat]["fp_on_negative"] += 1
                if want_examples == cat:
                    why = [k for a, b, k in negs if s < b and a < e] + \
                          ["label:" + lc for a, b, lc, _ in labels if s < b and a < e]
                    examples["fp"].append((doc, s, e, "%s %s" % (rule, sub or ""), why))

        lab_u = merge(label_spans)
        pred_u = merge([(s, e) for s, e, _, _, _ in finds])
        lb = total(lab_u)
        inter = intersect_len(lab_u, pred_u)
        bytes_label += lb
        bytes_visible += lb - inter
        bytes_pred_outside += total(pred_u) - inter
        bytes_nonlabel += len(raw) - lb
        for s, e, kind in negs:
            neg_kinds[kind] += 1
            if overlaps(s, e, pred_u):
                neg_hit_kinds[kind] += 1

    result = {"documents": len(corpus), "predictions_lines": len(preds), "errors": errors,
              "id_mismatches": mismatched, "missing_predictions": missing, "categories": {}}
    all_c = collections.Counter()
    for cat in list(c):
        k = c[cat]
        all_c.update(k)
        p, r = ratio(k["tp_pred"], k["preds"]), ratio(k["tp_label"], k["labels"])
        result["categories"][cat] = {
            "labels": k["labels"], "predictions": k["preds"], "tp_labels": k["tp_label"], "fn": k["labels"] - k["tp_label"],
            "tp_predictions": k["tp_pred"], "fp": k["fp"], "fp_on_other_category_label": k["fp_other_category"],
            "fp_on_negative": k["fp_on_negative"], "precision": p, "recall": r, "f1": f1(p, r),
            "exact": k["exact"], "exact_recall": ratio(k["exact"], k["labels"]),
            "fn_by_subtype": {str(s): n for s, n in fn_sub[cat].most_common()},
        }
    p, r = ratio(all_c["tp_pred"], all_c["preds"]), ratio(all_c["tp_label"], all_c["labels"])
    result["all"] = {"labels": all_c["labels"], "predictions": all_c["preds"], "fn": all_c["labels"] - all_c["tp_label"],
                     "fp": all_c["fp"], "precision": p, "recall": r, "f1": f1(p, r), "exact": all_c["exact"]}
    result["person_name"] = {
        "recall_known": ratio(name_known["known_tp"], name_known["known_labels"]), "labels_known": name_known["known_labels"],
        "recall_unknown": ratio(name_known["unknown_tp"], name_known["unknown_labels"]), "labels_unknown": name_known["unknown_labels"],
        "recall_requester_name": ratio(name_known["requester_tp"], name_known["requester_labels"]),
        "labels_requester_name": name_known["requester_labels"],
    }
    result["bytes"] = {"label_bytes": bytes_label, "visible_label_bytes": bytes_visible,
                       "pii_bytes_left_visible": ratio(bytes_visible, bytes_label),
                       "predicted_bytes_outside_labels": bytes_pred_outside, "non_label_bytes": bytes_nonlabel,
                       "over_redaction": ratio(bytes_pred_outside, bytes_nonlabel)}
    nt, nh = sum(neg_kinds.values()), sum(neg_hit_kinds.values())
    result["negatives"] = {"total": nt, "hit": nh, "hit_fraction": ratio(nh, nt),
                           "by_kind": {k: {"total": n, "hit": neg_hit_kinds[k]} for k, n in neg_kinds.most_common()}}
    return result, examples


def fmt(x, pct=False):
    if x is None:
        return "    -"
    return "%6.2f%%" % (100 * x) if pct else "%.3f" % x


def print_table(res, out=sys.stdout):
    w = out.write
    w("documents %d, prediction lines %d, errors %d, id mismatches %d, missing predictions %d\n\n"
      % (res["documents"], res["predictions_lines"], res["errors"], res["id_mismatches"], res["missing_predictions"]))
    w("%-15s %7s %7s %6s %6s %6s %7s %7s %7s %7s  %s\n" % ("category", "labels", "preds", "FN", "FP", "FPneg",
                                                        "prec", "recall", "F1", "exact", "target"))
    w("-" * 98 + "\n")
    order = CATEGORIES + sorted(set(res["categories"]) - set(CATEGORIES))
    for cat in order:
        k = res["categories"].get(cat)
        if not k:
            continue
        target = ""
        if cat in STRICT:
            ok = (k["recall"] or 0) >= TARGET_RECALL and (k["precision"] if k["precision"] is not None else 1) >= TARGET_PRECISION
            target = "ok" if ok else "MISS (P>=%.2f R>=%.2f)" % (TARGET_PRECISION, TARGET_RECALL)
        w("%-15s %7d %7d %6d %6d %6d %7s %7s %7s %7s  %s\n" % (
            cat, k["labels"], k["predictions"], k["fn"], k["fp"], k["fp_on_negative"], fmt(k["precision"]),
            fmt(k["recall"]), fmt(k["f1"]), fmt(k["exact_recall"]), target))
    a = res["all"]
    w("-" * 98 + "\n")
    w("%-15s %7d %7d %6d %6d %6s %7s %7s %7s\n\n" % ("all", a["labels"], a["predictions"], a["fn"], a["fp"], "",
                                                     fmt(a["precision"]), fmt(a["recall"]), fmt(a["f1"])))
    pn = res["person_name"]
    rk = pn["recall_known"]
    w("person_name recall, tickets with known:    %s (%d labels)  target >= %.2f: %s\n" % (
        fmt(rk), pn["labels_known"], TARGET_NAME_KNOWN, "ok" if rk is not None and rk >= TARGET_NAME_KNOWN else "MISS"))
    w("person_name recall, tickets without known: %s (%d labels)\n" % (fmt(pn["recall_unknown"]), pn["labels_unknown"]))
    w("  of which the requester's own name (text equals a form of known.name): %s (%d labels)\n"
      % (fmt(pn["recall_requester_name"]), pn["labels_requester_name"]))
    b = res["bytes"]
    vis = b["pii_bytes_left_visible"]
    w("PII bytes left visible: %s (%d of %d)  target <= %.0f%%: %s\n" % (
        fmt(vis, True), b["visible_label_bytes"], b["label_bytes"], 100 * TARGET_VISIBLE,
        "ok" if vis is not None and vis <= TARGET_VISIBLE else "MISS"))
    w("over-redaction: %s of non-label bytes (%d of %d)\n" % (fmt(b["over_redaction"], True), b["predicted_bytes_outside_labels"],
                                                            b["non_label_bytes"]))
    n = res["negatives"]
    w("negatives hit: %d of %d (%s)" % (n["hit"], n["total"], fmt(n["hit_fraction"], True).strip()))
    hits = ["%s %d/%d" % (k, v["hit"], v["total"]) for k, v in n["by_kind"].items() if v["hit"]]
    w(": " + ", ".join(hits) + "\n" if hits else "\n")
    misses = ["%s: %s" % (cat, ", ".join("%s %d" % kv for kv in list(k["fn_by_subtype"].items())[:6]))
              for cat, k in res["categories"].items() if k["fn_by_subtype"] and any(s != "None" for s in k["fn_by_subtype"])]
    if misses:
        w("misses by label subtype: " + "; ".join(misses) + "\n")


def snippet(doc, s, e, ctx=60):
    raw = doc.get("text", "").encode("utf-8")
    a, b = max(0, s - ctx), min(len(raw), e + ctx)
    txt = (raw[a:s].decode("utf-8", "replace") + "[[" + raw[s:e].decode("utf-8", "replace") + "]]"
           + raw[e:b].decode("utf-8", "replace"))
    return txt.replace("\n", "\\n")


def show_misses(examples, cat, n, out=sys.stdout):
    rnd = random.Random(0)
    for kind, title in (("fn", "missed labels (FN)"), ("fp", "false positives (FP)")):
        ex = examples[kind]
        out.write("\n== %s %s: %d, showing %d ==\n" % (cat, title, len(ex), min(n, len(ex))))
        for doc, s, e, sub, extra in (rnd.sample(ex, n) if len(ex) > n else ex):
            if kind == "fn":
                note = "subtype=%s" % sub
                if extra:
                    note += " overlapped by " + ", ".join("%s(%s)" % (f[2], f[3]) for f in extra)
            else:
                note = "rule=%s" % sub.strip() + (" on " + ", ".join(extra) if extra else "")
            out.write("- id=%s %s [%d,%d) %s\n    %s\n" % (json.dumps(doc.get("id"), ensure_ascii=False), doc.get("content_type", "text/plain"),
                                                       s, e, note, snippet(doc, s, e)))


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("corpus")
    ap.add_argument("predictions")
    ap.add_argument("--json", action="store_true", help="print the metrics as JSON")
    ap.add_argument("--show-misses", nargs=2, metavar=("CATEGORY", "N"), help="print N sample FN and FP of CATEGORY")
    args = ap.parse_args(argv)
    corpus = read_jsonl(args.corpus)
    preds = read_jsonl(args.predictions)
    cat = args.show_misses[0] if args.show_misses else None
    res, examples = score(corpus, preds, want_examples=cat)
    if args.json:
        json.dump(res, sys.stdout, indent=2, ensure_ascii=False)
        sys.stdout.write("\n")
    else:
        print_table(res)
    if cat:
        show_misses(examples, cat, int(args.show_misses[1]))
    return 0


if __name__ == "__main__":
    sys.exit(main())
