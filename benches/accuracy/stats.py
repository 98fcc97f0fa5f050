#!/usr/bin/env python3
"""Print statistics of a labelled corpus: stats.py CORPUS.jsonl"""

import collections
import json
import sys


def main(path):
    docs = nbytes = html_docs = known = 0
    cats, negs, subs = collections.Counter(), collections.Counter(), collections.Counter()
    with open(path, encoding="utf-8") as f:
        for line in f:
            if not line.strip():
                continue
            d = json.loads(line)
            docs += 1
            nbytes += len(d["text"].encode("utf-8"))
            html_docs += d.get("content_type") == "text/html"
            known += bool(d.get("known"))
            for lab in d.get("labels", []):
                cats[lab["category"]] += 1
                subs[(lab["category"], lab.get("subtype"))] += 1
            for n in d.get("negatives", []):
                negs[n["kind"]] += 1
    nl = sum(cats.values())
    print("documents %d (html %d, with known %d), bytes %d, labels %d (one per %.0f bytes), negatives %d"
          % (docs, html_docs, known, nbytes, nl, nbytes / max(nl, 1), sum(negs.values())))
    print("labels per category:")
    for c, n in cats.most_common():
        print("  %-16s %6d" % (c, n))
    print("negatives per kind:")
    for k, n in negs.most_common():
        print("  %-18s %6d" % (k, n))
    if "-v" in sys.argv:
        print("labels per subtype:")
        for (c, s), n in sorted(subs.items(), key=lambda x: (x[0][0], str(x[0][1]))):
            print("  %-16s %-22s %6d" % (c, s, n))


if __name__ == "__main__":
    main(sys.argv[1])
