#!/usr/bin/env python3
"""heldout7: an independent labelled corpus for the hushdesk accuracy harness.

    python3 make_corpus.py --seed 20261127 --count 400 --out corpus.jsonl
    python3 make_corpus.py --check corpus.jsonl
    python3 make_corpus.py --stats corpus.jsonl

Written only from benches/accuracy/README.md (corpus format, span
conventions) and benches/accuracy/score.py (matching rule).  Everything
else -- names, streets, vocabulary, templates, number generators and
checkers -- is written here from general knowledge.

Emphasis: structured submissions (web-form dumps, HTML tables, CSV, JSON,
YAML, .env pastes, forwarded headers), chat and call transcripts, numbers in
many national/international formats, secrets, and hard negatives.

Labels are built by construction: the text is appended piece by piece and
each labelled / negative piece records its UTF-8 byte offsets as it is
appended.  Nothing is found by searching the finished text.

Standard library only; output depends only on --seed and the ticket index
(random.Random seeded with a string, no set iteration), so it is identical
across runs and PYTHONHASHSEED values.
"""

import argparse
import base64
import calendar
import collections
import datetime
import html
import ipaddress
import json
import re
import string
import sys
import random
import urllib.parse

# ---------------------------------------------------------------------------
# check digits and number shapes
# ---------------------------------------------------------------------------


def digits_of(s):
    return "".join(c for c in s if c.isdigit())


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
    for c in "0123456789":
        if luhn_ok(partial + c):
            return partial + c
    raise AssertionError("unreachable")


def iban_numeric(s):
    return "".join(str(int(c, 36)) for c in s)


IBAN_LEN = {"SE": 24, "DE": 22, "GB": 22, "IE": 22, "ES": 24, "AT": 20, "CH": 21, "NL": 18, "FR": 27}


def iban_make(cc, bban):
    chk = 98 - int(iban_numeric(bban + cc + "00")) % 97
    return "%s%02d%s" % (cc, chk, bban)


def iban_ok(s):
    s = s.replace(" ", "").upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s):
        return False
    if IBAN_LEN.get(s[:2]) != len(s):
        return False
    if int(iban_numeric(s[4:] + s[:4])) % 97 != 1:
        return False
    if s[:2] == "ES":
        b = s[4:]
        return es_dc("00" + b[0:8]) == int(b[8]) and es_dc(b[10:20]) == int(b[9])
    if s[:2] == "FR":
        b = s[4:]
        if not b[:23].isdigit():
            return False
        return rib_key(b[0:5], b[5:10], b[10:21]) == int(b[21:23])
    return True


def es_dc(ten):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    r = 11 - sum(int(d) * w[i] for i, d in enumerate(ten)) % 11
    return {11: 0, 10: 1}.get(r, r)


def rib_key(bank, branch, account):
    return 97 - ((89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97)


def pnr_ok(s):
    """Swedish personnummer / samordningsnummer, 10 or 12 digits, '-' or '+'."""
    m = re.fullmatch(r"(\d{2})?(\d{2})(\d{2})(\d{2})([-+]?)(\d{4})", s)
    if not m:
        return False
    cent, yy, mm, dd, sep, tail = m.groups()
    day = int(dd)
    if day > 60:
        day -= 60
    if not (1 <= int(mm) <= 12 and 1 <= day <= 31):
        return False
    if cent is not None:
        try:
            datetime.date(int(cent + yy), int(mm), day)
        except ValueError:
            return False
    return luhn_ok(yy + mm + dd + tail)


def tfn_ok(s):
    d = digits_of(s)
    w = [1, 4, 3, 7, 5, 8, 6, 9, 10]
    return len(d) == 9 and sum(int(x) * w[i] for i, x in enumerate(d)) % 11 == 0


def abn_ok(s):
    d = [int(x) for x in digits_of(s)]
    if len(d) != 11 or d[0] == 0:
        return False
    d[0] -= 1
    w = [10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19]
    return sum(a * b for a, b in zip(d, w)) % 89 == 0


def medicare_ok(s):
    d = digits_of(s)
    if len(d) not in (10, 11) or d[0] not in "23456":
        return False
    w = [1, 3, 7, 9, 1, 3, 7, 9]
    return sum(int(d[i]) * w[i] for i in range(8)) % 10 == int(d[8])


NINO_FIRST = "ABCEGHJKLMNOPRSTWXYZ"
NINO_SECOND = "ABCEGHJKLMNPRSTWXYZ"
NINO_BAD = ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ")


def nino_ok(s):
    s = s.replace(" ", "").upper()
    m = re.fullmatch(r"([A-Z])([A-Z])(\d{6})([A-D])", s)
    return bool(m) and m.group(1) in NINO_FIRST and m.group(2) in NINO_SECOND and s[:2] not in NINO_BAD


def nhs_ok(s):
    d = digits_of(s)
    if len(d) != 10:
        return False
    c = 11 - sum(int(d[i]) * (10 - i) for i in range(9)) % 11
    if c == 11:
        c = 0
    return c != 10 and c == int(d[9])


DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"


def dni_ok(s):
    s = s.replace(".", "").replace("-", "").replace(" ", "").upper()
    m = re.fullmatch(r"(\d{8})([A-Z])", s)
    return bool(m) and DNI_LETTERS[int(m.group(1)) % 23] == m.group(2)


def nie_ok(s):
    s = s.replace("-", "").replace(" ", "").replace(".", "").upper()
    m = re.fullmatch(r"([XYZ])(\d{7})([A-Z])", s)
    return bool(m) and DNI_LETTERS[int("XYZ".index(m.group(1)) * 10 ** 7 + int(m.group(2))) % 23] == m.group(3)


def ssn_ok(s):
    m = re.fullmatch(r"(\d{3})[- ]?(\d{2})[- ]?(\d{4})", s)
    if not m:
        return False
    a, g, n = m.groups()
    return a not in ("000", "666") and a[0] != "9" and g != "00" and n != "0000"


def steuer_check(ten):
    product = 10
    for ch in ten:
        t = (int(ch) + product) % 10
        if t == 0:
            t = 10
        product = (t * 2) % 11
    c = 11 - product
    return 0 if c == 10 else c


def steuer_ok(s):
    d = digits_of(s)
    if len(d) != 11 or d[0] == "0" or not re.fullmatch(r"[\d ]+", s):
        return False
    counts = collections.Counter(d[:10])
    multi = [k for k, v in counts.items() if v > 1]
    if len(multi) != 1 or counts[multi[0]] not in (2, 3):
        return False
    return steuer_check(d[:10]) == int(d[10])


def ppsn_ok(s):
    s = s.replace(" ", "").upper()
    m = re.fullmatch(r"(\d{7})([A-W])([A-IW]?)", s)
    if not m:
        return False
    total = sum(int(m.group(1)[i]) * (8 - i) for i in range(7))
    if m.group(3) and m.group(3) != "W":
        total += 9 * (ord(m.group(3)) - 64)
    r = total % 23
    return m.group(2) == ("W" if r == 0 else chr(64 + r))


def ean13_check(twelve):
    t = sum(int(c) * (1 if i % 2 == 0 else 3) for i, c in enumerate(twelve))
    return (10 - t % 10) % 10


def ahv_ok(s):
    d = digits_of(s)
    return len(d) == 13 and d.startswith("756") and ean13_check(d[:12]) == int(d[12])


def isbn13_ok(s):
    d = digits_of(s)
    return len(d) == 13 and d[:3] in ("978", "979") and ean13_check(d[:12]) == int(d[12])


def s10_check(eight):
    w = [8, 6, 4, 2, 3, 5, 9, 7]
    c = 11 - sum(int(d) * w[i] for i, d in enumerate(eight)) % 11
    return {10: 0, 11: 5}.get(c, c)


def b64url(b):
    return base64.urlsafe_b64encode(b).rstrip(b"=").decode("ascii")


def b64url_decode(s):
    return base64.urlsafe_b64decode(s + "=" * (-len(s) % 4))


# ---------------------------------------------------------------------------
# random helpers (all randomness flows through a random.Random instance)
# ---------------------------------------------------------------------------


def rdig(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def ralnum(rng, n, alphabet=string.ascii_letters + string.digits):
    return "".join(rng.choice(alphabet) for _ in range(n))


def wchoice(rng, pairs):
    """pairs: list of (item, weight)"""
    tot = sum(w for _, w in pairs)
    x = rng.random() * tot
    for item, w in pairs:
        x -= w
        if x < 0:
            return item
    return pairs[-1][0]


def chance(rng, p):
    return rng.random() < p


def group(s, sizes, sep=" "):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return sep.join(x for x in out if x)


def group4(s, sep=" "):
    return sep.join(s[i:i + 4] for i in range(0, len(s), 4))


# ---------------------------------------------------------------------------
# value generators (valid by construction)
# ---------------------------------------------------------------------------

CARD_KINDS = [("visa", 30), ("mc", 18), ("mc2", 10), ("amex", 14), ("discover", 6), ("visa_compact", 0)]


def gen_card(rng, kind=None):
    kind = kind or wchoice(rng, CARD_KINDS)
    if kind == "visa":
        num = luhn_complete("4" + rdig(rng, 14))
    elif kind == "mc":
        num = luhn_complete(str(rng.randint(51, 55)) + rdig(rng, 13))
    elif kind == "mc2":
        num = luhn_complete(str(rng.randint(2221, 2720)) + rdig(rng, 11))
    elif kind == "amex":
        num = luhn_complete(rng.choice(["34", "37"]) + rdig(rng, 12))
    else:
        num = luhn_complete(rng.choice(["6011", "65" + rdig(rng, 2), "64" + str(rng.randint(4, 9)) + rdig(rng, 1)]) + rdig(rng, 11))
    if kind == "amex":
        fmt = wchoice(rng, [("465", 6), ("compact", 2), ("465dash", 1)])
        if fmt == "465":
            shown = group(num, [4, 6, 5])
        elif fmt == "465dash":
            shown = group(num, [4, 6, 5], "-")
        else:
            shown = num
    else:
        fmt = wchoice(rng, [("4444", 6), ("dash", 2), ("compact", 3)])
        shown = group4(num) if fmt == "4444" else group4(num, "-") if fmt == "dash" else num
    return shown, kind


def gen_bad_card(rng):
    base = rng.choice(["4", "5" + str(rng.randint(1, 5)), "6011"])
    base = base + rdig(rng, 15 - len(base))
    ok = luhn_complete(base)
    bad = base + str((int(ok[-1]) + rng.randint(1, 9)) % 10)
    assert not luhn_ok(bad)
    return group4(bad) if chance(rng, 0.7) else bad


def gen_iban(rng, cc):
    if cc == "SE":
        bban = rng.choice(["500", "800", "600", "300", "950", "920"]) + rdig(rng, 17)
    elif cc == "DE":
        bban = rng.choice(["37040044", "10010010", "50010517", "20041133", "70150000", "12030000", "43060967", "76050101"]) + rdig(rng, 10)
    elif cc == "GB":
        bban = rng.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "NAIA"]) + rdig(rng, 14)
    elif cc == "IE":
        bban = rng.choice(["AIBK", "BOFI", "IPBS"]) + rdig(rng, 14)
    elif cc == "ES":
        bank, branch, acct = rng.choice(["2100", "0049", "0182", "2038", "0081", "2085"]), rdig(rng, 4), rdig(rng, 10)
        bban = bank + branch + str(es_dc("00" + bank + branch)) + str(es_dc(acct)) + acct
    elif cc == "AT":
        bban = rng.choice(["12000", "20111", "32000", "14000"]) + rdig(rng, 11)
    elif cc == "CH":
        bban = rng.choice(["00762", "00230", "80808", "09000"]) + rdig(rng, 12)
    elif cc == "NL":
        bban = rng.choice(["ABNA", "INGB", "RABO"]) + rdig(rng, 10)
    elif cc == "FR":
        bank, branch, acct = rdig(rng, 5), rdig(rng, 5), rdig(rng, 11)
        bban = bank + branch + acct + "%02d" % rib_key(bank, branch, acct)
    else:
        raise ValueError(cc)
    iban = iban_make(cc, bban)
    assert iban_ok(iban), iban
    return group4(iban) if chance(rng, 0.6) else iban


def gen_pnr(rng, dob, kind="pnr"):
    """kind: pnr, pnr12, pnr_plus (over 100), samordning"""
    yy, mm, dd = dob.year % 100, dob.month, dob.day
    if kind == "samordning":
        dd += 60
    base = "%02d%02d%02d%s" % (yy, mm, dd, rdig(rng, 3))
    full = luhn_complete(base)
    tail = full[6:]
    head = "%02d%02d%02d" % (yy, mm, dd)
    if kind == "pnr_plus":
        return head + "+" + tail
    if kind == "pnr12":
        cent = "%02d" % (dob.year // 100)
        return cent + head + rng.choice(["-", "-", ""]) + tail
    if kind == "samordning" and chance(rng, 0.4):
        return "%02d" % (dob.year // 100) + head + "-" + tail
    return head + rng.choice(["-", "-", "-", ""]) + tail


def gen_tfn(rng):
    while True:
        d = rdig(rng, 8)
        w = [1, 4, 3, 7, 5, 8, 6, 9]
        s = sum(int(x) * w[i] for i, x in enumerate(d))
        last = s % 11
        if last < 10 and d[0] != "0":
            v = d + str(last)
            assert tfn_ok(v)
            return group(v, [3, 3, 3]) if chance(rng, 0.75) else v


def gen_abn(rng):
    while True:
        tail = rdig(rng, 9)
        opts = [p for p in range(10, 100) if abn_ok(str(p) + tail)]
        if opts:
            v = str(rng.choice(opts)) + tail
            return group(v, [2, 3, 3, 3]) if chance(rng, 0.8) else v


def gen_medicare(rng):
    d = str(rng.randint(2, 6)) + rdig(rng, 7)
    w = [1, 3, 7, 9, 1, 3, 7, 9]
    chk = sum(int(d[i]) * w[i] for i in range(8)) % 10
    v = d + str(chk) + str(rng.randint(1, 9))
    assert medicare_ok(v)
    return group(v, [4, 5, 1]) if chance(rng, 0.75) else v


def gen_nino(rng):
    while True:
        p = rng.choice(NINO_FIRST) + rng.choice(NINO_SECOND)
        if p not in NINO_BAD:
            break
    d = rdig(rng, 6)
    suf = rng.choice("ABCD")
    v = p + d + suf
    assert nino_ok(v)
    return "%s %s %s %s %s" % (p, d[:2], d[2:4], d[4:], suf) if chance(rng, 0.6) else v


def gen_nhs(rng):
    while True:
        d = str(rng.randint(4, 9)) + rdig(rng, 8)
        c = 11 - sum(int(d[i]) * (10 - i) for i in range(9)) % 11
        if c == 11:
            c = 0
        if c != 10:
            v = d + str(c)
            assert nhs_ok(v)
            return group(v, [3, 3, 4]) if chance(rng, 0.7) else v


def gen_dni(rng):
    n = rng.randint(10000000, 79999999)
    letter = DNI_LETTERS[n % 23]
    f = rng.random()
    if f < 0.6:
        return "%08d%s" % (n, letter)
    if f < 0.85:
        return "%08d-%s" % (n, letter)
    s = "%08d" % n
    return "%s.%s.%s-%s" % (s[:2], s[2:5], s[5:], letter)


def gen_nie(rng):
    p = rng.choice("XYZ")
    n = rng.randint(0, 9999999)
    letter = DNI_LETTERS[("XYZ".index(p) * 10 ** 7 + n) % 23]
    if chance(rng, 0.6):
        return "%s%07d%s" % (p, n, letter)
    return "%s-%07d-%s" % (p, n, letter)


def gen_ssn(rng):
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    v = "%03d-%02d-%04d" % (a, rng.randint(1, 99), rng.randint(1, 9999))
    if chance(rng, 0.15):
        v = v.replace("-", " ")
    return v


def gen_steuer(rng):
    while True:
        missing = rng.randint(0, 9)
        present = [d for d in "0123456789" if int(d) != missing]
        dup = rng.choice(present)
        ds = present + [dup]
        rng.shuffle(ds)
        if ds[0] == "0":
            continue
        ten = "".join(ds)
        v = ten + str(steuer_check(ten))
        assert steuer_ok(v), v
        return group(v, [2, 3, 3, 3]) if chance(rng, 0.45) else v


def gen_ppsn(rng):
    d = rdig(rng, 7)
    second = rng.choice(["", "", "A"])
    total = sum(int(d[i]) * (8 - i) for i in range(7)) + (9 if second == "A" else 0)
    r = total % 23
    v = d + ("W" if r == 0 else chr(64 + r)) + second
    assert ppsn_ok(v)
    return v


def gen_ahv(rng):
    twelve = "756" + rdig(rng, 9)
    v = twelve + str(ean13_check(twelve))
    return "%s.%s.%s.%s" % (v[:3], v[3:7], v[7:11], v[11:])


def gen_isbn(rng):
    twelve = "978" + rdig(rng, 9)
    v = twelve + str(ean13_check(twelve))
    g = rng.choice([1, 2])
    p = rng.randint(2, 5)
    rest = 9 - g - p
    return "%s-%s-%s-%s-%s" % (v[:3], v[3:3 + g], v[3 + g:3 + g + p], v[3 + g + p:12], v[12])


def gen_dob(rng, min_year=1941, max_year=2006):
    y = rng.randint(min_year, max_year)
    m = rng.randint(1, 12)
    d = rng.randint(1, calendar.monthrange(y, m)[1])
    return datetime.date(y, m, d)


def gen_recent_date(rng):
    y = rng.choice([2025, 2025, 2026])
    m = rng.randint(1, 12)
    d = rng.randint(1, calendar.monthrange(y, m)[1])
    return datetime.date(y, m, d)


def gen_ipv4(rng):
    f = rng.random()
    if f < 0.25:
        return rng.choice(["192.0.2.", "198.51.100.", "203.0.113."]) + str(rng.randint(1, 254))
    first = rng.choice([23, 31, 37, 46, 49, 58, 62, 77, 78, 81, 82, 85, 89, 90, 91, 94, 95, 101, 109, 110, 121, 124,
                        145, 151, 176, 178, 185, 188, 193, 194, 195, 212, 213, 217, 73, 98, 24, 68, 71, 186, 190, 200])
    return "%d.%d.%d.%d" % (first, rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254))


def gen_ipv6(rng):
    pre = rng.choice(["2001:db8", "2a02:908", "2001:9b1", "2600:1700", "2406:3400", "2a01:4f8", "2a00:23c6", "2800:810",
                      "2a02:aa1", "2003:e2"])
    groups = pre.split(":") + ["%x" % rng.randint(0, 0xffff) for _ in range(8 - len(pre.split(":")))]
    if chance(rng, 0.55):
        # compress a run of zeros in the middle
        k = rng.randint(3, 5)
        for j in range(k, 7):
            groups[j] = "0"
        s = ":".join(groups[:k]) + "::" + groups[7]
    else:
        s = ":".join(groups)
    ipaddress.IPv6Address(s)
    return s


def gen_uuid(rng):
    h = "%032x" % rng.getrandbits(128)
    h = h[:12] + "4" + h[13:16] + rng.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def gen_hex(rng, n):
    return "".join(rng.choice("0123456789abcdef") for _ in range(n))


def gen_mac(rng):
    b = ["%02x" % rng.randint(0, 255) for _ in range(6)]
    f = rng.random()
    if f < 0.45:
        return ":".join(b).upper() if chance(rng, 0.5) else ":".join(b)
    if f < 0.8:
        return "-".join(b).upper()
    return "%s%s.%s%s.%s%s" % tuple(b)


def gen_build(rng):
    return "%d.%d.%d.%d" % (rng.randint(1, 12), rng.randint(0, 9), rng.randint(0, 30), rng.randint(1, 9999))


def gen_version(rng):
    f = rng.random()
    if f < 0.5:
        return "%d.%d.%d" % (rng.randint(1, 17), rng.randint(0, 20), rng.randint(0, 40))
    if f < 0.75:
        return "v%d.%d.%d" % (rng.randint(1, 9), rng.randint(0, 30), rng.randint(0, 15))
    return "%d.%d" % (rng.randint(1, 30), rng.randint(0, 9))


def gen_tracking(rng):
    f = rng.random()
    if f < 0.3:
        return "1Z" + ralnum(rng, 6, string.ascii_uppercase + string.digits) + rdig(rng, 10)
    if f < 0.6:
        eight = rdig(rng, 8)
        return rng.choice(["RR", "RA", "LX", "UA", "CP", "JJ", "EE"]) + eight + str(s10_check(eight)) + rng.choice(["GB", "SE", "DE", "ES", "AU", "US"])
    if f < 0.8:
        return rng.choice(["9400", "9205", "9361"]) + " " + " ".join(rdig(rng, 4) for _ in range(4)) + " " + rdig(rng, 2)
    return "00340434" + rdig(rng, 12)


def gen_password(rng):
    f = rng.random()
    words = ["Summer", "Winter", "Kaffe", "Sommar", "Sonne", "Playa", "Banana", "Tiger", "Falcon", "Regen", "Koala",
             "Blåbär", "Montaña", "Hafen", "Dragon", "Lakers", "Vinter", "Castillo", "Brumby", "Mango"]
    if f < 0.4:
        return rng.choice(words) + str(rng.randint(1, 2026)) + rng.choice("!#$%&?*")
    if f < 0.7:
        return ralnum(rng, rng.randint(10, 16), string.ascii_letters + string.digits + "!#$%&*+-=?@^_")
    if f < 0.85:
        return rng.choice(words).lower() + rng.choice(["_", ".", "-"]) + rng.choice(words).lower() + rdig(rng, 2)
    return rng.choice(["P@ssw0rd", "Welcome", "Changeme", "Qwerty", "Hunter"]) + rdig(rng, rng.randint(1, 4)) + rng.choice(["", "!", "#"])


def gen_secret(rng, kind):
    A, D = string.ascii_letters, string.digits
    if kind == "aws_access_key":
        return rng.choice(["AKIA", "AKIA", "ASIA"]) + ralnum(rng, 16, string.ascii_uppercase + "234567")
    if kind == "aws_secret_key":
        return ralnum(rng, 40, A + D + "/+")
    if kind == "github":
        return rng.choice(["ghp_", "ghp_", "gho_", "ghs_"]) + ralnum(rng, 36)
    if kind == "github_pat":
        return "github_pat_" + ralnum(rng, 22) + "_" + ralnum(rng, 59)
    if kind == "gitlab":
        return "glpat-" + ralnum(rng, 20, A + D + "_-")
    if kind == "slack":
        return rng.choice(["xoxb-", "xoxp-"]) + rdig(rng, 12) + "-" + rdig(rng, 13) + "-" + ralnum(rng, 24)
    if kind == "stripe":
        return rng.choice(["sk_live_", "rk_live_", "sk_live_"]) + ralnum(rng, rng.choice([24, 34, 99]))
    if kind == "openai":
        if chance(rng, 0.5):
            return "sk-" + ralnum(rng, 20) + "T3BlbkFJ" + ralnum(rng, 20)
        return "sk-proj-" + ralnum(rng, 58, A + D + "_-") + "T3BlbkFJ" + ralnum(rng, 58, A + D + "_-")
    if kind == "google":
        return "AIza" + ralnum(rng, 35, A + D + "_-")
    if kind == "sendgrid":
        return "SG." + ralnum(rng, 22, A + D + "_-") + "." + ralnum(rng, 43, A + D + "_-")
    if kind == "npm":
        return "npm_" + ralnum(rng, 36)
    if kind == "jwt":
        return gen_jwt(rng)
    raise ValueError(kind)


def gen_jwt(rng, sub=None, name=None):
    alg = rng.choice(["HS256", "HS256", "RS256", "ES256"])
    header = {"alg": alg, "typ": "JWT"}
    if alg != "HS256" and chance(rng, 0.7):
        header = {"alg": alg, "kid": gen_hex(rng, 16), "typ": "JWT"}
    iat = rng.randint(1735689600, 1790000000)
    payload = {"sub": sub or str(rng.randint(10000, 999999)), "iat": iat, "exp": iat + rng.choice([900, 3600, 86400])}
    if name:
        payload["name"] = name
    if chance(rng, 0.5):
        payload["scope"] = rng.choice(["read:orders", "tickets:write", "openid profile email", "admin"])
    siglen = {"HS256": 32, "RS256": 256, "ES256": 64}[alg]
    sig = bytes(rng.getrandbits(8) for _ in range(siglen))
    return ".".join([b64url(json.dumps(header, separators=(",", ":")).encode()),
                     b64url(json.dumps(payload, separators=(",", ":"), ensure_ascii=False).encode()), b64url(sig)])


PEM_KINDS = [("RSA PRIVATE KEY", "MIIEpAIBAAKCAQEA"), ("PRIVATE KEY", "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ"),
             ("OPENSSH PRIVATE KEY", "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW"),
             ("EC PRIVATE KEY", "MHcCAQEEI")]


def gen_pem(rng):
    label, prefix = rng.choice(PEM_KINDS)
    nlines = rng.randint(5, 12) if label != "EC PRIVATE KEY" else 3
    body = prefix + ralnum(rng, 64 * nlines - len(prefix) + rng.randint(8, 50), string.ascii_letters + string.digits + "+/")
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    pad = (-len(lines[-1])) % 4
    if pad in (1, 2):
        lines[-1] += "=" * pad
    elif pad == 3:
        lines[-1] = lines[-1][:-1] + "=="
    if len(lines[-1]) > 64:
        lines[-1:] = [lines[-1][:64], lines[-1][64:]]
    return "-----BEGIN %s-----\n%s\n-----END %s-----" % (label, "\n".join(lines), label)

# ---------------------------------------------------------------------------
# people, places (hand-written lists)
# ---------------------------------------------------------------------------

NAMES = {
    "gb": (["Oliver", "Harry", "George", "Thomas", "James", "Daniel", "Samuel", "Callum", "Rhys", "Gareth", "Imran",
            "Nathaniel", "Alfie", "Toby", "Rupert", "Kwame", "Dominic", "Stuart", "Graham", "Reuben"],
           ["Olivia", "Amelia", "Isla", "Emily", "Jessica", "Sophie", "Chloe", "Lucy", "Hannah", "Eleanor", "Priya",
            "Aisha", "Fiona", "Harriet", "Bethan", "Gemma", "Kirsty", "Philippa", "Yasmin", "Imogen"],
           ["Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Davies", "Robinson", "Wright", "Thompson",
            "Evans", "Walker", "Hughes", "Patel", "Khan", "Harrison", "Pritchard", "Fletcher", "Whitworth", "Ashdown",
            "Llewellyn", "Okafor", "Begum", "McAllister", "Fairbairn", "Cartwright", "Ellison", "Greenwood", "Holloway",
            "Bancroft", "Sutcliffe", "Ward-Hopkins", "Mensah", "Lockhart"]),
    "ie": (["Ciarán", "Seán", "Oisín", "Pádraig", "Eoin", "Cillian", "Declan", "Darragh", "Cathal", "Fionn", "Tadhg"],
           ["Aoife", "Siobhán", "Niamh", "Gráinne", "Róisín", "Saoirse", "Orla", "Clodagh", "Caoimhe", "Sinéad", "Aisling"],
           ["Murphy", "Kelly", "O'Sullivan", "Walsh", "O'Brien", "Byrne", "Ryan", "O'Connor", "McCarthy", "Doyle",
            "Gallagher", "Brennan", "Lynch", "Quinlan", "Fitzgerald", "Ní Bhriain", "Mac Giolla Phádraig", "Ó Ceallaigh",
            "Nic Aodha", "Kavanagh"]),
    "us": (["Michael", "Christopher", "Tyler", "Brandon", "Jamal", "DeShawn", "Kevin", "Hunter", "Chase", "Marcus",
            "Dwayne", "Trevor", "Cody", "Malik", "Jose", "Ethan", "Garrett", "Devin"],
           ["Jennifer", "Ashley", "Brittany", "Kayla", "LaToya", "Megan", "Madison", "Dakota", "Shelby", "Tamika",
            "Courtney", "Heather", "Alexis", "Brianna", "Kimberly", "Destiny", "Rachel"],
           ["Johnson", "Miller", "Davis", "Garcia", "Rodriguez", "Martinez", "Anderson", "Jackson", "Nguyen", "Kim",
            "Washington", "Schultz", "Kowalski", "Hernandez", "Brooks", "Reyes", "Sullivan", "McMillan", "Okonkwo",
            "Castellanos", "Lindgren", "Yamamoto", "Petrakis", "DuBois", "Van Horn", "Whitaker"]),
    "au": (["Lachlan", "Cooper", "Mitchell", "Bailey", "Nathan", "Liam", "Darcy", "Hamish", "Angus", "Brodie",
            "Jarrah", "Tane", "Jai", "Kieran", "Flynn"],
           ["Chloe", "Mia", "Charlotte", "Matilda", "Ruby", "Zoe", "Harper", "Kiara", "Jasmine", "Bronwyn", "Tayla",
            "Sheree", "Kylie", "Annabel", "Indi"],
           ["Nguyen", "Tran", "Campbell", "Kelly", "Murphy", "Ryan", "Mitchell", "O'Brien", "Papadopoulos", "Singh",
            "Chen", "Le", "Kowalczyk", "Russo", "McKenzie", "Whitlam", "Fraser", "Dimitriou", "Nakamura", "Brennan",
            "Walsh", "Thorpe", "Costa", "Haddad", "MacLeod"]),
    "se": (["Erik", "Lars", "Anders", "Johan", "Karl", "Mikael", "Oskar", "Björn", "Göran", "Örjan", "Ulf", "Håkan",
            "Pelle", "Sixten", "Ludvig", "Yusuf", "Mohammed", "Nils", "Torbjörn", "Måns"],
           ["Linnea", "Elsa", "Astrid", "Maja", "Ebba", "Saga", "Åsa", "Märta", "Sofia", "Ingrid", "Kerstin", "Agnes",
            "Selma", "Alva", "Ylva", "Britt-Marie", "Amira", "Signe", "Tove", "Malin"],
           ["Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson", "Svensson",
            "Gustafsson", "Lindqvist", "Björk", "Åberg", "Östlund", "Lindström", "Sjöberg", "Håkansson", "Bergström",
            "Ekström", "Wallin", "Holmgren", "Sandberg", "Öhman", "Hassan", "Ahmadi", "af Klercker", "Lundgren",
            "Nyström", "Dahlqvist", "Söderberg"]),
    "de": (["Lukas", "Jonas", "Leon", "Felix", "Maximilian", "Jürgen", "Jörg", "Günther", "Uwe", "Björn", "Sören",
            "Mehmet", "Dirk", "Tobias", "Matthias", "Benedikt", "Kai-Uwe", "Heiko"],
           ["Sabine", "Anja", "Katrin", "Ursula", "Heike", "Jana", "Lena", "Hannah", "Dörte", "Ayşe", "Friederike",
            "Annegret", "Maren", "Svenja", "Jule", "Gesine", "Anne-Kathrin"],
           ["Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz", "Hoffmann",
            "Koch", "Bauer", "Richter", "Klein", "Wolf", "Schröder", "Neumann", "Zimmermann", "Krüger", "Hartmann",
            "Weiß", "Groß", "Yılmaz", "Öztürk", "von Bülow", "Brenner", "Lehmann", "Kühn", "Jäger", "Böhm",
            "Schäfer-Lindemann", "Nowak"]),
    "at": (["Florian", "Andreas", "Lukas", "Wolfgang", "Christoph", "Markus", "Stefan", "Dominik"],
           ["Stefanie", "Theresa", "Valentina", "Magdalena", "Johanna", "Verena", "Katharina", "Elisabeth"],
           ["Gruber", "Huber", "Pichler", "Moser", "Steiner", "Mayr", "Hofer", "Leitner", "Wimmer", "Egger",
            "Auer", "Haas", "Brandstätter", "Fuchs"]),
    "ch": (["Reto", "Urs", "Beat", "Severin", "Lukas", "Mathias", "Andri", "Luca"],
           ["Nadine", "Corinne", "Seraina", "Franziska", "Ladina", "Barbara", "Nicole", "Gabriela"],
           ["Meier", "Keller", "Brunner", "Baumann", "Frei", "Gerber", "Widmer", "Zürcher", "Schnyder", "Bühler",
            "Graf", "Käser", "Steiner", "Odermatt"]),
    "es": (["Alejandro", "Javier", "José Luis", "Pablo", "Sergio", "Álvaro", "Íñigo", "Jordi", "Rubén", "Iker",
            "Raúl", "Joaquín", "Xabier", "Martí", "Gonzalo"],
           ["Lucía", "María José", "Carmen", "Pilar", "Laura", "Marta", "Nerea", "Ainhoa", "Begoña", "Montserrat",
            "Inmaculada", "Rocío", "Aitana", "Noelia", "Itziar"],
           ["García", "Fernández", "González", "Rodríguez", "López", "Martínez", "Sánchez", "Pérez", "Gómez", "Martín",
            "Jiménez", "Ruiz", "Hernández", "Díaz", "Moreno", "Muñoz", "Álvarez", "Romero", "Navarro", "Torres",
            "Domínguez", "Vázquez", "Iglesias", "Etxeberria", "Puig", "Ferrer", "Castaño", "Ibáñez", "Peña",
            "de la Fuente"]),
    "latam": (["Santiago", "Mateo", "Andrés", "Sebastián", "Facundo", "Juan Carlos", "Emiliano", "Joaquín",
               "Thiago", "Rodrigo"],
              ["Guadalupe", "Valentina", "Camila", "Ximena", "Daniela", "Agustina", "Luciana", "Mariana",
               "Florencia", "Yesenia"],
              ["Hernández", "Ramírez", "Flores", "Cruz", "Morales", "Ortiz", "Castillo", "Vargas", "Rojas",
               "Gutiérrez", "Acosta", "Benítez", "Ríos", "Cárdenas", "Quintero", "Sosa", "Villalobos", "Medina"]),
    "intl": (["Arjun", "Wojciech", "Chidi", "Rafael", "Hiroshi", "Mehmet", "Dmytro", "Ahmed", "Minh", "Tomasz",
              "Kofi", "Rahul", "Bogdan", "Ravi", "Tiago", "Jae-won"],
             ["Priya", "Agnieszka", "Ngozi", "Fernanda", "Yuki", "Elif", "Olena", "Fatima", "Thu", "Ioana",
              "Ananya", "Zeynep", "Oksana", "Mei", "Adaeze", "Katarzyna"],
             ["Raghunathan", "Nowak", "Okonkwo", "Oliveira", "Tanaka", "Yılmaz", "Shevchenko", "Hassan", "Tran",
              "Wiśniewski", "Mensah", "Iyer", "Popescu", "Krishnan", "Adeyemi", "Kowalczyk", "Demir", "Kovalenko",
              "Sato", "Ferreira", "Park", "Banerjee"]),
}

INTL_NAMES = [("Priya", "Raghunathan", "f"), ("Arjun", "Mehta", "m"), ("Wojciech", "Nowak", "m"), ("Agnieszka", "Wiśniewska", "f"),
              ("Chidi", "Okonkwo", "m"), ("Ngozi", "Adeyemi", "f"), ("Rafael", "Oliveira", "m"), ("Fernanda", "Costa", "f"),
              ("Hiroshi", "Tanaka", "m"), ("Yuki", "Sato", "f"), ("Mehmet", "Yılmaz", "m"), ("Elif", "Demir", "f"),
              ("Olena", "Shevchenko", "f"), ("Dmytro", "Kovalenko", "m"), ("Ahmed", "Hassan", "m"), ("Fatima", "Al-Sayed", "f"),
              ("Minh", "Tran", "m"), ("Thu", "Nguyen", "f"), ("Ioana", "Popescu", "f"), ("Bogdan", "Ionescu", "m"),
              ("Ananya", "Krishnan", "f"), ("Rahul", "Iyer", "m"), ("Kofi", "Mensah", "m"), ("Adaeze", "Eze", "f"),
              ("Zeynep", "Kaya", "f"), ("Tomasz", "Kowalczyk", "m"), ("Katarzyna", "Zielińska", "f"), ("Tiago", "Ferreira", "m"),
              ("Mei", "Lin", "f"), ("Jae-won", "Park", "m"), ("Ravi", "Banerjee", "m"), ("Oksana", "Melnyk", "f")]

# words that must never be used as a first name (they double as common words)
NAME_DENY = ("May", "June", "Will", "Bill", "Mark", "Rose", "Hope")


def pick_name(rng, culture, gender=None):
    males, females, lasts = NAMES[culture]
    gender = gender or rng.choice("mf")
    first = rng.choice(males if gender == "m" else females)
    if culture == "intl":
        g = gender
        pairs = [x for x in INTL_NAMES if g is None or x[2] == g]
        f, l, g = rng.choice(pairs)
        return f, l, g
    if culture in ("es", "latam"):
        a = rng.choice(lasts)
        b = rng.choice([x for x in lasts if x != a])
        last = a + " " + b if chance(rng, 0.8) else a
    elif culture == "de" and chance(rng, 0.06):
        last = rng.choice(lasts) + "-" + rng.choice(lasts)
        if last.count("-") > 1 or last.split("-")[0] == last.split("-")[1]:
            last = rng.choice(lasts)
    else:
        last = rng.choice(lasts)
    return first, last, gender


STREETS = {
    "GB": ["Kingsley Road", "Albert Street", "Victoria Road", "Church Lane", "Mill Lane", "Station Road", "Park Avenue",
           "Queens Drive", "Hawthorn Close", "Elm Grove", "Brunswick Terrace", "Marlborough Crescent", "Tudor Way",
           "Chapel Street", "Orchard Rise", "Cavendish Place", "Beechwood Avenue"],
    "IE": ["Main Street", "Griffith Avenue", "Castle Road", "Strand Road", "Church View", "Ashgrove Park",
           "Cathedral Road", "Shop Street", "Barrack Street"],
    "US": ["Maple Avenue", "Oak Street", "Washington Blvd", "Elm Street", "Lakeview Drive", "Sunset Blvd",
           "Pine Ridge Road", "Cedar Lane", "Highland Ave", "Main St", "Magnolia Court", "Willow Creek Rd"],
    "AU": ["Wattle Street", "Beach Road", "George Street", "Bridge Road", "Smith Street", "Brunswick Street",
           "Ocean Parade", "Banksia Avenue", "Railway Parade", "Kookaburra Close", "High Street", "Chapel Street",
           "Jacaranda Drive", "Esplanade"],
    "SE": ["Storgatan", "Kungsgatan", "Drottninggatan", "Vasagatan", "Sveavägen", "Götgatan", "Linnégatan",
           "Skolgatan", "Järnvägsgatan", "Björkvägen", "Åsögatan", "Östra Hamngatan", "Hantverkargatan",
           "Tegnérgatan", "Ringvägen", "Klostergatan"],
    "DE": ["Hauptstraße", "Bahnhofstraße", "Schillerstraße", "Goethestraße", "Lindenallee", "Am Markt", "Gartenweg",
           "Friedrichstraße", "Königsallee", "Schloßstraße", "Mühlenweg", "Kastanienallee", "Bergstraße",
           "Eichendorffstraße", "Zur Alten Brauerei"],
    "AT": ["Mariahilfer Straße", "Landstraßer Hauptstraße", "Herrengasse", "Schmiedgasse", "Linzer Straße",
           "Getreidegasse", "Maria-Theresien-Straße"],
    "CH": ["Bahnhofstrasse", "Seestrasse", "Dorfstrasse", "Hauptgasse", "Kramgasse", "Zürichstrasse", "Rosenweg"],
    "ES": ["Calle de Alcalá", "Calle Mayor", "Avenida de la Constitución", "Gran Vía", "Paseo de Gràcia",
           "Calle Sierpes", "Calle del Carmen", "Avinguda Diagonal", "Calle Colón", "Calle San Vicente Mártir",
           "Rúa do Franco", "Calle Larios", "Calle Ercilla"],
    "MX": ["Av. Insurgentes Sur", "Calle Durango", "Av. Revolución", "Calle Hidalgo", "Av. Juárez", "Calle Morelos",
           "Calle Amsterdam"],
    "AR": ["Av. Corrientes", "Av. Santa Fe", "Calle Florida", "Av. Rivadavia", "Calle Defensa", "Bv. Oroño"],
    "CO": ["Carrera 7", "Calle 93", "Carrera 15", "Calle 26", "Avenida 19", "Carrera 43A"],
}

# (city, postcode range or prefix data, state)
PLACES = {
    "GB": [("Leeds", "LS"), ("Manchester", "M"), ("Bristol", "BS"), ("Sheffield", "S"), ("Norwich", "NR"),
           ("Cardiff", "CF"), ("Edinburgh", "EH"), ("Glasgow", "G"), ("Nottingham", "NG"), ("Brighton", "BN"),
           ("York", "YO"), ("Reading", "RG"), ("London", "SW"), ("London", "N"), ("London", "E"), ("Belfast", "BT"),
           ("Oxford", "OX"), ("Leicester", "LE"), ("Exeter", "EX")],
    "IE": [("Dublin 9", "D09"), ("Dublin 6", "D06"), ("Galway", "H91"), ("Cork", "T12"), ("Limerick", "V94"),
           ("Waterford", "X91"), ("Kilkenny", "R95")],
    "US": [("Springfield", "IL", "627"), ("Austin", "TX", "787"), ("Portland", "OR", "972"), ("Columbus", "OH", "432"),
           ("Denver", "CO", "802"), ("Raleigh", "NC", "276"), ("Madison", "WI", "537"), ("Tucson", "AZ", "857"),
           ("Boise", "ID", "837"), ("Albany", "NY", "122"), ("Sacramento", "CA", "958"), ("Atlanta", "GA", "303"),
           ("Burlington", "VT", "054"), ("Ann Arbor", "MI", "481")],
    "AU": [("Fitzroy", "VIC", "3065"), ("Bondi", "NSW", "2026"), ("Newtown", "NSW", "2042"), ("Paddington", "QLD", "4064"),
           ("Fremantle", "WA", "6160"), ("Glenelg", "SA", "5045"), ("Sandy Bay", "TAS", "7005"), ("Braddon", "ACT", "2612"),
           ("Parap", "NT", "0820"), ("Brunswick", "VIC", "3056"), ("Manly", "NSW", "2095"), ("Toowong", "QLD", "4066"),
           ("Geelong West", "VIC", "3218"), ("Wollongong", "NSW", "2500")],
    "SE": [("Stockholm", 111, 129), ("Göteborg", 411, 418), ("Malmö", 211, 217), ("Uppsala", 752, 756),
           ("Lund", 222, 227), ("Umeå", 903, 907), ("Örebro", 702, 703), ("Linköping", 582, 589), ("Västerås", 722, 724),
           ("Jönköping", 553, 556), ("Sundsvall", 852, 856)],
    "DE": [("Berlin", 10115, 14199), ("Hamburg", 20095, 22769), ("München", 80331, 81929), ("Köln", 50667, 51149),
           ("Frankfurt am Main", 60306, 60599), ("Stuttgart", 70173, 70629), ("Leipzig", 4103, 4357),
           ("Dresden", 1067, 1328), ("Düsseldorf", 40210, 40629), ("Nürnberg", 90402, 90491), ("Bremen", 28195, 28779),
           ("Hannover", 30159, 30669), ("Freiburg im Breisgau", 79098, 79117)],
    "AT": [("Wien", 1010, 1230), ("Graz", 8010, 8055), ("Linz", 4020, 4040), ("Salzburg", 5020, 5026),
           ("Innsbruck", 6020, 6080)],
    "CH": [("Zürich", 8001, 8057), ("Bern", 3001, 3027), ("Basel", 4001, 4059), ("Luzern", 6003, 6006),
           ("Winterthur", 8400, 8411), ("St. Gallen", 9000, 9016)],
    "ES": [("Madrid", 28001, 28055), ("Barcelona", 8001, 8042), ("Valencia", 46001, 46026), ("Sevilla", 41001, 41020),
           ("Bilbao", 48001, 48015), ("Málaga", 29001, 29018), ("Zaragoza", 50001, 50018),
           ("Santiago de Compostela", 15701, 15706), ("A Coruña", 15001, 15011)],
    "MX": [("Ciudad de México", "CDMX", 3100, 6900), ("Guadalajara", "Jal.", 44100, 44990), ("Monterrey", "N.L.", 64000, 64990),
           ("Puebla", "Pue.", 72000, 72590)],
    "AR": [("CABA", "C", 1000, 1440), ("Rosario", "S", 2000, 2013), ("Córdoba", "X", 5000, 5023)],
    "CO": [("Bogotá", 110111, 111821), ("Medellín", 50010, 50036), ("Cali", 760001, 760046)],
}

MX_COLONIAS = ["Roma Norte", "Condesa", "Del Valle", "Centro", "Narvarte", "Polanco", "Americana", "Chapultepec"]
UK_PC_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"
EIRCODE_CHARS = "ACDEFHKNPRTVWXY0123456789"
COUNTRY_NAMES = ["United Kingdom", "UK", "Ireland", "USA", "United States", "Australia", "Sweden", "Sverige", "Germany",
                 "Deutschland", "Österreich", "Schweiz", "Spain", "España", "México", "Argentina", "Colombia"]


def gen_address(rng, cc, multiline=False):
    """Returns (text, subtype).  Multi-line uses '\n' between lines."""
    street = rng.choice(STREETS[cc])
    if cc == "GB":
        city, area = rng.choice(PLACES[cc])
        pc = "%s%d %d%s%s" % (area, rng.randint(1, 28), rng.randint(1, 9), rng.choice(UK_PC_LETTERS), rng.choice(UK_PC_LETTERS))
        num = str(rng.randint(1, 180))
        line1 = ("Flat %d, " % rng.randint(1, 24) if chance(rng, 0.2) else "") + num + " " + street
        if multiline:
            return line1 + "\n" + (city + "\n" + pc if chance(rng, 0.5) else city + " " + pc), "gb"
        return line1 + ", " + city + " " + pc, "gb"
    if cc == "IE":
        city, key = rng.choice(PLACES[cc])
        ec = key + " " + "".join(rng.choice(EIRCODE_CHARS) for _ in range(4))
        line1 = ("Apt %d, " % rng.randint(1, 40) if chance(rng, 0.2) else "") + str(rng.randint(1, 140)) + " " + street
        if multiline:
            return line1 + "\n" + city + "\n" + ec, "ie"
        return line1 + ", " + city + ", " + ec, "ie"
    if cc == "US":
        city, st, z = rng.choice(PLACES[cc])
        zipc = z + rdig(rng, 2) + ("-" + rdig(rng, 4) if chance(rng, 0.15) else "")
        unit = rng.choice(["", "", "", "Apt 3B", "Apt %d" % rng.randint(1, 40), "Suite %d" % rng.randint(100, 450), "#%d" % rng.randint(2, 30)])
        line1 = str(rng.randint(100, 9899)) + " " + street + (", " + unit if unit else "")
        if multiline:
            return line1 + "\n" + city + ", " + st + " " + zipc, "us"
        return line1 + ", " + city + ", " + st + " " + zipc, "us"
    if cc == "AU":
        sub, st, pc = rng.choice(PLACES[cc])
        s = street
        if chance(rng, 0.3):
            s = s.replace("Street", "St").replace("Road", "Rd").replace("Avenue", "Ave").replace("Parade", "Pde").replace("Drive", "Dr")
        num = str(rng.randint(1, 220))
        f = rng.random()
        if f < 0.2:
            line1 = "%d/%s %s" % (rng.randint(1, 30), num, s)
        elif f < 0.3:
            line1 = "Unit %d, %s %s" % (rng.randint(1, 30), num, s)
        else:
            line1 = num + " " + s
        if multiline:
            return line1 + "\n" + sub.upper() + " " + st + " " + pc if chance(rng, 0.4) else line1 + "\n" + sub + " " + st + " " + pc, "au"
        return line1 + ", " + sub + " " + st + " " + pc, "au"
    if cc == "SE":
        city, lo, hi = rng.choice(PLACES[cc])
        pc = "%d %02d" % (rng.randint(lo, hi), rng.randint(10, 99))
        num = str(rng.randint(1, 120)) + rng.choice(["", "", "", " A", "B"])
        line1 = street + " " + num + (" lgh %d" % rng.randint(1001, 1604) if chance(rng, 0.2) else "")
        if multiline:
            return line1 + "\n" + pc + " " + city.upper() if chance(rng, 0.3) else line1 + "\n" + pc + " " + city, "se"
        return line1 + ", " + pc + " " + city, "se"
    if cc in ("DE", "AT", "CH"):
        city, lo, hi = rng.choice(PLACES[cc])
        pc = ("%05d" if cc == "DE" else "%04d") % rng.randint(lo, hi)
        if city == "Wien":
            pc = "1%02d0" % rng.randint(1, 23)
        if cc == "DE" and chance(rng, 0.05):
            pc = "D-" + pc
        s = street
        if cc == "DE" and chance(rng, 0.25):
            s = s.replace("straße", "str.").replace("Straße", "Str.")
        num = str(rng.randint(1, 140)) + rng.choice(["", "", "", "a", "b"])
        if cc == "AT" and chance(rng, 0.5):
            num += "/%d" % rng.randint(1, 24)
        line1 = s + " " + num
        if multiline:
            return line1 + "\n" + pc + " " + city, cc.lower()
        return line1 + ", " + pc + " " + city, cc.lower()
    if cc == "ES":
        city, lo, hi = rng.choice(PLACES[cc])
        pc = "%05d" % rng.randint(lo, hi)
        s = street
        if s.startswith("Calle ") and chance(rng, 0.3):
            s = "C/ " + s[6:]
        if s.startswith("Avenida ") and chance(rng, 0.4):
            s = "Avda. " + s[8:]
        num = str(rng.randint(1, 240))
        floor = rng.choice(["", "", "%dº %s" % (rng.randint(1, 9), rng.choice("ABCD")), "%dº %s" % (rng.randint(1, 7), rng.choice(["izq.", "dcha.", "izda."])),
                            "%dº-%d" % (rng.randint(1, 8), rng.randint(1, 4)), "bajo"])
        line1 = s + (", " if chance(rng, 0.4) else " ") + num + (", " + floor if floor else "")
        if multiline:
            return line1 + "\n" + pc + " " + city, "es"
        return line1 + ", " + pc + " " + city, "es"
    if cc == "MX":
        city, st, lo, hi = rng.choice(PLACES[cc])
        pc = "%05d" % rng.randint(lo, hi)
        line1 = street + " " + str(rng.randint(10, 2400)) + (rng.choice(["", " Int. %d" % rng.randint(1, 12), " Depto. %d0%d" % (rng.randint(1, 9), rng.randint(1, 6))]))
        col = "Col. " + rng.choice(MX_COLONIAS)
        if multiline:
            return line1 + "\n" + col + "\n" + pc + " " + city + ", " + st, "mx"
        return line1 + ", " + col + ", " + pc + " " + city + ", " + st, "mx"
    if cc == "AR":
        city, letter, lo, hi = rng.choice(PLACES[cc])
        pc = letter + "%04d" % rng.randint(lo, hi) + "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") for _ in range(3))
        line1 = street + " " + str(rng.randint(100, 5800)) + rng.choice(["", ", piso %d dto. %s" % (rng.randint(1, 14), rng.choice("ABCDEF")), ", %dº %s" % (rng.randint(1, 12), rng.choice("ABCD"))])
        if multiline:
            return line1 + "\n" + pc + " " + city, "ar"
        return line1 + ", " + pc + " " + city, "ar"
    if cc == "CO":
        city, lo, hi = rng.choice(PLACES[cc])
        pc = "%06d" % rng.randint(lo, hi)
        line1 = street + " # %d-%d" % (rng.randint(10, 120), rng.randint(1, 99)) + rng.choice(["", ", Apto %d0%d" % (rng.randint(1, 20), rng.randint(1, 4))])
        if multiline:
            return line1 + "\n" + pc + " " + city, "co"
        return line1 + ", " + pc + " " + city, "co"
    raise ValueError(cc)


ADDRESS_PC_RE = {
    "gb": r"\b[A-Z]{1,2}\d{1,2}[A-Z]? ?\d[A-Z]{2}$",
    "ie": r"\b[A-Z]\d{2} [0-9ACDEFHKNPRTVWXY]{4}$",
    "us": r", [A-Z]{2} \d{5}(-\d{4})?$",
    "au": r"\b(NSW|VIC|QLD|WA|SA|TAS|ACT|NT) \d{4}$",
    "se": r"\b\d{3} \d{2} \S",
    "de": r"\b(D-)?\d{5} \S",
    "at": r"\b\d{4} \S",
    "ch": r"\b\d{4} \S",
    "es": r"\b\d{5} \S",
    "mx": r"\b\d{5} \S.*, \S+$",
    "ar": r"\b[A-Z]\d{4}[A-Z]{3} \S",
    "co": r"\b\d{6} \S",
}

EMAIL_DOMAINS = {
    "GB": ["gmail.com", "outlook.com", "hotmail.co.uk", "yahoo.co.uk", "btinternet.com", "sky.com", "icloud.com"],
    "IE": ["gmail.com", "eircom.net", "hotmail.com", "icloud.com", "outlook.ie"],
    "US": ["gmail.com", "yahoo.com", "outlook.com", "aol.com", "comcast.net", "icloud.com", "proton.me"],
    "AU": ["gmail.com", "bigpond.com", "outlook.com", "optusnet.com.au", "icloud.com", "yahoo.com.au", "iinet.net.au"],
    "SE": ["gmail.com", "hotmail.se", "telia.com", "bredband.net", "outlook.com", "icloud.com", "spray.se", "live.se"],
    "DE": ["gmx.de", "web.de", "t-online.de", "gmail.com", "posteo.de", "freenet.de", "outlook.de", "mailbox.org"],
    "AT": ["gmx.at", "aon.at", "chello.at", "gmail.com", "a1.net"],
    "CH": ["bluewin.ch", "gmx.ch", "gmail.com", "sunrise.ch", "hispeed.ch"],
    "ES": ["gmail.com", "hotmail.es", "yahoo.es", "telefonica.net", "outlook.es", "movistar.es"],
    "MX": ["gmail.com", "hotmail.com", "prodigy.net.mx", "yahoo.com.mx", "outlook.com"],
    "AR": ["gmail.com", "hotmail.com", "yahoo.com.ar", "fibertel.com.ar", "outlook.com"],
    "CO": ["gmail.com", "hotmail.com", "une.net.co", "yahoo.es", "outlook.com"],
}

FOLD = {"ä": "a", "ö": "o", "å": "a", "ü": "u", "ß": "ss", "é": "e", "á": "a", "í": "i", "ó": "o", "ú": "u", "ñ": "n",
        "è": "e", "ç": "c", "ı": "i", "ş": "s", "ğ": "g", "ś": "s", "ł": "l", "à": "a", "ò": "o", "ê": "e", "ë": "e"}
FOLD_DE = {"ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss"}


def ascii_fold(s, german=False):
    s = s.lower()
    out = []
    for ch in s:
        if german and ch in FOLD_DE:
            out.append(FOLD_DE[ch])
        else:
            out.append(FOLD.get(ch, ch))
    return re.sub(r"[^a-z0-9.\-]", "", "".join(out).replace(" ", ""))


def gen_email(rng, first, last, cc, work_domain=None):
    german = cc in ("DE", "AT", "CH") and chance(rng, 0.7)
    f = ascii_fold(first.split()[0], german).replace("-", "")
    l_parts = last.replace("'", "").split()
    l = ascii_fold(l_parts[-1] if chance(rng, 0.5) else "".join(l_parts), german)
    if last.startswith(("de la ", "von ", "af ", "Ní ", "Mac ", "Ó ", "Nic ")):
        l = ascii_fold(l_parts[-1], german)
    domain = work_domain or rng.choice(EMAIL_DOMAINS[cc])
    pat = rng.random()
    if work_domain:
        local = rng.choice(["%s.%s" % (f, l), "%s.%s" % (f, l), "%s%s" % (f[0], l), "%s" % f])
    elif pat < 0.35:
        local = "%s.%s" % (f, l)
    elif pat < 0.5:
        local = "%s%s%d" % (f, l, rng.randint(1, 99))
    elif pat < 0.6:
        local = "%s.%s%d" % (f[0], l, rng.randint(60, 99))
    elif pat < 0.7:
        local = "%s_%s" % (f, l)
    elif pat < 0.78:
        local = "%s.%s+%s" % (f, l, rng.choice(["orders", "shop", "bills", "support", "hd"]))
    elif pat < 0.86:
        local = "%s-%s" % (l, f)
    elif pat < 0.93:
        local = "%s%d" % (f, rng.randint(1950, 2008))
    else:
        local = "%s.%s" % (f, l)
        local = local[:1].upper() + local[1:]
        return local + "@" + domain
    return local + "@" + domain


def obfuscate_email(rng, email, lang):
    local, domain = email.split("@")
    f = rng.random()
    if lang == "sv" and f < 0.3:
        return "%s snabel-a %s" % (local, domain.replace(".", " punkt "))
    if lang == "es" and f < 0.3:
        return "%s arroba %s" % (local, domain.replace(".", " punto "))
    if lang == "de" and f < 0.2:
        return "%s [ät] %s" % (local, domain)
    g = rng.random()
    if g < 0.3:
        return "%s at %s" % (local.replace(".", " dot "), domain.replace(".", " dot "))
    if g < 0.55:
        return "%s[at]%s" % (local, domain.replace(".", "[dot]"))
    if g < 0.8:
        return "%s (at) %s" % (local, domain)
    return "%s {at} %s" % (local, domain.replace(".", " {dot} "))

# ---------------------------------------------------------------------------
# phone numbers
# ---------------------------------------------------------------------------

COUNTRY_CODE = {"GB": "44", "IE": "353", "US": "1", "AU": "61", "SE": "46", "DE": "49", "AT": "43", "CH": "41",
                "ES": "34", "MX": "52", "AR": "54", "CO": "57"}
TRUNK = {"GB": "0", "IE": "0", "AU": "0", "SE": "0", "DE": "0", "AT": "0", "CH": "0", "AR": "0", "US": "", "ES": "",
         "MX": "", "CO": ""}
NSN_LEN = {"GB": (9, 10), "IE": (7, 9), "US": (10, 10), "AU": (9, 9), "SE": (7, 9), "DE": (7, 13), "AT": (7, 13),
           "CH": (9, 9), "ES": (9, 9), "MX": (10, 11), "AR": (10, 11), "CO": (10, 10)}


class Phone:
    def __init__(self, cc, nsn, nat_groups, intl_groups, kind):
        self.cc, self.nsn, self.nat_groups, self.intl_groups, self.kind = cc, nsn, nat_groups, intl_groups, kind


def make_phone(rng, cc, mobile=None):
    mobile = chance(rng, 0.7) if mobile is None else mobile
    k = "mobile" if mobile else "landline"
    if cc == "GB":
        if mobile:
            return Phone(cc, "7" + rng.choice("45789") + rdig(rng, 8), [5, 6], [4, 6], k)
        area, ng, ig = rng.choice([("20", [3, 4, 4], [2, 4, 4]), ("161", [4, 3, 4], [3, 3, 4]), ("113", [4, 3, 4], [3, 3, 4]),
                                   ("141", [4, 3, 4], [3, 3, 4]), ("117", [4, 3, 4], [3, 3, 4]), ("1632", [5, 6], [4, 6])])
        return Phone(cc, area + str(rng.randint(2, 9)) + rdig(rng, 9 - len(area)), ng, ig, k)
    if cc == "IE":
        if mobile:
            return Phone(cc, "8" + rng.choice("35679") + rdig(rng, 7), [3, 3, 4], [2, 3, 4], k)
        return Phone(cc, "1" + str(rng.randint(2, 9)) + rdig(rng, 6), [2, 3, 4], [1, 3, 4], k)
    if cc == "US":
        area = rng.choice(["212", "415", "312", "617", "206", "512", "303", "404", "702", "919", "503", "614", "608", "720", "971"])
        while True:
            ex = str(rng.randint(2, 9)) + rdig(rng, 2)
            if ex not in ("555", "911") and ex[1:] != "11":
                break
        return Phone(cc, area + ex + rdig(rng, 4), [3, 3, 4], [3, 3, 4], k)
    if cc == "AU":
        if mobile:
            return Phone(cc, "4" + rdig(rng, 8), [4, 3, 3], [3, 3, 3], k)
        a = rng.choice("2378")
        return Phone(cc, a + str(rng.randint(3, 9)) + rdig(rng, 7), [2, 4, 4], [1, 4, 4], k)
    if cc == "SE":
        if mobile:
            return Phone(cc, "7" + rng.choice("0236") + rdig(rng, 7), [3, 3, 2, 2], [2, 3, 2, 2], k)
        if chance(rng, 0.5):
            return Phone(cc, "8" + str(rng.randint(2, 7)) + rdig(rng, 7), [2, 3, 3, 2], [1, 3, 3, 2], k)
        a = rng.choice(["31", "40", "18", "13", "90"])
        return Phone(cc, a + str(rng.randint(1, 9)) + rdig(rng, 5), [3, 2, 2, 2], [2, 2, 2, 2], k)
    if cc == "DE":
        if mobile:
            p = rng.choice(["151", "152", "157", "160", "170", "171", "172", "176", "177", "178", "179", "159", "162"])
            return Phone(cc, p + rdig(rng, rng.choice([7, 8])), [4, 8], [3, 8], k)
        a = rng.choice(["30", "40", "89", "221", "69", "711", "341", "351", "211", "911"])
        return Phone(cc, a + str(rng.randint(2, 9)) + rdig(rng, 9 - len(a)), [len(a) + 1, 10], [len(a), 10], k)
    if cc == "AT":
        if mobile:
            return Phone(cc, rng.choice(["664", "660", "676", "699", "650"]) + rdig(rng, 7), [4, 3, 2, 2], [3, 7], k)
        return Phone(cc, "1" + str(rng.randint(2, 9)) + rdig(rng, 6), [2, 3, 2, 2], [1, 7], k)
    if cc == "CH":
        if mobile:
            return Phone(cc, "7" + rng.choice("56789") + rdig(rng, 7), [3, 3, 2, 2], [2, 3, 2, 2], k)
        return Phone(cc, rng.choice(["44", "31", "61", "41", "71"]) + str(rng.randint(2, 9)) + rdig(rng, 6), [3, 3, 2, 2], [2, 3, 2, 2], k)
    if cc == "ES":
        if mobile:
            return Phone(cc, "6" + rdig(rng, 8) if chance(rng, 0.85) else "7" + rng.choice("1234") + rdig(rng, 7),
                         rng.choice([[3, 3, 3], [3, 2, 2, 2]]), [3, 3, 3], k)
        return Phone(cc, rng.choice(["91", "93", "96", "95", "94"]) + str(rng.randint(2, 8)) + rdig(rng, 6), [2, 3, 2, 2], [2, 3, 2, 2], k)
    if cc == "MX":
        return Phone(cc, rng.choice(["55", "33", "81"]) + str(rng.randint(1, 9)) + rdig(rng, 7), [2, 4, 4], [2, 4, 4], k)
    if cc == "AR":
        return Phone(cc, "11" + str(rng.randint(2, 6)) + rdig(rng, 7), [3, 4, 4], [2, 4, 4], "mobile" if mobile else "landline")
    if cc == "CO":
        if mobile:
            return Phone(cc, "3" + rng.choice("0125") + rdig(rng, 8), [3, 3, 4], [3, 3, 4], k)
        return Phone(cc, "60" + rng.choice("1457") + rdig(rng, 7), [3, 3, 4], [3, 3, 4], k)
    raise ValueError(cc)


def fmt_phone(rng, ph, avoid=None, allow_ext=True):
    for _ in range(20):
        s = _fmt_phone(rng, ph, allow_ext)
        if s != avoid:
            return s
    return s


def _fmt_phone(rng, ph, allow_ext):
    cc, nsn, trunk, code = ph.cc, ph.nsn, TRUNK[ph.cc], COUNTRY_CODE[ph.cc]
    nat = trunk + nsn
    natg = group(nat, ph.nat_groups)
    intg = group(nsn, ph.intl_groups)
    ext = ""
    if allow_ext and ph.kind == "landline" and chance(rng, 0.25):
        ext = rng.choice({"GB": [" ext. %d", " x%d", " ext %d"], "IE": [" ext. %d"], "US": [" ext. %d", " x%d", " ext %d"],
                          "AU": [" ext %d"], "SE": [" ankn. %d"], "DE": ["-%d", " Durchwahl %d", " - %d"], "AT": ["-%d", " DW %d"],
                          "CH": [" intern %d"], "ES": [" ext. %d"], "MX": [" ext. %d"], "AR": [" int. %d"], "CO": [" ext. %d"]}[cc]) % rng.randint(10, 399)
    f = rng.random()
    if cc == "US":
        a, b, c = nsn[:3], nsn[3:6], nsn[6:]
        s = wchoice(rng, [("(%s) %s-%s" % (a, b, c), 4), ("%s-%s-%s" % (a, b, c), 3), ("%s.%s.%s" % (a, b, c), 2),
                          ("+1 %s %s %s" % (a, b, c), 2), ("+1 (%s) %s-%s" % (a, b, c), 2), ("1-%s-%s-%s" % (a, b, c), 1),
                          ("+1-%s-%s-%s" % (a, b, c), 1), (a + b + c, 1)])
        return s + ext
    if cc == "AR":
        area, rest = nsn[:2], nsn[2:]
        if ph.kind == "mobile":
            s = wchoice(rng, [("+54 9 %s %s-%s" % (area, rest[:4], rest[4:]), 4), ("011 15-%s-%s" % (rest[:4], rest[4:]), 2),
                              ("+54 9 %s %s" % (area, rest), 1), ("15 %s-%s" % (rest[:4], rest[4:]), 0)])
        else:
            s = wchoice(rng, [("011 %s-%s" % (rest[:4], rest[4:]), 3), ("+54 %s %s-%s" % (area, rest[:4], rest[4:]), 2),
                              ("(011) %s-%s" % (rest[:4], rest[4:]), 1)])
        return s + ext
    if cc == "MX":
        s = wchoice(rng, [(natg, 3), ("+52 " + intg, 4), ("+52 1 " + intg, 1), ("(%s) %s-%s" % (nsn[:2], nsn[2:6], nsn[6:]), 1),
                          ("+52" + nsn, 1)])
        return s + ext
    if cc == "CO":
        s = wchoice(rng, [(natg, 3), ("+57 " + intg, 4), ("+57 " + nsn, 1), ("(%s) %s %s" % (nsn[:3], nsn[3:6], nsn[6:]), 1 if ph.kind == "landline" else 0)])
        return s + ext
    if cc == "ES":
        s = wchoice(rng, [(natg, 5), (nat, 2), ("+34 " + intg, 4), ("+34 " + group(nsn, ph.nat_groups), 2), ("0034 " + nsn, 1),
                          ("+34" + nsn, 1), ("(+34) " + natg, 1)])
        return s + ext
    opts = [(natg, 5), (nat, 2), ("+%s %s" % (code, intg), 5), ("+%s%s" % (code, nsn), 1), ("00%s %s" % (code, intg), 2)]
    if cc in ("GB", "DE", "SE", "CH", "AT", "IE", "AU"):
        opts.append(("+%s (0)%s" % (code, intg), 2 if cc in ("GB", "DE") else 1))
    if cc == "SE":
        a = 2 if nsn[0] == "7" else (1 if nsn[0] == "8" else 2)
        loc = nsn[a:]
        locg = group(loc, [3, 2, 2] if len(loc) == 7 else [2, 2, 2] if len(loc) == 6 else [3, 3, 2])
        opts += [("0%s-%s" % (nsn[:a], locg), 8), ("0%s-%s" % (nsn[:a], loc), 2), ("+46 (0)%s-%s" % (nsn[:a], locg), 1),
                 ("0046 %s %s" % (nsn[:a], locg), 1)]
    if cc == "DE":
        if ph.kind == "mobile":
            p, loc = nsn[:3], nsn[3:]
            opts += [("0%s/%s" % (p, loc), 3), ("0%s-%s" % (p, loc), 1), ("0%s %s %s" % (p, loc[:4], loc[4:]), 2),
                     ("+49 (0)%s %s %s" % (p, loc[:4], loc[4:]), 1), ("+49 %s %s" % (p, loc), 2)]
        else:
            a = ph.intl_groups[0]
            p, loc = nsn[:a], nsn[a:]
            opts += [("0%s/%s" % (p, loc), 3), ("(0%s) %s %s" % (p, loc[:4], loc[4:]), 2), ("0%s %s" % (p, loc), 3),
                     ("+49 %s %s" % (p, loc), 3)]
    if cc == "AT":
        p = 3 if ph.kind == "mobile" else 1
        opts += [("0%s/%s" % (nsn[:p], nsn[p:]), 2), ("+43 %s %s" % (nsn[:p], nsn[p:]), 3),
                 ("+43 (0)%s %s" % (nsn[:p], group(nsn[p:], [3, 2, 2])), 1)]
    if cc == "AU":
        if ph.kind == "landline":
            opts += [("(0%s) %s %s" % (nsn[0], nsn[1:5], nsn[5:]), 5)]
        else:
            opts += [("0%s %s %s %s" % (nsn[0], nsn[1:4], nsn[4:7], nsn[7:]), 0), ("+61 %s %s %s" % (nsn[:3], nsn[3:6], nsn[6:]), 2)]
    if cc == "IE" and ph.kind == "landline":
        opts += [("(01) %s %s" % (nsn[1:4], nsn[4:]), 3)]
    if cc == "GB":
        if ph.kind == "landline" and nsn.startswith("20"):
            opts += [("(020) %s %s" % (nsn[2:6], nsn[6:]), 2)]
        if ph.kind == "mobile":
            opts += [("0%s %s %s" % (nsn[:4], nsn[4:7], nsn[7:]), 2)]
    return wchoice(rng, opts) + ext


EXT_RE = re.compile(r"(?i)(\s*(ext\.?|x|ankn\.|durchwahl|dw|intern|int\.)\s*\d{1,4}|\s?-\s?\d{1,3})$")


def phone_ok(s, cc):
    s = s.strip()
    if not re.fullmatch(r"[+(\d][\d \-./()+]*\d(\s*[A-Za-z.]+\s*\d+)?", s):
        return False
    core = s
    m = re.search(r"(?i)\s*(ext\.?|x|ankn\.|durchwahl|dw|intern|int\.)\s*\d{1,4}$", core)
    if m:
        core = core[:m.start()]
    code = COUNTRY_CODE[cc]
    lo, hi = NSN_LEN[cc]
    d = digits_of(core)
    if core.startswith("+") or core.startswith("(+"):
        if not d.startswith(code):
            return False
        rest = d[len(code):]
        if "(0)" in core and rest.startswith("0"):
            rest = rest[1:]
    elif core.startswith("00"):
        if not d.startswith("00" + code):
            return False
        rest = d[2 + len(code):]
    else:
        rest = d
        if cc == "US" and rest.startswith("1") and len(rest) == 11:
            rest = rest[1:]
        if TRUNK[cc]:
            if not rest.startswith("0"):
                return cc == "AR" and rest.startswith("15")
            rest = rest[1:]
    if cc == "AR":
        return 8 <= len(rest) <= 13
    # a German/Austrian direct-dial suffix may add up to 3 digits
    extra = 4 if cc in ("DE", "AT") else 0
    return lo <= len(rest) <= hi + extra


# ---------------------------------------------------------------------------
# dates
# ---------------------------------------------------------------------------

MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
    "sv": ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober", "november", "december"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
}
WEEKDAYS_EN = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
MONTHS_EN3 = [m[:3] for m in MONTHS["en"]]


def fmt_date(rng, d, loc, birth=False):
    lang = loc.lang
    D, M, Y = d.day, d.month, d.year
    if loc.code == "de-AT" and M == 1 and chance(rng, 0.5):
        mname = "Jänner"
    else:
        mname = MONTHS[lang][M - 1]
    if loc.code == "en-US":
        return wchoice(rng, [("%02d/%02d/%d" % (M, D, Y), 4), ("%d/%d/%d" % (M, D, Y), 2), ("%s %d, %d" % (mname, D, Y), 3),
                             ("%d-%02d-%02d" % (Y, M, D), 1), ("%s %d, %d" % (MONTHS_EN3[M - 1], D, Y), 1)])
    if lang == "en":
        return wchoice(rng, [("%02d/%02d/%d" % (D, M, Y), 5), ("%d %s %d" % (D, mname, Y), 3), ("%d %s %d" % (D, MONTHS_EN3[M - 1], Y), 1),
                             ("%d-%02d-%02d" % (Y, M, D), 1), ("%d/%d/%d" % (D, M, Y), 1), ("%02d.%02d.%d" % (D, M, Y), 1 if loc.code == "en-XX" else 0),
                             ("%dth of %s %d" % (D, mname, Y), 1 if D in (4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 24, 25, 26, 27, 28, 29, 30) else 0)])
    if lang == "sv":
        return wchoice(rng, [("%d-%02d-%02d" % (Y, M, D), 6), ("%d %s %d" % (D, mname, Y), 3), ("%d/%d %d" % (D, M, Y), 1)])
    if lang == "de":
        return wchoice(rng, [("%02d.%02d.%d" % (D, M, Y), 6), ("%d.%d.%d" % (D, M, Y), 2), ("%d. %s %d" % (D, mname, Y), 3),
                             ("%02d.%02d.%02d" % (D, M, Y % 100), 1 if birth else 0)])
    if lang == "es":
        return wchoice(rng, [("%02d/%02d/%d" % (D, M, Y), 6), ("%d de %s de %d" % (D, mname, Y), 3), ("%02d-%02d-%d" % (D, M, Y), 1),
                             ("%d/%d/%d" % (D, M, Y), 1)])
    raise ValueError(lang)


ALL_MONTHS = {}
for _lang, _names in MONTHS.items():
    for _i, _n in enumerate(_names):
        ALL_MONTHS[_n.lower()] = _i + 1
        ALL_MONTHS[_n.lower()[:3]] = _i + 1
ALL_MONTHS["jänner"] = 1


def parse_date_any(s):
    """Return a list of (y, m, d) readings of a date string in any of the used formats."""
    s = s.strip()
    out = []

    def add(y, m, d):
        y = int(y)
        if y < 100:
            y += 1900
        try:
            out.append(datetime.date(y, int(m), int(d)))
        except ValueError:
            pass
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", s)
    if m:
        add(m.group(1), m.group(2), m.group(3))
    m = re.fullmatch(r"(\d{1,2})[./-](\d{1,2})[./-](\d{4}|\d{2})", s)
    if m:
        add(m.group(3), m.group(2), m.group(1))
        add(m.group(3), m.group(1), m.group(2))
    m = re.fullmatch(r"(\d{1,2})/(\d{1,2}) (\d{4})", s)
    if m:
        add(m.group(3), m.group(2), m.group(1))
    m = re.fullmatch(r"(\d{1,2})(?:th of|\.)? (?:de )?([A-Za-zäéÄ]+) (?:de )?(\d{4})", s)
    if m and m.group(2).lower() in ALL_MONTHS:
        add(m.group(3), ALL_MONTHS[m.group(2).lower()], m.group(1))
    m = re.fullmatch(r"([A-Za-z]+) (\d{1,2}), (\d{4})", s)
    if m and m.group(1).lower() in ALL_MONTHS:
        add(m.group(3), ALL_MONTHS[m.group(1).lower()], m.group(2))
    return out


def fmt_timestamp(rng, loc, dt=None):
    if dt is None:
        d = gen_recent_date(rng)
        dt = datetime.datetime(d.year, d.month, d.day, rng.randint(6, 22), rng.randint(0, 59), rng.randint(0, 59))
    f = rng.random()
    if f < 0.3:
        return dt.strftime("%Y-%m-%d %H:%M:%S")
    if f < 0.45:
        return dt.strftime("%Y-%m-%dT%H:%M:%S") + rng.choice(["Z", ".%03dZ" % rng.randint(0, 999), "+01:00", "+10:00"])
    if f < 0.6:
        return "%s, %d %s %d %s %s" % (WEEKDAYS_EN[dt.weekday()], dt.day, MONTHS_EN3[dt.month - 1], dt.year, dt.strftime("%H:%M:%S"),
                                       rng.choice(["+0000", "+0100", "+1000", "-0500", "+0200"]))
    if loc.lang == "de":
        return dt.strftime("%d.%m.%Y %H:%M")
    if loc.lang == "sv":
        return dt.strftime("%Y-%m-%d %H:%M")
    if loc.code == "en-US":
        h = dt.hour % 12 or 12
        return "%d/%d/%d %d:%02d %s" % (dt.month, dt.day, dt.year, h, dt.minute, "AM" if dt.hour < 12 else "PM")
    return dt.strftime("%d/%m/%Y %H:%M")


# ---------------------------------------------------------------------------
# locales and people
# ---------------------------------------------------------------------------


class Locale:
    def __init__(self, code, lang, cc, culture, html_lang):
        self.code, self.lang, self.cc, self.culture, self.html_lang = code, lang, cc, culture, html_lang


LOCALES = [
    (Locale("en-GB", "en", "GB", "gb", "EN-GB"), 13), (Locale("en-US", "en", "US", "us", "EN-US"), 11),
    (Locale("en-AU", "en", "AU", "au", "EN-AU"), 11), (Locale("en-IE", "en", "IE", "ie", "EN-IE"), 5),
    (Locale("en-XX", "en", None, "intl", "EN-US"), 8),
    (Locale("sv-SE", "sv", "SE", "se", "SV"), 16),
    (Locale("de-DE", "de", "DE", "de", "DE"), 10), (Locale("de-AT", "de", "AT", "at", "DE-AT"), 3),
    (Locale("de-CH", "de", "CH", "ch", "DE-CH"), 3),
    (Locale("es-ES", "es", "ES", "es", "ES"), 11), (Locale("es-MX", "es", "MX", "latam", "ES-MX"), 4),
    (Locale("es-AR", "es", "AR", "latam", "ES-AR"), 3), (Locale("es-CO", "es", "CO", "latam", "ES-CO"), 2),
]

NATIONAL_IDS = {
    "SE": [("se_personnummer", 6), ("se_personnummer_12", 3), ("se_personnummer_plus", 1), ("se_samordningsnummer", 2)],
    "AU": [("au_tfn", 4), ("au_medicare", 4), ("au_abn", 2)],
    "GB": [("gb_nino", 5), ("gb_nhs", 4)],
    "IE": [("ie_ppsn", 1)],
    "US": [("us_ssn", 1)],
    "DE": [("de_steuer_id", 1)],
    "CH": [("ch_ahv", 1)],
    "ES": [("es_dni", 3), ("es_nie", 1)],
}

ID_NAMES = {
    "se_personnummer": {"en": "personnummer", "sv": "Personnummer"},
    "se_personnummer_12": {"en": "personnummer", "sv": "Personnummer"},
    "se_personnummer_plus": {"en": "personnummer", "sv": "Personnummer"},
    "se_samordningsnummer": {"en": "samordningsnummer", "sv": "Samordningsnummer"},
    "au_tfn": {"en": "TFN"}, "au_medicare": {"en": "Medicare number"}, "au_abn": {"en": "ABN"},
    "gb_nino": {"en": "National Insurance number"}, "gb_nhs": {"en": "NHS number"},
    "ie_ppsn": {"en": "PPS number"}, "us_ssn": {"en": "SSN"},
    "de_steuer_id": {"en": "tax ID (Steuer-ID)", "de": "Steuer-ID"}, "ch_ahv": {"en": "AHV number", "de": "AHV-Nummer"},
    "es_dni": {"en": "DNI", "es": "DNI"}, "es_nie": {"en": "NIE", "es": "NIE"},
}


def gen_national_id(rng, sub, dob):
    if sub == "se_personnummer":
        return gen_pnr(rng, dob, "pnr")
    if sub == "se_personnummer_12":
        return gen_pnr(rng, dob, "pnr12")
    if sub == "se_personnummer_plus":
        return gen_pnr(rng, dob, "pnr_plus")
    if sub == "se_samordningsnummer":
        return gen_pnr(rng, dob, "samordning")
    return {"au_tfn": gen_tfn, "au_medicare": gen_medicare, "au_abn": gen_abn, "gb_nino": gen_nino, "gb_nhs": gen_nhs,
            "ie_ppsn": gen_ppsn, "us_ssn": gen_ssn, "de_steuer_id": gen_steuer, "ch_ahv": gen_ahv, "es_dni": gen_dni,
            "es_nie": gen_nie}[sub](rng)


def national_id_ok(sub, s):
    if sub.startswith("se_"):
        if not pnr_ok(s):
            return False
        if sub == "se_personnummer_plus":
            return "+" in s
        if sub == "se_samordningsnummer":
            dd = digits_of(s)[-6:-4]
            return int(dd) > 60
        return True
    return {"au_tfn": tfn_ok, "au_medicare": medicare_ok, "au_abn": abn_ok, "gb_nino": nino_ok, "gb_nhs": nhs_ok,
            "ie_ppsn": ppsn_ok, "us_ssn": ssn_ok, "de_steuer_id": steuer_ok, "ch_ahv": ahv_ok, "es_dni": dni_ok,
            "es_nie": nie_ok}[sub](s)


class Person:
    pass


def make_person(rng, loc, cc=None, culture=None, gender=None, work_domain=None, with_ids=True):
    p = Person()
    p.cc = cc or loc.cc
    p.culture = culture or loc.culture
    p.first, p.last, p.gender = pick_name(rng, p.culture, gender)
    p.full = p.first + " " + p.last
    p.email = gen_email(rng, p.first, p.last, p.cc, work_domain)
    p.phone = make_phone(rng, p.cc)
    p.phone_text = fmt_phone(rng, p.phone)
    if p.cc == "SE" and chance(rng, 0.1):
        p.dob = gen_dob(rng, 1914, 1924)
    else:
        p.dob = gen_dob(rng)
    p.ids = []
    if with_ids and p.cc in NATIONAL_IDS:
        opts = NATIONAL_IDS[p.cc]
        if p.dob.year < 1925 and p.cc == "SE":
            sub = "se_personnummer_plus"
        else:
            sub = wchoice(rng, [o for o in opts if o[0] != "se_personnummer_plus"] or opts)
        p.ids.append((sub, gen_national_id(rng, sub, p.dob)))
    return p


def last_first(p):
    return "%s, %s" % (p.last, p.first)

# ---------------------------------------------------------------------------
# document builder: text is appended piece by piece; labels record offsets
# ---------------------------------------------------------------------------

HTML_NAMED = {
    "ä": "auml", "ö": "ouml", "å": "aring", "ü": "uuml", "ß": "szlig", "é": "eacute", "á": "aacute", "í": "iacute",
    "ó": "oacute", "ú": "uacute", "ñ": "ntilde", "è": "egrave", "ç": "ccedil", "ø": "oslash", "æ": "aelig",
    "ë": "euml", "ï": "iuml", "à": "agrave", "ò": "ograve", "â": "acirc", "ê": "ecirc", "ô": "ocirc",
    "Ä": "Auml", "Ö": "Ouml", "Å": "Aring", "Ü": "Uuml", "É": "Eacute", "Á": "Aacute", "Í": "Iacute",
    "Ó": "Oacute", "Ú": "Uacute", "Ñ": "Ntilde", "º": "ordm", "ª": "ordf", "€": "euro", "£": "pound",
    "–": "ndash", "—": "mdash", "’": "rsquo", "“": "ldquo", "”": "rdquo", "°": "deg", "¿": "iquest",
    "¡": "iexcl", "·": "middot", "…": "hellip", "à": "agrave",
}


def esc_html(s, ent):
    out = []
    for ch in s:
        o = ord(ch)
        if ch == "&":
            out.append("&amp;")
        elif ch == "<":
            out.append("&lt;")
        elif ch == ">":
            out.append("&gt;")
        elif 127 < o < 0x2100 and ent != "raw":
            if ent == "named" and ch in HTML_NAMED:
                out.append("&%s;" % HTML_NAMED[ch])
            elif ent == "hex":
                out.append("&#x%X;" % o)
            else:
                out.append("&#%d;" % o)
        else:
            out.append(ch)
    return "".join(out)


class L:
    """A labelled value."""

    def __init__(self, value, cat, sub=None, **opts):
        self.value, self.cat, self.sub, self.opts = value, cat, sub, opts


class N:
    """A hard-negative value."""

    def __init__(self, value, kind):
        self.value, self.kind = value, kind


class R:
    """Raw markup: html form and plain form."""

    def __init__(self, h, p=""):
        self.h, self.p = h, p


def vis_len(parts):
    if parts is None:
        return 0
    if isinstance(parts, (list, tuple)):
        return sum(vis_len(p) for p in parts)
    if isinstance(parts, str):
        return len(parts)
    if isinstance(parts, (L, N)):
        return len(parts.value)
    return len(parts.p)


def flatten_value(parts):
    """Replace newlines inside labelled values by ', ' (for one-line layouts)."""
    if isinstance(parts, (list, tuple)):
        return [flatten_value(p) for p in parts]
    if isinstance(parts, L) and "\n" in parts.value:
        return L(parts.value.replace("\n", ", "), parts.cat, parts.sub, **parts.opts)
    return parts


FX_CATS = ("phone", "payment_card", "iban", "national_id", "email", "postal_address")


class Doc:
    def __init__(self, rng, is_html, style, ent):
        self.rng, self.html, self.style, self.ent = rng, is_html, style, ent
        self.chunks, self.n = [], 0
        self.labels, self.negs = [], []
        self.nl_html = "<br>"
        self.fx = True
        self.in_pre = False
        self.qprefix = ""
        self.mso_q = rng.random() < 0.5  # class=MsoNormal vs class="MsoNormal"

    # -- low level -------------------------------------------------------
    def add(self, s):
        self.chunks.append(s)
        self.n += len(s.encode("utf-8"))

    def text(self):
        return "".join(self.chunks)

    def ent_now(self):
        return "raw" if self.in_pre else self.ent

    def esc(self, s):
        return esc_html(s, self.ent_now()) if self.html else s

    def put(self, x):
        if x is None:
            return
        if isinstance(x, (list, tuple)):
            for y in x:
                self.put(y)
            return
        if isinstance(x, str):
            if self.html and not self.in_pre and x.startswith("  "):
                k = len(x) - len(x.lstrip(" "))
                self.add("&nbsp;" * k)
                x = x[k:]
            self.add(self.esc(x))
        elif isinstance(x, R):
            self.add(x.h if self.html else x.p)
        elif isinstance(x, L):
            src = self.render_label(x)
            start = self.n
            self.add(src)
            self.labels.append({"start": start, "end": self.n, "category": x.cat, "subtype": x.sub})
        elif isinstance(x, N):
            start = self.n
            self.add(self.esc(x.value))
            self.negs.append({"start": start, "end": self.n, "kind": x.kind})
        else:
            raise TypeError(type(x))

    def render_label(self, x):
        v = x.value
        if not self.html:
            if "\n" in v and self.qprefix:
                raise AssertionError("multi-line label inside plain quote")
            return v
        lines = v.split("\n")
        return self.nl_html.join(self.render_line(line, x) for line in lines)

    def render_line(self, line, x):
        rng = self.rng
        if x.opts.get("attr"):
            return line.replace("&", "&amp;")
        if x.opts.get("run_split") and len(line) > 3:
            # Word splits a text run in the middle of a word: <span lang=..>Anna Svens</span><span lang=..>son</span>
            k = rng.randint(1, len(line) - 2)
            if line[k] == " " or line[k - 1] == " ":
                k = line.index(" ") + 2 if " " in line and line.index(" ") + 2 < len(line) else k
            return (esc_html(line[:k], self.ent_now()) + "</span><span lang=%s style='color:#1F3864'>" % x.opts["run_split"] +
                    esc_html(line[k:], self.ent_now()))
        if not self.fx or self.in_pre or x.cat not in FX_CATS or x.opts.get("plain"):
            return esc_html(line, self.ent_now())
        toks = line.split(" ")
        cat = x.cat
        ent = self.ent_now()
        if cat == "email":
            s = esc_html(line, ent)
            if "@" in s and chance(rng, 0.22):
                s = s.replace("@", rng.choice(["&#64;", "&#64;", "&#x40;", "&commat;"]))
            return s
        etoks = [esc_html(t, ent) for t in toks]
        if cat in ("phone", "payment_card", "iban", "national_id") and len(toks) >= 3 and chance(rng, 0.14):
            j = rng.randint(1, len(toks) - 2)
            tag = rng.choice([("<b>", "</b>"), ("<span style=\"color:#1F497D\">", "</span>"), ("<span class=\"il\">", "</span>"),
                              ("<strong>", "</strong>"), ("<font color=\"#222222\">", "</font>")])
            k = rng.randint(j, len(toks) - 2)
            etoks[j] = tag[0] + etoks[j]
            etoks[k] = etoks[k] + tag[1]
        if cat in ("iban", "payment_card") and len(toks) == 1 and len(line) >= 12 and chance(rng, 0.12):
            p = rng.randint(4, len(line) - 4)
            return etoks[0][:p] + "<wbr>" + etoks[0][p:]
        sep = " "
        if cat in ("phone", "national_id", "payment_card", "iban") and len(toks) >= 2 and chance(rng, 0.22):
            sep = "&nbsp;"
        if cat == "postal_address" and " " in line and chance(rng, 0.1):
            j = line.rfind(" ")
            return esc_html(line[:j], ent) + "&nbsp;" + esc_html(line[j + 1:], ent)
        return sep.join(etoks)

    # -- blocks ------------------------------------------------------------
    def mso(self):
        return "<p class=\"MsoNormal\">" if self.mso_q else "<p class=MsoNormal>"

    def p(self, *parts):
        if not self.html:
            self.add(self.qprefix)
            self.put(list(parts))
            self.add("\n" + self.qprefix.rstrip() + "\n" if self.qprefix else "\n\n")
            return
        st = self.style
        if st == "outlook":
            self.add(self.mso())
            self.put(list(parts))
            self.add("<o:p></o:p></p>\n")
            self.add(self.mso() + "<o:p>&nbsp;</o:p></p>\n")
        elif st == "gmail":
            self.add("<div>")
            self.put(list(parts))
            self.add("</div>\n<div><br></div>\n")
        else:
            self.add("<p>")
            self.put(list(parts))
            self.add("</p>\n")

    def lines(self, rows, tight=False):
        rows = [r for r in rows if r is not None]
        if not self.html:
            for r in rows:
                self.add(self.qprefix)
                self.put(r)
                self.add("\n")
            if not tight:
                self.add(self.qprefix.rstrip() + "\n" if self.qprefix else "\n")
            return
        st = self.style
        if st == "outlook":
            if chance(self.rng, 0.5):
                self.nl_html = "<o:p></o:p></p>\n" + self.mso()
                for r in rows:
                    self.add(self.mso())
                    self.put(r)
                    self.add("<o:p></o:p></p>\n")
            else:
                self.nl_html = "<br>\n"
                self.add(self.mso())
                for i, r in enumerate(rows):
                    if i:
                        self.add("<br>\n")
                    self.put(r)
                self.add("<o:p></o:p></p>\n")
            if not tight:
                self.add(self.mso() + "<o:p>&nbsp;</o:p></p>\n")
        elif st == "gmail":
            if chance(self.rng, 0.6):
                self.nl_html = "</div>\n<div>"
                for r in rows:
                    self.add("<div>")
                    self.put(r)
                    self.add("</div>\n")
            else:
                self.nl_html = "<br>"
                self.add("<div>")
                for i, r in enumerate(rows):
                    if i:
                        self.add("<br>")
                    self.put(r)
                self.add("</div>\n")
            if not tight:
                self.add("<div><br></div>\n")
        else:
            self.nl_html = rng_choice(self.rng, ["<br>\n", "<br />\n", "<br>"])
            self.add("<p>")
            for i, r in enumerate(rows):
                if i:
                    self.add(self.nl_html)
                self.put(r)
            self.add("</p>\n")
        self.nl_html = "<br>"

    def kv(self, rows, layout=None):
        """Form-like key/value block. rows: list of (key, parts)."""
        rng = self.rng
        rows = [r for r in rows if r is not None]
        if not self.html:
            layout = layout or wchoice(rng, [("colon", 5), ("aligned", 3), ("twoline", 1), ("md", 1), ("bullet", 1)])
            width = max(len(k) for k, _ in rows) + 2
            for k, v in rows:
                if layout == "colon":
                    self.add(k + ": ")
                    self.put(v)
                elif layout == "aligned":
                    self.add((k + ":").ljust(width + 1))
                    self.put(flatten_value(v))
                elif layout == "twoline":
                    self.add(k + "\n")
                    self.put(v)
                    self.add("\n")
                elif layout == "md":
                    self.add("**" + k + ":** ")
                    self.put(flatten_value(v))
                else:
                    self.add("- " + k + ": ")
                    self.put(flatten_value(v))
                self.add("\n")
            self.add("\n")
            return
        layout = layout or wchoice(rng, [("table2", 4), ("strong", 3), ("mso_table", 2 if self.style == "outlook" else 0),
                                         ("dl", 1), ("div", 2 if self.style == "gmail" else 1)])
        if layout == "table2":
            self.add(rng_choice(rng, ["<table>\n", "<table border=\"0\" cellpadding=\"3\" cellspacing=\"0\">\n",
                                      "<table class=\"form-data\" style=\"width:100%\">\n"]))
            tbody = chance(rng, 0.5)
            kt = rng_choice(rng, [("<td style=\"font-weight:bold;padding-right:12px\">", "</td>"), ("<th align=\"left\">", "</th>"),
                                  ("<td><b>", "</b></td>")])
            self.add("<tbody>\n" if tbody else "")
            self.nl_html = "<br>"
            for k, v in rows:
                self.add("<tr>" + kt[0] + self.esc(k) + kt[1] + "<td>")
                self.put(v)
                self.add("</td></tr>\n")
            self.add("</tbody>\n" if tbody else "")
            self.add("</table>\n")
        elif layout == "mso_table":
            self.add("<table class=MsoNormalTable border=0 cellspacing=0 cellpadding=0 style='border-collapse:collapse'>\n")
            self.nl_html = "<o:p></o:p></p>\n" + self.mso()
            for k, v in rows:
                self.add("<tr><td width=180 valign=top style='padding:0cm 5.4pt 0cm 5.4pt'>" + self.mso() + "<b>" + self.esc(k) +
                         "<o:p></o:p></b></p></td><td valign=top style='padding:0cm 5.4pt 0cm 5.4pt'>" + self.mso())
                self.put(v)
                self.add("<o:p></o:p></p></td></tr>\n")
            self.add("</table>\n")
            self.add(self.mso() + "<o:p>&nbsp;</o:p></p>\n")
        elif layout == "strong":
            self.nl_html = "<br>\n"
            self.add("<p>")
            for i, (k, v) in enumerate(rows):
                if i:
                    self.add("<br>\n")
                self.add("<strong>" + self.esc(k) + ":</strong> ")
                self.put(flatten_value(v))
            self.add("</p>\n")
        elif layout == "dl":
            self.nl_html = "<br>"
            self.add("<dl>\n")
            for k, v in rows:
                self.add("<dt>" + self.esc(k) + "</dt><dd>")
                self.put(v)
                self.add("</dd>\n")
            self.add("</dl>\n")
        else:
            self.nl_html = "<br>"
            for k, v in rows:
                self.add("<div><b>" + self.esc(k) + ":</b> ")
                self.put(flatten_value(v))
                self.add("</div>\n")
            self.add("<div><br></div>\n")
        self.nl_html = "<br>"

    def table(self, header, rows, layout=None):
        rng = self.rng
        rows = [[flatten_value(c) for c in r] for r in rows]
        if not self.html:
            layout = layout or wchoice(rng, [("pipe", 4), ("tsv", 3), ("fixed", 3)])
            if layout == "pipe":
                self.add("| " + " | ".join(header) + " |\n")
                self.add("|" + "|".join("---" for _ in header) + "|\n")
                for r in rows:
                    self.add("| ")
                    for i, c in enumerate(r):
                        if i:
                            self.add(" | ")
                        self.put(c)
                    self.add(" |\n")
            elif layout == "tsv":
                self.add("\t".join(header) + "\n")
                for r in rows:
                    for i, c in enumerate(r):
                        if i:
                            self.add("\t")
                        self.put(c)
                    self.add("\n")
            else:
                widths = [max([len(h)] + [vis_len(r[i]) for r in rows]) + 2 for i, h in enumerate(header)]
                self.add("".join(h.ljust(widths[i]) for i, h in enumerate(header)).rstrip() + "\n")
                self.add("".join(("-" * (widths[i] - 2)).ljust(widths[i]) for i in range(len(header))).rstrip() + "\n")
                for r in rows:
                    for i, c in enumerate(r):
                        self.put(c)
                        if i < len(r) - 1:
                            self.add(" " * (widths[i] - vis_len(c)))
                    self.add("\n")
            self.add("\n")
            return
        layout = layout or ("mso" if self.style == "outlook" and chance(rng, 0.6) else rng_choice(rng, ["basic", "styled"]))
        if layout == "mso":
            self.add("<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;border:none'>\n")
            for ri, r in enumerate([header] + rows):
                self.add("<tr>")
                for c in r:
                    self.add("<td valign=top style='border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt'>" + self.mso())
                    if ri == 0:
                        self.add("<b>" + self.esc(c) + "<o:p></o:p></b>")
                    else:
                        self.put(c)
                        self.add("<o:p></o:p>")
                    self.add("</p></td>")
                self.add("</tr>\n")
            self.add("</table>\n")
            self.add(self.mso() + "<o:p>&nbsp;</o:p></p>\n")
            return
        if layout == "styled":
            self.add("<table style=\"border-collapse:collapse;width:100%\" border=\"1\" cellpadding=\"4\">\n<thead><tr>")
            for h in header:
                self.add("<th style=\"background:#f2f2f2;text-align:left\">" + self.esc(h) + "</th>")
            self.add("</tr></thead>\n<tbody>\n")
        else:
            self.add("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\">\n<tr>")
            for h in header:
                self.add("<th>" + self.esc(h) + "</th>")
            self.add("</tr>\n")
        for r in rows:
            self.add("<tr>")
            for c in r:
                self.add("<td>")
                self.put(c)
                self.add("</td>")
            self.add("</tr>\n")
        self.add("</tbody>\n</table>\n" if layout == "styled" else "</table>\n")

    def pre(self, rows, fence=None):
        rng = self.rng
        if not self.html:
            if fence is None:
                fence = chance(rng, 0.3)
            if fence:
                self.add("```\n")
            for r in rows:
                self.put(r)
                self.add("\n")
            if fence:
                self.add("```\n")
            self.add("\n")
            return
        layout = wchoice(rng, [("pre", 5), ("mso", 3 if self.style == "outlook" else 0), ("mono", 2 if self.style == "gmail" else 0),
                               ("code_br", 1)])
        if layout == "pre":
            self.in_pre = True
            self.nl_html = "\n"
            self.add(rng_choice(rng, ["<pre>", "<pre style=\"white-space:pre-wrap\">", "<pre><code>"]))
            closing = "</code></pre>\n" if self.chunks[-1] == "<pre><code>" else "</pre>\n"
            for i, r in enumerate(rows):
                if i:
                    self.add("\n")
                self.put(r)
            self.add(closing)
            self.in_pre = False
        elif layout == "mso":
            op = self.mso() + "<span style='font-family:\"Courier New\";font-size:9.0pt'>"
            self.nl_html = "<o:p></o:p></span></p>\n" + op
            self.fx = False
            for r in rows:
                self.add(op)
                if not r or r == "":
                    self.add("&nbsp;")
                self.put(r)
                self.add("<o:p></o:p></span></p>\n")
            self.fx = True
        elif layout == "mono":
            op = "<div><font face=\"monospace\">"
            self.nl_html = "</font></div>\n" + op
            self.fx = False
            for r in rows:
                self.add(op)
                self.put(r)
                self.add("<br>" if not r else "")
                self.add("</font></div>\n")
            self.fx = False
            self.fx = True
        else:
            self.nl_html = "<br>\n"
            self.fx = False
            self.add("<code>")
            for i, r in enumerate(rows):
                if i:
                    self.add("<br>\n")
                self.put(r)
            self.add("</code>\n")
            self.fx = True
        self.nl_html = "<br>"

    def hr(self):
        if self.html:
            self.add(rng_choice(self.rng, ["<hr>\n", "<hr />\n", "<div>--</div>\n"]))
        else:
            self.add(self.qprefix + rng_choice(self.rng, ["---", "--", "____________________"]) + "\n")


def rng_choice(rng, seq):
    return rng.choice(seq)


OUTLOOK_HEAD = ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
                'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
                'xmlns="http://www.w3.org/TR/REC-html40"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">'
                '<meta name="Generator" content="Microsoft Word 15 (filtered medium)"><style><!--\n/* Font Definitions */\n'
                '@font-face\n\t{font-family:"Cambria Math";\n\tpanose-1:')
OUTLOOK_HEAD2 = (';}\n@font-face\n\t{font-family:Calibri;\n\tpanose-1:2 15 5 2 2 2 4 3 2 4;}\n/* Style Definitions */\n'
                 'p.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n\tfont-size:11.0pt;\n\tfont-family:"Calibri",sans-serif;}\n'
                 'a:link, span.MsoHyperlink\n\t{mso-style-priority:99;\n\tcolor:#0563C1;\n\ttext-decoration:underline;}\n'
                 '.MsoChpDefault\n\t{mso-style-type:export-only;}\n@page WordSection1\n\t{size:612.0pt 792.0pt;\n\tmargin:72.0pt 72.0pt 72.0pt 72.0pt;}\n'
                 'div.WordSection1\n\t{page:WordSection1;}\n--></style></head>')


def doc_begin(d, loc):
    if not d.html:
        return
    if d.style == "outlook":
        d.add(OUTLOOK_HEAD)
        d.put(N("2 4 5 3 5 4 6 3 2 4", "markup"))
        d.add(OUTLOOK_HEAD2)
        d.add('<body lang=%s link="#0563C1" vlink="#954F72" style=\'word-wrap:break-word\'>%s\n'
              % (loc.html_lang, '<div class="WordSection1">' if d.mso_q else "<div class=WordSection1>"))
    elif d.style == "gmail":
        d.add('<div dir="ltr">')
    else:
        d.add(rng_choice(d.rng, ['<div class="zd-comment" dir="auto">\n', '<div class="ticket-body">\n', '<html><body>\n',
                                 '<div style="font-family:Arial,sans-serif;font-size:14px">\n']))


def doc_end(d):
    if not d.html:
        return
    if d.style == "outlook":
        d.add("</div></body></html>")
    elif d.style == "gmail":
        d.add("</div>")
    else:
        first = d.chunks[0]
        d.add("</body></html>" if first.startswith("<html>") else "</div>")

# ---------------------------------------------------------------------------
# ticket context, part helpers, vocabulary
# ---------------------------------------------------------------------------

PH_RE = re.compile(r"\{(\w+)\}")


def fill(tpl, kw):
    out, pos = [], 0
    for m in PH_RE.finditer(tpl):
        if m.start() > pos:
            out.append(tpl[pos:m.start()])
        v = kw[m.group(1)]
        if callable(v):
            v = v()
        out.append(v)
        pos = m.end()
    if pos < len(tpl):
        out.append(tpl[pos:])
    return out


VENDORS = {
    "GB": [("Tallyworks", "tallyworks.co.uk", "Tallyworks Payroll"), ("Brightwater Broadband", "brightwater.net.uk", "Brightwater Hub"),
           ("Kestrel Parcel", "kestrelparcel.co.uk", "Kestrel app")],
    "US": [("Pinecrest Mutual", "pinecrestmutual.com", "Pinecrest mobile app"), ("Ledgerly", "ledgerly.io", "Ledgerly Books"),
           ("Northbeam Fitness", "northbeamfit.com", "Northbeam Club app")],
    "AU": [("Wattle Energy", "wattleenergy.com.au", "Wattle app"), ("Coastline Telco", "coastline.net.au", "Coastline NBN"),
           ("Bluegum Health", "bluegumhealth.com.au", "Bluegum member portal")],
    "IE": [("Liffey Broadband", "liffeybb.ie", "Liffey Fibre"), ("Shannon Insure", "shannoninsure.ie", "Shannon app")],
    "SE": [("Nordvik Hosting", "nordvikhosting.se", "Nordvik Panel"), ("Fjällhyra", "fjallhyra.se", "Fjällhyra-appen"),
           ("Kvarnbo El", "kvarnboel.se", "Mina sidor")],
    "DE": [("Hafenblick Logistik", "hafenblick-logistik.de", "Sendungsportal"), ("Stromkontor", "stromkontor.de", "Kundenportal"),
           ("Buchwerk Online", "buchwerk.de", "Buchwerk-App")],
    "AT": [("Alpenstrom", "alpenstrom.at", "Alpenstrom Kundenportal")],
    "CH": [("Seeblick Versicherungen", "seeblick-versicherung.ch", "myseeblick")],
    "ES": [("Solmar Viajes", "solmarviajes.es", "app Solmar"), ("Telcomar", "telcomar.es", "Área de cliente")],
    "MX": [("Mercadito Digital", "mercadito.com.mx", "app Mercadito")],
    "AR": [("Pampa Cloud", "pampacloud.com.ar", "panel Pampa")],
    "CO": [("Andina Seguros", "andinaseguros.com.co", "portal Andina")],
}
ROLE_LOCAL = {"en": ["support", "help", "billing", "accounts", "hello", "care"], "sv": ["kundtjanst", "support", "faktura", "info"],
              "de": ["kundenservice", "support", "service", "buchhaltung"], "es": ["atencion", "soporte", "clientes", "facturacion"]}
WORK_DOMAINS = {"SE": ["lindqvistbygg.se", "nordljus-arkitekter.se", "bergslagens-redovisning.se"],
                "DE": ["bergmann-elektro.de", "praxis-dr-kuehn.de", "elbtal-immobilien.de"],
                "AT": ["alpina-steuerberatung.at", "donau-tischlerei.at"], "CH": ["alpina-treuhand.ch", "zuger-praxis.ch"],
                "IE": ["mccarthy-plumbing.ie", "westport-dental.ie"], "GB": ["fairbairn-associates.co.uk", "pennine-joinery.co.uk"],
                "AU": ["harbourview-dental.com.au", "redgum-legal.com.au", "saltbush-accounting.com.au"],
                "US": ["oakridge-vet.com", "kowalski-design.com", "bluefin-logistics.com"],
                "ES": ["quinta-verde.es", "grupo-andaluz.es", "asesoria-iturbe.es"], "MX": ["ferreteria-ruiz.com.mx", "despacho-lara.mx"],
                "AR": ["estudio-sosa.com.ar", "bodega-lujan.com.ar"], "CO": ["clinica-andes.com.co", "cafe-quindio.co"]}
COMPANIES_LIKE_NAMES = ["John Lewis", "David Jones", "Paul Smith", "Ted Baker", "Gina Tricot", "Filippa K", "Clas Ohlson",
                        "Hugo Boss", "Jack Wolfskin", "Tom Tailor", "Marc O'Polo", "Massimo Dutti", "Adolfo Domínguez",
                        "Carolina Herrera", "Harvey Norman", "Dick Smith", "Peek & Cloppenburg", "Tommy Hilfiger",
                        "Calvin Klein", "Ralph Lauren", "Ben Sherman", "Laura Ashley", "Karl Lagerfeld"]
PRODUCTS_LIKE_NAMES = ["Mercedes-Benz", "Alfa Romeo", "Aston Martin", "Jack Daniel's", "Dr. Oetker", "Ben & Jerry's",
                       "Johnnie Walker", "Tío Pepe", "Don Simón", "Hello Kitty", "Kinder Joy"]
BOT_NAMES = ["Ada", "Otto", "Nova", "Elvira", "Max"]


class Ctx:
    pass


def V(ctx, table):
    """Pick a template for the ticket's language (non-native English may also use the 'xx' list)."""
    lang = ctx.lang
    opts = list(table.get(lang, table.get("en")))
    if ctx.loc.code == "en-XX" and "xx" in table:
        opts = opts + list(table["xx"]) * 2
    if ctx.loc.code in table:
        opts = opts + list(table[ctx.loc.code]) * 2
    return ctx.rng.choice(opts)


def VF(ctx, table, **kw):
    return fill(V(ctx, table), kw)


# -- labelled pieces --------------------------------------------------------

def full_name(p, sub="full"):
    return L(p.full, "person_name", sub)


def first_name(p, sub="greeting"):
    return L(p.first, "person_name", sub)


def lastfirst_name(p):
    return L(last_first(p), "person_name", "last_first")


def surname(p):
    return L(p.last, "person_name", "surname_title")


def email_parts(ctx, addr, sub="personal", link=None):
    d = ctx.d
    if link is None:
        link = d.html and chance(ctx.rng, 0.4)
    if d.html and link and not d.in_pre:
        return [R('<a href="mailto:'), L(addr, "email", sub, attr=True), R('">'), L(addr, "email", sub), R("</a>")]
    return [L(addr, "email", sub)]


def phone_label(ctx, text, cc):
    return L(text, "phone", cc.lower())


def new_phone(ctx, cc=None, mobile=None):
    cc = cc or ctx.cc
    return L(fmt_phone(ctx.rng, make_phone(ctx.rng, cc, mobile)), "phone", cc.lower())


def addr_label(ctx, cc=None, multiline=False):
    txt, sub = gen_address(ctx.rng, cc or ctx.cc, multiline)
    return L(txt, "postal_address", sub)


def dob_label(ctx, d):
    return L(fmt_date(ctx.rng, d, ctx.loc, birth=True), "date_of_birth", ctx.lang)


def nid_label(sub, value):
    return L(value, "national_id", sub)


def card_label(ctx):
    shown, kind = gen_card(ctx.rng)
    return L(shown, "payment_card", kind)


def iban_label(ctx, cc=None):
    cc = cc or ctx.iban_cc
    return L(gen_iban(ctx.rng, cc), "iban", cc.lower())


def ip_label(ctx, v6=None):
    v6 = chance(ctx.rng, 0.3) if v6 is None else v6
    return L(gen_ipv6(ctx.rng) if v6 else gen_ipv4(ctx.rng), "ip_address", "v6" if v6 else "v4")


def secret_label(ctx, kind):
    return L(gen_secret(ctx.rng, kind), "secret", kind)


def pw_label(ctx):
    return L(gen_password(ctx.rng), "secret", "password")


def id_name(ctx, sub):
    names = ID_NAMES[sub]
    return names.get(ctx.lang, names.get("en"))


# -- hard negatives ---------------------------------------------------------

AMOUNT_FMT = {
    "GB": lambda r: "£%d.%02d" % (r.randint(3, 2400), r.randint(0, 99)),
    "IE": lambda r: "€%d.%02d" % (r.randint(3, 2400), r.randint(0, 99)),
    "US": lambda r: "$%s.%02d" % (format(r.randint(3, 12000), ","), r.randint(0, 99)),
    "AU": lambda r: r.choice(["$%d.%02d", "AUD %d.%02d", "A$%d.%02d"]) % (r.randint(3, 3000), r.randint(0, 99)),
    "SE": lambda r: "%s kr" % format(r.randint(49, 24000), ",").replace(",", " ") if r.random() < 0.6 else "%d,%02d SEK" % (r.randint(49, 9000), r.randint(0, 99)),
    "DE": lambda r: r.choice(["%s,%02d €", "%s,%02d EUR", "€ %s,%02d"]) % (format(r.randint(3, 9000), ",").replace(",", "."), r.randint(0, 99)),
    "AT": lambda r: "€ %s,%02d" % (format(r.randint(3, 9000), ",").replace(",", "."), r.randint(0, 99)),
    "CH": lambda r: "CHF %d.%02d" % (r.randint(5, 4000), r.randint(0, 99)) if r.random() < 0.8 else "CHF %d.–" % r.randint(5, 4000),
    "ES": lambda r: "%s,%02d €" % (format(r.randint(3, 9000), ",").replace(",", "."), r.randint(0, 99)),
    "MX": lambda r: "$%s.%02d MXN" % (format(r.randint(50, 60000), ","), r.randint(0, 99)),
    "AR": lambda r: "ARS %s" % format(r.randint(500, 900000), ",").replace(",", "."),
    "CO": lambda r: "COP %s" % format(r.randint(5000, 9000000), ",").replace(",", "."),
}

ERROR_CODES = ["0x80070005", "0x800CCC0E", "0x80004005", "ERR_SSL_PROTOCOL_ERROR", "ERR_CONNECTION_RESET", "E4012", "E_UPSTREAM_TIMEOUT",
               "ORA-12541", "SQLSTATE 23505", "AADSTS50126", "DNS_PROBE_FINISHED_NXDOMAIN", "ECONNREFUSED", "HTTP 502",
               "HTTP 429", "PAY-4031", "KYC_MISMATCH_07", "0xC004F074", "NSURLErrorDomain -1009", "SMTP 535 5.7.8"]
SERIAL_FMT = [lambda r: "C02" + ralnum(r, 9, string.ascii_uppercase + string.digits), lambda r: "5CD" + rdig(r, 4) + ralnum(r, 3, string.ascii_uppercase),
              lambda r: "R58M" + ralnum(r, 7, string.ascii_uppercase + string.digits), lambda r: "SN-" + rdig(r, 4) + "-" + rdig(r, 6),
              lambda r: "PF" + ralnum(r, 6, string.ascii_uppercase + string.digits)]
CODE_SAMPLES = ["for (int i = 0; i < retries; i++) { send(batch); }", "SELECT id, status FROM orders WHERE status = 'open' LIMIT 50;",
                "if err != nil { return fmt.Errorf(\"sync failed: %w\", err) }", "const timeout = 30_000; // ms",
                "df.groupby('region').sum()", "curl -s -o /dev/null -w '%{http_code}' https://status.example.net/health",
                "kubectl rollout restart deployment/api -n prod", "git checkout -b fix/invoice-rounding",
                "docker compose up -d --build", "npm install --save-exact left-pad"]


def neg_value(ctx, kind):
    r = ctx.rng
    if kind == "order_number":
        return wchoice(r, [("A-%d-%s" % (r.choice([2025, 2026]), rdig(r, 6)), 3), ("40%s" % rdig(r, 8), 2),
                           ("%s-%s-%s" % (rdig(r, 3), rdig(r, 7), rdig(r, 7)), 2), ("SO-%s" % rdig(r, 6), 1), ("%s" % rdig(r, 7), 2)])
    if kind == "invoice_number":
        return wchoice(r, [("INV-%d-%s" % (r.choice([2025, 2026]), rdig(r, 5)), 3), ("RE-%d-%s" % (r.choice([2025, 2026]), rdig(r, 5)), 2),
                           ("F-%d/%s" % (r.choice([2025, 2026]), rdig(r, 4)), 2), ("10%s" % rdig(r, 8), 2), ("FAK%s" % rdig(r, 6), 1)])
    if kind == "ticket_number":
        return wchoice(r, [(rdig(r, 5), 3), ("00" + rdig(r, 6), 1), ("REQ00" + rdig(r, 5), 1), ("INC00" + rdig(r, 5), 1), ("HD-" + rdig(r, 5), 2)])
    if kind == "customer_number":
        return wchoice(r, [("C-%s" % rdig(r, 6), 2), ("1%s" % rdig(r, 7), 3), ("K-%s" % rdig(r, 6), 1), ("000%s" % rdig(r, 7), 2),
                           ("CUST-%s" % rdig(r, 5), 1)])
    if kind == "employee_number":
        return wchoice(r, [("E%s" % rdig(r, 5), 2), ("%s" % rdig(r, 6), 2), ("EMP-%s" % rdig(r, 4), 1)])
    if kind == "tracking_number":
        return gen_tracking(r)
    if kind == "sku":
        return wchoice(r, [("HD-%s-%s" % (rdig(r, 4), r.choice(["BLK", "WHT", "RED", "S", "XL"])), 2), ("%s-%s-%s" % (rdig(r, 3), rdig(r, 4), rdig(r, 2)), 2),
                           ("SKU-%s" % rdig(r, 6), 1), ("%s%s-%s" % (r.choice(["MX", "KB", "TR"]), rdig(r, 1), rdig(r, 3)), 1)])
    if kind == "amount":
        return AMOUNT_FMT[ctx.cc](r)
    if kind == "version":
        return gen_version(r)
    if kind == "build_number":
        return gen_build(r)
    if kind == "timestamp":
        return fmt_timestamp(r, ctx.loc)
    if kind == "date":
        return fmt_date(r, gen_recent_date(r), ctx.loc)
    if kind == "luhn_invalid_card":
        return gen_bad_card(r)
    if kind == "uuid":
        return gen_uuid(r)
    if kind == "git_sha":
        return gen_hex(r, 40) if chance(r, 0.5) else gen_hex(r, r.choice([7, 8, 10, 12]))
    if kind == "hash":
        return gen_hex(r, 64) if chance(r, 0.6) else gen_hex(r, 32)
    if kind == "error_code":
        return r.choice(ERROR_CODES)
    if kind == "company_name":
        return r.choice(COMPANIES_LIKE_NAMES)
    if kind == "product_name":
        return r.choice(PRODUCTS_LIKE_NAMES)
    if kind == "city":
        return r.choice(PLACES[ctx.cc])[0]
    if kind == "street_name":
        if ctx.cc == "CO":
            return r.choice(["Avenida Boyacá", "Avenida El Dorado", "Avenida Caracas", "Calle de la Candelaria"])
        return r.choice(STREETS[ctx.cc])
    if kind == "serial_number":
        return r.choice(SERIAL_FMT)(r)
    if kind == "mac_address":
        return gen_mac(r)
    if kind == "isbn":
        return gen_isbn(r)
    if kind == "card_last4":
        return rdig(r, 4)
    if kind == "code_sample":
        formula = {"en": "=VLOOKUP(A2,Sheet2!A:C,3,FALSE)", "sv": "=LETARAD(A2;Blad2!A:C;3;FALSKT)",
                   "de": "=SVERWEIS(A2;Tabelle2!A:C;3;FALSCH)", "es": "=BUSCARV(A2;Hoja2!A:C;3;FALSO)"}[ctx.lang]
        return r.choice(CODE_SAMPLES + [formula, formula])
    raise ValueError(kind)


def NEG(ctx, kind):
    return N(neg_value(ctx, kind), kind)


NEG_SENTENCES = {
    "order_number": {"en": ["This is about order {v}.", "Order {v} is the one affected.", "The order reference is {v}."],
                     "sv": ["Det gäller order {v}.", "Ordernumret är {v}."], "de": ["Es geht um die Bestellung {v}.", "Bestellnummer: {v}"],
                     "es": ["Se trata del pedido {v}.", "El número de pedido es {v}."],
                     "xx": ["Kindly check the order {v}."]},
    "invoice_number": {"en": ["Invoice {v} is still showing as unpaid.", "See invoice {v}."], "sv": ["Faktura {v} står fortfarande som obetald."],
                       "de": ["Die Rechnung {v} ist noch offen.", "Rechnungsnummer {v}"], "es": ["La factura {v} sigue pendiente."]},
    "ticket_number": {"en": ["This follows on from ticket #{v}.", "(Ref: case {v})"], "sv": ["Detta gäller ärende #{v}."],
                      "de": ["Bezug: Ticket #{v}"], "es": ["Hace referencia a la incidencia #{v}."]},
    "customer_number": {"en": ["My customer number is {v}.", "Account ref {v}."], "sv": ["Mitt kundnummer är {v}."],
                        "de": ["Meine Kundennummer lautet {v}."], "es": ["Mi número de cliente es {v}."]},
    "tracking_number": {"en": ["Tracking {v} has said \"in transit\" for a week.", "The courier tracking number is {v}."],
                        "sv": ["Spårningsnumret {v} har stått still i en vecka."], "de": ["Die Sendungsnummer {v} hängt seit Tagen fest."],
                        "es": ["El número de seguimiento {v} no se mueve desde hace días."]},
    "sku": {"en": ["The item was {v} in size M."], "sv": ["Artikeln var {v}."], "de": ["Artikelnummer {v}, Größe M."],
            "es": ["El artículo era el {v}, talla M."]},
    "amount": {"en": ["I was charged {v} twice.", "The refund should be {v}."], "sv": ["Jag har blivit debiterad {v} två gånger."],
               "de": ["Mir wurden {v} doppelt abgebucht."], "es": ["Me han cobrado {v} dos veces."]},
    "version": {"en": ["I'm on app version {v}.", "We run version {v} of the desktop client."], "sv": ["Jag har version {v} av appen."],
                "de": ["Ich nutze Version {v} der App."], "es": ["Tengo la versión {v} de la app."]},
    "build_number": {"en": ["The about box says build {v}.", "Happens on build {v} as well."], "sv": ["Om-rutan visar build {v}."],
                     "de": ["Im Info-Fenster steht Build {v}."], "es": ["En \"Acerca de\" pone compilación {v}."]},
    "timestamp": {"en": ["It last worked at {v}.", "The failure was logged at {v}."], "sv": ["Det fungerade senast {v}."],
                  "de": ["Zuletzt funktionierte es am {v}."], "es": ["Funcionó por última vez el {v}."]},
    "date": {"en": ["The contract renews on {v}.", "I placed the order on {v}.", "The engineer visit was booked for {v}."],
             "sv": ["Avtalet förnyas {v}.", "Jag beställde den {v}."], "de": ["Der Vertrag verlängert sich am {v}.", "Bestellt habe ich am {v}."],
             "es": ["El contrato se renueva el {v}.", "Hice el pedido el {v}."]},
    "luhn_invalid_card": {"en": ["The voucher number on the card is {v}.", "Loyalty card no. {v} doesn't collect points."],
                          "sv": ["Presentkortsnumret är {v}."], "de": ["Die Gutscheinnummer lautet {v}."],
                          "es": ["El número de la tarjeta regalo es {v}."]},
    "uuid": {"en": ["Request ID: {v}"], "sv": ["Request-ID: {v}"], "de": ["Vorgangs-ID: {v}"], "es": ["ID de solicitud: {v}"]},
    "git_sha": {"en": ["It broke after commit {v}."], "sv": ["Det slutade fungera efter commit {v}."], "de": ["Seit Commit {v} ist es kaputt."],
                "es": ["Se rompió a partir del commit {v}."]},
    "hash": {"en": ["SHA-256 of the installer: {v}"], "sv": ["Kontrollsumma: {v}"], "de": ["Prüfsumme der Datei: {v}"], "es": ["Suma de comprobación: {v}"]},
    "error_code": {"en": ["The error code is {v}.", "It fails with {v}."], "sv": ["Felkoden är {v}."], "de": ["Fehlercode: {v}"],
                   "es": ["El código de error es {v}."]},
    "company_name": {"en": ["We bought it as a gift from {v}.", "We're also a stockist for {v}."], "sv": ["Vi köpte den på {v}."],
                     "de": ["Wir haben es bei {v} gekauft."], "es": ["Lo compramos en {v}."]},
    "product_name": {"en": ["It was a gift set from {v}."], "sv": ["Det var en presentask från {v}."], "de": ["Es war ein Geschenkset von {v}."],
                     "es": ["Era un lote de regalo de {v}."]},
    "city": {"en": ["We're moving the office to {v} next month.", "The parcel is stuck at the depot in {v}."],
             "sv": ["Paketet står på terminalen i {v}."], "de": ["Das Paket liegt im Depot in {v}."], "es": ["El paquete está parado en el almacén de {v}."]},
    "street_name": {"en": ["There are roadworks on {v}, so the courier couldn't get through."], "sv": ["Det är vägarbete på {v} så budet kom inte fram."],
                    "de": ["Auf der {v} ist eine Baustelle, der Bote kam nicht durch."], "es": ["Hay obras en {v} y el repartidor no pudo pasar."]},
    "serial_number": {"en": ["Serial number {v}."], "sv": ["Serienummer {v}."], "de": ["Seriennummer {v}."], "es": ["Número de serie {v}."]},
    "mac_address": {"en": ["The router's MAC address is {v}."], "sv": ["Routerns MAC-adress är {v}."], "de": ["MAC-Adresse des Routers: {v}"],
                    "es": ["La MAC del router es {v}."]},
    "isbn": {"en": ["The book (ISBN {v}) was missing from the parcel."], "sv": ["Boken (ISBN {v}) saknades i paketet."],
             "de": ["Das Buch (ISBN {v}) fehlte im Paket."], "es": ["Faltaba el libro (ISBN {v})."]},
    "card_last4": {"en": ["I paid with the card ending {v}."], "sv": ["Jag betalade med kortet som slutar på {v}."],
                   "de": ["Bezahlt habe ich mit der Karte mit Endziffern {v}."], "es": ["Pagué con la tarjeta terminada en {v}."]},
}
SPRINKLE_KINDS = [("order_number", 6), ("invoice_number", 4), ("ticket_number", 3), ("customer_number", 4), ("tracking_number", 4),
                  ("sku", 2), ("amount", 5), ("version", 3), ("build_number", 3), ("timestamp", 3), ("date", 5),
                  ("luhn_invalid_card", 4), ("uuid", 2), ("git_sha", 1), ("hash", 1), ("error_code", 3), ("company_name", 3),
                  ("product_name", 2), ("city", 3), ("street_name", 3), ("serial_number", 2), ("mac_address", 2), ("isbn", 1),
                  ("card_last4", 2)]


def neg_sentence(ctx, kind=None):
    if kind is None:
        used = getattr(ctx, "used_negs", [])
        kind = wchoice(ctx.rng, [kw for kw in SPRINKLE_KINDS if kw[0] not in used] or SPRINKLE_KINDS)
        ctx.used_negs = used + [kind]
    return VF(ctx, NEG_SENTENCES[kind], v=lambda: NEG(ctx, kind))


def neg_sentences(ctx, n):
    out = []
    for i in range(n):
        if i:
            out.append(" ")
        out += neg_sentence(ctx)
    return out

# ---------------------------------------------------------------------------
# greetings, closings, signatures
# ---------------------------------------------------------------------------

GREET_NAMED = {"en": ["Hi {n},", "Hello {n},", "Dear {n},", "Hey {n},", "Morning {n},", "Hi {n}"],
               "en-AU": ["G'day {n},", "Hey {n},"], "en-GB": ["Hiya {n},"], "en-IE": ["Hi {n}, hope you're well."],
               "sv": ["Hej {n}!", "Hej {n},", "Hejsan {n},", "Hej {n}"], "de": ["Hallo {n},", "Hi {n},", "Guten Morgen {n},", "Moin {n},"],
               "de-CH": ["Grüezi {n},", "Hoi {n},"], "de-AT": ["Servus {n},", "Hallo {n},"],
               "es": ["Hola {n}:", "Hola {n},", "Buenos días, {n}:", "Buenas, {n}:"], "xx": ["Dear {n},", "Hello Mr. {n},"]}
GREET_PLAIN = {"en": ["Hi,", "Hello,", "Hi there,", "Dear Support Team,", "Good morning,", "Hi team,", "Dear Sir/Madam,",
                      "To whom it may concern,"],
               "en-AU": ["G'day,", "Hi guys,"], "en-GB": ["Hiya,", "Afternoon,"],
               "sv": ["Hej,", "Hej!", "Hejsan,", "God morgon,", "Hej kundtjänst,"],
               "de": ["Hallo,", "Guten Tag,", "Sehr geehrte Damen und Herren,", "Hallo zusammen,", "Moin,"],
               "de-AT": ["Grüß Gott,", "Servus,"], "de-CH": ["Grüezi,", "Grüezi mitenand,"],
               "es": ["Hola,", "Buenos días:", "Estimados señores:", "Buenas tardes,", "Hola, buenas:"],
               "es-AR": ["Hola, qué tal?", "Buen día,"], "es-MX": ["Buen día,", "Qué tal,"],
               "xx": ["Dear Sir,", "Respected team,", "Good day,"]}
CLOSE = {"en": ["Thanks,", "Cheers,", "Kind regards,", "Best regards,", "Many thanks,", "Regards,", "Thanks in advance,", "Best,"],
         "en-AU": ["Cheers,", "Thanks heaps,"], "en-GB": ["Ta,", "Many thanks,", "Kind regards,"], "en-IE": ["Thanks a million,", "Many thanks,"],
         "en-US": ["Thanks!", "Best,", "Sincerely,"],
         "sv": ["Mvh", "Med vänliga hälsningar", "Vänliga hälsningar,", "Tack på förhand!", "Hälsningar", "MVH"],
         "de": ["Viele Grüße", "Mit freundlichen Grüßen", "Beste Grüße", "LG", "Freundliche Grüße", "VG"],
         "de-CH": ["Freundliche Grüsse", "Liebe Grüsse"], "de-AT": ["Liebe Grüße", "Mit freundlichen Grüßen"],
         "es": ["Saludos,", "Un saludo,", "Gracias,", "Atentamente,", "Muchas gracias,", "Saludos cordiales,"],
         "es-AR": ["Abrazo,", "Saludos,"], "xx": ["Thanks and regards,", "Warm regards,", "Thanks & Regards,"]}
SENT_FROM = {"en": ["Sent from my iPhone", "Sent from my Galaxy", "Get Outlook for Android"], "sv": ["Skickat från min iPhone", "Skickat från Outlook för Android"],
             "de": ["Von meinem iPhone gesendet", "Gesendet von meinem Samsung Galaxy"], "es": ["Enviado desde mi iPhone", "Enviado desde mi smartphone Samsung Galaxy"]}
INTRO = {"en": ["My name is {full} and I'm a customer of yours.", "This is {full}, I have an account with you.", "{full} here.",
                "I'm writing on behalf of my father, {other_m}."],
         "xx": ["I am {full} and I am writing you regarding my account.", "Myself {full}, customer since few years."],
         "sv": ["Jag heter {full} och är kund hos er.", "Det här är {full}.", "Jag skriver för min pappas räkning, {other_m}."],
         "de": ["mein Name ist {full}, ich bin Kunde bei Ihnen.", "hier schreibt {full}.", "ich schreibe im Auftrag meiner Mutter, {other_f}."],
         "es": ["Me llamo {full} y soy cliente suyo.", "Les escribe {full}.", "Escribo en nombre de mi madre, {other_f}."]}
TITLES = {"en": {"m": "Mr", "f": "Ms"}, "de": {"m": "Herr", "f": "Frau"}, "es": {"m": "Sr.", "f": "Sra."}, "sv": {"m": "", "f": ""}}
WORK_TITLES = {"en": ["Office Manager", "Accounts Payable", "IT Administrator", "Practice Manager", "Director"],
               "sv": ["Ekonomiansvarig", "IT-ansvarig", "Kontorschef", "VD"], "de": ["Buchhaltung", "IT-Leitung", "Büroleitung", "Geschäftsführer"],
               "es": ["Administración", "Responsable de IT", "Gerente", "Contabilidad"]}


def greeting(ctx):
    r = ctx.rng
    f = r.random()
    if f < 0.45:
        return VF(ctx, GREET_NAMED, n=lambda: first_name(ctx.agent, "greeting"))
    if f < 0.55 and ctx.lang in ("en", "de", "es"):
        t = TITLES[ctx.lang][ctx.agent.gender]
        if ctx.lang == "de":
            return ["Sehr geehrte%s %s " % ("r" if ctx.agent.gender == "m" else "", t), surname(ctx.agent), ","]
        if ctx.lang == "es":
            return ["Estimad%s %s " % ("o" if ctx.agent.gender == "m" else "a", t), surname(ctx.agent), ":"]
        return ["Dear %s " % t, surname(ctx.agent), ","]
    return [V(ctx, GREET_PLAIN)]


def closing_block(ctx, p=None, rich=None):
    """Requester's closing and signature."""
    d, r = ctx.d, ctx.rng
    p = p or ctx.req
    rich = chance(r, 0.35) if rich is None else rich
    close = V(ctx, CLOSE)
    rows = [[close]]
    style = r.random()
    if style < 0.45:
        rows.append([first_name(p, "signature")])
    elif d.html and d.style == "outlook" and chance(r, 0.3):
        lang_attr = ctx.loc.html_lang
        rows.append([R("<b><span lang=%s style='color:#1F3864'>" % lang_attr), L(p.full, "person_name", "signature", run_split=lang_attr),
                     R("</span></b>")])
    else:
        rows.append([full_name(p, "signature")])
    if rich:
        if chance(r, 0.5):
            rows.append([V(ctx, WORK_TITLES)])
        if chance(r, 0.7):
            lab = rng_choice(r, {"en": ["Mob: ", "M: ", "Tel: ", "Phone: ", ""], "sv": ["Mobil: ", "Tel: ", ""],
                                 "de": ["Mobil: ", "Tel.: ", "Handy: ", ""], "es": ["Móvil: ", "Tel.: ", ""]}[ctx.lang])
            rows.append([lab, phone_label(ctx, ctx.req_phone_sig, p.cc)])
        if chance(r, 0.4):
            rows.append(email_parts(ctx, p.email))
        if chance(r, 0.45):
            rows.append([addr_label(ctx, p.cc, multiline=chance(r, 0.5))])
    d.lines(rows)
    if chance(r, 0.12):
        d.p(V(ctx, SENT_FROM))


def agent_signature_rows(ctx, full=True):
    a, v = ctx.agent, ctx.vendor
    rows = [[full_name(a, "agent_signature") if full else first_name(a, "agent_signature")]]
    rows.append([{"en": "%s Customer Support", "sv": "%s Kundtjänst", "de": "%s Kundenservice", "es": "Atención al cliente %s"}[ctx.lang] % v[0]])
    if chance(ctx.rng, 0.5):
        rows.append([new_phone(ctx, ctx.vendor_cc, mobile=False)])
    return rows


# ---------------------------------------------------------------------------
# archetypes (primary blocks)
# ---------------------------------------------------------------------------

FORM_NAMES = {"en": ["Contact us", "Change of address", "Account closure", "Refund request", "Callback request"],
              "sv": ["Kontakta oss", "Adressändring", "Återbetalning", "Uppsägning"],
              "de": ["Kontakt", "Adressänderung", "Rückerstattung", "Kündigung", "Rückruf"],
              "es": ["Contacto", "Cambio de domicilio", "Reembolso", "Baja de cliente"]}
FORM_HEAD = {"en": ["New submission from the \"{form}\" form", "Form submission: {form}", "You have a new enquiry via the website ({form})"],
             "sv": ["Nytt formulär inskickat: {form}", "Ny förfrågan via webbformuläret ({form})"],
             "de": ["Neue Formular-Einsendung: {form}", "Neue Anfrage über das Kontaktformular ({form})"],
             "es": ["Nuevo envío del formulario: {form}", "Nueva solicitud desde la web ({form})"]}
K = {
    "name": {"en": ["Name", "Full name", "Your name"], "sv": ["Namn", "För- och efternamn"], "de": ["Name", "Vor- und Nachname", "Ihr Name"],
             "es": ["Nombre", "Nombre y apellidos", "Nombre completo"]},
    "first": {"en": ["First name"], "sv": ["Förnamn"], "de": ["Vorname"], "es": ["Nombre"]},
    "last": {"en": ["Last name", "Surname"], "sv": ["Efternamn"], "de": ["Nachname"], "es": ["Apellidos"]},
    "email": {"en": ["Email", "Email address", "E-mail"], "sv": ["E-post", "E-postadress", "Mejl"], "de": ["E-Mail", "E-Mail-Adresse"],
              "es": ["Correo electrónico", "Email", "E-mail"]},
    "phone": {"en": ["Phone", "Phone number", "Mobile", "Contact number", "Best number to call"], "sv": ["Telefon", "Mobilnummer", "Telefonnummer"],
              "de": ["Telefon", "Handy", "Telefonnummer", "Mobilnummer"], "es": ["Teléfono", "Móvil", "Teléfono de contacto"],
              "en-US": ["Cell", "Phone"], "es-AR": ["Celular"], "es-MX": ["Celular"], "es-CO": ["Celular"]},
    "address": {"en": ["Address", "Postal address", "New address", "Delivery address"], "sv": ["Adress", "Postadress", "Ny adress"],
                "de": ["Adresse", "Anschrift", "Neue Anschrift", "Lieferadresse"], "es": ["Dirección", "Dirección postal", "Nueva dirección", "Domicilio"]},
    "dob": {"en": ["Date of birth", "DOB", "Birth date"], "sv": ["Födelsedatum"], "de": ["Geburtsdatum", "Geb.-Datum"],
            "es": ["Fecha de nacimiento", "F. nacimiento"]},
    "order": {"en": ["Order number", "Order no."], "sv": ["Ordernummer"], "de": ["Bestellnummer"], "es": ["Número de pedido", "Nº de pedido"]},
    "customer": {"en": ["Customer number", "Customer ID"], "sv": ["Kundnummer"], "de": ["Kundennummer"], "es": ["Número de cliente"]},
    "subject": {"en": ["Subject", "Topic", "Enquiry type"], "sv": ["Ärende"], "de": ["Betreff", "Anliegen"], "es": ["Asunto", "Motivo"]},
    "message": {"en": ["Message", "Comments", "Details"], "sv": ["Meddelande"], "de": ["Nachricht", "Ihre Nachricht"], "es": ["Mensaje", "Comentarios"]},
    "iban": {"en": ["IBAN for refund", "Bank account (IBAN)"], "sv": ["IBAN för återbetalning"], "de": ["IBAN für die Erstattung", "IBAN"],
             "es": ["IBAN para el reembolso", "Cuenta (IBAN)"]},
    "card": {"en": ["Card number", "Credit card"], "sv": ["Kortnummer"], "de": ["Kartennummer", "Kreditkarte"], "es": ["Número de tarjeta", "Tarjeta"]},
    "expiry": {"en": ["Expiry"], "sv": ["Giltig till"], "de": ["Gültig bis"], "es": ["Caducidad"]},
    "holder": {"en": ["Account holder"], "sv": ["Kontoinnehavare"], "de": ["Kontoinhaber"], "es": ["Titular de la cuenta"]},
    "submitted": {"en": ["Submitted", "Date submitted"], "sv": ["Skickat"], "de": ["Gesendet am", "Eingang"], "es": ["Enviado", "Fecha de envío"]},
    "ip": {"en": ["IP", "IP address", "Remote IP"], "sv": ["IP-adress"], "de": ["IP-Adresse"], "es": ["Dirección IP", "IP"]},
    "formid": {"en": ["Submission ID", "Entry ID"], "sv": ["Inskicks-ID"], "de": ["Eintrags-ID"], "es": ["ID de envío"]},
    "consent": {"en": ["I agree to the privacy policy"], "sv": ["Jag godkänner integritetspolicyn"], "de": ["Datenschutzerklärung akzeptiert"],
                "es": ["Acepto la política de privacidad"]},
}
YES = {"en": "Yes", "sv": "Ja", "de": "Ja", "es": "Sí"}
FORM_MSG = {"en": ["I moved house last month, please update my details and send the final bill to the new address.",
                   "Please call me back on {phone2} after 5pm, I can't take calls at work.",
                   "I want to close my account and have the remaining balance refunded.",
                   "My parcel never arrived. {neg}", "Could someone ring me? I have been waiting since {date}. {neg}"],
            "xx": ["Kindly update my details as early as possible. {neg}", "Please revert back on my mobile {phone2}."],
            "sv": ["Jag har flyttat, uppdatera gärna mina uppgifter.", "Ring mig gärna på {phone2} efter kl. 17.",
                   "Jag vill säga upp mitt abonnemang. {neg}", "Paketet har aldrig kommit fram. {neg}"],
            "de": ["Ich bin umgezogen, bitte passen Sie meine Daten an.", "Bitte rufen Sie mich unter {phone2} zurück, am besten nach 17 Uhr.",
                   "Ich möchte meinen Vertrag zum nächstmöglichen Termin kündigen. {neg}", "Mein Paket ist nie angekommen. {neg}"],
            "es": ["Me he mudado, por favor actualicen mis datos.", "Llámenme al {phone2} a partir de las 17:00, por favor.",
                   "Quiero darme de baja y que me devuelvan el saldo. {neg}", "El paquete nunca llegó. {neg}"]}
UA_PREFIX = ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/",
             "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/",
             "Mozilla/5.0 (Linux; Android 14; SM-S911B) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/"]


def build_for_ua(r):
    return "%d.0.%d.%d" % (r.randint(110, 131), r.randint(5000, 6800), r.randint(10, 220))


def a_web_form(ctx):
    d, r, req = ctx.d, ctx.rng, ctx.req
    form = V(ctx, FORM_NAMES)
    d.p(*VF(ctx, FORM_HEAD, form=form))
    rows = []
    if chance(r, 0.15):
        rows.append((V(ctx, K["first"]), L(req.first, "person_name", "form_first")))
        rows.append((V(ctx, K["last"]), L(req.last, "person_name", "form_last")))
    else:
        rows.append((V(ctx, K["name"]), lastfirst_name(req) if chance(r, 0.12) else full_name(req, "form")))
    rows.append((V(ctx, K["email"]), email_parts(ctx, req.email)))
    rows.append((V(ctx, K["phone"]), phone_label(ctx, req.phone_text, req.cc)))
    if chance(r, 0.8):
        rows.append((V(ctx, K["address"]), addr_label(ctx, req.cc, multiline=chance(r, 0.35))))
    if chance(r, 0.65):
        rows.append((V(ctx, K["dob"]), dob_label(ctx, req.dob)))
    if req.ids and chance(r, 0.65):
        rows.append((id_name(ctx, req.ids[0][0]), nid_label(*req.ids[0])))
    if chance(r, 0.5):
        rows.append((V(ctx, K["order"]), NEG(ctx, "order_number")))
    if chance(r, 0.4):
        rows.append((V(ctx, K["customer"]), NEG(ctx, "customer_number")))
    if chance(r, 0.2):
        rows.append((V(ctx, K["card"]), card_label(ctx)))
        rows.append((V(ctx, K["expiry"]), N("%02d/%02d" % (r.randint(1, 12), r.randint(26, 31)), "card_expiry")))
    if chance(r, 0.3):
        rows.append((V(ctx, K["iban"]), iban_label(ctx)))
        if chance(r, 0.5):
            rows.append((V(ctx, K["holder"]), full_name(req, "form")))
    rows.append((V(ctx, K["subject"]), form))
    msg = VF(ctx, FORM_MSG, phone2=lambda: new_phone(ctx, req.cc), neg=lambda: neg_sentence(ctx),
             date=lambda: NEG(ctx, "date"))
    rows.append((V(ctx, K["message"]), msg))
    if chance(r, 0.3):
        rows.append((V(ctx, K["consent"]), YES[ctx.lang]))
    d.kv(rows)
    meta = []
    if chance(r, 0.8):
        meta.append((V(ctx, K["submitted"]), NEG(ctx, "timestamp")))
    if chance(r, 0.75):
        meta.append((V(ctx, K["ip"]), ip_label(ctx)))
    if chance(r, 0.5):
        meta.append(("User-Agent" if chance(r, 0.5) else "User agent", [r.choice(UA_PREFIX), N(build_for_ua(r), "build_number"),
                                                                      " Safari/537.36" if chance(r, 0.7) else " Mobile Safari/537.36"]))
    if chance(r, 0.5):
        meta.append((V(ctx, K["formid"]), NEG(ctx, "uuid")))
    if meta:
        d.kv(meta)


TABLE_INTRO = {"add": {"en": ["Could you please set up accounts for the following new starters?", "Please add these people to our company account:"],
                       "sv": ["Kan ni lägga upp konton för följande nyanställda?", "Lägg gärna till de här personerna på vårt företagskonto:"],
                       "de": ["Bitte legen Sie für die folgenden neuen Mitarbeitenden Zugänge an:", "Könnten Sie diese Personen zu unserem Firmenkonto hinzufügen?"],
                       "es": ["¿Pueden dar de alta a las siguientes personas?", "Por favor, añadan a estos usuarios a nuestra cuenta de empresa:"],
                       "xx": ["Kindly create the logins for below mentioned staff:"]},
               "remove": {"en": ["These people have left the company, please remove their access:"],
                          "sv": ["De här personerna har slutat, ta bort deras behörighet:"],
                          "de": ["Diese Personen haben uns verlassen, bitte Zugänge sperren:"],
                          "es": ["Estas personas ya no trabajan con nosotros, por favor quiten su acceso:"]},
               "contacts": {"en": ["Here is the updated list of contacts who should receive invoices and outage notices:"],
                            "sv": ["Här är den uppdaterade kontaktlistan för fakturor och driftstörningar:"],
                            "de": ["Hier die aktualisierte Kontaktliste für Rechnungen und Störungsmeldungen:"],
                            "es": ["Esta es la lista actualizada de contactos para facturas y avisos de incidencias:"]}}
TH = {"name": {"en": "Name", "sv": "Namn", "de": "Name", "es": "Nombre"},
      "email": {"en": "Email", "sv": "E-post", "de": "E-Mail", "es": "Correo"},
      "phone": {"en": "Phone", "sv": "Telefon", "de": "Telefon", "es": "Teléfono"},
      "mobile": {"en": "Mobile", "sv": "Mobil", "de": "Mobil", "es": "Móvil"},
      "role": {"en": "Role", "sv": "Roll", "de": "Rolle", "es": "Rol"},
      "start": {"en": "Start date", "sv": "Startdatum", "de": "Eintrittsdatum", "es": "Fecha de alta"},
      "office": {"en": "Office", "sv": "Kontor", "de": "Standort", "es": "Oficina"},
      "emp": {"en": "Employee ID", "sv": "Anst.nr", "de": "Personalnr.", "es": "Nº empleado"},
      "dob": {"en": "Date of birth", "sv": "Födelsedatum", "de": "Geburtsdatum", "es": "Fecha de nacimiento"},
      "address": {"en": "Address", "sv": "Adress", "de": "Adresse", "es": "Dirección"}}
ROLES = {"en": ["Admin", "Viewer", "Billing", "Editor"], "sv": ["Admin", "Läsare", "Fakturor"], "de": ["Admin", "Lesezugriff", "Buchhaltung"],
         "es": ["Administrador", "Lectura", "Facturación"]}


def colleague(ctx):
    r = ctx.rng
    culture = ctx.loc.culture if ctx.loc.code != "en-XX" else r.choice(["intl", {"GB": "gb", "US": "us", "AU": "au", "SE": "se", "DE": "de", "ES": "es"}[ctx.cc]])
    return make_person(r, ctx.loc, cc=ctx.cc, culture=culture, work_domain=ctx.work_domain, with_ids=False)


def a_people_table(ctx):
    d, r = ctx.d, ctx.rng
    purpose = wchoice(r, [("add", 5), ("remove", 2), ("contacts", 3)])
    d.p(V(ctx, TABLE_INTRO[purpose]))
    extra = wchoice(r, [(None, 2), ("role", 2), ("start", 2), ("office", 2), ("emp", 2), ("dob", 1), ("mobile", 2), ("address", 1)])
    cols = ["name", "email", "phone"] + ([extra] if extra else [])
    if chance(r, 0.25):
        cols = ["name", "phone", "email"] + cols[3:]
    header = [TH[c][ctx.lang] for c in cols]
    rows, persons = [], []
    for _ in range(r.randint(3, 5)):
        p = colleague(ctx)
        persons.append(p)
        row = []
        for c in cols:
            if c == "name":
                row.append(lastfirst_name(p) if chance(r, 0.15) else full_name(p, "table"))
            elif c == "email":
                row.append(email_parts(ctx, p.email, "work"))
            elif c in ("phone", "mobile"):
                row.append(phone_label(ctx, fmt_phone(r, make_phone(r, p.cc, mobile=(c == "mobile") or None), allow_ext=True), p.cc))
            elif c == "role":
                row.append(r.choice(ROLES[ctx.lang]))
            elif c == "start":
                row.append(NEG(ctx, "date"))
            elif c == "office":
                row.append(NEG(ctx, "city"))
            elif c == "emp":
                row.append(NEG(ctx, "employee_number"))
            elif c == "dob":
                row.append(L(fmt_date(r, gen_dob(r, 1960, 2004), ctx.loc, birth=True), "date_of_birth", "table"))
            elif c == "address":
                row.append(addr_label(ctx, p.cc))
        rows.append(row)
    d.table(header, rows)
    if purpose != "remove" and chance(r, 0.5):
        nm = full_name(persons[0], "prose")
        if True:
            d.p(*VF(ctx, {"en": ["Please make {n} the main admin. {neg}", "{n} should also get the monthly invoice. {neg}"],
                          "sv": ["{n} ska vara huvudadministratör. {neg}"], "de": ["{n} soll Hauptadministrator werden. {neg}"],
                          "es": ["{n} debe ser el administrador principal. {neg}"]}, n=nm, neg=lambda: neg_sentence(ctx)))


CSV_INTRO = {"en": ["Our nightly customer import fails with {err} on row {row}. These are the first lines of the file:",
                    "The bulk upload rejects this file ({err}). Sample below:"],
             "sv": ["Vår nattliga import av kunder misslyckas med {err} på rad {row}. Här är de första raderna:"],
             "de": ["Der nächtliche Kundenimport bricht mit {err} in Zeile {row} ab. Hier die ersten Zeilen der Datei:"],
             "es": ["La importación nocturna de clientes falla con {err} en la fila {row}. Estas son las primeras líneas:"]}
CSV_HEAD = {"dob": ["date_of_birth", "dob", "birthdate", "fodelsedatum", "geburtsdatum", "fecha_nacimiento"]}


def a_csv(ctx):
    d, r = ctx.d, ctx.rng
    d.p(*VF(ctx, CSV_INTRO, err=lambda: NEG(ctx, "error_code"), row=str(r.randint(2, 40))))
    sep = ";" if ctx.lang in ("sv", "de", "es") and chance(r, 0.6) else ","
    variant = r.choice(["contact", "dob", "bank", "address"])
    if variant == "contact":
        cols = ["customer_id", "name", "email", "phone", "city"]
    elif variant == "dob":
        cols = ["id", "full_name", "email", r.choice(CSV_HEAD["dob"]), "phone"]
    elif variant == "bank":
        cols = ["name", "email", "iban", "amount", "invoice"]
    else:
        cols = ["name", "street_address", "phone", "order_ref"]
    lines = [[sep.join(cols)]]
    for _ in range(r.randint(2, 4)):
        p = colleague(ctx) if chance(r, 0.3) else make_person(r, ctx.loc, with_ids=False)
        row = []
        for c in cols:
            if row:
                row.append(sep)
            if c in ("customer_id", "id"):
                row.append(NEG(ctx, "customer_number"))
            elif c in ("name", "full_name"):
                if chance(r, 0.3):
                    row += ['"', lastfirst_name(p), '"']
                elif chance(r, 0.3):
                    row += ['"', full_name(p, "csv"), '"']
                else:
                    row.append(full_name(p, "csv"))
            elif c == "email":
                row.append(L(p.email, "email", "personal"))
            elif c == "phone":
                txt = fmt_phone(r, p.phone, allow_ext=False)
                row.append(L(txt, "phone", p.cc.lower()))
            elif c == "city":
                row.append(NEG(ctx, "city"))
            elif c in CSV_HEAD["dob"]:
                row.append(L("%d-%02d-%02d" % (p.dob.year, p.dob.month, p.dob.day) if chance(r, 0.6) else fmt_date(r, p.dob, ctx.loc, True),
                             "date_of_birth", "csv"))
            elif c == "iban":
                row.append(L(gen_iban(r, ctx.iban_cc).replace(" ", "") if chance(r, 0.7) else gen_iban(r, ctx.iban_cc), "iban", ctx.iban_cc.lower()))
            elif c == "amount":
                row.append(N("%d.%02d" % (r.randint(5, 900), r.randint(0, 99)), "amount"))
            elif c == "invoice":
                row.append(NEG(ctx, "invoice_number"))
            elif c == "street_address":
                row += ['"', addr_label(ctx, ctx.cc), '"']
            elif c == "order_ref":
                row.append(NEG(ctx, "order_number"))
        lines.append(row)
    d.pre(lines)
    d.p(*VF(ctx, {"en": ["The file has {n} rows in total. {neg}"], "sv": ["Filen har {n} rader totalt. {neg}"],
                  "de": ["Die Datei hat insgesamt {n} Zeilen. {neg}"], "es": ["El fichero tiene {n} filas en total. {neg}"]},
                n=str(r.randint(120, 9800)), neg=lambda: neg_sentence(ctx, r.choice(["version", "build_number", "timestamp", "uuid"]))))


API_INTRO = {"en": ["Since this morning the API returns {code} for a payload that used to work. Request and response below.",
                    "We're getting a validation error ({code}) when creating customers through the API:"],
             "sv": ["Sedan i morse svarar API:t med {code} på ett anrop som tidigare fungerade. Anrop och svar nedan."],
             "de": ["Seit heute Morgen liefert die API {code} für einen Request, der vorher funktioniert hat:"],
             "es": ["Desde esta mañana la API devuelve {code} con una petición que antes funcionaba:"]}
JSON_KEYS = {"en": ("name", "email", "phone", "date_of_birth", "address", "national_id"),
             "sv": ("namn", "epost", "telefon", "fodelsedatum", "adress", "personnummer"),
             "de": ("name", "email", "telefon", "geburtsdatum", "anschrift", "steuer_id"),
             "es": ("nombre", "correo", "telefono", "fecha_nacimiento", "direccion", "dni")}


def a_json(ctx):
    d, r, req = ctx.d, ctx.rng, ctx.req
    d.p(*VF(ctx, API_INTRO, code=lambda: N(r.choice(["HTTP 422", "HTTP 400", "HTTP 409", "HTTP 500"]), "error_code")))
    keys = JSON_KEYS[ctx.lang] if chance(r, 0.4) else JSON_KEYS["en"]
    p = make_person(r, ctx.loc)
    ph_txt = fmt_phone(r, p.phone, allow_ext=False)
    dob_txt = "%d-%02d-%02d" % (p.dob.year, p.dob.month, p.dob.day)
    addr = addr_label(ctx, p.cc)
    yaml = chance(r, 0.3)
    if not yaml:
        lines = [["{"], ['  "customer": {'], ['    "id": "', NEG(ctx, "customer_number"), '",'],
                 ['    "%s": "' % keys[0], full_name(p, "json"), '",'],
                 ['    "%s": "' % keys[1], L(p.email, "email", "personal"), '",'],
                 ['    "%s": "' % keys[2], L(ph_txt, "phone", p.cc.lower()), '",'],
                 ['    "%s": "' % keys[3], L(dob_txt, "date_of_birth", "json"), '",'],
                 ['    "%s": "' % keys[4], addr, '"' + ("," if p.ids else "")]]
        if p.ids:
            lines.append(['    "%s": "' % keys[5], nid_label(*p.ids[0]), '"'])
        lines += [["  },"], ['  "order_ref": "', NEG(ctx, "order_number"), '",'],
                  ['  "created_at": "', N(gen_iso_ts(r), "timestamp"), '",'],
                  ['  "client_version": "', NEG(ctx, "version"), '"'], ["}"]]
    else:
        lines = [["customer:"], ["  id: ", NEG(ctx, "customer_number")], ["  %s: " % keys[0], full_name(p, "yaml")],
                 ["  %s: " % keys[1], L(p.email, "email", "personal")], ['  %s: "' % keys[2], L(ph_txt, "phone", p.cc.lower()), '"'],
                 ["  %s: " % keys[3], L(dob_txt, "date_of_birth", "yaml")], ['  %s: "' % keys[4], addr, '"']]
        if p.ids:
            lines.append(['  %s: "' % keys[5], nid_label(*p.ids[0]), '"'])
        lines += [["order_ref: ", NEG(ctx, "order_number")], ["created_at: ", N(gen_iso_ts(r), "timestamp")]]
    d.pre(lines)
    host = "api." + ctx.vendor[1]
    auth = r.random()
    curl = [["curl -X POST https://%s/v2/customers \\" % host]]
    if auth < 0.5:
        curl.append(['  -H "Authorization: Bearer ', L(gen_jwt(r, name=None), "secret", "jwt"), '" \\'])
    elif auth < 0.75:
        curl.append(['  -H "X-Api-Key: ', secret_label(ctx, r.choice(["stripe", "openai", "sendgrid"])), '" \\'])
    else:
        userpass = "%s:%s" % (ascii_fold(req.first), gen_password(r))
        curl.append(['  -H "Authorization: Basic ', L(base64.b64encode(userpass.encode()).decode(), "secret", "basic_auth"), '" \\'])
    curl += [['  -H "Content-Type: application/json" \\'], ["  -d @payload.json"]]
    d.pre(curl)
    code_block(ctx, 0.3)
    d.pre([["HTTP/1.1 422 Unprocessable Entity"],
           ['{"error":"validation_failed","field":"%s","request_id":"' % keys[2], NEG(ctx, "uuid"), '","trace":"', N(gen_hex(r, 32), "hash"), '"}']])


CODE_INTRO = {"en": ["This is the bit of our code that fails:", "We call it like this:"], "sv": ["Så här ser vår kod ut:"],
              "de": ["So rufen wir das auf:"], "es": ["Así lo llamamos desde nuestro código:"]}


def code_block(ctx, p=0.5):
    if chance(ctx.rng, p):
        ctx.d.p(V(ctx, CODE_INTRO))
        ctx.d.pre([[NEG(ctx, "code_sample")]])


def gen_iso_ts(r):
    d = gen_recent_date(r)
    return "%d-%02d-%02dT%02d:%02d:%02d%s" % (d.year, d.month, d.day, r.randint(0, 23), r.randint(0, 59), r.randint(0, 59),
                                               r.choice(["Z", ".%03dZ" % r.randint(0, 999), "+00:00"]))


ENV_INTRO = {"en": ["Since the deploy on {date} no emails are going out. Here is our config (sorry, it has the passwords in it):",
                    "Our staging box can't reach your API any more. This is the .env we use:"],
             "sv": ["Sedan driftsättningen {date} skickas inga mejl. Här är vår konfiguration (ja, lösenorden står i den):"],
             "de": ["Seit dem Deployment am {date} gehen keine Mails mehr raus. Hier unsere Konfiguration (inkl. Passwörter, sorry):"],
             "es": ["Desde el despliegue del {date} no salen los correos. Esta es nuestra configuración (sí, con las contraseñas):"]}


def a_env(ctx):
    d, r = ctx.d, ctx.rng
    d.p(*VF(ctx, ENV_INTRO, date=lambda: NEG(ctx, "date")))
    dom = ctx.work_domain
    dbuser = r.choice(["app", "shop_rw", "svc_billing", "wp_admin", "postgres"])
    dbpw = gen_password(r).replace("@", "#").replace("/", "-").replace(":", "=")
    yaml = chance(r, 0.3)
    if not yaml:
        pool = [
            ["APP_ENV=production"],
            ["APP_VERSION=", NEG(ctx, "version")],
            ["BUILD_NUMBER=", N(gen_build(r), "build_number")],
            ["DATABASE_URL=", L("%s://%s:%s@db-1.%s:%d/%s" % (r.choice(["postgres", "postgresql", "mysql"]), dbuser, urllib.parse.quote(dbpw, safe="!*-_.~"),
                                                             dom, r.choice([5432, 3306]), r.choice(["shop", "prod", "crm"])), "secret", "url_credentials")],
            ["SMTP_HOST=smtp.%s" % dom],
            ["SMTP_PORT=587"],
            ["SMTP_USER=", L(ctx.req.email, "email", "personal") if chance(r, 0.3) else L("%s@%s" % (r.choice(["noreply", "mailer", "notifications"]), dom), "email", "role")],
            [r.choice(["SMTP_PASSWORD=", "SMTP_PASS=", "MAIL_PASSWORD="]), pw_label(ctx)],
            ["STRIPE_SECRET_KEY=", secret_label(ctx, "stripe")],
            ["AWS_ACCESS_KEY_ID=", secret_label(ctx, "aws_access_key")],
            ["AWS_SECRET_ACCESS_KEY=", secret_label(ctx, "aws_secret_key")],
            ["SLACK_WEBHOOK_URL=", L("https://hooks.slack.com/services/T%s/B%s/%s" % (ralnum(r, 9, string.ascii_uppercase + string.digits),
                                                                                      ralnum(r, 10, string.ascii_uppercase + string.digits), ralnum(r, 24)),
                                     "secret", "url_token")],
            ["GITHUB_TOKEN=", secret_label(ctx, r.choice(["github", "github_pat"]))],
            ["OPENAI_API_KEY=", secret_label(ctx, "openai")],
            ["ADMIN_PHONE=", new_phone(ctx, ctx.cc)],
            ["GIT_COMMIT=", N(gen_hex(r, 40), "git_sha")],
            ["REDIS_URL=", L("redis://:%s@cache.%s:6379/0" % (ralnum(r, 20), dom), "secret", "url_credentials")],
        ]
        keep = [pool[0]] + [x for x in pool[1:] if chance(r, 0.55)]
        lines = keep
    else:
        lines = [["spring:"], ["  datasource:"], ["    url: jdbc:postgresql://db.%s:5432/app" % dom], ["    username: %s" % dbuser],
                 ["    password: ", L(dbpw, "secret", "password")], ["  mail:"], ["    host: smtp.%s" % dom],
                 ["    username: ", L("%s@%s" % (r.choice(["noreply", "mailer"]), dom), "email", "role")], ["    password: ", pw_label(ctx)],
                 ["app:"], ["  version: ", NEG(ctx, "version")], ["  build: ", N(gen_build(r), "build_number")],
                 ["  stripe-key: ", secret_label(ctx, "stripe")], ["  admin-contact: ", L(ctx.req.email, "email", "personal")]]
    d.pre(lines)
    code_block(ctx)
    d.p(*VF(ctx, {"en": ["The log only says {err}.", "Error in the worker log: {err}"], "sv": ["Loggen säger bara {err}."],
                  "de": ["Im Log steht nur {err}."], "es": ["En el log solo aparece {err}."]}, err=lambda: NEG(ctx, "error_code")))


FWD = {"en": {"gmail": "---------- Forwarded message ---------", "from": "From", "date": "Date", "subject": "Subject", "to": "To", "cc": "Cc",
              "o_from": "From", "o_sent": "Sent", "o_to": "To", "o_cc": "Cc", "o_subject": "Subject"},
       "sv": {"gmail": "---------- Vidarebefordrat meddelande ---------", "from": "Från", "date": "Date", "subject": "Subject", "to": "To", "cc": "Cc",
              "o_from": "Från", "o_sent": "Skickat", "o_to": "Till", "o_cc": "Kopia", "o_subject": "Ämne"},
       "de": {"gmail": "---------- Weitergeleitete Nachricht ---------", "from": "Von", "date": "Date", "subject": "Subject", "to": "To", "cc": "Cc",
              "o_from": "Von", "o_sent": "Gesendet", "o_to": "An", "o_cc": "Cc", "o_subject": "Betreff"},
       "es": {"gmail": "---------- Mensaje reenviado ---------", "from": "De", "date": "Date", "subject": "Subject", "to": "To", "cc": "Cc",
              "o_from": "De", "o_sent": "Enviado el", "o_to": "Para", "o_cc": "CC", "o_subject": "Asunto"}}
WEEKDAYS = {"en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
            "sv": ["måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"],
            "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
            "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]}


def long_sent_date(ctx):
    r = ctx.rng
    d = gen_recent_date(r)
    wd = WEEKDAYS[ctx.lang][d.weekday()]
    mn = MONTHS[ctx.lang][d.month - 1]
    hm = "%02d:%02d" % (r.randint(7, 21), r.randint(0, 59))
    if ctx.lang == "en":
        return "%s, %d %s %d %s" % (wd, d.day, mn, d.year, hm) if ctx.loc.code != "en-US" else "%s, %s %d, %d %s" % (wd, mn, d.day, d.year, hm)
    if ctx.lang == "sv":
        return "den %d %s %d %s" % (d.day, mn, d.year, hm)
    if ctx.lang == "de":
        return "%s, %d. %s %d %s" % (wd, d.day, mn, d.year, hm)
    return "%s, %d de %s de %d %s" % (wd, d.day, mn, d.year, hm)


def addr_header(ctx, p, sub="personal", mode=None):
    """'Name <addr>' with all the variants of mail clients."""
    r = ctx.rng
    mode = mode or wchoice(r, [("name_addr", 5), ("lastfirst", 2), ("quoted", 1), ("mailto", 1), ("bare", 1)])
    lt, gt = "<", ">"
    if mode == "name_addr":
        return [full_name(p, "header"), " " + lt] + email_parts(ctx, p.email, sub) + [gt]
    if mode == "lastfirst":
        return [lastfirst_name(p), " " + lt] + email_parts(ctx, p.email, sub) + [gt]
    if mode == "quoted":
        return ['"', full_name(p, "header"), '" ' + lt] + email_parts(ctx, p.email, sub) + [gt]
    if mode == "mailto":
        return [full_name(p, "header"), " [mailto:", L(p.email, "email", sub), "]"]
    return email_parts(ctx, p.email, sub)


def role_header(ctx):
    v = ctx.vendor
    return [v[0] + " <", L("%s@%s" % (ctx.rng.choice(ROLE_LOCAL[ctx.lang]), v[1]), "email", "role"), ">"]


FWD_NOTE = {"en": ["See below, this came from {other} in our finance team.", "Forwarding this as requested.", "FYI, see the thread below."],
            "sv": ["Se nedan, det här kom från {other} på ekonomi.", "Vidarebefordrar enligt önskemål."],
            "de": ["Siehe unten, das kam von {other} aus der Buchhaltung.", "Leite ich wie besprochen weiter."],
            "es": ["Les reenvío el correo de {other}, de contabilidad.", "Reenvío lo que me pidieron."]}
FWD_BODY = {"en": ["Hi {first},\nAs discussed, please use my new bank details for the refund: IBAN {iban}, account holder {full}.\nYou can call me on {phone} if anything is unclear.",
                   "Hi {first},\nMy new address from next week is {addr}. Please change it on all open orders. {neg}"],
            "sv": ["Hej {first},\nSom vi pratade om: använd mitt nya konto för återbetalningen, IBAN {iban}, kontoinnehavare {full}.\nRing mig på {phone} om något är oklart.",
                   "Hej {first},\nFrån nästa vecka är min adress {addr}. Ändra gärna på alla öppna ordrar. {neg}"],
            "de": ["Hallo {first},\nwie besprochen bitte die Erstattung auf mein neues Konto: IBAN {iban}, Kontoinhaber {full}.\nBei Fragen erreichen Sie mich unter {phone}.",
                   "Hallo {first},\nab nächster Woche lautet meine Adresse {addr}. Bitte bei allen offenen Bestellungen ändern. {neg}"],
            "es": ["Hola {first}:\nComo hablamos, hagan el reembolso a mi nueva cuenta: IBAN {iban}, titular {full}.\nSi tienen dudas, llámenme al {phone}.",
                   "Hola {first}:\nA partir de la semana que viene mi dirección es {addr}. Cámbienla en todos los pedidos abiertos. {neg}"]}


def header_block(ctx, style, frm, to, cc, subject):
    """Forward/reply header block; style gmail or outlook."""
    d, r, f = ctx.d, ctx.rng, FWD[ctx.lang]
    rows = []
    if style == "gmail":
        rows.append([f["gmail"]])
        rows.append([f["from"] + ": "] + frm)
        rows.append([f["date"] + ": ", N(long_sent_date(ctx), "timestamp")])
        rows.append([f["subject"] + ": "] + subject)
        rows.append([f["to"] + ": "] + to)
        if cc:
            rows.append([f["cc"] + ": "] + cc)
    else:
        if not d.html and chance(r, 0.5):
            rows.append(["-----Original Message-----" if ctx.lang == "en" else "-----Ursprüngliche Nachricht-----" if ctx.lang == "de" else "________________________________"])
        b = (R("<b>"), R("</b>"))
        rows.append([b[0], f["o_from"] + ":", b[1], " "] + frm)
        rows.append([b[0], f["o_sent"] + ":", b[1], " ", N(long_sent_date(ctx), "timestamp")])
        rows.append([b[0], f["o_to"] + ":", b[1], " "] + to)
        if cc:
            rows.append([b[0], f["o_cc"] + ":", b[1], " "] + cc)
        rows.append([b[0], f["o_subject"] + ":", b[1], " "] + subject)
    d.lines(rows)


def subject_parts(ctx):
    return VF(ctx, {"en": ["RE: Order {v}", "Refund for invoice {i}", "FW: Change of address", "Your account"],
                    "sv": ["SV: Order {v}", "Återbetalning faktura {i}", "Adressändring"],
                    "de": ["AW: Bestellung {v}", "Erstattung Rechnung {i}", "WG: Adressänderung"],
                    "es": ["RE: Pedido {v}", "Reembolso factura {i}", "RV: Cambio de dirección"]},
              v=lambda: NEG(ctx, "order_number"), i=lambda: NEG(ctx, "invoice_number"))


def a_forward(ctx):
    d, r, req = ctx.d, ctx.rng, ctx.req
    other = colleague(ctx) if chance(r, 0.5) else make_person(r, ctx.loc)
    d.p(*greeting(ctx))
    d.p(*VF(ctx, FWD_NOTE, other=lambda: full_name(other, "prose")))
    ctx.middle()
    closing_block(ctx)
    style = "gmail" if (d.html and d.style == "gmail") or (not d.html and chance(r, 0.5)) else "outlook"
    if d.html and style == "gmail":
        d.add('<div class="gmail_quote"><div dir="ltr" class="gmail_attr">')
    elif d.html:
        d.add("<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>\n")
    to = addr_header(ctx, req) if chance(r, 0.6) else role_header(ctx)
    cc = None
    if chance(r, 0.5):
        third = colleague(ctx)
        cc = addr_header(ctx, third, "work")
        if chance(r, 0.4):
            cc = cc + [", "] + addr_header(ctx, colleague(ctx), "work", mode="name_addr")
    header_block(ctx, style, addr_header(ctx, other, "personal"), to, cc, subject_parts(ctx))
    if d.html:
        d.add("</div>\n")
    body = V(ctx, FWD_BODY)
    paras = body.split("\n")
    kw = dict(first=lambda: first_name(req, "greeting"), iban=lambda: iban_label(ctx), full=lambda: full_name(other, "prose"),
              phone=lambda: new_phone(ctx, other.cc), addr=lambda: addr_label(ctx, other.cc), neg=lambda: neg_sentence(ctx))
    for para in paras:
        d.p(*fill(para, kw))
    d.lines([[V(ctx, CLOSE)], [full_name(other, "signature") if chance(r, 0.6) else first_name(other, "signature")]])
    if d.html and style == "gmail":
        d.add("</div>\n")


CHAT_HEAD = {"en": ["Chat transcript – {vendor}", "Live chat with {vendor}"], "sv": ["Chattlogg – {vendor}"], "de": ["Chatverlauf – {vendor}"],
             "es": ["Transcripción del chat – {vendor}"]}
CHAT_ROLE = {"en": ("Visitor", "Agent"), "sv": ("Besökare", "Handläggare"), "de": ("Besucher", "Mitarbeiter"), "es": ("Visitante", "Agente")}
CHAT_LINES = {
    "bot": {"en": ["Hi! I'm {bot}, the virtual assistant. How can I help?"], "sv": ["Hej! Jag är {bot}, den digitala assistenten. Vad gäller det?"],
            "de": ["Hallo! Ich bin {bot}, der digitale Assistent. Wie kann ich helfen?"], "es": ["¡Hola! Soy {bot}, el asistente virtual. ¿En qué puedo ayudarte?"]},
    "problem": {"en": ["hi, my order {order} still hasn't arrived", "hello I was charged twice this month", "i cant log in to my account since yesterday"],
                "sv": ["hej, min order {order} har fortfarande inte kommit", "hej jag har blivit debiterad två gånger", "jag kommer inte in på mitt konto"],
                "de": ["hallo, meine Bestellung {order} ist immer noch nicht da", "Hallo, mir wurde doppelt abgebucht", "ich komme seit gestern nicht in mein Konto"],
                "es": ["hola, mi pedido {order} todavía no ha llegado", "hola, me han cobrado dos veces este mes", "no puedo entrar en mi cuenta desde ayer"]},
    "joined": {"en": ["{agent} has joined the chat"], "sv": ["{agent} har anslutit till chatten"], "de": ["{agent} ist dem Chat beigetreten"],
               "es": ["{agent} se ha unido al chat"]},
    "greet": {"en": ["Hi {first}, sorry about that! Can you confirm the email address on the account?", "Hello {first}, I can help with that. What's the email on your account?"],
              "sv": ["Hej {first}! Det ska vi lösa. Vilken e-postadress står på kontot?"], "de": ["Hallo {first}, das schauen wir uns an. Welche E-Mail-Adresse ist hinterlegt?"],
              "es": ["Hola {first}, lo revisamos. ¿Me confirmas el correo de la cuenta?"]},
    "give_email": {"en": ["{email}", "it's {email}", "{email} i think, or maybe {email2}"], "sv": ["{email}", "det är {email}"], "de": ["{email}", "Das ist {email}"],
                   "es": ["{email}", "es {email}"]},
    "ask_verify": {"en": ["Thanks. For security, can you give me your date of birth and the postcode?", "Thanks! And your date of birth please?"],
                   "sv": ["Tack. Av säkerhetsskäl, kan du uppge ditt födelsedatum?"], "de": ["Danke. Zur Sicherheit: Wie lautet Ihr Geburtsdatum?"],
                   "es": ["Gracias. Por seguridad, ¿me dices tu fecha de nacimiento?"]},
    "give_dob": {"en": ["born {dob}", "DOB is {dob}", "{dob}"], "sv": ["född {dob}", "{dob}"], "de": ["geb. {dob}", "Geburtsdatum {dob}"],
                 "es": ["nací el {dob}", "fecha de nacimiento {dob}"]},
    "ask_phone": {"en": ["Perfect. What's the best number to reach you on if we get cut off?"], "sv": ["Toppen. Vilket nummer når vi dig på?"],
                  "de": ["Danke. Unter welcher Nummer erreichen wir Sie?"], "es": ["Perfecto. ¿A qué número te podemos llamar?"]},
    "give_phone": {"en": ["{phone}", "mobile is {phone}", "{phone} (work, ext ok)"], "sv": ["{phone}", "mobilen {phone}"], "de": ["{phone}", "Handy: {phone}"],
                   "es": ["{phone}", "al móvil {phone}"]},
    "give_addr": {"en": ["also I moved, new address is {addr}"], "sv": ["jag har flyttat förresten, nya adressen är {addr}"],
                  "de": ["bin übrigens umgezogen, neue Adresse: {addr}"], "es": ["por cierto me mudé, la nueva dirección es {addr}"]},
    "agent_info": {"en": ["I can see the payment with the card ending {last4}.", "Found it – order {order}, dispatched on {date}."],
                   "sv": ["Jag ser betalningen med kortet som slutar på {last4}.", "Hittade den – order {order}, skickad {date}."],
                   "de": ["Ich sehe die Zahlung mit der Karte mit Endziffern {last4}.", "Gefunden – Bestellung {order}, versendet am {date}."],
                   "es": ["Veo el pago con la tarjeta terminada en {last4}.", "Lo encontré: pedido {order}, enviado el {date}."]},
    "close": {"en": ["I've raised case {ticket} for you. Anything else?", "All sorted, reference {ticket}."], "sv": ["Jag har skapat ärende {ticket}. Något mer?"],
              "de": ["Ich habe den Vorgang {ticket} angelegt. Noch etwas?"], "es": ["He abierto la incidencia {ticket}. ¿Algo más?"]},
    "bye": {"en": ["no thats all thanks 🙂", "great thank you!!"], "sv": ["nej det var allt, tack 🙂"], "de": ["nein, danke schön 🙂"], "es": ["no, eso es todo, gracias 🙂"]},
}


def a_chat(ctx):
    d, r, req, ag = ctx.d, ctx.rng, ctx.req, ctx.agent
    d.p(*VF(ctx, CHAT_HEAD, vendor=ctx.vendor[0]))
    d.lines([[{"en": "Started: ", "sv": "Startad: ", "de": "Beginn: ", "es": "Inicio: "}[ctx.lang], NEG(ctx, "timestamp")],
             [{"en": "Visitor IP: ", "sv": "Besökarens IP: ", "de": "IP des Besuchers: ", "es": "IP del visitante: "}[ctx.lang], ip_label(ctx)]]
            if chance(r, 0.6) else [[{"en": "Started: ", "sv": "Startad: ", "de": "Beginn: ", "es": "Inicio: "}[ctx.lang], NEG(ctx, "timestamp")]])
    vis_role, ag_role = CHAT_ROLE[ctx.lang]
    t = [r.randint(8 * 3600, 20 * 3600)]
    secs = chance(r, 0.3)

    def ts():
        t[0] += r.randint(5, 140)
        h, m, sec = t[0] // 3600, t[0] // 60 % 60, t[0] % 60
        return N("%02d:%02d" % (h, m) + (":%02d" % sec if secs else ""), "timestamp")

    tag_style = r.choice(["paren", "name", "role_only"])
    req_lower = chance(r, 0.2)

    def vis():
        if tag_style == "paren":
            return [vis_role + " (", full_name(req, "transcript"), ")"]
        if tag_style == "name":
            return [full_name(req, "transcript")]
        return [vis_role]

    def agt():
        if tag_style == "role_only":
            return [ag_role + " (", first_name(ag, "transcript"), ")"]
        if chance(r, 0.5):
            return [full_name(ag, "transcript")]
        return [first_name(ag, "transcript")]

    def line(who, tpl_key, **kw):
        return ["[", ts(), "] "] + who + [": "] + VF(ctx, CHAT_LINES[tpl_key], **kw)

    rows = []
    bot = None
    if chance(r, 0.4):
        bot = r.choice(BOT_NAMES)
        rows.append(["[", ts(), "] ", N(bot, "bot_name"), ": "] + VF(ctx, CHAT_LINES["bot"], bot=lambda: N(bot, "bot_name")))
    rows.append(line(vis(), "problem", order=lambda: NEG(ctx, "order_number")))
    if tag_style != "role_only" or chance(r, 0.5):
        rows.append(["[", ts(), "] "] + VF(ctx, CHAT_LINES["joined"], agent=lambda: full_name(ag, "transcript")))
    rows.append(line(agt(), "greet", first=lambda: first_name(req, "greeting")))
    alt = gen_email(r, req.first, req.last, req.cc)
    rows.append(line(vis(), "give_email", email=lambda: L(req.email, "email", "personal"),
                     email2=lambda: L(alt if alt != req.email else "x" + alt, "email", "personal")))
    if chance(r, 0.7):
        rows.append(line(agt(), "ask_verify"))
        rows.append(line(vis(), "give_dob", dob=lambda: dob_label(ctx, req.dob)))
    rows.append(line(agt(), "ask_phone"))
    rows.append(line(vis(), "give_phone", phone=lambda: phone_label(ctx, ctx.req_phone_sig, req.cc)))
    if chance(r, 0.5):
        rows.append(line(vis(), "give_addr", addr=lambda: addr_label(ctx, req.cc)))
    rows.append(line(agt(), "agent_info", last4=lambda: NEG(ctx, "card_last4"), order=lambda: NEG(ctx, "order_number"),
                     date=lambda: NEG(ctx, "date")))
    rows.append(line(agt(), "close", ticket=lambda: NEG(ctx, "ticket_number")))
    rows.append(line(vis(), "bye"))
    d.lines(rows)


CALL_HEAD = {"en": ["Call log", "Phone call notes", "Internal note"], "sv": ["Samtalslogg", "Intern anteckning"], "de": ["Gesprächsnotiz", "Interne Notiz"],
             "es": ["Notas de la llamada", "Nota interna"]}
CALL_LINES = {
    "inbound": {"en": ["Inbound call from {phone}. Caller: {full}.", "Customer {full} rang in from {phone}."],
                "sv": ["Inkommande samtal från {phone}. Uppringare: {full}."], "de": ["Eingehender Anruf von {phone}. Anrufer/in: {full}."],
                "es": ["Llamada entrante del {phone}. Cliente: {full}."]},
    "verified": {"en": ["ID verified with DOB {dob} and address {addr}.", "Passed security (DOB {dob})."],
                 "sv": ["Identitet kontrollerad med personnummer {nid}.", "Verifierad, född {dob}."],
                 "de": ["Identität geprüft, Geburtsdatum {dob}.", "Verifiziert über geb. {dob} und Anschrift {addr}."],
                 "es": ["Identidad verificada con fecha de nacimiento {dob} y DNI {nid}.", "Verificado: nacido el {dob}."]},
    "issue": {"en": ["Customer says: {neg_s} Advised refund within 5-7 working days."], "sv": ["Kunden uppger: {neg_s} Lovat återkoppling inom 2 dagar."],
              "de": ["Gibt an: {neg_s} Rückmeldung innerhalb von 2 Werktagen zugesagt."], "es": ["El cliente comenta: {neg_s} Se le indica plazo de 5 días."]},
    "callback": {"en": ["Called back on {phone2}, spoke to {title} {surname}, who confirmed the new delivery address.",
                        "Tried {phone2} at {time}, no answer, left voicemail."],
                 "sv": ["Ringde tillbaka på {phone2}, pratade med {full2} som bekräftade den nya adressen.", "Sökte på {phone2} kl. {time}, inget svar."],
                 "de": ["Rückruf unter {phone2}, mit {title} {surname} gesprochen, neue Lieferadresse bestätigt.", "Um {time} unter {phone2} versucht, Mailbox."],
                 "es": ["Devuelta la llamada al {phone2}, hablé con {title} {surname}, confirma la nueva dirección.", "Llamé al {phone2} a las {time}, sin respuesta."]},
    "refund": {"en": ["Customer wants the refund to {iban} instead of the card.", "Card on file updated to {card} per customer request."],
               "sv": ["Kunden vill ha återbetalningen till {iban}."], "de": ["Kunde möchte die Erstattung auf {iban}."],
               "es": ["El cliente quiere el reembolso a {iban}."]},
    "followup": {"en": ["Follow-up booked for {date}.", "Next call scheduled {date}."], "sv": ["Uppföljning bokad {date}."],
                 "de": ["Wiedervorlage am {date}."], "es": ["Seguimiento programado para el {date}."]},
}


def a_call_notes(ctx):
    d, r, req = ctx.d, ctx.rng, ctx.req
    d.p(V(ctx, CALL_HEAD) + " – ", NEG(ctx, "timestamp"))
    rows = []
    kw = dict(phone=lambda: phone_label(ctx, req.phone_text, req.cc), full=lambda: full_name(req, "call_note"),
              dob=lambda: dob_label(ctx, req.dob), addr=lambda: addr_label(ctx, req.cc),
              nid=lambda: nid_label(*req.ids[0]) if req.ids else NEG(ctx, "customer_number"),
              neg_s=lambda: neg_sentence(ctx), phone2=lambda: new_phone(ctx, req.cc), title=TITLES[ctx.lang][req.gender],
              surname=lambda: surname(req), full2=lambda: full_name(req, "call_note"), time=lambda: N("%d:%02d" % (r.randint(9, 17), r.randint(0, 59)), "timestamp"),
              iban=lambda: iban_label(ctx), card=lambda: card_label(ctx), date=lambda: NEG(ctx, "date"))
    for key in ["inbound", "verified", "issue", "callback", "refund", "followup"]:
        if key in ("refund",) and not chance(r, 0.6):
            continue
        tpl = V(ctx, CALL_LINES[key])
        if "{nid}" in tpl and not req.ids:
            tpl = tpl.replace(" y DNI {nid}", "").replace("personnummer {nid}", "födelsedatum {dob}")
        rows.append(fill(tpl, kw))
    if chance(r, 0.5):
        rows = [["- "] + x for x in rows]
    d.lines(rows)
    d.lines([["– "] + [first_name(ctx.agent, "agent_signature") if chance(r, 0.5) else full_name(ctx.agent, "agent_signature")]])


MOBILE = {"en": ["hi its {first_lc} {last_lc} again 😩 still no refund for order {order}!! my number is {phone} pls call me asap or email {email} thx",
                 "hey guys 👋 {first_lc} here, moved to {addr} last week can u update it. mob {phone} cheers",
                 "hello?? nobody answers the phone 😡 i am {first_lc} {last_lc}, call me {phone} or {email}"],
          "sv": ["hej det är {first_lc} {last_lc} igen 😩 fortfarande ingen återbetalning för order {order}!! ring mig på {phone} eller maila {email} tack",
                 "hejsan 👋 {first_lc} här, har flyttat till {addr} kan ni ändra? mobil {phone}"],
          "de": ["hallo hier ist {first_lc} {last_lc} 😩 immer noch keine erstattung für bestellung {order}!! ruft mich bitte an {phone} oder schreibt an {email} danke",
                 "hi 👋 {first_lc} hier, bin umgezogen nach {addr} bitte ändern. handy {phone}"],
          "es": ["hola soy {first_lc} {last_lc} otra vez 😩 sigo sin reembolso del pedido {order}!! llamame al {phone} o escribime a {email} gracias",
                 "buenas 👋 soy {first_lc}, me mudé a {addr} pueden cambiarlo? cel {phone}"]}


def informal_addr(ctx, cc):
    txt, sub = gen_address(ctx.rng, cc)
    return L(txt.lower() if chance(ctx.rng, 0.5) else txt, "postal_address", sub)


def a_mobile(ctx):
    d, r, req = ctx.d, ctx.rng, ctx.req
    kw = dict(first_lc=lambda: L(req.first.lower(), "person_name", "lowercase"), last_lc=lambda: L(req.last.lower(), "person_name", "lowercase"),
              order=lambda: NEG(ctx, "order_number"), phone=lambda: L(TRUNK[req.cc] + req.phone.nsn if chance(r, 0.4) else req.phone_text, "phone", req.cc.lower()),
              email=lambda: L(obfuscate_email(r, req.email.lower(), ctx.lang), "email", "obfuscated") if chance(r, 0.35) else L(req.email.lower(), "email", "personal"),
              addr=lambda: informal_addr(ctx, req.cc))
    tpl = V(ctx, MOBILE)
    if "{first_lc} {last_lc}" in tpl:
        # one label for the whole lower-case name
        tpl = tpl.replace("{first_lc} {last_lc}", "{full_lc}")
        kw["full_lc"] = lambda: L(req.full.lower(), "person_name", "lowercase")
    d.p(*fill(tpl, kw))
    if chance(r, 0.5):
        d.p(V(ctx, SENT_FROM))


BILLING = {
    "intro": {"en": ["I've been charged twice for the same month and need one of the payments reversed.", "Please change the card on my subscription."],
              "xx": ["I am facing issue with double deduction from my card, kindly look into it."],
              "sv": ["Jag har blivit dubbeldebiterad för samma månad.", "Jag vill byta kort på mitt abonnemang."],
              "de": ["Mir wurde derselbe Monat doppelt berechnet.", "Bitte ändern Sie die Karte für mein Abo."],
              "es": ["Me han cobrado dos veces el mismo mes.", "Quiero cambiar la tarjeta de mi suscripción."]},
    "card": {"en": ["The new card is {card}, expiry {exp}.", "Please use {card} from now on."], "sv": ["Det nya kortet är {card}, giltigt till {exp}."],
             "de": ["Die neue Karte: {card}, gültig bis {exp}."], "es": ["La nueva tarjeta es {card}, caduca {exp}."]},
    "typo": {"en": ["Sorry, typo in my last message: it's not {bad}, the right number is {card}."], "sv": ["Förlåt, jag skrev fel: inte {bad} utan {card}."],
             "de": ["Sorry, Tippfehler: nicht {bad}, sondern {card}."], "es": ["Perdón, me equivoqué: no es {bad} sino {card}."]},
    "iban": {"en": ["Please refund to my account instead: {iban} ({bank}).", "IBAN for the refund: {iban}"], "sv": ["Sätt in pengarna på {iban} istället."],
             "de": ["Bitte erstatten Sie auf mein Konto {iban} bei der {bank}."], "es": ["Por favor, devuélvanlo a mi cuenta {iban}."]},
    "holder": {"en": ["The account is in my wife's name, {full_f}."], "sv": ["Kontot står på min sambo, {full}."], "de": ["Das Konto läuft auf meinen Mann, {full_m}."],
               "es": ["La cuenta está a nombre de mi pareja, {full}."]},
}
BANKS = {"GB": ["NatWest", "Barclays", "Lloyds"], "IE": ["AIB", "Bank of Ireland"], "SE": ["Swedbank", "SEB", "Handelsbanken"], "DE": ["Sparkasse", "Commerzbank", "ING"],
         "AT": ["Erste Bank", "Raiffeisen"], "CH": ["UBS", "PostFinance"], "ES": ["CaixaBank", "Santander", "BBVA"], "NL": ["ING"], "FR": ["BNP Paribas"]}


def a_billing(ctx):
    d, r, req = ctx.d, ctx.rng, ctx.req
    d.p(*(VF(ctx, BILLING["intro"]) + [" "] + neg_sentences(ctx, r.randint(1, 2))))
    exp = "%02d/%02d" % (r.randint(1, 12), r.randint(26, 31))
    if chance(r, 0.85):
        d.p(*VF(ctx, BILLING["card"], card=lambda: card_label(ctx), exp=lambda: N(exp, "card_expiry")))
    if chance(r, 0.45):
        d.p(*VF(ctx, BILLING["typo"], bad=lambda: NEG(ctx, "luhn_invalid_card"), card=lambda: card_label(ctx)))
    if chance(r, 0.6):
        d.p(*VF(ctx, BILLING["iban"], iban=lambda: iban_label(ctx), bank=r.choice(BANKS.get(ctx.iban_cc, ["the bank"]))))
        if chance(r, 0.4):
            d.p(*VF(ctx, BILLING["holder"], full=lambda: full_name(other_person(ctx), "prose"), full_m=lambda: full_name(other_person(ctx, "m"), "prose"),
                    full_f=lambda: full_name(other_person(ctx, "f"), "prose")))


LOG_INTRO = {"en": ["Login keeps failing for some of our users. Log excerpt from our side:", "Here's what the server log shows around the time of the outage:"],
             "sv": ["Inloggningen misslyckas för vissa användare. Utdrag ur vår logg:"], "de": ["Der Login schlägt bei einigen Nutzern fehl. Auszug aus unserem Log:"],
             "es": ["El inicio de sesión falla para algunos usuarios. Extracto de nuestro log:"]}


def a_log(ctx):
    d, r = ctx.d, ctx.rng
    d.p(V(ctx, LOG_INTRO))
    rows = []
    for _ in range(r.randint(4, 7)):
        kind = r.choice(["login", "upstream", "mail", "mac", "req", "build"])
        lvl = r.choice(["INFO ", "WARN ", "ERROR"])
        ts = N(gen_iso_ts(r), "timestamp")
        if kind == "login":
            who = colleague(ctx) if chance(r, 0.5) else ctx.req
            rows.append([ts, " %s auth: login %s user=" % (lvl, r.choice(["failed", "ok", "locked"])), L(who.email, "email", "log"), " ip=", ip_label(ctx)])
        elif kind == "upstream":
            rows.append([ts, " %s proxy: upstream " % lvl, ip_label(ctx, v6=True), " timed out after %dms (" % r.randint(3000, 30000), NEG(ctx, "error_code"), ")"])
        elif kind == "mail":
            rows.append([ts, " %s mailer: bounce for " % lvl, L(colleague(ctx).email, "email", "log"), " from ", ip_label(ctx, v6=False)])
        elif kind == "mac":
            rows.append([ts, " %s dhcp: lease renewed for " % lvl, NEG(ctx, "mac_address"), " client ", ip_label(ctx, v6=False)])
        elif kind == "req":
            rows.append([ts, " %s http: POST /api/v2/session 401 req_id=" % lvl, NEG(ctx, "uuid"), " client=", ip_label(ctx)])
        else:
            rows.append([ts, " INFO  app: starting build ", N(gen_build(r), "build_number"), " (commit ", N(gen_hex(r, 7), "git_sha"), ")"])
    d.pre(rows)
    code_block(ctx)
    d.p(*neg_sentences(ctx, r.randint(1, 2)))


LEAK = {"intro": {"en": ["Our developer pasted a few credentials into an earlier ticket by mistake. Could you purge them? These are the ones:",
                         "We think these keys leaked in a public repo yesterday, please help us check whether they were used:"],
                  "sv": ["Vår utvecklare råkade klistra in några nycklar i ett tidigare ärende. Kan ni radera dem? Det gäller:"],
                  "de": ["Unser Entwickler hat versehentlich Zugangsdaten in ein früheres Ticket kopiert. Bitte löschen, es geht um:"],
                  "es": ["Nuestro desarrollador pegó unas credenciales en un ticket anterior por error. ¿Pueden borrarlas? Son estas:"]},
        "pw": {"en": ["I also reset the admin password to {pw} for now, so you can log in and check.", "The temporary password is {pw} "],
               "sv": ["Jag har satt ett tillfälligt lösenord: {pw} "], "de": ["Das vorläufige Passwort ist {pw} (bitte nach dem Login ändern)."],
               "es": ["Mientras tanto la contraseña temporal es {pw} (cámbienla tras entrar)."]},
        "url": {"en": ["The export link they used was {url}"], "sv": ["Exportlänken var {url}"], "de": ["Der Export-Link war {url}"],
                "es": ["El enlace de exportación era {url}"]},
        "creds_url": {"en": ["and the WebDAV share is mounted as {url}"], "sv": ["och WebDAV-mappen är monterad som {url}"],
                      "de": ["und das WebDAV-Laufwerk ist als {url} eingebunden"], "es": ["y la carpeta WebDAV está montada como {url}"]}}


def signed_url(ctx):
    r = ctx.rng
    f = r.random()
    if f < 0.45:
        key = gen_secret(r, "aws_access_key")
        d = gen_recent_date(r)
        region = r.choice(["eu-west-1", "eu-north-1", "ap-southeast-2", "us-east-1", "eu-central-1"])
        return ("https://%s.s3.%s.amazonaws.com/exports/%s.csv?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=%s%%2F%d%02d%02d%%2F%s%%2Fs3%%2Faws4_request"
                "&X-Amz-Date=%d%02d%02dT%02d%02d%02dZ&X-Amz-Expires=%d&X-Amz-SignedHeaders=host&X-Amz-Signature=%s"
                % (r.choice(["acme-exports", "crm-backups", "ledger-files"]), region, gen_uuid(r)[:8], key, d.year, d.month, d.day, region,
                   d.year, d.month, d.day, r.randint(0, 23), r.randint(0, 59), r.randint(0, 59), r.choice([900, 3600, 604800]), gen_hex(r, 64)))
    if f < 0.7:
        return ("https://%s.blob.core.windows.net/invoices/%s.pdf?sv=2022-11-02&ss=b&srt=o&sp=r&se=%d-%02d-%02dT%02d:00:00Z&spr=https&sig=%s"
                % (r.choice(["ledgerstore", "hdfiles01"]), rdig(r, 8), 2026, r.randint(1, 12), r.randint(1, 28), r.randint(0, 23),
                   urllib.parse.quote(base64.b64encode(bytes(r.getrandbits(8) for _ in range(32))).decode(), safe="")))
    return "https://files.%s/download?id=%s&token=%s" % (ctx.vendor[1], rdig(r, 7), ralnum(r, 40, string.ascii_letters + string.digits + "-_"))


def cred_url(ctx):
    r = ctx.rng
    user = r.choice(["admin", "backup", ascii_fold(ctx.req.first), "webdav"])
    pw = urllib.parse.quote(gen_password(r), safe="!*-_.~")
    return "%s://%s:%s@%s.%s/%s" % (r.choice(["https", "ftp", "sftp"]), user, pw, r.choice(["dav", "files", "ftp"]), ctx.work_domain,
                                    r.choice(["", "shared/", "remote.php/dav/"]))


def url_parts(ctx, url, sub):
    d = ctx.d
    if d.html and chance(ctx.rng, 0.6):
        txt = L(url, "secret", sub) if chance(ctx.rng, 0.6) else {"en": "download link", "sv": "nedladdningslänk", "de": "Download-Link", "es": "enlace de descarga"}[ctx.lang]
        return [R('<a href="'), L(url, "secret", sub, attr=True), R('">'), txt, R("</a>")]
    return [L(url, "secret", sub)]


def a_leak(ctx):
    d, r = ctx.d, ctx.rng
    d.p(V(ctx, LEAK["intro"]))
    kinds = ["aws_access_key", "github", "github_pat", "gitlab", "slack", "stripe", "openai", "google", "sendgrid", "npm", "jwt"]
    r.shuffle(kinds)
    rows = []
    for k in kinds[:r.randint(2, 4)]:
        label = {"aws_access_key": "AWS key", "github": "GitHub token", "github_pat": "GitHub PAT", "gitlab": "GitLab token", "slack": "Slack bot token",
                 "stripe": "Stripe key", "openai": "OpenAI key", "google": "Maps API key", "sendgrid": "SendGrid key", "npm": "npm token", "jwt": "session JWT"}[k]
        rows.append(["- " + label + ": ", secret_label(ctx, k)])
    if chance(r, 0.5):
        d.pre(rows)
    else:
        d.lines(rows)
    if chance(r, 0.45):
        d.pre([[L(gen_pem(r), "secret", "pem_private_key")]])
    if chance(r, 0.7):
        d.p(*VF(ctx, LEAK["pw"], pw=lambda: pw_label(ctx)))
    if chance(r, 0.6):
        d.p(*(VF(ctx, LEAK["url"], url=lambda: url_parts(ctx, signed_url(ctx), "url_token"))))
    if chance(r, 0.4):
        d.p(*VF(ctx, LEAK["creds_url"], url=lambda: [L(cred_url(ctx), "secret", "url_credentials")]))
    d.p(*neg_sentences(ctx, r.randint(1, 2)))


IDENT = {"intro": {"en": ["We need to add my partner and our son to the policy. Details below.", "You asked for ID details to finish the verification, here they are."],
                   "sv": ["Vi vill lägga till min sambo och vår son på försäkringen. Uppgifter nedan.", "Ni bad om uppgifter för att slutföra kontrollen, här kommer de."],
                   "de": ["Wir möchten meine Partnerin und unseren Sohn in den Vertrag aufnehmen. Die Daten:", "Sie hatten um die Angaben zur Verifizierung gebeten:"],
                   "es": ["Queremos añadir a mi pareja y a nuestro hijo a la póliza. Datos abajo.", "Me pidieron los datos para completar la verificación:"]},
         "person": {"en": ["{name}, born {dob}, {idname} {nid}", "{name} – DOB {dob} – {idname}: {nid}"],
                    "sv": ["{name}, född {dob}, personnummer {nid}", "{name} (f. {dob}) {nid}"],
                    "de": ["{name}, geb. {dob}, {idname} {nid}", "{name}, geboren am {dob}, {idname}: {nid}"],
                    "es": ["{name}, nacido/a el {dob}, {idname} {nid}", "{name} – fecha de nacimiento {dob} – {idname} {nid}"]},
         "person_noid": {"en": ["{name}, born {dob}"], "sv": ["{name}, född {dob}"], "de": ["{name}, geb. {dob}"], "es": ["{name}, nacido/a el {dob}"]},
         "addr": {"en": ["We all live at {addr}."], "sv": ["Vi bor alla på {addr}."], "de": ["Unsere gemeinsame Anschrift: {addr}."], "es": ["Vivimos todos en {addr}."]},
         "addr_ml": {"en": ["Postal address:"], "sv": ["Postadress:"], "de": ["Postanschrift:"], "es": ["Dirección postal:"]}}


def a_identity(ctx):
    d, r, req = ctx.d, ctx.rng, ctx.req
    d.p(V(ctx, IDENT["intro"]))
    people = [req, make_person(r, ctx.loc, cc=req.cc, culture=req.culture)]
    if chance(r, 0.6):
        kid = make_person(r, ctx.loc, cc=req.cc, culture=req.culture)
        kid.last = req.last
        kid.full = kid.first + " " + kid.last
        kid.dob = gen_dob(r, 2008, 2023)
        if kid.ids:
            kid.ids = [(kid.ids[0][0], gen_national_id(r, kid.ids[0][0], kid.dob))] if kid.ids[0][0] != "se_personnummer_plus" else \
                [("se_personnummer", gen_national_id(r, "se_personnummer", kid.dob))]
        people.append(kid)
    rows = []
    for p in people:
        if p.ids:
            tpl = V(ctx, IDENT["person"])
            rows.append(["- "] + fill(tpl, dict(name=lambda: full_name(p, "list"), dob=lambda: dob_label(ctx, p.dob),
                                               idname=id_name(ctx, p.ids[0][0]), nid=lambda: nid_label(*p.ids[0]))))
        else:
            rows.append(["- "] + VF(ctx, IDENT["person_noid"], name=lambda: full_name(p, "list"), dob=lambda: dob_label(ctx, p.dob)))
    d.lines(rows)
    if chance(r, 0.5):
        d.p(*VF(ctx, IDENT["addr"], addr=lambda: addr_label(ctx, req.cc)))
    else:
        d.lines([[V(ctx, IDENT["addr_ml"])], [addr_label(ctx, req.cc, multiline=True)]])
    d.p(*neg_sentences(ctx, r.randint(1, 2)))

# ---------------------------------------------------------------------------
# secondary blocks (added until the ticket reaches its label budget)
# ---------------------------------------------------------------------------

TOPUP = {
    "contact": {"en": ["Also, my new mobile is {phone} and my work email is {email}.", "Please note my new number: {phone}."],
                "xx": ["Kindly note my alternate number {phone} and mail id {email}."],
                "sv": ["Mitt nya mobilnummer är {phone} och jobbmejlen är {email}.", "Notera gärna mitt nya nummer: {phone}."],
                "de": ["Meine neue Handynummer ist {phone}, dienstlich bin ich unter {email} erreichbar.", "Neue Telefonnummer: {phone}."],
                "es": ["Mi nuevo móvil es el {phone} y mi correo del trabajo {email}.", "Apunten mi nuevo número: {phone}."]},
    "verify": {"en": ["For verification: my date of birth is {dob} and my {idname} is {nid}.", "In case you need it, I was born on {dob}."],
               "sv": ["För identifiering: jag är född {dob}, personnummer {nid}.", "Jag är född {dob} om ni behöver det."],
               "de": ["Zur Identifikation: geboren am {dob}, {idname} {nid}.", "Falls nötig: mein Geburtsdatum ist der {dob}."],
               "es": ["Para verificar: mi fecha de nacimiento es {dob} y mi {idname} es {nid}.", "Por si lo necesitan, nací el {dob}."]},
    "other": {"en": ["If I'm not around, please call my husband {full_m} on {phone}.", "If I'm not around, my wife {full_f} can take the call on {phone}.",
                     "My colleague {full} ({email}) can also approve this."],
              "sv": ["Om jag inte svarar, ring min man {full_m} på {phone}.", "Min kollega {full} ({email}) kan också godkänna."],
              "de": ["Falls ich nicht erreichbar bin, rufen Sie bitte meine Frau {full_f} unter {phone} an.", "Meine Kollegin {full_f} ({email}) kann das ebenfalls freigeben.",
                     "Mein Kollege {full_m} ({email}) kann das ebenfalls freigeben."],
              "es": ["Si no estoy, llamen a mi marido, {full_m}, al {phone}.", "Mi compañera {full_f} ({email}) también puede aprobarlo."]},
    "ip": {"en": ["In case it helps, my IP address at home is {ip}.", "I'm connecting from {ip} (home broadband)."],
           "sv": ["Om det hjälper är min IP-adress {ip}."], "de": ["Falls es hilft: meine IP-Adresse ist {ip}."], "es": ["Por si sirve, mi IP es {ip}."]},
    "address": {"en": ["Please send the replacement to {addr}.", "My postal address has changed to {addr}."],
                "sv": ["Skicka ersättningen till {addr}.", "Min nya postadress är {addr}."], "de": ["Bitte schicken Sie den Ersatz an {addr}.", "Meine neue Anschrift: {addr}."],
                "es": ["Envíen el repuesto a {addr}, por favor.", "Mi nueva dirección es {addr}."]},
    "payment": {"en": ["You can charge the difference to {card}.", "The refund can go to {iban}."], "sv": ["Dra mellanskillnaden från {card}.", "Återbetalningen kan gå till {iban}."],
                "de": ["Die Differenz können Sie von {card} abbuchen.", "Die Erstattung bitte auf {iban}."],
                "es": ["Pueden cargar la diferencia en la tarjeta {card}.", "El reembolso, a la cuenta {iban}."]},
    "obf": {"en": ["Please don't use the shop address, write to me at {obf} instead.", "Best to email me: {obf}"],
            "sv": ["Skriv hellre till mig på {obf}.", "Mejla mig på {obf}"], "de": ["Bitte schreiben Sie mir lieber an {obf}.", "Am besten per Mail: {obf}"],
            "es": ["Mejor escríbanme a {obf}.", "Mi correo: {obf}"]},
    "login": {"en": ["My login is {email} and the password I set yesterday is {pw} if you need to test it."],
              "sv": ["Jag loggar in med {email}, lösenord: {pw} om ni vill testa."], "de": ["Login ist {email}, Passwort: {pw} falls Sie es testen möchten."],
              "es": ["Entro con {email} y la contraseña: {pw} por si quieren probar."]},
}
TOPUP_WEIGHTS = [("contact", 5), ("verify", 5), ("other", 4), ("ip", 2), ("address", 4), ("payment", 5), ("login", 2), ("obf", 3), ("negs", 3)]


def topup(ctx, kind):
    d, r, req = ctx.d, ctx.rng, ctx.req
    if kind == "negs":
        d.p(*neg_sentences(ctx, r.randint(1, 3)))
        return
    tpl = V(ctx, TOPUP[kind])
    if "{nid}" in tpl and not req.ids:
        tpl = V(ctx, {"en": ["In case you need it, I was born on {dob}."], "sv": ["Jag är född {dob} om ni behöver det."],
                      "de": ["Falls nötig: mein Geburtsdatum ist der {dob}."], "es": ["Por si lo necesitan, nací el {dob}."]})
    g = "m" if "{full_m}" in tpl else "f" if "{full_f}" in tpl else None
    other = other_person(ctx, g)
    kw = dict(phone=lambda: new_phone(ctx, req.cc, mobile=True), email=lambda: email_parts(ctx, gen_email(r, req.first, req.last, req.cc, ctx.work_domain), "work"),
              dob=lambda: dob_label(ctx, req.dob), idname=lambda: id_name(ctx, req.ids[0][0]), nid=lambda: nid_label(*req.ids[0]),
              full=lambda: full_name(other, "prose"), full_m=lambda: full_name(other, "prose"), full_f=lambda: full_name(other, "prose"),
              ip=lambda: ip_label(ctx), addr=lambda: addr_label(ctx, req.cc),
              card=lambda: card_label(ctx), iban=lambda: iban_label(ctx), pw=lambda: pw_label(ctx),
              obf=lambda: L(obfuscate_email(r, req.email if chance(r, 0.6) else gen_email(r, req.first, req.last, req.cc), ctx.lang), "email", "obfuscated"))
    if kind == "other":
        kw["phone"] = lambda: new_phone(ctx, other.cc)
        kw["email"] = lambda: email_parts(ctx, gen_email(r, other.first, other.last, other.cc, ctx.work_domain), "work")
    if kind == "login":
        kw["email"] = lambda: email_parts(ctx, req.email)
    parts = fill(tpl, kw)
    if chance(r, 0.35):
        parts = parts + [" "] + neg_sentence(ctx)
    d.p(*parts)


def other_person(ctx, gender=None):
    """Another person from the requester's household / circle (never the requester's own name)."""
    req = ctx.req
    for _ in range(20):
        p = make_person(ctx.rng, ctx.loc, cc=req.cc, culture=req.culture, gender=gender)
        if p.first != req.first and p.first != ctx.agent.first:
            return p
    return p


def make_middle(ctx):
    def middle():
        r = ctx.rng
        n = 0
        while len(ctx.d.labels) < ctx.budget and n < 3:
            kinds = [kw for kw in TOPUP_WEIGHTS if kw[0] not in ctx.used_topups]
            kind = wchoice(r, kinds)
            ctx.used_topups.append(kind)
            topup(ctx, kind)
            n += 1
        if chance(r, 0.6):
            ctx.d.p(*neg_sentences(ctx, r.randint(1, 2)))
    return middle


# ---------------------------------------------------------------------------
# quoted earlier reply from the agent
# ---------------------------------------------------------------------------

ATTRIB = {"en": "On {date}, {name} <{email}> wrote:", "sv": "{date} skrev {name} <{email}>:", "de": "Am {date} schrieb {name} <{email}>:",
          "es": "El {date}, {name} (<{email}>) escribió:"}
AGENT_BODY = {"en": ["Thanks for getting in touch. Could you confirm your date of birth and the address we have on file?",
                     "I've checked case {ticket}. Could you send us the last four digits of the card you paid with?"],
              "sv": ["Tack för att du hör av dig. Kan du bekräfta ditt födelsedatum och adressen vi har registrerad?",
                     "Jag har tittat på ärende {ticket}. Kan du skicka de fyra sista siffrorna på kortet?"],
              "de": ["vielen Dank für Ihre Nachricht. Können Sie uns Ihr Geburtsdatum und die hinterlegte Anschrift bestätigen?",
                     "ich habe mir den Vorgang {ticket} angesehen. Können Sie uns die letzten vier Ziffern der Karte nennen?"],
              "es": ["Gracias por escribirnos. ¿Nos confirma su fecha de nacimiento y la dirección que tenemos registrada?",
                     "He revisado la incidencia {ticket}. ¿Nos puede enviar los cuatro últimos dígitos de la tarjeta?"]}


def cap(s):
    return s[:1].upper() + s[1:]


def quoted_agent_reply(ctx):
    d, r, ag, req = ctx.d, ctx.rng, ctx.agent, ctx.req
    agent_email = gen_email(r, ag.first, ag.last, ctx.vendor_cc, ctx.vendor[1])
    body = [VF(ctx, GREET_NAMED, n=lambda: first_name(req, "greeting")),
            VF(ctx, AGENT_BODY, ticket=lambda: NEG(ctx, "ticket_number")),
            [V(ctx, CLOSE)], [first_name(ag, "agent_signature")]]
    if d.html and d.style == "outlook":
        d.add("<div style='border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm'>\n")
        header_block(ctx, "outlook", addr_header(ctx, ag, "agent", mode=r.choice(["name_addr", "lastfirst"])), role_header(ctx) if chance(r, 0.3) else addr_header(ctx, req),
                     None, subject_parts(ctx))
        d.add("</div>\n")
        for b in body:
            d.p(*b)
        return
    attrib = fill(ATTRIB[ctx.lang], dict(date=lambda: N(cap(long_sent_date(ctx)), "timestamp"), name=lambda: full_name(ag, "header"),
                                         email=lambda: email_parts(ctx, agent_email, "agent")))
    if d.html:
        if d.style == "gmail":
            d.add('<div class="gmail_quote"><div dir="ltr" class="gmail_attr">')
            d.put(attrib)
            d.add('<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">\n')
            for b in body:
                d.p(*b)
            d.add("</blockquote></div>\n")
        else:
            d.p(*attrib)
            d.add("<blockquote>\n")
            for b in body:
                d.p(*b)
            d.add("</blockquote>\n")
        return
    d.p(*attrib)
    d.qprefix = "> "
    d.p(*body[0])
    d.p(*body[1])
    d.lines([body[2], body[3]], tight=True)
    d.qprefix = ""


# ---------------------------------------------------------------------------
# ticket assembly
# ---------------------------------------------------------------------------

ARCHETYPES = [("web_form", 14), ("people_table", 9), ("csv", 7), ("json", 7), ("env", 7), ("forward", 10), ("chat", 10),
              ("call_notes", 8), ("mobile", 6), ("billing", 8), ("log", 6), ("leak", 6), ("identity", 8)]
BODY_FN = {"people_table": a_people_table, "csv": a_csv, "json": a_json, "env": a_env, "billing": a_billing, "log": a_log,
           "leak": a_leak, "identity": a_identity}
FOLLOWUP_HEAD = {"en": ["Customer follow-up:", "Update from the customer:", "Later message from the customer:"],
                 "sv": ["Kunden skrev senare:", "Tillägg från kunden:"], "de": ["Nachtrag des Kunden:", "Weitere Nachricht des Kunden:"],
                 "es": ["Mensaje posterior del cliente:", "Añadido por el cliente:"]}
XX_CC = [("GB", 3), ("US", 2), ("AU", 2), ("SE", 1), ("DE", 2), ("ES", 1)]
CULTURE_OF = {"GB": "gb", "US": "us", "AU": "au", "SE": "se", "DE": "de", "ES": "es"}


def make_ticket(seed, i):
    rng = random.Random("hushdesk-heldout7/%s/%d" % (seed, i))
    loc = wchoice(rng, LOCALES)
    ctx = Ctx()
    ctx.rng, ctx.loc, ctx.lang = rng, loc, loc.lang
    ctx.cc = loc.cc or wchoice(rng, XX_CC)
    if loc.cc is None:
        loc = Locale(loc.code, loc.lang, ctx.cc, loc.culture, loc.html_lang)
        ctx.loc = loc
    is_html = rng.random() < 0.5
    style = wchoice(rng, [("outlook", 4), ("gmail", 3), ("helpdesk", 3)]) if is_html else None
    ent = "raw"
    if is_html:
        ent = wchoice(rng, [("raw", 4), ("named", 5 if style == "outlook" else 3), ("numeric", 1), ("hex", 1)])
    d = Doc(rng, is_html, style, ent)
    ctx.d = d
    ctx.vendor_cc = ctx.cc
    ctx.vendor = rng.choice(VENDORS[ctx.cc])
    ctx.work_domain = rng.choice(WORK_DOMAINS[ctx.cc])
    ctx.iban_cc = ctx.cc if ctx.cc in IBAN_LEN else ("ES" if ctx.cc in ("MX", "AR", "CO") else rng.choice(["GB", "DE", "NL", "FR", "IE"]))
    ctx.req = make_person(rng, loc, cc=ctx.cc)
    agent_culture = CULTURE_OF.get(ctx.cc, loc.culture) if loc.code == "en-XX" else loc.culture
    while True:
        ctx.agent = make_person(rng, loc, cc=ctx.cc, culture=agent_culture, work_domain=ctx.vendor[1], with_ids=False)
        if ctx.agent.first != ctx.req.first and ctx.agent.last != ctx.req.last:
            break
    ctx.req_phone_sig = ctx.req.phone_text if chance(rng, 0.6) else fmt_phone(rng, ctx.req.phone, avoid=ctx.req.phone_text)
    ctx.budget = rng.randint(11, 19)
    ctx.middle = make_middle(ctx)
    ctx.used_topups = []
    arch = wchoice(rng, ARCHETYPES)

    doc_begin(d, loc)
    if not is_html and chance(rng, 0.25):
        d.add({"en": "Subject: ", "sv": "Ämne: ", "de": "Betreff: ", "es": "Asunto: "}[ctx.lang])
        d.put(subject_parts(ctx))
        d.add("\n\n")
    if arch in BODY_FN:
        d.p(*greeting(ctx))
        if chance(rng, 0.4):
            d.p(*VF(ctx, INTRO, full=lambda: full_name(ctx.req, "prose"), other_m=lambda: full_name(other_person(ctx, "m"), "prose"),
                    other_f=lambda: full_name(other_person(ctx, "f"), "prose")))
        BODY_FN[arch](ctx)
        ctx.middle()
        closing_block(ctx)
        if chance(rng, 0.3):
            quoted_agent_reply(ctx)
    elif arch == "forward":
        a_forward(ctx)
    else:
        {"web_form": a_web_form, "chat": a_chat, "call_notes": a_call_notes, "mobile": a_mobile}[arch](ctx)
        if len(d.labels) < ctx.budget:
            d.p(V(ctx, FOLLOWUP_HEAD))
            ctx.middle()
    doc_end(d)

    known = {}
    if chance(rng, 0.5):
        req = ctx.req
        known["name"] = req.full
        if chance(rng, 0.85):
            known["email"] = req.email
        if chance(rng, 0.35):
            known["phone"] = fmt_phone(rng, req.phone, avoid=req.phone_text, allow_ext=False)
        if chance(rng, 0.2):
            known["emails"] = [gen_email(rng, req.first, req.last, req.cc, ctx.work_domain)]
    doc = {"id": "h7-%04d" % i, "content_type": "text/html" if is_html else "text/plain", "text": d.text()}
    if known:
        doc["known"] = known
    doc["labels"] = d.labels
    doc["negatives"] = d.negs
    return doc, {"locale": loc.code, "archetype": arch, "style": style or "plain", "entities": ent}


def generate(seed, count):
    return [make_ticket(seed, i) for i in range(count)]

# ---------------------------------------------------------------------------
# checker (independent of the generator's internal state: works on the file)
# ---------------------------------------------------------------------------

CATEGORIES = ["email", "phone", "payment_card", "iban", "national_id", "ip_address", "secret", "date_of_birth",
              "person_name", "postal_address"]
BLOCK_END_RE = re.compile(r"(?i)<br\s*/?>|</(?:p|div|li|tr|td|th|dd|dt|blockquote|pre|h\d)\s*>")
TAG_RE = re.compile(r"<[^>]*>")
BIRTH_WORDS = ["dob", "d.o.b", "birth", "born", "född", "(f.", "fodelsedatum", "födelsedatum", "geburtsdatum", "geb.", "geboren",
               "nacimiento", "nací", "nacido", "nacida", "nacido/a"]
PASSWORD_WORDS = ["password", "passwort", "lösenord", "contraseña", "pass=", "pass:", "_pass", "password="]
NAME_PARTICLES = ("von", "van", "de", "la", "del", "af", "der", "den", "y", "da", "di")
OBFUSCATED_AT = re.compile(r"(@|\bat\b|\[at\]|\(at\)|\{at\}|snabel-a|arroba|\[ät\])")
EMAIL_RE = re.compile(r"^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)+$")
SECRET_RE = {
    "aws_access_key": r"(AKIA|ASIA)[A-Z2-7]{16}", "aws_secret_key": r"[A-Za-z0-9/+]{40}", "github": r"gh[pousr]_[A-Za-z0-9]{36}",
    "github_pat": r"github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}", "gitlab": r"glpat-[A-Za-z0-9_-]{20}",
    "slack": r"xox[bp]-\d{10,13}-\d{10,13}-[A-Za-z0-9]{24,32}", "stripe": r"(sk|rk)_live_[A-Za-z0-9]{24,}",
    "openai": r"sk-(proj-)?[A-Za-z0-9_-]{20,}T3BlbkFJ[A-Za-z0-9_-]{20,}", "google": r"AIza[A-Za-z0-9_-]{35}",
    "sendgrid": r"SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43}", "npm": r"npm_[A-Za-z0-9]{36}",
}
NEG_KINDS = ["order_number", "invoice_number", "ticket_number", "customer_number", "employee_number", "tracking_number", "sku",
             "amount", "version", "build_number", "timestamp", "date", "luhn_invalid_card", "uuid", "git_sha", "hash", "error_code",
             "company_name", "product_name", "city", "street_name", "serial_number", "mac_address", "isbn", "card_last4",
             "code_sample", "bot_name", "card_expiry", "markup"]


def visible(src, is_html):
    if not is_html:
        return src
    s = BLOCK_END_RE.sub("\n", src)
    s = TAG_RE.sub("", s)
    return html.unescape(s).replace("\xa0", " ")


def collapse(s):
    return re.sub(r"\s+", " ", s).strip()


def card_ok(sub, s):
    if not re.fullmatch(r"\d[\d -]*\d", s):
        return False
    d = digits_of(s)
    if not luhn_ok(d):
        return False
    if sub == "amex":
        return len(d) == 15 and d[:2] in ("34", "37")
    if len(d) != 16:
        return False
    if sub == "visa":
        return d[0] == "4"
    if sub == "mc":
        return 51 <= int(d[:2]) <= 55
    if sub == "mc2":
        return 2221 <= int(d[:4]) <= 2720
    if sub == "discover":
        return d.startswith("6011") or d.startswith("65") or 644 <= int(d[:3]) <= 649
    return False


def secret_ok(sub, vis_text, before):
    s = vis_text.strip()
    if sub in SECRET_RE:
        return bool(re.fullmatch(SECRET_RE[sub], s))
    if sub == "jwt":
        parts = s.split(".")
        if len(parts) != 3:
            return False
        try:
            head = json.loads(b64url_decode(parts[0]))
            json.loads(b64url_decode(parts[1]))
            b64url_decode(parts[2])
        except Exception:
            return False
        return isinstance(head, dict) and "alg" in head
    if sub == "basic_auth":
        try:
            return ":" in base64.b64decode(s, validate=True).decode("utf-8", "replace")
        except Exception:
            return False
    if sub == "pem_private_key":
        lines = [x.strip() for x in s.split("\n") if x.strip()]
        m = re.fullmatch(r"-----BEGIN ((?:RSA |EC |OPENSSH )?PRIVATE KEY)-----", lines[0]) if lines else None
        return bool(m) and lines[-1] == "-----END %s-----" % m.group(1) and len(lines) >= 3 and \
            all(re.fullmatch(r"[A-Za-z0-9+/=]{1,64}", x) for x in lines[1:-1])
    if sub == "password":
        return bool(s) and not re.search(r"\s", s) and any(w in before.lower() for w in PASSWORD_WORDS)
    if sub == "url_credentials":
        u = urllib.parse.urlsplit(s)
        return bool(u.scheme and u.hostname and u.password)
    if sub == "url_token":
        u = urllib.parse.urlsplit(s)
        if u.scheme != "https" or not u.hostname:
            return False
        q = urllib.parse.parse_qs(u.query)
        return "X-Amz-Signature" in q or "sig" in q or "token" in q or (u.hostname == "hooks.slack.com" and u.path.startswith("/services/"))
    return False


def name_ok(sub, s):
    if not s or re.search(r"[\d@<>&;]", s):
        return False
    if sub == "last_first":
        if s.count(", ") != 1:
            return False
        s = s.replace(", ", " ")
    toks = s.split(" ")
    if sub == "lowercase":
        return all(t and t == t.lower() and re.fullmatch(r"[^\W\d_][\w'’-]*", t) for t in toks)
    for t in toks:
        if t in NAME_PARTICLES:
            continue
        if not re.fullmatch(r"[^\W\d_][\w'’.-]*", t) or not t[0].isupper():
            return False
    if sub in ("full", "form", "table", "csv", "json", "yaml", "header", "transcript", "prose", "list", "call_note", "signature",
               "agent_signature") and len(toks) < 2 and sub not in ("signature", "agent_signature", "transcript"):
        return False
    return True


def address_ok(sub, s):
    flat = collapse(re.sub(r"\s*\n\s*", ", ", s.strip()))
    if sub not in ADDRESS_PC_RE:
        return False
    if not re.search(ADDRESS_PC_RE[sub], flat.upper()):
        return False
    if not re.search(r"\d", flat.split(",")[0] + (flat.split(",")[1] if "," in flat else "")):
        return False
    return not any(flat.endswith(c) for c in COUNTRY_NAMES)


def value_ok(cat, sub, vis_text, before):
    s = collapse(vis_text)
    if cat == "email":
        if sub == "obfuscated":
            return bool(OBFUSCATED_AT.search(s))
        return bool(EMAIL_RE.match(s))
    if cat == "phone":
        return (sub or "").upper() in COUNTRY_CODE and phone_ok(s, sub.upper())
    if cat == "payment_card":
        return card_ok(sub, s)
    if cat == "iban":
        return iban_ok(s) and s.replace(" ", "")[:2].lower() == sub
    if cat == "national_id":
        return national_id_ok(sub, s)
    if cat == "ip_address":
        try:
            ip = ipaddress.ip_address(s)
        except ValueError:
            return False
        return "v%d" % ip.version == sub
    if cat == "secret":
        return secret_ok(sub, vis_text if sub == "pem_private_key" else s, before)
    if cat == "date_of_birth":
        ds = parse_date_any(s)
        return bool(ds) and any(1900 <= x.year <= 2024 for x in ds) and any(w in before.lower() for w in BIRTH_WORDS)
    if cat == "person_name":
        return name_ok(sub, s)
    if cat == "postal_address":
        return address_ok(sub, vis_text)
    return False


def neg_ok(kind, s, line_before):
    s = collapse(s)
    if not s:
        return False
    if kind == "luhn_invalid_card":
        d = digits_of(s)
        return len(d) == 16 and not luhn_ok(d) and re.fullmatch(r"[\d ]+", s) is not None
    if kind == "uuid":
        return re.fullmatch(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", s) is not None
    if kind == "git_sha":
        return re.fullmatch(r"[0-9a-f]{7,40}", s) is not None
    if kind == "hash":
        return re.fullmatch(r"[0-9a-f]{32}|[0-9a-f]{64}", s) is not None
    if kind == "mac_address":
        return re.fullmatch(r"([0-9A-Fa-f]{2}[:-]){5}[0-9A-Fa-f]{2}|[0-9a-f]{4}\.[0-9a-f]{4}\.[0-9a-f]{4}", s) is not None
    if kind == "isbn":
        return isbn13_ok(s)
    if kind == "build_number":
        return re.fullmatch(r"\d+\.\d+\.\d+\.\d+", s) is not None
    if kind == "date":
        return bool(parse_date_any(s)) and not any(w in line_before.lower() for w in BIRTH_WORDS)
    if kind in ("amount", "timestamp", "order_number", "invoice_number", "ticket_number", "customer_number", "card_last4",
                "employee_number", "version", "tracking_number", "card_expiry"):
        return re.search(r"\d", s) is not None
    if kind == "company_name":
        return s in [html.unescape(x) for x in COMPANIES_LIKE_NAMES]
    if kind == "product_name":
        return s in PRODUCTS_LIKE_NAMES
    return kind in NEG_KINDS


ENTITY_AT_RE = re.compile(rb"&(#\d+|#x[0-9A-Fa-f]+|[A-Za-z]+);")


def char_after(raw, e, is_html):
    """The visible character right after byte e ('' at the end or before a tag)."""
    if e >= len(raw):
        return ""
    if is_html:
        if raw[e:e + 1] == b"<":
            return ""
        m = ENTITY_AT_RE.match(raw, e)
        if m:
            return html.unescape(m.group(0).decode("ascii", "replace"))[:1]
    return raw[e:e + 4].decode("utf-8", "ignore")[:1]


def char_before(raw, s, is_html):
    if s <= 0:
        return ""
    if is_html:
        if raw[s - 1:s] == b">":
            return ""
        if raw[s - 1:s] == b";":
            k = raw.rfind(b"&", max(0, s - 12), s)
            if k != -1 and ENTITY_AT_RE.fullmatch(raw, k, s):
                return html.unescape(raw[k:s].decode("ascii", "replace"))[-1:]
    return raw[max(0, s - 4):s].decode("utf-8", "ignore")[-1:]


def edges_ok(cat, sub, before, after):
    """The label must not stop in the middle of its value."""
    def word(c):
        return c != "" and (c.isalnum() or c == "_")

    def among(c, chars):
        return c != "" and c in chars
    if cat == "email":
        return not (word(before) or among(before, ".%+-@")) and not (word(after) or among(after, "@-"))
    if cat == "secret":
        if sub == "password":
            return after == "" or after.isspace() or among(after, "\"'<")
        return not word(before) and not (word(after) or among(after, "-"))
    if cat in ("phone", "payment_card", "iban", "national_id", "ip_address", "date_of_birth"):
        return not (word(before) or (cat == "ip_address" and among(before, ":."))) and not (word(after) or (cat == "ip_address" and after == ":"))
    return not word(before) and not word(after)


def is_boundary(raw, b):
    return b == len(raw) or b == 0 or (raw[b] & 0xC0) != 0x80


def check_doc(doc):
    probs = []
    for k in ("id", "content_type", "text", "labels", "negatives"):
        if k not in doc:
            probs.append("missing key %s" % k)
            return probs
    if doc["content_type"] not in ("text/plain", "text/html"):
        probs.append("bad content_type")
    text = doc["text"]
    raw = text.encode("utf-8")
    is_html = doc["content_type"] == "text/html"
    tags, ents = [], []
    if is_html:
        tags = [(m.start(), m.end()) for m in re.finditer(rb"<!--.*?-->|<[^>]*>", raw, re.S)]
        ents = [(m.start(), m.end()) for m in re.finditer(rb"&(#\d+|#x[0-9A-Fa-f]+|[A-Za-z]+);", raw)]

    def span_problems(s, e, what):
        out = []
        if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(raw)):
            return ["%s out of range [%r,%r)" % (what, s, e)]
        if not is_boundary(raw, s) or not is_boundary(raw, e):
            out.append("%s [%d,%d) not on a char boundary" % (what, s, e))
        for a, b in ents:
            if a < s < b or a < e < b:
                out.append("%s [%d,%d) cuts an entity" % (what, s, e))
                break
        for a, b in tags:
            s_in, e_in = a < s < b, a < e <= b - 1
            if not (s_in or e_in):
                continue
            if s_in and e_in:
                tag = raw[a:b]
                if tag.startswith(b"<!--"):
                    break
                # wholly inside one quoted attribute value
                q1 = raw.rfind(b'"', a, s)
                q2 = raw.find(b'"', e, b)
                if q1 != -1 and q2 != -1 and b'"' not in raw[s:e] and raw[a:q1].count(b'"') % 2 == 0:
                    break
            out.append("%s [%d,%d) cuts a tag" % (what, s, e))
            break
        seg = raw[s:e].decode("utf-8", "replace")
        if seg != seg.strip() or seg.startswith("&nbsp;") or seg.endswith("&nbsp;"):
            out.append("%s [%d,%d) has surrounding whitespace: %r" % (what, s, e, seg[:40]))
        if is_html and (seg.startswith("<") or seg.endswith(">")):
            out.append("%s [%d,%d) starts/ends with a tag: %r" % (what, s, e, seg[:60]))
        return out

    labels = doc["labels"]
    for lab in labels:
        s, e, cat, sub = lab.get("start"), lab.get("end"), lab.get("category"), lab.get("subtype")
        p = span_problems(s, e, "label %s/%s" % (cat, sub))
        if p:
            probs += p
            continue
        if cat not in CATEGORIES:
            probs.append("unknown category %r" % cat)
            continue
        src = raw[s:e].decode("utf-8", "replace")
        vis = visible(src, is_html)
        before = collapse(visible(raw[max(0, s - 600):s].decode("utf-8", "ignore"), is_html))[-600:]
        if cat == "date_of_birth":
            before = before[-300:] if sub not in ("csv", "table") else collapse(visible(raw[:s].decode("utf-8", "ignore"), is_html))
        if cat == "secret" and sub == "password":
            before = before[-60:]
        if not value_ok(cat, sub, vis, before):
            probs.append("label %s/%s [%d,%d) value check failed: %r" % (cat, sub, s, e, src[:120]))
        elif not edges_ok(cat, sub, char_before(raw, s, is_html), char_after(raw, e, is_html)):
            probs.append("label %s/%s [%d,%d) stops inside its value: %r" % (cat, sub, s, e, src[:120]))
    spans = sorted((lab["start"], lab["end"]) for lab in labels)
    for (a1, b1), (a2, b2) in zip(spans, spans[1:]):
        if a2 < b1:
            probs.append("labels overlap [%d,%d) [%d,%d)" % (a1, b1, a2, b2))
    negs = doc["negatives"]
    for ng in negs:
        s, e, kind = ng.get("start"), ng.get("end"), ng.get("kind")
        p = span_problems(s, e, "negative %s" % kind)
        if p:
            probs += p
            continue
        if any(s < b and a < e for a, b in spans):
            probs.append("negative %s [%d,%d) overlaps a label" % (kind, s, e))
        src = raw[s:e].decode("utf-8", "replace")
        line_before = re.split(r"[.!?] |\n", visible(raw[max(0, s - 200):s].decode("utf-8", "ignore"), is_html))[-1]
        if not neg_ok(kind, visible(src, is_html), line_before):
            probs.append("negative %s [%d,%d) check failed: %r" % (kind, s, e, src[:80]))
    nspans = sorted((n["start"], n["end"]) for n in negs)
    for (a1, b1), (a2, b2) in zip(nspans, nspans[1:]):
        if a2 < b1:
            probs.append("negatives overlap [%d,%d) [%d,%d)" % (a1, b1, a2, b2))
    covered = spans + nspans

    def is_covered(a, b):
        return any(a < y and x < b for x, y in covered)

    # audit 1: every e-mail-looking string is labelled
    for m in re.finditer(r"[A-Za-z0-9._%+-]+(?:@|&#64;|&#x40;|&commat;)[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+", text):
        a = len(text[:m.start()].encode("utf-8"))
        b = a + len(m.group(0).encode("utf-8"))
        if not any(a < y and x < b for x, y in spans):
            probs.append("unlabelled e-mail-like text %r" % m.group(0))
    # audit 2: every other occurrence of a labelled value is covered too
    seen = []
    for lab in labels:
        v = raw[lab["start"]:lab["end"]]
        if len(v) < 3 or v in seen:
            continue
        seen.append(v)
        pos = raw.find(v)
        while pos != -1:
            end = pos + len(v)
            pre_ok = pos == 0 or not (chr(raw[pos - 1]).isalnum() or raw[pos - 1] >= 0x80)
            post_ok = end == len(raw) or not (chr(raw[end]).isalnum() or raw[end] >= 0x80)
            if pre_ok and post_ok and not is_covered(pos, end):
                probs.append("unlabelled repeat of %s value %r at %d" % (lab["category"], v[:60], pos))
            pos = raw.find(v, pos + 1)
    # known name must show up as a labelled name
    known = doc.get("known") or {}
    if known.get("name"):
        parts = known["name"].split()
        forms = [known["name"], parts[0], parts[-1], "%s, %s" % (" ".join(parts[1:]), parts[0])]
        forms_l = [f.lower() for f in forms]
        names = [collapse(visible(raw[l["start"]:l["end"]].decode("utf-8", "replace"), is_html)) for l in labels if l["category"] == "person_name"]
        first_tok = parts[0].lower()
        if not any(n in forms or n in forms_l or first_tok in n.lower().replace(",", " ").split() for n in names):
            probs.append("known.name %r does not appear as a labelled name" % known["name"])
    return probs


def check_file(path):
    n_docs = n_bad = 0
    ids = []
    with open(path, encoding="utf-8") as f:
        for lineno, line in enumerate(f, 1):
            if not line.strip():
                continue
            n_docs += 1
            try:
                doc = json.loads(line)
            except json.JSONDecodeError as e:
                print("line %d: bad JSON: %s" % (lineno, e))
                n_bad += 1
                continue
            ids.append(doc.get("id"))
            try:
                probs = check_doc(doc)
            except Exception as e:  # a malformed document must not crash the checker
                probs = ["checker error: %r" % (e,)]
            if probs:
                n_bad += 1
                for p in probs[:12]:
                    print("%s: %s" % (doc.get("id"), p))
                if len(probs) > 12:
                    print("%s: ... %d more" % (doc.get("id"), len(probs) - 12))
    if len(set(ids)) != len(ids):
        print("duplicate ids")
        n_bad += 1
    print("checked %d tickets: %d with problems" % (n_docs, n_bad))
    return 1 if n_bad or not n_docs else 0


# ---------------------------------------------------------------------------
# statistics and command line
# ---------------------------------------------------------------------------


def stats(path, seed=None):
    docs = [json.loads(l) for l in open(path, encoding="utf-8") if l.strip()]
    cats = collections.Counter()
    subs = collections.defaultdict(collections.Counter)
    negk = collections.Counter()
    n_html = sum(d["content_type"] == "text/html" for d in docs)
    n_known = sum(bool(d.get("known")) for d in docs)
    nbytes = sum(len(d["text"].encode("utf-8")) for d in docs)
    for d in docs:
        for l in d["labels"]:
            cats[l["category"]] += 1
            subs[l["category"]][l.get("subtype")] += 1
        for n in d["negatives"]:
            negk[n["kind"]] += 1
    nl = sum(cats.values())
    print("tickets: %d (text/html %d = %.0f%%, text/plain %d); with known: %d; bytes: %d" % (
        len(docs), n_html, 100.0 * n_html / len(docs), len(docs) - n_html, n_known, nbytes))
    print("labels: %d (%.1f per ticket); negatives: %d (%.1f per ticket)" % (nl, nl / len(docs), sum(negk.values()), sum(negk.values()) / len(docs)))
    print("\nlabels per category:")
    for c in CATEGORIES:
        print("  %-15s %5d   %s" % (c, cats[c], ", ".join("%s %d" % kv for kv in subs[c].most_common())))
    print("\nnegatives per kind:")
    for k, n in negk.most_common():
        print("  %-18s %5d" % (k, n))
    if seed is not None:
        metas = [make_ticket(seed, i)[1] for i in range(len(docs))]
        for key in ("locale", "archetype", "style", "entities"):
            c = collections.Counter(m[key] for m in metas)
            print("\n%s: %s" % (key, ", ".join("%s %d" % kv for kv in sorted(c.items(), key=lambda kv: (-kv[1], kv[0])))))


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", default="20261127")
    ap.add_argument("--count", type=int, default=400)
    ap.add_argument("--out", help="write the corpus here (JSON lines)")
    ap.add_argument("--check", metavar="CORPUS", help="verify every label and negative of a corpus file; exit 1 on problems")
    ap.add_argument("--stats", metavar="CORPUS", help="print statistics of a corpus file (with --seed: also locales/archetypes)")
    args = ap.parse_args(argv)
    if args.check:
        return check_file(args.check)
    if args.stats:
        stats(args.stats, args.seed)
        return 0
    if not args.out:
        ap.error("--out, --check or --stats is required")
    with open(args.out, "w", encoding="utf-8", newline="\n") as f:
        for i in range(args.count):
            doc, _ = make_ticket(args.seed, i)
            f.write(json.dumps(doc, ensure_ascii=False, separators=(", ", ": ")) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
