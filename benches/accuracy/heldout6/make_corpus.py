#!/usr/bin/env python3
"""heldout6: an independent, labelled corpus of realistic helpdesk tickets.

    python3 make_corpus.py --seed 20261126 --count 400 --out corpus.jsonl
    python3 make_corpus.py --check corpus.jsonl
    python3 make_corpus.py --stats [corpus.jsonl] [--seed 20261126]

Python 3 standard library only.  Ticket i depends only on (seed, i): it draws
every choice from its own random.Random("heldout6/<seed>/<i>"), so output is
byte-reproducible and independent of PYTHONHASHSEED.

The format is the accuracy-harness corpus format (one JSON object per line:
id, content_type, text, optional known, labels with UTF-8 byte offsets,
negatives).  All name, street, city and sentence stock below is hand-written.
"""

import argparse
import base64
import datetime
import html
import html.entities
import ipaddress
import json
import random
import re
import sys
import unicodedata

CATEGORIES = ["email", "phone", "payment_card", "iban", "national_id", "ip_address", "secret",
              "date_of_birth", "person_name", "postal_address"]
DEFAULT_SEED = 20261126
DEFAULT_COUNT = 400
DIGITS = "0123456789"
ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"
UPPER = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
HEX = "0123456789abcdef"
B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
B64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"


# ---------------------------------------------------------------------------
# check digits and validators (used both to build values and by --check)
# ---------------------------------------------------------------------------

def only_digits(s):
    return "".join(c for c in s if c in DIGITS)


def luhn_ok(d):
    if not d or any(c not in DIGITS for c in d):
        return False
    total = 0
    for i, ch in enumerate(reversed(d)):
        n = ord(ch) - 48
        if i % 2:
            n = n * 2 - 9 if n > 4 else n * 2
        total += n
    return total % 10 == 0


def luhn_complete(body):
    for c in DIGITS:
        if luhn_ok(body + c):
            return body + c
    raise AssertionError(body)


CARD_BRANDS = {
    "visa": (lambda d: d[0] == "4", (13, 16, 19)),
    "mastercard": (lambda d: 51 <= int(d[:2]) <= 55 or 2221 <= int(d[:4]) <= 2720, (16,)),
    "amex": (lambda d: d[:2] in ("34", "37"), (15,)),
    "discover": (lambda d: d[:4] == "6011" or d[:2] == "65" or 644 <= int(d[:3]) <= 649, (16, 19)),
    "jcb": (lambda d: 3528 <= int(d[:4]) <= 3589, (16,)),
    "diners": (lambda d: d[:2] in ("36", "38", "39") or 300 <= int(d[:3]) <= 305, (14,)),
    "unionpay": (lambda d: d[:2] == "62", (16, 17, 18, 19)),
    "maestro": (lambda d: d[:4] in ("5018", "5020", "5038", "6304", "6759", "6761", "6763"), (12, 13, 16, 19)),
}


def card_ok(d, brand=None):
    if not (12 <= len(d) <= 19) or not luhn_ok(d):
        return False
    brands = [brand] if brand else list(CARD_BRANDS)
    for b in brands:
        pref, lengths = CARD_BRANDS[b]
        if len(d) in lengths and pref(d):
            return True
    return False


def real_iin(d):
    """Generous issuer-range test a card detector would use (any real scheme)."""
    if len(d) < 6:
        return False
    if d[0] in "3456":
        return True
    return 2221 <= int(d[:4]) <= 2720


IBAN_LEN = {"AT": 20, "BE": 16, "CH": 21, "DE": 22, "DK": 18, "ES": 24, "FI": 18, "FR": 27, "GB": 22,
            "IE": 22, "IT": 27, "LU": 20, "NL": 18, "NO": 15, "PL": 28, "PT": 25, "SE": 24}


def _iban_num(s):
    return int("".join(str(int(c, 36)) for c in s))


def iban_ok(s):
    s = re.sub(r"\s", "", s).upper()
    if len(s) < 5 or not s.isalnum() or not s.isascii():
        return False
    cc = s[:2]
    if cc not in IBAN_LEN or len(s) != IBAN_LEN[cc] or not s[2:4].isdigit():
        return False
    return _iban_num(s[4:] + s[:4]) % 97 == 1


def iban_build(cc, bban):
    check = 98 - _iban_num(bban + cc + "00") % 97
    return "%s%02d%s" % (cc, check, bban)


def es_dc(ten):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    d = 11 - sum(int(c) * x for c, x in zip(ten, w)) % 11
    return 0 if d == 11 else (1 if d == 10 else d)


def fr_rib_key(bank, branch, acct):
    return 97 - ((89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97)


def iban_national_ok(s):
    s = re.sub(r"\s", "", s).upper()
    if s[:2] == "ES":
        b = s[4:]
        return b[8:10] == "%d%d" % (es_dc("00" + b[:8]), es_dc(b[10:20]))
    if s[:2] == "FR":
        b = s[4:]
        if not b.isdigit():
            return False
        return int(b[21:23]) == fr_rib_key(b[:5], b[5:10], b[10:21])
    return True


def _valid_date(y, m, d):
    try:
        datetime.date(y, m, d)
        return True
    except ValueError:
        return False


def pnr_kind(s):
    """'personnummer' / 'samordningsnummer' when s is a valid Swedish id, else None."""
    m = re.fullmatch(r"(\d{2})?(\d{2})(\d{2})(\d{2})([-+]?)(\d{4})", s)
    if not m:
        return None
    cent, yy, mm, dd, sep, tail = m.groups()
    day = int(dd)
    samord = day > 60
    if samord:
        day -= 60
    if cent:
        years = [int(cent + yy)]
        if int(cent) not in (18, 19, 20):
            return None
    else:
        years = [1800 + int(yy), 1900 + int(yy), 2000 + int(yy)]
    if not any(_valid_date(y, int(mm), day) for y in years):
        return None
    if not luhn_ok(yy + mm + dd + tail):
        return None
    return "samordningsnummer" if samord else "personnummer"


def ssn_ok(s):
    m = re.fullmatch(r"(\d{3})([- ]?)(\d{2})\2(\d{4})", s)
    if not m:
        return False
    a, _, g, n = m.groups()
    a = int(a)
    if a == 0 or a == 666 or a >= 900 or g == "00" or n == "0000":
        return False
    return True


DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"


def dni_ok(s):
    m = re.fullmatch(r"(\d{2})\.?(\d{3})\.?(\d{3})[- ]?([A-Z])", s)
    if not m:
        return False
    n = int("".join(m.groups()[:3]))
    return DNI_LETTERS[n % 23] == m.group(4)


def nie_ok(s):
    m = re.fullmatch(r"([XYZ])[- ]?(\d{7})[- ]?([A-Z])", s)
    if not m:
        return False
    n = int(str("XYZ".index(m.group(1))) + m.group(2))
    return DNI_LETTERS[n % 23] == m.group(3)


NINO_BAD_PREFIX = ("BG", "GB", "KN", "NK", "NT", "TN", "ZZ")


def nino_ok(s):
    m = re.fullmatch(r"([A-Z])([A-Z]) ?(\d{2}) ?(\d{2}) ?(\d{2}) ?([A-D])", s)
    if not m:
        return False
    a, b = m.group(1), m.group(2)
    if a in "DFIQUV" or b in "DFIOQUV" or a + b in NINO_BAD_PREFIX:
        return False
    return True


def nhs_ok(s):
    d = only_digits(s)
    if len(d) != 10 or not re.fullmatch(r"\d{3}[ -]?\d{3}[ -]?\d{4}", s):
        return False
    c = 11 - sum(int(x) * w for x, w in zip(d[:9], range(10, 1, -1))) % 11
    c = 0 if c == 11 else c
    return c != 10 and c == int(d[9])


def tfn_ok(s):
    d = only_digits(s)
    if len(d) != 9:
        return False
    w = [1, 4, 3, 7, 5, 8, 6, 9, 10]
    return sum(int(x) * y for x, y in zip(d, w)) % 11 == 0


def abn_ok(s):
    d = only_digits(s)
    if len(d) != 11 or d[0] == "0":
        return False
    w = [10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19]
    n = [int(x) for x in d]
    n[0] -= 1
    return sum(x * y for x, y in zip(n, w)) % 89 == 0


def medicare_ok(s):
    m = re.fullmatch(r"(\d{4}) ?(\d{5}) ?(\d)(?:[ /-]?(\d))?", s)
    if not m:
        return False
    d = m.group(1) + m.group(2)
    if d[0] not in "23456":
        return False
    w = [1, 3, 7, 9, 1, 3, 7, 9]
    return sum(int(x) * y for x, y in zip(d[:8], w)) % 10 == int(d[8]) and m.group(3) != "0"


def steuerid_ok(s):
    d = only_digits(s)
    if len(d) != 11 or d[0] == "0" or not re.fullmatch(r"\d{2} ?\d{3} ?\d{3} ?\d{3}|\d{11}", s):
        return False
    head = d[:10]
    counts = sorted((head.count(c) for c in set(head)), reverse=True)
    if counts[0] == 2 and counts[1:] == [1] * 8:
        pass
    elif counts[0] == 3 and counts[1:] == [1] * 7:
        c = [x for x in DIGITS if head.count(x) == 3][0]
        if c * 3 in head:
            return False
    else:
        return False
    product = 10
    for ch in head:
        t = (int(ch) + product) % 10
        if t == 0:
            t = 10
        product = (t * 2) % 11
    check = 11 - product
    if check == 10:
        check = 0
    return check == int(d[10])


NID_CHECK = {
    "se_personnummer": lambda s: pnr_kind(s) == "personnummer",
    "se_samordningsnummer": lambda s: pnr_kind(s) == "samordningsnummer",
    "us_ssn": ssn_ok, "es_dni": dni_ok, "es_nie": nie_ok, "uk_nino": nino_ok, "uk_nhs": nhs_ok,
    "au_tfn": tfn_ok, "au_abn": abn_ok, "au_medicare": medicare_ok, "de_steuer_id": steuerid_ok,
}

EMAIL_RE = re.compile(r"[A-Za-z0-9][A-Za-z0-9._%+\-]*@[A-Za-z0-9](?:[A-Za-z0-9\-]*[A-Za-z0-9])?"
                      r"(?:\.[A-Za-z0-9](?:[A-Za-z0-9\-]*[A-Za-z0-9])?)*\.[A-Za-z]{2,}")


# ---------------------------------------------------------------------------
# detectors used by --check on the text left after masking the labels
# ---------------------------------------------------------------------------

def detect_all(text):
    """Findings a checksum-validating detector would rightly raise: list of (kind, value)."""
    out = []
    for m in EMAIL_RE.finditer(text):
        out.append(("email", m.group(0)))
    # digit runs with single space / hyphen separators
    for m in re.finditer(r"\d+(?:[ \-]\d+)*", text):
        groups = re.split(r"[ \-]", m.group(0))
        n = len(groups)
        for i in range(n):
            acc = ""
            for j in range(i, n):
                acc += groups[j]
                if len(acc) > 19:
                    break
                if 13 <= len(acc) <= 19 and real_iin(acc) and luhn_ok(acc):
                    out.append(("payment_card", " ".join(groups[i:j + 1])))
    for m in re.finditer(r"(?<![A-Za-z0-9])([A-Z]{2}\d{2}(?: ?[A-Z0-9]){10,30})", text):
        s = m.group(1).replace(" ", "")
        cc = s[:2]
        if cc in IBAN_LEN and len(s) >= IBAN_LEN[cc] and iban_ok(s[:IBAN_LEN[cc]]):
            out.append(("iban", s[:IBAN_LEN[cc]]))
    for m in re.finditer(r"(?<![\d\-+/.])(\d{6}|\d{8})([-+]?)(\d{4})(?![\d])", text):
        if pnr_kind(m.group(0)):
            out.append(("personnummer", m.group(0)))
    for m in re.finditer(r"(?<![\d\-])\d{3}-\d{2}-\d{4}(?![\d\-])", text):
        if ssn_ok(m.group(0)):
            out.append(("ssn", m.group(0)))
    for m in re.finditer(r"(?<![\dA-Za-z.])\d{2}\.?\d{3}\.?\d{3}[- ]?[A-Z](?![A-Za-z0-9])", text):
        if dni_ok(m.group(0)):
            out.append(("dni", m.group(0)))
    for m in re.finditer(r"(?<![A-Za-z0-9])[XYZ][- ]?\d{7}[- ]?[A-Z](?![A-Za-z0-9])", text):
        if nie_ok(m.group(0)):
            out.append(("nie", m.group(0)))
    for m in re.finditer(r"(?<![A-Za-z0-9])[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D](?![A-Za-z0-9])", text):
        if nino_ok(m.group(0)):
            out.append(("nino", m.group(0)))
    return out


def visible_text(raw, is_html):
    """Same reduction as the scorer: <br> to newline, tags removed, entities decoded."""
    if not is_html:
        return raw
    raw = re.sub(r"(?i)<br\s*/?>", "\n", raw)
    return html.unescape(re.sub(r"<[^>]*>", "", raw)).replace("\xa0", " ")


def fold_ascii(s):
    s = s.replace("ß", "ss").replace("ø", "o").replace("Ø", "O").replace("æ", "ae").replace("Æ", "Ae")
    s = s.replace("đ", "d").replace("Đ", "D").replace("ł", "l").replace("Ł", "L").replace("ı", "i")
    s = s.replace("ð", "d").replace("þ", "th")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


# ---------------------------------------------------------------------------
# value generators (valid by construction)
# ---------------------------------------------------------------------------

def rdig(rng, n):
    return "".join(rng.choice(DIGITS) for _ in range(n))


def rstr(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def group(s, sizes, sep=" "):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    if i < len(s):
        out.append(s[i:])
    return sep.join(x for x in out if x)


# -- payment cards ----------------------------------------------------------

def gen_card(rng, brand=None):
    brand = brand or rng.choice(["visa"] * 5 + ["mastercard"] * 4 + ["amex"] * 2 + ["discover", "jcb", "diners",
                                                                                  "unionpay", "maestro"])
    if brand == "visa":
        length = rng.choice([16] * 12 + [13, 19])
        prefix = "4" + rdig(rng, 5)
    elif brand == "mastercard":
        length = 16
        prefix = str(rng.randint(51, 55)) if rng.random() < 0.7 else str(rng.randint(2221, 2720))
    elif brand == "amex":
        length, prefix = 15, rng.choice(["34", "37"])
    elif brand == "discover":
        length, prefix = 16, rng.choice(["6011", "65", str(rng.randint(644, 649))])
    elif brand == "jcb":
        length, prefix = 16, str(rng.randint(3528, 3589))
    elif brand == "diners":
        length, prefix = 14, rng.choice(["36", "38", str(rng.randint(300, 305))])
    elif brand == "unionpay":
        length, prefix = rng.choice([16, 16, 19]), "62" + str(rng.randint(2126, 2925))
    else:
        length, prefix = rng.choice([16, 19]), rng.choice(["5018", "5020", "6304", "6759"])
    body = prefix + rdig(rng, length - 1 - len(prefix))
    d = luhn_complete(body)
    assert card_ok(d, brand), (d, brand)
    sep = rng.choice([" "] * 6 + ["-"] * 2 + [""] * 2)
    if brand == "amex":
        sizes = [4, 6, 5]
    elif brand == "diners":
        sizes = [4, 6, 4]
    elif length == 13:
        sizes = [4, 4, 5]
    else:
        sizes = [4, 4, 4, 4]
    return (group(d, sizes, sep) if sep else d), brand


def gen_bad_card(rng):
    """16 digits in card shape that fail Luhn (a negative)."""
    while True:
        d = rng.choice(["4", "5"]) + rdig(rng, 15)
        if not luhn_ok(d):
            break
    sep = rng.choice([" ", "-", ""])
    return group(d, [4, 4, 4, 4], sep) if sep else d


# -- IBAN ------------------------------------------------------------------

def gen_bban(rng, cc):
    if cc == "SE":
        return rng.choice(["500", "800", "600", "300", "120", "950", "930"]) + "0000" + rdig(rng, 13)
    if cc == "DE":
        return rng.choice(["10010010", "37040044", "50010517", "20041133", "70150000", "43060967",
                           "10050000", "12030000", "76050101", "60050101", "86055592"]) + rdig(rng, 10)
    if cc == "GB":
        bank = rng.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "NAIA", "MONZ"])
        return bank + rdig(rng, 6) + rdig(rng, 8)
    if cc == "IE":
        return rng.choice(["AIBK", "BOFI", "IPBS", "ULSB"]) + rdig(rng, 6) + rdig(rng, 8)
    if cc == "ES":
        bank = rng.choice(["2100", "0049", "0182", "0081", "2038", "1465", "0128", "2085", "3058"])
        branch, acct = rdig(rng, 4), rdig(rng, 10)
        return bank + branch + "%d%d" % (es_dc("00" + bank + branch), es_dc(acct)) + acct
    if cc == "FR":
        bank = rng.choice(["30004", "30003", "20041", "10278", "30002", "18206"])
        branch, acct = rdig(rng, 5), rdig(rng, 11)
        return bank + branch + acct + "%02d" % fr_rib_key(bank, branch, acct)
    if cc == "NL":
        return rng.choice(["ABNA", "INGB", "RABO", "TRIO", "SNSB", "KNAB"]) + rdig(rng, 10)
    if cc == "AT":
        return rng.choice(["12000", "20111", "32000", "14000", "60000", "20815"]) + rdig(rng, 11)
    if cc == "CH":
        return rng.choice(["00762", "00230", "00700", "04835", "08390"]) + rdig(rng, 12)
    raise KeyError(cc)


def gen_iban(rng, cc):
    s = iban_build(cc, gen_bban(rng, cc))
    assert iban_ok(s) and iban_national_ok(s), s
    return (group(s, [4] * 8) if rng.random() < 0.75 else s), cc


def gen_bad_iban(rng, cc):
    while True:
        s = cc + rdig(rng, 2) + gen_bban(rng, cc)
        s = group(s, [4] * 8) if rng.random() < 0.7 else s
        if not iban_ok(s) and _safe_number(s):
            return s


# -- national ids ----------------------------------------------------------

def gen_dob(rng):
    start = datetime.date(1942, 1, 1).toordinal()
    end = datetime.date(2006, 12, 31).toordinal()
    return datetime.date.fromordinal(rng.randint(start, end))


def gen_personnummer(rng, dob, samord=False):
    day = dob.day + (60 if samord else 0)
    yymmdd = "%02d%02d%02d" % (dob.year % 100, dob.month, day)
    d = luhn_complete(yymmdd + rdig(rng, 3))
    sep = "+" if dob.year < 1926 else "-"
    r = rng.random()
    if r < 0.55:
        s = d[:6] + sep + d[6:]
    elif r < 0.8:
        s = "%d%s-%s" % (dob.year // 100, d[:6], d[6:])
    elif r < 0.92:
        s = "%d%s" % (dob.year // 100, d)
    else:
        s = d
    assert pnr_kind(s) == ("samordningsnummer" if samord else "personnummer"), s
    return s


def gen_ssn(rng):
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    s = "%03d-%02d-%04d" % (a, rng.randint(1, 99), rng.randint(1, 9999))
    r = rng.random()
    if r < 0.15:
        s = s.replace("-", "")
    elif r < 0.25:
        s = s.replace("-", " ")
    assert ssn_ok(s)
    return s


def gen_dni(rng):
    n = rng.randint(10000000, 79999999)
    d = "%08d" % n
    letter = DNI_LETTERS[n % 23]
    r = rng.random()
    if r < 0.6:
        s = d + letter
    elif r < 0.85:
        s = d + "-" + letter
    else:
        s = "%s.%s.%s-%s" % (d[:2], d[2:5], d[5:], letter)
    assert dni_ok(s)
    return s


def gen_nie(rng):
    p = rng.choice("XXYYZ")
    body = rdig(rng, 7)
    letter = DNI_LETTERS[int(str("XYZ".index(p)) + body) % 23]
    r = rng.random()
    s = p + body + letter if r < 0.6 else (p + "-" + body + "-" + letter if r < 0.85 else p + " " + body + " " + letter)
    assert nie_ok(s)
    return s


def gen_nino(rng):
    while True:
        a = rng.choice("ABCEGHJKLMNOPRSTWXYZ")
        b = rng.choice("ABCEGHJKLMNPRSTWXYZ")
        if a + b not in NINO_BAD_PREFIX:
            break
    d = rdig(rng, 6)
    suf = rng.choice("ABCD")
    s = "%s%s %s %s %s %s" % (a, b, d[:2], d[2:4], d[4:], suf) if rng.random() < 0.6 else a + b + d + suf
    assert nino_ok(s)
    return s


def gen_nhs(rng):
    while True:
        d = rng.choice("4467") + rdig(rng, 8)
        c = 11 - sum(int(x) * w for x, w in zip(d, range(10, 1, -1))) % 11
        c = 0 if c == 11 else c
        if c != 10:
            break
    d += str(c)
    s = group(d, [3, 3, 4], rng.choice([" ", " ", "-", ""])) if rng.random() < 0.8 else d
    assert nhs_ok(s), s
    return s


def gen_tfn(rng):
    while True:
        d = rdig(rng, 8)
        for c in DIGITS:
            if tfn_ok(d + c):
                s = d + c
                s = group(s, [3, 3, 3]) if rng.random() < 0.75 else s
                assert tfn_ok(s)
                return s


def gen_abn(rng):
    while True:
        body = rdig(rng, 9)
        for first in range(10, 100):
            if abn_ok(str(first) + body):
                d = str(first) + body
                s = group(d, [2, 3, 3, 3]) if rng.random() < 0.8 else d
                return s


def gen_medicare(rng):
    d = rng.choice("23456") + rdig(rng, 7)
    w = [1, 3, 7, 9, 1, 3, 7, 9]
    d += str(sum(int(x) * y for x, y in zip(d, w)) % 10)
    issue = str(rng.randint(1, 9))
    s = "%s %s %s" % (d[:4], d[4:], issue) if rng.random() < 0.7 else d + issue
    if rng.random() < 0.3:
        s += "/" + str(rng.randint(1, 5)) if " " not in s else "-" + str(rng.randint(1, 5))
    assert medicare_ok(s), s
    return s


def gen_steuerid(rng):
    while True:
        missing = rng.choice(DIGITS)
        ds = [c for c in DIGITS if c != missing]
        dup = rng.choice(ds)
        head = ds + [dup]
        rng.shuffle(head)
        head = "".join(head)
        if head[0] == "0":
            continue
        product = 10
        for ch in head:
            t = (int(ch) + product) % 10
            t = 10 if t == 0 else t
            product = (t * 2) % 11
        check = 11 - product
        check = 0 if check == 10 else check
        d = head + str(check)
        if steuerid_ok(d):
            s = group(d, [2, 3, 3, 3]) if rng.random() < 0.5 else d
            assert steuerid_ok(s)
            return s


# -- phones ----------------------------------------------------------------

def gen_phone(rng, cc, ext=False):
    """Returns (text, e164, subtype)."""
    r = rng.random()
    if cc == "se":
        if rng.random() < 0.7:
            p = rng.choice(["70", "72", "73", "76", "79"])
            a, b, c = rdig(rng, 3), rdig(rng, 2), rdig(rng, 2)
            e = "+46" + p + a + b + c
            text = rng.choice(["0%s-%s %s %s", "0%s %s %s %s", "+46 %s %s %s %s", "+46 (0)%s-%s %s %s",
                               "0%s-%s%s%s", "+46%s%s%s%s"]) % (p, a, b, c)
        else:
            area, n = rng.choice([("8", 8), ("31", 7), ("40", 7), ("18", 6), ("90", 6), ("13", 6)])
            sub = rdig(rng, n)
            sub = "1" + sub[1:] if sub[0] == "0" else sub
            e = "+46" + area + sub
            parts = group(sub, [3, 3, 2] if n == 8 else ([3, 2, 2] if n == 7 else [2, 2, 2]))
            text = rng.choice(["0%s-%s", "0%s %s", "+46 %s %s"]) % (area, parts)
        if ext:
            text += rng.choice([" (anknytning %s)", ", ankn. %s", " vx %s"]) % rdig(rng, 3)
    elif cc in ("de", "at", "ch"):
        if cc == "de":
            if rng.random() < 0.55:
                p = rng.choice(["151", "152", "157", "160", "162", "170", "171", "172", "175", "176", "177", "179"])
                sub = rdig(rng, rng.choice([7, 8]))
                e = "+49" + p + sub
                text = rng.choice(["0%s %s", "0%s/%s", "+49 %s %s", "+49 (0)%s %s", "0%s-%s"]) % (
                    p, sub if rng.random() < 0.5 else group(sub, [3, 4] if len(sub) == 7 else [4, 4]))
            else:
                area, n = rng.choice([("30", 8), ("40", 8), ("89", 7), ("221", 7), ("69", 8), ("711", 7), ("341", 7),
                                      ("351", 6), ("911", 6)])
                sub = str(rng.randint(2, 9)) + rdig(rng, n - 1)
                e = "+49" + area + sub
                text = rng.choice(["0%s %s", "0%s/%s", "(0%s) %s", "+49 %s %s", "+49 (0)%s %s", "0%s-%s"]) % (
                    area, sub if rng.random() < 0.6 else group(sub, {8: [4, 4], 7: [3, 4], 6: [3, 3]}[n]))
                if ext:
                    x = rdig(rng, 2)
                    text += "-" + x
                    e += x
                    ext = False
        elif cc == "at":
            if rng.random() < 0.6:
                p, sub = rng.choice(["664", "650", "676", "699", "660"]), rdig(rng, 7)
                e = "+43" + p + sub
                text = rng.choice(["0%s %s", "+43 %s %s", "0%s/%s"]) % (p, rng.choice([sub, group(sub, [3, 2, 2])]))
            else:
                area, sub = rng.choice(["1", "316", "732", "662"]), str(rng.randint(2, 9)) + rdig(rng, 6)
                e = "+43" + area + sub
                text = rng.choice(["0%s %s", "+43 %s %s", "0%s/%s"]) % (area, rng.choice([sub, group(sub, [3, 2, 2])]))
        else:
            p = rng.choice(["79", "78", "76", "44", "31", "61"])
            sub = str(rng.randint(2, 9)) + rdig(rng, 6)
            e = "+41" + p + sub
            text = rng.choice(["0%s %s", "+41 %s %s", "+41 (0)%s %s", "0041 %s %s"]) % (p, group(sub, [3, 2, 2]))
        if ext:
            text += rng.choice([" (Durchwahl %s)", ", DW %s", " Durchwahl -%s"]) % rdig(rng, 2)
    elif cc == "es":
        if rng.random() < 0.65:
            sub = rng.choice("67") + rdig(rng, 8)
        else:
            sub = rng.choice(["91", "93", "96", "95", "94", "98"]) + rdig(rng, 7)
        e = "+34" + sub
        fmt = rng.choice([[3, 2, 2, 2], [3, 3, 3], [9]]) if sub[0] in "67" else rng.choice([[2, 3, 2, 2], [3, 3, 3]])
        body = group(sub, fmt)
        text = rng.choice(["%s", "%s", "+34 %s", "0034 %s", "(+34) %s"]) % body
        if ext:
            text += rng.choice([" ext. %s", " (ext. %s)", ", extensión %s"]) % rdig(rng, 3)
    elif cc == "mx":
        sub = rng.choice(["55", "33", "81"]) + rdig(rng, 8)
        e = "+52" + sub
        text = rng.choice(["+52 %s %s %s", "%s %s %s", "(%s) %s-%s", "+52 1 %s %s %s"]) % (sub[:2], sub[2:6], sub[6:])
        if ext:
            text += " ext. " + rdig(rng, 3)
    elif cc == "ar":
        sub = rdig(rng, 8)
        e = "+5411" + sub
        text = rng.choice(["+54 9 11 %s-%s", "11 %s-%s", "(011) %s-%s", "+54 11 %s %s"]) % (sub[:4], sub[4:])
        if ext:
            text += " int. " + rdig(rng, 3)
    elif cc == "co":
        sub = "3" + rng.choice(["00", "01", "10", "12", "15", "20", "50"]) + rdig(rng, 7)
        e = "+57" + sub
        text = rng.choice(["+57 %s %s %s", "%s %s %s", "(+57) %s %s %s"]) % (sub[:3], sub[3:6], sub[6:])
        if ext:
            text += " ext. " + rdig(rng, 3)
    elif cc == "gb":
        if rng.random() < 0.55:
            if rng.random() < 0.4:
                sub = "7700900" + rdig(rng, 3)
            else:
                sub = "7" + rng.choice(["4", "5", "7", "8", "9"]) + rdig(rng, 8)
            e = "+44" + sub
            text = rng.choice(["0%s %s", "0%s %s %s", "+44 %s %s", "+44 (0)%s %s", "+44%s%s"])
            text = text % ((sub[:4], sub[4:7], sub[7:]) if text.count("%s") == 3 else (sub[:4], sub[4:]))
        else:
            area = rng.choice(["20 7946 0", "161 496 0", "113 496 0", "131 496 0", "117 496 0", "20 3"])
            rest = rdig(rng, 3) if area.endswith(" 0") else rdig(rng, 3) + " " + rdig(rng, 4)
            full = area + rest
            sub = full.replace(" ", "")
            e = "+44" + sub
            text = rng.choice(["0%s", "+44 %s", "+44 (0)%s", "(0%s"]) % full
            if text.startswith("(0"):
                a, b = full.split(" ", 1)
                text = "(0%s) %s" % (a, b)
        if ext:
            text += rng.choice([" ext. %s", " x%s", " (ext %s)"]) % rdig(rng, 3)
    elif cc == "ie":
        if rng.random() < 0.7:
            p, sub = rng.choice(["83", "85", "86", "87", "89"]), rdig(rng, 7)
            e = "+353" + p + sub
            text = rng.choice(["0%s %s %s", "+353 %s %s %s", "+353 (0)%s %s %s", "0%s-%s%s"]) % (p, sub[:3], sub[3:])
        else:
            sub = str(rng.randint(2, 9)) + rdig(rng, 6)
            e = "+3531" + sub
            text = rng.choice(["01 %s %s", "+353 1 %s %s", "(01) %s %s"]) % (sub[:3], sub[3:])
        if ext:
            text += " ext. " + rdig(rng, 3)
    elif cc == "us":
        area = rng.choice(["212", "312", "415", "512", "617", "206", "303", "404", "608", "503", "602", "919",
                           "718", "773", "651", "213", "305"])
        if rng.random() < 0.25:
            exch, line = "555", "01" + rdig(rng, 2)
        else:
            exch, line = str(rng.randint(2, 9)) + rdig(rng, 2), rdig(rng, 4)
            if exch[1:] == "11":
                exch = exch[0] + "21"
        e = "+1" + area + exch + line
        text = rng.choice(["(%s) %s-%s", "%s-%s-%s", "%s.%s.%s", "+1 %s %s %s", "+1 (%s) %s-%s", "1-%s-%s-%s",
                           "+1-%s-%s-%s"]) % (area, exch, line)
        if ext:
            text += rng.choice([" ext. %s", " x%s", " ext %s", ", ext. %s"]) % rdig(rng, rng.choice([2, 3, 4]))
    elif cc == "au":
        if rng.random() < 0.6:
            sub = ("491570" + rdig(rng, 3)) if rng.random() < 0.3 else "4" + rng.choice(["0", "1", "2", "3", "5", "6",
                                                                                       "7", "8"]) + rdig(rng, 7)
            e = "+61" + sub
            text = rng.choice(["0%s %s %s", "0%s%s%s", "+61 %s %s %s", "+61 (0)%s %s %s"]) % (sub[:3], sub[3:6], sub[6:])
        else:
            area = rng.choice(["2", "3", "7", "8"])
            sub = area + ("5550" + rdig(rng, 4) if rng.random() < 0.3 else str(rng.randint(3, 9)) + rdig(rng, 7))
            e = "+61" + sub
            text = rng.choice(["(0%s) %s %s", "0%s %s %s", "+61 %s %s %s"]) % (sub[0], sub[1:5], sub[5:])
        if ext:
            text += " ext. " + rdig(rng, 3)
    elif cc == "in":
        sub = rng.choice("6789") + rdig(rng, 9)
        e = "+91" + sub
        text = rng.choice(["+91 %s %s", "0%s %s", "+91-%s%s", "%s %s"]) % (sub[:5], sub[5:])
        if ext:
            text += " ext. " + rdig(rng, 3)
    else:
        raise KeyError(cc)
    del r
    return text, e, cc + ("_ext" if re.search(r"(ext|x\d|Durchwahl|DW|ankn|anknytning|vx|int\.|extensión)", text) else "")


# -- network ---------------------------------------------------------------

def gen_ipv4(rng):
    first = rng.choice([2, 5, 24, 31, 37, 46, 50, 62, 66, 68, 71, 73, 77, 78, 79, 80, 81, 82, 83, 84, 85, 86, 87, 88,
                        89, 90, 91, 92, 93, 94, 95, 98, 99, 101, 103, 104, 109, 110, 139, 145, 151, 176, 178, 185,
                        188, 193, 194, 195, 212, 213, 217])
    return "%d.%d.%d.%d" % (first, rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254))


def gen_ipv6(rng):
    prefix = rng.choice(["2a02:8108", "2a01:4f8", "2001:9b1", "2a00:23c5", "2600:1700", "2001:4860", "2a02:aa1",
                         "2c0f:fb50", "2406:da18", "2a05:d014", "2003:e1", "2a0d:5600"])
    groups = prefix.split(":") + ["%x" % rng.randint(0, 0xffff) for _ in range(8 - len(prefix.split(":")))]
    r = rng.random()
    if r < 0.35:
        i = rng.randint(3, 5)
        j = rng.randint(i + 1, 7)
        s = ":".join(groups[:i]) + "::" + ":".join(groups[j:])
    else:
        s = ":".join(groups)
    ipaddress.IPv6Address(s)
    return s


# -- secrets ---------------------------------------------------------------

def b64url(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def rbytes(rng, n):
    return bytes(rng.randrange(256) for _ in range(n))


def gen_jwt(rng, email_hint="user"):
    alg = rng.choice(["HS256", "RS256", "ES256"])
    hdr = {"alg": alg, "typ": "JWT"}
    if alg != "HS256":
        hdr["kid"] = rstr(rng, ALNUM, 16)
    iat = rng.randint(1735689600, 1790000000)
    payload = {"sub": rstr(rng, HEX, 24), "iat": iat, "exp": iat + rng.choice([900, 3600, 86400]),
               "scope": rng.choice(["read write", "tickets:read", "admin", "openid profile"])}
    if rng.random() < 0.4:
        payload["tenant"] = rstr(rng, HEX, 8)
    sig = rbytes(rng, {"HS256": 32, "RS256": 256, "ES256": 64}[alg])
    return "%s.%s.%s" % (b64url(json.dumps(hdr, separators=(",", ":")).encode()),
                         b64url(json.dumps(payload, separators=(",", ":")).encode()), b64url(sig))


def gen_pem(rng):
    kind = rng.choice(["RSA PRIVATE KEY", "PRIVATE KEY", "OPENSSH PRIVATE KEY", "EC PRIVATE KEY"])
    if kind == "RSA PRIVATE KEY":
        body = base64.b64encode(bytes.fromhex("308204a40201000282010100") + rbytes(rng, 500)).decode()
    elif kind == "PRIVATE KEY":
        body = base64.b64encode(bytes.fromhex("308204bd020100300d06092a864886f70d0101010500048204a7") + rbytes(rng, 480)).decode()
    elif kind == "EC PRIVATE KEY":
        body = base64.b64encode(bytes.fromhex("30770201010420") + rbytes(rng, 106)).decode()
    else:
        body = base64.b64encode(b"openssh-key-v1\x00" + rbytes(rng, 380)).decode()
    width = 70 if kind.startswith("OPENSSH") else 64
    lines = [body[i:i + width] for i in range(0, len(body), width)]
    return "-----BEGIN %s-----\n%s\n-----END %s-----" % (kind, "\n".join(lines), kind)


PW_WORDS = ["Sommar", "Vinter", "Kaffe", "Hund", "Bello", "Fußball", "Sonne", "Madrid", "Barca", "Koala", "Wombat",
            "Liverpool", "Dragon", "Tigre", "Luna", "Estrella", "Mariposa", "Schatz", "Blume", "Kanelbulle",
            "Midsommar", "Pingu", "Snoopy", "Matilda", "Gato", "Perro", "Canguro", "Brisbane", "Falken", "Drache"]


def gen_password(rng):
    r = rng.random()
    if r < 0.45:
        w = rng.choice(PW_WORDS)
        return w + rng.choice(["", str(rng.randint(1, 99))]) + rng.choice(["2019", "2023", "2024", "2025", "85", "!"]) + \
            rng.choice(["!", "#", "?", "&", "$", "*", "%", ""])
    if r < 0.75:
        return rstr(rng, ALNUM, rng.randint(3, 5)) + rng.choice("#!$%&*?-_") + rstr(rng, ALNUM, rng.randint(4, 8)) + \
            rng.choice("#!$%&*?") + rdig(rng, 2)
    if r < 0.88:
        return "-".join(rng.choice(["correct", "horse", "battery", "staple", "lampa", "fenster", "ventana", "blue",
                                    "tisch", "sol", "moln", "nube", "river"]) for _ in range(4))
    return rng.choice(["Contraseña", "Lösenord", "Geheimnis", "Jönköping", "Ñandú"]) + rdig(rng, 3) + rng.choice("!#$")


def gen_url_password(rng):
    return rstr(rng, ALNUM, rng.randint(10, 18)) + rng.choice(["", "%21", "_", "-", "%40x"]) + rdig(rng, 2)


def gen_token(rng, kind=None):
    kind = kind or rng.choice(["github", "github_fine", "gitlab", "aws_key", "slack", "stripe", "openai", "google", "sendgrid",
                       "twilio", "npm", "shopify", "mailgun", "hf", "telegram"])
    if kind == "github":
        return "ghp_" + rstr(rng, ALNUM, 36), kind
    if kind == "github_fine":
        return "github_pat_" + rstr(rng, ALNUM, 22) + "_" + rstr(rng, ALNUM, 59), kind
    if kind == "gitlab":
        return "glpat-" + rstr(rng, ALNUM + "-_", 20), kind
    if kind == "aws_key":
        return "AKIA" + rstr(rng, UPPER + "234567", 16), kind
    if kind == "slack":
        return "xoxb-%s-%s-%s" % (rdig(rng, 11), rdig(rng, 13), rstr(rng, ALNUM, 24)), kind
    if kind == "stripe":
        return rng.choice(["sk_live_", "rk_live_"]) + rstr(rng, ALNUM, rng.randint(24, 40)), kind
    if kind == "openai":
        return "sk-proj-" + rstr(rng, ALNUM + "-_", 56), kind
    if kind == "google":
        return "AIza" + rstr(rng, ALNUM + "-_", 35), kind
    if kind == "sendgrid":
        return "SG." + rstr(rng, ALNUM + "-_", 22) + "." + rstr(rng, ALNUM + "-_", 43), kind
    if kind == "twilio":
        return "SK" + rstr(rng, HEX, 32), kind
    if kind == "npm":
        return "npm_" + rstr(rng, ALNUM, 36), kind
    if kind == "shopify":
        return "shpat_" + rstr(rng, HEX, 32), kind
    if kind == "mailgun":
        return "key-" + rstr(rng, HEX, 32), kind
    if kind == "hf":
        return "hf_" + rstr(rng, ALNUM, 34), kind
    return "%d:AA%s" % (rng.randint(100000000, 7999999999), rstr(rng, ALNUM + "-_", 33)), kind


def gen_url_token(rng, kind=None, amp="&"):
    kind = kind or rng.choice(["s3", "slack_webhook", "azure_sas", "reset", "discord", "magic"])
    if kind == "s3":
        bucket = rng.choice(["acme-invoices", "exports-prod", "kundfiler", "rechnungen-archiv", "adjuntos-clientes"])
        key = rng.choice(["report-2025-03.pdf", "export.csv", "backup.zip", "scan_0042.pdf"])
        day = "2025%02d%02d" % (rng.randint(1, 12), rng.randint(1, 28))
        region = rng.choice(["eu-north-1", "eu-central-1", "eu-west-1", "us-east-1", "ap-southeast-2"])
        q = ["X-Amz-Algorithm=AWS4-HMAC-SHA256",
             "X-Amz-Credential=AKIA%s%%2F%s%%2F%s%%2Fs3%%2Faws4_request" % (rstr(rng, UPPER + "234567", 16), day, region),
             "X-Amz-Date=%sT%02d%02d%02dZ" % (day, rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59)),
             "X-Amz-Expires=%d" % rng.choice([900, 3600, 86400, 604800]), "X-Amz-SignedHeaders=host",
             "X-Amz-Signature=" + rstr(rng, HEX, 64)]
        return "https://%s.s3.%s.amazonaws.com/%s?%s" % (bucket, region, key, amp.join(q))
    if kind == "slack_webhook":
        return "https://hooks.slack.com/services/T%s/B%s/%s" % (rstr(rng, UPPER + DIGITS, 8), rstr(rng, UPPER + DIGITS, 10),
                                                                rstr(rng, ALNUM, 24))
    if kind == "azure_sas":
        acct = rng.choice(["stprodlogs01", "kundexport", "sharedocs", "backupweu"])
        sig = base64.b64encode(rbytes(rng, 32)).decode().replace("+", "%2B").replace("/", "%2F").replace("=", "%3D")
        q = ["sv=2022-11-02", "ss=b", "srt=co", "sp=rl", "se=2025-%02d-%02dT18:00:00Z" % (rng.randint(1, 12), rng.randint(1, 28)),
             "spr=https", "sig=" + sig]
        return "https://%s.blob.core.windows.net/%s?%s" % (acct, rng.choice(["exports/data.csv", "logs", "files/contract.pdf"]),
                                                            amp.join(q))
    if kind == "reset":
        host = rng.choice(["app.ledgerly.io", "portal.kundkollen.se", "mein.tarifwerk.de", "cuenta.facturaya.es",
                           "my.parcelwise.com.au"])
        return "https://%s/reset-password?%s" % (host, amp.join(["uid=" + rdig(rng, 6), "token=" + rstr(rng, ALNUM + "-_", 43)]))
    if kind == "discord":
        return "https://discord.com/api/webhooks/%s/%s" % (rdig(rng, 18), rstr(rng, ALNUM + "-_", 68))
    host = rng.choice(["login.tessellate.cloud", "auth.kundkollen.se", "sso.tarifwerk.de"])
    return "https://%s/magic?%s" % (host, amp.join(["email_hint=%s" % rstr(rng, HEX, 6), "exp=" + str(rng.randint(1735689600, 1790000000)),
                                                    "sig=" + rstr(rng, HEX, 64)]))


# -- negatives -------------------------------------------------------------

def _safe_number(s):
    """True when a digit string would not be flagged by any checksum detector."""
    return not detect_all(" " + s + " ")


def safe_digits(rng, n, first=None):
    while True:
        s = (first or str(rng.randint(1, 9))) + rdig(rng, n - 1)
        if _safe_number(s):
            return s


def gen_uuid(rng):
    h = rstr(rng, HEX, 32)
    h = h[:12] + "4" + h[13:16] + rng.choice("89ab") + h[17:]
    return "%s-%s-%s-%s-%s" % (h[:8], h[8:12], h[12:16], h[16:20], h[20:])


def gen_sha(rng, short=False):
    return rstr(rng, HEX, rng.choice([7, 8, 10, 12]) if short else 40)


def gen_version(rng):
    r = rng.random()
    a, b, c = rng.randint(1, 12), rng.randint(0, 24), rng.randint(0, 40)
    if r < 0.4:
        return "%d.%d.%d" % (a, b, c)
    if r < 0.6:
        return "v%d.%d.%d" % (a, b, c)
    if r < 0.75:
        return "%d.%d.%d-rc.%d" % (a, b, c, rng.randint(1, 4))
    if r < 0.9:
        return "%d.%d" % (a, b)
    return "%d.%d.%d-beta" % (a, b, c)


def gen_build(rng):
    r = rng.random()
    if r < 0.3:
        return "10.0.%d.%d" % (rng.choice([19045, 22621, 22631, 26100]), rng.randint(1000, 5000))
    if r < 0.6:
        return "%d.%d.%d.%d" % (rng.randint(1, 9), rng.randint(0, 30), rng.randint(0, 250), rng.randint(1, 250))
    return "%d.%d.%d.%d" % (rng.randint(1, 25), rng.randint(0, 12), rng.randint(1000, 9999), rng.randint(1, 999))


# ---------------------------------------------------------------------------
# hand-written name stock
#   order: "w" given + surname, "es" given + one or two surnames,
#   "e" family name first (sometimes westernised), "vi" family middle given,
#   "so" given father grandfather
# ---------------------------------------------------------------------------

CULTURES = {
    "swedish": {"order": "w",
                "f": ["Anna", "Åsa", "Linnéa", "Ingrid", "Karin", "Maja", "Elsa", "Ebba", "Märta", "Agnes", "Frida",
                      "Saga", "Britt-Marie", "Signe", "Tove", "Malin", "Ylva"],
                "m": ["Erik", "Björn", "Lars", "Nils", "Oskar", "Gustav", "Anders", "Jonas", "Måns", "Henrik",
                      "Per-Olof", "Torbjörn", "Viktor", "Ludvig", "Sixten", "Göran"],
                "sur": ["Svensson", "Lindqvist", "Ångström", "Bergström", "Nyström", "Sjöberg", "Holmgren", "Åkesson",
                        "Lindahl", "Ekström", "Wallin", "Forsberg", "Dahlgren", "Hedlund", "Öberg", "Lindgren-Falk",
                        "af Klercker", "Strömqvist", "Grönberg", "Palmér"]},
    "nordic": {"order": "w",
               "f": ["Aino", "Mette", "Sigríður", "Guðrún", "Ingeborg", "Sanna", "Kirsten", "Liv"],
               "m": ["Mikael", "Søren", "Jukka", "Einar", "Rasmus", "Halvard", "Pekka", "Ólafur"],
               "sur": ["Järvinen", "Mäkelä", "Kjærgaard", "Jónsdóttir", "Ólafsdóttir", "Haugland", "Virtanen",
                       "Østergaard", "Brekke", "Sigurðsson"]},
    "german": {"order": "w",
               "f": ["Friederike", "Anke", "Sabine", "Jana", "Lea", "Birgit", "Käthe", "Annika", "Ursula", "Hannah",
                     "Mareike", "Lieselotte", "Dörte", "Theresa"],
               "m": ["Jörg", "Matthias", "Jürgen", "Florian", "Tobias", "Lukas", "Klaus-Peter", "Dieter", "Moritz",
                     "Günther", "Hans-Jürgen", "Severin", "Till", "Ansgar"],
               "sur": ["Weiß", "Müller", "Schröder", "Köhler", "Hoffmann", "Baumgärtner", "Schulze", "Krüger",
                       "Meißner", "Brandt", "von Hohenberg", "von der Heide", "Große-Kleimann", "Oßwald", "Lübke",
                       "Gruber", "Huber", "Pichler", "Steiner", "Wimmer", "Bühler", "Zürcher", "Egli", "Fässler"]},
    "spanish": {"order": "es",
                "f": ["Lucía", "María José", "Carmen", "Inés", "Begoña", "Nuria", "Ainhoa", "Pilar", "Rocío", "Itziar",
                      "Montserrat", "Maite", "Leire", "Almudena"],
                "m": ["José Luis", "Álvaro", "Íñigo", "Jordi", "Javier", "Sergio", "Pau", "Xabier", "Fernando",
                      "Ramón", "Juan Carlos", "Aitor", "Borja", "Joaquín"],
                "sur": ["Pérez", "Gómez", "García-Morales", "Fernández", "Martínez", "Sánchez", "López", "Rodríguez",
                        "Iglesias", "Ortega", "Muñoz", "Gutiérrez", "Domínguez", "de la Fuente", "del Río",
                        "Castañeda", "Núñez", "Ibáñez", "Echevarría", "Puig", "Vidal", "de la Cruz", "Sáez de Vicuña",
                        "Peña"]},
    "latam": {"order": "es",
              "f": ["Guadalupe", "Ximena", "Valentina", "Camila", "Daniela", "Florencia", "Yesenia", "María Fernanda",
                    "Luz Marina", "Antonella"],
              "m": ["Juan Pablo", "Mateo", "Santiago", "Diego", "Emiliano", "Sebastián", "Luis Ángel", "Facundo",
                    "Julián", "Héctor"],
              "sur": ["Hernández", "Ramírez", "Flores", "Cárdenas", "Villalobos", "Quispe", "Mamani", "Zúñiga",
                      "Aguilar", "Cortés", "Montoya", "Bustamante", "Olmedo", "Arancibia"]},
    "british": {"order": "w",
                "f": ["Olivia", "Eleanor", "Harriet", "Imogen", "Poppy", "Gemma", "Charlotte", "Bethan", "Philippa",
                      "Zoë"],
                "m": ["Oliver", "Harry", "Alistair", "Rupert", "Callum", "Gareth", "Rhys", "Hamish", "Nigel", "Dominic"],
                "sur": ["Harper-Jones", "Whitfield", "Ashworth", "Pemberton", "Cartwright", "Fairbairn", "Llewellyn",
                        "Featherstonehaugh", "Thistlethwaite", "Blackwood", "Ramsbottom", "Fforde", "Winterbottom",
                        "MacLeod", "Crichton-Stuart"]},
    "irish": {"order": "w",
              "f": ["Siobhán", "Aoife", "Niamh", "Caoimhe", "Saoirse", "Róisín", "Gráinne", "Orla"],
              "m": ["Pádraig", "Cillian", "Oisín", "Ciarán", "Donncha", "Seán", "Colm", "Eoghan"],
              "sur": ["O'Brien", "O'Connell", "O'Sullivan", "Ó Súilleabháin", "McCarthy", "Ó Ceallaigh", "Fitzgerald",
                      "Kavanagh", "Ní Bhriain", "MacGabhann", "Ó Dónaill", "D'Arcy"]},
    "australian": {"order": "w",
                   "f": ["Matilda", "Chloe", "Kylie", "Tahlia", "Isla", "Jacinta", "Bronwyn", "Shaylee"],
                   "m": ["Lachlan", "Bryce", "Jarrah", "Hamish", "Mitchell", "Brodie", "Kieran", "Darcy"],
                   "sur": ["Fitzsimmons", "Brennan", "McAllister", "Kowalczyk", "Papadakis", "Thompson", "Nguyen",
                           "Whitlam-Hayes", "O'Loughlin", "Tran"]},
    "american": {"order": "w",
                 "f": ["Madison", "Brianna", "Tamika", "Jennifer", "Haley", "Shanice", "Courtney", "Mary-Kate"],
                 "m": ["Tyler", "DeShawn", "Brandon", "Cody", "Marcus", "Jamal", "Travis", "Dwayne"],
                 "sur": ["Whitaker", "Kowalski", "Delgado", "Washington", "Hutchinson", "Goldberg", "LaFontaine",
                         "McAllister", "DiMaggio", "St. Clair", "Van Buren", "Okonjo"]},
    "italian": {"order": "w", "f": ["Giulia", "Francesca", "Chiara", "Beatrice"], "m": ["Marco", "Giuseppe", "Luca", "Niccolò"],
                "sur": ["D'Angelo", "Dell'Acqua", "Lo Russo", "Di Stefano", "De Luca", "Esposito"]},
    "dutch": {"order": "w", "f": ["Sanne", "Maartje", "Femke", "Lieke"], "m": ["Pieter", "Joost", "Sjoerd", "Daan"],
              "sur": ["van der Berg", "van den Broek", "de Vries", "van 't Hof", "van Dijk", "ter Horst"]},
    "french": {"order": "w", "f": ["Anne-Sophie", "Hélène", "Céline", "Maëlle"], "m": ["François", "Jean-Baptiste", "Loïc", "Théo"],
               "sur": ["Lefèvre", "Bérenger", "Girard", "Rousseau-Lambert", "Bénard", "Chevalier"]},
    "indian": {"order": "w",
               "f": ["Priya", "Ananya", "Lakshmi", "Deepika", "Shreya", "Kavitha", "Meenakshi", "Harpreet"],
               "m": ["Venkata", "Arjun", "Rohit", "Siddharth", "Karthik", "Rajesh", "Gurpreet", "Abhishek"],
               "sur": ["Raghunathan", "Subramanian", "Venkataraman", "Chakraborty", "Iyer", "Reddy", "Gupta",
                       "Banerjee", "Krishnamurthy", "Nair", "Sandhu", "Deshpande"]},
    "chinese": {"order": "e",
                "f": ["Xiuying", "Jiahui", "Yuqi", "Meiling", "Xinyi", "Shu Fen"],
                "m": ["Wei", "Yifan", "Zixuan", "Haoran", "Jun", "Zhiwei"],
                "sur": ["Wang", "Li", "Zhang", "Chen", "Liu", "Huang", "Zhao", "Xu"]},
    "korean": {"order": "e",
               "f": ["Min-ji", "Seo-yeon", "Ji-woo", "Da-eun", "Ha-eun"],
               "m": ["Min-jun", "Hyun-woo", "Ji-ho", "Seung-hoon", "Do-yun"],
               "sur": ["Kim", "Park", "Lee", "Choi", "Jung", "Kang", "Yoon"]},
    "vietnamese": {"order": "vi",
                   "f": ["Lan", "Mai", "Thu Hà", "Ngọc Anh", "Hương", "Linh"],
                   "m": ["Hùng", "Tuấn", "Bảo", "Dũng", "Khánh", "Quang"],
                   "mid_f": ["Thị", "Thị", "Ngọc", "Thu"], "mid_m": ["Văn", "Minh", "Quốc", "Đức"],
                   "sur": ["Nguyễn", "Trần", "Lê", "Phạm", "Đặng", "Võ", "Huỳnh", "Bùi"]},
    "arabic": {"order": "w",
               "f": ["Fatima", "Layla", "Noor", "Amira", "Yasmin", "Huda", "Rania"],
               "m": ["Omar", "Khalid", "Yousef", "Ahmed", "Tariq", "Samir", "Hassan"],
               "sur": ["al-Farsi", "Al Nuaimi", "bin Saeed Al Mazrouei", "Abdel-Rahman", "El-Sayed", "Haddad",
                       "Al-Khatib", "bin Hamdan", "Abu-Ghazaleh", "Mansour", "Al Shamsi"]},
    "persian": {"order": "w",
                "f": ["Parisa", "Nasrin", "Golnaz", "Shirin", "Mahsa", "Roya"],
                "m": ["Dariush", "Kaveh", "Arash", "Babak", "Farhad", "Reza"],
                "sur": ["Rahimi", "Tehrani", "Mohammadi", "Ghorbani", "Kamali", "Hosseini-Fard", "Sadeghi", "Jafari"]},
    "turkish": {"order": "w",
                "f": ["Ayşe", "Elif", "Gülşen", "Zeynep", "Şule", "Büşra"],
                "m": ["Mehmet", "Emre", "Burak", "Çağan", "Oğuz", "İsmail"],
                "sur": ["Yılmaz", "Öztürk", "Şahin", "Çelik", "Doğan", "Aydın", "Kılıç", "Güneş"]},
    "polish": {"order": "w",
               "f": ["Małgorzata", "Zofia", "Agnieszka", "Katarzyna", "Joanna", "Bożena"],
               "m": ["Paweł", "Grzegorz", "Łukasz", "Wojciech", "Krzysztof", "Michał"],
               "sur": ["Wiśniewska", "Wróblewski", "Dąbrowska", "Szczepański", "Kowalczyk-Nowak", "Zieliński",
                       "Woźniak", "Błaszczykowski"]},
    "greek": {"order": "w",
              "f": ["Eleni", "Katerina", "Despina", "Sofia", "Ioanna"],
              "m": ["Dimitrios", "Georgios", "Nikolaos", "Konstantinos", "Stavros"],
              "sur": ["Papadopoulos", "Konstantinidou", "Alexiou", "Vlachou", "Papanikolaou", "Karamanlis-Georgiou"]},
    "nigerian": {"order": "w",
                 "f": ["Amara", "Chiamaka", "Folake", "Ifeoma", "Ngozi", "Oluwaseun", "Temitope"],
                 "m": ["Chinonso", "Adebayo", "Emeka", "Oluwadamilare", "Chukwuemeka", "Babatunde", "Ikenna"],
                 "sur": ["Okafor", "Eze", "Ogunleye", "Adeyemi", "Nwosu", "Obi", "Balogun", "Uchenna-Nwachukwu",
                         "Oyelaran", "Akinwande"]},
    "somali": {"order": "so",
               "f": ["Hodan", "Faadumo", "Ayaan", "Ubah", "Sagal", "Hibo"],
               "m": ["Abdirahman", "Liibaan", "Mahad", "Guled", "Abdiweli", "Cabdi"],
               "sur": ["Abdi", "Warsame", "Jama", "Farah", "Nuur", "Hassan", "Cali", "Ismaaciil", "Aden", "Yusuf"]},
    "japanese": {"order": "w", "f": ["Haruka", "Yui", "Aoi"], "m": ["Takeshi", "Ren", "Daiki"],
                 "sur": ["Nakamura", "Yamamoto", "Takahashi", "Kobayashi"]},
    "ukrainian": {"order": "w", "f": ["Oksana", "Yuliia", "Nataliia"], "m": ["Dmytro", "Taras", "Bohdan"],
                  "sur": ["Kovalenko", "Shevchuk", "Bondarenko", "Tkachenko"]},
    "maori": {"order": "w", "f": ["Aroha", "Mere", "Anahera"], "m": ["Tama", "Wiremu", "Rawiri"],
              "sur": ["Ngata", "Te Whare", "Parata", "Horomona"]},
}


class Person:
    def __init__(self, given, family, gender, culture, order="w", middle=""):
        self.given, self.family, self.gender, self.culture = given, family, gender, culture
        if order == "e":
            self.full = family + " " + given
        elif order == "vi":
            self.full = " ".join(x for x in (family, middle, given) if x)
        else:
            self.full = given + " " + family
        self.first = given
        self.last = family
        self.lf = "%s, %s" % (family, (middle + " " + given).strip() if order == "vi" else given)
        self.data = {}


def make_person(rng, culture, gender=None):
    c = CULTURES[culture]
    gender = gender or rng.choice("fm")
    given = rng.choice(c[gender])
    order = c["order"]
    if order == "es":
        s1 = rng.choice(c["sur"])
        family = s1
        if rng.random() < 0.75:
            s2 = rng.choice([x for x in c["sur"] if x != s1])
            family = s1 + " " + s2 if rng.random() < 0.85 else s1 + "-" + s2
        return Person(given, family, gender, culture)
    if order == "vi":
        return Person(rng.choice(c[gender]), rng.choice(c["sur"]), gender, culture, "vi",
                      rng.choice(c["mid_" + gender]))
    if order == "so":
        a, b = rng.sample(c["sur"], 2)
        return Person(given, a + " " + b, gender, culture)
    if order == "e":
        return Person(given, rng.choice(c["sur"]), gender, culture, "e" if rng.random() < 0.5 else "w")
    if culture == "nordic" and gender == "f" and rng.random() < 0.5:
        pass
    family = rng.choice(c["sur"])
    if culture == "irish" and family.startswith("Ní ") and gender == "m":
        family = "Ó " + family[3:]
    if culture == "polish" and gender == "m" and family.endswith("ska"):
        family = family[:-3] + "ski"
    if culture == "polish" and gender == "f" and family.endswith("ski"):
        family = family[:-3] + "ska"
    if culture == "greek" and gender == "m" and family.endswith("ou") and family not in ("Alexiou",):
        family = {"Konstantinidou": "Konstantinidis", "Vlachou": "Vlachos"}.get(family, family)
    if culture == "nordic" and family.endswith("dóttir") and gender == "m":
        family = family.replace("sdóttir", "sson").replace("dóttir", "sson")
    return Person(given, family, gender, culture)


# locale -> weighted cultures for requesters
LOCALE_CULTURES = {
    "en-GB": ["british"] * 6 + ["irish", "indian", "indian", "nigerian", "nigerian", "polish", "chinese", "greek",
                                "arabic", "somali", "italian", "ukrainian"],
    "en-US": ["american"] * 6 + ["korean", "chinese", "latam", "latam", "nigerian", "indian", "vietnamese", "italian",
                                 "japanese", "irish"],
    "en-AU": ["australian"] * 6 + ["vietnamese", "vietnamese", "chinese", "greek", "indian", "korean", "british",
                                   "maori", "italian", "arabic"],
    "en-IE": ["irish"] * 6 + ["polish", "nigerian", "british", "indian", "french"],
    "en-IN": ["indian"] * 8 + ["british"],
    "en-XX": ["polish", "ukrainian", "greek", "turkish", "dutch", "german", "swedish", "spanish", "chinese", "korean",
              "persian", "arabic", "italian", "french"],
    "sv-SE": ["swedish"] * 7 + ["nordic", "nordic", "arabic", "persian", "somali", "somali", "turkish", "polish",
                                "greek", "korean", "chinese", "latam"],
    "de-DE": ["german"] * 7 + ["turkish", "turkish", "polish", "greek", "arabic", "persian", "italian", "vietnamese",
                               "ukrainian", "dutch"],
    "de-AT": ["german"] * 7 + ["turkish", "polish", "greek", "ukrainian", "italian"],
    "de-CH": ["german"] * 6 + ["italian", "french", "turkish", "dutch", "greek"],
    "es-ES": ["spanish"] * 8 + ["latam", "latam", "arabic", "chinese", "french", "italian", "british", "nigerian"],
    "es-MX": ["latam"] * 6 + ["spanish", "american", "korean"],
    "es-AR": ["latam"] * 5 + ["italian", "spanish", "german"],
    "es-CO": ["latam"] * 5 + ["spanish", "arabic"],
}

AGENT_CULTURES = ["swedish", "german", "spanish", "british", "irish", "indian", "american", "australian", "nigerian",
                  "polish", "latam", "dutch", "chinese", "korean", "turkish", "greek", "vietnamese", "persian",
                  "nordic", "italian", "french", "somali", "arabic", "japanese"]


# ---------------------------------------------------------------------------
# hand-written address stock
# ---------------------------------------------------------------------------

ADDR = {
    "se": {"streets": ["Storgatan", "Drottninggatan", "Kungsgatan", "Sveavägen", "Götgatan", "Vasagatan", "Linnégatan",
                       "Östra Hamngatan", "Hornsgatan", "Sankt Eriksgatan", "Odengatan", "Björkvägen", "Åsögatan",
                       "Ringvägen", "Tegnérgatan", "Järnvägsgatan", "Skolgatan", "Fabriksgatan", "Västra Långgatan",
                       "Kyrkogårdsgatan", "Professorsslingan", "Ängsvägen"],
           "cities": [("Stockholm", ["111", "113", "114", "116", "117", "118", "112"]), ("Göteborg", ["411", "413", "414", "416"]),
                      ("Malmö", ["211", "212", "214", "217"]), ("Uppsala", ["752", "753", "754"]), ("Umeå", ["903", "904"]),
                      ("Linköping", ["582", "583"]), ("Örebro", ["702", "703"]), ("Lund", ["222", "224"]),
                      ("Västerås", ["722", "724"]), ("Kiruna", ["981"]), ("Solna", ["169", "171"]), ("Täby", ["183", "187"]),
                      ("Jönköping", ["553", "554"]), ("Sundsvall", ["852", "853"])],
           "country": ["Sweden", "Sverige", "SWEDEN"]},
    "de": {"streets": ["Hauptstraße", "Bahnhofstraße", "Goethestraße", "Schillerstraße", "Lindenallee", "Am Mühlbach",
                       "Kastanienweg", "Friedrichstraße", "Schloßstraße", "Müllerstraße", "Rosenheimer Straße",
                       "Berliner Allee", "An der Alster", "Bergmannstr.", "Zur Alten Ziegelei", "Hohenzollernring",
                       "Sankt-Georg-Platz", "Ludwig-Erhard-Str.", "Dorfstraße", "Kirchgasse", "Am Weißen Stein"],
           "cities": [("Berlin", (10115, 14199)), ("Hamburg", (20095, 22769)), ("München", (80331, 81929)),
                      ("Köln", (50667, 51149)), ("Frankfurt am Main", (60306, 60599)), ("Stuttgart", (70173, 70629)),
                      ("Leipzig", (4103, 4357)), ("Dresden", (1067, 1328)), ("Düsseldorf", (40210, 40629)),
                      ("Nürnberg", (90402, 90491)), ("Bremen", (28195, 28779)), ("Freiburg im Breisgau", (79098, 79117)),
                      ("Münster", (48143, 48167)), ("Gütersloh", (33330, 33335))],
           "country": ["Deutschland", "Germany", "DEUTSCHLAND"]},
    "at": {"streets": ["Mariahilfer Straße", "Landstraßer Hauptstraße", "Herrengasse", "Annenstraße", "Linzer Gasse",
                       "Maria-Theresien-Straße", "Favoritenstraße"],
           "cities": [("Wien", (1010, 1230)), ("Graz", (8010, 8055)), ("Linz", (4020, 4040)), ("Salzburg", (5020, 5026)),
                      ("Innsbruck", (6020, 6080))],
           "country": ["Österreich", "Austria"]},
    "ch": {"streets": ["Bahnhofstrasse", "Seefeldstrasse", "Marktgasse", "Spalenberg", "Kramgasse", "Zürcherstrasse",
                       "Rue du Rhône"],
           "cities": [("Zürich", (8001, 8057)), ("Bern", (3011, 3027)), ("Basel", (4051, 4059)), ("Luzern", (6003, 6006)),
                      ("Winterthur", (8400, 8411))],
           "country": ["Schweiz", "Switzerland", "CH"]},
    "es": {"streets": ["Calle de Alcalá", "Calle Mayor", "Avenida Diagonal", "Paseo de la Castellana", "Carrer de Mallorca",
                       "Calle Sierpes", "Gran Vía", "Calle del Pez", "Avenida de la Constitución", "Calle Real",
                       "Rúa do Franco", "Calle San Vicente Mártir", "Paseo de Gracia", "Calle Larios", "Avenida de Andalucía",
                       "Carrer del Consell de Cent", "Calle Ercilla", "Plaza del Pilar"],
           "cities": [("Madrid", (28001, 28055)), ("Barcelona", (8001, 8042)), ("Valencia", (46001, 46026)),
                      ("Sevilla", (41001, 41020)), ("Bilbao", (48001, 48015)), ("Zaragoza", (50001, 50018)),
                      ("Málaga", (29001, 29018)), ("A Coruña", (15001, 15011)), ("Palma", (7001, 7015)),
                      ("Granada", (18001, 18015)), ("Santiago de Compostela", (15701, 15706)), ("Logroño", (26001, 26009))],
           "country": ["España", "Spain", "ESPAÑA"]},
    "uk": {"streets": ["Albert Road", "Victoria Street", "Church Lane", "Mill Road", "Kingsway", "The Crescent",
                       "Queen's Drive", "St Mary's Road", "Princes Street", "Gloucester Terrace", "Cowley Road",
                       "Ashby-de-la-Zouch Road", "Heol y Coed", "Sauchiehall Street", "Lisburn Road", "Jubilee Close"],
           "cities": [("London", ["N4", "SE15", "E2", "SW11", "NW5", "W12", "E17"]), ("Manchester", ["M14", "M20", "M4"]),
                      ("Leeds", ["LS6", "LS7"]), ("Bristol", ["BS7", "BS3"]), ("Edinburgh", ["EH6", "EH9"]),
                      ("Glasgow", ["G12", "G3"]), ("Cardiff", ["CF24", "CF11"]), ("Belfast", ["BT7", "BT9"]),
                      ("Norwich", ["NR2"]), ("York", ["YO10", "YO31"]), ("Oxford", ["OX4"]), ("Cambridge", ["CB1"])],
           "buildings": ["Kingfisher House", "Alexandra Court", "The Old Dairy", "Mulberry Mews", "Rose Cottage"],
           "country": ["United Kingdom", "UK"]},
    "ie": {"streets": ["Seafield Road", "Pembroke Lane", "Main Street", "Strand Road", "Castle Avenue", "Sráid na hAbhann"],
           "cities": [("Dublin 3", "D03"), ("Dublin 6", "D06"), ("Cork", "T12"), ("Galway", "H91"), ("Limerick", "V94")],
           "areas": ["Clontarf", "Ranelagh", "Blackrock", "Douglas", "Salthill"],
           "country": ["Ireland", "Éire"]},
    "au": {"streets": ["Smith Street", "Wattle Grove", "Banksia Crescent", "Kookaburra Close", "Jacaranda Avenue",
                       "Bent Street", "Sydney Road", "Brunswick Street", "Coronation Drive", "Oxford Street",
                       "Boomerang Place", "Murrumbidgee Parade"],
           "cities": [("Fitzroy", "VIC", "3065"), ("Brunswick", "VIC", "3056"), ("Newtown", "NSW", "2042"),
                      ("Bondi", "NSW", "2026"), ("Parramatta", "NSW", "2150"), ("Toowong", "QLD", "4066"),
                      ("Fremantle", "WA", "6160"), ("Glenelg", "SA", "5045"), ("Sandy Bay", "TAS", "7005"),
                      ("Braddon", "ACT", "2612"), ("Darwin City", "NT", "0800"), ("Surry Hills", "NSW", "2010"),
                      ("Wagga Wagga", "NSW", "2650"), ("Alice Springs", "NT", "0870")],
           "country": ["Australia", "AUSTRALIA"]},
    "us": {"streets": ["Maple Avenue", "Oak Street", "N Clark St", "W 4th Street", "Sunset Blvd", "Peachtree Rd NE",
                       "Elm Street", "Martin Luther King Jr Way", "SE Hawthorne Blvd", "E Colfax Ave", "Lakeshore Drive",
                       "Dolores Street"],
           "cities": [("Chicago", "IL", "606"), ("Austin", "TX", "787"), ("Portland", "OR", "972"), ("Denver", "CO", "802"),
                      ("Boston", "MA", "021"), ("Seattle", "WA", "981"), ("Atlanta", "GA", "303"), ("Madison", "WI", "537"),
                      ("Brooklyn", "NY", "112"), ("Minneapolis", "MN", "554"), ("Phoenix", "AZ", "850"),
                      ("Raleigh", "NC", "276"), ("San Francisco", "CA", "941")],
           "country": ["USA", "United States"]},
}

UK_INWARD = "ABDEFGHJLNPQRSTUWXYZ"


def gen_address(rng, cc):
    """Returns (lines, country_word, subtype).  lines joined by ', ' or newline form the span."""
    a = ADDR[cc]
    street = rng.choice(a["streets"])
    if cc == "se":
        city, pre = rng.choice(a["cities"])
        pc = "%s %02d" % (rng.choice(pre), rng.randint(0, 99))
        num = str(rng.randint(1, 140)) + rng.choice(["", "", "", " B", "A", "C"])
        unit = rng.choice(["", "", "lgh %d%02d" % (rng.randint(10, 16), rng.randint(1, 9)), "%d tr" % rng.randint(1, 6)])
        lines = [street + " " + num] + ([unit] if unit else []) + [pc + " " + city]
        if unit and rng.random() < 0.5:
            lines = [street + " " + num + ", " + unit, pc + " " + city]
    elif cc in ("de", "at", "ch"):
        city, (lo, hi) = rng.choice(a["cities"])
        pc = "%05d" % rng.randint(lo, hi) if cc == "de" else "%04d" % rng.randint(lo, hi)
        if cc == "at" and rng.random() < 0.6:
            num = "%d/%d/%d" % (rng.randint(1, 120), rng.randint(1, 6), rng.randint(1, 30))
        else:
            num = str(rng.randint(1, 180)) + rng.choice(["", "", "", "a", "b", " a"])
        unit = rng.choice(["", "", "", "3. OG", "Hinterhaus", "Whg. %d" % rng.randint(1, 40), "2. Stock links"]) if cc == "de" else ""
        lines = [street + " " + num] + ([unit] if unit else []) + [pc + " " + city]
        if cc == "ch" and street.startswith("Rue"):
            lines[0] = street + " " + num
    elif cc == "es":
        city, (lo, hi) = rng.choice(a["cities"])
        pc = "%05d" % rng.randint(lo, hi)
        num = str(rng.randint(1, 250))
        floor = rng.choice(["", "%dº %s" % (rng.randint(1, 9), rng.choice("ABCD")), "%dº %dª" % (rng.randint(1, 8), rng.randint(1, 4)),
                            "%dº izda." % rng.randint(1, 7), "%dº dcha." % rng.randint(1, 7), "bajo B", "ático"])
        st = street
        if rng.random() < 0.35 and st.startswith("Calle "):
            st = "C/ " + st[6:]
        elif rng.random() < 0.3 and st.startswith("Avenida "):
            st = "Avda. " + st[8:]
        first = st + (", " if rng.random() < 0.5 else " ") + rng.choice(["", "nº "]) + num
        lines = [first + (", " + floor if floor else ""), pc + " " + city]
    elif cc == "uk":
        city, outs = rng.choice(a["cities"])
        pc = "%s %d%s%s" % (rng.choice(outs), rng.randint(1, 9), rng.choice(UK_INWARD), rng.choice(UK_INWARD))
        num = str(rng.randint(1, 220))
        lines = []
        r = rng.random()
        if r < 0.3:
            lines.append("Flat %s" % rng.choice([str(rng.randint(1, 40)), "%d%s" % (rng.randint(1, 9), rng.choice("ABC"))]))
        elif r < 0.4:
            lines.append(rng.choice(a["buildings"]))
        lines.append(num + " " + street)
        if rng.random() < 0.5:
            lines += [city, pc]
        else:
            lines.append(city + " " + pc)
    elif cc == "ie":
        city, key = rng.choice(a["cities"])
        eir = key + " " + rng.choice("ACDEFHKNPRTVWXY") + str(rng.randint(1, 9)) + rng.choice("ACDEFHKNPRTVWXY") + str(rng.randint(1, 9))
        lines = ([("Apartment %d" % rng.randint(1, 60))] if rng.random() < 0.3 else []) + \
            ["%d %s" % (rng.randint(1, 120), street)] + ([rng.choice(a["areas"])] if rng.random() < 0.5 else []) + [city, eir]
    elif cc == "au":
        suburb, state, pc = rng.choice(a["cities"])
        num = rng.randint(1, 300)
        r = rng.random()
        if r < 0.25:
            first = "Unit %d/%d %s" % (rng.randint(1, 30), num, street)
        elif r < 0.4:
            first = "%d/%d %s" % (rng.randint(1, 30), num, street)
        elif r < 0.5:
            first = "Level %d, %d %s" % (rng.randint(1, 12), num, street)
        else:
            first = "%d %s" % (num, street)
        sub_line = "%s %s %s" % (suburb.upper() if rng.random() < 0.3 else suburb, state, pc)
        lines = [first, sub_line]
    elif cc == "us":
        city, st, zp = rng.choice(a["cities"])
        num = str(rng.randint(100, 9899))
        unit = rng.choice(["", "", "Apt %d%s" % (rng.randint(1, 12), rng.choice("ABCD")), "Unit %d" % rng.randint(1, 300),
                           "#%d" % rng.randint(2, 40), "Suite %d" % rng.randint(100, 900)])
        lines = [num + " " + street + ((", " if rng.random() < 0.5 else " ") + unit if unit else ""),
                 "%s, %s %s%02d" % (city, st, zp, rng.randint(1, 99))]
    else:
        raise KeyError(cc)
    return lines, rng.choice(a["country"]), cc


STREET_NEGATIVES = {
    "se": ["Drottninggatan", "Sveavägen", "Kungsgatan", "Götgatan", "Avenyn", "Stora Nygatan"],
    "de": ["Kurfürstendamm", "Karl-Marx-Allee", "Friedrichstraße", "Königsallee", "Mariahilfer Straße", "Bahnhofstrasse"],
    "es": ["Calle de Alcalá", "Gran Vía", "la Castellana", "Las Ramblas", "Calle Larios", "Avenida Corrientes",
           "Paseo de la Reforma"],
    "en": ["George Street", "Oxford Street", "Abbey Road", "Collins Street", "Fifth Avenue", "Grafton Street",
           "Princes Street", "Lombard Street"],
}

PLACE_NEGATIVES = {
    "en": ["Alice Springs", "Port Douglas", "Charlotte", "St Helens", "Victoria Station", "Mount Isa", "Adelaide",
           "Florence", "Kings Cross", "Milton Keynes", "Jackson", "Elizabeth line", "Lake Louise", "Camden"],
    "sv": ["Karlstad", "Kristianstad", "Sankt Petersburg", "Marieholm", "Gustavsberg", "Sofia", "Karlskrona", "Kristinehamn"],
    "de": ["Sankt Augustin", "Karlsruhe", "Friedrichshafen", "Ludwigsburg", "Wilhelmshaven", "Ernst-Reuter-Platz",
           "Theresienwiese", "Sankt Pölten"],
    "es": ["San Sebastián", "Santa Cruz de Tenerife", "San Fernando", "Santiago", "Ciudad Real", "Villa María",
           "Santa Fe", "San José"],
}

COMPANY_NEGATIVES = ["Johnson & Johnson", "Marks & Spencer", "Ernst & Young", "Procter & Gamble", "Dolce & Gabbana",
                     "Hewlett-Packard", "Ben & Jerry's", "Tommy Hilfiger", "Hugo Boss", "Calvin Klein", "Clas Ohlson",
                     "Dr. Oetker", "Hennes & Mauritz", "Massimo Dutti", "Robert Bosch GmbH", "Carl Zeiss",
                     "Ralph Lauren", "Louis Vuitton", "Jack Wolfskin", "Sainsbury's", "Siemens Healthineers",
                     "Ferdinand Porsche AG", "Alfred Kärcher", "Jack Daniel's", "Dr. Martens", "Kelloggs"]

PRODUCT_NEGATIVES = ["Jenkins", "Alexa", "Apache Kafka", "Django", "Cassandra", "Jira", "Siri", "Cortana", "Ruby on Rails",
                     "Sonos Era", "Tesla Model Y", "Ford Focus", "Jupyter", "Hugo", "Grafana Loki", "Mercedes-Benz Sprinter",
                     "Victoria Plum", "Matilda the Musical", "Casper", "Oscar"]


# ---------------------------------------------------------------------------
# document model
#   inline pieces: ("t", text) | ("l", value, category, subtype, opts) |
#                  ("n", value, kind) | ("h", html, plain)
#   blocks: ("p", pieces) | ("pre", pieces) | ("list", [pieces], bullet) |
#           ("table", [header], [[pieces]]) | ("sig", [pieces]) |
#           ("quote", info, blocks)
# rendering produces chunks (text, tag); tag None, ("l", uid, cat, sub) or
# ("n", uid, kind).  Label text in HTML is the raw source of the value.
# ---------------------------------------------------------------------------

class Skip(Exception):
    """A template slot cannot be filled for this ticket; try another template."""


def T(s):
    return ("t", s)


def L(v, cat, sub, **opts):
    return ("l", v, cat, sub, opts)


def N(v, kind):
    return ("n", v, kind)


def H(h, plain):
    return ("h", h, plain)


SPLIT_TAGS = [("<b>", "</b>"), ("<strong>", "</strong>"), ('<span style="font-weight:bold">', "</span>"),
              ('<span class="highlight">', "</span>"), ('<font color="#1F497D">', "</font>"),
              ('<span style="color:#c00000">', "</span>"), ("<u>", "</u>")]

PARA = {
    # open, close, line break, paragraph separator
    "outlook": ('<p class="MsoNormal">', "<o:p></o:p></p>", "<br>\n", '\n<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n'),
    "gmail": ("<div>", "</div>", "<br>", "<div><br></div>"),
    "helpdesk": ("<p>", "</p>", "<br />\n", "\n"),
    "apple": ('<div dir="auto">', "</div>", "<br>", '<div dir="auto"><br></div>'),
}
PRE = {
    "outlook": ('<p class="MsoNormal"><span style="font-size:9.0pt;font-family:Consolas;color:#333333">',
                "<o:p></o:p></span></p>", "<br>\n"),
    "gmail": ('<div><font face="monospace">', "</font></div>", "<br>"),
    "helpdesk": ("<pre>", "</pre>", "\n"),
    "apple": ('<div dir="auto"><font face="Menlo">', "</font></div>", "<br>"),
}
LINK_P = {"outlook": 0.65, "gmail": 0.85, "helpdesk": 0.35, "apple": 0.55}


class Renderer:
    def __init__(self, rng, mode, lang):
        self.rng, self.mode, self.lang = rng, mode, lang
        self.uid = 0
        self.ent = "utf8"
        if mode != "plain":
            r = rng.random()
            self.ent = "named" if r < 0.22 else ("numeric" if r < 0.3 else "utf8")
        self.compact = rng.random() < 0.3

    # -- tags
    def ltag(self, cat, sub):
        self.uid += 1
        return ("l", self.uid, cat, sub)

    def ntag(self, kind):
        self.uid += 1
        return ("n", self.uid, kind)

    # -- html escaping
    def ents(self, s):
        if self.ent == "utf8":
            return s
        out = []
        for c in s:
            o = ord(c)
            if o < 128:
                out.append(c)
            elif self.ent == "named" and o in html.entities.codepoint2name:
                out.append("&%s;" % html.entities.codepoint2name[o])
            else:
                out.append("&#%d;" % o)
        return "".join(out)

    def esc(self, s, br, pre=False):
        s = self.ents(html.escape(s, quote=False))
        if pre and br != "\n":
            s = s.replace("  ", "&nbsp; ")
        return s.replace("\n", br)

    # -- inline
    def inline(self, pieces, br="\n", pre=False):
        out = []
        for pc in pieces:
            k = pc[0]
            if self.mode == "plain":
                if k == "t":
                    out.append((pc[1], None))
                elif k == "h":
                    out.append((pc[2], None))
                elif k == "l":
                    out.append((pc[1], self.ltag(pc[2], pc[3])))
                else:
                    out.append((pc[1], self.ntag(pc[2])))
                continue
            if k == "t":
                out.append((self.esc(pc[1], br, pre), None))
            elif k == "h":
                out.append((pc[1], None))
            elif k == "n":
                out.append((self.esc(pc[1], br, pre), self.ntag(pc[2])))
            else:
                out.extend(self.html_label(pc[1], pc[2], pc[3], pc[4], br, pre))
        return out

    def html_label(self, v, cat, sub, opts, br, pre):
        rng = self.rng
        enc = self.esc(v, br, pre)
        if cat == "email" and sub != "obfuscated":
            if not opts.get("nolink") and not pre and rng.random() < LINK_P[self.mode]:
                attr = html.escape(v, quote=True)
                style = ' style="color:#0563C1"' if self.mode == "outlook" and rng.random() < 0.5 else ""
                tgt = ' target="_blank"' if self.mode == "gmail" else ""
                return [('<a href="mailto:', None), (attr, self.ltag("email", "mailto_href")), ('"%s%s>' % (tgt, style), None),
                        (enc, self.ltag(cat, sub)), ("</a>", None)]
            if rng.random() < 0.15:
                enc = enc.replace("@", "&#64;")
            elif rng.random() < 0.05:
                enc = enc.replace(".", "&#46;", 1)
            return [(enc, self.ltag(cat, sub))]
        if cat == "secret" and sub == "url_token" and not pre and rng.random() < 0.5:
            attr = html.escape(v, quote=True)
            return [('<a href="', None), (attr, self.ltag(cat, sub)), ('">', None), (enc, self.ltag(cat, sub)), ("</a>", None)]
        if cat == "phone" and opts.get("e164") and not pre and rng.random() < 0.12:
            return [('<a href="tel:', None), (opts["e164"], self.ltag("phone", "tel_href")), ('">', None),
                    (enc, self.ltag(cat, sub)), ("</a>", None)]
        if cat in ("phone", "payment_card", "iban", "national_id") and not pre:
            seps = re.findall(r"[ \-/.]", enc)
            r = rng.random()
            if r < 0.22 and len(re.split(r"[ \-/.]", enc)) >= 3:
                enc = self.split_markup(enc)
            elif r < 0.4 and " " in enc:
                enc = enc.replace(" ", "&nbsp;")
            del seps
        return [(enc, self.ltag(cat, sub))]

    def split_markup(self, enc):
        parts = re.split(r"([ \-/.])", enc)
        groups = parts[0::2]
        n = len(groups)
        i = self.rng.randint(1, n - 2)
        j = self.rng.randint(i, n - 2)
        o, c = self.rng.choice(SPLIT_TAGS)
        out = []
        for gi in range(n):
            if gi == i:
                out.append(o)
            out.append(groups[gi])
            if gi == j:
                out.append(c)
            if gi < n - 1:
                out.append(parts[2 * gi + 1])
        return "".join(out)

    # -- blocks
    def blocks(self, blocks):
        if self.mode == "plain":
            return self.plain_blocks(blocks)
        return self.html_blocks(blocks)

    def plain_blocks(self, blocks):
        out = []
        for bi, b in enumerate(blocks):
            if bi:
                out.append(("\n\n", None))
            kind = b[0]
            if kind in ("p", "pre"):
                out.extend(self.inline(b[1]))
            elif kind == "sig":
                if b[2] if len(b) > 2 else False:
                    out.append(("-- \n", None))
                for li, line in enumerate(b[1]):
                    if li:
                        out.append(("\n", None))
                    out.extend(self.inline(line))
            elif kind == "list":
                for li, item in enumerate(b[1]):
                    if li:
                        out.append(("\n", None))
                    out.append(((b[2] if b[2] != "1." else "%d." % (li + 1)) + " ", None))
                    out.extend(self.inline(item))
            elif kind == "table":
                sep = self.rng.choice([" | ", "\t", " ; "])
                out.append((sep.join(b[1]), None))
                if sep == " | ":
                    out.append(("\n" + "-|-".join("-" * max(3, len(h)) for h in b[1]), None))
                for row in b[2]:
                    out.append(("\n", None))
                    for ci, cell in enumerate(row):
                        if ci:
                            out.append((sep, None))
                        out.extend(self.inline(cell))
            elif kind == "kv":
                for li, (label, pieces) in enumerate(b[1]):
                    if li:
                        out.append(("\n", None))
                    out.append((label + ":" + ("\n" if pieces and pieces[0][0] == "l" and "\n" in pieces[0][1] else " "), None))
                    out.extend(self.inline(pieces))
            elif kind == "quote":
                out.extend(self.plain_quote(b[1], b[2]))
            else:
                raise ValueError(kind)
        return out

    def plain_quote(self, info, inner):
        st = info["style"]
        out = []
        body = self.plain_blocks(inner)
        if st in ("gmail", "apple", "helpdesk"):
            out.extend(self.inline(info["attr"]))
            out.append(("\n" if self.rng.random() < 0.5 else "\n\n", None))
            out.extend(prefix_chunks(body, self.compact))
            return out
        # outlook / forward: header block, body unprefixed
        out.append((info["rule"] + "\n", None))
        for fi, (label, pieces) in enumerate(info["fields"]):
            if fi:
                out.append(("\n", None))
            out.append((label + " ", None))
            out.extend(self.inline(pieces))
        out.append(("\n\n", None))
        out.extend(body)
        return out

    def html_blocks(self, blocks):
        m = self.mode
        po, pc, br, psep = PARA[m]
        out = []
        for bi, b in enumerate(blocks):
            kind = b[0]
            if bi and kind != "quote":
                out.append((psep, None))
            if kind == "p":
                out.append((po, None))
                out.extend(self.inline(b[1], br))
                out.append((pc, None))
            elif kind == "pre":
                o, c, pbr = PRE[m]
                if m == "helpdesk" and self.rng.random() < 0.4:
                    o, c = "<pre><code>", "</code></pre>"
                out.append((o, None))
                out.extend(self.inline(b[1], pbr, pre=True))
                out.append((c, None))
            elif kind == "sig":
                out.extend(self.html_sig(b[1], b[2] if len(b) > 2 else False))
            elif kind == "list":
                tag = "ol" if b[2] == "1." else "ul"
                out.append(("<%s>\n" % tag if m != "outlook" else '<%s style="margin-top:0cm" type="disc">\n' % tag, None))
                for item in b[1]:
                    out.append(("<li>" if m != "outlook" else '<li class="MsoListParagraph" style="margin-left:0cm">', None))
                    out.extend(self.inline(item, br))
                    out.append(("</li>\n" if m != "outlook" else "<o:p></o:p></li>\n", None))
                out.append(("</%s>" % tag, None))
            elif kind == "table":
                out.extend(self.html_table(b[1], b[2]))
            elif kind == "kv":
                if m == "outlook":
                    out.append(('<table class="MsoNormalTable" border="0" cellpadding="0">\n', None))
                else:
                    out.append(('<table class="form-data" cellpadding="3">\n', None))
                for label, pieces in b[1]:
                    out.append(('<tr>\n<th align="left" valign="top">%s</th>\n<td>' % self.esc(label, "<br>"), None))
                    out.extend(self.inline(pieces, "<br>"))
                    out.append(("</td>\n</tr>\n", None))
                out.append(("</table>", None))
            elif kind == "quote":
                out.extend(self.html_quote(b[1], b[2]))
        return out

    def html_sig(self, lines, dash):
        m = self.mode
        out = []
        if m == "outlook":
            st = 'style="font-size:10.0pt;color:#1F3864"'
            out.append(('<p class="MsoNormal"><b><span %s>' % st, None))
            out.extend(self.inline(lines[0], "<br>"))
            out.append(("</span></b><span %s>" % st, None))
            for line in lines[1:]:
                out.append(("<br>\n", None))
                out.extend(self.inline(line, "<br>\n"))
            out.append(("<o:p></o:p></span></p>", None))
        elif m == "gmail":
            out.append(('<span class="gmail_signature_prefix">-- </span><br><div dir="ltr" class="gmail_signature" '
                        'data-smartmail="gmail_signature"><div dir="ltr">', None))
            for line in lines:
                out.append(("<div>", None))
                out.extend(self.inline(line, "<br>"))
                out.append(("</div>", None))
            out.append(("</div></div>", None))
        else:
            po, pc, br, _ = PARA[m]
            out.append((po + ("--" + br if dash else ""), None))
            for li, line in enumerate(lines):
                if li:
                    out.append((br, None))
                out.extend(self.inline(line, br))
            out.append((pc, None))
        return out

    def html_table(self, head, rows):
        m = self.mode
        if m == "outlook":
            td = '<td valign="top" style="border:solid windowtext 1.0pt;padding:0cm 5.4pt 0cm 5.4pt"><p class="MsoNormal">'
            tdc = "<o:p></o:p></p></td>\n"
            out = [('<table class="MsoTableGrid" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse;border:none">\n', None)]
            out.append(("<tr>\n" + "".join(td + "<b>" + self.esc(h, "<br>") + "</b>" + tdc for h in head) + "</tr>\n", None))
        else:
            td, tdc = "<td>", "</td>\n"
            out = [('<table border="1" cellpadding="4" style="border-collapse:collapse">\n<tbody>\n', None)]
            out.append(("<tr>\n" + "".join("<th>" + self.esc(h, "<br>") + "</th>\n" for h in head) + "</tr>\n", None))
        for row in rows:
            out.append(("<tr>\n", None))
            for cell in row:
                out.append((td, None))
                out.extend(self.inline(cell, "<br>"))
                out.append((tdc, None))
            out.append(("</tr>\n", None))
        out.append(("</table>" if m == "outlook" else "</tbody>\n</table>", None))
        return out

    def html_quote(self, info, inner):
        m = self.mode
        st = info["style"]
        out = []
        body = self.html_blocks(inner)
        if m == "gmail":
            if st in ("forward",):
                out.append(('<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">%s<br>' % self.esc(info["rule"], "<br>"), None))
                for label, pieces in info["fields"]:
                    out.append((self.esc(label, "<br>") + " ", None))
                    out.extend(self.inline(pieces, "<br>"))
                    out.append(("<br>", None))
                out.append(("</div><br><br>", None))
                out.extend(body)
                out.append(("</div>", None))
            else:
                out.append(('<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">', None))
                out.extend(self.inline(info["attr"], "<br>"))
                out.append(('<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;'
                            'border-left:1px solid rgb(204,204,204);padding-left:1ex">', None))
                out.extend(body)
                out.append(("</blockquote></div>", None))
        elif m == "apple":
            out.append(('<div dir="ltr"><br><blockquote type="cite">', None))
            out.extend(self.inline(info["attr"], "<br>"))
            out.append(('<br><br></blockquote></div><blockquote type="cite"><div dir="ltr">', None))
            out.extend(body)
            out.append(("</div></blockquote>", None))
        elif m == "outlook":
            if self.rng.random() < 0.7:
                out.append(('\n<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n'
                            '<p class="MsoNormal">', None))
                for fi, (label, pieces) in enumerate(info["fields"]):
                    out.append(("%s<b>%s</b> " % ("<br>\n" if fi else "", self.esc(label, "<br>")), None))
                    out.extend(self.inline(pieces, "<br>"))
                out.append(("<o:p></o:p></p>\n</div>\n<p class=\"MsoNormal\"><o:p>&nbsp;</o:p></p>\n", None))
            else:
                out.append(('\n<hr style="display:inline-block;width:98%" tabindex="-1">\n<div id="divRplyFwdMsg" dir="ltr">'
                            '<font face="Calibri, sans-serif" style="font-size:11pt" color="#000000">', None))
                for fi, (label, pieces) in enumerate(info["fields"]):
                    out.append(("%s<b>%s</b> " % ("<br>\n" if fi else "", self.esc(label, "<br>")), None))
                    out.extend(self.inline(pieces, "<br>"))
                out.append(("</font>\n<div>&nbsp;</div>\n</div>\n", None))
            out.extend(body)
        else:
            out.append(('\n<blockquote style="border-left:2px solid #cccccc;margin:0 0 0 4px;padding-left:8px">\n<p>', None))
            out.extend(self.inline(info["attr"], "<br />\n"))
            out.append(("</p>\n", None))
            out.extend(body)
            out.append(("\n</blockquote>", None))
        return out


def prefix_chunks(chunks, compact):
    """Plain-text quoting: '> ' at each line start ('>' before an empty line)."""
    out = []
    at_start = True
    for text, tag in chunks:
        buf = []
        for ch in text:
            if at_start:
                p = ">" if ch == "\n" or (compact and ch == ">") else "> "
                if buf or tag is None:
                    buf.append(p)
                else:
                    out.append((p, None))
                at_start = False
            buf.append(ch)
            if ch == "\n":
                at_start = True
        if buf:
            out.append(("".join(buf), tag))
    return out


def assemble(chunks):
    """Chunks -> (text, labels, negatives) with UTF-8 byte offsets."""
    merged = []
    for text, tag in chunks:
        if not text:
            continue
        if merged and tag is not None and merged[-1][1] is not None and merged[-1][1][1] == tag[1]:
            merged[-1][0] += text
        else:
            merged.append([text, tag])
    parts, labels, negatives = [], [], []
    pos = 0
    for text, tag in merged:
        b = len(text.encode("utf-8"))
        if tag is not None:
            if tag[0] == "l":
                labels.append({"start": pos, "end": pos + b, "category": tag[2], "subtype": tag[3]})
            else:
                negatives.append({"start": pos, "end": pos + b, "kind": tag[2]})
        parts.append(text)
        pos += b
    return "".join(parts), labels, negatives


# ---------------------------------------------------------------------------
# locales
# ---------------------------------------------------------------------------

LOCALES = {
    # phone countries, address countries, IBAN countries, national ids, date style
    "en-GB": {"phone": ["gb"], "addr": ["uk"], "iban": ["GB"], "nid": ["uk_nino", "uk_nhs"], "dates": "uk"},
    "en-US": {"phone": ["us"], "addr": ["us"], "iban": [], "nid": ["us_ssn"], "dates": "us"},
    "en-AU": {"phone": ["au"], "addr": ["au"], "iban": [], "nid": ["au_tfn", "au_abn", "au_medicare"], "dates": "uk"},
    "en-IE": {"phone": ["ie"], "addr": ["ie", "uk"], "iban": ["IE"], "nid": [], "dates": "uk"},
    "en-IN": {"phone": ["in", "gb", "au"], "addr": ["uk", "au", "us"], "iban": ["GB"], "nid": ["uk_nino", "au_tfn"],
              "dates": "uk"},
    "en-XX": {"phone": ["se", "de", "es"], "addr": ["se", "de", "es"], "iban": ["SE", "DE", "ES", "NL", "FR"],
              "nid": ["se_personnummer", "de_steuer_id", "es_nie"], "dates": "uk"},
    "sv-SE": {"phone": ["se"], "addr": ["se"], "iban": ["SE"], "nid": ["se_personnummer"], "dates": "sv"},
    "de-DE": {"phone": ["de"], "addr": ["de"], "iban": ["DE"], "nid": ["de_steuer_id"], "dates": "de"},
    "de-AT": {"phone": ["at"], "addr": ["at"], "iban": ["AT"], "nid": [], "dates": "at"},
    "de-CH": {"phone": ["ch"], "addr": ["ch"], "iban": ["CH"], "nid": [], "dates": "de"},
    "es-ES": {"phone": ["es"], "addr": ["es"], "iban": ["ES"], "nid": ["es_dni"], "dates": "es"},
    "es-MX": {"phone": ["mx"], "addr": [], "iban": [], "nid": [], "dates": "es"},
    "es-AR": {"phone": ["ar"], "addr": [], "iban": [], "nid": [], "dates": "es"},
    "es-CO": {"phone": ["co"], "addr": [], "iban": [], "nid": [], "dates": "es"},
}
LOCALE_WEIGHTS = [("en-GB", 12), ("en-US", 10), ("en-AU", 9), ("en-IE", 3), ("en-IN", 4), ("en-XX", 3),
                  ("sv-SE", 20), ("de-DE", 13), ("de-AT", 4), ("de-CH", 3), ("es-ES", 12), ("es-MX", 4),
                  ("es-AR", 2), ("es-CO", 2)]
SPAIN_LIKE = {"phone": ["es"], "addr": ["es"], "iban": ["ES"], "nid": ["es_nie"], "dates": "es"}

MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"],
    "sv": ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
           "november", "december"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November",
           "Dezember"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
           "noviembre", "diciembre"],
}
WEEKDAYS = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "sv": ["måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"],
    "de": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "es": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
}
WD_SHORT = {"en": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"], "sv": ["mån", "tis", "ons", "tors", "fre", "lör", "sön"],
            "de": ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."], "es": ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"]}


def ordinal(n):
    return "%d%s" % (n, "th" if 11 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th"))


def fmt_date(rng, d, dstyle, style):
    """dstyle: uk, us, sv, de, at, es.  style: num, text, ord, any."""
    y, m, day = d.year, d.month, d.day
    if style == "any":
        style = rng.choice(["num", "num", "text"])
    if dstyle in ("uk", "us"):
        mon = MONTHS["en"][m - 1]
        if style == "ord":
            return "%s of %s %d" % (ordinal(day), mon, y)
        if style == "num":
            if dstyle == "us":
                return rng.choice(["%02d/%02d/%d" % (m, day, y), "%d/%d/%d" % (m, day, y), "%d/%d/%02d" % (m, day, y % 100),
                                   "%d-%02d-%02d" % (y, m, day)])
            return rng.choice(["%02d/%02d/%d" % (day, m, y), "%d/%d/%d" % (day, m, y), "%02d/%02d/%02d" % (day, m, y % 100),
                               "%d-%02d-%02d" % (y, m, day), "%02d.%02d.%d" % (day, m, y)])
        if dstyle == "us":
            return rng.choice(["%s %d, %d" % (mon, day, y), "%s %d, %d" % (mon[:3], day, y), "%s %s, %d" % (mon, ordinal(day), y)])
        return rng.choice(["%d %s %d" % (day, mon, y), "%s %s %d" % (ordinal(day), mon, y), "%02d %s %d" % (day, mon[:3], y),
                           "%d-%s-%d" % (day, mon[:3], y)])
    if dstyle == "sv":
        if style == "num":
            return rng.choice(["%d-%02d-%02d" % (y, m, day)] * 3 + ["%d%02d%02d" % (y, m, day), "%d/%d %d" % (day, m, y)])
        return "%d %s %d" % (day, MONTHS["sv"][m - 1], y)
    if dstyle in ("de", "at"):
        if style == "num":
            return rng.choice(["%02d.%02d.%d" % (day, m, y), "%d.%d.%d" % (day, m, y), "%02d.%02d.%02d" % (day, m, y % 100)])
        mon = MONTHS["de"][m - 1]
        if dstyle == "at" and m == 1:
            mon = "Jänner"
        return rng.choice(["%d. %s %d" % (day, mon, y), "%02d. %s %d" % (day, mon, y)])
    if style == "num":
        return rng.choice(["%02d/%02d/%d" % (day, m, y), "%d/%d/%d" % (day, m, y), "%02d-%02d-%d" % (day, m, y)])
    mon = MONTHS["es"][m - 1]
    return rng.choice(["%d de %s de %d" % (day, mon, y), "%d de %s de %d" % (day, mon, y), "%d de %s del %d" % (day, mon, y)])


def recent_date(rng):
    return datetime.date.fromordinal(rng.randint(datetime.date(2024, 1, 1).toordinal(), datetime.date(2026, 10, 31).toordinal()))


# ---------------------------------------------------------------------------
# ticket context and template slots
# ---------------------------------------------------------------------------

SLOT_RE = re.compile(r"\{([A-Z][A-Z0-9]*)((?::[^{}:]*)*)\}")

VENDORS = [("Ledgerly", "ledgerly.io"), ("Kundkollen", "kundkollen.se"), ("Tarifwerk", "tarifwerk.de"),
           ("FacturaYa", "facturaya.es"), ("Parcelwise", "parcelwise.com.au"), ("Tessellate Cloud", "tessellate.cloud"),
           ("Bokfört", "bokfort.se"), ("Rechnungsheld", "rechnungsheld.de"), ("Citaprevia Online", "citaprevia.online"),
           ("Rostered", "rostered.co.uk"), ("Pagamo", "pagamo.mx")]

COMPANIES = {
    "en-GB": [("Harrowgate Lettings Ltd", "harrowgatelettings.co.uk"), ("Kestrel Accounting LLP", "kestrel-accounting.co.uk"),
              ("Bramble & Finch Architects", "brambleandfinch.co.uk"), ("Thornbury Veterinary Practice", "thornburyvets.co.uk")],
    "en-US": [("Blue Heron Dental Group", "blueherondental.com"), ("Cascade Freight LLC", "cascadefreight.com"),
              ("Prairie Lantern Books", "prairielantern.com"), ("Mesa Verde Property Mgmt", "mesaverdepm.com")],
    "en-AU": [("Wattle Creek Plumbing Pty Ltd", "wattlecreekplumbing.com.au"), ("Southern Cross Physio", "scphysio.com.au"),
              ("Red Gum Legal", "redgumlegal.com.au"), ("Coastal Tide Surf School", "coastaltide.com.au")],
    "en-IE": [("Liffey Print Ltd", "liffeyprint.ie"), ("Corrib Dental", "corribdental.ie")],
    "en-IN": [("Sahyadri Infotech Pvt Ltd", "sahyadri-infotech.in"), ("Kaveri Textiles", "kaveritextiles.co.in")],
    "en-XX": [("Nordlicht Media", "nordlicht-media.eu"), ("Baltic Bridge Logistics", "balticbridge.eu")],
    "sv-SE": [("Bryggkajen Fastigheter AB", "bryggkajen.se"), ("Lövholmens Tryckeri", "lovholmenstryckeri.se"),
              ("Sörmlands Bygg & Måleri AB", "sormlandsbygg.se"), ("Kvarnbacka Vård AB", "kvarnbackavard.se"),
              ("Norrsken Redovisning", "norrskenredovisning.se")],
    "de-DE": [("Brenner Haustechnik GmbH", "brenner-haustechnik.de"), ("Elbwerk Logistik GmbH", "elbwerk-logistik.de"),
              ("Kanzlei am Domplatz & Partner", "kanzlei-domplatz.de"), ("Bäckerei Sonnenkorn", "sonnenkorn.de")],
    "de-AT": [("Alpenblick Tourismus GmbH", "alpenblick.at"), ("Donaustrom Energie", "donaustrom.at")],
    "de-CH": [("Seetal Treuhand AG", "seetal-treuhand.ch"), ("Rigiblick Immobilien", "rigiblick.ch")],
    "es-ES": [("Construcciones Ebro S.L.", "construccionesebro.es"), ("Clínica Dental Sonrisa", "clinicasonrisa.es"),
              ("Transportes Guadalquivir S.A.", "transguadalquivir.es"), ("Gestoría Albaicín", "gestoriaalbaicin.es")],
    "es-MX": [("Abarrotes La Esperanza", "laesperanza.com.mx"), ("Grupo Maguey Azul", "magueyazul.mx")],
    "es-AR": [("Estudio Contable Río de la Plata", "estudiorioplata.com.ar")],
    "es-CO": [("Cafés del Quindío S.A.S.", "cafesquindio.co")],
}
FREEMAIL = {
    "en-GB": ["gmail.com", "outlook.com", "btinternet.com", "yahoo.co.uk", "sky.com", "icloud.com"],
    "en-US": ["gmail.com", "yahoo.com", "comcast.net", "icloud.com", "outlook.com", "aol.com"],
    "en-AU": ["bigpond.com", "optusnet.com.au", "gmail.com", "outlook.com.au", "iinet.net.au"],
    "en-IE": ["eircom.net", "gmail.com", "hotmail.com"],
    "en-IN": ["gmail.com", "rediffmail.com", "yahoo.co.in"],
    "en-XX": ["gmail.com", "outlook.com", "proton.me"],
    "sv-SE": ["gmail.com", "hotmail.com", "outlook.com", "telia.com", "live.se", "icloud.com", "bredband.net"],
    "de-DE": ["gmx.de", "web.de", "t-online.de", "gmail.com", "posteo.de", "outlook.de"],
    "de-AT": ["gmx.at", "aon.at", "gmail.com"],
    "de-CH": ["bluewin.ch", "gmx.ch", "gmail.com"],
    "es-ES": ["gmail.com", "hotmail.es", "yahoo.es", "telefonica.net", "outlook.es"],
    "es-MX": ["hotmail.com", "gmail.com", "prodigy.net.mx"],
    "es-AR": ["yahoo.com.ar", "gmail.com", "fibertel.com.ar"],
    "es-CO": ["gmail.com", "hotmail.com"],
}

NID_NAMES = {
    "en": {"uk_nino": ["National Insurance number", "NI number", "NINO"], "uk_nhs": ["NHS number"],
           "us_ssn": ["Social Security number", "SSN"], "au_tfn": ["TFN", "tax file number"], "au_abn": ["ABN"],
           "au_medicare": ["Medicare number", "Medicare card number"], "se_personnummer": ["Swedish personal number", "personnummer"],
           "se_samordningsnummer": ["coordination number (samordningsnummer)"], "de_steuer_id": ["German tax ID (Steuer-ID)", "Steuer-ID"],
           "es_dni": ["DNI"], "es_nie": ["NIE"]},
    "sv": {"se_personnummer": ["personnummer", "personnr"], "se_samordningsnummer": ["samordningsnummer"]},
    "de": {"de_steuer_id": ["Steuer-ID", "steuerliche Identifikationsnummer", "Steueridentifikationsnummer"]},
    "es": {"es_dni": ["DNI"], "es_nie": ["NIE"]},
}

TITLES = {"en": {"f": ["Ms", "Mrs", "Ms."], "m": ["Mr", "Mr."]}, "sv": {"f": [""], "m": [""]},
          "de": {"f": ["Frau"], "m": ["Herr"]}, "es": {"f": ["la Sra.", "la señora"], "m": ["el Sr.", "el señor"]}}
DR = {"en": ["Dr ", "Dr. "], "sv": ["dr ", "Dr. "], "de": ["Dr. ", "Frau Dr. ", "Herrn Dr. "], "es": ["la Dra. ", "el Dr. "]}


class Ctx:
    def __init__(self, rng, locale):
        self.rng = rng
        self.locale = locale
        self.lang = locale[:2]
        self.cfg = dict(LOCALES[locale])
        if locale == "en-XX":
            k = rng.randrange(3)
            for key in ("phone", "addr", "nid"):
                self.cfg[key] = [self.cfg[key][k]]
        if locale in ("es-MX", "es-AR", "es-CO") and rng.random() < 0.45:
            self.cfg = dict(SPAIN_LIKE)
            self.abroad = True
        else:
            self.abroad = False
        self.pack = PACKS[locale]
        self.people = {}
        self.name_sub = "prose"
        self.vendor, self.vendor_domain = rng.choice(VENDORS)
        self.company, self.company_domain = rng.choice(COMPANIES[locale])
        self.now = datetime.datetime(2025, 1, 6, 8, 0) + datetime.timedelta(minutes=rng.randint(0, 60 * 24 * 560))
        self.card_brand = None
        self.pw_count = 0

    # -- people
    def person(self, ref):
        if ref in self.people:
            return self.people[ref]
        rng = self.rng
        if ref == "A":
            p = make_person(rng, rng.choice(AGENT_CULTURES))
        else:
            cul = rng.choice(LOCALE_CULTURES[self.locale])
            p = make_person(rng, cul)
            taken = {q.full for q in self.people.values()}
            while p.full in taken:
                p = make_person(rng, cul)
        p.ref = ref
        self.people[ref] = p
        return p

    def email(self, p, alt=False):
        key = "email2" if alt else "email"
        if key in p.data:
            return p.data[key]
        rng = self.rng
        first = fold_ascii(p.first).lower().replace(" ", "").replace("'", "")
        last = fold_ascii(p.last).lower().replace("'", "").replace(" ", rng.choice(["", "", "-"]))
        if self.lang == "de" and rng.random() < 0.4:
            first = p.first.lower().replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss")
            first = fold_ascii(first).replace(" ", "")
            last = fold_ascii(p.last.lower().replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss")).replace(" ", "")
        first = re.sub(r"[^a-z\-]", "", first)
        last = re.sub(r"[^a-z\-]", "", last)
        if p.ref == "A":
            domain = self.vendor_domain
            local = rng.choice([first + "." + last, first, first[0] + last])
        elif alt or (p.ref != "S" and rng.random() < 0.25):
            domain = rng.choice(FREEMAIL[self.locale])
            local = rng.choice([first + "." + last, first + last + str(rng.randint(1, 99)), first + "_" + last,
                                last + "." + first, first[0] + last + str(rng.randint(60, 99))])
        elif p.ref == "S" and rng.random() < 0.35:
            domain = rng.choice(FREEMAIL[self.locale])
            local = rng.choice([first + "." + last, first + last + str(rng.randint(1, 99)), first + "." + last + "+" +
                                re.sub(r"[^a-z]", "", fold_ascii(self.vendor.split()[0]).lower())])
        else:
            domain = self.company_domain
            local = rng.choice([first + "." + last, first[0] + "." + last, first, first + last[0], last])
        local = re.sub(r"[.\-]{2,}", ".", local).strip(".-")
        v = local + "@" + domain
        if alt and v == p.data.get("email"):
            v = local + str(rng.randint(2, 99)) + "@" + domain
        if rng.random() < 0.06:
            v = v[0].upper() + v[1:]
        p.data[key] = v
        return v

    def phone(self, p, ext=False):
        key = "phone_ext" if ext else "phone"
        if key not in p.data:
            if p.ref == "A":
                cc = {"en": "gb", "sv": "se", "de": "de", "es": "es"}[self.lang] if self.rng.random() < 0.7 else "ie"
            else:
                cc = self.rng.choice(self.cfg["phone"])
            p.data[key] = gen_phone(self.rng, cc, ext)
        return p.data[key]

    def dob(self, p):
        if "dob" not in p.data:
            p.data["dob"] = gen_dob(self.rng)
        return p.data["dob"]

    def address(self, p, work=False):
        key = "addr_work" if work else "addr"
        if key not in p.data:
            if not self.cfg["addr"]:
                raise Skip("no address stock")
            p.data[key] = gen_address(self.rng, self.rng.choice(self.cfg["addr"]))
        return p.data[key]

    def iban(self, p):
        if "iban" not in p.data:
            if not self.cfg["iban"]:
                raise Skip("no iban")
            p.data["iban"] = gen_iban(self.rng, self.rng.choice(self.cfg["iban"]))
        return p.data["iban"]

    def card(self, p):
        if "card" not in p.data:
            p.data["card"] = gen_card(self.rng)
        return p.data["card"]

    def nid_kind(self, p, health=False):
        if "nid_kind" not in p.data:
            kinds = list(self.cfg["nid"])
            if not kinds:
                raise Skip("no national id")
            k = self.rng.choice(kinds)
            if k == "se_personnummer" and p.culture not in ("swedish", "nordic") and self.rng.random() < 0.45:
                k = "se_samordningsnummer"
            if k == "es_dni" and p.culture not in ("spanish", "latam") and self.rng.random() < 0.7:
                k = "es_nie"
            if k == "uk_nino" and self.rng.random() < 0.3:
                k = "uk_nhs"
            p.data["nid_kind"] = k
        if health:
            hk = {"uk_nino": "uk_nhs", "au_tfn": "au_medicare", "au_abn": "au_medicare"}.get(p.data["nid_kind"], p.data["nid_kind"])
            if hk not in ("uk_nhs", "au_medicare"):
                raise Skip("no health id")
            return hk
        return p.data["nid_kind"]

    def nid_value(self, p, kind):
        key = "nid:" + kind
        if key not in p.data:
            rng = self.rng
            gen = {"se_personnummer": lambda: gen_personnummer(rng, self.dob(p)),
                   "se_samordningsnummer": lambda: gen_personnummer(rng, self.dob(p), True),
                   "us_ssn": lambda: gen_ssn(rng), "es_dni": lambda: gen_dni(rng), "es_nie": lambda: gen_nie(rng),
                   "uk_nino": lambda: gen_nino(rng), "uk_nhs": lambda: gen_nhs(rng), "au_tfn": lambda: gen_tfn(rng),
                   "au_abn": lambda: gen_abn(rng), "au_medicare": lambda: gen_medicare(rng),
                   "de_steuer_id": lambda: gen_steuerid(rng)}[kind]
            p.data[key] = gen()
        return p.data[key]

    # -- template expansion
    def expand(self, template):
        out = []
        pos = 0
        for m in SLOT_RE.finditer(template):
            if m.start() > pos:
                out.append(T(template[pos:m.start()]))
            args = m.group(2).split(":")[1:] if m.group(2) else []
            out.extend(self.slot(m.group(1), args))
            pos = m.end()
        if pos < len(template):
            out.append(T(template[pos:]))
        for k in range(len(out) - 1):
            # "... S.A." followed by a full stop in the template
            if out[k][0] == "t" and out[k + 1][0] == "t" and out[k][1].endswith(".") and out[k + 1][1].startswith("."):
                out[k + 1] = T(out[k + 1][1][1:])
        return out

    def pick(self, alternatives):
        """Expand one of the alternatives whose slots can all be filled."""
        if isinstance(alternatives, str):
            alternatives = [alternatives]
        order = list(alternatives)
        self.rng.shuffle(order)
        for t in order:
            try:
                return self.expand(t)
            except Skip:
                continue
        raise Skip("no alternative")

    def slot(self, name, args):
        rng = self.rng
        lang = self.lang
        if name in ("S", "A", "X") or re.fullmatch(r"P\d", name):
            p = self.person(name)
            form = args[0] if args else "full"
            sub = self.name_sub
            if form == "full":
                return [L(p.full, "person_name", sub)]
            if form == "first":
                return [L(p.first, "person_name", sub)]
            if form == "lf":
                return [L(p.lf, "person_name", "last_first")]
            if form == "title":
                if lang == "sv":
                    return [L(p.full, "person_name", sub)]
                t = rng.choice(TITLES[lang][p.gender])
                if lang == "de" and len(args) > 1 and args[1] == "dat" and p.gender == "m":
                    t = "Herrn"
                return [T(t + " "), L(p.last, "person_name", "title_surname")]
            if form == "dr":
                t = rng.choice(DR[lang])
                if lang == "de":
                    t = "Dr. "
                if lang == "es":
                    t = "la Dra. " if p.gender == "f" else "el Dr. "
                return [T(t), L(p.full, "person_name", "title_full")]
            raise ValueError(form)
        if name == "G":
            p = self.person(args[0])
            f, m = args[1].split("|")
            return [T(f if p.gender == "f" else m)]
        if name == "E":
            p = self.person(args[0])
            alt = len(args) > 1 and args[1] == "2"
            return [L(self.email(p, alt), "email", args[2] if len(args) > 2 else self.email_sub())]
        if name == "EO":
            p = self.person(args[0])
            e = self.email(p)
            local, dom = e.split("@")
            style = rng.randrange(5)
            if style == 0:
                v = local.replace(".", " dot ") + " at " + dom.replace(".", " dot ")
            elif style == 1:
                v = local + "[at]" + dom.replace(".", "[dot]")
            elif style == 2:
                v = local + " (at) " + dom
            elif style == 3:
                v = local + " [at] " + dom.replace(".", " [dot] ")
            else:
                v = local + " at " + dom
            return [L(v, "email", "obfuscated")]
        if name in ("PH", "PHX"):
            p = self.person(args[0])
            text, e164, sub = self.phone(p, name == "PHX")
            return [L(text, "phone", sub, e164=e164)]
        if name == "DOB":
            p = self.person(args[0])
            style = args[1] if len(args) > 1 else "any"
            if style == "ord" and lang != "en":
                style = "text"
            dstyle = self.cfg["dates"]
            if lang == "sv":
                dstyle = "sv"
            elif lang == "de":
                dstyle = "at" if self.locale == "de-AT" else "de"
            elif lang == "es":
                dstyle = "es"
            elif dstyle not in ("uk", "us"):
                dstyle = "uk"
            v = fmt_date(rng, self.dob(p), dstyle, style)
            kind = "numeric" if re.fullmatch(r"[\d/.\- ]+", v) else "text"
            return [L(v, "date_of_birth", "%s_%s" % (lang, kind))]
        if name in ("ADDR", "ADDRM"):
            p = self.person(args[0])
            work = len(args) > 1 and args[1] == "work"
            lines, country, cc = self.address(p, work)
            sub = cc + ("_multiline" if name == "ADDRM" else "")
            if name == "ADDRM":
                out = []
                if not work and rng.random() < 0.18:
                    co = self.person("P9")
                    out += [T(rng.choice(["c/o ", "C/O ", "c/o "] if lang != "de" else ["c/o ", "bei "])),
                            L(co.full, "person_name", "co_line"), T("\n")]
                out.append(L("\n".join(lines), "postal_address", sub))
                if rng.random() < 0.5:
                    out.append(T("\n" + country))
                return out
            out = [L(", ".join(lines) if cc not in ("au", "us") or rng.random() < 0.7 else " ".join(lines), "postal_address", sub)]
            if rng.random() < 0.25:
                out.append(T(", " + country))
            return out
        if name == "IBAN":
            v, cc = self.iban(self.person(args[0]))
            return [L(v, "iban", cc.lower())]
        if name == "CARD":
            v, brand = self.card(self.person(args[0] if args else "S"))
            return [L(v, "payment_card", brand)]
        if name == "CARDBRAND":
            _, brand = self.card(self.person(args[0] if args else "S"))
            return [T({"visa": "Visa", "mastercard": "Mastercard", "amex": "Amex", "discover": "Discover", "jcb": "JCB",
                       "diners": "Diners Club", "unionpay": "UnionPay", "maestro": "Maestro"}[brand])]
        if name == "NIDNAME":
            p = self.person(args[0] if args else "S")
            k = self.nid_kind(p, health="health" in args[1:])
            names = NID_NAMES.get(lang, {}).get(k) or NID_NAMES["en"][k]
            v = rng.choice(names)
            return [T(v[0].upper() + v[1:] if "C" in args[1:] else v)]
        if name == "NID":
            p = self.person(args[0] if args else "S")
            k = self.nid_kind(p, health="health" in args[1:])
            return [L(self.nid_value(p, k), "national_id", k)]
        if name == "IP4":
            return [L(gen_ipv4(rng), "ip_address", "ipv4")]
        if name == "IP6":
            return [L(gen_ipv6(rng), "ip_address", "ipv6")]
        if name == "PW":
            return [L(gen_password(rng), "secret", "password")]
        if name == "UPW":
            return [L(gen_url_password(rng), "secret", "password")]
        if name == "TOK":
            v, kind = gen_token(rng, args[0] if args else None)
            return [L(v, "secret", kind)]
        if name == "APIURL":
            v = "https://api.%s/v2/export?since=%d&api_key=%s" % (self.vendor_domain, rng.randint(1735689600, 1790000000),
                                                                  rstr(rng, HEX, 32))
            return [L(v, "secret", "url_token")]
        if name == "TSLOG":
            t = self.now - datetime.timedelta(minutes=rng.randint(30, 60 * 24 * 9))
            return [N("%02d/%s/%d:%s +0100" % (t.day, MONTHS["en"][t.month - 1][:3], t.year, t.strftime("%H:%M:%S")), "timestamp")]
        if name == "VLOWER":
            return [T(re.sub(r"[^a-z]", "", fold_ascii(self.vendor).lower()))]
        if name == "VCLASS":
            return [T(re.sub(r"[^A-Za-z]", "", fold_ascii(self.vendor)) + "Client")]
        if name == "AWSSECRET":
            return [L(rstr(rng, ALNUM + "/+", 40), "secret", "aws_secret_key")]
        if name == "AZKEY":
            return [L(base64.b64encode(rbytes(rng, 64)).decode(), "secret", "azure_storage_key")]
        if name == "HEXKEY":
            return [L(rstr(rng, HEX, 32), "secret", "api_key")]
        if name == "JWT":
            return [L(gen_jwt(rng), "secret", "jwt")]
        if name == "PEM":
            return [L(gen_pem(rng), "secret", "pem_private_key")]
        if name == "URLTOK":
            kind = args[0] if args else None
            if kind == "login":
                kind = rng.choice(["reset", "reset", "magic"])
            elif kind == "webhook":
                kind = rng.choice(["slack_webhook", "slack_webhook", "discord"])
            elif kind == "file":
                kind = rng.choice(["s3", "s3", "azure_sas"])
            return [L(gen_url_token(rng, kind), "secret", "url_token")]
        if name == "URLCRED":
            user = rng.choice(["deploy", "app", "svc_sync", "admin", "backup", "readonly", "etl"])
            pw = gen_url_password(rng)
            kind = rng.randrange(5)
            if kind == 0:
                v = "postgres://%s:%s@db-%s.%s:5432/%s" % (user, pw, rng.choice(["prod", "main", "replica"]),
                                                         self.company_domain, rng.choice(["app", "crm", "billing"]))
            elif kind == 1:
                v = "https://%s:%s@git.%s/%s/%s.git" % (user, pw, self.company_domain, rng.choice(["ops", "web", "it"]),
                                                        rng.choice(["portal", "infra", "sync"]))
            elif kind == 2:
                v = "mongodb+srv://%s:%s@cluster0.%s.mongodb.net/prod?retryWrites=true" % (user, pw, rstr(rng, "abcdefghijklmnopqrstuvwxyz0123456789", 5))
            elif kind == 3:
                v = "amqp://%s:%s@mq.%s:5672/%%2F" % (user, pw, self.company_domain)
            else:
                v = "ftp://%s:%s@ftp.%s/incoming" % (user, pw, self.company_domain)
            return [L(v, "secret", "url_credentials")]
        # negatives
        if name == "ORD":
            r = rng.random()
            v = safe_digits(rng, rng.choice([7, 8, 9, 10])) if r < 0.5 else (
                "ORD-%d-%s" % (rng.choice([2024, 2025]), safe_digits(rng, 5)) if r < 0.75 else
                "%s-%s" % (safe_digits(rng, 3), safe_digits(rng, 7)))
            return [N(v, "order_number")]
        if name == "INV":
            v = rng.choice(["INV-%d-%05d", "RE-%d-%05d", "F%d/%05d", "%d-%04d", "FV%d-%05d"]) % (rng.choice([2024, 2025, 2026]),
                                                                                             rng.randint(1, 99999) % 10000)
            return [N(v, "invoice_number")]
        if name == "TIX":
            r = rng.random()
            v = "#%d" % rng.randint(10000, 999999) if r < 0.4 else (
                "INC%07d" % rng.randint(1, 9999999) if r < 0.6 else (
                    "SR-%d" % rng.randint(100000, 999999) if r < 0.8 else "Ticket#%s" % safe_digits(rng, 16, "2")))
            return [N(v, "ticket_number")]
        if name == "TRK":
            r = rng.random()
            while True:
                if r < 0.3:
                    v = "1Z" + rstr(rng, UPPER + DIGITS, 6) + rdig(rng, 10)
                elif r < 0.5:
                    body = rdig(rng, 8)
                    v = rng.choice(["RR", "LX", "CP", "RB"]) + body + str(rng.randint(0, 9)) + rng.choice(["SE", "DE", "ES", "GB", "AU"])
                elif r < 0.7:
                    v = "00" + rdig(rng, 18)
                elif r < 0.85:
                    v = "JJD" + rdig(rng, 15)
                else:
                    v = rdig(rng, 12)
                if _safe_number(v):
                    break
            return [N(v, "tracking_number")]
        if name == "CUST":
            v = rng.choice(["K-%s", "CN%s", "%s", "KD-%s"]) % safe_digits(rng, rng.choice([5, 6, 7, 8]))
            return [N(v, "customer_number")]
        if name == "AMT":
            a = rng.randint(9, 4999) + rng.choice([0, 0.5, 0.99, 0.9, 0.95])
            if self.locale in ("en-GB",):
                v = "£%.2f" % a
            elif self.locale in ("en-US", "es-MX"):
                v = "$%s" % "{:,.2f}".format(a)
            elif self.locale == "en-AU":
                v = "A$%.2f" % a
            elif lang == "sv":
                v = "{:,.2f} kr".format(a).replace(",", " ").replace(".", ",")
            elif lang in ("de", "es"):
                v = "{:,.2f}".format(a).replace(",", "X").replace(".", ",").replace("X", ".") + rng.choice([" €", " EUR"])
                if self.locale == "de-CH":
                    v = "CHF " + "{:,.2f}".format(a).replace(",", "'")
            else:
                v = "€%.2f" % a
            return [N(v, "amount")]
        if name == "EXP":
            return [N("%02d/%02d" % (rng.randint(1, 12), rng.randint(26, 31)), "card_expiry")]
        if name == "BADCARD":
            return [N(gen_bad_card(rng), "luhn_invalid_card")]
        if name == "BADIBAN":
            cc = (self.cfg["iban"] or ["DE", "GB", "ES", "SE"])[0] if rng.random() < 0.7 else rng.choice(["DE", "GB", "ES", "SE", "FR"])
            return [N(gen_bad_iban(rng, cc), "invalid_iban")]
        if name == "UUID":
            return [N(gen_uuid(rng), "uuid")]
        if name == "SHA":
            return [N(gen_sha(rng, short=rng.random() < 0.4), "git_sha")]
        if name == "VER":
            return [N(gen_version(rng), "version")]
        if name == "BUILD":
            return [N(gen_build(rng), "build_number")]
        if name == "ERR":
            return [N(rng.choice(["ERR_CONNECTION_RESET", "0x80070005", "AADSTS50076", "E1043", "SSL_ERROR_BAD_CERT_DOMAIN",
                                  "ORA-12541", "0x800CCC0E", "ERR-4012", "AUTH_TOKEN_EXPIRED", "SQLSTATE 08006",
                                  "0xC004C003", "CERT_HAS_EXPIRED"]), "error_code")]
        if name == "TS":
            t = self.now - datetime.timedelta(minutes=rng.randint(30, 60 * 24 * 9))
            v = rng.choice(["%Y-%m-%dT%H:%M:%SZ", "%Y-%m-%d %H:%M:%S", "%d/%m/%Y %H:%M", "%Y-%m-%d %H:%M",
                            "%d.%m.%Y %H:%M:%S", "%H:%M on %d/%m/%Y" if lang == "en" else "%Y-%m-%d %H.%M"])
            return [N(t.strftime(v), "timestamp")]
        if name == "DATE":
            d = recent_date(rng)
            dstyle = {"sv": "sv", "de": "at" if self.locale == "de-AT" else "de", "es": "es"}.get(lang, self.cfg["dates"])
            if dstyle not in ("uk", "us", "sv", "de", "at", "es"):
                dstyle = "uk"
            return [N(fmt_date(rng, d, dstyle, args[0] if args else "any"), "date")]
        if name == "MONTHYEAR":
            d = recent_date(rng)
            return [T("%s %d" % (MONTHS[lang][d.month - 1], d.year))]
        if name == "CO":
            return [N(rng.choice(COMPANY_NEGATIVES), "company_name")]
        if name == "PLACE":
            return [N(rng.choice(PLACE_NEGATIVES[lang]), "place_name")]
        if name == "PRODUCT":
            return [N(rng.choice(PRODUCT_NEGATIVES), "product_name")]
        if name == "STREET":
            pool = STREET_NEGATIVES.get(lang, STREET_NEGATIVES["en"])
            return [N(rng.choice(pool), "street_name")]
        if name == "PLACEHOLDER":
            return [N(rng.choice(["${DB_PASSWORD}", "<your-api-key>", "********", "REPLACE_ME", "{{ secrets.SMTP_PASS }}",
                                  "%SMTP_PASSWORD%", "xxxxxxxx", "<redacted>"]), "placeholder")]
        if name == "COMPANY":
            return [T(self.company)]
        if name == "CDOMAIN":
            return [T(self.company_domain)]
        if name == "VENDOR":
            return [T(self.vendor)]
        if name == "VDOMAIN":
            return [T(self.vendor_domain)]
        if name == "CITY":
            return [T(rng.choice([c[0] for c in ADDR[self.cfg["addr"][0]]["cities"]]) if self.cfg["addr"] else "Madrid")]
        raise KeyError(name)

    def email_sub(self):
        return {"prose": "body", "greeting": "body", "signoff": "body", "signature": "signature", "reply_header": "header",
                "cc_line": "header", "form": "form", "table": "table", "list": "list"}.get(self.name_sub, "body")


# ---------------------------------------------------------------------------
# language packs (hand-written)
#   a scenario is a list of paragraphs; a paragraph is a list of alternative
#   templates, ("?", p, [alternatives]) for an optional one, or ("PASTE",),
#   ("LIST",), ("TABLE",) for structured blocks.
# ---------------------------------------------------------------------------

EN = {
    "greet_agent": ["Hi {A:first},", "Hello {A:first},", "Dear {A:first},", "Hi {A:first} -", "Morning {A:first},",
                    "Thanks {A:first},"],
    "greet_none": ["Hi,", "Hello,", "Hello support team,", "Dear Sir or Madam,", "Hi there,", "Hi team,",
                   "To whom it may concern,", "Good afternoon,"],
    "greet_req": ["Hi {S:first},", "Hello {S:first},", "Dear {S:first},", "Dear {S:title},", "Dear {S},"],
    "greet_p": ["Hi {S:first},", "Hey {S:first},", "{S:first},", "Hi {S:first} -"],
    "intro": ["My name is {S} and I look after IT at {COMPANY}.", "I'm the office manager at {COMPANY}.",
              "I'm writing on behalf of {COMPANY}, where I handle the accounts.",
              "This is {S} from {COMPANY} - we spoke on the phone last week.",
              "I've been a customer for years and never had a problem until now."],
    "close_req": ["Thanks,\n{S:first}", "Kind regards,\n{S}", "Best regards,\n{S}", "Many thanks,\n{S}", "Regards,\n{S}",
                  "Thank you,\n{S}", "Thanks in advance,\n{S:first}", "All the best,\n{S:first}"],
    "close_agent": ["Kind regards,\n{A}", "Best wishes,\n{A:first}", "Regards,\n{A}", "Many thanks,\n{A}"],
    "close_p": ["Thanks,\n{P1:first}", "Cheers,\n{P1:first}", "Best,\n{P1}", "Thanks a lot!\n{P1:first}"],
    "roles": ["Office Manager", "Finance Director", "IT Coordinator", "Practice Manager", "Head of Operations",
              "Accounts Payable", "Owner", "HR Business Partner", "Senior Developer"],
    "team": ["Customer Support", "Customer Success Team", "Service Desk", "Billing Support", "Technical Support"],
    "sig_labels": {"m": ["Mobile: ", "M: ", "Mob: ", "Cell: "], "t": ["Tel: ", "T: ", "Phone: ", "Direct: ", "DDI: "],
                   "e": ["Email: ", "E: "]},
    "scen": {
        "access": [
            ["I've been locked out of my account since {DATE} and the reset e-mail never arrives. The error on screen is {ERR}.",
             "Since the update to {VER} I can't log in at all - it just says {ERR} and sends me back to the start page.",
             "I'm unable to sign in to the customer portal. I've tried three browsers and cleared the cache, still {ERR}.",
             "My login stopped working on {DATE}. Nothing has changed on our side as far as I know."],
            ["The reset link goes to {E:S:2}, which is an old address I no longer use. Could you change the login e-mail to {E:S}?",
             "Please send any reset link to {E:S} rather than the shared inbox.",
             "Could you send the one-time code to my mobile, {PH:S}, instead of e-mail?",
             "If it's easier to sort out by phone, I'm on {PH:S} most of the day."],
            ("?", 0.7, ["The temporary password your colleague gave me on the phone was \"{PW}\" and it has already expired.",
                        "For what it's worth, the password I'm typing is {PW} - I've double-checked caps lock.",
                        "I changed it yesterday, new password: {PW}",
                        "I know I shouldn't put this in an e-mail, but the password is {PW} in case you need to test."]),
            ("?", 0.4, ["My colleague {P1} has the same problem, so it's probably not just my account.",
                        "You can also reach me at {EO:S} if the work address bounces.",
                        "We're a supplier to {CO}, so this is holding up their orders too.",
                        "I spoke to {P2:title} on your helpline on {DATE} but nothing seems to have happened since."]),
        ],
        "users": [
            ["Could you please add my colleague {P1} ({E:P1}) to our account as an administrator? {G:P1:She|He} starts on {DATE}.",
             "Please add {P1:dr} as admin on our workspace - {G:P1:her|his} e-mail is {E:P1}.",
             "We have a new starter, {P1}, who needs a licence. Work e-mail {E:P1}, mobile {PH:P1}.",
             "I spoke to {P2:title} in your sales team last week and was told we could add two more users at no extra cost. "
             "Could you set up {P1} ({E:P1}) first?"],
            ("LIST",),
            ["{P3} left the company on {DATE}; please remove {G:P3:her|his} access and move the open tickets to {P4}.",
             "At the same time, please deactivate the account for {P3} - {G:P3:she|he} is no longer with us.",
             "Our office manager {P4} should also get read-only access, if that's possible."],
        ],
        "billing": [
            ["I've been charged twice for order {ORD} ({AMT} each time). The card used was {CARD:S}, expiry {EXP}.",
             "Your system took payment for invoice {INV} twice. It went on my {CARDBRAND:S} {CARD:S}.",
             "We were billed {AMT} on {DATE} although the subscription was cancelled. Card on file: {CARD:S}."],
            ["The reference on my bank statement is {BADCARD}, if that helps you trace it.",
             "The transaction ID shown in the banking app is {BADCARD}.", "My customer number is {CUST}.",
             "The payment reference printed on your invoice is {BADIBAN}, which my bank rejects."],
            ("?", 0.6, ["Please refund to the card, or if that's not possible, to my account {IBAN:S}.",
                        "I'd rather have the money back by bank transfer: IBAN {IBAN:S}, account holder {S}.",
                        "If you need to call, our accounts payable contact is {P1}, {PH:P1}."]),
        ],
        "refund": [
            ["We sent back the items from order {ORD} on {DATE} but still haven't received the refund.",
             "I cancelled my membership within the cooling-off period and was promised {AMT} back.",
             "Your courier lost parcel {TRK} and the seller said you would refund me directly."],
            ["Please transfer it to {IBAN:S} (account name: {S}).", "Bank details for the refund: IBAN {IBAN:S}, account holder {P1}.",
             "My bank details:\nName: {S}\nIBAN: {IBAN:S}"],
            ["Please don't use the reference {BADIBAN} from the old invoice - our bank says it isn't a valid account number.",
             "Invoice {INV} still shows the wrong payment reference ({BADIBAN}).", "Our customer number is {CUST}."],
        ],
        "address": [
            ["I've moved and need to update the delivery and billing address on my account. The new address is:\n{ADDRM:S}",
             "Please update my address to {ADDR:S} from {DATE}.", "We have moved office. The new address is {ADDR:S}.",
             "Could you change the address on file? It should now be\n{ADDRM:S}"],
            ["The last parcel went to the old flat on {STREET} and was returned to sender.",
             "Statements are still going to the old address even though I changed it online on {DATE}.",
             "Please also update the contact number to {PH:S}."],
            ("?", 0.7, ["For security, my date of birth is {DOB:S} and my phone number is {PH:S}.",
                        "In case you need to verify me, I was born on the {DOB:S:ord}.",
                        "DOB {DOB:S:num}, if you need it for the security questions."]),
        ],
        "identity": [
            ["Your colleague asked me to confirm some details before the account can be unlocked.",
             "I'm trying to complete the identity check in your app but it keeps failing at the last step.",
             "The verification letter never arrived, so here are my details instead."],
            ["Full name: {S}\nDate of birth: {DOB:S}\n{NIDNAME:S}: {NID:S}\nAddress: {ADDR:S}",
             "My name is {S}, born {DOB:S}, and my {NIDNAME:S} is {NID:S}.",
             "I was born on the {DOB:S:ord} and my {NIDNAME:S} is {NID:S}.",
             "DOB: {DOB:S:num}\n{NIDNAME:S}: {NID:S}\nMobile: {PH:S}"],
            ("?", 0.5, ["The account holder is actually my partner, {P1}, but {G:P1:she|he} has asked me to deal with it.",
                        "My {G:P1:daughter|son} {P1} helps me with the computer and may ring you from {PH:P1}.",
                        "Please note my old surname was used on the account until {DATE}."]),
        ],
        "delivery": [
            ["Tracking number {TRK} says the parcel was delivered on {DATE}, but nothing arrived at {ADDR:S}.",
             "Order {ORD} was supposed to arrive last week. The tracking ({TRK}) hasn't moved since it left the depot in {PLACE}."],
            ["Apparently the driver left it with a neighbour, {P1}, but {G:P1:she|he} says {G:P1:she|he} never got it.",
             "Could you ask the courier to ring me on {PH:S} before delivering? The buzzer is broken.",
             "Please redeliver to my work address instead:\n{ADDRM:S:work}",
             "The roadworks on {STREET} may be the reason - the van can't get through."],
            ("?", 0.6, ["It's order {ORD}, customer number {CUST}.", "I paid {AMT} for express delivery.",
                        "The parcel is from {CO}, if that makes a difference."]),
        ],
        "integration": [
            ["Since we upgraded to {VER} (build {BUILD}) our webhook integration has stopped working.",
             "We're seeing intermittent 401s from the API since deploying commit {SHA}.",
             "The nightly export job fails with {ERR}. Request id {UUID}.",
             "Our {PRODUCT} job that syncs tickets started failing after your maintenance window on {DATE}."],
            ("PASTE",),
            ["Our egress IP is {IP4}, in case you need to allow-list it.",
             "The calls come from {IP4} and, since we moved to the new VPC, also from {IP6}.",
             "The client connecting is {IP4}; nothing else has changed on our side."],
            ("?", 0.5, ["Yes, I realise the credentials are in there - we'll rotate them once this is fixed.",
                        "Please ignore the key in the config, it's only the staging one (I think).",
                        "Can you also revoke {TOK}? It was committed to the repo by mistake."]),
        ],
        "security": [
            ["We got an alert about a sign-in to our admin account from {IP4} at {TS}. None of us were working then.",
             "Our logs show repeated login attempts for {E:S} from {IP6} starting at {TS}.",
             "Someone logged into my account from {IP4} on {DATE} - that wasn't me."],
            ["A contractor also pasted our API token into a public chat: {TOK}. Please revoke it as soon as possible.",
             "This is the token the attacker may have seen: {TOK}",
             "I've already changed my password to {PW}, but I'm worried about what else they accessed.",
             "The session cookie contained this JWT:\n{JWT}"],
            ("?", 0.6, ["Please call me on {PHX:S} if you need anything else. Our CISO, {P1:dr}, is in copy.",
                        "{P1} from our IT team is cc'd and can answer technical questions.",
                        "Our IT partner is {CO}; they have not made any changes."]),
        ],
        "gdpr": [
            ["Under Article 15 GDPR I'm requesting a copy of all the personal data you hold about me.",
             "Please delete my account and all data associated with it (right to erasure).",
             "I'd like to know what data you have stored about me and where you got it from."],
            ["To identify me: {S}, {E:S}, {PH:S}, date of birth {DOB:S}.",
             "My details are:\n{S}\n{ADDRM:S}\nDOB: {DOB:S:num}",
             "The account is registered to {E:S}; my previous address was {ADDR:S}."],
            ["Please also remove my late {G:P1:mother|father}, {P1}, from your mailing list - you keep sending letters to {G:P1:her|him}.",
             "Please confirm in writing once this has been done.", "I expect a reply within one month, as the law requires."],
        ],
        "payroll": [
            ["We have a new employee starting on {DATE} and need to set {G:P1:her|him} up in payroll.",
             "Could you please add the following new starter to the payroll run for {MONTHYEAR}?"],
            ["Name: {P1}\nDate of birth: {DOB:P1}\n{NIDNAME:P1}: {NID:P1}\nBank account (IBAN): {IBAN:P1}\nHome address: {ADDR:P1}",
             "Name: {P1}\nDate of birth: {DOB:P1}\n{NIDNAME:P1}: {NID:P1}\nHome address:\n{ADDRM:P1}",
             "{P1}, born {DOB:P1}, {NIDNAME:P1} {NID:P1}, home address {ADDR:P1}."],
            ["{G:P1:Her|His} line manager will be {P2}.", "Please send the contract to {E:P1}.",
             "Salary details will follow from {P2:title} in HR."],
        ],
        "booking": [
            ["I need to move my appointment on {DATE} at the {PLACE} clinic - something has come up at work.",
             "I'm trying to book a follow-up for my {G:P1:mother|father}, {P1}, but the online form won't accept {G:P1:her|his} details.",
             "The booking system keeps telling me my details don't match your records."],
            ["My {NIDNAME:S:health} is {NID:S:health} and my date of birth is {DOB:S}.",
             "{NIDNAME:P1:health}: {NID:P1:health}, date of birth {DOB:P1}.",
             "Patient: {S}, DOB {DOB:S:num}, mobile {PH:S}."],
            ("?", 0.6, ["Please note {CO} is our employer, not a person - your form keeps putting it in the contact name field.",
                        "You can reach me on {PH:S} after 3pm.", "Reference from the letter: {TIX}."]),
        ],
        "misc": [
            ["We bought our licences through {CO} and the {PRODUCT} integration has been flaky since {DATE}.",
             "Our team in {PLACE} reports the same problem on version {VER}.",
             "Is the {PRODUCT} connector supported on build {BUILD}?"],
            ["The error code is {ERR} and the request id {UUID}.", "Our customer number is {CUST}; the last invoice was {INV}.",
             "This is about ticket {TIX}, which was closed without a reply."],
            ["My colleague {P1} can give you more details - {G:P1:she|he} is on {PH:P1}.", "Please reply to me at {E:S}.",
             "Please use my private address from now on: {EO:S} (spelled out because your form rejects it).",
             "Feel free to contact {P1:title} ({E:P1}) if I'm away."],
        ],
    },
    "agent": {
        "verify": [["Thanks for getting in touch.", "Thank you for your message."],
                   ["Before I can make changes to the account I need to verify your identity. Could you please reply with "
                    "your date of birth and the postal address registered on the account?",
                    "For security reasons, please confirm your full date of birth, your current address and the mobile "
                    "number we should use for verification."]],
        "reset": [["I've reset your password as requested.", "I've unlocked the account for you."],
                  ["Your temporary password is: {PW}\nPlease change it the first time you log in.",
                   "You can choose a new password using this link, which is valid for 24 hours:\n{URLTOK:login}"]],
        "escalate": [["I've passed this on to our engineering team under reference {TIX}.",
                      "I've raised this with second-line support ({TIX})."],
                     ["Could you send us the exact time it happened and, if possible, the request id from the response headers?",
                      "In the meantime, could you tell me which version you're on? The latest is {VER}."]],
        "payment": [["I can see two payments for order {ORD} in our system.", "I've checked invoice {INV} for you."],
                    ["Please don't send full card numbers by e-mail - the last four digits are enough. "
                     "I'll arrange the refund to the original card.", "We'll refund {AMT} within 5-7 working days."]],
        "callback": [["I tried to call you on {PH:S} this morning but couldn't get through."],
                     ["When would be a good time to call back? My direct line is {PH:A}."]],
    },
    "follow": {
        "verify_answer": [["Thanks for the quick reply.", "Sure, no problem.", "Of course, here you go."],
                          ["My date of birth is {DOB:S} and the address is {ADDR:S}.",
                           "Date of birth: {DOB:S}\nAddress:\n{ADDRM:S}\nMobile: {PH:S}",
                           "I was born on the {DOB:S:ord}. My {NIDNAME:S} is {NID:S}, if that helps."]],
        "logs_answer": [["Thanks for looking into this.", "Sure, no problem.", "We managed to reproduce it this morning."], ("PASTE",),
                        ["It happened at {TS}, request id {UUID}.", "We're on {VER}, build {BUILD}."]],
        "card_answer": [["Sorry, I didn't realise. The card was {CARD:S} anyway, so please just refund it there.",
                         "OK. For your records it was the {CARDBRAND:S} ending in the numbers below, but I've pasted the full "
                         "number by mistake before: {CARD:S}"]],
        "more_users": [["That worked, much appreciated!", "All sorted now, thank you."],
                       ["While I have you - could you also add {P1} ({E:P1}) and {P2:lf} ({E:P2})?",
                        "Could you also give {P1} access? {G:P1:Her|His} e-mail is {E:P1}."]],
        "still_broken": [["Unfortunately it's still not working.", "I tried again this morning at {TS} and got {ERR} again."],
                         ["Could someone call me on {PH:S}?", "My colleague {P1} sees the same thing on {G:P1:her|his} laptop."]],
    },
    "mobile": ["Yes please go ahead. Best number is {PH:S}.", "Can you call me on {PH:S}? Easier to explain by phone.",
               "Thanks! DOB is {DOB:S:num}.", "New address is {ADDR:S}", "Ok thanks {A:first}",
               "Done - password is now {PW}", "Still not working. Call me on {PH:S} pls", "Great, thank you {A:first}!",
               "pls use this address instead: {EO:S}"],
    "fwd_note": ["Please see below from my colleague {P1}. Can you help?",
                 "Forwarding this from {P1} - {G:P1:she|he} is having the same problem.",
                 "FYI - see the message from {P1:lf} below. Could you sort this out?",
                 "See below. {P1} asked me to pass this on to you."],
    "p_msg": [["I still can't log in to the portal. My details in case support asks: {P1}, born {DOB:P1}, mobile {PH:P1}.",
               "Can you ask support to change my address to {ADDR:P1}? I moved last month.",
               "The invoice {INV} was charged to my personal card {CARD:P1} by mistake - can you get that refunded?",
               "Payroll still has my old bank details. The new IBAN is {IBAN:P1}."],
              ("?", 0.5, ["My private e-mail is {E:P1:2} if you need it.", "Call me on {PH:P1} if anything is unclear.",
                          "Support can also write to {EO:P1}."])],
    "form": {"title": ["New request submitted via the contact form", "Web form submission", "Contact form - new enquiry"],
             "name": "Name", "email": "Email", "phone": "Phone", "dob": "Date of birth", "address": "Address",
             "cust": "Customer number", "subject": "Subject", "msg": "Message", "order": "Order number"},
    "table_intro": ["Please set up accounts for the following people:", "These are the users we need (see table):",
                    "New starters for next month:"],
    "table_head": [["Name", "Email", "Phone", "Start date"], ["Surname, first name", "E-mail", "Mobile", "Role"]],
    "roles_table": ["Admin", "Agent", "Read-only", "Billing"],
    "list_intro": ["The accounts affected are:", "Please add these people as well:", "Users to remove:"],
    "paste_intro": {"any": ["Pasting the output below:", "See below:"],
                    "env": ["Our .env (from the staging box):", "These are the environment variables on the server:"],
                    "yaml": ["Here's the relevant part of our config:", "Our config.yml, in case it helps:"],
                    "curl": ["Here is the request we send:", "You can reproduce it with this:"],
                    "trace": ["Stack trace:", "This is what the job prints before it dies:"],
                    "log": ["This is what the logs show:", "Excerpt from the access log:"],
                    "json": ["The webhook payload looks like this:", "Response body:"],
                    "ini": ["Our mail settings:", "From the config file:"],
                    "pem": ["This is the key we uploaded (I hope that was the right one?):", "Key file contents:"],
                    "code": ["We're following the example from your docs:", "This is the snippet from your documentation:"]},
    "subjects": {"access": ["Can't log in", "Account locked", "Login problem"], "users": ["Add users", "New admin user"],
                 "billing": ["Double charge", "Charged twice"], "refund": ["Refund request", "Refund still missing"],
                 "address": ["Change of address", "Update my address"], "identity": ["Identity check", "Verification"],
                 "delivery": ["Parcel not delivered", "Where is my order?"], "integration": ["Webhook failing", "API errors"],
                 "security": ["Suspicious login", "URGENT: compromised token"], "gdpr": ["Data request", "Subject access request"],
                 "payroll": ["New starter", "Payroll - new employee"], "booking": ["Appointment", "Booking problem"],
                 "misc": ["Question about integration", "Connector issue"]},
    "hdr": {"from": "From:", "sent": "Sent:", "to": "To:", "cc": "Cc:", "subject": "Subject:", "date": "Date:",
            "orig": "-----Original Message-----", "fwd": "---------- Forwarded message ---------", "re": "RE: ",
            "fw": "FW: ", "wrote": "wrote:", "support": ["Support", "Customer Support", "Service Desk"]},
    "sent_from": ["Sent from my iPhone", "Sent from Outlook for Android", "Get Outlook for iOS", "Sent from my Galaxy"],
    "helpdesk_wrote": "{name} wrote on {ts}:",
}

SV = {
    "greet_agent": ["Hej {A:first}!", "Hej {A:first},", "Hejsan {A:first},", "Tjena {A:first},", "God morgon {A:first},"],
    "greet_none": ["Hej!", "Hej,", "Hej kundtjänst,", "Hej support!", "Hallå,", "Till er på supporten,"],
    "greet_req": ["Hej {S:first}!", "Hej {S:first},", "Hej {S},"],
    "greet_p": ["Hej {S:first}!", "Tjena {S:first},", "{S:first},"],
    "intro": ["Jag heter {S} och är kontorschef på {COMPANY}.", "Jag sköter it-frågorna på {COMPANY}.",
              "Det är {S} på {COMPANY}, vi pratade i telefon förra veckan.", "Jag har varit kund hos er i många år."],
    "close_req": ["Tack på förhand!\n{S:first}", "Med vänliga hälsningar\n{S}", "Vänliga hälsningar\n{S}", "Mvh\n{S}",
                  "Hälsningar,\n{S:first}", "Tack!\n/{S:first}", "MVH {S}"],
    "close_agent": ["Med vänliga hälsningar\n{A}", "Vänliga hälsningar,\n{A:first}", "Ha en fin dag!\n{A}"],
    "close_p": ["Tack!\n/{P1:first}", "Hälsningar\n{P1}", "Kram, {P1:first}"],
    "roles": ["Kontorschef", "Ekonomiansvarig", "IT-samordnare", "Verksamhetschef", "VD", "Löneadministratör", "Utvecklare"],
    "team": ["Kundtjänst", "Supporten", "Kundservice", "Teknisk support"],
    "sig_labels": {"m": ["Mobil: ", "Mob: ", "M: "], "t": ["Tel: ", "Telefon: ", "Direkt: ", "Växel: "], "e": ["E-post: ", "Mejl: "]},
    "scen": {
        "access": [
            ["Jag har varit utelåst från mitt konto sedan {DATE} och återställningsmejlet kommer aldrig fram. Felet som visas är {ERR}.",
             "Efter uppdateringen till {VER} kan jag inte logga in alls, det står bara {ERR}.",
             "Jag kommer inte in på kundportalen. Har testat tre olika webbläsare och rensat cacheminnet."],
            ["Återställningslänken går till {E:S:2}, som är en gammal adress jag inte använder längre. Kan ni byta till {E:S}?",
             "Skicka gärna engångskoden till min mobil, {PH:S}, i stället för e-post.",
             "Om det är lättare att lösa per telefon når ni mig på {PH:S}."],
            ("?", 0.7, ["Det tillfälliga lösenordet jag fick av er kollega var \"{PW}\" och det har redan gått ut.",
                        "Jag bytte igår, nytt lösenord: {PW}",
                        "Jag vet att man inte ska skicka sånt på mejl, men mitt lösenord är {PW} om ni behöver testa.",
                        "lösenord: {PW}"]),
            ("?", 0.4, ["Min kollega {P1} har samma problem, så det är nog inte bara mitt konto.",
                        "Ni når mig också på {EO:S} om jobbadressen studsar.",
                        "Vi är underleverantör till {CO}, så det här stoppar deras beställningar också.",
                        "Jag pratade med {P2} på er support den {DATE} men inget verkar ha hänt sedan dess."]),
        ],
        "users": [
            ["Kan ni lägga till min kollega {P1} ({E:P1}) som administratör på vårt konto? {G:P1:Hon|Han} börjar {DATE}.",
             "Lägg gärna till {P1:dr} som admin, e-post {E:P1}.",
             "Vi har en nyanställd, {P1}, som behöver en licens. Jobbmejl {E:P1}, mobil {PH:P1}."],
            ("LIST",),
            ["{P3} slutade hos oss {DATE}, så ta gärna bort {G:P3:hennes|hans} behörighet och flytta ärendena till {P4}.",
             "Samtidigt behöver kontot för {P3} inaktiveras, {G:P3:hon|han} jobbar inte kvar.",
             "Vår kontorschef {P4} ska också ha läsbehörighet om det går."],
        ],
        "billing": [
            ["Jag har blivit debiterad två gånger för order {ORD} ({AMT} per gång). Kortet var {CARD:S}, giltigt till {EXP}.",
             "Ni har dragit betalningen för faktura {INV} två gånger från mitt {CARDBRAND:S}-kort {CARD:S}.",
             "Vi debiterades {AMT} den {DATE} trots att abonnemanget var uppsagt. Kort: {CARD:S}."],
            ["Referensen på kontoutdraget är {BADCARD} om det hjälper.", "Mitt kundnummer är {CUST}.",
             "Transaktions-id i bankappen: {BADCARD}", "Betalningsreferensen på fakturan är {BADIBAN} och banken godtar den inte."],
            ("?", 0.6, ["Sätt gärna tillbaka pengarna på kortet, annars till mitt konto {IBAN:S}.",
                        "Jag vill helst ha återbetalningen till IBAN {IBAN:S}, kontohavare {S}.",
                        "Vår ekonomiansvarig{G:P1:a|e} {P1} nås på {PH:P1} om ni har frågor."]),
        ],
        "refund": [
            ["Vi skickade tillbaka varorna från order {ORD} den {DATE} men har fortfarande inte fått någon återbetalning.",
             "Jag sa upp medlemskapet inom ångerrätten och blev lovad {AMT} tillbaka."],
            ["Pengarna kan sättas in på {IBAN:S} (kontohavare {S}).", "Bankuppgifter:\nNamn: {S}\nIBAN: {IBAN:S}",
             "IBAN för återbetalningen: {IBAN:S}, kontohavare {P1}."],
            ["Använd inte referensen {BADIBAN} från den gamla fakturan, banken säger att det inte är ett giltigt kontonummer.",
             "Faktura {INV} har fortfarande fel betalningsreferens ({BADIBAN}).", "Vårt kundnummer är {CUST}."],
        ],
        "address": [
            ["Jag har flyttat och behöver uppdatera leverans- och fakturaadressen. Den nya adressen är:\n{ADDRM:S}",
             "Ändra gärna min adress till {ADDR:S} från och med {DATE}.", "Vi har flyttat kontoret till {ADDR:S}."],
            ["Senaste paketet gick till den gamla lägenheten på {STREET} och skickades tillbaka.",
             "Fakturorna kommer fortfarande till gamla adressen fast jag ändrade den på webben den {DATE}.",
             "Uppdatera också telefonnumret till {PH:S}."],
            ("?", 0.7, ["För identifiering: jag är född {DOB:S} och mitt {NIDNAME:S} är {NID:S}.",
                        "Jag är född den {DOB:S:text} om ni behöver kontrollera.", "Födelsedatum: {DOB:S:num}"]),
        ],
        "identity": [
            ["Er kollega bad mig bekräfta några uppgifter innan kontot kan låsas upp.",
             "Jag försöker genomföra id-kontrollen i appen men den avbryts hela tiden i sista steget."],
            ["Namn: {S}\nFödd: {DOB:S}\n{NIDNAME:S:C}: {NID:S}\nAdress: {ADDR:S}",
             "Jag heter {S}, är född {DOB:S} och har {NIDNAME:S} {NID:S}.", "Mitt {NIDNAME:S} är {NID:S}.",
             "Född {DOB:S:num}, mobil {PH:S}."],
            ("?", 0.5, ["Det är egentligen min sambo {P1} som står på kontot, men {G:P1:hon|han} har bett mig sköta det.",
                        "Min {G:P1:dotter|son} {P1} hjälper mig med datorn och kan ringa från {PH:P1}.",
                        "Tidigare hette jag något annat i efternamn, det ändrades {DATE}."]),
        ],
        "delivery": [
            ["Enligt sändnings-id {TRK} levererades paketet {DATE}, men ingenting har kommit till {ADDR:S}.",
             "Order {ORD} skulle ha kommit förra veckan. Spårningen ({TRK}) har stått still sedan terminalen i {PLACE}."],
            ["Tydligen lämnades det hos en granne, {P1}, men {G:P1:hon|han} säger att {G:P1:hon|han} aldrig fick något.",
             "Kan budet ringa mig på {PH:S} innan leverans? Porttelefonen fungerar inte.",
             "Leverera hellre till jobbet:\n{ADDRM:S:work}", "Vägarbetet på {STREET} kan vara förklaringen."],
            ("?", 0.6, ["Ordernummer {ORD}, kundnummer {CUST}.", "Jag betalade {AMT} för expressfrakt.",
                        "Paketet kommer från {CO}, om det spelar någon roll."]),
        ],
        "integration": [
            ["Sedan vi uppgraderade till {VER} (build {BUILD}) har vår webhook slutat fungera.",
             "Vi får sporadiska 401 från ert API sedan vi deployade commit {SHA}.",
             "Det nattliga exportjobbet fallerar med {ERR}. Request-id {UUID}."],
            ("PASTE",),
            ["Vår utgående IP är {IP4} om ni behöver vitlista den.", "Anropen kommer från {IP4} och numera även från {IP6}."],
            ("?", 0.5, ["Ja, jag vet att nyckeln står i klartext, vi roterar den när det här är löst.",
                        "Kan ni även spärra {TOK}? Den checkades in av misstag."]),
        ],
        "security": [
            ["Vi fick ett larm om en inloggning på vårt adminkonto från {IP4} kl {TS}. Ingen av oss jobbade då.",
             "Loggarna visar upprepade inloggningsförsök för {E:S} från {IP6} från och med {TS}.",
             "Någon loggade in på mitt konto från {IP4} den {DATE}, det var inte jag."],
            ["En konsult klistrade dessutom in vår API-token i en öppen kanal: {TOK}. Spärra den omgående är ni snälla.",
             "Jag har redan bytt lösenord till {PW} men är orolig för vad de kommit åt.",
             "Sessionscookien innehöll den här JWT:n:\n{JWT}"],
            ("?", 0.6, ["Ring mig på {PHX:S} om ni behöver något mer. Vår säkerhetschef {P1} har kopia.",
                        "{P1} på vår it-avdelning står på kopia och kan svara på tekniska frågor."]),
        ],
        "gdpr": [
            ["Enligt artikel 15 i GDPR begär jag ut alla personuppgifter ni har om mig.",
             "Jag vill att ni raderar mitt konto och alla uppgifter kopplade till det."],
            ["Mina uppgifter: {S}, {E:S}, {PH:S}, {NIDNAME:S} {NID:S}.", "Uppgifter:\n{S}\n{ADDRM:S}\nFödd {DOB:S:num}",
             "Kontot är registrerat på {E:S}, min tidigare adress var {ADDR:S}."],
            ["Ta också bort min avlidna {G:P1:mamma|pappa} {P1} från utskicken, ni skickar fortfarande brev till {G:P1:henne|honom}.",
             "Bekräfta gärna skriftligt när det är gjort."],
        ],
        "payroll": [
            ["Vi har en nyanställd som börjar {DATE} och som behöver läggas upp i lönesystemet.",
             "Kan ni lägga till följande nyanställd i lönekörningen för {MONTHYEAR}?"],
            ["Namn: {P1}\n{NIDNAME:P1:C}: {NID:P1}\nBankkonto (IBAN): {IBAN:P1}\nAdress: {ADDR:P1}",
             "Namn: {P1}\nFödd: {DOB:P1}\nAdress:\n{ADDRM:P1}", "{P1}, {NIDNAME:P1} {NID:P1}, bor på {ADDR:P1}."],
            ["Närmaste chef blir {P2}.", "Skicka anställningsavtalet till {E:P1}.", "Lönenivån skickar {P2} separat."],
        ],
        "misc": [
            ["Vi köpte licenserna via {CO} och integrationen med {PRODUCT} har strulat sedan {DATE}.",
             "Vårt kontor i {PLACE} har samma problem på version {VER}.", "Stöds {PRODUCT}-kopplingen på build {BUILD}?"],
            ["Felkoden är {ERR} och request-id {UUID}.", "Vårt kundnummer är {CUST}, senaste fakturan {INV}.",
             "Det gäller ärende {TIX} som stängdes utan svar."],
            ["Min kollega {P1} kan berätta mer, {G:P1:hon|han} nås på {PH:P1}.", "Svara gärna till {E:S}.",
             "Använd gärna min privata adress i fortsättningen: {EO:S} (utskrivet så för att formuläret inte godtar den)."],
        ],
    },
    "agent": {
        "verify": [["Tack för att du hör av dig.", "Tack för ditt meddelande."],
                   ["Innan jag kan ändra något på kontot behöver jag verifiera din identitet. Kan du svara med ditt "
                    "födelsedatum och adressen som är registrerad på kontot?",
                    "Av säkerhetsskäl behöver du bekräfta personnummer, nuvarande adress och mobilnummer."]],
        "reset": [["Jag har återställt lösenordet.", "Nu är kontot upplåst."],
                  ["Ditt tillfälliga lösenord är: {PW}\nByt det första gången du loggar in.",
                   "Du kan välja ett nytt lösenord via länken nedan, den gäller i 24 timmar:\n{URLTOK:login}"]],
        "escalate": [["Jag har skickat ärendet vidare till våra utvecklare med referens {TIX}."],
                     ["Kan du skicka exakt tidpunkt och gärna request-id från svaret?", "Vilken version kör ni? Senaste är {VER}."]],
        "payment": [["Jag ser två betalningar för order {ORD}.", "Jag har tittat på faktura {INV}."],
                    ["Skicka inte hela kortnummer via mejl, de fyra sista siffrorna räcker.", "Vi återbetalar {AMT} inom 5-7 bankdagar."]],
        "callback": [["Jag försökte ringa dig på {PH:S} men kom inte fram."], ["När passar det att jag ringer? Mitt direktnummer är {PH:A}."]],
    },
    "follow": {
        "verify_answer": [["Tack för snabbt svar!", "Absolut, här kommer det."],
                          ["Jag är född {DOB:S} och adressen är {ADDR:S}.", "Födelsedatum: {DOB:S}\nAdress:\n{ADDRM:S}\nMobil: {PH:S}",
                           "{NIDNAME:S:C} {NID:S}, adress {ADDR:S}."]],
        "logs_answer": [["Tack för att ni tittar på det.", "Vi lyckades återskapa felet i morse."], ("PASTE",), ["Det hände {TS}, request-id {UUID}."]],
        "card_answer": [["Oj, förlåt. Kortet var i alla fall {CARD:S}, så sätt tillbaka pengarna dit."]],
        "more_users": [["Tack, nu funkar det!"], ["Kan ni också lägga till {P1} ({E:P1}) och {P2:lf} ({E:P2})?"]],
        "still_broken": [["Tyvärr fungerar det fortfarande inte.", "Jag testade igen i morse {TS} och fick {ERR} igen."],
                         ["Kan någon ringa mig på {PH:S}?", "Min kollega {P1} har samma fel."]],
    },
    "mobile": ["Ja gör det. Bäst att nå mig på {PH:S}.", "Kan du ringa mig på {PH:S}? Lättare att förklara.",
               "Tack! Född {DOB:S:num}.", "Nya adressen är {ADDR:S}", "Ok tack {A:first}", "Fungerar fortfarande inte. Ring {PH:S}"],
    "fwd_note": ["Se nedan från min kollega {P1}. Kan ni hjälpa till?", "Vidarebefordrar från {P1}, {G:P1:hon|han} har samma problem.",
                 "Fyi, se meddelandet från {P1:lf} nedan."],
    "p_msg": [["Jag kommer fortfarande inte in i portalen. Mina uppgifter om supporten frågar: {P1}, född {DOB:P1}, mobil {PH:P1}.",
               "Kan du be supporten ändra min adress till {ADDR:P1}? Jag flyttade förra månaden.",
               "Faktura {INV} drogs från mitt privata kort {CARD:P1} av misstag, kan du fixa återbetalning?",
               "Lönesystemet har fortfarande mitt gamla konto. Nytt IBAN: {IBAN:P1}"],
              ("?", 0.5, ["Min privata mejl är {E:P1:2} om det behövs.", "Ring mig på {PH:P1} om något är oklart.",
                          "Supporten kan också mejla {EO:P1}."])],
    "form": {"title": ["Nytt ärende via kontaktformuläret", "Webbformulär"], "name": "Namn", "email": "E-post", "phone": "Telefon",
             "dob": "Födelsedatum", "address": "Adress", "cust": "Kundnummer", "subject": "Ämne", "msg": "Meddelande",
             "order": "Ordernummer"},
    "table_intro": ["Lägg upp konton för följande personer:", "Här är användarna vi behöver:"],
    "table_head": [["Namn", "E-post", "Telefon", "Startdatum"], ["Efternamn, förnamn", "E-post", "Mobil", "Roll"]],
    "roles_table": ["Admin", "Handläggare", "Läsbehörighet", "Ekonomi"],
    "list_intro": ["Det gäller följande konton:", "Lägg även till de här:", "Användare som ska tas bort:"],
    "paste_intro": {"any": ["Klistrar in utdata nedan:", "Se nedan:"],
                    "env": ["Vår .env från testservern:", "Miljövariablerna på servern:"],
                    "yaml": ["Här är den relevanta delen av vår konfiguration:"],
                    "curl": ["Anropet vi skickar:", "Ni kan återskapa det med:"],
                    "trace": ["Stacktrace:", "Det här skriver jobbet ut innan det dör:"],
                    "log": ["Så här ser loggen ut:", "Utdrag ur åtkomstloggen:"],
                    "json": ["Webhookens payload ser ut så här:", "Svaret:"],
                    "ini": ["Våra e-postinställningar:"],
                    "pem": ["Det här är nyckeln vi laddade upp (var det rätt fil?):"],
                    "code": ["Vi följer exemplet i er dokumentation:"]},
    "subjects": {"access": ["Kan inte logga in", "Kontot låst"], "users": ["Nya användare"], "billing": ["Dubbeldebitering"],
                 "refund": ["Återbetalning"], "address": ["Adressändring"], "identity": ["Identitetskontroll"],
                 "delivery": ["Paket har inte kommit"], "integration": ["Webhook fungerar inte"], "security": ["Misstänkt inloggning"],
                 "gdpr": ["Registerutdrag"], "payroll": ["Nyanställd"], "misc": ["Fråga om integration"], "booking": ["Bokning"]},
    "hdr": {"from": "Från:", "sent": "Skickat:", "to": "Till:", "cc": "Kopia:", "subject": "Ämne:", "date": "Datum:",
            "orig": "-----Ursprungligt meddelande-----", "fwd": "---------- Vidarebefordrat meddelande ---------", "re": "SV: ",
            "fw": "VB: ", "support": ["Kundtjänst", "Support", "Kundservice"]},
    "sent_from": ["Skickat från min iPhone", "Skickat från Outlook för Android", "Skickat från min Samsung Galaxy"],
    "helpdesk_wrote": "{name} skrev {ts}:",
}

DE = {
    "greet_agent": ["Hallo {A:first},", "Hi {A:first},", "Liebe{G:A:|r} {A:first},", "Guten Tag {A:title},",
                    "Sehr geehrte{G:A:|r} {A:title},"],
    "greet_none": ["Sehr geehrte Damen und Herren,", "Hallo,", "Guten Tag,", "Hallo zusammen,", "Liebes Support-Team,", "Servus,",
                   "Grüezi,"],
    "greet_req": ["Hallo {S:first},", "Guten Tag {S:title},", "Sehr geehrte{G:S:|r} {S:title},", "Liebe{G:S:|r} {S:first},"],
    "greet_p": ["Hallo {S:first},", "Hi {S:first},", "Servus {S:first},"],
    "intro": ["Mein Name ist {S}, ich bin bei {COMPANY} für die IT zuständig.", "Ich bin Büroleiter{G:S:in|} bei {COMPANY}.",
              "Hier schreibt {S} von {COMPANY}, wir hatten letzte Woche telefoniert.", "Ich bin seit Jahren Kunde bei Ihnen."],
    "close_req": ["Mit freundlichen Grüßen\n{S}", "Viele Grüße\n{S}", "Beste Grüße\n{S:first}", "VG {S:first}",
                  "Freundliche Grüsse\n{S}", "Liebe Grüße\n{S:first}", "Danke und Gruß\n{S}"],
    "close_agent": ["Mit freundlichen Grüßen\n{A}", "Viele Grüße\n{A}", "Beste Grüße\n{A:first}"],
    "close_p": ["Danke dir!\n{P1:first}", "LG {P1:first}", "Gruß\n{P1}"],
    "roles": ["Büroleitung", "Leitung Buchhaltung", "IT-Koordination", "Geschäftsführung", "Personalabteilung", "Entwickler"],
    "team": ["Kundenservice", "Support-Team", "Technischer Support", "Kundenbetreuung"],
    "sig_labels": {"m": ["Mobil: ", "Mobil ", "M: ", "Handy: "], "t": ["Tel.: ", "Telefon: ", "Fon: ", "T: "], "e": ["E-Mail: ", "Mail: "]},
    "scen": {
        "access": [
            ["Seit dem {DATE} bin ich aus meinem Konto ausgesperrt und die Mail zum Zurücksetzen kommt nie an. Fehlermeldung: {ERR}.",
             "Seit dem Update auf {VER} kann ich mich gar nicht mehr anmelden, es kommt nur {ERR}.",
             "Ich komme nicht mehr ins Kundenportal. Drei Browser probiert, Cache geleert, immer noch {ERR}."],
            ["Der Link zum Zurücksetzen geht an {E:S:2}, die Adresse nutze ich nicht mehr. Können Sie das auf {E:S} ändern?",
             "Bitte schicken Sie den Einmalcode an meine Handynummer {PH:S} statt per E-Mail.",
             "Telefonisch bin ich tagsüber unter {PH:S} erreichbar."],
            ("?", 0.7, ["Das vorläufige Passwort, das mir Ihr Kollege am Telefon gegeben hat, war \"{PW}\" und ist schon abgelaufen.",
                        "Ich habe es gestern geändert, neues Passwort: {PW}", "Passwort: {PW}",
                        "Ich weiß, man soll das nicht mailen, aber mein Passwort ist {PW}, falls Sie testen müssen."]),
            ("?", 0.4, ["{G:P1:Meine Kollegin|Mein Kollege} {P1} hat dasselbe Problem.",
                        "Sie erreichen mich auch unter {EO:S}, falls die Firmenadresse nicht geht.",
                        "Wir sind Zulieferer von {CO}, deren Bestellungen hängen also auch.",
                        "Ich hatte am {DATE} mit {P2:title:dat} von Ihrer Hotline gesprochen, seitdem ist nichts passiert."]),
        ],
        "users": [
            ["Könnten Sie bitte {G:P1:meine Kollegin|meinen Kollegen} {P1} ({E:P1}) als Administrator{G:P1:in|} hinzufügen? "
             "{G:P1:Sie|Er} fängt am {DATE} an.",
             "Bitte legen Sie {P1:dr} als Admin an, E-Mail {E:P1}.",
             "Wir haben eine neue Mitarbeiterin/einen neuen Mitarbeiter, {P1}, und brauchen eine Lizenz. Dienstlich {E:P1}, mobil {PH:P1}."],
            ("LIST",),
            ["{P3} ist zum {DATE} ausgeschieden, bitte entziehen Sie die Berechtigungen und übertragen Sie die offenen Tickets an {P4}.",
             "Außerdem bitte das Konto von {P3} deaktivieren.", "Unsere Büroleitung, {P4}, sollte zusätzlich Lesezugriff bekommen."],
        ],
        "billing": [
            ["Für die Bestellung {ORD} wurde ich zweimal belastet (jeweils {AMT}). Verwendet wurde die Karte {CARD:S}, gültig bis {EXP}.",
             "Die Rechnung {INV} wurde doppelt von meiner {CARDBRAND:S} {CARD:S} abgebucht.",
             "Am {DATE} wurden uns {AMT} berechnet, obwohl das Abo gekündigt war. Karte: {CARD:S}."],
            ["Die Referenz auf dem Kontoauszug lautet {BADCARD}.", "Meine Kundennummer ist {CUST}.",
             "In der Banking-App steht als Transaktions-ID {BADCARD}.",
             "Die Zahlungsreferenz auf Ihrer Rechnung ist {BADIBAN}, die lehnt meine Bank ab."],
            ("?", 0.6, ["Bitte erstatten Sie den Betrag auf mein Konto: IBAN {IBAN:S}, Kontoinhaber {S}.",
                        "Falls eine Gutschrift auf die Karte nicht geht, gerne auf {IBAN:S}.",
                        "Rückfragen bitte an unsere Buchhaltung, {P1}, Tel. {PH:P1}."]),
        ],
        "refund": [
            ["Wir haben die Ware aus Bestellung {ORD} am {DATE} zurückgeschickt, die Erstattung fehlt aber noch.",
             "Ich habe innerhalb der Widerrufsfrist gekündigt, und mir wurden {AMT} zugesagt."],
            ["Bitte überweisen Sie den Betrag auf {IBAN:S} (Kontoinhaber: {S}).", "Bankverbindung:\nName: {S}\nIBAN: {IBAN:S}",
             "IBAN für die Erstattung: {IBAN:S}, Kontoinhaber{G:P1:in|} {P1}."],
            ["Die Zahlungsreferenz {BADIBAN} von der alten Rechnung bitte nicht verwenden, laut Bank ist das keine gültige IBAN.",
             "Auf der Rechnung {INV} steht immer noch die falsche Referenz ({BADIBAN}).", "Unsere Kundennummer: {CUST}."],
        ],
        "address": [
            ["Ich bin umgezogen und möchte Liefer- und Rechnungsadresse ändern. Die neue Anschrift lautet:\n{ADDRM:S}",
             "Bitte ändern Sie meine Adresse ab dem {DATE} auf {ADDR:S}.", "Wir sind umgezogen, neue Anschrift: {ADDR:S}."],
            ["Das letzte Paket ging noch an die alte Wohnung in der {STREET} und kam zurück.",
             "Die Rechnungen gehen immer noch an die alte Adresse, obwohl ich sie am {DATE} online geändert habe.",
             "Bitte auch die Telefonnummer auf {PH:S} ändern."],
            ("?", 0.7, ["Zur Verifizierung: geboren am {DOB:S}, Telefon {PH:S}.", "Geburtsdatum: {DOB:S:num}",
                        "Mein Geburtsdatum ist der {DOB:S:text}.", "Ich bin am {DOB:S} geboren, falls Sie das brauchen."]),
        ],
        "identity": [
            ["Ihr Kollege hat mich gebeten, ein paar Angaben zu bestätigen, bevor das Konto entsperrt werden kann.",
             "Ich versuche, die Identitätsprüfung in Ihrer App abzuschließen, aber sie bricht immer im letzten Schritt ab."],
            ["Name: {S}\nGeburtsdatum: {DOB:S}\n{NIDNAME:S}: {NID:S}\nAnschrift: {ADDR:S}",
             "Ich heiße {S}, geb. {DOB:S:num}, meine {NIDNAME:S} ist {NID:S}.", "Name: {S}, geb. am {DOB:S}, Anschrift {ADDR:S}.",
             "Geburtsdatum {DOB:S}, Mobilnummer {PH:S}."],
            ("?", 0.5, ["Kontoinhaber ist eigentlich {G:P1:meine Partnerin|mein Partner} {P1}, {G:P1:sie|er} hat mich gebeten, das zu klären.",
                        "{G:P1:Meine Tochter|Mein Sohn} {P1} hilft mir mit dem Computer und ruft eventuell von {PH:P1} an."]),
        ],
        "delivery": [
            ["Laut Sendungsnummer {TRK} wurde das Paket am {DATE} zugestellt, bei {ADDR:S} ist aber nichts angekommen.",
             "Bestellung {ORD} sollte letzte Woche kommen. Die Sendungsverfolgung ({TRK}) hängt seit dem Verteilzentrum in {PLACE}."],
            ["Angeblich wurde es bei {G:P1:einer Nachbarin|einem Nachbarn}, {P1}, abgegeben, aber dort ist nichts angekommen.",
             "Kann der Fahrer mich vorher unter {PH:S} anrufen? Die Klingel ist kaputt.",
             "Bitte stattdessen an die Firmenadresse liefern:\n{ADDRM:S:work}", "Vielleicht liegt es an der Baustelle in der {STREET}."],
            ("?", 0.6, ["Bestellnummer {ORD}, Kundennummer {CUST}.", "Ich habe {AMT} für Expressversand bezahlt.",
                        "Das Paket kommt von {CO}, falls das eine Rolle spielt."]),
        ],
        "integration": [
            ["Seit dem Upgrade auf {VER} (Build {BUILD}) funktioniert unser Webhook nicht mehr.",
             "Seit dem Deployment von Commit {SHA} bekommen wir sporadisch 401 von Ihrer API.",
             "Der nächtliche Export bricht mit {ERR} ab. Request-ID {UUID}."],
            ("PASTE",),
            ["Unsere ausgehende IP ist {IP4}, falls Sie sie freischalten müssen.", "Die Aufrufe kommen von {IP4} und seit dem Umzug auch von {IP6}."],
            ("?", 0.5, ["Ja, die Zugangsdaten stehen im Klartext drin, wir rotieren sie, sobald das gelöst ist.",
                        "Können Sie bitte auch {TOK} sperren? Der ist versehentlich im Repo gelandet."]),
        ],
        "security": [
            ["Wir haben einen Alarm wegen einer Anmeldung an unserem Admin-Konto von {IP4} um {TS} bekommen.",
             "Laut Log gab es ab {TS} wiederholte Anmeldeversuche für {E:S} von {IP6}.",
             "Jemand hat sich am {DATE} von {IP4} in mein Konto eingeloggt, das war nicht ich."],
            ["Ein Dienstleister hat außerdem unser API-Token in einen öffentlichen Kanal kopiert: {TOK}. Bitte sofort sperren.",
             "Ich habe mein Passwort schon auf {PW} geändert, mache mir aber Sorgen, worauf zugegriffen wurde.",
             "Im Session-Cookie stand dieses JWT:\n{JWT}"],
            ("?", 0.6, ["Rufen Sie mich gern unter {PHX:S} an. {G:P1:Unsere Sicherheitsbeauftragte|Unser Sicherheitsbeauftragter}, {P1:dr}, ist in Kopie.",
                        "{P1} aus unserer IT ist in CC und kann technische Fragen beantworten.",
                        "Unser IT-Dienstleister ist {CO}, die haben nichts geändert."]),
        ],
        "gdpr": [
            ["Gemäß Art. 15 DSGVO bitte ich um Auskunft über alle zu meiner Person gespeicherten Daten.",
             "Bitte löschen Sie mein Konto und alle damit verbundenen Daten (Art. 17 DSGVO)."],
            ["Zur Identifikation: {S}, {E:S}, {PH:S}, geboren am {DOB:S}.", "Meine Daten:\n{S}\n{ADDRM:S}\ngeb. {DOB:S:num}",
             "Das Konto läuft auf {E:S}, meine frühere Anschrift war {ADDR:S}."],
            ["Bitte entfernen Sie auch {G:P1:meine verstorbene Mutter|meinen verstorbenen Vater}, {P1}, aus Ihrem Verteiler.", "Bitte bestätigen Sie die Löschung schriftlich."],
        ],
        "payroll": [
            ["Zum {DATE} fängt bei uns jemand Neues an, bitte in der Lohnabrechnung anlegen.",
             "Bitte nehmen Sie folgende neue Mitarbeiterin/folgenden neuen Mitarbeiter in die Abrechnung für {MONTHYEAR} auf:"],
            ["Name: {P1}\nGeburtsdatum: {DOB:P1}\nSteuer-ID: {NID:P1}\nIBAN: {IBAN:P1}\nAnschrift: {ADDR:P1}",
             "Name: {P1}\ngeb. am {DOB:P1}\nAnschrift:\n{ADDRM:P1}\nIBAN: {IBAN:P1}",
             "{P1}, geboren am {DOB:P1}, wohnhaft {ADDR:P1}."],
            ["Vorgesetzte{G:P2:|r} ist {P2}.", "Den Vertrag bitte an {E:P1} schicken.", "Gehaltsdetails schickt {P2:title} aus der Personalabteilung."],
        ],
        "misc": [
            ["Wir haben die Lizenzen über {CO} gekauft und die {PRODUCT}-Integration macht seit dem {DATE} Probleme.",
             "Unser Standort in {PLACE} hat dasselbe Problem mit Version {VER}.", "Wird der {PRODUCT}-Connector auf Build {BUILD} unterstützt?"],
            ["Fehlercode {ERR}, Request-ID {UUID}.", "Kundennummer {CUST}, letzte Rechnung {INV}.",
             "Es geht um Ticket {TIX}, das ohne Antwort geschlossen wurde."],
            ["{G:P1:Meine Kollegin|Mein Kollege} {P1} kann Ihnen mehr sagen, erreichbar unter {PH:P1}.", "Antworten Sie bitte an {E:S}.",
             "Bitte nutzen Sie ab jetzt meine private Adresse: {EO:S} (ausgeschrieben, weil Ihr Formular sie nicht annimmt)."],
        ],
    },
    "agent": {
        "verify": [["vielen Dank für Ihre Nachricht.", "danke, dass Sie sich gemeldet haben."],
                   ["Bevor ich Änderungen am Konto vornehmen kann, muss ich Ihre Identität prüfen. Bitte nennen Sie mir Ihr "
                    "Geburtsdatum und die im Konto hinterlegte Anschrift.",
                    "Aus Sicherheitsgründen bitte ich Sie, Geburtsdatum, aktuelle Anschrift und Mobilnummer zu bestätigen."]],
        "reset": [["ich habe Ihr Passwort zurückgesetzt.", "das Konto ist wieder entsperrt."],
                  ["Ihr vorläufiges Passwort lautet: {PW}\nBitte ändern Sie es bei der ersten Anmeldung.",
                   "Über diesen Link (24 Stunden gültig) können Sie ein neues Passwort vergeben:\n{URLTOK:login}"]],
        "escalate": [["ich habe das an unsere Entwicklung weitergegeben, Referenz {TIX}."],
                     ["Können Sie uns den genauen Zeitpunkt und die Request-ID schicken?", "Welche Version nutzen Sie? Aktuell ist {VER}."]],
        "payment": [["ich sehe zwei Zahlungen zur Bestellung {ORD}.", "ich habe mir die Rechnung {INV} angesehen."],
                    ["Bitte schicken Sie keine vollständigen Kartennummern per E-Mail, die letzten vier Ziffern genügen.",
                     "Wir erstatten {AMT} innerhalb von 5-7 Werktagen."]],
        "callback": [["ich habe versucht, Sie unter {PH:S} zu erreichen."], ["Wann passt ein Rückruf? Meine Durchwahl: {PH:A}."]],
    },
    "follow": {
        "verify_answer": [["danke für die schnelle Antwort.", "gerne, hier die Angaben:"],
                          ["Geburtsdatum {DOB:S}, Anschrift {ADDR:S}.", "Geburtsdatum: {DOB:S}\nAnschrift:\n{ADDRM:S}\nMobil: {PH:S}",
                           "Ich bin am {DOB:S} geboren. Meine {NIDNAME:S} lautet {NID:S}."]],
        "logs_answer": [["danke, dass Sie sich das ansehen.", "wir konnten den Fehler heute früh nachstellen."], ("PASTE",), ["Zeitpunkt: {TS}, Request-ID {UUID}."]],
        "card_answer": [["Entschuldigung, wusste ich nicht. Die Karte war {CARD:S}, bitte dorthin erstatten."]],
        "more_users": [["danke, jetzt klappt es!"], ["Könnten Sie noch {P1} ({E:P1}) und {P2:lf} ({E:P2}) anlegen?"]],
        "still_broken": [["leider geht es immer noch nicht.", "Heute früh um {TS} kam wieder {ERR}."],
                         ["Kann mich jemand unter {PH:S} anrufen?", "{G:P1:Meine Kollegin|Mein Kollege} {P1} hat denselben Fehler."]],
    },
    "mobile": ["Ja gerne. Am besten erreichbar unter {PH:S}.", "Können Sie mich unter {PH:S} anrufen?", "Danke! Geb. {DOB:S:num}",
               "Neue Adresse: {ADDR:S}", "Ok danke {A:first}", "Geht immer noch nicht. Bitte Rückruf {PH:S}"],
    "fwd_note": ["Siehe unten von {G:P1:meiner Kollegin|meinem Kollegen} {P1}. Können Sie helfen?",
                 "Leite ich weiter von {P1}, gleiches Problem.", "Zur Info, Nachricht von {P1:lf} unten."],
    "p_msg": [["Ich komme immer noch nicht ins Portal. Falls der Support fragt: {P1}, geb. {DOB:P1}, Handy {PH:P1}.",
               "Kannst du den Support bitten, meine Adresse auf {ADDR:P1} zu ändern? Bin letzten Monat umgezogen.",
               "Die Rechnung {INV} wurde aus Versehen von meiner privaten Karte {CARD:P1} abgebucht.",
               "Die Lohnabrechnung hat noch meine alte Bankverbindung. Neue IBAN: {IBAN:P1}"],
              ("?", 0.5, ["Meine private Mail ist {E:P1:2}.", "Ruf mich an unter {PH:P1}, wenn was unklar ist."])],
    "form": {"title": ["Neue Anfrage über das Kontaktformular", "Kontaktformular"], "name": "Name", "email": "E-Mail",
             "phone": "Telefon", "dob": "Geburtsdatum", "address": "Anschrift", "cust": "Kundennummer", "subject": "Betreff",
             "msg": "Nachricht", "order": "Bestellnummer"},
    "table_intro": ["Bitte legen Sie Zugänge für folgende Personen an:", "Hier die Nutzer, die wir brauchen:"],
    "table_head": [["Name", "E-Mail", "Telefon", "Startdatum"], ["Nachname, Vorname", "E-Mail", "Mobil", "Rolle"]],
    "roles_table": ["Admin", "Sachbearbeitung", "Nur Lesen", "Buchhaltung"],
    "list_intro": ["Betroffen sind folgende Konten:", "Bitte auch diese Personen anlegen:", "Zu löschende Benutzer:"],
    "paste_intro": {"any": ["Ausgabe unten:", "Siehe unten:"],
                    "env": ["Unsere .env vom Testserver:", "Die Umgebungsvariablen auf dem Server:"],
                    "yaml": ["Hier der relevante Teil unserer Konfiguration:"],
                    "curl": ["Unser Request:", "So lässt es sich nachstellen:"],
                    "trace": ["Stacktrace:", "Das gibt der Job aus, bevor er abbricht:"],
                    "log": ["So sieht das Log aus:", "Auszug aus dem Access-Log:"],
                    "json": ["Der Webhook-Payload sieht so aus:", "Antwort:"],
                    "ini": ["Unsere Mail-Einstellungen:"],
                    "pem": ["Das ist der Schlüssel, den wir hochgeladen haben (war das der richtige?):"],
                    "code": ["Wir halten uns an das Beispiel aus Ihrer Doku:"]},
    "subjects": {"access": ["Anmeldung nicht möglich", "Konto gesperrt"], "users": ["Neue Benutzer"], "billing": ["Doppelte Abbuchung"],
                 "refund": ["Erstattung"], "address": ["Adressänderung"], "identity": ["Identitätsprüfung"],
                 "delivery": ["Paket nicht angekommen"], "integration": ["Webhook defekt"], "security": ["Verdächtige Anmeldung"],
                 "gdpr": ["Auskunftsersuchen"], "payroll": ["Neue Mitarbeiterin"], "misc": ["Frage zur Integration"], "booking": ["Termin"]},
    "hdr": {"from": "Von:", "sent": "Gesendet:", "to": "An:", "cc": "Cc:", "subject": "Betreff:", "date": "Date:",
            "orig": "-----Ursprüngliche Nachricht-----", "fwd": "---------- Weitergeleitete Nachricht ---------", "re": "AW: ",
            "fw": "WG: ", "support": ["Kundenservice", "Support", "Service-Team"]},
    "sent_from": ["Von meinem iPhone gesendet", "Gesendet von Outlook für Android", "Von meinem Samsung Galaxy Smartphone gesendet"],
    "helpdesk_wrote": "{name} schrieb am {ts}:",
}

ES = {
    "greet_agent": ["Hola {A:first}:", "Hola, {A:first}:", "Buenos días, {A:first}:", "Estimad{G:A:a|o} {A:first}:", "Hola {A:first},"],
    "greet_none": ["Buenos días:", "Hola:", "Estimados señores:", "Hola, buenas tardes:", "Buenas,", "A quien corresponda:"],
    "greet_req": ["Hola, {S:first}:", "Estimad{G:S:a|o} {S}:", "Buenos días, {S:first}:"],
    "greet_p": ["Hola {S:first}:", "{S:first}, buenas:", "Hola {S:first},"],
    "intro": ["Me llamo {S} y llevo la informática en {COMPANY}.", "Soy la persona de administración de {COMPANY}.",
              "Le escribe {S}, de {COMPANY}; hablamos por teléfono la semana pasada.", "Soy cliente suyo desde hace años."],
    "close_req": ["Un saludo,\n{S}", "Saludos cordiales,\n{S}", "Muchas gracias,\n{S:first}", "Atentamente,\n{S}", "Gracias de antemano.\n{S}",
                  "Saludos,\n{S:first}", "Un abrazo,\n{S:first}"],
    "close_agent": ["Un saludo,\n{A}", "Atentamente,\n{A}", "Saludos cordiales,\n{A:first}"],
    "close_p": ["Gracias!\n{P1:first}", "Un beso,\n{P1:first}", "Saludos,\n{P1}"],
    "roles": ["Administración", "Responsable de Finanzas", "Coordinador TI", "Gerente", "Recursos Humanos", "Desarrollador"],
    "team": ["Atención al cliente", "Soporte técnico", "Equipo de soporte"],
    "sig_labels": {"m": ["Móvil: ", "Móvil ", "Cel.: ", "Celular: "], "t": ["Tel.: ", "Teléfono: ", "Tfno.: "], "e": ["Correo: ", "Email: "]},
    "scen": {
        "access": [
            ["Desde el {DATE} no puedo entrar en mi cuenta y el correo para restablecer la contraseña no llega. El error es {ERR}.",
             "Desde la actualización a {VER} no consigo iniciar sesión, solo aparece {ERR}.",
             "No puedo acceder al portal de clientes. He probado con tres navegadores y borrado la caché."],
            ["El enlace de recuperación va a {E:S:2}, una dirección antigua que ya no uso. ¿Pueden cambiarla por {E:S}?",
             "Por favor, envíen el código al móvil, {PH:S}, en lugar de por correo.",
             "Si es más fácil por teléfono, estoy en el {PH:S}."],
            ("?", 0.7, ["La contraseña provisional que me dio su compañero por teléfono era \"{PW}\" y ya ha caducado.",
                        "La cambié ayer, nueva contraseña: {PW}", "contraseña: {PW}",
                        "Sé que no debería mandarlo por correo, pero mi contraseña es {PW} por si necesitan probar."]),
            ("?", 0.4, ["Mi compañer{G:P1:a|o} {P1} tiene el mismo problema.",
                        "También me pueden escribir a {EO:S} si el correo del trabajo rebota.",
                        "Somos proveedores de {CO}, así que esto también retrasa sus pedidos.",
                        "Hablé con {P2:title} de su servicio de atención el {DATE} y desde entonces nada."]),
        ],
        "users": [
            ["¿Podrían dar de alta a mi compañer{G:P1:a|o} {P1} ({E:P1}) como administrador{G:P1:a|}? Empieza el {DATE}.",
             "Por favor, añadan a {P1:dr} como administrador{G:P1:a|}, correo {E:P1}.",
             "Tenemos una nueva incorporación, {P1}, que necesita licencia. Correo {E:P1}, móvil {PH:P1}."],
            ("LIST",),
            ["{P3} dejó la empresa el {DATE}; por favor, quiten sus accesos y pasen los tickets abiertos a {P4}.",
             "Al mismo tiempo, desactiven la cuenta de {P3}, ya no trabaja con nosotros.",
             "Nuestr{G:P4:a|o} responsable de oficina, {P4}, debería tener acceso de solo lectura."],
        ],
        "billing": [
            ["Me han cobrado dos veces el pedido {ORD} ({AMT} cada vez). La tarjeta es la {CARD:S}, caducidad {EXP}.",
             "Han cargado la factura {INV} dos veces en mi {CARDBRAND:S} {CARD:S}.",
             "El {DATE} nos cobraron {AMT} aunque la suscripción estaba cancelada. Tarjeta: {CARD:S}."],
            ["La referencia del extracto es {BADCARD}, por si les sirve.", "Mi número de cliente es {CUST}.",
             "En la app del banco aparece el identificador {BADCARD}.",
             "La referencia de pago de su factura es {BADIBAN} y mi banco la rechaza."],
            ("?", 0.6, ["Por favor, devuelvan el importe a la tarjeta o, si no es posible, a mi cuenta {IBAN:S}.",
                        "Prefiero la devolución por transferencia: IBAN {IBAN:S}, titular {S}.",
                        "Para cualquier duda, nuestr{G:P1:a|o} contable es {P1}, teléfono {PH:P1}."]),
        ],
        "refund": [
            ["Devolvimos los artículos del pedido {ORD} el {DATE} pero todavía no hemos recibido el reembolso.",
             "Cancelé la suscripción dentro del plazo de desistimiento y me prometieron devolver {AMT}."],
            ["Hagan la transferencia a {IBAN:S} (titular: {S}).", "Datos bancarios:\nTitular: {S}\nIBAN: {IBAN:S}",
             "IBAN para el reembolso: {IBAN:S}, a nombre de {P1}."],
            ["No usen la referencia {BADIBAN} de la factura antigua; el banco dice que no es una cuenta válida.",
             "En la factura {INV} sigue apareciendo la referencia equivocada ({BADIBAN}).", "Nuestro número de cliente es {CUST}."],
        ],
        "address": [
            ["Me he mudado y necesito actualizar la dirección de envío y facturación. La nueva es:\n{ADDRM:S}",
             "Por favor, cambien mi dirección a {ADDR:S} a partir del {DATE}.", "Hemos cambiado de oficina, la nueva dirección es {ADDR:S}."],
            ["El último paquete fue al piso antiguo de la {STREET} y lo devolvieron.",
             "Las facturas siguen llegando a la dirección antigua aunque la cambié en la web el {DATE}.",
             "Actualicen también el teléfono de contacto: {PH:S}."],
            ("?", 0.7, ["Para verificar: mi fecha de nacimiento es el {DOB:S} y mi {NIDNAME:S} es {NID:S}.",
                        "Nací el {DOB:S:text}, por si necesitan comprobarlo.", "Fecha de nacimiento: {DOB:S:num}"]),
        ],
        "identity": [
            ["Su compañero me pidió confirmar algunos datos antes de desbloquear la cuenta.",
             "Estoy intentando completar la verificación de identidad en la app pero siempre falla en el último paso."],
            ["Nombre: {S}\nFecha de nacimiento: {DOB:S}\n{NIDNAME:S}: {NID:S}\nDomicilio: {ADDR:S}",
             "Me llamo {S}, nací el {DOB:S} y mi {NIDNAME:S} es {NID:S}.", "Nombre completo: {S}, F. nac.: {DOB:S:num}, móvil {PH:S}.",
             "Mi {NIDNAME:S} es el {NID:S}."],
            ("?", 0.5, ["El titular de la cuenta es en realidad mi pareja, {P1}, que me ha pedido que lo gestione yo.",
                        "Mi {G:P1:hija|hijo} {P1} me ayuda con el ordenador y puede llamar desde el {PH:P1}."]),
        ],
        "delivery": [
            ["Según el número de seguimiento {TRK}, el paquete se entregó el {DATE}, pero en {ADDR:S} no ha llegado nada.",
             "El pedido {ORD} tenía que llegar la semana pasada. El seguimiento ({TRK}) no se mueve desde el centro de {PLACE}."],
            ["Al parecer lo dejaron con {G:P1:una vecina|un vecino}, {P1}, que dice que no ha recibido nada.",
             "¿Puede el repartidor llamarme al {PH:S} antes de venir? El portero automático no funciona.",
             "Mejor entréguenlo en el trabajo:\n{ADDRM:S:work}", "Puede que sea por las obras de {STREET}."],
            ("?", 0.6, ["Pedido {ORD}, cliente {CUST}.", "Pagué {AMT} por el envío urgente.",
                        "El paquete es de {CO}, por si importa."]),
        ],
        "integration": [
            ["Desde que actualizamos a {VER} (build {BUILD}) el webhook ha dejado de funcionar.",
             "Recibimos errores 401 intermitentes de la API desde que desplegamos el commit {SHA}.",
             "La exportación nocturna falla con {ERR}. Request id {UUID}."],
            ("PASTE",),
            ["Nuestra IP de salida es {IP4}, por si necesitan añadirla a la lista blanca.",
             "Las llamadas salen de {IP4} y, desde la migración, también de {IP6}."],
            ("?", 0.5, ["Sí, ya sé que las credenciales están ahí; las rotaremos cuando esto se resuelva.",
                        "¿Pueden revocar también {TOK}? Se subió al repositorio por error."]),
        ],
        "security": [
            ["Recibimos una alerta de un inicio de sesión en la cuenta de administrador desde {IP4} a las {TS}.",
             "Los registros muestran intentos repetidos de acceso para {E:S} desde {IP6} a partir de {TS}.",
             "Alguien entró en mi cuenta desde {IP4} el {DATE}; no fui yo."],
            ["Además, un proveedor pegó nuestro token de la API en un canal público: {TOK}. Revóquenlo cuanto antes, por favor.",
             "Ya he cambiado la contraseña a {PW}, pero me preocupa a qué han podido acceder.",
             "La cookie de sesión contenía este JWT:\n{JWT}"],
            ("?", 0.6, ["Pueden llamarme al {PHX:S}. Nuestr{G:P1:a|o} responsable de seguridad, {P1:dr}, está en copia.",
                        "{P1}, de nuestro departamento de TI, está en copia para las preguntas técnicas."]),
        ],
        "gdpr": [
            ["De acuerdo con el artículo 15 del RGPD, solicito una copia de todos los datos personales que tienen sobre mí.",
             "Solicito la supresión de mi cuenta y de todos los datos asociados."],
            ["Mis datos: {S}, {E:S}, {PH:S}, fecha de nacimiento {DOB:S}.", "Datos:\n{S}\n{ADDRM:S}\nF. nacimiento: {DOB:S:num}",
             "La cuenta está a nombre de {E:S}; mi dirección anterior era {ADDR:S}."],
            ["Eliminen también a mi {G:P1:difunta madre|difunto padre}, {P1}, de sus envíos postales.", "Les ruego que me lo confirmen por escrito."],
        ],
        "payroll": [
            ["Tenemos una nueva incorporación el {DATE} y hay que darla de alta en nóminas.",
             "¿Pueden incluir a esta persona en la nómina de {MONTHYEAR}?"],
            ["Nombre: {P1}\nFecha de nacimiento: {DOB:P1}\n{NIDNAME:P1}: {NID:P1}\nIBAN: {IBAN:P1}\nDomicilio: {ADDR:P1}",
             "Nombre: {P1}\nF. nac.: {DOB:P1}\nDomicilio:\n{ADDRM:P1}", "{P1}, nacid{G:P1:a|o} el {DOB:P1}, con domicilio en {ADDR:P1}."],
            ["Su responsable será {P2}.", "Envíen el contrato a {E:P1}.", "Los datos salariales los enviará {P2:title} de RR. HH."],
        ],
        "misc": [
            ["Compramos las licencias a través de {CO} y la integración con {PRODUCT} falla desde el {DATE}.",
             "Nuestra oficina de {PLACE} tiene el mismo problema con la versión {VER}.", "¿El conector de {PRODUCT} es compatible con el build {BUILD}?"],
            ["Código de error {ERR}, request id {UUID}.", "Número de cliente {CUST}, última factura {INV}.",
             "Es sobre el ticket {TIX}, que se cerró sin respuesta."],
            ["Mi compañer{G:P1:a|o} {P1} puede darles más detalles, su teléfono es {PH:P1}.", "Respondan por favor a {E:S}.",
             "A partir de ahora usen mi correo personal: {EO:S} (lo escribo así porque el formulario no lo acepta)."],
        ],
    },
    "agent": {
        "verify": [["gracias por ponerse en contacto con nosotros.", "gracias por su mensaje."],
                   ["Antes de hacer cambios en la cuenta necesito verificar su identidad. ¿Podría indicarme su fecha de "
                    "nacimiento y la dirección postal registrada?",
                    "Por motivos de seguridad, confirme su fecha de nacimiento, su dirección actual y el móvil de contacto."]],
        "reset": [["he restablecido su contraseña.", "la cuenta ya está desbloqueada."],
                  ["Su contraseña provisional es: {PW}\nCámbiela la primera vez que inicie sesión.",
                   "Puede elegir una contraseña nueva con este enlace, válido 24 horas:\n{URLTOK:login}"]],
        "escalate": [["he pasado el caso al equipo técnico con la referencia {TIX}."],
                     ["¿Nos puede enviar la hora exacta y el request id?", "¿Qué versión usan? La última es la {VER}."]],
        "payment": [["veo dos cobros para el pedido {ORD}.", "he revisado la factura {INV}."],
                    ["Por favor, no envíe números de tarjeta completos por correo; bastan los cuatro últimos dígitos.",
                     "Reembolsaremos {AMT} en un plazo de 5 a 7 días hábiles."]],
        "callback": [["he intentado llamarle al {PH:S} sin éxito."], ["¿Cuándo le viene bien que le llame? Mi extensión directa: {PH:A}."]],
    },
    "follow": {
        "verify_answer": [["gracias por la rápida respuesta.", "claro, aquí tienen los datos:"],
                          ["Nací el {DOB:S} y la dirección es {ADDR:S}.", "Fecha de nacimiento: {DOB:S}\nDirección:\n{ADDRM:S}\nMóvil: {PH:S}",
                           "Mi fecha de nacimiento es el {DOB:S}. {NIDNAME:S}: {NID:S}."]],
        "logs_answer": [["gracias por revisarlo.", "hemos conseguido reproducirlo esta mañana."], ("PASTE",), ["Ocurrió a las {TS}, request id {UUID}."]],
        "card_answer": [["Perdón, no lo sabía. La tarjeta era la {CARD:S}, así que devuélvanlo ahí."]],
        "more_users": [["gracias, ya funciona."], ["¿Podrían dar de alta también a {P1} ({E:P1}) y a {P2:lf} ({E:P2})?"]],
        "still_broken": [["sigue sin funcionar.", "Lo he probado esta mañana a las {TS} y otra vez {ERR}."],
                         ["¿Me puede llamar alguien al {PH:S}?", "Mi compañer{G:P1:a|o} {P1} tiene el mismo error."]],
    },
    "mobile": ["Sí, adelante. Mejor al {PH:S}.", "¿Me pueden llamar al {PH:S}? Es más fácil.", "Gracias! Nací el {DOB:S:num}",
               "Nueva dirección: {ADDR:S}", "Ok gracias {A:first}", "Sigue sin funcionar. Llámenme al {PH:S}"],
    "fwd_note": ["Les reenvío lo que me manda mi compañer{G:P1:a|o} {P1}. ¿Pueden ayudar?", "Reenvío el correo de {P1}, tiene el mismo problema.",
                 "Para su información, mensaje de {P1:lf} abajo."],
    "p_msg": [["Sigo sin poder entrar en el portal. Por si lo piden: {P1}, nacid{G:P1:a|o} el {DOB:P1}, móvil {PH:P1}.",
               "¿Puedes pedir a soporte que cambien mi dirección a {ADDR:P1}? Me mudé el mes pasado.",
               "La factura {INV} se cobró por error en mi tarjeta personal {CARD:P1}, ¿puedes pedir la devolución?",
               "En nóminas siguen teniendo mi cuenta antigua. El IBAN nuevo es {IBAN:P1}"],
              ("?", 0.5, ["Mi correo personal es {E:P1:2}.", "Llámame al {PH:P1} si hay algo que no esté claro."])],
    "form": {"title": ["Nueva solicitud desde el formulario de contacto", "Formulario web"], "name": "Nombre", "email": "Correo electrónico",
             "phone": "Teléfono", "dob": "Fecha de nacimiento", "address": "Dirección", "cust": "Número de cliente", "subject": "Asunto",
             "msg": "Mensaje", "order": "Número de pedido"},
    "table_intro": ["Por favor, creen cuentas para estas personas:", "Estos son los usuarios que necesitamos:"],
    "table_head": [["Nombre", "Correo", "Teléfono", "Fecha de alta"], ["Apellidos, nombre", "Correo", "Móvil", "Rol"]],
    "roles_table": ["Administrador", "Agente", "Solo lectura", "Facturación"],
    "list_intro": ["Las cuentas afectadas son:", "Den de alta también a:", "Usuarios a eliminar:"],
    "paste_intro": {"any": ["Pego la salida abajo:", "Ver abajo:"],
                    "env": ["Nuestro .env del servidor de pruebas:", "Las variables de entorno del servidor:"],
                    "yaml": ["Esta es la parte relevante de la configuración:"],
                    "curl": ["La petición que enviamos:", "Se puede reproducir así:"],
                    "trace": ["Traza del error:", "Esto es lo que imprime el proceso antes de caerse:"],
                    "log": ["Esto es lo que sale en el log:", "Extracto del log de acceso:"],
                    "json": ["El payload del webhook es este:", "Respuesta:"],
                    "ini": ["Nuestra configuración de correo:"],
                    "pem": ["Esta es la clave que subimos (¿era la correcta?):"],
                    "code": ["Seguimos el ejemplo de su documentación:"]},
    "subjects": {"access": ["No puedo acceder", "Cuenta bloqueada"], "users": ["Alta de usuarios"], "billing": ["Cobro duplicado"],
                 "refund": ["Reembolso"], "address": ["Cambio de dirección"], "identity": ["Verificación de identidad"],
                 "delivery": ["Paquete no recibido"], "integration": ["Webhook no funciona"], "security": ["Inicio de sesión sospechoso"],
                 "gdpr": ["Solicitud de acceso a datos"], "payroll": ["Alta en nómina"], "misc": ["Consulta sobre integración"],
                 "booking": ["Cita"]},
    "hdr": {"from": "De:", "sent": "Enviado el:", "to": "Para:", "cc": "CC:", "subject": "Asunto:", "date": "Date:",
            "orig": "-----Mensaje original-----", "fwd": "---------- Forwarded message ---------", "re": "RE: ", "fw": "RV: ",
            "support": ["Soporte", "Atención al cliente"]},
    "sent_from": ["Enviado desde mi iPhone", "Enviado desde Outlook para Android", "Enviado desde mi Samsung Galaxy"],
    "helpdesk_wrote": "{name} escribió el {ts}:",
}


def _patch(base, **kw):
    d = dict(base)
    for k, v in kw.items():
        if isinstance(v, dict) and isinstance(d.get(k), dict):
            nd = dict(d[k])
            nd.update(v)
            d[k] = nd
        else:
            d[k] = v
    return d


PACKS = {
    "en-GB": _patch(EN, close_req=EN["close_req"] + ["Cheers,\n{S:first}", "Best wishes,\n{S}"]),
    "en-US": _patch(EN, close_req=EN["close_req"] + ["Best,\n{S:first}", "Sincerely,\n{S}"],
                    greet_agent=EN["greet_agent"] + ["Hey {A:first},"]),
    "en-AU": _patch(EN, greet_agent=EN["greet_agent"] + ["G'day {A:first},", "Hiya {A:first},"],
                    greet_none=EN["greet_none"] + ["G'day,", "Hi guys,"],
                    close_req=EN["close_req"] + ["Cheers,\n{S:first}", "Ta,\n{S:first}"]),
    "en-IE": _patch(EN, close_req=EN["close_req"] + ["Thanks a million,\n{S:first}", "Go raibh maith agat,\n{S}"],
                    greet_none=EN["greet_none"] + ["A chara,"]),
    "en-IN": _patch(EN, close_req=["Thanks & Regards,\n{S}", "Kindly do the needful.\n\nRegards,\n{S}", "Warm regards,\n{S}",
                                   "Thanks and regards,\n{S}"],
                    greet_none=["Dear Sir/Madam,", "Respected Sir,", "Hi Team,", "Greetings of the day!"],
                    intro=EN["intro"] + ["PFB the details for your reference.", "I am writing to bring to your kind notice the following issue."]),
    "en-XX": _patch(EN, close_req=["Thank you in advance\n{S}", "Best regard\n{S}", "Greetings,\n{S}", "Kind regards\n{S}"],
                    greet_none=["Hello,", "Dear support,", "Good day,", "Hello dear team,"],
                    intro=["I write you because I have problem with my account.", "I am {S} and I work for {COMPANY}.",
                           "Sorry for my English, I try to explain."]),
    "sv-SE": SV,
    "de-DE": DE,
    "de-AT": _patch(DE, greet_none=DE["greet_none"] + ["Grüß Gott,", "Servus,"], close_req=DE["close_req"] + ["Liebe Grüße aus Wien\n{S}",
                                                                                                            "Lg {S:first}"]),
    "de-CH": _patch(DE, greet_none=["Grüezi", "Guten Tag", "Sali zusammen", "Sehr geehrte Damen und Herren"],
                    close_req=["Freundliche Grüsse\n{S}", "Liebe Grüsse\n{S:first}", "Beste Grüsse\n{S}", "Merci und Gruss\n{S}"]),
    "es-ES": ES,
    "es-MX": _patch(ES, greet_none=["Buen día,", "Hola, buenas tardes:", "Estimados:", "Qué tal,"],
                    close_req=["Saludos,\n{S}", "Quedo atent{G:S:a|o} a sus comentarios.\n{S}", "Gracias, saludos.\n{S:first}",
                               "Atte.\n{S}"]),
    "es-AR": _patch(ES, greet_none=["Hola, ¿cómo andan?", "Buenas tardes,", "Estimados:"],
                    close_req=["Saludos,\n{S}", "Muchas gracias!\n{S:first}", "Abrazo,\n{S:first}"]),
    "es-CO": _patch(ES, greet_none=["Buen día,", "Cordial saludo.", "Buenas tardes,"],
                    close_req=["Cordialmente,\n{S}", "Muchas gracias,\n{S}", "Atentamente,\n{S}"]),
}


# ---------------------------------------------------------------------------
# pasted technical material (language-neutral)
# ---------------------------------------------------------------------------

ENV_LINES = ["APP_ENV=production", "APP_URL=https://portal.{CDOMAIN}", "LOG_LEVEL=debug", "DB_HOST=db-prod-02.{CDOMAIN}",
             "DB_USER=app", "DB_PASSWORD={PW}", "SMTP_HOST=smtp.office365.com", "SMTP_PORT=587", "SMTP_USERNAME={E:S}",
             "SMTP_PASSWORD={PW}", "STRIPE_SECRET_KEY={TOK:stripe}", "AWS_ACCESS_KEY_ID={TOK:aws_key}",
             "AWS_SECRET_ACCESS_KEY={AWSSECRET}", "SLACK_WEBHOOK_URL={URLTOK:slack_webhook}", "DATABASE_URL={URLCRED}",
             "GITHUB_TOKEN={TOK:github}", "SENDGRID_API_KEY={TOK:sendgrid}", "REDIS_PASSWORD={PLACEHOLDER}",
             "SENTRY_RELEASE={SHA}", "APP_VERSION={VER}", "DD_API_KEY={HEXKEY}", "OPENAI_API_KEY={TOK:openai}",
             "AZURE_STORAGE_CONNECTION_STRING=DefaultEndpointsProtocol=https;AccountName=stprod01;AccountKey={AZKEY};EndpointSuffix=core.windows.net",
             "HELPDESK_API_TOKEN={JWT}", "MAILGUN_API_KEY={TOK:mailgun}", "TWILIO_API_KEY={TOK:twilio}", "NPM_TOKEN={TOK:npm}",
             "# API_KEY={PLACEHOLDER}", "TZ=Europe/Stockholm", "FEATURE_FLAGS=new_inbox,sla_v2"]

PASTES = {
    "yaml": ["# {VENDOR} connector\n{VLOWER}:\n  base_url: https://api.{VDOMAIN}/v2\n  api_token: {TOK}\n  timeout: 30\n"
             "smtp:\n  host: smtp.gmail.com\n  port: 587\n  username: {E:S}\n  password: \"{PW}\"",
             "database:\n  url: {URLCRED}\n  pool: 10\nnotifications:\n  slack_webhook: {URLTOK:webhook}\n  enabled: true",
             "auth:\n  client_id: {UUID}\n  client_secret: {TOK:github_fine}\n  redirect_uri: https://portal.{CDOMAIN}/callback\n"
             "release: {VER}"],
    "curl": ["curl -X POST \"https://api.{VDOMAIN}/v2/tickets\" \\\n  -H \"Authorization: Bearer {JWT}\" \\\n"
             "  -H \"Content-Type: application/json\" \\\n  -d '{\"subject\": \"Test from {COMPANY}\", \"priority\": \"high\"}'\n\n"
             "HTTP/2 401\n{\"error\":\"invalid_token\",\"request_id\":\"{UUID}\"}",
             "curl -s -u \"{E:S}:{PW}\" https://api.{VDOMAIN}/v1/export > export.json\n"
             "curl: (22) The requested URL returned error: 403",
             "curl -H \"X-Api-Key: {TOK}\" https://api.{VDOMAIN}/v2/users?page=2\n"
             "{\"error\":\"forbidden\",\"trace\":\"{SHA}\"}",
             "curl -v \"{URLTOK:file}\"\n< HTTP/1.1 403 Forbidden\n< x-request-id: {UUID}"],
    "trace_py": ["Traceback (most recent call last):\n  File \"/opt/sync/run.py\", line 42, in <module>\n    main()\n"
                 "  File \"/opt/sync/run.py\", line 37, in main\n    conn = psycopg2.connect(\"{URLCRED}\")\n"
                 "psycopg2.OperationalError: connection to server at \"db-prod-02.{CDOMAIN}\" ({IP4}), port 5432 failed: "
                 "FATAL:  password authentication failed for user \"app\""],
    "trace_java": ["{TS} ERROR [pool-3-thread-7] c.{VLOWER}.sync.TicketExporter - Export failed for requester={E:S}\n"
                   "com.{VLOWER}.client.ApiException: 401 Unauthorized\n"
                   "\tat com.{VLOWER}.client.HttpClient.execute(HttpClient.java:212)\n"
                   "\tat com.{VLOWER}.sync.TicketExporter.run(TicketExporter.java:88)\n"
                   "\tat java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1136)\n"
                   "Caused by: java.io.IOException: Server returned HTTP response code: 401 for URL: {APIURL}"],
    "log": ["{IP4} - - [{TSLOG}] \"POST /api/v2/login HTTP/1.1\" 401 532 \"-\" \"Mozilla/5.0 (Windows NT 10.0; Win64; x64)\"\n"
            "{IP4} - - [{TSLOG}] \"POST /api/v2/login HTTP/1.1\" 401 532 \"-\" \"python-requests/2.31.0\"\n"
            "{IP6} - - [{TSLOG}] \"GET /api/v2/me HTTP/1.1\" 200 1187 \"-\" \"okhttp/4.12.0\"",
            "{TS} WARN  auth: login failed user={E:S} ip={IP4} reason=bad_password\n"
            "{TS} WARN  auth: login failed user={E:S} ip={IP4} reason=bad_password\n"
            "{TS} INFO  auth: login ok user={E:S} ip={IP6} mfa=sms"],
    "json": ["{\n  \"id\": \"{UUID}\",\n  \"status\": \"failed\",\n  \"customer\": {\n    \"name\": \"{P5}\",\n"
             "    \"email\": \"{E:P5}\",\n    \"phone\": \"{PH:P5}\"\n  },\n  \"build\": \"{BUILD}\"\n}",
             "{\"event\":\"payment.failed\",\"order\":\"{ORD}\",\"customer_ip\":\"{IP4}\",\"card_last4\":\"4821\","
             "\"ts\":\"{TS}\"}"],
    "ini": ["[smtp]\nserver = mail.{CDOMAIN}\nport = 465\nuser = {E:S}\npass = {PW}\n\n[export]\ntarget = {URLCRED}"],
    "pem": ["{PEM}"],
}
CODE_SAMPLES = [
    "# example from your docs - is this still right?\nclient = {VCLASS}(api_key=os.environ[\"API_KEY\"])\n"
    "ticket = client.tickets.create(subject=\"Printer on fire\", requester_id=12345)\nprint(ticket.id)",
    "const client = new {VCLASS}({ apiKey: process.env.API_KEY });\nawait client.users.invite({ role: \"agent\" });",
    "$ {VLOWER} login --token <YOUR_TOKEN>\n$ {VLOWER} export --since 2024-01-01 --format csv",
]


def make_paste(ctx, kinds=None):
    rng = ctx.rng
    saved = ctx.name_sub
    ctx.name_sub = "structured"
    kind = rng.choice(kinds or ["env", "env", "yaml", "curl", "curl", "trace_py", "trace_java", "log", "json", "ini",
                                "pem", "code"])
    if kind == "env":
        lines = rng.sample(ENV_LINES, rng.randint(4, 9))
        pieces = []
        for ln in lines:
            try:
                part = ctx.expand(ln)
            except Skip:
                continue
            if pieces:
                pieces.append(T("\n"))
            pieces.extend(part)
    elif kind == "code":
        code = rng.choice(CODE_SAMPLES)
        pieces = [N("".join(pc[1] for pc in ctx.expand(code)), "code_sample")]
    else:
        pieces = ctx.pick(PASTES[kind])
    ctx.name_sub = saved
    intros = ctx.pack["paste_intro"]
    intro = ctx.pick(intros.get(kind.split("_")[0], []) + intros["any"])
    return [("p", intro), ("pre", pieces)]


# ---------------------------------------------------------------------------
# message composition
# ---------------------------------------------------------------------------

SCEN_WEIGHTS = {"access": 10, "users": 8, "billing": 11, "refund": 9, "address": 10, "identity": 13, "delivery": 6,
                "integration": 8, "security": 7, "gdpr": 6, "payroll": 9, "booking": 4, "misc": 6}


def choose_scen(ctx, exclude=()):
    keys = [k for k in SCEN_WEIGHTS if k in ctx.pack["scen"] and k not in exclude]
    return ctx.rng.choices(keys, [SCEN_WEIGHTS[k] for k in keys])[0]


def para(ctx, templates, sub="prose"):
    ctx.name_sub = sub
    try:
        return [("p", ctx.pick(templates))]
    except Skip:
        return []


def spec_blocks(ctx, spec):
    rng = ctx.rng
    out = []
    for p in spec:
        if isinstance(p, tuple):
            if p[0] == "?":
                if rng.random() < p[1]:
                    out.extend(para(ctx, p[2]))
            elif p[0] == "PASTE":
                out.extend(make_paste(ctx))
            elif p[0] == "LIST":
                if rng.random() < 0.6:
                    out.extend(list_block(ctx))
            elif p[0] == "TABLE":
                out.extend(table_block(ctx))
        else:
            out.extend(para(ctx, p))
    return out


def list_block(ctx):
    rng = ctx.rng
    items = []
    ctx.name_sub = "list"
    for ref in ["P5", "P6", "P7"][:rng.randint(2, 3)]:
        form = rng.randrange(4)
        try:
            if form == 0:
                items.append(ctx.expand("{%s:lf} ({E:%s})" % (ref, ref)))
            elif form == 1:
                items.append(ctx.expand("{%s} - {E:%s}" % (ref, ref)))
            elif form == 2:
                items.append(ctx.expand("{%s:lf}" % ref))
            else:
                items.append(ctx.expand("{%s}, {PH:%s}" % (ref, ref)))
        except Skip:
            pass
    intro = para(ctx, ctx.pack["list_intro"])
    return intro + [("list", items, rng.choice(["-", "*", "•", "1."]))]


def table_block(ctx):
    rng = ctx.rng
    hv = rng.randrange(len(ctx.pack["table_head"]))
    head = ctx.pack["table_head"][hv]
    rows = []
    ctx.name_sub = "table"
    for ref in ["P5", "P6", "P7", "P8"][:rng.randint(2, 4)]:
        name = ctx.expand("{%s:lf}" % ref) if hv == 1 else ctx.expand("{%s}" % ref)
        last = ctx.expand("{DATE:num}") if hv == 0 else [T(rng.choice(ctx.pack["roles_table"]))]
        rows.append([name, ctx.expand("{E:%s}" % ref), ctx.expand("{PH:%s}" % ref), last])
    return para(ctx, ctx.pack["table_intro"]) + [("table", head, rows)]


def signature(ctx, ref):
    rng = ctx.rng
    pk = ctx.pack
    ctx.name_sub = "signature"
    lines = [ctx.expand("{%s}" % ref)]
    if ref == "A":
        lines.append([T("%s | %s" % (rng.choice(pk["team"]), ctx.vendor))])
        if rng.random() < 0.5:
            lines.append([T(rng.choice(pk["sig_labels"]["t"]))] + ctx.expand("{PH:A}"))
        lines.append([T("www." + ctx.vendor_domain)])
        return lines
    if rng.random() < 0.8:
        lines.append([T(rng.choice(pk["roles"]) + (" | " if rng.random() < 0.5 else "\n") + ctx.company)])
    if rng.random() < 0.8:
        lines.append([T(rng.choice(pk["sig_labels"]["m"]))] + ctx.expand("{PH:%s}" % ref))
    if rng.random() < 0.3:
        lines.append([T(rng.choice(pk["sig_labels"]["t"]))] + ctx.expand("{PHX:%s}" % ref))
    if rng.random() < 0.35:
        lines.append([T(rng.choice(pk["sig_labels"]["e"]))] + ctx.expand("{E:%s}" % ref))
    if rng.random() < 0.35:
        try:
            lines.append(ctx.expand("{ADDR:%s:work}" % ref))
        except Skip:
            pass
    if ctx.locale == "en-AU" and rng.random() < 0.45:
        lines.append([T("ABN ")] + [L(gen_abn(rng), "national_id", "au_abn")])
    elif ctx.lang in ("de", "es") and ctx.cfg["iban"] and rng.random() < 0.25:
        cc = ctx.cfg["iban"][0]
        label = {"de": rng.choice(["Bankverbindung: IBAN ", "IBAN: "]), "es": "IBAN: "}[ctx.lang]
        v, _ = gen_iban(rng, cc)
        lines.append([T(label), L(v, "iban", cc.lower())])
    return lines


def closing(ctx, key):
    ctx.name_sub = "signoff"
    return [("p", ctx.pick(ctx.pack[key]))]


def greeting(ctx, key):
    ctx.name_sub = "greeting"
    return [("p", ctx.pick(ctx.pack[key]))]


def msg_initial(ctx, scen, named_greeting=None, extra_paste=False):
    rng = ctx.rng
    blocks = greeting(ctx, "greet_agent" if (named_greeting if named_greeting is not None else rng.random() < 0.3) else "greet_none")
    if rng.random() < 0.35:
        blocks += para(ctx, ctx.pack["intro"])
    blocks += spec_blocks(ctx, ctx.pack["scen"][scen])
    if extra_paste:
        blocks += make_paste(ctx, ["log", "json", "pem", "code", "ini", "curl"])
    blocks += closing(ctx, "close_req")
    if rng.random() < 0.55:
        blocks.append(("sig", signature(ctx, "S"), rng.random() < 0.4))
    return blocks


def msg_agent(ctx, kind=None):
    rng = ctx.rng
    kind = kind or rng.choice(list(ctx.pack["agent"]))
    blocks = greeting(ctx, "greet_req")
    spec = ctx.pack["agent"][kind]
    if ctx.lang in ("de", "es"):
        # "Hallo Anna," is followed by a lower-case sentence in German/Spanish letters
        first = para(ctx, spec[0])
        blocks[-1] = ("p", blocks[-1][1] + [T("\n\n" if ctx.lang == "de" else "\n\n")] + (first[0][1] if first else []))
        spec = spec[1:]
    blocks += spec_blocks(ctx, spec)
    blocks += closing(ctx, "close_agent")
    if rng.random() < 0.7:
        blocks.append(("sig", signature(ctx, "A"), False))
    return blocks


def msg_followup(ctx, kind=None):
    rng = ctx.rng
    kind = kind or rng.choice(list(ctx.pack["follow"]))
    blocks = greeting(ctx, "greet_agent")
    spec = ctx.pack["follow"][kind]
    if ctx.lang in ("de", "es"):
        first = para(ctx, spec[0])
        blocks[-1] = ("p", blocks[-1][1] + [T("\n\n")] + (first[0][1] if first else []))
        spec = spec[1:]
    blocks += spec_blocks(ctx, spec)
    blocks += closing(ctx, "close_req")
    if rng.random() < 0.3:
        blocks.append(("sig", signature(ctx, "S"), rng.random() < 0.4))
    return blocks


def msg_mobile(ctx):
    rng = ctx.rng
    ctx.name_sub = "prose"
    blocks = []
    for _ in range(rng.choice([1, 1, 2])):
        try:
            blocks.append(("p", ctx.pick(ctx.pack["mobile"])))
        except Skip:
            pass
    if rng.random() < 0.5:
        blocks += closing(ctx, "close_req")
    blocks.append(("p", [T(rng.choice(ctx.pack["sent_from"]))]))
    return blocks


def msg_colleague(ctx):
    blocks = greeting(ctx, "greet_p")
    blocks += spec_blocks(ctx, ctx.pack["p_msg"])
    blocks += closing(ctx, "close_p")
    return blocks


# -- quote headers ----------------------------------------------------------

def fmt_when(ctx, dt, kind):
    lang, loc = ctx.lang, ctx.locale
    wd, wds = WEEKDAYS[lang][dt.weekday()], WD_SHORT[lang][dt.weekday()]
    mon = MONTHS[lang][dt.month - 1]
    if lang == "de" and loc == "de-AT" and dt.month == 1:
        mon = "Jänner"
    hm = dt.strftime("%H:%M")
    h12 = "%d:%02d %s" % ((dt.hour % 12) or 12, dt.minute, "AM" if dt.hour < 12 else "PM")
    if kind == "outlook":
        if lang == "en":
            return "%s, %s %d, %d %s" % (wd, mon, dt.day, dt.year, h12) if loc == "en-US" else "%s, %d %s %d %s" % (wd, dt.day, mon, dt.year, hm)
        if lang == "sv":
            return ctx.rng.choice(["den %d %s %d %s" % (dt.day, mon, dt.year, hm), "%s %d %s %d %s" % (wd, dt.day, mon, dt.year, hm)])
        if lang == "de":
            return "%s, %d. %s %d %s" % (wd, dt.day, mon, dt.year, hm)
        return "%s, %d de %s de %d %d:%02d" % (wd, dt.day, mon, dt.year, dt.hour, dt.minute)
    if kind == "gmail":
        if lang == "en":
            return "%s, %s %d, %d at %s" % (wds, mon[:3], dt.day, dt.year, h12) if loc == "en-US" else "%s, %d %s %d at %s" % (wds, dt.day, mon[:3], dt.year, hm)
        if lang == "sv":
            return "%s %d %s %d kl %s" % (wds, dt.day, mon, dt.year, hm)
        if lang == "de":
            return "%s, %d. %s %d um %s Uhr" % (wds, dt.day, mon, dt.year, hm)
        return "%s, %d %s %d a las %d:%02d" % (wds, dt.day, mon[:3], dt.year, dt.hour, dt.minute)
    if kind == "apple":
        if lang == "en":
            return "%d %s %d, at %s" % (dt.day, mon[:3], dt.year, hm)
        if lang == "sv":
            return "%d %s %d kl. %s" % (dt.day, mon, dt.year, hm)
        if lang == "de":
            return "%02d.%02d.%d um %s" % (dt.day, dt.month, dt.year, hm)
        return "%d %s %d, a las %d:%02d" % (dt.day, mon[:3], dt.year, dt.hour, dt.minute)
    return dt.strftime("%Y-%m-%d %H:%M")


def person_email_pieces(ctx, p, sub_name, html_angle=True, lf=False):
    name = L(p.lf if lf else p.full, "person_name", "last_first" if lf else sub_name)
    return [name, T(" <"), L(ctx.email(p), "email", "header"), T(">")]


def attribution(ctx, msg, style):
    p = msg["author"]
    ts = N(fmt_when(ctx, msg["when"], style if style in ("gmail", "apple") else "helpdesk"), "timestamp")
    name = L(p.full, "person_name", "reply_header")
    email = L(ctx.email(p), "email", "header")
    lang = ctx.lang
    if style == "helpdesk":
        if ctx.rng.random() < 0.5:
            return [name, T(" <"), email, T(">"), T(" · "), ts]
        a, b = ctx.pack["helpdesk_wrote"].split("{name}")
        b1, b2 = b.split("{ts}")
        return [T(a), name, T(b1), ts, T(b2)]
    if style == "gmail":
        if lang == "en":
            return [T("On "), ts, T(", " if ctx.locale != "en-US" else " "), name, T(" <"), email, T("> wrote:")]
        if lang == "sv":
            return [T("Den "), ts, T(" skrev "), name, T(" <"), email, T(">:")]
        if lang == "de":
            return [T("Am "), ts, T(" schrieb "), name, T(" <"), email, T(">:")]
        return [T("El "), ts, T(", "), name, T(" (<"), email, T(">) escribió:")]
    if lang == "en":
        return [T("On "), ts, T(", "), name, T(" <"), email, T("> wrote:")]
    if lang == "sv":
        return [ts, T(" skrev "), name, T(" <"), email, T(">:")]
    if lang == "de":
        return [T("Am "), ts, T(" schrieb "), name, T(" <"), email, T(">:")]
    return [T("El "), ts, T(", "), name, T(" <"), email, T("> escribió:")]


def header_fields(ctx, msg, forward=False):
    rng = ctx.rng
    h = ctx.pack["hdr"]
    p = msg["author"]
    lf = rng.random() < 0.45 and not forward
    fields = [(h["from"], person_email_pieces(ctx, p, "reply_header", lf=lf) if rng.random() < 0.85 else
               [L(p.lf if lf else p.full, "person_name", "last_first" if lf else "reply_header")])]
    when = fmt_when(ctx, msg["when"], "outlook" if not forward else "gmail")
    fields.append((h["date"] if forward else h["sent"], [N(when, "timestamp")]))
    to = []
    for r in msg["to"]:
        if to:
            to.append(T("; "))
        if r is None:
            to.append(T(rng.choice(h["support"])))
            if rng.random() < 0.25:
                to += [T(" <"), L("%s@%s" % (rng.choice(["support", "help", "kundservice", "soporte", "service"]), ctx.vendor_domain),
                                  "email", "shared_mailbox"), T(">")]
        else:
            rlf = rng.random() < 0.4
            to.append(L(r.lf if rlf else r.full, "person_name", "last_first" if rlf else "reply_header"))
            if rng.random() < 0.6:
                to += [T(" <"), L(ctx.email(r), "email", "header"), T(">")]
    fields.append((h["to"], to))
    if msg.get("cc"):
        cc = []
        for r in msg["cc"]:
            if cc:
                cc.append(T("; "))
            rlf = rng.random() < 0.5
            cc.append(L(r.lf if rlf else r.full, "person_name", "last_first" if rlf else "cc_line"))
            if rng.random() < 0.7:
                cc += [T(" <"), L(ctx.email(r), "email", "header"), T(">")]
        fields.append((h["cc"], cc))
    subj = [T(("" if forward else h["re"] * (1 if rng.random() < 0.8 else 2)) + msg["subject"])]
    if rng.random() < 0.4:
        subj += [T(" [")] + ctx.slot("TIX", []) + [T("]")]
    fields.append((h["subject"], subj))
    if forward:
        # Gmail's forward header lists From, Date, Subject, To
        fields = [fields[0], fields[1], fields[-1]] + [f for f in fields[2:-1]]
    return fields


def quote_block(ctx, msg, style, inner):
    info = {"style": style}
    if style in ("gmail", "apple", "helpdesk"):
        info["attr"] = attribution(ctx, msg, style)
    else:
        info["fields"] = header_fields(ctx, msg, forward=style == "forward")
        info["rule"] = ctx.pack["hdr"]["fwd"] if style == "forward" else (
            ctx.pack["hdr"]["orig"] if ctx.rng.random() < 0.5 else "________________________________")
    return ("quote", info, inner)


def nest(ctx, msgs, style):
    if len(msgs) == 1:
        return msgs[0]["blocks"]
    return msgs[0]["blocks"] + [quote_block(ctx, msgs[1], style, nest(ctx, msgs[1:], style))]


def thread(ctx, depth):
    """Messages newest first: requester and agent alternate, the oldest is the requester's first mail."""
    rng = ctx.rng
    S, A = ctx.person("S"), ctx.person("A")
    scen = choose_scen(ctx)
    subject = rng.choice(ctx.pack["subjects"].get(scen, ["?"]))
    t = ctx.now
    msgs = []
    cc = []
    if rng.random() < 0.45:
        cc = [ctx.person("P1")] + ([ctx.person("P2")] if rng.random() < 0.4 else [])
    chain = []
    for k in range(depth):
        from_req = (depth - 1 - k) % 2 == 0
        chain.append(from_req)
    # chain[0] is the oldest
    bodies = []
    seen_initial = False
    follow_kinds = list(ctx.pack["follow"])
    agent_kinds = list(ctx.pack["agent"])
    rng.shuffle(follow_kinds)
    rng.shuffle(agent_kinds)
    for k, from_req in enumerate(chain):
        if from_req and not seen_initial:
            bodies.append(msg_initial(ctx, scen, named_greeting=k > 0))
            seen_initial = True
        elif from_req:
            bodies.append(msg_followup(ctx, follow_kinds.pop()))
        else:
            bodies.append(msg_agent(ctx, agent_kinds.pop() if k else "callback"))
    for k in range(depth - 1, -1, -1):
        from_req = chain[k]
        msgs.append({"author": S if from_req else A, "blocks": bodies[k], "when": t, "subject": subject,
                     "to": [None if rng.random() < 0.5 else A] if from_req else [S], "cc": cc})
        t = t - datetime.timedelta(minutes=rng.randint(25, 60 * 52))
    return msgs, scen


# ---------------------------------------------------------------------------
# ticket shapes
# ---------------------------------------------------------------------------

SHAPES = [("plain_email", 11), ("plain_thread", 14), ("outlook_html_thread", 15), ("gmail_html_thread", 11),
          ("mobile_reply", 8), ("web_form", 9), ("tech_paste", 10), ("html_table", 6), ("forwarded", 8),
          ("helpdesk_html", 6)]


def shape_plain_email(ctx):
    return "plain", msg_initial(ctx, choose_scen(ctx))


def shape_plain_thread(ctx):
    msgs, _ = thread(ctx, ctx.rng.choice([2, 3, 3, 4]))
    return "plain", nest(ctx, msgs, ctx.rng.choice(["gmail", "gmail", "apple", "outlook"]))


def shape_outlook_html_thread(ctx):
    msgs, _ = thread(ctx, ctx.rng.choice([2, 3, 3, 4]))
    return "outlook", nest(ctx, msgs, "outlook")


def shape_gmail_html_thread(ctx):
    msgs, _ = thread(ctx, ctx.rng.choice([2, 3, 4]))
    return "gmail", nest(ctx, msgs, "gmail")


def shape_mobile_reply(ctx):
    rng = ctx.rng
    msgs, _ = thread(ctx, rng.choice([2, 3]))
    msgs[0]["blocks"] = msg_mobile(ctx) if msgs[0]["author"] is ctx.person("S") else msgs[0]["blocks"]
    if msgs[0]["author"] is not ctx.person("S"):
        msgs.insert(0, {"author": ctx.person("S"), "blocks": msg_mobile(ctx), "when": ctx.now, "subject": "", "to": [None]})
    mode = "apple" if rng.random() < 0.5 else "plain"
    return mode, nest(ctx, msgs, "apple")


def shape_web_form(ctx):
    rng = ctx.rng
    f = ctx.pack["form"]
    scen = choose_scen(ctx, exclude=("users", "payroll"))
    ctx.name_sub = "form"
    rows = [(f["name"], ctx.expand("{S}")), (f["email"], ctx.expand("{E:S}"))]
    if rng.random() < 0.8:
        rows.append((f["phone"], ctx.expand("{PH:S}")))
    if rng.random() < 0.55:
        rows.append((f["dob"], ctx.expand("{DOB:S:num}" if rng.random() < 0.7 else "{DOB:S}")))
    if rng.random() < 0.55:
        try:
            rows.append((f["address"], ctx.expand("{ADDR:S}" if rng.random() < 0.6 else "{ADDRM:S}")))
        except Skip:
            pass
    if rng.random() < 0.45:
        try:
            nm = "".join(pc[1] for pc in ctx.expand("{NIDNAME:S:C}"))
            rows.append((nm, ctx.expand("{NID:S}")))
        except Skip:
            pass
    if rng.random() < 0.5:
        rows.append((f["cust"], ctx.expand("{CUST}")))
    if rng.random() < 0.3:
        rows.append((f["order"], ctx.expand("{ORD}")))
    rows.append((f["subject"], [T(rng.choice(ctx.pack["subjects"].get(scen, ["-"])))]))
    body = spec_blocks(ctx, ctx.pack["scen"][scen])
    mode = "helpdesk" if rng.random() < 0.45 else "plain"
    blocks = [("p", [T(rng.choice(f["title"]))]), ("kv", rows), ("p", [T(f["msg"] + ":")])] + body
    if rng.random() < 0.6:
        blocks.append(("p", [T("-- \n"), T("IP: ")] + ctx.expand("{IP4}") + [T(" · ")] + ctx.expand("{TS}") +
                       [T(" · %s/%s" % (ctx.vendor_domain, "contact"))]))
    return mode, blocks


def shape_tech_paste(ctx):
    rng = ctx.rng
    scen = rng.choice(["integration", "integration", "security"])
    blocks = msg_initial(ctx, scen, extra_paste=rng.random() < 0.4)
    mode = "plain" if rng.random() < 0.65 else rng.choice(["helpdesk", "gmail", "outlook"])
    return mode, blocks


def shape_html_table(ctx):
    rng = ctx.rng
    blocks = greeting(ctx, "greet_agent" if rng.random() < 0.4 else "greet_none")
    blocks += table_block(ctx)
    blocks += spec_blocks(ctx, ctx.pack["scen"]["users"][2:])
    blocks += closing(ctx, "close_req")
    if rng.random() < 0.6:
        blocks.append(("sig", signature(ctx, "S"), False))
    return rng.choice(["outlook", "outlook", "gmail", "helpdesk"]), blocks


def shape_forwarded(ctx):
    rng = ctx.rng
    S, P1 = ctx.person("S"), ctx.person("P1")
    ctx.name_sub = "prose"
    top = greeting(ctx, "greet_none" if rng.random() < 0.6 else "greet_agent") + para(ctx, ctx.pack["fwd_note"]) + closing(ctx, "close_req")
    inner = {"author": P1, "blocks": msg_colleague(ctx), "when": ctx.now - datetime.timedelta(hours=rng.randint(1, 70)),
             "subject": rng.choice(ctx.pack["subjects"]["access"]), "to": [S], "cc": []}
    mode = rng.choice(["plain", "plain", "gmail", "outlook"])
    style = "forward" if mode in ("plain", "gmail") else "outlook"
    return mode, top + [quote_block(ctx, inner, style, inner["blocks"])]


def shape_helpdesk_html(ctx):
    msgs, _ = thread(ctx, ctx.rng.choice([2, 3]))
    return "helpdesk", nest(ctx, msgs, "helpdesk")


SHAPE_FUNCS = {"plain_email": shape_plain_email, "plain_thread": shape_plain_thread,
               "outlook_html_thread": shape_outlook_html_thread, "gmail_html_thread": shape_gmail_html_thread,
               "mobile_reply": shape_mobile_reply, "web_form": shape_web_form, "tech_paste": shape_tech_paste,
               "html_table": shape_html_table, "forwarded": shape_forwarded, "helpdesk_html": shape_helpdesk_html}


OUTLOOK_HEAD = (
    '<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
    'xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" '
    'xmlns="http://www.w3.org/TR/REC-html40">\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n'
    '<meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n<style><!--\n/* Font Definitions */\n'
    '@font-face\n\t{font-family:"Cambria Math";\n\tpanose-1:2 4 5 3 5 4 6 3 2 4;}\n@font-face\n\t{font-family:Calibri;\n'
    '\tpanose-1:2 15 5 2 2 2 4 3 2 4;}\n/* Style Definitions */\np.MsoNormal, li.MsoNormal, div.MsoNormal\n\t{margin:0cm;\n'
    '\tfont-size:11.0pt;\n\tfont-family:"Calibri",sans-serif;}\na:link, span.MsoHyperlink\n\t{mso-style-priority:99;\n'
    '\tcolor:#0563C1;\n\ttext-decoration:underline;}\nspan.EmailStyle19\n\t{mso-style-type:personal-reply;\n'
    '\tfont-family:"Calibri",sans-serif;\n\tcolor:windowtext;}\n@page WordSection1\n\t{size:612.0pt 792.0pt;\n'
    '\tmargin:72.0pt 72.0pt 72.0pt 72.0pt;}\ndiv.WordSection1\n\t{page:WordSection1;}\n--></style>\n</head>\n')
BODY_LANG = {"en": "EN-GB", "sv": "SV", "de": "DE", "es": "ES"}


def wrap_html(ctx, mode, chunks):
    rng = ctx.rng
    if mode == "outlook":
        lang = "EN-US" if ctx.locale == "en-US" else BODY_LANG[ctx.lang]
        head = OUTLOOK_HEAD if rng.random() < 0.7 else '<html>\n<head>\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\n</head>\n'
        pre = head + '<body lang="%s" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n<div class="WordSection1">\n' % lang
        post = "\n</div>\n</body>\n</html>\n"
    elif mode == "gmail":
        pre, post = '<div dir="ltr">', "</div>\n"
    elif mode == "apple":
        pre = '<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head><body dir="auto">'
        post = "</body></html>"
    else:
        pre = rng.choice(['<div class="ticket-body">\n', '<div class="message">\n', ""])
        post = "\n</div>" if pre else ""
    return [(pre, None)] + chunks + [(post, None)]


def make_ticket(seed, i):
    rng = random.Random("heldout6/%s/%d" % (seed, i))
    locale = rng.choices([l for l, _ in LOCALE_WEIGHTS], [w for _, w in LOCALE_WEIGHTS])[0]
    ctx = Ctx(rng, locale)
    shape = rng.choices([s for s, _ in SHAPES], [w for _, w in SHAPES])[0]
    ctx.person("S")
    ctx.person("A")
    mode, blocks = SHAPE_FUNCS[shape](ctx)
    r = Renderer(rng, mode, ctx.lang)
    chunks = r.blocks(blocks)
    if mode != "plain":
        chunks = wrap_html(ctx, mode, chunks)
    text, labels, negatives = assemble(chunks)
    is_html = mode != "plain"
    rec = {"id": "h6-%04d" % i, "content_type": "text/html" if is_html else "text/plain", "text": text}
    known = make_known(ctx, text, labels, is_html)
    if known:
        rec["known"] = known
    rec["labels"] = labels
    rec["negatives"] = negatives
    meta = {"locale": locale, "shape": shape, "mode": mode}
    return rec, meta


def label_visible(raw, lab, is_html):
    return visible_text(raw[lab["start"]:lab["end"]].decode("utf-8"), is_html)


def make_known(ctx, text, labels, is_html):
    rng = ctx.rng
    if rng.random() >= 0.56:
        return None
    raw = text.encode("utf-8")
    S = ctx.person("S")
    names = [label_visible(raw, l, is_html) for l in labels if l["category"] == "person_name"]
    if S.full not in names and S.lf not in names:
        return None
    known = {}
    r = rng.random()
    known["name"] = S.full if r < 0.7 else (fold_ascii(S.full) if r < 0.85 else S.full.lower())
    emails = []
    for l in labels:
        if l["category"] == "email" and l["subtype"] != "obfuscated":
            v = label_visible(raw, l, is_html)
            if v not in emails:
                emails.append(v)
    own = S.data.get("email")
    if own and own in emails and rng.random() < 0.85:
        known["email"] = own if rng.random() < 0.85 else own.upper() if rng.random() < 0.3 else own.lower()
    ph = S.data.get("phone")
    phones = [label_visible(raw, l, is_html) for l in labels if l["category"] == "phone"]
    if ph and ph[0] in phones and rng.random() < 0.6:
        known["phone"] = ph[1] if rng.random() < 0.6 else ph[0]
    others = [e for e in emails if e != own and not e.split("@")[1] == ctx.vendor_domain]
    if others and rng.random() < 0.4:
        known["emails"] = others[:3]
    return known


# ---------------------------------------------------------------------------
# --check
# ---------------------------------------------------------------------------

MONTH_WORDS = {w.lower(): i + 1 for lang in MONTHS for i, w in enumerate(MONTHS[lang])}
MONTH_WORDS.update({w.lower()[:3]: i + 1 for i, w in enumerate(MONTHS["en"])})
MONTH_WORDS["jänner"] = 1
MONTH_WORDS["mar"] = 3


def parse_dob(v):
    """Date in one of the corpus' birth-date forms, or None."""
    v = v.strip()
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", v) or re.fullmatch(r"(\d{4})(\d{2})(\d{2})", v)
    if m:
        y, mo, d = map(int, m.groups())
        return datetime.date(y, mo, d) if _valid_date(y, mo, d) else None
    m = re.fullmatch(r"(\d{1,2})[./\-](\d{1,2})[./\-](\d{2}|\d{4})", v)
    if m:
        a, b, y = int(m.group(1)), int(m.group(2)), int(m.group(3))
        y = (y + 2000 if y < 20 else y + 1900) if y < 100 else y
        for d, mo in ((a, b), (b, a)):
            if _valid_date(y, mo, d):
                return datetime.date(y, mo, d)
        return None
    m = re.fullmatch(r"(\d{1,2})/(\d{1,2}) (\d{4})", v)
    if m:
        d, mo, y = map(int, m.groups())
        return datetime.date(y, mo, d) if _valid_date(y, mo, d) else None
    words = re.findall(r"[^\W\d_]+", v.lower())
    nums = [int(x) for x in re.findall(r"\d+", v)]
    mons = [MONTH_WORDS[w] for w in words if w in MONTH_WORDS]
    if len(mons) == 1 and len(nums) == 2:
        d, y = (nums[0], nums[1]) if nums[1] > 31 else (nums[1], nums[0])
        return datetime.date(y, mons[0], d) if _valid_date(y, mons[0], d) else None
    return None


TOKEN_PREFIX = {"github": "ghp_", "github_fine": "github_pat_", "gitlab": "glpat-", "aws_key": "AKIA", "slack": "xoxb-",
                "openai": "sk-proj-", "google": "AIza", "sendgrid": "SG.", "twilio": "SK", "npm": "npm_", "shopify": "shpat_",
                "mailgun": "key-", "hf": "hf_"}


def check_value(cat, sub, v):
    """Return an error string when the visible value of a label is not a valid instance of its category."""
    if cat == "email":
        if sub == "obfuscated":
            return None if re.search(r"(\bat\b|\[at\]|\(at\))", v) else "obfuscated email without 'at'"
        return None if EMAIL_RE.fullmatch(v) else "bad email"
    if cat == "phone":
        main = re.split(r"\s*(?:ext\.?|x(?=\d)|\(ext|\(anknytning|, ankn\.|vx|\(Durchwahl|, DW|Durchwahl|int\.|\(ext\.|, extensión|, ext\.)", v)[0]
        n = len(only_digits(main))
        return None if 7 <= n <= 15 and re.fullmatch(r"[+(]{0,2}\d[\d ()./\-]*\d", main.strip()) else "bad phone %r" % main
    if cat == "payment_card":
        if not re.fullmatch(r"\d[\d \-]*\d", v):
            return "bad card shape"
        return None if card_ok(only_digits(v), sub) else "card fails Luhn/IIN/length"
    if cat == "iban":
        return None if iban_ok(v) and iban_national_ok(v) and re.sub(r"\s", "", v)[:2].lower() == sub else "bad iban"
    if cat == "national_id":
        f = NID_CHECK.get(sub)
        return None if f and f(v) else "bad national id"
    if cat == "ip_address":
        try:
            ip = ipaddress.ip_address(v)
        except ValueError:
            return "bad ip"
        if ip.is_private or ip.is_loopback or ip.is_reserved:
            return "non-public ip"
        return None if "ipv%d" % ip.version == sub else "ip version mismatch"
    if cat == "secret":
        if sub == "jwt":
            parts = v.split(".")
            try:
                hdr = json.loads(base64.urlsafe_b64decode(parts[0] + "=" * (-len(parts[0]) % 4)))
                return None if len(parts) == 3 and "alg" in hdr else "bad jwt"
            except Exception:
                return "bad jwt"
        if sub == "pem_private_key":
            return None if v.startswith("-----BEGIN ") and v.endswith("-----") and "PRIVATE KEY" in v else "bad pem"
        if sub == "url_credentials":
            return None if re.fullmatch(r"[a-z+]+://[^\s:/@]+:[^\s@]+@\S+", v) else "bad credential url"
        if sub == "url_token":
            return None if re.fullmatch(r"https://\S+", v) and re.search(r"(Signature=|sig=|token=|api_key=|/services/T|/webhooks/)", v) else "bad token url"
        if sub in TOKEN_PREFIX:
            return None if v.startswith(TOKEN_PREFIX[sub]) else "bad token prefix"
        return None if v and not re.search(r"\s", v) else "bad secret"
    if cat == "date_of_birth":
        d = parse_dob(v)
        return None if d and 1900 < d.year < 2010 else "bad birth date %r" % v
    if cat == "person_name":
        return None if re.search(r"[^\W\d_]", v) and not re.search(r"[\d@<>]", v) else "bad name"
    if cat == "postal_address":
        return None if re.search(r"\d", v) and re.search(r"[^\W\d_]{3}", v) else "bad address"
    return "unknown category"


def char_boundary(raw, i):
    return i == len(raw) or (raw[i] & 0xC0) != 0x80


def check_record(rec, seen_ids):
    errs = []
    for k in ("id", "content_type", "text", "labels", "negatives"):
        if k not in rec:
            errs.append("missing key %s" % k)
    if errs:
        return errs
    extra = set(rec) - {"id", "content_type", "text", "known", "labels", "negatives"}
    if extra:
        errs.append("unexpected keys %s" % sorted(extra))
    if rec["id"] in seen_ids:
        errs.append("duplicate id")
    seen_ids.add(rec["id"])
    if rec["content_type"] not in ("text/plain", "text/html"):
        errs.append("bad content_type")
    is_html = rec["content_type"] == "text/html"
    known = rec.get("known")
    if known is not None:
        if not isinstance(known, dict) or set(known) - {"name", "email", "phone", "emails"}:
            errs.append("bad known")
    raw = rec["text"].encode("utf-8")
    spans = []
    for lab in rec["labels"]:
        s, e = lab.get("start"), lab.get("end")
        if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(raw)):
            errs.append("bad offsets %r" % lab)
            continue
        if not (char_boundary(raw, s) and char_boundary(raw, e)):
            errs.append("offset not on a character boundary %r" % lab)
            continue
        if lab.get("category") not in CATEGORIES or not isinstance(lab.get("subtype"), str):
            errs.append("bad category/subtype %r" % lab)
            continue
        span = raw[s:e].decode("utf-8")
        if span != span.strip():
            errs.append("whitespace at span edge %r" % span)
        if is_html and (span.startswith("<") or span.endswith(">") or span.startswith("&nbsp;") or span.endswith("&nbsp;")):
            errs.append("markup at span edge %r" % span)
        vis = visible_text(span, is_html)
        if vis != vis.strip():
            errs.append("visible whitespace at span edge %r" % span)
        before = raw[:s].decode("utf-8")[-1:]
        after = raw[e:].decode("utf-8")[:1]
        if before.isalnum() or after.isalnum():
            errs.append("span cuts through a word %r" % span)
        if lab["category"] != "secret" and vis and (not (vis[0].isalnum() or vis[0] in "+(") or
                                                    not (vis[-1].isalnum() or vis[-1] in ").")):
            errs.append("punctuation at span edge %r" % span)
        if lab["category"] == "postal_address" and not is_html:
            vis = re.sub(r"\n>[> ]*", "\n", vis)
        err = check_value(lab["category"], lab["subtype"], vis)
        if err:
            errs.append("%s: %s %r" % (lab["category"], err, span))
        spans.append((s, e))
    spans.sort()
    for (a, b), (c, d) in zip(spans, spans[1:]):
        if c < b:
            errs.append("overlapping labels at %d-%d / %d-%d" % (a, b, c, d))
    for neg in rec["negatives"]:
        s, e = neg.get("start"), neg.get("end")
        if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(raw)) or \
                not (char_boundary(raw, s) and char_boundary(raw, e)):
            errs.append("bad negative offsets %r" % neg)
            continue
        if any(s < b and a < e for a, b in spans):
            errs.append("negative overlaps a label %r" % neg)
        span = raw[s:e].decode("utf-8")
        if span != span.strip():
            errs.append("whitespace at negative edge %r" % span)
        vis = visible_text(span, is_html)
        if neg.get("kind") == "luhn_invalid_card" and luhn_ok(only_digits(vis)):
            errs.append("luhn_invalid_card negative passes Luhn %r" % span)
        if neg.get("kind") == "invalid_iban" and iban_ok(vis):
            errs.append("invalid_iban negative is a valid IBAN %r" % span)
    # nothing a checksum detector would flag may remain once the labels are masked
    parts, pos = [], 0
    for s, e in spans:
        parts.append(raw[pos:s])
        parts.append(b"\x00")
        pos = e
    parts.append(raw[pos:])
    masked = b"".join(parts).decode("utf-8")
    views = [("raw", masked)] + ([("visible", visible_text(masked, True))] if is_html else [])
    for name, view in views:
        for kind, val in detect_all(view):
            errs.append("unlabelled %s in %s text: %r" % (kind, name, val))
    return errs


def run_check(path):
    seen = set()
    bad = 0
    n = 0
    with open(path, "rb") as f:
        for ln, line in enumerate(f, 1):
            n += 1
            try:
                rec = json.loads(line.decode("utf-8"))
            except (UnicodeDecodeError, json.JSONDecodeError) as e:
                print("line %d: invalid JSON: %s" % (ln, e))
                bad += 1
                continue
            if not isinstance(rec, dict):
                print("line %d: not an object" % ln)
                bad += 1
                continue
            errs = check_record(rec, seen)
            for err in errs:
                print("line %d (%s): %s" % (ln, rec.get("id"), err))
            bad += bool(errs)
    print("%d tickets checked, %d with problems" % (n, bad))
    return 0 if bad == 0 and n > 0 else 1


# ---------------------------------------------------------------------------
# --stats, generation, CLI
# ---------------------------------------------------------------------------

def generate(seed, count):
    for i in range(count):
        yield make_ticket(seed, i)


def print_counter(title, counter):
    print("\n%s" % title)
    for k, v in sorted(counter.items(), key=lambda kv: (-kv[1], str(kv[0]))):
        print("  %-40s %5d" % (k, v))


def run_stats(path, seed, count):
    import collections
    if path:
        with open(path, encoding="utf-8") as f:
            recs = [json.loads(line) for line in f if line.strip()]
        count = len(recs)
    else:
        recs = None
    metas = []
    regenerated = []
    for rec, meta in generate(seed, count):
        metas.append(meta)
        regenerated.append(rec)
    if recs is None:
        recs = regenerated
    elif any(a != b for a, b in zip(recs, regenerated)):
        print("note: %s differs from seed %s; language and shape counts are for the regenerated corpus" % (path, seed))
    cats, subs, negs, langs, locs, shapes, ctypes = (collections.Counter() for _ in range(7))
    known = 0
    nbytes = 0
    for rec, meta in zip(recs, metas):
        ctypes[rec["content_type"]] += 1
        known += bool(rec.get("known"))
        nbytes += len(rec["text"].encode("utf-8"))
        for lab in rec["labels"]:
            cats[lab["category"]] += 1
            subs["%s/%s" % (lab["category"], lab["subtype"])] += 1
        for neg in rec["negatives"]:
            negs[neg["kind"]] += 1
        langs[meta["locale"][:2]] += 1
        locs[meta["locale"]] += 1
        shapes[meta["shape"]] += 1
    print("tickets %d, text bytes %d, with known %d, labels %d, negatives %d" % (len(recs), nbytes, known, sum(cats.values()),
                                                                                 sum(negs.values())))
    print_counter("content type", ctypes)
    print_counter("language", langs)
    print_counter("locale", locs)
    print_counter("shape", shapes)
    print_counter("labels by category", cats)
    print_counter("labels by category/subtype", subs)
    print_counter("negatives by kind", negs)
    return 0


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", default=str(DEFAULT_SEED))
    ap.add_argument("--count", type=int, default=DEFAULT_COUNT)
    ap.add_argument("--out", help="write the corpus here ('-' for stdout)")
    ap.add_argument("--check", metavar="FILE", help="verify a corpus file; exit 0 when every check passes")
    ap.add_argument("--stats", nargs="?", const="", metavar="FILE",
                    help="counts by language, shape, category, subtype (of FILE, or of the corpus for --seed/--count)")
    args = ap.parse_args(argv)
    if args.check:
        return run_check(args.check)
    if args.stats is not None:
        return run_stats(args.stats, args.seed, args.count)
    if not args.out:
        ap.error("one of --out, --check, --stats is required")
    out = sys.stdout.buffer if args.out == "-" else open(args.out, "wb")
    try:
        for rec, _ in generate(args.seed, args.count):
            out.write((json.dumps(rec, ensure_ascii=False) + "\n").encode("utf-8"))
    finally:
        if out is not sys.stdout.buffer:
            out.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
