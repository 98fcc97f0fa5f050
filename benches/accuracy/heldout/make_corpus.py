#!/usr/bin/env python3
"""Held-out, hand-written labelled helpdesk-ticket corpus for the hushdesk accuracy harness.

    make_corpus.py [--seed 20261125] [--count 300] [--out corpus.jsonl] [--check]

Writes one JSON object per line in the format of benches/accuracy/README.md
(id, content_type, text, optional known, labels, negatives).  Each label and
each negative additionally carries `text`: the exact source substring at its
byte offsets (the scorer ignores the extra key).

--check does not write anything: it reads --out (default: corpus.jsonl next to
this script) and verifies every span (UTF-8 boundaries, `text` equal to the
bytes at the offsets, no overlaps, negatives disjoint from labels),
re-validates every labelled value with independent checkers (Luhn + IIN,
IBAN mod-97 + country length, national-id check digits, IP syntax, JWT header,
PEM framing, ...), checks that Luhn-invalid negatives really are invalid,
looks for unlabelled e-mail / card / IBAN / IPv4 look-alikes, and confirms
that the file is byte-identical to a fresh generation with the same seed and
count.

Standard library only.  Ticket i depends only on (seed, i).
"""

import argparse
import base64
import datetime as dt
import html
import ipaddress
import json
import os
import random
import re
import sys
import unicodedata
import zlib
from html.entities import codepoint2name

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_SEED = 20261125
DEFAULT_COUNT = 300

# --------------------------------------------------------------------------
# checksums and value generators (written from the public specifications)
# --------------------------------------------------------------------------

DIG = "0123456789"
UP = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
LOW = "abcdefghijklmnopqrstuvwxyz"
ALNUM = UP + LOW + DIG
B64 = ALNUM + "+/"
B64URL = ALNUM + "-_"


def rs(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def luhn_ok(num):
    total = 0
    for i, ch in enumerate(reversed(num)):
        d = int(ch)
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def luhn_complete(partial):
    for c in DIG:
        if luhn_ok(partial + c):
            return partial + c
    raise AssertionError


def gen_card(rng, brand=None):
    brand = brand or rng.choice(["visa", "visa", "visa", "mc", "mc", "mc2", "amex", "discover"])
    n = 16
    if brand == "visa":
        pre = "4" + rs(rng, DIG, 5)
    elif brand == "mc":
        pre = str(rng.randint(51, 55))
    elif brand == "mc2":
        pre = str(rng.randint(2221, 2720))
    elif brand == "amex":
        pre, n = rng.choice(["34", "37"]), 15
    else:
        pre = rng.choice(["6011", "65" + rs(rng, DIG, 2), "644", "649"])
    body = pre + rs(rng, DIG, n - 1 - len(pre))
    return luhn_complete(body), brand


def fmt_card(num, style):
    if len(num) == 15:
        groups = [num[:4], num[4:10], num[10:]]
    else:
        groups = [num[i:i + 4] for i in range(0, len(num), 4)]
    if style == "compact":
        return num
    return (" " if style == "space" else "-").join(groups)


def luhn_invalid16(rng):
    num, _ = gen_card(rng, rng.choice(["visa", "mc"]))
    last = (int(num[-1]) + rng.randint(1, 9)) % 10
    bad = num[:-1] + str(last)
    assert not luhn_ok(bad)
    return bad


def card_brand_ok(d):
    if d.startswith("4") and len(d) in (13, 16, 19):
        return True
    if len(d) == 16 and (51 <= int(d[:2]) <= 55 or 2221 <= int(d[:4]) <= 2720):
        return True
    if len(d) == 15 and d[:2] in ("34", "37"):
        return True
    if len(d) == 16 and (d.startswith("6011") or d.startswith("65") or 644 <= int(d[:3]) <= 649):
        return True
    return False


# IBAN: country -> total length
IBAN_LEN = {"SE": 24, "DE": 22, "GB": 22, "ES": 24, "FR": 27, "NL": 18, "IE": 22, "AT": 20, "CH": 21,
            "FI": 18, "DK": 18, "BE": 16, "IT": 27, "PT": 25, "NO": 15, "PL": 28}


def iban_num(s):
    return int("".join(str(int(ch, 36)) for ch in s))


def iban_ok(iban):
    iban = iban.replace(" ", "")
    if len(iban) != IBAN_LEN.get(iban[:2], -1):
        return False
    return iban_num(iban[4:] + iban[:4]) % 97 == 1


def es_dc(ten):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    v = 11 - sum(int(a) * b for a, b in zip(ten, w)) % 11
    return {11: 0, 10: 1}.get(v, v)


def gen_iban(rng, cc):
    if cc == "SE":
        bban = rng.choice(["500", "800", "600", "300", "120", "957"]) + rs(rng, DIG, 17)
    elif cc == "DE":
        bban = str(rng.randint(1, 8)) + rs(rng, DIG, 7) + rs(rng, DIG, 10)
    elif cc == "GB":
        bban = rng.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "SRLG", "MONZ"]) + rs(rng, DIG, 14)
    elif cc == "IE":
        bban = rng.choice(["AIBK", "BOFI", "IPBS"]) + rs(rng, DIG, 14)
    elif cc == "NL":
        bban = rng.choice(["ABNA", "INGB", "RABO", "TRIO", "SNSB", "KNAB"]) + rs(rng, DIG, 10)
    elif cc == "ES":
        bank = rng.choice(["2100", "0049", "0182", "0081", "2080", "0128", "1465"])
        branch = rs(rng, DIG, 4)
        acct = rs(rng, DIG, 10)
        bban = bank + branch + str(es_dc("00" + bank + branch)) + str(es_dc(acct)) + acct
    elif cc == "FR":
        bank, branch, acct = rng.choice(["30004", "30003", "20041", "10278"]), rs(rng, DIG, 5), rs(rng, DIG, 11)
        key = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97
        bban = bank + branch + acct + "%02d" % key
    elif cc == "BE":
        ten = rs(rng, DIG, 10)
        chk = int(ten) % 97 or 97
        bban = ten + "%02d" % chk
    elif cc == "IT":
        bban = rng.choice(UP) + rs(rng, DIG, 10) + rs(rng, DIG, 12)
    else:
        bban = rs(rng, DIG, IBAN_LEN[cc] - 4)
    chk = 98 - iban_num(bban + cc + "00") % 97
    out = cc + "%02d" % chk + bban
    assert iban_ok(out) and len(out) == IBAN_LEN[cc]
    return out


def group4(s):
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


# --- national ids -----------------------------------------------------------

def rand_date(rng, y0, y1):
    start = dt.date(y0, 1, 1).toordinal()
    end = dt.date(y1, 12, 31).toordinal()
    return dt.date.fromordinal(rng.randint(start, end))


def se_pnr(rng, coord=False, born=None, style=None):
    born = born or rand_date(rng, 1942, 2006)
    day = born.day + (60 if coord else 0)
    core = "%02d%02d%02d" % (born.year % 100, born.month, day) + rs(rng, DIG, 3)
    full10 = luhn_complete(core)
    style = style or rng.choice(["short", "short", "short", "long", "longdash", "longdash"])
    cent = str(born.year // 100)
    if style == "short":
        s = full10[:6] + "-" + full10[6:]
    elif style == "long":
        s = cent + full10
    elif style == "longdash":
        s = cent + full10[:6] + "-" + full10[6:]
    else:
        s = full10
    return s, born


def se_pnr_ok(s):
    d = re.sub(r"[-+ ]", "", s)
    if len(d) == 12:
        d = d[2:]
    if len(d) != 10 or not d.isdigit() or not luhn_ok(d):
        return False
    mm, dd = int(d[2:4]), int(d[4:6])
    if dd > 60:
        dd -= 60
    return 1 <= mm <= 12 and 1 <= dd <= 31


def se_orgnr(rng):
    core = "55" + str(rng.randint(6, 9)) + rs(rng, DIG, 6)
    n = luhn_complete(core)
    return n[:6] + "-" + n[6:]


TFN_W = [1, 4, 3, 7, 5, 8, 6, 9, 10]


def au_tfn_ok(s):
    d = re.sub(r"\D", "", s)
    return len(d) == 9 and sum(int(a) * b for a, b in zip(d, TFN_W)) % 11 == 0


def gen_au_tfn(rng):
    while True:
        base = str(rng.randint(1, 9)) + rs(rng, DIG, 7)
        for last in DIG:
            if au_tfn_ok(base + last):
                n = base + last
                return rng.choice(["%s %s %s" % (n[:3], n[3:6], n[6:]), "%s %s %s" % (n[:3], n[3:6], n[6:]), n,
                                   "%s-%s-%s" % (n[:3], n[3:6], n[6:])])


ABN_W = [10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19]


def au_abn_ok(s):
    d = [int(x) for x in re.sub(r"\D", "", s)]
    if len(d) != 11:
        return False
    d[0] -= 1
    return sum(a * b for a, b in zip(d, ABN_W)) % 89 == 0


def gen_au_abn(rng):
    while True:
        rest = rs(rng, DIG, 9)
        cands = ["%02d" % x + rest for x in range(10, 100) if au_abn_ok("%02d" % x + rest)]
        if cands:
            n = rng.choice(cands)
            return "%s %s %s %s" % (n[:2], n[2:5], n[5:8], n[8:])


MEDI_W = [1, 3, 7, 9, 1, 3, 7, 9]


def au_medicare_ok(s):
    d = re.sub(r"\D", "", s)
    if len(d) not in (10, 11) or d[0] not in "23456":
        return False
    return sum(int(a) * b for a, b in zip(d[:8], MEDI_W)) % 10 == int(d[8])


def gen_au_medicare(rng):
    first8 = str(rng.randint(2, 6)) + rs(rng, DIG, 7)
    chk = sum(int(a) * b for a, b in zip(first8, MEDI_W)) % 10
    n = first8 + str(chk) + str(rng.randint(1, 5))
    assert au_medicare_ok(n)
    return rng.choice(["%s %s %s" % (n[:4], n[4:9], n[9]), n, "%s %s %s" % (n[:4], n[4:9], n[9])])


NINO_BAD = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}


def uk_nino_ok(s):
    s = s.replace(" ", "").upper()
    m = re.fullmatch(r"([A-CEGHJ-PR-TW-Z])([A-CEGHJ-NPR-TW-Z])(\d{6})([A-D])", s)
    return bool(m) and (m.group(1) + m.group(2)) not in NINO_BAD


def gen_uk_nino(rng):
    while True:
        p = rng.choice("ABCEGHJKLMNOPRSTWXYZ") + rng.choice("ABCEGHJKLMNPRSTWXYZ")
        if p not in NINO_BAD:
            break
    d = rs(rng, DIG, 6)
    sfx = rng.choice("ABCD")
    s = rng.choice(["%s %s %s %s %s" % (p, d[:2], d[2:4], d[4:], sfx), p + d + sfx, "%s %s %s %s %s" % (p, d[:2], d[2:4], d[4:], sfx)])
    assert uk_nino_ok(s)
    return s


def nhs_ok(s):
    d = re.sub(r"\D", "", s)
    if len(d) != 10:
        return False
    c = 11 - sum(int(a) * w for a, w in zip(d[:9], range(10, 1, -1))) % 11
    c = 0 if c == 11 else c
    return c != 10 and c == int(d[9])


def gen_uk_nhs(rng):
    while True:
        n9 = str(rng.choice([4, 6, 7])) + rs(rng, DIG, 8)
        c = 11 - sum(int(a) * w for a, w in zip(n9, range(10, 1, -1))) % 11
        c = 0 if c == 11 else c
        if c != 10:
            n = n9 + str(c)
            return rng.choice(["%s %s %s" % (n[:3], n[3:6], n[6:]), n, "%s %s %s" % (n[:3], n[3:6], n[6:]),
                               "%s-%s-%s" % (n[:3], n[3:6], n[6:])])


DNI_L = "TRWAGMYFPDXBNJZSQVHLCKE"


def es_dni_ok(s):
    s = re.sub(r"[\s.\-]", "", s).upper()
    m = re.fullmatch(r"([XYZ]?)(\d{7,8})([A-Z])", s)
    if not m:
        return False
    num = m.group(2)
    if m.group(1):
        if len(num) != 7:
            return False
        num = str("XYZ".index(m.group(1))) + num
    elif len(num) != 8:
        return False
    return DNI_L[int(num) % 23] == m.group(3)


def gen_es_dni(rng):
    n = str(rng.randint(1, 7)) + rs(rng, DIG, 7)
    l = DNI_L[int(n) % 23]
    return rng.choice([n + l, n + l, n + l, n + "-" + l, "%s.%s.%s-%s" % (n[:2], n[2:5], n[5:], l), n + " " + l])


def gen_es_nie(rng):
    p = rng.choice("XXYZ")
    n = rs(rng, DIG, 7)
    l = DNI_L[int(str("XYZ".index(p)) + n) % 23]
    return rng.choice([p + n + l, p + n + l, "%s-%s-%s" % (p, n, l), "%s %s %s" % (p, n, l)])


def us_ssn_ok(s):
    m = re.fullmatch(r"(\d{3})[- ]?(\d{2})[- ]?(\d{4})", s)
    if not m:
        return False
    a, g, n = m.groups()
    return a not in ("000", "666") and a[0] != "9" and g != "00" and n != "0000"


def gen_us_ssn(rng):
    while True:
        a = "%03d" % rng.randint(1, 899)
        if a != "666":
            break
    g, n = "%02d" % rng.randint(1, 99), "%04d" % rng.randint(1, 9999)
    return rng.choice(["%s-%s-%s" % (a, g, n), "%s-%s-%s" % (a, g, n), "%s %s %s" % (a, g, n)])


def steuer_check(d10):
    product = 10
    for ch in d10:
        s = (int(ch) + product) % 10
        if s == 0:
            s = 10
        product = (s * 2) % 11
    c = 11 - product
    return 0 if c == 10 else c


def de_steuerid_ok(s):
    d = re.sub(r"\D", "", s)
    if len(d) != 11 or d[0] == "0":
        return False
    counts = sorted((d[:10].count(x) for x in set(d[:10])), reverse=True)
    if counts[0] not in (2, 3) or any(c != 1 for c in counts[1:]):
        return False
    return steuer_check(d[:10]) == int(d[10])


def gen_de_steuerid(rng):
    while True:
        digits = rng.sample(DIG, 9)
        dup = rng.choice(digits)
        ten = digits + [dup]
        rng.shuffle(ten)
        ten = "".join(ten)
        if ten[0] == "0":
            continue
        n = ten + str(steuer_check(ten))
        if de_steuerid_ok(n):
            return rng.choice([n, "%s %s %s %s" % (n[:2], n[2:5], n[5:8], n[8:]), n])


# --- phones -------------------------------------------------------------------

class Phone:
    def __init__(self, country, kind, e164, formats):
        self.country, self.kind, self.e164, self.formats = country, kind, e164, formats

    def show(self, rng):
        return rng.choice(self.formats)


def gen_phone(rng, country, kind=None):
    kind = kind or ("mobile" if rng.random() < 0.7 else "landline")
    if country == "SE":
        if kind == "mobile":
            pre, s = rng.choice(["70", "72", "73", "76", "79"]), rs(rng, DIG, 7)
            a, b, c = s[:3], s[3:5], s[5:]
            f = ["0%s-%s %s %s" % (pre, a, b, c), "0%s %s %s %s" % (pre, a, b, c), "0%s%s" % (pre, s),
                 "+46 %s %s %s %s" % (pre, a, b, c), "+46%s%s" % (pre, s), "+46 (0)%s-%s %s %s" % (pre, a, b, c),
                 "0%s-%s" % (pre, s), "0046 %s %s %s %s" % (pre, a, b, c), "0%s-%s %s %s" % (pre, a, b, c)]
        else:
            pre, n = rng.choice([("8", 8), ("8", 7), ("31", 7), ("40", 6), ("18", 6), ("90", 6)])
            s = str(rng.randint(2, 7)) + rs(rng, DIG, n - 1)
            if n == 8:
                loc = "%s %s %s" % (s[:3], s[3:6], s[6:])
            elif n == 7:
                loc = "%s %s %s" % (s[:3], s[3:5], s[5:])
            else:
                loc = "%s %s %s" % (s[:2], s[2:4], s[4:])
            f = ["0%s-%s" % (pre, loc), "0%s %s" % (pre, loc), "+46 %s %s" % (pre, loc), "0%s-%s" % (pre, s)]
        return Phone(country, kind, "+46" + pre + s, f)
    if country == "UK":
        if kind == "mobile":
            n = "7" + rng.choice("4579") + rs(rng, DIG, 8)
            f = ["0%s %s" % (n[:4], n[4:]), "0%s %s %s" % (n[:4], n[4:7], n[7:]), "0" + n, "+44 %s %s" % (n[:4], n[4:]),
                 "+44 (0)%s %s" % (n[:4], n[4:]), "+44" + n, "+44 %s %s %s" % (n[:4], n[4:7], n[7:])]
        else:
            area, k = rng.choice([("20", 8), ("161", 7), ("117", 7), ("113", 7), ("131", 7), ("29", 8), ("1865", 6)])
            s = str(rng.randint(2, 8)) + rs(rng, DIG, k - 1)
            if k == 8:
                loc = "%s %s" % (s[:4], s[4:])
            elif k == 7:
                loc = "%s %s" % (s[:3], s[3:])
            else:
                loc = s
            f = ["0%s %s" % (area, loc), "+44 %s %s" % (area, loc), "+44 (0)%s %s" % (area, loc), "(0%s) %s" % (area, loc)]
            n = area + s
        return Phone(country, kind, "+44" + n, f)
    if country == "AU":
        if kind == "mobile":
            n = "4" + rs(rng, DIG, 8)
            f = ["0%s %s %s" % (n[:3], n[3:6], n[6:]), "0" + n, "+61 %s %s %s" % (n[:3], n[3:6], n[6:]), "+61" + n,
                 "0%s-%s-%s" % (n[:3], n[3:6], n[6:]), "+61 (0)%s %s %s" % (n[:3], n[3:6], n[6:]), "0%s %s %s" % (n[:3], n[3:6], n[6:])]
        else:
            area = rng.choice("2378")
            n = area + rng.choice({"2": "89", "3": "89", "7": "345", "8": "89"}[area]) + rs(rng, DIG, 7)
            f = ["(0%s) %s %s" % (n[0], n[1:5], n[5:]), "0%s %s %s" % (n[0], n[1:5], n[5:]), "+61 %s %s %s" % (n[0], n[1:5], n[5:])]
        return Phone(country, kind, "+61" + n, f)
    if country == "DE":
        if kind == "mobile":
            pre = rng.choice(["151", "152", "157", "160", "162", "170", "171", "172", "175", "176", "177", "178", "179"])
            s = rs(rng, DIG, 8 if pre.startswith("15") or rng.random() < 0.5 else 7)
            f = ["0%s %s" % (pre, s), "0%s-%s" % (pre, s), "0%s/%s" % (pre, s), "+49 %s %s" % (pre, s),
                 "+49 (0)%s %s %s" % (pre, s[:4], s[4:]), "+49%s%s" % (pre, s), "0049 %s %s" % (pre, s), "0%s %s %s" % (pre, s[:4], s[4:])]
        else:
            pre, n = rng.choice([("30", 8), ("89", 7), ("40", 8), ("221", 7), ("69", 8), ("711", 7), ("341", 7), ("421", 7)])
            s = str(rng.randint(2, 9)) + rs(rng, DIG, n - 1)
            f = ["0%s %s" % (pre, s), "0%s/%s" % (pre, s), "(0%s) %s %s" % (pre, s[:3], s[3:]), "+49 %s %s" % (pre, s),
                 "+49 (0)%s %s" % (pre, s), "0%s-%s" % (pre, s)]
        return Phone(country, kind, "+49" + pre + s, f)
    if country == "ES":
        if kind == "mobile":
            n = rng.choice("67") + rs(rng, DIG, 8)
            f = ["%s %s %s" % (n[:3], n[3:6], n[6:]), n, "+34 %s %s %s" % (n[:3], n[3:6], n[6:]),
                 "+34 %s %s %s %s" % (n[:3], n[3:5], n[5:7], n[7:]), "+34" + n, "0034 %s %s %s" % (n[:3], n[3:6], n[6:]),
                 "%s %s %s %s" % (n[:3], n[3:5], n[5:7], n[7:])]
        else:
            n = rng.choice(["91", "93", "96", "95", "94", "98"]) + str(rng.randint(2, 8)) + rs(rng, DIG, 6)
            f = ["%s %s %s %s" % (n[:2], n[2:5], n[5:7], n[7:]), "%s %s %s" % (n[:3], n[3:6], n[6:]),
                 "+34 %s %s %s %s" % (n[:2], n[2:5], n[5:7], n[7:]), "+34 %s %s %s" % (n[:3], n[3:6], n[6:])]
        return Phone(country, kind, "+34" + n, f)
    # US
    area = rng.choice(["212", "312", "415", "503", "512", "617", "206", "303", "919", "718", "773", "646", "404", "702"])
    ex = str(rng.randint(2, 9)) + rs(rng, DIG, 2)
    if ex == "555":
        ex = "556"
    ln = rs(rng, DIG, 4)
    f = ["(%s) %s-%s" % (area, ex, ln), "%s-%s-%s" % (area, ex, ln), "%s.%s.%s" % (area, ex, ln), "+1 %s %s %s" % (area, ex, ln),
         "+1 (%s) %s-%s" % (area, ex, ln), "1-%s-%s-%s" % (area, ex, ln), "+1-%s-%s-%s" % (area, ex, ln), "(%s) %s-%s" % (area, ex, ln)]
    return Phone("US", kind, "+1" + area + ex + ln, f)


# --- network ----------------------------------------------------------------

PUB_A = [24, 31, 37, 46, 62, 66, 71, 77, 78, 80, 81, 82, 83, 84, 85, 86, 88, 89, 90, 91, 92, 93, 94, 95, 98, 109, 130,
         134, 141, 145, 151, 154, 176, 178, 185, 188, 193, 194, 195, 212, 213, 217]


def gen_ipv4(rng, private=False):
    if private:
        k = rng.choice(["10", "192", "172"])
        if k == "10":
            return "10.%d.%d.%d" % (rng.randint(0, 40), rng.randint(0, 255), rng.randint(2, 254))
        if k == "192":
            return "192.168.%d.%d" % (rng.choice([0, 1, 1, 10, 178, 50]), rng.randint(2, 254))
        return "172.%d.%d.%d" % (rng.randint(16, 31), rng.randint(0, 255), rng.randint(2, 254))
    return "%d.%d.%d.%d" % (rng.choice(PUB_A), rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254))


def gen_ipv6(rng):
    head = rng.choice(["2a02", "2a01", "2a00", "2a03", "2a05", "2001", "2600", "2603", "2404", "2c0f", "2a0a", "2003"])
    groups = [head] + ["%x" % rng.randint(0, 0xffff) for _ in range(3)]
    if rng.random() < 0.5:
        groups += ["0", "0"] + ["%x" % rng.randint(1, 0xffff) for _ in range(2)]
    else:
        groups += ["%x" % rng.randint(1, 0xffff) for _ in range(4)]
    a = ipaddress.IPv6Address(":".join(groups))
    r = rng.random()
    if r < 0.15:
        return a.exploded
    if r < 0.25:
        return a.compressed.upper()
    return a.compressed


# --- secrets ----------------------------------------------------------------

def b62(n, width):
    out = ""
    while n:
        n, r = divmod(n, 62)
        out = (DIG + UP + LOW)[r] + out
    return out.rjust(width, "0")


def gen_github(rng, kind=None):
    kind = kind or rng.choice(["ghp", "ghp", "gho", "ghs", "pat"])
    if kind == "pat":
        return "github_pat_11" + rs(rng, UP + DIG, 20) + "_" + rs(rng, ALNUM, 59)
    body = rs(rng, ALNUM, 30)
    return kind + "_" + body + b62(zlib.crc32(body.encode()), 6)


def gen_aws_key_id(rng):
    return rng.choice(["AKIA", "AKIA", "ASIA"]) + rs(rng, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567", 16)


def gen_aws_secret(rng):
    return rs(rng, B64, 40)


def gen_slack(rng):
    return rng.choice(["xoxb", "xoxp"]) + "-" + rs(rng, DIG, 11) + "-" + rs(rng, DIG, 13) + "-" + rs(rng, ALNUM, 24)


def gen_slack_webhook(rng):
    return "https://hooks.slack.com/services/T%s/B%s/%s" % (rs(rng, UP + DIG, 9), rs(rng, UP + DIG, 10), rs(rng, ALNUM, 24))


def gen_stripe(rng):
    return rng.choice(["sk_live_", "sk_live_", "rk_live_"]) + "51" + rs(rng, ALNUM, rng.choice([24, 97]))


def gen_openai(rng):
    if rng.random() < 0.5:
        return "sk-" + rs(rng, ALNUM, 20) + "T3BlbkFJ" + rs(rng, ALNUM, 20)
    return "sk-proj-" + rs(rng, ALNUM + "_-", 56) + "T3BlbkFJ" + rs(rng, ALNUM + "_-", 56)


def gen_gitlab(rng):
    return "glpat-" + rs(rng, ALNUM + "_-", 20)


def b64url(b):
    return base64.urlsafe_b64encode(b).rstrip(b"=").decode()


def gen_jwt(rng, sub=None):
    alg = rng.choice(["HS256", "RS256", "ES256"])
    hdr = {"alg": alg, "typ": "JWT"}
    if alg != "HS256":
        hdr["kid"] = rs(rng, LOW + DIG, 16)
    now = 1730000000 + rng.randint(0, 20000000)
    pl = {"sub": sub or rs(rng, DIG, 8), "iat": now, "exp": now + rng.choice([900, 3600, 86400])}
    if rng.random() < 0.5:
        pl["scope"] = rng.choice(["orders:read", "admin", "tickets:write profile"])
    sig = rs(rng, B64URL, {"HS256": 43, "RS256": 342, "ES256": 86}[alg])
    return b64url(json.dumps(hdr, separators=(",", ":")).encode()) + "." + b64url(json.dumps(pl, separators=(",", ":")).encode()) + "." + sig


def gen_pem(rng):
    kind = rng.choice(["RSA PRIVATE KEY", "RSA PRIVATE KEY", "PRIVATE KEY", "OPENSSH PRIVATE KEY", "EC PRIVATE KEY"])
    if kind == "RSA PRIVATE KEY":
        first, n, w = "MIIEpAIBAAKCAQEA", rng.randint(6, 25), 64
    elif kind == "PRIVATE KEY":
        first, n, w = "MIIEvQIBADANBgkqhkiG9w0BAQEFAASC", rng.randint(6, 26), 64
    elif kind == "EC PRIVATE KEY":
        first, n, w = "MHcCAQEEI", 3, 64
    else:
        first, n, w = "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW", rng.randint(4, 7), 70
    body = first + rs(rng, B64, w * n - len(first) - rng.randint(0, 30))
    lines = [body[i:i + w] for i in range(0, len(body), w)]
    if len(body) % 4 == 1:
        body = body[:-1]
    body += "=" * (-len(body) % 4)
    lines = [body[i:i + w] for i in range(0, len(body), w)]
    return "-----BEGIN %s-----\n%s\n-----END %s-----" % (kind, "\n".join(lines), kind)


PASSWORDS_BASE = ["Sommar", "Winter", "Kaffee", "Hund", "Katze", "Madrid", "Sevilla", "Brisbane", "Koala", "Fika", "Gurka",
                  "Tornado", "Lakritz", "Pinguin", "Naranja", "Bondi", "Falcon", "Otter", "Mariposa", "Kanelbulle"]


def gen_password(rng):
    k = rng.randint(0, 5)
    if k == 0:
        return rng.choice(PASSWORDS_BASE) + str(rng.randint(1990, 2025)) + rng.choice("!#?$%")
    if k == 1:
        return rs(rng, ALNUM + "!#%&*?", rng.randint(10, 16))
    if k == 2:
        return rng.choice(PASSWORDS_BASE) + rng.choice(".-_") + rng.choice(PASSWORDS_BASE).lower() + str(rng.randint(1, 99))
    if k == 3:
        return rng.choice(PASSWORDS_BASE)[0] + "@" + rs(rng, LOW, 4) + rs(rng, DIG, 3) + rng.choice("!$")
    if k == 4:
        return rs(rng, LOW, 4) + "-" + rs(rng, LOW, 5) + "-" + rs(rng, LOW, 4) + rs(rng, DIG, 2)
    return rng.choice(PASSWORDS_BASE).upper()[:3] + rs(rng, DIG, 4) + rng.choice(PASSWORDS_BASE).lower() + "&" + rs(rng, UP, 2)


def gen_uuid(rng):
    h = rs(rng, "0123456789abcdef", 32)
    h = h[:12] + "4" + h[13:16] + rng.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def gen_sha(rng, n=40):
    return rs(rng, "0123456789abcdef", n)


# --------------------------------------------------------------------------
# people and places (hand-written for this corpus)
# --------------------------------------------------------------------------

NAMES = {
    "se": (["Anna", "Karin", "Maja", "Ingrid", "Linnéa", "Åsa", "Elin", "Sofia", "Astrid", "Frida", "Ebba", "Märta", "Tove",
            "Signe", "Agnes", "Britt-Marie", "Malin", "Ylva"],
           ["Erik", "Lars", "Oskar", "Johan", "Björn", "Göran", "Mikael", "Henrik", "Nils", "Pär", "Sven", "Anders", "Olof",
            "Gustav", "Viktor", "Axel", "Torbjörn", "Måns"],
           ["Svensson", "Lindqvist", "Bergström", "Nyström", "Åberg", "Öberg", "Holmgren", "Sjöberg", "Lundgren", "Ekström",
            "Wallin", "Hedlund", "Forsberg", "Dahl", "Sandberg", "Björk", "Engström", "Löfgren", "Johansson", "Karlsson",
            "Nilsson", "Andersson", "Hägglund", "Strömberg"]),
    "fi": (["Sanna", "Aino", "Liisa", "Pirjo", "Heli"], ["Juha", "Mikko", "Antti", "Jussi"],
           ["Virtanen", "Mäkinen", "Korhonen", "Nieminen", "Hämäläinen", "Järvinen"]),
    "de": (["Sabine", "Katrin", "Ulrike", "Annika", "Lena", "Heike", "Friederike", "Ute", "Mia", "Jana", "Birgit", "Anke",
            "Charlotte", "Hannelore"],
           ["Jörg", "Matthias", "Jürgen", "Stefan", "Tobias", "Moritz", "Dieter", "Maximilian", "Günther", "Lukas",
            "Florian", "Uwe", "Karl-Heinz", "Sönke", "Bernd"],
           ["Weiß", "Müller", "Schröder", "Hoffmann", "Köhler", "Brandt", "Vogel", "Zimmermann", "Krüger", "Schäfer",
            "Lehmann", "Groß", "Fuchs", "Becker", "Neumann", "Wagner", "Hübner", "Baumgärtner", "Oßwald", "von Bülow",
            "Kästner", "Dreßler"]),
    "tr": (["Elif", "Zeynep", "Ayşe", "Merve"], ["Mehmet", "Yusuf", "Emre", "Burak", "Cem"],
           ["Yılmaz", "Öztürk", "Kaya", "Demir", "Şahin", "Çelik", "Arslan"]),
    "pl": (["Aleksandra", "Katarzyna", "Magdalena", "Zofia"], ["Piotr", "Tomasz", "Krzysztof", "Łukasz"],
           ["Nowak", "Kowalczyk", "Mazur", "Wójcik", "Krawczyk"]),
    "es": (["Lucía", "María José", "Carmen", "Nuria", "Begoña", "Marta", "Pilar", "Rocío", "Inmaculada", "Ainhoa",
            "Montserrat", "Itziar", "Alba", "Maite"],
           ["Javier", "Alejandro", "Sergio", "Íñigo", "Álvaro", "Jordi", "Raúl", "Andrés", "Xabier", "José Luis", "Iker",
            "Pau", "Gonzalo", "Ramón"],
           ["García", "Pérez", "Gómez", "Fernández", "López", "Martínez", "Sánchez", "Ruiz", "Iglesias", "Ortega",
            "Castaño", "Muñoz", "Núñez", "Domínguez", "Etxeberria", "Puig", "Vidal", "Serrano", "Ibáñez", "Casas",
            "Aguirre", "Peña"]),
    "latam": (["Valentina", "Camila", "Ximena", "Guadalupe", "Daniela"], ["Santiago", "Mateo", "Diego", "Joaquín", "Emiliano"],
              ["Hernández", "Rodríguez", "Flores", "Castillo", "Morales", "Rojas", "Vargas"]),
    "ma": (["Fatima", "Salma", "Khadija", "Nour"], ["Youssef", "Hamza", "Omar", "Mehdi"],
           ["El Amrani", "Benali", "Bennani", "Ouali", "Tazi"]),
    "ro": (["Ioana", "Andreea", "Elena"], ["Andrei", "Mihai", "Bogdan"], ["Popescu", "Ionescu", "Dumitru", "Stan"]),
    "uk": (["Charlotte", "Chloe", "Bethany", "Megan", "Harriet", "Imogen", "Lucy", "Sophie", "Eleanor", "Rhiannon"],
           ["Harry", "Callum", "Rhys", "Oliver", "George", "Alfie", "Jamie", "Tom", "Gareth", "Hamish"],
           ["Thompson", "MacLeod", "Pritchard", "Hughes", "Jenkins", "Dawson", "Whitfield", "Campbell", "Baker",
            "Ashworth", "Fletcher", "Llewellyn", "Gallagher", "Pemberton"]),
    "ie": (["Siobhan", "Niamh", "Aoife", "Ciara"], ["Declan", "Cian", "Oisín", "Padraig"],
           ["O'Brien", "Fitzgerald", "Walsh", "O'Connell", "Byrne", "McCarthy", "Doherty"]),
    "au": (["Olivia", "Sienna", "Matilda", "Isla", "Kirra", "Tahlia", "Jessica", "Brooke"],
           ["Liam", "Jack", "Noah", "Lachlan", "Cooper", "Bailey", "Mitchell", "Darcy"],
           ["Henderson", "Kelly", "Walker", "O'Neill", "Sutherland", "Lawson", "Fraser", "Hargreaves", "McKenzie"]),
    "us": (["Madison", "Kayla", "Brianna", "Ashley", "Jennifer", "Shanice", "Emily", "Lauren"],
           ["Brandon", "Tyler", "Marcus", "DeShawn", "Kevin", "Dylan", "Ethan", "Trevor"],
           ["Johnson", "Williams", "Miller", "Davis", "Robinson", "Carter", "Brooks", "Sullivan", "Peterson", "Washington"]),
    "in": (["Priya", "Ananya", "Deepika", "Kavya", "Sunita"], ["Arjun", "Rahul", "Vikram", "Sanjay", "Rohan"],
           ["Ramanathan", "Mehta", "Sharma", "Iyer", "Patel", "Reddy", "Chatterjee", "Krishnamurthy"]),
    "cn": (["Mei Lin", "Xiaoling", "Jing", "Yan"], ["Wei", "Jun", "Hao", "Zhiwei"], ["Zhang", "Chen", "Liu", "Wang", "Huang", "Zhou"]),
    "vn": (["Thanh", "Linh", "Ngoc Anh"], ["Minh", "Duc", "Quang", "Huy"], ["Nguyen", "Tran", "Le", "Pham", "Vo"]),
    "ng": (["Chiamaka", "Adaeze", "Funmilayo", "Ngozi"], ["Oluwaseun", "Chukwuemeka", "Tunde", "Emeka"],
           ["Adeyemi", "Okonkwo", "Okafor", "Balogun", "Eze"]),
    "ar": (["Rania", "Amira", "Yasmin", "Lina"], ["Omar", "Karim", "Ahmad", "Samir"],
           ["Al-Sayed", "Haddad", "Khalil", "Nasser", "Ben Salah", "Al-Farsi"]),
    "ir": (["Shirin", "Parisa", "Nasrin", "Leila"], ["Reza", "Dariush", "Arash", "Kian"],
           ["Tehrani", "Karimi", "Hosseini", "Rahimi", "Farahani"]),
    "gr": (["Eleni", "Katerina", "Despina"], ["Dimitris", "Giorgos", "Nikos"], ["Papadopoulos", "Georgiou", "Nikolaidis", "Konstantinou"]),
    "it": (["Giulia", "Chiara", "Francesca"], ["Matteo", "Luca", "Alessandro"], ["Rossi", "Bianchi", "Esposito", "Romano", "Conti"]),
    "kr": (["Seo-yeon", "Ji-woo", "Min-ji"], ["Joon-ho", "Min-jun", "Hyun-woo"], ["Park", "Kim", "Choi", "Jung"]),
    "jp": (["Sakura", "Yui", "Aiko"], ["Hiroshi", "Kenji", "Takumi"], ["Tanaka", "Ito", "Watanabe", "Yamamoto", "Nakamura"]),
    "br": (["Ana Beatriz", "Juliana"], ["João", "Rafael"], ["Souza", "Pereira", "Oliveira", "Costa"]),
}

ORIGINS = {
    "SE": {"se": 60, "fi": 8, "ir": 6, "ar": 6, "pl": 4, "uk": 3, "tr": 3, "de": 2},
    "DE": {"de": 60, "tr": 10, "pl": 8, "it": 4, "gr": 4, "ar": 4, "se": 2},
    "ES": {"es": 62, "latam": 15, "ma": 6, "ro": 6, "it": 4, "uk": 3, "br": 3},
    "UK": {"uk": 50, "ie": 8, "in": 12, "pl": 6, "ng": 8, "it": 3, "gr": 3, "cn": 4},
    "AU": {"au": 45, "uk": 8, "vn": 8, "cn": 8, "in": 8, "gr": 6, "it": 6, "ie": 4},
    "US": {"us": 52, "latam": 12, "kr": 6, "cn": 6, "in": 8, "ng": 4, "jp": 3, "ie": 3},
}

MAIL_DOMAINS = {
    "AU": ["gmail.com", "bigpond.com", "outlook.com", "icloud.com", "optusnet.com.au", "iinet.net.au"],
    "UK": ["gmail.com", "hotmail.co.uk", "btinternet.com", "yahoo.co.uk", "outlook.com", "sky.com"],
    "US": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "comcast.net", "aol.com"],
    "SE": ["gmail.com", "hotmail.se", "telia.com", "outlook.com", "bredband.net", "icloud.com", "spray.se"],
    "DE": ["gmx.de", "web.de", "t-online.de", "gmail.com", "posteo.de", "outlook.de", "freenet.de"],
    "ES": ["gmail.com", "hotmail.es", "yahoo.es", "outlook.es", "telefonica.net", "icloud.com"],
}

COMPANIES = {
    "AU": [("Saltbush Joinery Pty Ltd", "saltbushjoinery.com.au"), ("Harbour & Vine Catering", "harbourvine.com.au"),
           ("Ironbark Physio", "ironbarkphysio.com.au"), ("Coastline Strata", "coastlinestrata.com.au")],
    "UK": [("Pennine Print Ltd", "penninepint.co.uk"), ("Marlow & Finch Solicitors", "marlowfinch.co.uk"),
           ("Thistle Dental Care", "thistledental.co.uk"), ("Brackenfield Estates", "brackenfield.co.uk")],
    "US": [("Cedar Hollow Veterinary", "cedarhollowvet.com"), ("Blue Heron Books", "blueheronbooks.com"),
           ("Northgate Plumbing LLC", "northgateplumbing.com"), ("Pioneer Ridge Dental", "pioneerridgedental.com")],
    "SE": [("Nordvik Logistik AB", "nordviklogistik.se"), ("Bageri Kardemumma", "kardemumma.se"),
           ("Älvsby Bygg & Måleri", "alvsbybygg.se"), ("Tallbacken Förskola", "tallbacken.se")],
    "DE": [("Bäckerei Krüger GmbH", "baeckerei-krueger.de"), ("Elbtal Steuerberatung", "elbtal-stb.de"),
           ("Hansen & Yıldız Architekten", "hy-architekten.de"), ("Autohaus Lindner KG", "autohaus-lindner.de")],
    "ES": [("Talleres Iruña S.L.", "talleresiruna.es"), ("Clínica Dental Sonrisa", "clinicasonrisa.es"),
           ("Bodegas Valdeflor", "valdeflor.es"), ("Gestoría Albufera", "gestoriaalbufera.es")],
}

VENDORS = {
    "en": [("Brightgate", "brightgate.io"), ("Quokka Payroll", "quokkapayroll.com.au"), ("Harbourline", "harbourline.co.uk"),
           ("Lakeshore Rentals", "lakeshorerentals.com"), ("Corvid Health", "corvidhealth.co.uk"), ("Parcelnest", "parcelnest.com")],
    "sv": [("Kassaflow", "kassaflow.se"), ("Fjällnet", "fjallnet.se"), ("Seglora", "seglora.se"), ("Hemvist Bostäder", "hemvist.se")],
    "de": [("Pixelhafen", "pixelhafen.de"), ("Bergfalk Versicherung", "bergfalk.de"), ("Wattify", "wattify.de"), ("Stadtrad24", "stadtrad24.de")],
    "es": [("Nubéa", "nubea.es"), ("Tarifa Cloud", "tarifacloud.es"), ("FincaFácil", "fincafacil.es"), ("Luzverde Energía", "luzverde.es")],
}

PRODUCTS = ["Outlook", "Teams", "Excel", "Shopify", "Xero", "MYOB", "Fortnox", "Visma", "DATEV", "Holded", "Zoom", "Slack",
            "Freshdesk", "WooCommerce", "QuickBooks", "Sage", "SharePoint", "OneDrive", "Dropbox"]

CITIES = {"AU": ["Melbourne", "Brisbane", "Perth", "Hobart", "Newcastle", "Geelong"],
          "UK": ["Manchester", "Leeds", "Glasgow", "Bristol", "Swansea", "Norwich"],
          "US": ["Chicago", "Portland", "Denver", "Austin", "Boston", "Atlanta"],
          "SE": ["Göteborg", "Malmö", "Uppsala", "Umeå", "Luleå", "Västerås"],
          "DE": ["Köln", "Leipzig", "Hamburg", "Nürnberg", "Freiburg", "Münster"],
          "ES": ["Zaragoza", "Valencia", "Bilbao", "Sevilla", "Málaga", "Granada"]}

JOB_TITLES = {"en": ["Head of Customer Success", "Office Manager", "Finance Director", "Practice Manager", "IT Coordinator",
                     "Senior Support Engineer", "Payroll Officer", "Operations Lead"],
              "sv": ["Ekonomiansvarig", "Kontorschef", "IT-samordnare", "Verksamhetschef", "Lönehandläggare"],
              "de": ["Buchhaltung", "Teamleiterin Vertrieb", "IT-Administrator", "Geschäftsführer", "Personalreferentin"],
              "es": ["Responsable de Administración", "Director Financiero", "Técnico de Sistemas", "Jefa de Recursos Humanos"]}


def fold_ascii(s):
    s = s.replace("ß", "ss").replace("ø", "o").replace("æ", "ae").replace("ł", "l").replace("Ł", "L").replace("ı", "i")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def email_for(rng, first, last, domain):
    f = re.sub(r"[^a-z]", "", fold_ascii(first.split()[0]).lower())
    l = re.sub(r"[^a-z]", "", fold_ascii(last.split()[-1]).lower())
    k = rng.randint(0, 8)
    local = [f + "." + l, f[0] + "." + l, f + l, l + "." + f, f + "_" + l + str(rng.randint(1, 99)), f + str(rng.randint(70, 99)),
             f + "." + l + str(rng.randint(1, 9)), f[0] + l, f + "-" + l][k]
    return local + "@" + domain


class Person:
    def __init__(self, rng, country, origin=None, gender=None, domain=None):
        if origin is None:
            w = ORIGINS[country]
            origin = rng.choices(list(w), list(w.values()))[0]
        fem, mas, lasts = NAMES[origin]
        self.gender = gender or rng.choice("fm")
        self.first = rng.choice(fem if self.gender == "f" else mas)
        self.last = rng.choice(lasts)
        if origin in ("es", "latam") and rng.random() < 0.5:
            other = rng.choice(lasts)
            if other != self.last:
                self.last = self.last + " " + other
        self.full = self.first + " " + self.last
        self.country = country
        self.origin = origin
        self.email = email_for(rng, self.first, self.last, domain or rng.choice(MAIL_DOMAINS[country]))
        self.phone = gen_phone(rng, country)
        self.addr = gen_address(rng, country)


STREETS = {
    "AU": ["Bayswater Rd", "Kent Street", "Chapel St", "Oxford Street", "Brunswick St", "Marine Parade", "Beaufort St",
           "Hindley Street", "Sandgate Road", "Macquarie St"],
    "UK": ["Mill Lane", "Cowley Road", "Albert Terrace", "Gloucester Road", "Marchmont Crescent", "Victoria Street",
           "Chorlton Road", "Heol y Deri", "Queen's Drive"],
    "US": ["W Belmont Ave", "Massachusetts Ave", "NE Alberta St", "Mission St", "S Congress Ave", "Peachtree St NE",
           "N Lamar Blvd", "Elm Street"],
    "SE": ["Storgatan", "Vasagatan", "Kungsgatan", "Drottninggatan", "Södra Vägen", "Björkvägen", "Linnégatan",
           "Ringvägen", "Hantverkargatan", "Östra Långgatan"],
    "DE": ["Bahnhofstraße", "Hauptstraße", "Lindenallee", "Schillerstr.", "Am Mühlbach", "Kastanienweg",
           "Friedrich-Ebert-Straße", "Königsallee", "Grüner Weg", "Weißenburger Str."],
    "ES": ["Calle de Alcalá", "C/ Mayor", "Avenida de la Constitución", "Carrer de Provença", "Paseo de la Castellana",
           "Calle San Vicente Mártir", "Rúa do Franco", "Calle Larios", "Av. de Andalucía", "C/ Doctor Fleming"],
}

TOWNS = {
    "AU": [("Rushcutters Bay", "NSW", "2011"), ("Fremantle", "WA", "6160"), ("Fitzroy", "VIC", "3065"),
           ("South Brisbane", "QLD", "4101"), ("Glenelg", "SA", "5045"), ("Newtown", "NSW", "2042"),
           ("Sandy Bay", "TAS", "7005"), ("Braddon", "ACT", "2612"), ("Parap", "NT", "0820")],
    "UK": [("Leeds", "LS6 2AB"), ("Manchester", "M14 5RT"), ("Bristol", "BS7 8HN"), ("Edinburgh", "EH9 1PL"),
           ("Cardiff", "CF24 4HQ"), ("London", "SE15 4QF"), ("Brighton", "BN2 1TW"), ("Belfast", "BT7 1NN"), ("Norwich", "NR2 3DD")],
    "US": [("Chicago", "IL", "60657"), ("Portland", "OR", "97211"), ("Austin", "TX", "78704"), ("Denver", "CO", "80205"),
           ("Brooklyn", "NY", "11215"), ("Seattle", "WA", "98103"), ("Raleigh", "NC", "27601"), ("Atlanta", "GA", "30308")],
    "SE": [("411 38", "Göteborg"), ("111 20", "Stockholm"), ("118 26", "Stockholm"), ("753 20", "Uppsala"), ("211 42", "Malmö"),
           ("582 24", "Linköping"), ("903 26", "Umeå"), ("702 10", "Örebro"), ("352 31", "Växjö"), ("972 34", "Luleå")],
    "DE": [("10115", "Berlin"), ("80331", "München"), ("50667", "Köln"), ("20095", "Hamburg"), ("04109", "Leipzig"),
           ("70173", "Stuttgart"), ("60311", "Frankfurt am Main"), ("01067", "Dresden"), ("28195", "Bremen"), ("48143", "Münster")],
    "ES": [("28014", "Madrid"), ("08036", "Barcelona"), ("46001", "Valencia"), ("41004", "Sevilla"), ("29005", "Málaga"),
           ("15705", "Santiago de Compostela"), ("48001", "Bilbao"), ("50001", "Zaragoza"), ("18009", "Granada")],
}

COUNTRY_NAME = {"AU": "Australia", "UK": "United Kingdom", "US": "USA", "SE": "Sverige", "DE": "Deutschland", "ES": "España"}


def gen_address(rng, country):
    """-> (lines, one_line). Country name is never part of the value."""
    st = rng.choice(STREETS[country])
    no = rng.randint(1, 180)
    if country == "AU":
        sub, state, pc = rng.choice(TOWNS["AU"])
        if rng.random() < 0.4:
            u = rng.randint(1, 30)
            street = rng.choice(["%d/%d %s" % (u, no, st), "Unit %d, %d %s" % (u, no, st)])
        else:
            street = "%d %s" % (no, st)
        return [street, "%s %s %s" % (sub, state, pc)], "%s, %s %s %s" % (street, sub, state, pc)
    if country == "UK":
        town, pc = rng.choice(TOWNS["UK"])
        street = "%d %s" % (no, st)
        if rng.random() < 0.35:
            flat = "Flat %d" % rng.randint(1, 12)
            return [flat, street, town, pc], "%s, %s, %s %s" % (flat, street, town, pc)
        return [street, town, pc], "%s, %s %s" % (street, town, pc)
    if country == "US":
        town, state, z = rng.choice(TOWNS["US"])
        street = "%d %s" % (rng.randint(100, 4999), st)
        if rng.random() < 0.4:
            street += rng.choice([" Apt %d" % rng.randint(1, 40), " Unit %d%s" % (rng.randint(1, 9), rng.choice("ABC")), " Suite %d" % rng.randint(100, 450)])
        return [street, "%s, %s %s" % (town, state, z)], "%s, %s, %s %s" % (street, town, state, z)
    if country == "SE":
        pc, town = rng.choice(TOWNS["SE"])
        street = "%s %d%s" % (st, no % 60 + 1, rng.choice(["", "", "", "A", "B"]))
        if rng.random() < 0.3:
            street += ", lgh %d" % rng.choice([1001, 1102, 1203, 1304, 1401])
        return [street, "%s %s" % (pc, town)], "%s, %s %s" % (street, pc, town)
    if country == "DE":
        pc, town = rng.choice(TOWNS["DE"])
        street = "%s %d%s" % (st, no % 90 + 1, rng.choice(["", "", "", "a", "b"]))
        return [street, "%s %s" % (pc, town)], "%s, %s %s" % (street, pc, town)
    pc, town = rng.choice(TOWNS["ES"])
    flo = rng.choice(["", ", 3º izq.", ", 2º B", ", bajo", ", 5º 2ª", ", 1º dcha."])
    street = "%s %d%s" % (st, no % 120 + 1, flo) if not st.startswith("C/") else "%s %d%s" % (st, no % 120 + 1, flo)
    return [street, "%s %s" % (pc, town)], "%s, %s %s" % (street, pc, town)


# --- dates ---------------------------------------------------------------------

MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
    "sv": ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
}
WEEKDAYS = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "sv": ["måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
}
WD_SHORT = {"en": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"], "sv": ["mån", "tis", "ons", "tors", "fre", "lör", "sön"],
            "de": ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."], "es": ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"]}
MON_SHORT = {"en": ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
             "sv": ["jan.", "feb.", "mars", "apr.", "maj", "juni", "juli", "aug.", "sep.", "okt.", "nov.", "dec."],
             "de": ["Jan.", "Feb.", "März", "Apr.", "Mai", "Juni", "Juli", "Aug.", "Sept.", "Okt.", "Nov.", "Dez."],
             "es": ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"]}


def fmt_date(rng, d, country, lang):
    if country == "US":
        opts = ["%02d/%02d/%d" % (d.month, d.day, d.year), "%d/%d/%d" % (d.month, d.day, d.year),
                "%s %d, %d" % (MONTHS["en"][d.month - 1], d.day, d.year)]
    elif lang == "en":
        opts = ["%02d/%02d/%d" % (d.day, d.month, d.year), "%d %s %d" % (d.day, MONTHS["en"][d.month - 1], d.year),
                "%d/%d/%d" % (d.day, d.month, d.year), "%d-%02d-%02d" % (d.year, d.month, d.day)]
    elif lang == "sv":
        opts = ["%d-%02d-%02d" % (d.year, d.month, d.day), "%d %s %d" % (d.day, MONTHS["sv"][d.month - 1], d.year),
                "%d-%02d-%02d" % (d.year, d.month, d.day), "%d/%d %d" % (d.day, d.month, d.year)]
    elif lang == "de":
        opts = ["%02d.%02d.%d" % (d.day, d.month, d.year), "%d. %s %d" % (d.day, MONTHS["de"][d.month - 1], d.year),
                "%d.%d.%d" % (d.day, d.month, d.year), "%02d.%02d.%d" % (d.day, d.month, d.year)]
    else:
        opts = ["%02d/%02d/%d" % (d.day, d.month, d.year), "%d de %s de %d" % (d.day, MONTHS["es"][d.month - 1], d.year),
                "%d-%02d-%d" % (d.day, d.month, d.year), "%d/%d/%d" % (d.day, d.month, d.year)]
    return rng.choice(opts)


# --------------------------------------------------------------------------
# segments and rendering
# --------------------------------------------------------------------------
# A ticket is written as blocks of segments; the same content renders as
# plain text or as HTML.  Segments:
#   "text"                         plain text (escaped in HTML)
#   ("v", value, category, sub)    labelled value
#   ("n", value, kind)             negative
#   ("mail", addr, sub, style)     e-mail; HTML: mailto link (two labels)
#   ("tel", display, e164, sub)    phone; HTML: tel link (two labels)
#   ("link", url, sub, text)       secret URL; HTML: link, href (+ text) labelled
#   ("addr", lines, sub)           multi-line postal address (one label)
#   ("pem", block)                 PEM private key (one label)
#   ("raw", html, plain)           markup / layout that differs per format


def P(v, cat, sub=None):
    return ("v", v, cat, sub)


def NG(v, kind):
    return ("n", v, kind)


def ML(addr, sub=None, style=None):
    return ("mail", addr, sub, style)


def TL(disp, e164, sub=None):
    return ("tel", disp, e164, sub)


def LK(url, sub, text=None):
    return ("link", url, sub, text)


def AD(lines, sub=None):
    return ("addr", tuple(lines), sub)


def RAW(h, p=""):
    return ("raw", h, p)


def flat(segs):
    out = []
    for s in segs:
        if isinstance(s, list):
            out.extend(flat(s))
        elif s is None or s == "":
            continue
        else:
            out.append(s)
    return out


class Out:
    def __init__(self):
        self.parts, self.n, self.labels, self.negs = [], 0, [], []
        self.prefix, self.bol = "", True

    def _raw(self, s):
        self.parts.append(s)
        self.n += len(s)

    def add(self, s):
        for piece in re.findall(r"[^\n]*\n|[^\n]+", s):
            if self.prefix and self.bol:
                self._raw(self.prefix if piece != "\n" else self.prefix.rstrip())
            self._raw(piece)
            self.bol = piece.endswith("\n")

    def _start(self):
        if self.prefix and self.bol:
            self._raw(self.prefix)
            self.bol = False
        return self.n

    def mark(self, s, cat, sub):
        a = self._start()
        self.add(s)
        self.labels.append([a, self.n, cat, sub])

    def neg(self, s, kind):
        a = self._start()
        self.add(s)
        self.negs.append([a, self.n, kind])

    def text(self):
        return "".join(self.parts)


def ent(ch, mode):
    if ch == "\xa0":
        return "&nbsp;"
    if mode == "named" and ord(ch) in codepoint2name:
        return "&%s;" % codepoint2name[ord(ch)]
    return "&#%d;" % ord(ch)


class Doc:
    def __init__(self, rng, is_html):
        self.rng, self.html, self.o = rng, is_html, Out()
        self.ent = rng.choices(["utf8", "named", "numeric"], [6, 3, 1])[0] if is_html else "utf8"
        self.style = rng.choice(["p", "div", "br", "mso", "p", "div"]) if is_html else None
        self.nl = rng.random() < 0.5
        self.br = rng.choice(["<br>", "<br>", "<br/>", "<br />"])
        self.bullet = rng.choice(["- ", "* ", "• ", " - ", "– "])
        self.kv_pad = rng.random() < 0.3
        self.deco = rng.random() < 0.5   # decorate values (&nbsp;, &#64;, split tags) in HTML
        self.pre_tag = False

    # -- escaping --------------------------------------------------------
    def esc(self, s):
        s = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        if self.ent != "utf8":
            s = "".join(ent(ch, self.ent) if ord(ch) > 127 else ch for ch in s)
        else:
            s = s.replace("\xa0", "&nbsp;")
        return s

    @staticmethod
    def esc_attr(s):
        return s.replace("&", "&amp;").replace('"', "&quot;").replace("<", "&lt;")

    def split_tags(self, h):
        toks = h.split(" ")
        if len(toks) >= 3:
            i = self.rng.randint(1, len(toks) - 2)
            tag = self.rng.choice(["b", "strong", "span", "span"])
            op = "<span style=\"font-weight:bold\">" if tag == "span" else "<%s>" % tag
            toks[i] = op + toks[i] + "</%s>" % tag
            return " ".join(toks)
        if len(h) >= 9 and re.fullmatch(r"[0-9A-Za-z]+", h):
            k = self.rng.randint(3, len(h) - 5)
            return h[:k] + "<span>" + h[k:k + 4] + "</span>" + h[k + 4:]
        return h

    def hval(self, v, cat, pre=False):
        h = self.esc(v)
        if pre or not self.deco:
            return h
        r = self.rng.random()
        if cat == "email" and r < 0.3:
            h = h.replace("@", "&#64;")
        elif cat == "phone" and " " in v and r < 0.45:
            h = h.replace(" ", "&nbsp;")
        elif cat in ("payment_card", "iban", "phone", "national_id") and r > 0.55:
            h = self.split_tags(h)
        return h

    # -- segments --------------------------------------------------------
    def w(self, s, pre=False):
        o = self.o
        if isinstance(s, str):
            o.add(self.esc(s) if self.html else s)
            return
        t = s[0]
        if t == "v":
            _, v, cat, sub = s
            o.mark(self.hval(v, cat, pre) if self.html else v, cat, sub)
        elif t == "n":
            o.neg(self.esc(s[1]) if self.html else s[1], s[2])
        elif t == "mail":
            _, addr, sub, style = s
            if self.html and not pre:
                o.add('<a href="mailto:')
                o.mark(self.esc_attr(addr), "email", sub)
                o.add('"%s>' % self.rng.choice(["", "", ' target="_blank"', ' rel="noreferrer"']))
                o.mark(self.hval(addr, "email"), "email", sub)
                o.add("</a>")
            else:
                o.mark(self.esc(addr) if self.html else addr, "email", sub)
                if style == "outlook" and not self.html:
                    o.add("<mailto:")
                    o.mark(addr, "email", sub)
                    o.add(">")
        elif t == "tel":
            _, disp, e164, sub = s
            if self.html and not pre:
                o.add('<a href="tel:')
                o.mark(self.esc_attr(e164), "phone", sub)
                o.add('">')
                o.mark(self.hval(disp, "phone"), "phone", sub)
                o.add("</a>")
            else:
                o.mark(self.esc(disp) if self.html else disp, "phone", sub)
        elif t == "link":
            _, url, sub, text = s
            if self.html and not pre:
                o.add('<a href="')
                o.mark(self.esc_attr(url), "secret", sub)
                o.add('"%s>' % self.rng.choice(["", ' target="_blank" rel="noopener"']))
                if text:
                    o.add(self.esc(text))
                else:
                    o.mark(self.esc(url), "secret", sub)
                o.add("</a>")
            else:
                o.mark(self.esc(url) if self.html else url, "secret", sub)
        elif t == "addr":
            _, lines, sub = s
            if self.html:
                o.mark(self.br.join(self.esc(l) for l in lines) if not pre else "\n".join(self.esc(l) for l in lines),
                       "postal_address", sub)
            else:
                o.mark("\n".join(lines), "postal_address", sub)
        elif t == "pem":
            if self.html and not (pre and self.pre_tag):
                o.mark(self.br.join(s[1].split("\n")), "secret", "private_key")
            else:
                o.mark(s[1], "secret", "private_key")
        elif t == "raw":
            o.add(s[1] if self.html else s[2])
        else:
            raise ValueError(s)

    def ws(self, segs, pre=False):
        for s in flat(segs):
            self.w(s, pre)

    def _bnl(self):
        if self.html and self.nl:
            self.o.add("\n")

    # -- blocks ----------------------------------------------------------
    def p(self, *segs):
        segs = flat(segs)
        if not self.html:
            self.ws(segs)
            self.o.add("\n\n")
            return
        tail = "&nbsp;" if self.rng.random() < 0.15 else ""
        st = self.style
        if st == "p":
            self.o.add("<p>"); self.ws(segs); self.o.add(tail + "</p>")
        elif st == "div":
            self.o.add("<div>"); self.ws(segs); self.o.add(tail + "</div><div><br></div>")
        elif st == "br":
            self.ws(segs); self.o.add(tail + self.br + self.br)
        else:
            self.o.add('<p class="MsoNormal">'); self.ws(segs)
            self.o.add('<o:p></o:p></p><p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        self._bnl()

    def lines(self, *rows, gap=True):
        rows = [r for r in rows if r]
        if not self.html:
            for r in rows:
                self.ws(r if isinstance(r, list) else [r])
                self.o.add("\n")
            if gap:
                self.o.add("\n")
            return
        st = self.style
        if st in ("p", "br"):
            if st == "p":
                self.o.add("<p>")
            for i, r in enumerate(rows):
                if i:
                    self.o.add(self.br)
                self.ws(r if isinstance(r, list) else [r])
            self.o.add("</p>" if st == "p" else self.br + (self.br if gap else ""))
        elif st == "div":
            for r in rows:
                self.o.add("<div>"); self.ws(r if isinstance(r, list) else [r]); self.o.add("</div>")
            if gap:
                self.o.add("<div><br></div>")
        else:
            for r in rows:
                self.o.add('<p class="MsoNormal">'); self.ws(r if isinstance(r, list) else [r]); self.o.add("<o:p></o:p></p>")
            if gap:
                self.o.add('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
        self._bnl()

    def ul(self, rows, ordered=False):
        if not self.html:
            for i, r in enumerate(rows):
                self.o.add(("%d. " % (i + 1)) if ordered else self.bullet)
                self.ws(r if isinstance(r, list) else [r])
                self.o.add("\n")
            self.o.add("\n")
            return
        tag = "ol" if ordered else "ul"
        self.o.add("<%s>" % tag)
        for r in rows:
            self.o.add("<li>"); self.ws(r if isinstance(r, list) else [r]); self.o.add("</li>")
        self.o.add("</%s>" % tag)
        self._bnl()

    def table(self, rows, sep=": "):
        """rows: (key, segs)"""
        if not self.html:
            width = max(len(k) for k, _ in rows) + 1 if self.kv_pad else 0
            for k, v in rows:
                self.o.add((k + ":").ljust(width) + " " if width else k + sep)
                self.ws(v if isinstance(v, list) else [v])
                self.o.add("\n")
            self.o.add("\n")
            return
        attrs = self.rng.choice(['', ' border="1" cellpadding="4"', ' style="border-collapse:collapse"', ' class="fr-table"'])
        self.o.add("<table%s><tbody>" % attrs)
        for k, v in rows:
            self.o.add("<tr><td>%s%s</td><td>" % (("<b>%s</b>" % self.esc(k)) if self.rng.random() < 0.4 else self.esc(k),
                                                 ":" if self.rng.random() < 0.3 else ""))
            self.ws(v if isinstance(v, list) else [v])
            self.o.add("</td></tr>")
        self.o.add("</tbody></table>")
        self._bnl()

    def pre(self, rows):
        if not self.html:
            for r in rows:
                self.ws(r if isinstance(r, list) else [r])
                self.o.add("\n")
            self.o.add("\n")
            return
        if self.rng.random() < 0.7:
            self.o.add("<pre>")
            self.pre_tag = True
            for i, r in enumerate(rows):
                if i:
                    self.o.add("\n")
                self.ws(r if isinstance(r, list) else [r], pre=True)
            self.pre_tag = False
            self.o.add("</pre>")
        else:
            self.o.add('<div style="font-family:Consolas,monospace">')
            for i, r in enumerate(rows):
                if i:
                    self.o.add(self.br)
                self.ws(r if isinstance(r, list) else [r], pre=True)
            self.o.add("</div>")
        self._bnl()

    def raw(self, h, p):
        self.o.add(h if self.html else p)

    def hr(self, plain="________________________________"):
        self.raw('<hr style="display:inline-block;width:98%" tabindex="-1">' if self.rng.random() < 0.5 else "<hr>", plain + "\n")


# --------------------------------------------------------------------------
# ticket context: people, formatted values, negatives, greetings, quotes
# --------------------------------------------------------------------------

LANG_COUNTRY = {"sv": "SE", "de": "DE", "es": "ES"}


class Ctx:
    def __init__(self, rng, lang, country, is_html):
        self.rng, self.lang, self.country = rng, lang, country
        self.d = Doc(rng, is_html)
        self.vendor, self.vdomain = rng.choice(VENDORS[lang])
        self.req = None
        self.quoting = False
        self.agent = Person(rng, country, domain=self.vdomain)
        self.known_extra = []

    # -- small helpers ---------------------------------------------------
    def pick(self, xs):
        return self.rng.choice(xs)

    def chance(self, p):
        return self.rng.random() < p

    def person(self, country=None, **kw):
        return Person(self.rng, country or self.country, **kw)

    def name(self, p, sub="mention"):
        return P(p.full, "person_name", sub)

    def first(self, p, sub="greeting"):
        return P(p.first, "person_name", sub)

    def email(self, who, sub=None):
        addr = who.email if isinstance(who, Person) else who
        if self.d.html and self.chance(0.4):
            return ML(addr, sub)
        if not self.d.html and self.chance(0.08):
            return ML(addr, sub, "outlook")
        return P(addr, "email", sub)

    def phone(self, who, sub=None, fmt=None):
        ph = who.phone if isinstance(who, Person) else who
        disp = fmt or ph.show(self.rng)
        if self.d.html and self.chance(0.25):
            return TL(disp, ph.e164, sub or ph.kind)
        return P(disp, "phone", sub or ph.kind)

    def addr(self, who, multi=None, sub=None):
        lines, one = who.addr if isinstance(who, Person) else who
        country = who.country if isinstance(who, Person) else self.country
        if multi is None:
            multi = self.chance(0.4)
        if multi and not self.d.o.prefix:   # no multi-line values inside '> ' quoting
            return AD(lines, sub or country.lower())
        return P(one, "postal_address", sub or country.lower())

    def dob(self, date, country=None):
        return P(fmt_date(self.rng, date, country or self.country, self.lang), "date_of_birth", None)

    def card(self, brand=None, style=None):
        num, b = gen_card(self.rng, brand)
        return P(fmt_card(num, style or self.pick(["space", "space", "compact", "dash"])), "payment_card", b)

    def iban(self, cc=None, grouped=None):
        cc = cc or {"SE": "SE", "DE": "DE", "ES": "ES", "UK": "GB", "AU": "GB", "US": "DE"}[self.country]
        v = gen_iban(self.rng, cc)
        if grouped if grouped is not None else self.chance(0.6):
            v = group4(v)
        return P(v, "iban", cc.lower())

    def ip(self, v6=False, private=False):
        if v6:
            return P(gen_ipv6(self.rng), "ip_address", "ipv6")
        return P(gen_ipv4(self.rng, private), "ip_address", "ipv4_private" if private else "ipv4")

    def secret(self, kind):
        r = self.rng
        v = {"aws_key_id": gen_aws_key_id, "aws_secret": gen_aws_secret, "github": gen_github, "gitlab": gen_gitlab,
             "slack": gen_slack, "stripe": gen_stripe, "openai": gen_openai, "jwt": gen_jwt, "password": gen_password,
             "slack_webhook": gen_slack_webhook}[kind](r)
        return P(v, "secret", kind)

    def when(self, y0=2024, y1=2025):
        d = rand_date(self.rng, y0, y1)
        return dt.datetime(d.year, d.month, d.day, self.rng.randint(7, 19), self.rng.randint(0, 59), self.rng.randint(0, 59))

    # -- negatives -------------------------------------------------------
    def order(self):
        r = self.rng
        v = r.choice(["#%d" % r.randint(100000, 9999999), "ORD-%d-%06d" % (r.choice([2024, 2025]), r.randint(1, 999999)),
                      "45000%05d" % r.randint(0, 99999), "%03d-%07d-%07d" % (r.randint(100, 999), r.randint(0, 9999999), r.randint(0, 9999999)),
                      "SO-%05d" % r.randint(1, 99999), "W%09d" % r.randint(0, 999999999), "%d" % r.randint(10000000, 99999999)])
        return NG(v, "order_number")

    def invoice(self):
        r = self.rng
        v = r.choice(["INV-%d-%04d" % (r.choice([2024, 2025]), r.randint(1, 9999)), "RE-%d-%05d" % (r.choice([2024, 2025]), r.randint(1, 99999)),
                      "F%d/%05d" % (r.choice([2024, 2025]), r.randint(1, 99999)), "%d" % r.randint(10000000, 99999999),
                      "FAC-%06d" % r.randint(1, 999999), "%d%06d" % (r.choice([24, 25]), r.randint(1, 999999))])
        return NG(v, "invoice_number")

    def ticket(self):
        r = self.rng
        return NG(r.choice(["#%d" % r.randint(10000, 999999), "TKT-%d" % r.randint(100000, 999999), "%d" % r.randint(1000000, 9999999)]),
                  "ticket_number")

    def custno(self):
        r = self.rng
        return NG(r.choice(["%d" % r.randint(100000000, 999999999), "KD-%d" % r.randint(1000000, 9999999), "C-%06d" % r.randint(1, 999999),
                            "%d" % r.randint(10000, 999999)]), "customer_number")

    def version(self):
        r = self.rng
        return NG(r.choice(["%d.%d.%d" % (r.randint(1, 17), r.randint(0, 40), r.randint(0, 30)), "v%d.%d.%d" % (r.randint(1, 9), r.randint(0, 60), r.randint(0, 12)),
                            "%d.%d.%d-beta.%d" % (r.randint(1, 9), r.randint(0, 9), r.randint(0, 9), r.randint(1, 5)),
                            "%d.%d" % (r.choice([2023, 2024, 2025]), r.randint(1, 12))]), "version")

    def build(self):
        r = self.rng
        return NG(r.choice(["10.0.%d.%d" % (r.choice([19045, 22621, 22631, 26100]), r.randint(1000, 4999)),
                            "16.0.%d.%d" % (r.randint(17000, 18999), r.randint(20000, 20300)),
                            "%d.0.%d.%d" % (r.randint(118, 131), r.randint(5900, 6800), r.randint(10, 200)),
                            "%d.%d.%d.%d" % (r.randint(1, 9), r.randint(0, 20), r.randint(0, 30), r.randint(1, 250)),
                            "6.1.7601.%d" % r.randint(20000, 26000)]), "build_number")

    def browser(self):
        r = self.rng
        k = r.randint(0, 3)
        if k == 0:
            return ["Chrome ", NG(self.chrome_build(), "build_number")]
        if k == 1:
            return ["Edge ", NG("%d.0.%d.%d" % (r.randint(118, 131), r.randint(2000, 2900), r.randint(10, 120)), "build_number")]
        if k == 2:
            return ["Firefox ", NG("%d.0%s" % (r.randint(115, 133), r.choice(["", ".1", ".2", ".3"])), "version")]
        return ["Safari ", NG("%d.%d%s" % (r.randint(15, 18), r.randint(0, 6), r.choice(["", ".1"])), "version")]

    def chrome_build(self):
        r = self.rng
        return "%d.0.%d.%d" % (r.randint(118, 131), r.randint(5900, 6800), r.randint(10, 200))

    def ts(self):
        w = self.when()
        r = self.rng
        v = r.choice([w.strftime("%Y-%m-%dT%H:%M:%SZ"), w.strftime("%Y-%m-%d %H:%M:%S"), w.strftime("%Y-%m-%d %H:%M:%S") + ",%03d" % r.randint(0, 999),
                      w.strftime("%d/%m/%Y %H:%M"), w.strftime("%Y-%m-%dT%H:%M:%S") + ".%03d+01:00" % r.randint(0, 999)])
        return NG(v, "timestamp")

    def date(self):
        d = rand_date(self.rng, 2023, 2026)
        return NG(fmt_date(self.rng, d, self.country, self.lang), "date")

    def uuid(self):
        return NG(gen_uuid(self.rng), "uuid")

    def sha(self, short=None):
        short = self.chance(0.5) if short is None else short
        return NG(gen_sha(self.rng, self.rng.choice([7, 8, 12]) if short else 40), "git_sha")

    def tracking(self):
        r = self.rng
        return NG(r.choice(["1Z%s%s" % (rs(r, UP + DIG, 6), rs(r, DIG, 10)), "JJD%s" % rs(r, DIG, 18),
                            "%s%sGB" % (rs(r, UP, 2), rs(r, DIG, 9)), "%s%sSE" % (rs(r, UP, 2), rs(r, DIG, 9)),
                            "003735%s" % rs(r, DIG, 14), "PK%sES" % rs(r, UP + DIG, 11), "%s" % rs(r, DIG, 12)]), "tracking_number")

    def sku(self):
        r = self.rng
        return NG(r.choice(["SKU-%d-%s" % (r.randint(1000, 9999), r.choice(["BL", "XL", "RD", "GRN"])), "ART-%d" % r.randint(10000, 99999),
                            "%s-%d%s" % (rs(r, UP, 2), r.randint(100, 999), rs(r, UP, 2)), "%d-%03d-%02d" % (r.randint(100, 999), r.randint(0, 999), r.randint(0, 99))]),
                  "sku")

    def price(self):
        r = self.rng
        a = r.randint(9, 2400)
        c = r.randint(0, 99)
        f = {"AU": ["$%d.%02d" % (a, c), "AU$%d.%02d" % (a, c), "A$%d" % a], "UK": ["£%d.%02d" % (a, c), "£%d" % a],
             "US": ["$%d.%02d" % (a, c), "USD %d.%02d" % (a, c)],
             "SE": ["%d kr" % a, "%s,%02d kr" % ("{:,}".format(a).replace(",", " "), c), "SEK %d" % a],
             "DE": ["%d,%02d €" % (a, c), "%d,%02d EUR" % (a, c), "€%d,%02d" % (a, c)],
             "ES": ["%d,%02d €" % (a, c), "%d,%02d€" % (a, c), "%d € " % a]}[self.country]
        return NG(r.choice(f).strip(), "amount")

    def luhnbad(self):
        v = luhn_invalid16(self.rng)
        return NG(group4(v) if self.chance(0.6) else v, "luhn_invalid_card")

    def city(self):
        return NG(self.pick(CITIES[self.country]), "city")

    def company(self):
        return NG(self.pick(COMPANIES[self.country])[0], "company_name")

    def job(self):
        return NG(self.pick(JOB_TITLES[self.lang]), "job_title")

    # -- greetings and closings -----------------------------------------
    def hello_support(self):
        """Customer -> support greeting; sometimes addresses a product/team (negative)."""
        L = self.lang
        prod = self.pick([self.vendor, self.pick(PRODUCTS)])
        if L == "en":
            opts = [["Hi,"], ["Hello,"], ["Hi there,"], ["Hello support team,"], ["Good morning,"], ["Dear Sir/Madam,"],
                    ["To whom it may concern,"], ["Hey folks,"], ["Hi ", NG(prod, "product_greeting"), " team,"],
                    ["Hello ", NG(prod, "product_greeting"), " Support,"], ["Hi all,"]]
            if self.country == "AU":
                opts += [["G'day,"], ["Hi guys,"]]
            if self.country == "UK":
                opts += [["Hiya,"], ["Morning all,"]]
        elif L == "sv":
            opts = [["Hej,"], ["Hej!"], ["Hejsan,"], ["Hej ", NG(prod, "product_greeting"), "!"], ["God morgon,"],
                    ["Hej support,"], ["Tjena,"], ["Hej ", NG(prod, "product_greeting"), "-supporten,"], ["Hallå!"]]
        elif L == "de":
            opts = [["Hallo,"], ["Guten Tag,"], ["Sehr geehrte Damen und Herren,"], ["Hallo ", NG(prod, "product_greeting"), "-Team,"],
                    ["Moin,"], ["Liebes Support-Team,"], ["Hallo zusammen,"], ["Guten Morgen,"]]
        else:
            opts = [["Hola,"], ["Buenos días,"], ["Buenas tardes:"], ["Estimados señores:"], ["Hola equipo de ", NG(prod, "product_greeting"), ":"],
                    ["Hola, buenas,"], ["Buenas,"], ["A la atención del departamento de soporte:"]]
        return self.pick(opts)

    def hello_person(self, p, sub="greeting"):
        """Greeting addressed to a person (labels first name, full name or surname)."""
        L = self.lang
        if L == "de" and self.chance(0.45):
            t = "Frau" if p.gender == "f" else "Herr"
            g = self.pick(["Hallo %s " % t, ("Sehr geehrte Frau " if p.gender == "f" else "Sehr geehrter Herr "), "Guten Tag %s " % t])
            return [g, P(p.last, "person_name", sub), ","]
        if L == "es" and self.chance(0.25):
            g = self.pick(["Estimada Sra. " if p.gender == "f" else "Estimado Sr. ", "Buenos días, Sr%s. " % ("a" if p.gender == "f" else "")])
            return [g, P(p.last.split()[0], "person_name", sub), self.pick([":", ","])]
        if L == "en" and self.chance(0.12):
            t = self.pick(["Ms", "Mrs"]) if p.gender == "f" else "Mr"
            return ["Dear %s " % t, P(p.last, "person_name", sub), ","]
        if self.chance(0.15):
            first = {"en": ["Dear "], "sv": ["Hej "], "de": ["Hallo ", "Guten Tag "], "es": ["Estimado/a ", "Hola "]}[L]
            return [self.pick(first), P(p.full, "person_name", sub), self.pick([",", ",", "!"]) if L != "es" else ":"]
        g = {"en": ["Hi ", "Hello ", "Hey ", "Dear ", "Morning "], "sv": ["Hej ", "Hej ", "Hejsan ", "Hallå "],
             "de": ["Hallo ", "Hi ", "Liebe " if p.gender == "f" else "Lieber ", "Moin "],
             "es": ["Hola ", "Hola, ", "Buenos días, ", "Querida " if p.gender == "f" else "Querido "]}[L]
        end = {"en": [",", ",", "!"], "sv": [",", "!", ","], "de": [",", ",", "!"], "es": [",", ":", ","]}[L]
        return [self.pick(g), P(p.first, "person_name", sub), self.pick(end)]

    def closing_word(self):
        L = self.lang
        opts = {"en": ["Thanks,", "Cheers,", "Kind regards,", "Many thanks,", "Best,", "Regards,", "Thanks in advance,", "Best wishes,",
                       "Thank you,", "All the best,"],
                "sv": ["Mvh", "Med vänliga hälsningar", "Hälsningar", "Tack på förhand!", "Vänliga hälsningar", "MVH", "Ha det gott,"],
                "de": ["Viele Grüße", "Mit freundlichen Grüßen", "Beste Grüße", "LG", "Danke und Gruß", "Freundliche Grüße", "VG"],
                "es": ["Un saludo,", "Saludos,", "Gracias de antemano,", "Atentamente,", "Un abrazo,", "Quedo a la espera,", "Saludos cordiales,"]}[L]
        if L == "en" and self.country == "AU":
            opts = opts + ["Ta,", "Cheers heaps,"]
        if L == "en" and self.country == "US":
            opts = opts + ["Sincerely,", "Thx,"]
        return self.pick(opts)

    def sign_customer(self, p, extras=()):
        """Closing + signature of a customer; extras: 'phone', 'addr', 'email', 'company', 'mobile'."""
        rows = [[self.closing_word()]]
        form = self.rng.random()
        if form < 0.3:
            rows.append([P(p.first, "person_name", "signature")])
        elif form < 0.85:
            rows.append([P(p.full, "person_name", "signature")])
        else:
            rows.append([P(p.full.upper() if self.chance(0.3) else p.full, "person_name", "signature")])
        if "company" in extras:
            rows.append([self.job(), " | ", self.company()] if self.chance(0.5) else [self.company()])
            if self.country == "AU" and self.chance(0.5):
                rows.append(["ABN ", P(gen_au_abn(self.rng), "national_id", "au_abn")])
        if "addr" in extras:
            a = self.addr(p)
            rows.append([a])
            if a[0] == "addr" and self.chance(0.35):
                rows.append([COUNTRY_NAME[p.country] if self.chance(0.7) else COUNTRY_NAME[p.country].upper()])
        if "phone" in extras:
            lab = {"en": ["Mob: ", "M: ", "Ph ", "Tel: ", "Mobile: ", ""], "sv": ["Tel: ", "Mobil: ", "Tfn ", ""],
                   "de": ["Tel.: ", "Mobil: ", "Handy: ", "Fon: "], "es": ["Tel.: ", "Móvil: ", "Tlf: ", ""]}[self.lang]
            rows.append([self.pick(lab), self.phone(p)])
        if "email" in extras:
            rows.append([self.email(p)])
        self.d.lines(*rows)
        if self.chance(0.12):
            self.d.lines([self.pick({"en": ["Sent from my iPhone", "Sent from Outlook for Android", "Get Outlook for iOS"],
                                     "sv": ["Skickat från min iPhone", "Skickat från Outlook för Android"],
                                     "de": ["Von meinem iPhone gesendet", "Gesendet von Outlook für Android"],
                                     "es": ["Enviado desde mi iPhone", "Enviado desde Outlook para Android"]}[self.lang])])

    def sign_agent(self, a=None, short=False):
        a = a or self.agent
        L = self.lang
        title = {"en": ["Customer Support", "Support Team", "Billing Support", "Technical Support Specialist", "Customer Care"],
                 "sv": ["Kundtjänst", "Support", "Kundservice", "Teknisk support"],
                 "de": ["Kundenservice", "Support-Team", "Technischer Support", "Kundenbetreuung"],
                 "es": ["Atención al cliente", "Soporte técnico", "Equipo de soporte", "Departamento de facturación"]}[L]
        rows = [[self.closing_word()], [P(a.first if short else a.full, "person_name", "agent_signature")]]
        if not short:
            rows.append([NG(self.pick(title), "job_title"), " | ", self.vendor])
            if self.chance(0.5):
                lab = {"en": "Direct: ", "sv": "Direkt: ", "de": "Durchwahl: ", "es": "Tel. directo: "}[L]
                vp = gen_phone(self.rng, self.country, "landline")
                rows.append([lab, self.phone(vp, "agent")])
            if self.chance(0.4):
                rows.append([self.email(a, "agent")])
            if self.chance(0.3):
                rows.append(["www." + self.vdomain])
        self.d.lines(*rows)

    # -- quoted and forwarded messages ----------------------------------
    def when_text(self, w, style):
        L = self.lang
        if style == "gmail":
            if L == "en" and self.country == "US":
                h12 = w.hour % 12 or 12
                return "%s, %s %d, %d at %d:%02d %s" % (WD_SHORT["en"][w.weekday()], MON_SHORT["en"][w.month - 1], w.day, w.year, h12,
                                                       w.minute, "AM" if w.hour < 12 else "PM")
            if L == "en":
                return "%s, %d %s %d at %02d:%02d" % (WD_SHORT["en"][w.weekday()], w.day, MON_SHORT["en"][w.month - 1], w.year, w.hour, w.minute)
            if L == "sv":
                return "%s %d %s %d kl %02d:%02d" % (WD_SHORT["sv"][w.weekday()], w.day, MON_SHORT["sv"][w.month - 1], w.year, w.hour, w.minute)
            if L == "de":
                return "%s, %d. %s %d um %02d:%02d Uhr" % (WD_SHORT["de"][w.weekday()], w.day, MON_SHORT["de"][w.month - 1], w.year, w.hour, w.minute)
            return "%s, %d %s %d a las %d:%02d" % (WD_SHORT["es"][w.weekday()], w.day, MON_SHORT["es"][w.month - 1], w.year, w.hour, w.minute)
        # outlook "Sent:" line
        if L == "en" and self.country == "US":
            h12 = w.hour % 12 or 12
            return "%s, %s %d, %d %d:%02d %s" % (WEEKDAYS["en"][w.weekday()], MONTHS["en"][w.month - 1], w.day, w.year, h12, w.minute,
                                                 "AM" if w.hour < 12 else "PM")
        if L == "en":
            return "%s, %d %s %d %02d:%02d" % (WEEKDAYS["en"][w.weekday()], w.day, MONTHS["en"][w.month - 1], w.year, w.hour, w.minute)
        if L == "sv":
            return "den %d %s %d %02d:%02d" % (w.day, MONTHS["sv"][w.month - 1], w.year, w.hour, w.minute)
        if L == "de":
            return "%s, %d. %s %d %02d:%02d" % (WEEKDAYS["de"][w.weekday()], w.day, MONTHS["de"][w.month - 1], w.year, w.hour, w.minute)
        return "%s, %d de %s de %d %d:%02d" % (WEEKDAYS["es"][w.weekday()], w.day, MONTHS["es"][w.month - 1], w.year, w.hour, w.minute)

    def addr_pair(self, name_seg, addr, paren=False):
        """`Name <addr>` with &lt;/&gt; in HTML; the brackets are never labelled."""
        d = self.d
        lt, gt = ("&lt;", "&gt;") if d.html else ("<", ">")
        if paren:
            lt, gt = "(" + lt, gt + ")"
        mail = ML(addr, "quote_header") if d.html and self.chance(0.6) else P(addr, "email", "quote_header")
        return [name_seg, " ", RAW(lt, lt), mail, RAW(gt, gt)]

    def gmail_header(self, who, w):
        L = self.lang
        nm = P(who.full, "person_name", "quote_header")
        pair = self.addr_pair(nm, who.email, paren=(L == "es"))
        tw = NG(self.when_text(w, "gmail"), "timestamp")
        if self.chance(0.15):  # Thunderbird: no address
            d8 = NG("%02d/%02d/%d %02d:%02d" % (w.day, w.month, w.year, w.hour, w.minute) if L != "de" else
                    "%02d.%02d.%d %02d:%02d" % (w.day, w.month, w.year, w.hour, w.minute), "timestamp")
            return {"en": ["On ", d8, ", ", nm, " wrote:"], "sv": ["Den ", d8, " skrev ", nm, ":"],
                    "de": ["Am ", d8, " schrieb ", nm, ":"], "es": ["El ", d8, ", ", nm, " escribió:"]}[L]
        if L == "en":
            if self.chance(0.25):  # Apple Mail
                return ["On ", NG("%d %s %d, at %02d:%02d" % (w.day, MON_SHORT["en"][w.month - 1], w.year, w.hour, w.minute), "timestamp"),
                        ", ", pair, " wrote:"]
            return ["On ", tw, self.pick([", ", " "]), pair, " wrote:"]
        if L == "sv":
            return ["Den ", tw, " skrev ", pair, ":"]
        if L == "de":
            return ["Am ", tw, " schrieb ", pair, ":"]
        return ["El ", tw, ", ", pair, " escribió:"]

    def outlook_rows(self, who, w, subject, to=None, fwd=False, cc=None):
        L = self.lang
        lab = {"en": ("From", "Sent", "To", "Cc", "Subject"), "sv": ("Från", "Skickat", "Till", "Kopia", "Ämne"),
               "de": ("Von", "Gesendet", "An", "Cc", "Betreff"), "es": ("De", "Enviado el", "Para", "CC", "Asunto")}[L]
        if self.chance(0.45):
            nm = P("%s, %s" % (who.last, who.first), "person_name", "quote_header")
        else:
            nm = P(who.full, "person_name", "quote_header")
        to = to or (self.vendor + " Support", "support@" + self.vdomain)
        if isinstance(to, Person):
            to_pair = self.addr_pair(P(to.full, "person_name", "quote_header"), to.email)
        else:
            to_pair = [to[0], " ", RAW("&lt;", "<"), P(to[1], "email", "role"), RAW("&gt;", ">")]
        pre = {"en": ("RE: ", "FW: "), "sv": ("SV: ", "VB: "), "de": ("AW: ", "WG: "), "es": ("RE: ", "RV: ")}[L][1 if fwd else 0]
        rows = [[RAW("<b>%s:</b> " % lab[0], "%s: " % lab[0])] + self.addr_pair(nm, who.email),
                [RAW("<b>%s:</b> " % lab[1], "%s: " % lab[1]), NG(self.when_text(w, "outlook"), "timestamp")],
                [RAW("<b>%s:</b> " % lab[2], "%s: " % lab[2])] + to_pair]
        if cc:
            rows.append([RAW("<b>%s:</b> " % lab[3], "%s: " % lab[3])] + self.addr_pair(P(cc.full, "person_name", "quote_header"), cc.email))
        rows.append([RAW("<b>%s:</b> " % lab[4], "%s: " % lab[4]), pre] + subject)
        return rows

    def quote(self, style, who, body_fn, subject=None, w=None, to=None, cc=None):
        d = self.d
        w = w or self.when()
        subject = subject or [self.pick(["Your request", "Question", "Problem"])]
        if style == "gmail":
            hdr = self.gmail_header(who, w)
            if d.html:
                d.raw('<div class="gmail_quote"><div dir="ltr" class="gmail_attr">', "")
                d.ws(hdr)
                d.raw('<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">', "")
                self.quoting = True
                body_fn()
                self.quoting = False
                d.raw("</blockquote></div>", "")
            else:
                d.ws(hdr)
                d.o.add("\n")
                d.o.prefix, d.o.bol = "> ", True
                self.quoting = True
                body_fn()
                self.quoting = False
                d.o.prefix = ""
                if not d.o.bol:
                    d.o.add("\n")
        else:
            rows = self.outlook_rows(who, w, subject, to=to, cc=cc)
            if d.html:
                d.raw('<hr style="display:inline-block;width:98%" tabindex="-1"><div id="divRplyFwdMsg" dir="ltr">'
                      '<font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">', "")
                for i, r in enumerate(rows):
                    if i:
                        d.raw("<br>", "")
                    d.ws(r)
                d.raw('</font><div>&nbsp;</div></div>', "")
                self.quoting = True
                body_fn()
                self.quoting = False
            else:
                d.o.add(self.pick(["-----Original Message-----\n", "________________________________\n", "\n"]))
                for r in rows:
                    d.ws(r)
                    d.o.add("\n")
                d.o.add("\n")
                self.quoting = True
                body_fn()
                self.quoting = False

    def forward_header(self, who, w, subject, to=None):
        d = self.d
        L = self.lang
        banner = {"en": "---------- Forwarded message ---------", "sv": "---------- Vidarebefordrat meddelande ---------",
                  "de": "---------- Weitergeleitete Nachricht ---------", "es": "---------- Mensaje reenviado ---------"}[L]
        lab = {"en": ("From", "Date", "Subject", "To"), "sv": ("Från", "Date", "Subject", "To"),
               "de": ("Von", "Date", "Subject", "To"), "es": ("De", "Date", "Subject", "To")}[L]
        to = to or ("support@" + self.vdomain)
        rows = [[banner],
                ["%s: " % lab[0], RAW("<strong>", "")] + self.addr_pair(P(who.full, "person_name", "quote_header"), who.email) + [RAW("</strong>", "")],
                ["%s: " % lab[1], NG(self.when_text(w, "gmail"), "timestamp")],
                ["%s: " % lab[2]] + subject,
                ["%s: " % lab[3], RAW("&lt;", "<"), P(to, "email", "role"), RAW("&gt;", ">")]]
        d.lines(*rows)


# --------------------------------------------------------------------------
# shared building blocks for pasted technical material
# --------------------------------------------------------------------------

def url_token(c, kind=None):
    r = c.rng
    kind = kind or r.choice(["reset", "reset", "s3", "invite", "sas", "download"])
    dom = c.vdomain
    if kind == "reset":
        u = "https://app.%s/%s?token=%s" % (dom, r.choice(["reset-password", "account/reset", "auth/recover"]), rs(r, ALNUM, r.choice([32, 40, 48])))
        if r.random() < 0.4:
            u += "&uid=%d" % r.randint(10000, 999999)
    elif kind == "invite":
        u = "https://%s/invite/accept?org=%d&token=%s" % (dom, r.randint(100, 9999), rs(r, LOW + DIG, 36))
    elif kind == "download":
        u = "https://files.%s/d/%s?sig=%s&exp=%d" % (dom, rs(r, LOW + DIG, 12), rs(r, B64URL, 43), 1735000000 + r.randint(0, 9999999))
    elif kind == "sas":
        u = ("https://%sstorage.blob.core.windows.net/exports/%s.csv?sv=2022-11-02&ss=b&srt=o&sp=r&se=2025-%02d-%02dT18:00:00Z"
             "&spr=https&sig=%s%%3D" % (re.sub(r"[^a-z]", "", dom.split(".")[0])[:12], rs(r, LOW + DIG, 10), r.randint(1, 12), r.randint(1, 28),
                                        rs(r, ALNUM, 40)))
    else:
        u = ("https://%s-invoices.s3.eu-north-1.amazonaws.com/2025/%s.pdf?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=%s%%2F2025%02d%02d"
             "%%2Feu-north-1%%2Fs3%%2Faws4_request&X-Amz-Date=2025%02d%02dT%02d%02d00Z&X-Amz-Expires=3600&X-Amz-SignedHeaders=host"
             "&X-Amz-Signature=%s" % (re.sub(r"[^a-z]", "", dom.split(".")[0]), rs(r, UP + DIG, 10), gen_aws_key_id(r), r.randint(1, 12),
                                     r.randint(1, 28), r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59),
                                     rs(r, "0123456789abcdef", 64)))
    return u


def url_cred(c):
    r = c.rng
    pw = rs(r, ALNUM, r.randint(10, 18))
    host = c.pick(["db-prod.internal", "pg01.%s" % c.vdomain, "10.%d.%d.%d" % (r.randint(0, 9), r.randint(0, 255), r.randint(2, 250))])
    return r.choice([
        "postgres://app_user:%s@%s:5432/shop" % (pw, host),
        "mysql://wp_admin:%s@%s:3306/wordpress" % (pw, host),
        "https://deploy:%s@git.%s/web/shop.git" % (pw, c.vdomain),
        "ftp://backup:%s@%s/exports/" % (pw, gen_ipv4(r)),
        "mongodb+srv://admin:%s@cluster0.%s.mongodb.net/?retryWrites=true" % (pw, rs(r, LOW + DIG, 5)),
        "amqp://svc_orders:%s@%s:5672/" % (pw, host),
        "redis://default:%s@%s:6379/0" % (pw, host)])


def env_block(c, n=None):
    """Pasted .env file: rows of segments."""
    r = c.rng
    rows = [["APP_ENV=production"], ["APP_VERSION=", c.version()]]
    pool = [
        lambda: ["DATABASE_URL=", P(url_cred(c), "secret", "url_credentials")],
        lambda: ["DB_HOST=", c.ip(private=True)],
        lambda: ["AWS_ACCESS_KEY_ID=", c.secret("aws_key_id")],
        lambda: ["AWS_SECRET_ACCESS_KEY=", c.secret("aws_secret")],
        lambda: ["STRIPE_SECRET_KEY=", c.secret("stripe")],
        lambda: ["SMTP_PASSWORD=", c.secret("password")],
        lambda: ["OPENAI_API_KEY=", c.secret("openai")],
        lambda: ["GITHUB_TOKEN=", c.secret("github")],
        lambda: ["SLACK_WEBHOOK_URL=", P(gen_slack_webhook(r), "secret", "url_token")],
        lambda: ["SENTRY_RELEASE=", c.sha(False)],
        lambda: ["INSTANCE_ID=", c.uuid()],
        lambda: ["MAIL_FROM=", P("noreply@" + c.vdomain, "email", "role")],
        lambda: ["REDIS_PASSWORD=", c.secret("password")],
        lambda: ["SLACK_BOT_TOKEN=", c.secret("slack")],
        lambda: ["GITLAB_TOKEN=", c.secret("gitlab")],
        lambda: ["BROKER_URL=", P(url_cred(c), "secret", "url_credentials")],
        lambda: ["CACHE_TTL=3600"],
        lambda: ["LOG_LEVEL=debug"],
    ]
    picks = r.sample(pool, n or r.randint(4, 7))
    rows += [f() for f in picks]
    return rows


def yaml_block(c):
    r = c.rng
    rows = [["mail:"], ["  host: smtp.%s" % c.pick(["office365.com", "gmail.com", "sendgrid.net", "mailgun.org"])], ["  port: 587"],
            ["  username: ", P(c.pick(["noreply", "billing", "system", "alerts"]) + "@" + c.pick([c.vdomain, "example-shop.se", "mitt-foretag.se", "firma-hb.de"]), "email", "role")],
            ["  password: \"", c.secret("password"), "\""]]
    if r.random() < 0.5:
        rows += [["api:"], ["  base_url: https://api.%s/v2" % c.vdomain], ["  key: ", c.secret(r.choice(["stripe", "openai", "github", "gitlab"]))]]
    if r.random() < 0.5:
        rows += [["server:"], ["  bind: ", c.ip(private=True)], ["  release: ", c.version()]]
    return rows


def java_trace(c, email_of=None):
    t = c.ts()
    cls = c.pick(["com.%s.billing.InvoiceService" % re.sub(r"[^a-z]", "", c.vendor.lower()), "se.kassa.sync.OrderImporter",
                  "de.pixelhafen.auth.LoginController", "es.nubea.api.ClienteResource"])
    first = [t, " ERROR [http-nio-8080-exec-%d] %s - " % (c.rng.randint(1, 20), cls)]
    if email_of:
        first += ["Failed to deliver notification to ", P(email_of, "email", None), " (order ", c.order(), ")"]
    else:
        first += ["Request ", c.uuid(), " failed"]
    rows = [first,
            [c.pick(["java.lang.IllegalStateException: token expired", "javax.mail.AuthenticationFailedException: 535 5.7.3 Authentication unsuccessful",
                     "java.net.SocketTimeoutException: Read timed out", "org.postgresql.util.PSQLException: FATAL: password authentication failed"])]]
    for m in c.rng.sample(["send", "process", "handle", "doFilter", "invoke", "run", "call"], 4):
        rows.append(["\tat %s.%s(%s.java:%d)" % (cls, m, cls.split(".")[-1], c.rng.randint(20, 900))])
    rows.append(["\t... %d more" % c.rng.randint(5, 40)])
    return rows


def py_trace(c):
    r = c.rng
    rows = [["Traceback (most recent call last):"],
            ['  File "/srv/app/%s.py", line %d, in <module>' % (r.choice(["sync", "export", "worker", "import_orders"]), r.randint(10, 400))],
            ["    main()"],
            ['  File "/srv/app/client.py", line %d, in request' % r.randint(10, 400)],
            ["    resp.raise_for_status()"],
            ["requests.exceptions.HTTPError: 401 Client Error: Unauthorized for url: ", P(url_token(c, "reset").replace("/reset-password", "/api/v2/export").replace("/account/reset", "/api/v1/sync").replace("/auth/recover", "/api/v2/orders"), "secret", "url_token")]]
    return rows


def access_log(c, ip_seg=None, n=3):
    r = c.rng
    rows = []
    for i in range(n):
        w = c.when()
        ip = ip_seg if (ip_seg and i == 0) else c.ip(v6=r.random() < 0.25)
        ua = c.pick(["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/",
                     "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15 Edg/"])
        rows.append([ip, " - - [", NG(w.strftime("%d/%b/%Y:%H:%M:%S +0100"), "timestamp"), '] "%s %s HTTP/1.1" %d %d "-" "' % (
            r.choice(["GET", "POST"]), r.choice(["/api/v2/login", "/checkout/confirm", "/account/settings", "/graphql"]),
            r.choice([200, 302, 401, 403, 500]), r.randint(200, 9000)), ua, NG(c.chrome_build(), "build_number"), '"'])
    return rows


def curl_block(c):
    r = c.rng
    return [["curl -s -X %s \"https://api.%s/v2/orders/" % (r.choice(["GET", "POST"]), c.vdomain), NG(str(r.randint(100000, 99999999)), "order_number"), "\" \\"],
            ["  -H \"Authorization: Bearer ", c.secret("jwt"), "\" \\"],
            ["  -H \"X-Request-Id: ", c.uuid(), "\""]]


def masked(c):
    return NG(c.pick(["**** **** **** %04d" % c.rng.randint(0, 9999), "XXXX-XXXX-XXXX-%04d" % c.rng.randint(0, 9999),
                      "•••• %04d" % c.rng.randint(0, 9999), "ending in %04d" % c.rng.randint(0, 9999)]), "masked_card")


# --------------------------------------------------------------------------
# English scenarios (AU / UK / US)
# --------------------------------------------------------------------------

def en_double_charge(c):
    d, r = c.d, c.req
    d.p(c.hello_support())
    order, amt = c.order(), c.price()
    d.p(c.pick([
        ["I've just noticed two identical charges of ", amt, " on my statement for order ", order, "."],
        ["Your checkout seems to have taken my money twice for order ", order, " (", amt, " each time), but I only got one confirmation."],
        ["Looking at my banking app this morning there are two payments to ", c.vendor, " on ", c.date(), ", both for ", amt, ". Order ref is ", order, "."],
        ["Bit of a problem – I placed order ", order, " and the payment went through twice. ", amt, " x2 is not a small amount for me right now."]]))
    card = c.card()
    d.p(c.pick([
        ["The card I used is ", card, " in case that helps you find it."],
        ["Card: ", card, " (exp ", NG("%02d/%02d" % (c.rng.randint(1, 12), c.rng.randint(26, 30)), "card_expiry"), ")."],
        ["I paid with ", card, ". The bank shows the second one with reference ", c.luhnbad(), " if that means anything to you."],
        ["Paid on my partner's card actually – ", card, " – it's in the name of ", c.name(c.person()), "."]]))
    d.p(c.pick([
        ["Can you please reverse one of them? Happy to be called on ", c.phone(r), " if that's quicker."],
        ["Please refund the duplicate as soon as possible. My number is ", c.phone(r), ", I'm usually free after 3pm."],
        ["I'd appreciate a refund to the same card. If you need anything else, ring me on ", c.phone(r), "."],
        ["Could someone look into it today? Thanks."],
        ["If it's easier to refund by bank transfer, my IBAN is ", c.iban("GB" if c.country != "US" else c.pick(["DE", "NL"])), "."]]))
    c.sign_customer(r, c.rng.sample(["addr", "phone", "email", "company"], c.rng.randint(0, 2)))


def en_locked_out(c):
    d, r = c.d, c.req
    d.p(c.hello_support())
    ip = c.ip(v6=c.chance(0.3))
    d.p(c.pick([
        ["I can't get into my account since this morning. I received a security alert saying there was a sign-in from ", ip,
         " – that definitely wasn't me, I'm in ", c.city(), " and haven't travelled."],
        ["Someone has been messing with my login. The activity page lists ", ip, " at ", c.ts(), " which I don't recognise at all."],
        ["Locked out again! The app (", c.version(), ") keeps saying my session is invalid and the last login was from ", ip, "."]]))
    link = url_token(c, "reset")
    d.p(c.pick([
        ["The reset link you sent me doesn't work either, it just says expired: ", LK(link, "url_token")],
        ["I tried the password reset link (", LK(link, "url_token", c.pick([None, "this one"])), ") twice now, no luck."],
        ["Clicking ", LK(link, "url_token"), " takes me to a blank page in Chrome ", NG(c.chrome_build(), "build_number"), "."]]))
    pw = c.secret("password")
    d.p(c.pick([
        ["For what it's worth the password I had set was: ", pw, " – obviously I'll change it once I'm back in."],
        ["My old password: ", pw, " (yes I know I shouldn't send this, but I want you to check whether it was changed)"],
        ["Username is ", P(r.email, "email"), " and password: ", pw]]))
    d.p(c.pick([["My account email is ", c.email(r), "."], ["You can also text me on ", c.phone(r), "."], []]))
    c.sign_customer(r, c.rng.sample(["phone"], c.rng.randint(0, 1)))


def en_onboarding_form(c):
    d, r = c.d, c.req
    born = rand_date(c.rng, 1958, 2005)
    title = c.pick(["New starter form", "Employee details – submitted via portal", "Onboarding: personal information",
                    "Web form submission: New employee"])
    d.p([title])
    rows = [("Full name", [c.name(r, "form")]), ("Date of birth", [c.dob(born)]), ("Email", [c.email(r)]),
            ("Mobile", [c.phone(r, "mobile", r.phone.show(c.rng))]), ("Home address", [c.addr(r, multi=False)])]
    if c.country == "AU":
        rows.append(("Tax file number", [P(gen_au_tfn(c.rng), "national_id", "au_tfn")]))
        if c.chance(0.5):
            rows.append(("Medicare no.", [P(gen_au_medicare(c.rng), "national_id", "au_medicare")]))
        if c.chance(0.4):
            rows.append(("ABN (contractors only)", [P(gen_au_abn(c.rng), "national_id", "au_abn")]))
    elif c.country == "UK":
        rows.append(("National Insurance number", [P(gen_uk_nino(c.rng), "national_id", "uk_nino")]))
        if c.chance(0.4):
            rows.append(("NHS number (optional)", [P(gen_uk_nhs(c.rng), "national_id", "uk_nhs")]))
    else:
        rows.append(("SSN", [P(gen_us_ssn(c.rng), "national_id", "us_ssn")]))
    rows.append(("Start date", [c.date()]))
    rows.append(("Position", [c.job()]))
    ec = c.person()
    rows.append(("Emergency contact", [c.name(ec, "form"), " (", c.pick(["partner", "mum", "brother", "friend", "husband", "wife"]), ") ", c.phone(ec)]))
    rows.append(("Employee ID", [c.custno()]))
    d.table(rows)
    d.p(c.pick([["Submitted ", c.ts(), " from ", c.ip()], ["Form ID ", c.uuid()], ["Submitted via the staff portal."]]))


def en_dev_config(c):
    d, r = c.d, c.req
    d.p(c.hello_support())
    d.p(c.pick([
        ["Since upgrading to ", c.version(), " our deploy is failing on the webhook step. Pasting our env below (redacted what I could)."],
        ["We're getting 401s from your API after rotating keys last night. Here's the config from the staging box:"],
        ["The integration stopped syncing at ", c.ts(), ". I've attached our .env so you can see what we're sending:"]]))
    d.pre(env_block(c))
    if c.chance(0.5):
        d.p(["And this is what the worker logs:"])
        d.pre(java_trace(c, r.email if c.chance(0.5) else None) if c.chance(0.5) else py_trace(c))
    if c.chance(0.3):
        d.p(["The SSH key the deploy user has (please rotate it on your side too):"])
        d.pre([[("pem", gen_pem(c.rng))]])
    d.p(c.pick([
        ["Commit ", c.sha(), " is what's deployed. Server is ", c.ip(), " if you want to check your firewall logs."],
        ["We haven't changed anything on our side except bumping the SDK to ", c.version(), "."],
        ["Ping me on ", c.phone(r), " if easier – I'm on call this week."]]))
    c.sign_customer(r, c.rng.sample(["company", "phone"], c.rng.randint(0, 2)))


def en_delivery(c):
    d, r = c.d, c.req
    d.p(c.hello_support())
    d.p(c.pick([
        ["My parcel (tracking ", c.tracking(), ") is showing as 'held at depot' and I won't be home this week."],
        ["Order ", c.order(), " was meant to arrive ", c.date(), " but the courier says the address is incomplete."],
        ["I need to change the delivery address on order ", c.order(), " before it ships please."]]))
    d.p(c.pick([
        ["Could you redirect it to my work address instead:"],
        ["The correct address is:"],
        ["Please send it here instead:"]]))
    new = c.person(origin=None)
    d.p([c.addr(new if c.chance(0.2) else c.person(), multi=True, sub=c.country.lower())])
    d.p(c.pick([
        ["My home address (", c.addr(r, multi=False), ") is where it was originally going."],
        ["Reception is open 8–5, ask for ", c.name(c.person()), " if I'm not there."],
        ["The item is a ", c.sku(), ", in case it matters."]]))
    c.sign_customer(r, ["phone"] if c.chance(0.6) else [])


def en_clinic(c):
    d, r = c.d, c.req
    patient = r if c.chance(0.6) else c.person()
    born = rand_date(c.rng, 1940, 2020)
    d.p(c.hello_support())
    who = [] if patient is r else [c.pick(["my son ", "my daughter ", "my father ", "my mum ", "my husband "]), c.name(patient), " "]
    if c.country == "UK":
        ident = P(gen_uk_nhs(c.rng), "national_id", "uk_nhs")
        lab = c.pick(["NHS number ", "NHS no. ", "NHS #"])
    else:
        ident = P(gen_au_medicare(c.rng), "national_id", "au_medicare")
        lab = c.pick(["Medicare number ", "Medicare card ", "Medicare no "])
    d.p(c.pick([
        ["I'm trying to book a follow-up appointment for ", who or "myself ", "through your portal but it says the patient record can't be found."],
        ["The booking page keeps rejecting the details for ", who or "me ", "– it says 'mismatch'."]]))
    d.ul([["Name: ", c.name(patient, "form")], [c.pick(["DOB: ", "Date of birth: ", "D.O.B. "]), c.dob(born)], [lab, ident],
          ["Phone: ", c.phone(r)]])
    d.p(c.pick([
        ["We've been with the ", c.city(), " practice since ", NG(str(c.rng.randint(2005, 2022)), "year"), "."],
        ["Appointment ref was ", c.ticket(), " on ", c.date(), "."],
        ["Please let me know what is wrong."]]))
    c.sign_customer(r)


def en_team_list(c):
    d, r = c.d, c.req
    d.p(c.hello_support())
    d.p(c.pick([
        ["Please add the following people to our account (", c.custno(), ") with standard access:"],
        ["We've got new staff starting on ", c.date(), ". Can you set up logins for:"],
        ["Updated contact list for our organisation as requested:"]]))
    rows = []
    for _ in range(c.rng.randint(2, 4)):
        p = c.person(domain=c.pick(COMPANIES[c.country])[1])
        row = [c.name(p, "list"), " – ", c.job(), " – ", c.email(p)]
        if c.chance(0.5):
            row += [" – ", c.phone(p)]
        rows.append(row)
    d.ul(rows, ordered=c.chance(0.3))
    d.p(c.pick([["Billing should stay with me."], ["Please remove ", c.name(c.person()), " who left last month."],
                ["Invoices to accounts@", c.pick(COMPANIES[c.country])[1].split(".")[0], " please – sorry, full address is ",
                 P("accounts@" + c.pick(COMPANIES[c.country])[1], "email", "role"), "."]]))
    c.sign_customer(r, ["company"] + (["phone"] if c.chance(0.5) else []))


def en_security_leak(c):
    d, r = c.d, c.req
    d.p(c.hello_support())
    d.p(c.pick([
        ["One of our devs accidentally pushed credentials to a public repo (commit ", c.sha(), "). Could you revoke these on your side ASAP?"],
        ["URGENT: we got an alert from GitHub secret scanning. The following keys were exposed for about ", NG("%d minutes" % c.rng.randint(5, 90), "duration"), ":"],
        ["Following our incident on ", c.date(), " we need the tokens below invalidated and new ones issued."]]))
    rows = []
    for k in c.rng.sample(["github", "slack", "stripe", "openai", "gitlab", "aws_key_id", "slack_webhook", "jwt"], c.rng.randint(2, 4)):
        lab = {"github": "GitHub token", "slack": "Slack bot token", "stripe": "Stripe key", "openai": "OpenAI key", "gitlab": "GitLab PAT",
               "aws_key_id": "AWS access key", "slack_webhook": "Slack webhook", "jwt": "Service JWT"}[k]
        val = P(gen_slack_webhook(c.rng), "secret", "url_token") if k == "slack_webhook" else c.secret(k)
        rows.append([lab + ": ", val])
    d.ul(rows)
    if c.chance(0.4):
        d.p(["We also found this deploy key in the same commit:"])
        d.pre([[("pem", gen_pem(c.rng))]])
    sec = c.person(domain=c.pick(COMPANIES[c.country])[1])
    d.p(c.pick([["Our security contact is ", c.name(sec), " (", c.email(sec), ")."],
                ["Please confirm by reply once done. Incident ref ", c.ticket(), "."],
                ["Call me on ", c.phone(r), " any time."]]))
    c.sign_customer(r, ["company"])


def obf_email(c, p):
    f = re.sub(r"[^a-z]", "", fold_ascii(p.first.split()[0]).lower())
    l = re.sub(r"[^a-z]", "", fold_ascii(p.last.split()[-1]).lower())
    dom = c.pick(MAIL_DOMAINS[c.country])
    host, tld = dom.split(".", 1)
    k = c.rng.randint(0, 5)
    if k == 0:
        v = "%s dot %s at %s dot %s" % (f, l, host, tld.replace(".", " dot "))
    elif k == 1:
        v = "%s.%s[at]%s[dot]%s" % (f, l, host, tld.replace(".", "[dot]"))
    elif k == 2:
        v = "%s (at) %s" % (f + l, dom)
    elif k == 3:
        v = "%s_%s AT %s DOT %s" % (f, l, host, tld.replace(".", " DOT "))
    elif k == 4:
        v = "%s(at)%s" % (f[0] + "." + l, dom)
    else:
        v = "%s [at] %s [dot] %s" % (f, host, tld.replace(".", " [dot] "))
    return P(v, "email", "obfuscated")


def en_obfuscated(c):
    d, r = c.d, c.req
    d.p(c.hello_support())
    d.p(c.pick([
        ["I posted on your community forum but the bot removed my email, so trying here instead."],
        ["Your contact form rejected my message twice, so I'm writing my address the old-fashioned way to dodge the spam filters."],
        ["Quick one – I'd rather not get more spam so I'll write my email out in words."]]))
    d.p(c.pick([
        ["You can reach me at ", obf_email(c, r), "."],
        ["Best way to contact me: ", obf_email(c, r), " or on ", c.phone(r), "."],
        ["Email: ", obf_email(c, r)]]))
    d.p(c.pick([["The issue is that exports from version ", c.version(), " are missing the header row."],
                ["It's about the refund for ", c.order(), " which still hasn't come through."],
                ["My colleague ", c.name(c.person()), " had the same problem last week."]]))
    c.sign_customer(r)


def en_sar(c):
    d, r = c.d, c.req
    d.p(c.pick([["Dear Data Protection Officer,"], ["To whom it may concern,"], c.hello_support()]))
    law = {"UK": "Article 15 UK GDPR", "AU": "Australian Privacy Principle 12", "US": "the CCPA"}[c.country]
    d.p(c.pick([
        ["I am making a subject access request under ", law, " for all personal data you hold about me."],
        ["Please treat this email as a formal request under ", law, ". I would like a copy of everything you hold on me."]]))
    born = rand_date(c.rng, 1950, 2003)
    old = c.person()
    d.p(["To help you locate my records:"])
    rows = [["Name: ", c.name(r, "form")], ["Date of birth: ", c.dob(born)], ["Current address: ", c.addr(r, multi=False)],
            ["Previous address: ", c.addr(old, multi=False)],
            ["Email addresses used: ", c.email(r), " and ", P(email_for(c.rng, r.first, r.last, c.pick(MAIL_DOMAINS[c.country])), "email", None)]]
    if c.chance(0.5):
        rows.append(["Customer number: ", c.custno()])
    if c.chance(0.4):
        rows.append({"UK": ["National Insurance no.: ", P(gen_uk_nino(c.rng), "national_id", "uk_nino")],
                     "US": ["SSN: ", P(gen_us_ssn(c.rng), "national_id", "us_ssn")],
                     "AU": ["Medicare: ", P(gen_au_medicare(c.rng), "national_id", "au_medicare")]}[c.country])
    d.ul(rows)
    d.p(["I understand you have one month to respond. Please send the data to the email above rather than by post."])
    c.sign_customer(r)


def en_log_paste(c):
    d, r = c.d, c.req
    d.p(c.hello_support())
    ip = c.ip()
    d.p(c.pick([
        ["We're seeing a flood of failed logins against our tenant. Excerpt from the access log:"],
        ["Your WAF blocked our office IP (", ip, ") again. Log lines below:"],
        ["Not sure if this is on your end – requests from our integration server started failing at ", c.ts(), "."]]))
    d.pre(access_log(c, ip_seg=ip if c.chance(0.5) else None, n=c.rng.randint(2, 4)))
    if c.chance(0.5):
        d.p(["Application side:"])
        d.pre([[c.ts(), " WARN  user=", P(c.person().email, "email"), " ip=", c.ip(), " msg=\"login failed\" request_id=", c.uuid()],
               [c.ts(), " INFO  build=", c.build(), " node=", c.ip(private=True)]])
    d.p(c.pick([["Could you whitelist ", c.ip(), " and ", c.ip(v6=True), "?"], ["Ticket ", c.ticket(), " from last month may be related."],
                ["This is blocking our whole team."]]))
    c.sign_customer(r, ["company"] if c.chance(0.5) else [])


def en_tenant(c):
    d, r = c.d, c.req
    d.p(c.hello_support())
    d.p(c.pick([
        ["I'm applying for the flat at ", c.addr(c.person(), multi=False), " and the online form keeps timing out, so here are my details."],
        ["Following up on my rental application – your agent ", c.name(c.person()), " asked me to email the missing information."]]))
    born = rand_date(c.rng, 1960, 2004)
    ref = c.person()
    rows = [("Applicant", [c.name(r, "form")]), ("D.O.B.", [c.dob(born)]), ("Current address", [c.addr(r, multi=True)]),
            ("Phone", [c.phone(r)]), ("Employer", [c.company()]), ("Previous landlord", [c.name(ref, "form"), ", ", c.phone(ref)])]
    if c.chance(0.5):
        rows.append(("Bond refund account (IBAN)", [c.iban(c.pick(["GB", "GB", "IE", "DE", "NL"]))]))
    if c.country == "US":
        rows.append(("SSN", [P(gen_us_ssn(c.rng), "national_id", "us_ssn")]))
    elif c.country == "UK" and c.chance(0.6):
        rows.append(("NI number", [P(gen_uk_nino(c.rng), "national_id", "uk_nino")]))
    d.table(rows)
    d.p(c.pick([["Move-in date would be ", c.date(), "."], ["Rent offered: ", c.price(), " per week."], ["Thanks for your patience."]]))
    c.sign_customer(r)


def en_ooo(c):
    d, r = c.d, c.req
    r2 = c.person()
    d.p(c.pick([["Thank you for your email. I am out of the office until ", c.date(), " with limited access to email."],
                ["I'm currently on annual leave and will be back on ", c.date(), "."],
                ["Automatic reply: I'm away from my desk until ", c.date(), "."]]))
    d.p(c.pick([["For anything urgent please contact ", c.name(r2), " on ", c.phone(r2), " or ", c.email(r2), "."],
                ["Urgent matters: ", c.name(r2), " (", c.email(r2), "). Accounts queries: ", P("accounts@" + c.pick(COMPANIES[c.country])[1], "email", "role"), "."]]))
    c.sign_customer(r, ["company", "phone"])


def en_payroll_bank(c):
    d, r = c.d, c.req
    d.p(c.hello_support())
    d.p(c.pick([
        ["I've relocated to ", c.pick(["Dublin", "Amsterdam", "Berlin", "Madrid"]), " and need my pay to go into my new account from the next pay run."],
        ["Please update my bank details in payroll – my old account is closing on ", c.date(), "."]]))
    cc = c.pick(["IE", "NL", "DE", "ES", "FR", "BE", "GB", "GB"])
    ids = {"AU": ("TFN", lambda: P(gen_au_tfn(c.rng), "national_id", "au_tfn")),
           "UK": ("NI number", lambda: P(gen_uk_nino(c.rng), "national_id", "uk_nino")),
           "US": ("SSN", lambda: P(gen_us_ssn(c.rng), "national_id", "us_ssn"))}[c.country]
    d.lines(["IBAN: ", c.iban(cc)], ["BIC: ", NG(c.pick(["AIBKIE2D", "INGBNL2A", "COBADEFFXXX", "CAIXESBBXXX", "BNPAFRPP", "GEBABEBB"]), "bic")],
            ["Account holder: ", c.name(r, "form")], [ids[0] + ": ", ids[1]()])
    d.p(c.pick([["Employee number is ", c.custno(), "."], ["Let me know if you need a bank letter."]]))
    c.sign_customer(r, ["phone"] if c.chance(0.5) else [])


def en_internal_note(c):
    d, r = c.d, c.req
    a = c.agent
    born = rand_date(c.rng, 1945, 2004)
    d.p([RAW("<b>Internal note</b>", "[Internal note]"), " – ", NG(c.pick(["phone call", "callback", "escalation"]), "note_type")])
    d.p(c.pick([
        ["Caller verified as ", c.name(r), " – DOB ", c.dob(born), ", postcode matched, card ", masked(c), "."],
        ["Spoke to ", c.name(r), " on ", c.phone(r), ". Verified with date of birth ", c.dob(born), " and last four digits (", masked(c), ")."]]))
    d.p(c.pick([
        ["Customer wants the refund for ", c.invoice(), " (", c.price(), ") to go back to the original card. Raised with finance."],
        ["Address on file is outdated; new one is ", c.addr(r, multi=False), ". Updated in CRM."],
        ["Escalating to tier 2 – see ", c.ticket(), ". Build ", c.build(), " reproduces."]]))
    d.lines(["– ", P(a.first, "person_name", "agent_signature")])


def en_version_question(c):
    """Mostly negatives; the requester's first name only in the sign-off."""
    d, r = c.d, c.req
    d.p(c.hello_support())
    d.p(c.pick([
        ["We're on ", c.version(), " (build ", c.build(), ") and wondering whether it's safe to jump straight to ", c.version(), "."],
        ["After the update to ", c.build(), " on ", c.date(), " our reports show totals like ", c.price(), " twice."]]))
    d.ul([["Licence key: ", c.uuid()], ["Installer checksum: ", c.sha(False)], ["Last good order: ", c.order()],
          ["Support PIN: ", NG("%06d" % c.rng.randint(0, 999999), "support_pin")]])
    d.p(["Thanks for any pointers – we've got ", NG(str(c.rng.randint(3, 60)), "count"), " seats affected in ", c.city(), "."])
    d.lines([c.closing_word()], [P(r.first, "person_name", "signature")], [c.job(), ", ", c.company()])


# --------------------------------------------------------------------------
# Swedish scenarios
# --------------------------------------------------------------------------

def sv_faktura(c):
    d, r = c.d, c.req
    d.p(c.hello_support())
    d.p(c.pick([
        ["Jag har fått en påminnelse på faktura ", c.invoice(), " (", c.price(), ") men den betalades redan ", c.date(), " via autogiro."],
        ["Ni har dragit pengar två gånger för samma faktura, ", c.invoice(), ". Det syns tydligt på kontoutdraget."],
        ["Fakturan jag fick i dag stämmer inte – ni debiterar ", c.price(), " för en tjänst vi sa upp i våras."]]))
    pnr, born = se_pnr(c.rng)
    d.p(c.pick([
        ["Mitt personnummer är ", P(pnr, "national_id", "se_personnummer"), " om ni behöver det för att hitta kontot."],
        ["Kontot står på mig, ", c.name(r), ", personnr ", P(pnr, "national_id", "se_personnummer"), "."],
        ["(pnr ", P(pnr, "national_id", "se_personnummer"), ", kundnummer ", c.custno(), ")"]]))
    d.p(c.pick([
        ["Återbetala gärna till ", c.iban("SE"), " – det är mitt lönekonto."],
        ["Pengarna kan sättas in på IBAN ", c.iban("SE"), "."],
        ["Ni kan betala tillbaka till samma konto som autogirot går från."]]))
    if c.chance(0.5):
        d.p(["Vi betalade till ert bankgiro ", NG("%d-%04d" % (c.rng.randint(100, 9999), c.rng.randint(0, 9999)), "bankgiro"),
             ", OCR ", NG(rs(c.rng, DIG, 12), "ocr_reference"), "."])
    c.sign_customer(r, c.rng.sample(["phone", "addr", "company"], c.rng.randint(0, 2)))


def sv_flytt(c):
    d, r = c.d, c.req
    d.p(c.hello_support())
    new = c.person()
    d.p(c.pick([
        ["Vi har flyttat och behöver uppdatera adressen på abonnemanget."],
        ["Jag flyttar den ", c.date(), " och vill att fakturorna skickas till min nya adress från och med nu."],
        ["Kan ni ändra leveransadressen? Paketen hamnar fortfarande hos mina gamla grannar."]]))
    d.p(["Gammal adress: ", c.addr(r, multi=False)])
    d.p(["Ny adress:"])
    d.p([c.addr(new, multi=True)])
    pnr, born = se_pnr(c.rng)
    d.p(["Personnummer: ", P(pnr, "national_id", "se_personnummer")])
    d.p(c.pick([["Ni når mig på ", c.phone(r), " om något är oklart."],
                ["Avtalet står på min sambo ", c.name(c.person()), ", men jag har fullmakt."]]))
    c.sign_customer(r, ["phone"] if c.chance(0.5) else [])


def sv_login(c):
    d, r = c.d, c.req
    d.p(c.hello_support())
    ip = c.ip(v6=c.chance(0.3))
    d.p(c.pick([
        ["Jag kommer inte in på mitt konto längre. Fick ett mejl om inloggning från ", ip, " i natt, och det var inte jag."],
        ["Appen (version ", c.version(), ") loggar ut mig hela tiden. Enligt historiken kom senaste inloggningen från ", ip, "."],
        ["BankID funkar inte för mig (personnummer ", P(se_pnr(c.rng)[0], "national_id", "se_personnummer"), ") så jag har försökt med lösenord istället, men det tar stopp."]]))
    d.p(c.pick([
        ["Mitt lösenord är ", c.secret("password"), " om ni vill testa själva."],
        ["Jag har provat både det gamla (lösenord: ", c.secret("password"), ") och ett nytt."],
        ["lösenord: ", c.secret("password")]]))
    d.p(c.pick([
        ["Återställningslänken ni skickade ger bara ett felmeddelande: ", LK(url_token(c, "reset"), "url_token")],
        ["Länken ", LK(url_token(c, "reset"), "url_token", "Återställ lösenord"), " fungerar inte i Safari."],
        ["Felkod ", NG("E%d" % c.rng.randint(100, 999), "error_code"), " visas efter inloggning."]]))
    c.sign_customer(r, ["phone"] if c.chance(0.4) else [])


def sv_anstalld(c):
    d, r = c.d, c.req
    emp = c.person(origin=c.pick(["pl", "ir", "fi", "de", "ar", "in"]))
    born = rand_date(c.rng, 1965, 2004)
    snr, _ = se_pnr(c.rng, coord=True, born=born)
    d.p(c.hello_support())
    d.p(c.pick([
        ["Vi har en ny medarbetare som ska in i lönesystemet men systemet godkänner inte hennes samordningsnummer." if emp.gender == "f" else
         "Vi har en ny medarbetare som ska in i lönesystemet men systemet godkänner inte hans samordningsnummer."],
        ["Hur registrerar man någon som bara har samordningsnummer? Får felet ", NG("VAL-%d" % c.rng.randint(100, 999), "error_code"), "."]]))
    d.table([("Namn", [c.name(emp, "form")]), ("Samordningsnummer", [P(snr, "national_id", "se_samordningsnummer")]),
             ("Född", [c.dob(born)]), ("Adress", [c.addr(emp, multi=False)]), ("Telefon", [c.phone(emp)]),
             ("Bankkonto (IBAN)", [c.iban(c.pick(["SE", "PL", "FI", "DE"]))]), ("Anställningsdatum", [c.date()])])
    d.p(["Företaget: ", c.company(), ", org.nr ", NG(se_orgnr(c.rng), "org_number"), "."])
    c.sign_customer(r, ["company"] + (["phone"] if c.chance(0.5) else []))


def sv_teknik(c):
    d, r = c.d, c.req
    d.p(c.hello_support())
    d.p(c.pick([
        ["Sedan uppdateringen till ", c.version(), " misslyckas vår nattliga export. Här är konfigurationen:"],
        ["Vi får 401 från ert API. Jag klistrar in vår config så ni ser vad vi skickar:"],
        ["Integrationen mot Fortnox slutade synka ", c.ts(), ". Relevant del av docker-compose/env:"]]))
    d.pre(env_block(c) if c.chance(0.5) else yaml_block(c))
    if c.chance(0.4):
        d.pre(curl_block(c))
    if c.chance(0.3):
        d.p(["Och här är SFTP-nyckeln som används för exporten (ja, jag vet…):"])
        d.pre([[("pem", gen_pem(c.rng))]])
    d.p(c.pick([["Servern står på ", c.ip(), ", driftsatt från commit ", c.sha(), "."],
                ["Ring gärna mig på ", c.phone(r), " så kan vi felsöka tillsammans."],
                ["Ärendet är kopplat till ", c.ticket(), "."]]))
    c.sign_customer(r, ["company"] if c.chance(0.6) else [])


def sv_foralder(c):
    d, r = c.d, c.req
    kid = c.person(origin=r.origin if r.origin in NAMES else None)
    kid.last = r.last
    kid.full = kid.first + " " + kid.last
    born = rand_date(c.rng, 2008, 2019)
    d.p(c.hello_support())
    d.p(c.pick([
        ["Jag skriver angående min dotters konto" if kid.gender == "f" else "Jag skriver angående min sons konto",
         " – ", c.name(kid), ", född ", c.dob(born), "."],
        ["Mitt barn ", c.name(kid), " (f. ", c.dob(born), ") har fått en faktura trots att hen är under 18."]]))
    d.p(c.pick([
        ["Kan ni stänga kontot och ta bort uppgifterna? Jag är vårdnadshavare, mitt personnummer är ",
         P(se_pnr(c.rng)[0], "national_id", "se_personnummer"), "."],
        ["Ni kan nå mig på ", c.phone(r), " eller ", c.email(r), "."]]))
    c.sign_customer(r)


def sv_kort(c):
    d, r = c.d, c.req
    d.p(c.hello_support())
    d.p(c.pick([
        ["Mitt kort debiterades två gånger för order ", c.order(), " (", c.price(), ")."],
        ["Betalningen gick igenom men ordern ", c.order(), " står fortfarande som obetald hos er."]]))
    d.p(c.pick([
        ["Kortnumret är ", c.card(), ", giltigt till ", NG("%02d/%02d" % (c.rng.randint(1, 12), c.rng.randint(26, 30)), "card_expiry"), "."],
        ["Jag använde kortet ", c.card(), ". Referensen på kontoutdraget är ", c.luhnbad(), "."],
        ["Kort: ", c.card()]]))
    d.p(c.pick([["Hör av er på ", c.phone(r), "."], ["Tack på förhand."], ["Kvitto-nr ", c.invoice(), "."]]))
    c.sign_customer(r)


# --------------------------------------------------------------------------
# German scenarios
# --------------------------------------------------------------------------

def de_sepa(c):
    d, r = c.d, c.req
    d.p(c.hello_support())
    d.p(c.pick([
        ["hiermit möchte ich meine Bankverbindung für das SEPA-Lastschriftmandat ändern (Kundennummer ", c.custno(), ")."],
        ["bitte buchen Sie die Beiträge ab dem ", c.date(), " von meinem neuen Konto ab."],
        ["die Lastschrift für Rechnung ", c.invoice(), " ist zurückgegangen, weil mein altes Konto aufgelöst wurde."]]))
    d.lines(["Kontoinhaber: ", c.name(r, "form")], ["IBAN: ", c.iban("DE")],
            ["BIC: ", NG(c.pick(["COBADEFFXXX", "DEUTDEDBBER", "GENODEF1S04", "BYLADEM1001"]), "bic")],
            ["Bank: ", c.pick(["Commerzbank", "Sparkasse KölnBonn", "GLS Bank", "DKB"])])
    d.p(c.pick([
        ["Die alte IBAN ", c.iban("DE"), " bitte nicht mehr verwenden."],
        ["Vertragsnummer: ", NG("V-%d" % c.rng.randint(1000000, 9999999), "contract_number")],
        ["Für Rückfragen erreichen Sie mich unter ", c.phone(r), "."]]))
    c.sign_customer(r, c.rng.sample(["addr", "phone"], c.rng.randint(0, 2)))


def de_kuendigung(c):
    d, r = c.d, c.req
    born = rand_date(c.rng, 1945, 2002)
    d.lines([c.name(r, "letter_head")], [c.addr(r, multi=True)])
    d.lines([c.pick(["An: ", ""]), c.vendor], [c.pick(["Kundenservice", "Vertragsabteilung"])])
    d.p([c.pick(["Köln", "Berlin", "Leipzig", "Hamburg"]), ", ", c.date()])
    d.p([RAW("<b>", ""), c.pick(["Kündigung meines Vertrags", "Kündigung zum nächstmöglichen Zeitpunkt", "Widerruf und Kündigung"]), RAW("</b>", "")])
    d.p(["Sehr geehrte Damen und Herren,"])
    d.p(c.pick([
        ["hiermit kündige ich meinen Vertrag Nr. ", NG("%d" % c.rng.randint(10000000, 99999999), "contract_number"), " fristgerecht zum nächstmöglichen Zeitpunkt."],
        ["ich kündige hiermit den Vertrag mit der Kundennummer ", c.custno(), " zum ", c.date(), "."]]))
    d.p(c.pick([["Zur Identifikation: ", c.name(r), ", geb. ", c.dob(born), "."],
                ["Mein Geburtsdatum: ", c.dob(born)],
                ["Vertragsinhaber: ", c.name(r), ", geboren am ", c.dob(born)]]))
    d.p(c.pick([["Bitte bestätigen Sie mir die Kündigung schriftlich an ", c.email(r), "."],
                ["Bitte senden Sie mir eine Bestätigung per Post an die oben genannte Adresse."],
                ["Eine Rückrufnummer für Rückfragen: ", c.phone(r)]]))
    d.lines(["Mit freundlichen Grüßen"], [c.name(r, "signature")])


def de_technik(c):
    d, r = c.d, c.req
    d.p(c.hello_support())
    d.p(c.pick([
        ["seit dem Update auf ", c.version(), " bricht der Import mit folgendem Fehler ab:"],
        ["unser Server (", c.ip(), ") bekommt seit ", c.ts(), " nur noch Timeouts. Log-Auszug:"],
        ["der SMTP-Versand schlägt fehl, obwohl die Zugangsdaten stimmen. Stacktrace:"]]))
    d.pre(java_trace(c, c.person().email if c.chance(0.5) else None))
    d.p(c.pick([
        ["Zugangsdaten für den Testzugang: Benutzer ", P("admin@" + c.pick(COMPANIES["DE"])[1], "email", "role"), ", Passwort: ", c.secret("password")],
        ["Das Passwort für den SMTP-Account haben wir heute geändert, neues Passwort: ", c.secret("password")],
        ["Passwort: ", c.secret("password"), " (bitte nach dem Test wieder löschen)"]]))
    if c.chance(0.4):
        d.pre(yaml_block(c))
    if c.chance(0.35):
        d.p(["Die Datenbank erreichen wir über ", P(url_cred(c), "secret", "url_credentials"), "."])
    d.p(c.pick([["Build ", c.build(), " auf Windows Server."], ["Commit ", c.sha(), "."], ["Ticket ", c.ticket(), " hängt vermutlich damit zusammen."]]))
    c.sign_customer(r, ["company"] + (["phone"] if c.chance(0.5) else []))


def de_lohn(c):
    d, r = c.d, c.req
    emp = c.person()
    born = rand_date(c.rng, 1960, 2005)
    d.p(c.hello_support())
    d.p(c.pick([
        ["beim Anlegen eines neuen Mitarbeiters meldet die Software ‚Steuer-ID ungültig‘, obwohl die Nummer vom Finanzamt stammt."],
        ["für die Lohnabrechnung ", NG(c.pick(["März", "April", "Oktober"]) + " " + str(c.rng.choice([2024, 2025])), "period"), " fehlen noch Angaben, die ich Ihnen hiermit schicke."]]))
    d.table([("Name", [c.name(emp, "form")]), ("Geburtsdatum", [c.dob(born)]), ("Steuer-ID", [P(gen_de_steuerid(c.rng), "national_id", "de_steuerid")]),
             ("Anschrift", [c.addr(emp, multi=False)]), ("IBAN", [c.iban("DE")]), ("Personalnummer", [c.custno()]),
             ("Eintritt", [c.date()])])
    d.p(c.pick([["Die Software-Version ist ", c.version(), "."], ["Vielen Dank vorab."]]))
    c.sign_customer(r, ["company"])


def de_team(c):
    d, r = c.d, c.req
    d.p(c.hello_support())
    d.p(c.pick([["anbei wie besprochen unsere Ansprechpartner für das Projekt:"],
                ["bitte hinterlegen Sie folgende Kontakte für unseren Account ", c.custno(), ":"]]))
    rows = []
    for _ in range(c.rng.randint(2, 4)):
        p = c.person(domain=c.pick(COMPANIES["DE"])[1])
        if c.chance(0.4):
            mail = P(p.email.replace("@", c.pick(["(at)", " (at) ", "[at]"])), "email", "obfuscated")
        else:
            mail = c.email(p)
        rows.append([c.name(p, "list"), " (", c.job(), "), ", mail, ", Tel. ", c.phone(p)])
    d.ul(rows)
    d.p(c.pick([["Rechnungen bitte weiterhin an mich."], ["Herr ", c.name(c.person(gender="m")), " ist nicht mehr im Unternehmen."]]))
    c.sign_customer(r, ["company", "phone"])


def de_kreditkarte(c):
    d, r = c.d, c.req
    d.p(c.hello_support())
    d.p(c.pick([
        ["meine Bestellung ", c.order(), " wurde doppelt von meiner Kreditkarte abgebucht (", c.price(), ")."],
        ["ich möchte die hinterlegte Kreditkarte ändern, die alte ist abgelaufen."]]))
    d.p(c.pick([["Neue Karte: ", c.card(), ", gültig bis ", NG("%02d/%d" % (c.rng.randint(1, 12), c.rng.randint(2026, 2030)), "card_expiry")],
                ["Kartennummer: ", c.card(), " (Karteninhaber: ", c.name(r), ")"],
                ["Abgebucht wurde von ", c.card(), ", Buchungsreferenz ", c.luhnbad(), "."]]))
    d.p(c.pick([["Bitte um kurze Rückmeldung."], ["Erreichbar bin ich unter ", c.phone(r), "."]]))
    c.sign_customer(r)


def de_lieferung(c):
    """Mostly negatives."""
    d, r = c.d, c.req
    d.p(c.hello_support())
    d.p(c.pick([
        ["meine Sendung ", c.tracking(), " hängt seit ", c.date(), " im Paketzentrum ", c.city(), " fest."],
        ["die Bestellung ", c.order(), " (Artikel ", c.sku(), ", ", c.price(), ") ist laut DHL zugestellt, aber nicht angekommen."]]))
    d.p(["Rechnungsnummer: ", c.invoice(), ", Kundennummer: ", c.custno(), "."])
    d.lines([c.closing_word()], [P(r.first, "person_name", "signature")])


# --------------------------------------------------------------------------
# Spanish scenarios
# --------------------------------------------------------------------------

def es_domiciliacion(c):
    d, r = c.d, c.req
    d.p(c.hello_support())
    d.p(c.pick([
        ["Os escribo para cambiar la cuenta de domiciliación de mis recibos."],
        ["Me han devuelto el recibo de la factura ", c.invoice(), " y quiero domiciliarlo en otra cuenta."],
        ["Necesito actualizar los datos bancarios del contrato ", NG("CT-%d" % c.rng.randint(100000, 999999), "contract_number"), "."]]))
    ident = P(gen_es_dni(c.rng), "national_id", "es_dni") if c.chance(0.7) else P(gen_es_nie(c.rng), "national_id", "es_nie")
    d.lines(["Titular: ", c.name(r, "form")], ["DNI/NIE: ", ident], ["Nuevo IBAN: ", c.iban("ES")])
    d.p(c.pick([["La cuenta anterior (", c.iban("ES"), ") ya está cancelada."],
                ["Mi teléfono de contacto es el ", c.phone(r), "."],
                ["Importe del recibo devuelto: ", c.price(), "."]]))
    c.sign_customer(r, c.rng.sample(["addr", "phone"], c.rng.randint(0, 2)))


def es_mudanza(c):
    d, r = c.d, c.req
    d.p(c.hello_support())
    d.p(c.pick([["Me mudo el ", c.date(), " y quiero que el suministro pase a la nueva vivienda."],
                ["Hemos cambiado de domicilio y las facturas siguen llegando a la dirección antigua."]]))
    d.p(["Dirección antigua: ", c.addr(r, multi=False)])
    d.p(["Dirección nueva:"])
    d.p([c.addr(c.person(), multi=True)])
    nie = P(gen_es_nie(c.rng), "national_id", "es_nie") if r.origin not in ("es",) else P(gen_es_dni(c.rng), "national_id", "es_dni")
    d.p(c.pick([["Mi documento es ", nie, "."], ["NIE/DNI del titular: ", nie], ["Podéis llamarme al ", c.phone(r), "."]]))
    c.sign_customer(r)


def es_acceso(c):
    d, r = c.d, c.req
    d.p(c.hello_support())
    ip = c.ip(v6=c.chance(0.3))
    d.p(c.pick([
        ["No puedo entrar en mi cuenta desde ayer. Me llegó un aviso de inicio de sesión desde la IP ", ip, " y no he sido yo."],
        ["La aplicación (", c.version(), ") me dice que la contraseña es incorrecta, pero la acabo de cambiar."],
        ["Alguien ha accedido a mi cuenta desde ", ip, " el ", c.date(), "."]]))
    d.p(c.pick([["Os dejo la que tenía, por si sirve. Contraseña: ", c.secret("password")],
                ["Contraseña: ", c.secret("password"), " (ya sé que no debería enviarla por correo)"],
                ["He probado con la contraseña: ", c.secret("password"), " y nada."]]))
    d.p(c.pick([["El enlace para restablecerla da error: ", LK(url_token(c, "reset"), "url_token")],
                ["He pulsado en ", LK(url_token(c, "reset"), "url_token", "Restablecer contraseña"), " pero caduca enseguida."],
                ["Mi usuario es ", c.email(r), "."]]))
    c.sign_customer(r, ["phone"] if c.chance(0.4) else [])


def es_alta(c):
    d, r = c.d, c.req
    emp = c.person()
    born = rand_date(c.rng, 1962, 2005)
    d.p([c.pick(["Formulario de alta de empleado", "Alta de trabajador – datos personales", "Nuevo empleado (formulario web)"])])
    ident = P(gen_es_nie(c.rng), "national_id", "es_nie") if emp.origin != "es" else P(gen_es_dni(c.rng), "national_id", "es_dni")
    d.table([("Nombre y apellidos", [c.name(emp, "form")]), ("DNI / NIE", [ident]), ("Fecha de nacimiento", [c.dob(born)]),
             ("Domicilio", [c.addr(emp, multi=False)]), ("Teléfono", [c.phone(emp)]), ("Correo electrónico", [c.email(emp)]),
             ("IBAN para nómina", [c.iban("ES")]), ("Fecha de alta", [c.date()]), ("Puesto", [c.job()])])
    d.p(["Enviado por ", c.name(r), " (", c.email(r), ") el ", c.ts(), "."])


def es_cobro(c):
    d, r = c.d, c.req
    d.p(c.hello_support())
    d.p(c.pick([
        ["Me habéis cobrado dos veces el pedido ", c.order(), " (", c.price(), ")."],
        ["En el extracto de la tarjeta aparecen dos cargos iguales de ", c.price(), " del día ", c.date(), "."]]))
    d.p(c.pick([["La tarjeta es la ", c.card(), "."], ["Tarjeta: ", c.card(), ", referencia del cargo ", c.luhnbad(), "."],
                ["Pagué con ", c.card(), " a nombre de ", c.name(r), "."]]))
    d.p(c.pick([["Espero la devolución lo antes posible."], ["Mi móvil: ", c.phone(r)], ["Nº de factura ", c.invoice(), "."]]))
    c.sign_customer(r)


def es_tecnico(c):
    d, r = c.d, c.req
    d.p(c.hello_support())
    d.p(c.pick([["Desde la actualización a ", c.version(), " la sincronización falla con un 401. Os paso la petición que hacemos:"],
                ["La API nos devuelve error desde ", c.ts(), ". Ejemplo de llamada:"]]))
    d.pre(curl_block(c))
    if c.chance(0.5):
        d.p(["Y nuestra configuración:"])
        d.pre(env_block(c, c.rng.randint(3, 5)))
    d.p(c.pick([["El servidor sale a internet por ", c.ip(), "."], ["Commit desplegado: ", c.sha(), "."],
                ["Si queréis llamarme: ", c.phone(r), "."]]))
    c.sign_customer(r, ["company"] if c.chance(0.5) else [])


# --------------------------------------------------------------------------
# web forms and chats (all languages)
# --------------------------------------------------------------------------

FORM_LABELS = {
    "en": ("Name", "Email", "Phone", "Order number", "Category", "Message", "Browser"),
    "sv": ("Namn", "E-post", "Telefon", "Ordernummer", "Kategori", "Meddelande", "Webbläsare"),
    "de": ("Name", "E-Mail", "Telefon", "Bestellnummer", "Kategorie", "Nachricht", "Browser"),
    "es": ("Nombre", "Correo electrónico", "Teléfono", "Número de pedido", "Categoría", "Mensaje", "Navegador"),
}

FORM_MSGS = {
    "en": [lambda c: ["The invoice shows the wrong company name, please fix before ", c.date(), "."],
           lambda c: ["Can't upload attachments larger than 2 MB since version ", c.version(), "."],
           lambda c: ["Please call me back about my contract, best time after 4pm on ", c.phone(c.req), "."],
           lambda c: ["I was born on ", c.dob(rand_date(c.rng, 1950, 2004)), " but your system shows a different date, so the age check fails."],
           lambda c: ["You charged my card ", c.card(), " after I cancelled. Please refund."]],
    "sv": [lambda c: ["Fakturan har fel adress, den ska till ", c.addr(c.req, multi=False), "."],
           lambda c: ["Appen kraschar när jag öppnar kvitton (", c.build(), ")."],
           lambda c: ["Jag är född ", c.dob(rand_date(c.rng, 1950, 2004)), " men ni har registrerat fel år, så jag får inte seniorrabatt."],
           lambda c: ["Ring mig gärna efter kl. 16."],
           lambda c: ["Ni har dragit pengar från kortet ", c.card(), " fast jag sagt upp abonnemanget."]],
    "de": [lambda c: ["Die Rechnung ", c.invoice(), " ist doppelt gekommen."],
           lambda c: ["Mein Geburtsdatum (", c.dob(rand_date(c.rng, 1950, 2004)), ") ist im Kundenkonto falsch hinterlegt."],
           lambda c: ["Bitte um Rückruf unter ", c.phone(c.req), "."],
           lambda c: ["Seit Version ", c.version(), " kann ich keine PDFs mehr exportieren."],
           lambda c: ["Trotz Kündigung wurde meine Karte ", c.card(), " belastet."]],
    "es": [lambda c: ["La factura ", c.invoice(), " tiene un importe incorrecto."],
           lambda c: ["Mi fecha de nacimiento es ", c.dob(rand_date(c.rng, 1950, 2004)), " y en la ficha aparece otra."],
           lambda c: ["Llamadme al ", c.phone(c.req), " por la tarde, por favor."],
           lambda c: ["Desde la versión ", c.version(), " no funciona el inicio de sesión."],
           lambda c: ["Me habéis cargado en la tarjeta ", c.card(), " después de darme de baja."]],
}


def webform(c):
    d, r = c.d, c.req
    L = FORM_LABELS[c.lang]
    head = {"en": ["New submission from Contact us", "Web form: Support request", "Portal ticket"],
            "sv": ["Nytt ärende via kontaktformuläret", "Webbformulär: Support"],
            "de": ["Neue Anfrage über das Kontaktformular", "Webformular: Support-Anfrage"],
            "es": ["Nueva solicitud desde el formulario de contacto", "Formulario web: Soporte"]}[c.lang]
    d.p([c.pick(head)])
    rows = [(L[0], [c.name(r, "form")]), (L[1], [c.email(r)])]
    if c.chance(0.7):
        rows.append((L[2], [c.phone(r)]))
    if c.chance(0.6):
        rows.append((L[3], [c.order()]))
    rows.append((L[4], [c.pick({"en": ["Billing", "Technical", "Account"], "sv": ["Faktura", "Teknik", "Konto"],
                                "de": ["Abrechnung", "Technik", "Konto"], "es": ["Facturación", "Técnico", "Cuenta"]}[c.lang])]))
    if c.chance(0.4):
        rows.append(({"en": "Product", "sv": "Produkt", "de": "Artikel", "es": "Producto"}[c.lang], [c.sku()]))
    rows.append((L[6], c.browser()))
    rows.append((L[5], c.pick(FORM_MSGS[c.lang])(c)))
    if c.chance(0.4):
        rows.append(("IP", [c.ip(v6=c.chance(0.2))]))
    d.table(rows)


CHAT_LINES = {
    "en": {
        "open": ["hi, I need help with my order", "hello? anyone there", "hi I have a billing question", "Hi, my account got locked"],
        "ask": ["Sure, can I get the email on the account?", "Happy to help! Could you confirm your email address?",
                "No worries – what's the email you signed up with?"],
        "verify": ["Thanks. And the phone number on file?", "Great, and can you confirm your postcode or full address?",
                   "Thanks! Could you also confirm your date of birth for verification?"],
        "end": ["All sorted, anything else?", "Done – you'll get a confirmation shortly.", "Thanks for your patience, have a good day!"],
        "bye": ["no that's all thanks", "perfect thanks", "great, cheers"],
        "hdr": ("Chat transcript", "Started", "Visitor", "Agent", "Browser"),
        "born": "it's ",
    },
    "sv": {
        "open": ["hej, jag behöver hjälp med min beställning", "hallå? är det någon där", "hej har en fråga om fakturan"],
        "ask": ["Absolut! Vilken e-postadress är kontot registrerat på?", "Hej! Kan du bekräfta din mejladress?"],
        "verify": ["Tack. Och telefonnumret?", "Toppen, kan du bekräfta adressen också?", "Tack! Vilket är ditt födelsedatum?"],
        "end": ["Nu är det fixat. Något mer?", "Klart! Du får en bekräftelse strax."],
        "bye": ["nej det var allt, tack", "tack så mycket!"],
        "hdr": ("Chattlogg", "Startad", "Besökare", "Handläggare", "Webbläsare"),
        "born": "",
    },
    "de": {
        "open": ["hallo, ich habe ein Problem mit meiner Bestellung", "Hallo? Ist jemand da?", "Guten Tag, Frage zur Rechnung"],
        "ask": ["Gerne! Unter welcher E-Mail-Adresse ist das Konto angelegt?", "Hallo! Können Sie mir Ihre E-Mail-Adresse nennen?"],
        "verify": ["Danke. Und Ihre Telefonnummer?", "Prima, können Sie noch Ihre Anschrift bestätigen?", "Danke! Wie lautet Ihr Geburtsdatum?"],
        "end": ["Erledigt. Kann ich sonst noch helfen?", "Ist geändert, Sie erhalten gleich eine Bestätigung."],
        "bye": ["nein danke, das wars", "super, danke!"],
        "hdr": ("Chatprotokoll", "Beginn", "Besucher", "Mitarbeiter", "Browser"),
        "born": "",
    },
    "es": {
        "open": ["hola, tengo un problema con mi pedido", "¿hola? ¿hay alguien?", "buenas, una duda con la factura"],
        "ask": ["¡Claro! ¿Con qué correo está registrada la cuenta?", "Hola, ¿me confirmas tu correo electrónico?"],
        "verify": ["Gracias. ¿Y el teléfono?", "Perfecto, ¿me confirmas también la dirección?", "Gracias. ¿Cuál es tu fecha de nacimiento?"],
        "end": ["Listo. ¿Algo más?", "Hecho, te llegará una confirmación."],
        "bye": ["no, nada más, gracias", "genial, gracias"],
        "hdr": ("Transcripción del chat", "Inicio", "Visitante", "Agente", "Navegador"),
        "born": "",
    },
}


def chat(c):
    d, r = c.d, c.req
    T = CHAT_LINES[c.lang]
    a = c.agent
    roles = {"en": ("Customer", "Agent"), "sv": ("Kund", "Handläggare"), "de": ("Kunde", "Agent"), "es": ("Cliente", "Agente")}[c.lang]
    if c.chance(0.35):
        agent_seg, cust_seg = (lambda: roles[1]), (lambda: roles[0])
    else:
        agent_seg = (lambda: P(a.first, "person_name", "chat_agent")) if c.chance(0.35) else (lambda: P(a.full, "person_name", "chat_agent"))
        cust_seg = (lambda: P(r.full, "person_name", "chat_visitor"))
    w = c.when()
    hdr = T["hdr"]
    d.lines([RAW("<b>%s</b>" % hdr[0], hdr[0])],
            ["%s: " % hdr[1], NG(w.strftime("%Y-%m-%d %H:%M:%S"), "timestamp")],
            ["%s: " % hdr[2], P(r.full, "person_name", "chat_visitor"), " (", c.email(r), ")"],
            ["IP: ", c.ip(v6=c.chance(0.25))],
            ["%s: " % hdr[4]] + c.browser())
    t = [w]

    def stamp():
        t[0] = t[0] + dt.timedelta(seconds=c.rng.randint(8, 120))
        return NG(t[0].strftime("%H:%M:%S"), "timestamp")

    born = rand_date(c.rng, 1950, 2004)
    verify = c.rng.randint(0, 2)
    if verify == 0:
        ans = [c.phone(r)]
    elif verify == 1:
        ans = [c.addr(r, multi=False)]
    else:
        ans = [T["born"], c.dob(born)]
    extra = c.pick([
        [c.pick({"en": ["the order is ", "order no "], "sv": ["ordern är ", "ordernr "], "de": ["Bestellung ", "Bestellnr. "],
                 "es": ["el pedido es el ", "pedido "]}[c.lang]), c.order()],
        [c.pick({"en": ["card was ", "I paid with "], "sv": ["kortet var ", "betalade med "], "de": ["Karte war ", "bezahlt mit "],
                 "es": ["la tarjeta era la ", "pagué con "]}[c.lang]), c.card()],
        [c.pick({"en": ["tracking says "], "sv": ["spårningen: "], "de": ["Sendungsnummer "], "es": ["seguimiento: "]}[c.lang]), c.tracking()]])
    turns = [(cust_seg, [c.pick(T["open"])]), (agent_seg, [c.pick(T["ask"])]), (cust_seg, [c.email(r)]),
             (agent_seg, [T["verify"][verify]]), (cust_seg, ans), (cust_seg, extra),
             (agent_seg, [c.pick(T["end"])]), (cust_seg, [c.pick(T["bye"])])]
    for who, segs in turns:
        d.lines(["[", stamp(), "] ", who(), ": "] + segs, gap=False)
    if not d.html:
        d.o.add("\n")


# --------------------------------------------------------------------------
# agent replies, forwards, follow-ups
# --------------------------------------------------------------------------

AGENT_TEXT = {
    "en": [lambda c: ["Thanks for getting in touch. I've had a look at ticket ", c.ticket(), " and passed the details on to our billing team – you should hear back within 2–3 business days."],
           lambda c: ["Sorry for the trouble. For your security I've removed the card details from our records – please never send full card numbers by email."],
           lambda c: ["I can confirm the change has been made on our side; it applies from the next billing run on ", c.date(), "."],
           lambda c: ["Our engineers shipped a fix in ", c.version(), ". Could you update and let me know if it still happens?"],
           lambda c: ["Could you confirm the postcode on the account and the last four digits of the card only? Then I can go ahead."]],
    "sv": [lambda c: ["Tack för att du hörde av dig! Jag har tittat på ärende ", c.ticket(), " och skickat det vidare till ekonomi."],
           lambda c: ["Av säkerhetsskäl har jag tagit bort kortuppgifterna ur ärendet – skicka aldrig hela kortnummer via mejl."],
           lambda c: ["Ändringen är gjord och gäller från och med ", c.date(), "."],
           lambda c: ["Kan du bekräfta ditt kundnummer så tittar vi vidare? Jag ser två konton med samma namn."]],
    "de": [lambda c: ["vielen Dank für Ihre Nachricht. Ich habe Ihr Anliegen unter der Vorgangsnummer ", c.ticket(), " an die Buchhaltung weitergegeben."],
           lambda c: ["aus Sicherheitsgründen habe ich die Kartendaten aus dem Verlauf entfernt."],
           lambda c: ["die Änderung ist hinterlegt und greift ab dem ", c.date(), "."],
           lambda c: ["mit Version ", c.version(), " sollte das Problem behoben sein. Bitte geben Sie mir kurz Bescheid."]],
    "es": [lambda c: ["Gracias por contactar con nosotros. He revisado la incidencia ", c.ticket(), " y la he trasladado al departamento de facturación."],
           lambda c: ["Por seguridad hemos eliminado los datos de la tarjeta de la conversación."],
           lambda c: ["El cambio ya está aplicado y será efectivo a partir del ", c.date(), "."],
           lambda c: ["¿Podrías confirmarnos el código postal de la cuenta? Así lo terminamos de revisar."]],
}

FOLLOWUP_TEXT = {
    "en": [["Thanks for the quick reply!"], ["Sorry, I forgot to include this in my first message."], ["As requested, details below."]],
    "sv": [["Tack för snabbt svar!"], ["Förlåt, glömde skicka med det här."], ["Här kommer uppgifterna ni bad om."]],
    "de": [["danke für die schnelle Antwort!"], ["anbei die fehlenden Angaben."], ["wie gewünscht die Details:"]],
    "es": [["¡Gracias por la respuesta!"], ["Perdón, se me olvidó incluir esto."], ["Os paso los datos que me pedíais."]],
}


SUBJECTS = {
    "en_double_charge": ["Charged twice", "Duplicate payment", "Refund request"], "en_locked_out": ["Can't log in", "Suspicious login", "Account locked"],
    "en_dev_config": ["API 401 after key rotation", "Webhook failing", "Integration broken"], "en_delivery": ["Change delivery address", "Parcel redirect"],
    "en_clinic": ["Booking portal error", "Patient record not found"], "en_team_list": ["New users", "Contact list update"],
    "en_security_leak": ["URGENT: revoke keys", "Leaked credentials"], "en_obfuscated": ["Contact details", "Refund still pending"],
    "en_sar": ["Subject access request", "Data request"], "en_log_paste": ["Blocked by WAF", "Failed logins"],
    "en_tenant": ["Rental application", "Application details"], "en_ooo": ["Automatic reply", "Out of office"],
    "en_payroll_bank": ["Bank details change", "Payroll - new account"], "en_version_question": ["Upgrade question", "Report totals doubled"],
    "en_returns": ["Return request", "Faulty item"],
    "sv_faktura": ["Fråga om faktura", "Dubbeldebitering"], "sv_flytt": ["Adressändring", "Flytt"], "sv_login": ["Kan inte logga in", "Inloggning"],
    "sv_anstalld": ["Samordningsnummer", "Ny medarbetare"], "sv_teknik": ["Exporten misslyckas", "API-fel 401"], "sv_foralder": ["Mitt barns konto"],
    "sv_kort": ["Kortbetalning", "Dubbel dragning"], "sv_retur": ["Retur", "Reklamation"],
    "de_sepa": ["Änderung Bankverbindung", "SEPA-Mandat"], "de_technik": ["Fehler beim Import", "SMTP-Versand"],
    "de_lohn": ["Steuer-ID ungültig", "Lohnabrechnung"], "de_team": ["Ansprechpartner", "Kontakte"],
    "de_kreditkarte": ["Kreditkarte ändern", "Doppelte Abbuchung"], "de_lieferung": ["Sendung hängt fest", "Lieferung fehlt"],
    "es_domiciliacion": ["Cambio de cuenta", "Recibo devuelto"], "es_mudanza": ["Cambio de domicilio"], "es_acceso": ["No puedo acceder", "Acceso a la cuenta"],
    "es_cobro": ["Cobro duplicado"], "es_tecnico": ["Error 401 en la API"], "es_devolucion": ["Devolución", "Producto defectuoso"],
}


def subj(c, scen=None):
    opts = SUBJECTS.get(scen) or {"en": ["Help please", "Question"], "sv": ["Fråga"], "de": ["Anfrage"], "es": ["Consulta"]}[c.lang]
    return [c.pick(opts), " ", c.ticket() if c.chance(0.4) else ""]


def en_returns(c):
    d, r = c.d, c.req
    d.p(c.hello_support())
    d.p(c.pick([
        ["The ", c.pick(["kettle", "desk lamp", "headset", "router", "blender"]), " I ordered (", c.sku(), ", ", c.price(), ") arrived with a cracked base. Order ", c.order(), "."],
        ["I'd like to send back item ", c.sku(), " from order ", c.order(), " – wrong size."]]))
    d.p(c.pick([
        ["The gift card you sent as an apology (", c.luhnbad(), ") gets declined at checkout, by the way."],
        ["Courier tracking for the original delivery was ", c.tracking(), "."],
        ["Your returns portal says 'RMA not found' for ", NG("RMA-%d" % c.rng.randint(100000, 999999), "rma_number"), "."]]))
    d.p(["Please arrange a pickup from:"])
    d.p([c.addr(r, multi=True)])
    d.p(c.pick([["Weekdays after 5 or any time on the weekend. The nearest depot is in ", c.city(), " if that's easier."],
                ["Call ", c.phone(r), " before coming, the buzzer is broken."]]))
    c.sign_customer(r)


def sv_retur(c):
    d, r = c.d, c.req
    d.p(c.hello_support())
    d.p(c.pick([
        ["Jag vill returnera artikel ", c.sku(), " (ordernr ", c.order(), "). Den var trasig vid leverans."],
        ["Reklamation: produkten ", c.sku(), " som kostade ", c.price(), " slutade fungera efter två veckor."]]))
    d.p(c.pick([
        ["Presentkortet ni skickade som kompensation, ", c.luhnbad(), ", fungerar inte i kassan."],
        ["Spårningsnumret på returen är ", c.tracking(), "."],
        ["Närmaste ombud är i ", c.city(), "."]]))
    d.p(["Hämtningsadress: ", c.addr(r, multi=False)])
    c.sign_customer(r, ["phone"] if c.chance(0.5) else [])


def es_devolucion(c):
    d, r = c.d, c.req
    d.p(c.hello_support())
    d.p(c.pick([
        ["Quiero devolver el artículo ", c.sku(), " del pedido ", c.order(), " (", c.price(), "); llegó con la caja rota."],
        ["El producto ", c.sku(), " ha dejado de funcionar y sigue en garantía."]]))
    d.p(c.pick([
        ["El número de seguimiento del envío era ", c.tracking(), "."],
        ["La tarjeta regalo que me mandasteis (", c.luhnbad(), ") no funciona."],
        ["La oficina de Correos más cercana está en ", c.city(), "."]]))
    d.p(["Pueden recogerlo en:"])
    d.p([c.addr(r, multi=True)])
    c.sign_customer(r, ["phone"])


SCEN = {
    "en": [(en_double_charge, 3, "email"), (en_locked_out, 3, "email"), (en_onboarding_form, 3, "form"), (en_dev_config, 2, "email"),
           (en_delivery, 2, "email"), (en_clinic, 3, "email"), (en_team_list, 2, "email"), (en_security_leak, 2, "email"),
           (en_obfuscated, 2, "email"), (en_sar, 2, "email"), (en_log_paste, 2, "email"), (en_tenant, 2, "email"),
           (en_ooo, 1, "email"), (en_payroll_bank, 2, "email"), (en_internal_note, 1, "note"), (en_version_question, 1, "email"), (en_returns, 2, "email"),
           (webform, 2, "form"), (chat, 2, "chat")],
    "sv": [(sv_faktura, 3, "email"), (sv_flytt, 2, "email"), (sv_login, 2, "email"), (sv_anstalld, 2, "email"), (sv_teknik, 2, "email"),
           (sv_foralder, 1, "email"), (sv_kort, 2, "email"), (sv_retur, 1, "email"), (webform, 2, "form"), (chat, 2, "chat")],
    "de": [(de_sepa, 3, "email"), (de_kuendigung, 2, "letter"), (de_technik, 2, "email"), (de_lohn, 3, "email"), (de_team, 2, "email"),
           (de_kreditkarte, 2, "email"), (de_lieferung, 1, "email"), (webform, 2, "form"), (chat, 2, "chat")],
    "es": [(es_domiciliacion, 3, "email"), (es_mudanza, 2, "email"), (es_acceso, 2, "email"), (es_alta, 2, "form"), (es_cobro, 2, "email"),
           (es_tecnico, 2, "email"), (es_devolucion, 1, "email"), (webform, 2, "form"), (chat, 2, "chat")],
}


FWD_TEXT = {
    "en": [lambda c, p: ["FYI – see below from ", c.name(p), ". Can someone pick this up?"],
           lambda c, p: ["Forwarding on behalf of my colleague ", c.name(p), ", who doesn't have a login for the portal."],
           lambda c, p: ["Please see the email below. I'm the account owner, so feel free to reply to me."]],
    "sv": [lambda c, p: ["Vidarebefordrar från min kollega ", c.name(p), ". Kan ni hjälpa till?"],
           lambda c, p: ["Se nedan – skickar vidare eftersom det är jag som är kontoansvarig."]],
    "de": [lambda c, p: ["anbei die Nachricht von ", c.name(p), " zur Bearbeitung."],
           lambda c, p: ["ich leite Ihnen die untenstehende E-Mail weiter, da ich der Ansprechpartner für den Vertrag bin."]],
    "es": [lambda c, p: ["Os reenvío el correo de ", c.name(p), ", que no tiene acceso al portal."],
           lambda c, p: ["Reenvío lo de abajo, ¿podéis revisarlo? Soy el titular de la cuenta."]],
}


def html_open(d):
    if d.style == "mso":
        lang = d.rng.choice(["EN-GB", "SV", "DE", "ES", "EN-US"])
        d.raw('<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
              '<style><!--p.MsoNormal{margin:0cm;font-size:11.0pt;font-family:"Calibri",sans-serif;}--></style></head>'
              '<body lang="%s" link="#0563C1" vlink="#954F72"><div class="WordSection1">' % lang, "")
        return "</div></body></html>"
    k = d.rng.randint(0, 3)
    if k == 0:
        d.raw('<div dir="ltr">', "")
        return "</div>"
    if k == 1:
        d.raw('<div style="font-family:-apple-system,BlinkMacSystemFont,Segoe UI,sans-serif;font-size:14px">', "")
        return "</div>"
    return ""


def make_ticket(seed, i):
    rng = random.Random("heldout:%s:%d" % (seed, i))
    lang = rng.choices(["en", "sv", "de", "es"], [40, 20, 20, 20])[0]
    country = rng.choice(["AU", "UK", "US"]) if lang == "en" else LANG_COUNTRY[lang]
    is_html = rng.random() < 0.42
    c = Ctx(rng, lang, country, is_html)
    fns = SCEN[lang]
    fn, _, kind = rng.choices(fns, [w for _, w, _ in fns])[0]
    c.req = Person(rng, country)
    d = c.d
    close = html_open(d) if is_html else ""
    wrap = "none"
    if kind == "email":
        wrap = rng.choices(["none", "reply", "forward", "followup"], [55, 20, 12, 13])[0]
    style = rng.choice(["gmail", "outlook"])
    if wrap == "none":
        fn(c)
    elif wrap == "reply":
        d.p(c.hello_person(c.req))
        d.p(c.pick(AGENT_TEXT[lang])(c))
        c.sign_agent(short=c.chance(0.3))
        c.quote(style, c.req, lambda: fn(c), subject=subj(c, fn.__name__), to=c.agent if c.chance(0.3) else None)
    elif wrap == "forward":
        fwd = c.req
        inner = Person(rng, country)
        d.p(c.hello_support())
        d.p(c.pick(FWD_TEXT[lang])(c, inner))
        c.sign_customer(fwd, ["phone"] if c.chance(0.3) else [])
        c.req = inner
        if d.html:
            d.raw('<div class="gmail_quote">', "")
        c.forward_header(inner, c.when(), subj(c, fn.__name__))
        fn(c)
        if d.html:
            d.raw("</div>", "")
        c.req = fwd
    else:
        fn(c)
        r = c.req

        def agent_msg():
            d.p(c.hello_person(r))
            d.p(c.pick(AGENT_TEXT[lang])(c))
            c.sign_agent(short=c.chance(0.4))
        c.quote(style, c.agent, agent_msg, subject=subj(c, fn.__name__), to=r if c.chance(0.5) else None)
    if is_html:
        d.raw(close, "")
    text = d.o.text()
    if not is_html:
        text = text.rstrip() + "\n"
    else:
        text = text.rstrip("\n")
    assert all(e <= len(text) for _, e, _, _ in d.o.labels)
    # char offsets -> UTF-8 byte offsets
    cum = [0]
    for ch in text:
        cum.append(cum[-1] + len(ch.encode("utf-8")))
    labels = []
    for s, e, cat, sub in sorted(d.o.labels):
        lab = {"start": cum[s], "end": cum[e], "category": cat}
        if sub:
            lab["subtype"] = sub
        lab["text"] = text[s:e]
        labels.append(lab)
    negs = [{"start": cum[s], "end": cum[e], "kind": k, "text": text[s:e]} for s, e, k in sorted(d.o.negs)]
    doc = {"id": "ho%05d" % i, "content_type": "text/html" if is_html else "text/plain", "text": text}
    r = c.req
    if rng.random() < 0.5:
        known = {"name": r.full}
        if rng.random() < 0.8:
            known["email"] = r.email
        if rng.random() < 0.3:
            known["phone"] = rng.choice([r.phone.e164, r.phone.formats[0], r.phone.formats[-1]])
        if rng.random() < 0.12:
            known["emails"] = [email_for(rng, r.first, r.last, rng.choice(MAIL_DOMAINS[country]))]
        doc["known"] = known
    doc["labels"] = labels
    doc["negatives"] = negs
    return doc, {"lang": lang, "country": country, "scenario": fn.__name__, "wrapper": wrap}


def generate(seed, count):
    out = []
    for i in range(count):
        doc, _ = make_ticket(seed, i)
        out.append(json.dumps(doc, ensure_ascii=False, separators=(",", ":")))
    return "\n".join(out) + "\n"


# --------------------------------------------------------------------------
# --check: independent validation of every span
# --------------------------------------------------------------------------

def visible(s, is_html):
    if not is_html:
        return s
    s = re.sub(r"(?i)<br\s*/?>", "\n", s)
    s = re.sub(r"<[^>]*>", "", s)
    return html.unescape(s).replace("\xa0", " ")


BIRTH_CUES = ["födelse", "born", "dob", "d.o.b", "birth", "född", "f. ", "geb.", "geboren", "geburtsdatum", "nacimiento", "nacido", "nacida"]
ID_CHECK = {"se_personnummer": lambda v: se_pnr_ok(v) and int(re.sub(r"\D", "", v)[-6:-4]) <= 31,
            "se_samordningsnummer": lambda v: se_pnr_ok(v) and int(re.sub(r"\D", "", v)[-6:-4]) > 60,
            "au_tfn": au_tfn_ok, "au_abn": au_abn_ok, "au_medicare": au_medicare_ok, "uk_nino": uk_nino_ok, "uk_nhs": nhs_ok,
            "es_dni": lambda v: es_dni_ok(v) and v[0].isdigit(), "es_nie": lambda v: es_dni_ok(v) and v[0] in "XYZ",
            "us_ssn": us_ssn_ok, "de_steuerid": de_steuerid_ok}
POSTCODE = {"se": r"\b\d{3} \d{2} \w", "de": r"\b\d{5} \w", "es": r"\b\d{5} \w", "uk": r"\b[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}\b",
            "au": r"\b(NSW|VIC|QLD|WA|SA|TAS|ACT|NT) \d{4}\b", "us": r", [A-Z]{2} \d{5}\b"}


def check_value(cat, sub, v, ctx_before):
    if cat == "email":
        if sub == "obfuscated":
            return bool(re.search(r"(?i)(\bat\b|\(at\)|\[at\])", v)) and "@" not in v
        return bool(re.fullmatch(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}", v))
    if cat == "phone":
        digits = re.sub(r"\D", "", v)
        return bool(re.fullmatch(r"\+?[\d ().\-/]+", v)) and 7 <= len(digits) <= 15
    if cat == "payment_card":
        dg = re.sub(r"[ -]", "", v)
        return dg.isdigit() and luhn_ok(dg) and card_brand_ok(dg)
    if cat == "iban":
        return bool(re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9 ]+", v)) and iban_ok(v)
    if cat == "national_id":
        return sub in ID_CHECK and ID_CHECK[sub](v)
    if cat == "ip_address":
        try:
            ipaddress.ip_address(v)
            return True
        except ValueError:
            return False
    if cat == "secret":
        if sub == "aws_key_id":
            return bool(re.fullmatch(r"(AKIA|ASIA)[A-Z2-7]{16}", v))
        if sub == "aws_secret":
            return bool(re.fullmatch(r"[A-Za-z0-9/+]{40}", v))
        if sub == "github":
            m = re.fullmatch(r"gh[pos]_([A-Za-z0-9]{30})([A-Za-z0-9]{6})", v)
            if m:
                return b62(zlib.crc32(m.group(1).encode()), 6) == m.group(2)
            return bool(re.fullmatch(r"github_pat_11[A-Z0-9]{20}_[A-Za-z0-9]{59}", v))
        if sub == "gitlab":
            return bool(re.fullmatch(r"glpat-[A-Za-z0-9_-]{20}", v))
        if sub == "slack":
            return bool(re.fullmatch(r"xox[bp]-\d+-\d+-[A-Za-z0-9]+", v))
        if sub == "stripe":
            return bool(re.fullmatch(r"(sk|rk)_live_[A-Za-z0-9]{24,}", v))
        if sub == "openai":
            return bool(re.fullmatch(r"sk-(proj-)?[A-Za-z0-9_-]+T3BlbkFJ[A-Za-z0-9_-]+", v))
        if sub == "jwt":
            parts = v.split(".")
            if len(parts) != 3:
                return False
            try:
                hdr = json.loads(base64.urlsafe_b64decode(parts[0] + "=" * (-len(parts[0]) % 4)))
                json.loads(base64.urlsafe_b64decode(parts[1] + "=" * (-len(parts[1]) % 4)))
            except Exception:
                return False
            return "alg" in hdr
        if sub == "private_key":
            m = re.fullmatch(r"-----BEGIN ([A-Z ]*PRIVATE KEY)-----\n([A-Za-z0-9+/=\n]+)\n-----END \1-----", v)
            if not m:
                return False
            try:
                base64.b64decode(m.group(2).replace("\n", ""), validate=True)
            except ValueError:
                return False
            return True
        if sub == "password":
            return bool(v) and not re.search(r"\s", v)
        if sub == "url_credentials":
            return bool(re.fullmatch(r"[a-z+]+://[^:/@\s]+:[^@\s]+@\S+", v))
        if sub == "url_token":
            return v.startswith("https://") and any(k in v for k in ("token=", "sig=", "X-Amz-Signature=", "hooks.slack.com/services/"))
        return False
    if cat == "date_of_birth":
        if not re.search(r"\b(19[3-9]\d|20[0-2]\d)\b", v):
            return False
        low = ctx_before.lower()
        return any(cue in low for cue in BIRTH_CUES) or "född" in low
    if cat == "person_name":
        return bool(re.fullmatch(r"[^\d@<>&;:/]{2,60}", v)) and v.strip() == v
    if cat == "postal_address":
        pat = POSTCODE.get(sub)
        return bool(pat and re.search(pat, v)) and bool(re.search(r"\d", v))
    return False


def name_forms(name):
    parts = name.split()
    forms = {name, parts[0], parts[-1], " ".join(parts[1:]) + ", " + parts[0]}
    for k in range(1, len(parts)):
        forms.add(" ".join(parts[:k]))
        forms.add(" ".join(parts[k:]))
        forms.add(" ".join(parts[k:]) + ", " + " ".join(parts[:k]))
    forms.update(parts)
    return {f.casefold() for f in forms}


def check(path, seed, count):
    errors = []
    raw_file = open(path, "rb").read()
    lines = raw_file.decode("utf-8").splitlines()
    ids = set()
    stats = {}
    neg_stats = {}
    html_n = 0
    for ln, line in enumerate(lines, 1):
        doc = json.loads(line)
        tid = doc.get("id")
        if tid in ids:
            errors.append("%s: duplicate id" % tid)
        ids.add(tid)
        text = doc["text"]
        raw = text.encode("utf-8")
        is_html = doc["content_type"] == "text/html"
        html_n += is_html
        spans = []
        for lab in doc["labels"]:
            s, e = lab["start"], lab["end"]
            if not (0 <= s < e <= len(raw)):
                errors.append("%s: label out of range %r" % (tid, lab))
                continue
            try:
                src = raw[s:e].decode("utf-8")
            except UnicodeDecodeError:
                errors.append("%s: label not on UTF-8 boundary %r" % (tid, lab))
                continue
            if src != lab.get("text"):
                errors.append("%s: label text mismatch %r vs %r" % (tid, src, lab.get("text")))
            if src != src.strip():
                errors.append("%s: label with surrounding whitespace %r" % (tid, src))
            v = visible(src, is_html)
            before = visible(raw[max(0, s - 260):s].decode("utf-8", "ignore"), is_html)
            if not check_value(lab["category"], lab.get("subtype"), v, before):
                errors.append("%s: invalid %s/%s value %r" % (tid, lab["category"], lab.get("subtype"), v))
            if lab["category"] == "date_of_birth" and re.search(r"\d", before[-3:] if before else ""):
                errors.append("%s: DOB glued to digits" % tid)
            spans.append((s, e, lab["category"]))
            stats[lab["category"]] = stats.get(lab["category"], 0) + 1
        spans.sort()
        for a, b in zip(spans, spans[1:]):
            if b[0] < a[1]:
                errors.append("%s: overlapping labels %r %r" % (tid, a, b))
        for n in doc["negatives"]:
            s, e = n["start"], n["end"]
            try:
                src = raw[s:e].decode("utf-8")
            except UnicodeDecodeError:
                errors.append("%s: negative not on UTF-8 boundary %r" % (tid, n))
                continue
            if src != n.get("text"):
                errors.append("%s: negative text mismatch %r vs %r" % (tid, src, n.get("text")))
            if any(s < le and ls < e for ls, le, _ in spans):
                errors.append("%s: negative overlaps a label %r" % (tid, n))
            if n["kind"] == "luhn_invalid_card":
                dg = re.sub(r"\D", "", visible(src, is_html))
                if len(dg) != 16 or luhn_ok(dg):
                    errors.append("%s: luhn_invalid_card is valid %r" % (tid, src))
            if n["kind"] == "uuid" and not re.fullmatch(r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}", src):
                errors.append("%s: bad uuid %r" % (tid, src))
            neg_stats[n["kind"]] = neg_stats.get(n["kind"], 0) + 1
        # the requester's name must be in the text
        known = doc.get("known")
        if known:
            forms = name_forms(known["name"])
            if not any(l["category"] == "person_name" and visible(l["text"], is_html).casefold() in forms for l in doc["labels"]):
                errors.append("%s: known.name %r not labelled in text" % (tid, known["name"]))

        # unlabelled look-alikes
        def covered(s, e, cats=None):
            return any(s < le and ls < e and (cats is None or c in cats) for ls, le, c in spans)

        def in_neg(s, e):
            return any(s < n["end"] and n["start"] < e for n in doc["negatives"])

        bstart = lambda ci: len(text[:ci].encode("utf-8"))
        for m in re.finditer(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}", text):
            s, e = bstart(m.start()), bstart(m.end())
            if not covered(s, e, {"email", "secret"}):
                errors.append("%s: unlabelled e-mail %r" % (tid, m.group()))
        for m in re.finditer(r"(?<![\d\w])(?:\d[ -]?){12,18}\d(?!\d)", text):
            dg = re.sub(r"\D", "", m.group())
            if 13 <= len(dg) <= 19 and luhn_ok(dg) and card_brand_ok(dg):
                s, e = bstart(m.start()), bstart(m.end())
                if not covered(s, e):
                    errors.append("%s: unlabelled card-like number %r" % (tid, m.group()))
        for m in re.finditer(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b", text):
            if iban_ok(m.group()):
                s, e = bstart(m.start()), bstart(m.end())
                if not covered(s, e):
                    errors.append("%s: unlabelled IBAN %r" % (tid, m.group()))
        for m in re.finditer(r"(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?![\d.])", text):
            if all(int(g) <= 255 for g in m.groups()):
                s, e = bstart(m.start()), bstart(m.end())
                if not covered(s, e) and not in_neg(s, e):
                    errors.append("%s: unlabelled IPv4 %r" % (tid, m.group()))
    if len(lines) != count:
        errors.append("expected %d tickets, found %d" % (count, len(lines)))
    fresh = generate(seed, count).encode("utf-8")
    if fresh != raw_file:
        errors.append("file differs from a fresh generation with seed %s, count %d" % (seed, count))
    return errors, stats, neg_stats, len(lines), html_n


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", default=DEFAULT_SEED, type=int)
    ap.add_argument("--count", default=DEFAULT_COUNT, type=int)
    ap.add_argument("--out", default=os.path.join(HERE, "corpus.jsonl"))
    ap.add_argument("--check", action="store_true", help="verify --out instead of writing it")
    args = ap.parse_args(argv)
    if args.check:
        errors, stats, negs, n, html_n = check(args.out, args.seed, args.count)
        for e in errors[:60]:
            print("ERROR", e)
        print("%s: %d tickets (%d HTML), %d labels, %d negatives" % (args.out, n, html_n, sum(stats.values()), sum(negs.values())))
        print("labels:    " + ", ".join("%s %d" % kv for kv in sorted(stats.items(), key=lambda kv: -kv[1])))
        print("negatives: " + ", ".join("%s %d" % kv for kv in sorted(negs.items(), key=lambda kv: -kv[1])))
        print("check %s (%d problems)" % ("FAILED" if errors else "passed", len(errors)))
        return 1 if errors else 0
    data = generate(args.seed, args.count)
    with open(args.out, "w", encoding="utf-8", newline="\n") as f:
        f.write(data)
    print("wrote %d tickets to %s" % (args.count, args.out))
    return 0


if __name__ == "__main__":
    sys.exit(main())
