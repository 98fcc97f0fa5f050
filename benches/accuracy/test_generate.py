#!/usr/bin/env python3
"""Unit tests for the corpus generator and the scorer: python3 -m unittest test_generate.py"""

import html
import ipaddress
import json
import os
import random
import re
import sys
import unittest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import generate  # noqa: E402
import pii  # noqa: E402
import score  # noqa: E402

N = 400


class KnownAnswers(unittest.TestCase):
    """The checkers agree with published example values."""

    def test_checkers(self):
        self.assertTrue(pii.luhn_valid("4111 1111 1111 1111"))
        self.assertFalse(pii.luhn_valid("4111 1111 1111 1112"))
        self.assertTrue(pii.iban_valid("GB82 WEST 1234 5698 7654 32"))
        self.assertTrue(pii.iban_valid("DE89370400440532013000"))
        self.assertFalse(pii.iban_valid("DE89370400440532013001"))
        self.assertTrue(pii.au_tfn_valid("123 456 782"))
        self.assertTrue(pii.au_abn_valid("51 824 753 556"))
        self.assertTrue(pii.uk_nhs_valid("943 476 5919"))
        self.assertTrue(pii.es_dni_nie_valid("12345678Z"))
        self.assertTrue(pii.es_dni_nie_valid("X1234567L"))
        self.assertTrue(pii.se_personnummer_valid("811228-9874"))
        self.assertTrue(pii.de_steuer_id_valid("86095742719"))
        self.assertFalse(pii.uk_nino_valid("GB 12 34 56 A"))
        self.assertEqual(pii.luhn_check_digit("7992739871"), "3")


class Generators(unittest.TestCase):
    def setUp(self):
        self.rng = random.Random(1234)

    def test_cards(self):
        for brand in pii.CARD_BRANDS:
            for _ in range(N):
                num, _ = pii.card_number(self.rng, brand)
                self.assertTrue(pii.luhn_valid(num), num)
                if brand == "visa":
                    self.assertTrue(num.startswith("4") and len(num) == 16)
                elif brand == "mastercard":
                    self.assertTrue(51 <= int(num[:2]) <= 55 or 2221 <= int(num[:4]) <= 2720, num)
                elif brand == "amex":
                    self.assertTrue(num[:2] in ("34", "37") and len(num) == 15)
                else:
                    self.assertTrue(num.startswith(("6011", "644", "645", "646", "647", "648", "649", "65")))
                self.assertEqual(pii.only_digits(pii.format_card(self.rng, num)), num)
        for _ in range(N):
            self.assertFalse(pii.luhn_valid(pii.luhn_invalid_16(self.rng)))

    def test_ibans(self):
        for c, n in pii.IBAN_LENGTHS.items():
            for _ in range(N // 4):
                v = pii.iban(self.rng, c)
                self.assertEqual(len(v), n)
                self.assertTrue(pii.iban_valid(v), v)
                self.assertTrue(pii.iban_valid(pii.format_iban(self.rng, v)))

    def test_national_ids(self):
        for kind, gen in pii.NATIONAL_IDS.items():
            for _ in range(N // 2):
                v = gen(self.rng)
                self.assertTrue(pii.NATIONAL_ID_VALID[kind](v), (kind, v))
        for _ in range(50):
            v = pii.se_personnummer(self.rng, coordination=True, long_form=False)
            self.assertGreater(int(pii.only_digits(v)[4:6]), 60)

    def test_network_and_secrets(self):
        for _ in range(N):
            ipaddress.IPv4Address(pii.ipv4(self.rng))
            ipaddress.IPv6Address(pii.ipv6(self.rng))
            self.assertTrue(pii.jwt_header_ok(pii.jwt(self.rng)))
        key = pii.pem_private_key(self.rng)
        self.assertTrue(key.startswith("-----BEGIN ") and key.endswith("PRIVATE KEY-----"))
        self.assertRegex(pii.aws_key_id(self.rng), r"^A[KS]IA[A-Z2-7]{16}$")
        self.assertRegex(pii.github_token(self.rng), r"^(ghp_[A-Za-z0-9]{36}|github_pat_\w{82})$")

    def test_phones(self):
        for c in ("AU", "GB", "SE", "DE", "ES", "US"):
            for _ in range(50):
                forms = pii.phone(self.rng, c)
                ds = {pii.only_digits(f).lstrip("0") for f in forms}
                self.assertTrue(all(8 <= len(pii.only_digits(f)) <= 14 for f in forms), forms)
                self.assertGreaterEqual(len(forms), 3)
                del ds


def visible(src, content_type):
    """What a reader sees for a span of the source."""
    if content_type != "text/html":
        return src
    src = re.sub(r"<br\s*/?>\n?", "\n", src)
    return html.unescape(re.sub(r"<[^>]+>", "", src)).replace("\xa0", " ")


class Corpus(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        cls.items = [generate.build_ticket(42, i) for i in range(300)]

    def test_reproducible(self):
        a = json.dumps(generate.public(generate.build_ticket(42, 17)))
        b = json.dumps(generate.public(generate.build_ticket(42, 17)))
        self.assertEqual(a, b)
        self.assertNotEqual(a, json.dumps(generate.public(generate.build_ticket(43, 17))))

    def test_label_spans_slice_values(self):
        non_ascii = {"text/plain": 0, "text/html": 0}
        for it in self.items:
            raw = it["text"].encode("utf-8")
            for lab, value in zip(it["labels"], it["_values"]):
                src = raw[lab["start"]:lab["end"]].decode("utf-8")  # must fall on character boundaries
                self.assertEqual(visible(src, it["content_type"]), value, (it["id"], lab))
                if any(ord(ch) > 127 for ch in value):
                    non_ascii[it["content_type"]] += 1
                    if it["content_type"] == "text/plain":
                        self.assertEqual(src, value)
        self.assertGreater(non_ascii["text/plain"], 20)
        self.assertGreater(non_ascii["text/html"], 10)

    def test_spans_are_ordered_and_disjoint(self):
        for it in self.items:
            spans = sorted((l["start"], l["end"]) for l in it["labels"])
            for (a, b), (c, d) in zip(spans, spans[1:]):
                self.assertLessEqual(b, c, it["id"])
            for n in it["negatives"]:
                self.assertFalse(score.overlaps(n["start"], n["end"], spans), (it["id"], n))
                self.assertLess(n["start"], n["end"])

    def test_labelled_values_are_valid(self):
        for it in self.items:
            for lab, value in zip(it["labels"], it["_values"]):
                cat, sub = lab["category"], lab["subtype"]
                if cat == "payment_card":
                    self.assertTrue(pii.luhn_valid(value), value)
                elif cat == "iban":
                    self.assertTrue(pii.iban_valid(value), value)
                elif cat == "national_id":
                    self.assertTrue(pii.NATIONAL_ID_VALID[sub](value), (sub, value))
                elif cat == "ip_address":
                    ipaddress.ip_address(value)
                elif cat == "email" and sub != "obfuscated":
                    self.assertRegex(value, r"^[\w.+-]+@[\w-]+(\.[\w-]+)+$")
            raw = it["text"].encode("utf-8")
            for n in it["negatives"]:
                if n["kind"] == "luhn_invalid_card":
                    self.assertFalse(pii.luhn_valid(raw[n["start"]:n["end"]].decode()))

    def test_mix(self):
        kinds = {it["content_type"] for it in self.items}
        self.assertEqual(kinds, {"text/plain", "text/html"})
        known = sum(bool(it.get("known")) for it in self.items)
        self.assertTrue(0.35 < known / len(self.items) < 0.65)
        cats = {l["category"] for it in self.items for l in it["labels"]}
        self.assertEqual(cats, set(score.CATEGORIES))
        for it in self.items:
            if it.get("known"):
                folded = score.fold(visible(it["text"], it["content_type"]))
                self.assertIn(score.fold(it["known"]["name"].split()[0]), folded)
        nbytes = sum(len(it["text"].encode()) for it in self.items)
        nlabels = sum(len(it["labels"]) for it in self.items)
        self.assertTrue(300 <= nbytes / nlabels <= 600, nbytes / nlabels)

    def test_bench_text(self):
        t = generate.build_ticket(7, 3, bench=True)
        self.assertEqual(t["content_type"], "text/plain")
        self.assertNotIn("----\n", t["text"])


class Scorer(unittest.TestCase):
    def setUp(self):
        self.corpus = [generate.public(generate.build_ticket(5, i)) for i in range(60)]

    def preds(self, drop=0.0, extra=None):
        rng = random.Random(0)
        out = []
        for d in self.corpus:
            fs = [{"start": l["start"], "end": l["end"], "category": l["category"], "subtype": None, "rule": "x",
                   "confidence": 1.0} for l in d["labels"] if rng.random() >= drop]
            if extra:
                fs += extra(d)
            out.append({"id": d["id"], "findings": fs, "redacted": ""})
        return out

    def test_perfect(self):
        res, _ = score.score(self.corpus, self.preds())
        self.assertEqual(res["all"]["precision"], 1.0)
        self.assertEqual(res["all"]["recall"], 1.0)
        self.assertEqual(res["bytes"]["pii_bytes_left_visible"], 0.0)
        self.assertEqual(res["negatives"]["hit"], 0)

    def test_imperfect(self):
        def neg_hits(d):
            return [{"start": n["start"], "end": n["end"], "category": "phone", "rule": "y"} for n in d["negatives"]]
        res, ex = score.score(self.corpus, self.preds(drop=0.2, extra=neg_hits), want_examples="phone")
        self.assertLess(res["all"]["recall"], 0.9)
        self.assertEqual(res["negatives"]["hit"], res["negatives"]["total"])
        self.assertEqual(res["categories"]["phone"]["fp"], res["negatives"]["total"])
        self.assertGreater(res["bytes"]["pii_bytes_left_visible"], 0.05)
        self.assertTrue(ex["fp"])

    def test_errors_and_reordering(self):
        p = self.preds()
        p[3] = {"id": p[3]["id"], "error": "bad input"}
        p[10], p[11] = p[11], p[10]
        res, _ = score.score(self.corpus, p)
        self.assertEqual(res["errors"], 1)
        self.assertEqual(res["id_mismatches"], 2)
        lost = len(self.corpus[3]["labels"])
        self.assertEqual(res["all"]["fn"], lost)


if __name__ == "__main__":
    unittest.main()
