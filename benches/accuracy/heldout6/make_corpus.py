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
        if not iban_ok(s):
            break
    return group(s, [4] * 8) if rng.random() < 0.7 else s


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
            rng.choice(["!", "#", "?", "&", "$", "*", ".", ""])
    if r < 0.75:
        return rstr(rng, ALNUM, rng.randint(3, 5)) + rng.choice("#!$%&*?-_") + rstr(rng, ALNUM, rng.randint(4, 8)) + \
            rng.choice("#!$%&*?") + rdig(rng, 2)
    if r < 0.88:
        return "-".join(rng.choice(["correct", "horse", "battery", "staple", "lampa", "fenster", "ventana", "blue",
                                    "tisch", "sol", "moln", "nube", "river"]) for _ in range(4))
    return rng.choice(["Contraseña", "Lösenord", "Geheimnis", "Jönköping", "Ñandú"]) + rdig(rng, 3) + rng.choice("!#.")


def gen_url_password(rng):
    return rstr(rng, ALNUM, rng.randint(10, 18)) + rng.choice(["", "%21", "_", "-", "%40x"]) + rdig(rng, 2)


def gen_token(rng):
    kind = rng.choice(["github", "github_fine", "gitlab", "aws_key", "slack", "stripe", "openai", "google", "sendgrid",
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


def gen_url_token(rng, amp="&"):
    kind = rng.choice(["s3", "slack_webhook", "azure_sas", "reset", "discord", "magic"])
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
        family = family.replace("dóttir", "sson")
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
           "country": ["United Kingdom", "UK", "England", "Scotland"]},
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
            return "%s of %s %d" % (ordinal(day), mon, y) if dstyle == "uk" else "%s %s, %d" % (mon, ordinal(day), y)
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
              ("Kanzlei Albrecht & Partner", "kanzlei-albrecht.de"), ("Bäckerei Sonnenkorn", "sonnenkorn.de")],
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
        elif p.ref == "S" and alt or (p.ref != "S" and rng.random() < 0.25):
            domain = rng.choice(FREEMAIL[self.locale])
            local = rng.choice([first + "." + last, first + last + str(rng.randint(1, 99)), first + "_" + last,
                                last + "." + first, first[0] + last + str(rng.randint(60, 99))])
        elif p.ref == "S" and rng.random() < 0.35:
            domain = rng.choice(FREEMAIL[self.locale])
            local = rng.choice([first + "." + last, first + last + str(rng.randint(1, 99)), first + "." + last + "+" +
                                self.vendor.lower().split()[0]])
        else:
            domain = self.company_domain
            local = rng.choice([first + "." + last, first[0] + "." + last, first, first + last[0], last])
        local = re.sub(r"[.\-]{2,}", ".", local).strip(".-")
        v = local + "@" + domain
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
                out = [L("\n".join(lines), "postal_address", sub)]
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
            k = self.nid_kind(p, health=len(args) > 1 and args[1] == "health")
            names = NID_NAMES.get(lang, {}).get(k) or NID_NAMES["en"][k]
            return [T(rng.choice(names))]
        if name == "NID":
            p = self.person(args[0] if args else "S")
            k = self.nid_kind(p, health=len(args) > 1 and args[1] == "health")
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
            v, kind = gen_token(rng)
            if args:
                for _ in range(60):
                    if kind == args[0]:
                        break
                    v, kind = gen_token(rng)
            return [L(v, "secret", kind)]
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
            return [L(gen_url_token(rng), "secret", "url_token")]
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
