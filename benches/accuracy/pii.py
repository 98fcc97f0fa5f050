"""Valid-by-construction generators for personal data, plus their checkers.

Every generator takes a `random.Random` and returns strings. The checkers are
independent implementations of the published algorithms and are used by the
unit tests to verify the generators.
"""

import base64
import ipaddress
import json
import string

DIGITS = "0123456789"


def digits(rng, n):
    return "".join(rng.choice(DIGITS) for _ in range(n))


def only_digits(s):
    return "".join(c for c in s if c.isdigit())


# ---------------------------------------------------------------- Luhn


def luhn_check_digit(payload):
    """Check digit to append to `payload` (digits only)."""
    total = 0
    for i, c in enumerate(reversed(payload)):
        n = int(c)
        if i % 2 == 0:  # these get doubled once the check digit is appended
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return str((10 - total % 10) % 10)


def luhn_valid(number):
    ds = only_digits(number)
    if not ds:
        return False
    total = 0
    for i, c in enumerate(reversed(ds)):
        n = int(c)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return total % 10 == 0


# ---------------------------------------------------------------- cards

CARD_BRANDS = ["visa", "mastercard", "amex", "discover"]


def card_number(rng, brand=None):
    """(digits, brand) with a real IIN range and a valid Luhn digit."""
    brand = brand or rng.choice(["visa", "visa", "mastercard", "mastercard", "amex", "discover"])
    if brand == "visa":
        prefix, length = "4", 16
    elif brand == "mastercard":
        if rng.random() < 0.35:
            prefix = str(rng.randint(2221, 2720))
        else:
            prefix = str(rng.randint(51, 55))
        length = 16
    elif brand == "amex":
        prefix, length = rng.choice(["34", "37"]), 15
    else:
        prefix = rng.choice(["6011", str(rng.randint(644, 649)), "65"])
        length = 16
    body = prefix + digits(rng, length - len(prefix) - 1)
    return body + luhn_check_digit(body), brand


def format_card(rng, num):
    style = rng.choice(["compact", "space", "space", "dash"])
    if style == "compact":
        return num
    sep = " " if style == "space" else "-"
    if len(num) == 15:
        groups = [num[:4], num[4:10], num[10:]]
    else:
        groups = [num[i:i + 4] for i in range(0, len(num), 4)]
    return sep.join(groups)


def luhn_invalid_16(rng):
    """A 16-digit number that looks like a card but fails Luhn."""
    body = rng.choice(["4", "5" + str(rng.randint(1, 5))])
    body += digits(rng, 15 - len(body))
    good = int(luhn_check_digit(body))
    bad = (good + rng.randint(1, 9)) % 10
    return body + str(bad)


# ---------------------------------------------------------------- IBAN

IBAN_LENGTHS = {"SE": 24, "DE": 22, "GB": 22, "ES": 24, "FR": 27, "NL": 18}


def _iban_numeric(s):
    return "".join(str(int(c, 36)) for c in s)


def iban_check_digits(country, bban):
    rearranged = bban + country + "00"
    return "%02d" % (98 - int(_iban_numeric(rearranged)) % 97)


def iban_valid(iban):
    s = iban.replace(" ", "").upper()
    if len(s) < 15 or not s[:2].isalpha() or not s[2:4].isdigit():
        return False
    if s[:2] in IBAN_LENGTHS and len(s) != IBAN_LENGTHS[s[:2]]:
        return False
    return int(_iban_numeric(s[4:] + s[:4])) % 97 == 1


def _es_dc(ten):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    r = 11 - sum(int(a) * b for a, b in zip(ten, w)) % 11
    return {10: 1, 11: 0}.get(r, r)


def iban(rng, country):
    u = string.ascii_uppercase
    if country == "SE":
        bban = rng.choice(["500", "800", "300", "600", "120"]) + digits(rng, 17)
    elif country == "DE":
        bban = rng.choice(["10070000", "37040044", "50010517", "20041133", "70150000"]) + digits(rng, 10)
    elif country == "GB":
        bban = rng.choice(["NWBK", "BARC", "LOYD", "MIDL", "HBUK"]) + digits(rng, 6) + digits(rng, 8)
    elif country == "ES":
        bank, branch, acct = rng.choice(["2100", "0049", "0182", "2085"]), digits(rng, 4), digits(rng, 10)
        dc = "%d%d" % (_es_dc("00" + bank + branch), _es_dc(acct))
        bban = bank + branch + dc + acct
    elif country == "FR":
        bank, branch, acct = rng.choice(["30006", "20041", "30004", "10107"]), digits(rng, 5), digits(rng, 11)
        key = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97
        bban = bank + branch + acct + "%02d" % key
    elif country == "NL":
        bban = rng.choice(["ABNA", "INGB", "RABO", "TRIO"]) + digits(rng, 10)
    else:
        raise ValueError(country)
    del u
    return country + iban_check_digits(country, bban) + bban


def format_iban(rng, value):
    if rng.random() < 0.55:
        return " ".join(value[i:i + 4] for i in range(0, len(value), 4))
    return value


# ---------------------------------------------------------------- national ids


def _rand_birth(rng, y0=1940, y1=2005):
    y = rng.randint(y0, y1)
    m = rng.randint(1, 12)
    dmax = [31, 29 if y % 4 == 0 and (y % 100 or y % 400 == 0) else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1]
    return y, m, rng.randint(1, dmax)


def se_personnummer(rng, coordination=False, long_form=None):
    y, m, d = _rand_birth(rng)
    dd = d + 60 if coordination else d
    core = "%02d%02d%02d%s" % (y % 100, m, dd, digits(rng, 3))
    full = core + luhn_check_digit(core)
    if long_form is None:
        long_form = rng.random() < 0.35
    if long_form:
        head = "%04d%02d%02d" % (y, m, dd)
        return head + rng.choice(["-", "-", ""]) + full[6:]
    return full[:6] + rng.choice(["-", "-", "-", ""]) + full[6:]


def se_personnummer_valid(s):
    ds = only_digits(s)
    if len(ds) == 12:
        ds = ds[2:]
    if len(ds) != 10:
        return False
    day = int(ds[4:6])
    if day > 60:
        day -= 60
    return 1 <= int(ds[2:4]) <= 12 and 1 <= day <= 31 and luhn_valid(ds)


TFN_W = [1, 4, 3, 7, 5, 8, 6, 9, 10]


def au_tfn(rng):
    while True:
        head = str(rng.randint(1, 9)) + digits(rng, 7)
        s = sum(int(c) * w for c, w in zip(head, TFN_W))
        last = s % 11  # 10*d == -s (mod 11)  <=>  d == s (mod 11)
        if last <= 9:
            t = head + str(last)
            return rng.choice(["%s %s %s" % (t[:3], t[3:6], t[6:]), t, "%s-%s-%s" % (t[:3], t[3:6], t[6:])])


def au_tfn_valid(s):
    ds = only_digits(s)
    return len(ds) == 9 and sum(int(c) * w for c, w in zip(ds, TFN_W)) % 11 == 0


ABN_W = [10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19]


def au_abn_valid(s):
    ds = only_digits(s)
    if len(ds) != 11 or ds[0] == "0":
        return False
    vals = [int(c) for c in ds]
    vals[0] -= 1
    return sum(v * w for v, w in zip(vals, ABN_W)) % 89 == 0


def au_abn(rng):
    while True:
        tail = digits(rng, 9)
        for lead in rng.sample(range(10, 100), 90):
            cand = str(lead) + tail
            if au_abn_valid(cand):
                return rng.choice(["%s %s %s %s" % (cand[:2], cand[2:5], cand[5:8], cand[8:]), cand])


def au_medicare(rng):
    first = str(rng.randint(2, 6)) + digits(rng, 7)
    w = [1, 3, 7, 9, 1, 3, 7, 9]
    check = sum(int(c) * x for c, x in zip(first, w)) % 10
    n = first + str(check) + str(rng.randint(1, 9))
    if rng.random() < 0.3:
        return n
    return "%s %s %s" % (n[:4], n[4:9], n[9:])


def au_medicare_valid(s):
    ds = only_digits(s)
    if len(ds) not in (10, 11) or ds[0] not in "23456":
        return False
    w = [1, 3, 7, 9, 1, 3, 7, 9]
    return sum(int(c) * x for c, x in zip(ds[:8], w)) % 10 == int(ds[8])


NINO_BAD_FIRST = set("DFIQUV")
NINO_BAD_SECOND = set("DFIOQUV")
NINO_BAD_PREFIX = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}


def uk_nino(rng):
    while True:
        a, b = rng.choice(string.ascii_uppercase), rng.choice(string.ascii_uppercase)
        if a in NINO_BAD_FIRST or b in NINO_BAD_SECOND or a + b in NINO_BAD_PREFIX:
            continue
        ds = digits(rng, 6)
        suf = rng.choice("ABCD")
        if rng.random() < 0.6:
            return "%s%s %s %s %s %s" % (a, b, ds[:2], ds[2:4], ds[4:], suf)
        return a + b + ds + suf


def uk_nino_valid(s):
    t = s.replace(" ", "").upper()
    return (len(t) == 9 and t[0] not in NINO_BAD_FIRST and t[1] not in NINO_BAD_SECOND
            and t[:2] not in NINO_BAD_PREFIX and t[:2].isalpha() and t[2:8].isdigit() and t[8] in "ABCD")


def uk_nhs(rng):
    while True:
        head = digits(rng, 9)
        c = 11 - sum(int(x) * w for x, w in zip(head, range(10, 1, -1))) % 11
        if c == 11:
            c = 0
        if c == 10:
            continue
        n = head + str(c)
        return rng.choice(["%s %s %s" % (n[:3], n[3:6], n[6:]), n, "%s-%s-%s" % (n[:3], n[3:6], n[6:])])


def uk_nhs_valid(s):
    ds = only_digits(s)
    if len(ds) != 10:
        return False
    c = 11 - sum(int(x) * w for x, w in zip(ds[:9], range(10, 1, -1))) % 11
    c = 0 if c == 11 else c
    return c != 10 and c == int(ds[9])


DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"


def es_dni(rng):
    n = rng.randint(1000000, 99999999)
    s = "%08d" % n
    return s + rng.choice(["", "", "-"]) + DNI_LETTERS[n % 23]


def es_nie(rng):
    p = rng.choice("XYZ")
    n = digits(rng, 7)
    letter = DNI_LETTERS[int("XYZ".index(p).__str__() + n) % 23]
    sep = rng.choice(["", "", "-"])
    return p + sep + n + sep + letter


def es_dni_nie_valid(s):
    t = s.replace("-", "").replace(" ", "").upper()
    if len(t) != 9:
        return False
    if t[0] in "XYZ":
        t = str("XYZ".index(t[0])) + t[1:]
    return t[:8].isdigit() and DNI_LETTERS[int(t[:8]) % 23] == t[8]


def us_ssn(rng):
    while True:
        area = rng.randint(1, 899)
        if area != 666:
            break
    return "%03d-%02d-%04d" % (area, rng.randint(1, 99), rng.randint(1, 9999)) if rng.random() < 0.85 else \
        "%03d %02d %04d" % (area, rng.randint(1, 99), rng.randint(1, 9999))


def us_ssn_valid(s):
    ds = only_digits(s)
    if len(ds) != 9:
        return False
    a, g, sr = int(ds[:3]), int(ds[3:5]), int(ds[5:])
    return 0 < a < 900 and a != 666 and g > 0 and sr > 0


def _steuer_check(ten):
    product = 10
    for c in ten:
        total = (int(c) + product) % 10
        if total == 0:
            total = 10
        product = (total * 2) % 11
    check = 11 - product
    return 0 if check == 10 else check


def de_steuer_id(rng):
    while True:
        ds = rng.sample(DIGITS, 9)  # nine distinct digits, one digit repeated once
        ds.append(rng.choice(ds))
        rng.shuffle(ds)
        if ds[0] != "0":
            break
    ten = "".join(ds)
    n = ten + str(_steuer_check(ten))
    if rng.random() < 0.4:
        return "%s %s %s %s" % (n[:2], n[2:5], n[5:8], n[8:])
    return n


def de_steuer_id_valid(s):
    ds = only_digits(s)
    if len(ds) != 11 or ds[0] == "0":
        return False
    counts = sorted((ds[:10].count(c) for c in set(ds[:10])), reverse=True)
    if counts[0] not in (2, 3) or (len(counts) > 1 and counts[1] > 1):
        return False
    return _steuer_check(ds[:10]) == int(ds[10])


NATIONAL_IDS = {
    "se_personnummer": lambda r: se_personnummer(r),
    "se_samordningsnummer": lambda r: se_personnummer(r, coordination=True),
    "au_tfn": au_tfn,
    "au_abn": au_abn,
    "au_medicare": au_medicare,
    "uk_nino": uk_nino,
    "uk_nhs": uk_nhs,
    "es_dni": es_dni,
    "es_nie": es_nie,
    "us_ssn": us_ssn,
    "de_steuer_id": de_steuer_id,
}

NATIONAL_ID_VALID = {
    "se_personnummer": se_personnummer_valid,
    "se_samordningsnummer": se_personnummer_valid,
    "au_tfn": au_tfn_valid,
    "au_abn": au_abn_valid,
    "au_medicare": au_medicare_valid,
    "uk_nino": uk_nino_valid,
    "uk_nhs": uk_nhs_valid,
    "es_dni": es_dni_nie_valid,
    "es_nie": es_dni_nie_valid,
    "us_ssn": us_ssn_valid,
    "de_steuer_id": de_steuer_id_valid,
}

# ---------------------------------------------------------------- phones


def _g(s, *sizes):
    out, i = [], 0
    for n in sizes:
        out.append(s[i:i + n])
        i += n
    return out


def phone(rng, country):
    """All formats of one number: list of strings, the first being the most common."""
    if country == "AU":
        if rng.random() < 0.65:
            n = "4" + digits(rng, 8)
            a, b, c = _g(n, 3, 3, 3)
            return ["0%s %s %s" % (a, b, c), "0" + n, "+61 %s %s %s" % (a, b, c), "+61" + n, "0%s-%s-%s" % (a, b, c)]
        area = rng.choice("2378")
        n = area + str(rng.randint(3, 9)) + digits(rng, 7)
        a, b = n[1:5], n[5:]
        return ["(0%s) %s %s" % (area, a, b), "0%s %s %s" % (area, a, b), "+61 %s %s %s" % (area, a, b), "0" + n]
    if country == "GB":
        r = rng.random()
        if r < 0.55:
            n = "7" + str(rng.randint(4, 9)) + digits(rng, 8)
            return ["0%s %s" % (n[:4], n[4:]), "0%s %s %s" % (n[:4], n[4:7], n[7:]), "+44 %s %s" % (n[:4], n[4:]),
                    "+44 (0)%s %s" % (n[:4], n[4:]), "+44" + n]
        if r < 0.8:
            n = "20" + rng.choice(["7", "3", "8"]) + digits(rng, 7)
            return ["0%s %s %s" % (n[:2], n[2:6], n[6:]), "+44 (0)%s %s %s" % (n[:2], n[2:6], n[6:]),
                    "+44 %s %s %s" % (n[:2], n[2:6], n[6:]), "(0%s) %s %s" % (n[:2], n[2:6], n[6:])]
        n = rng.choice(["161", "113", "121", "131", "141", "117"]) + str(rng.randint(2, 9)) + digits(rng, 6)
        return ["0%s %s %s" % (n[:3], n[3:6], n[6:]), "+44 %s %s %s" % (n[:3], n[3:6], n[6:]), "0" + n]
    if country == "SE":
        if rng.random() < 0.65:
            n = "7" + rng.choice("0236") + digits(rng, 7)
            a, b, c, d = _g(n, 2, 3, 2, 2)
            return ["0%s-%s %s %s" % (a, b, c, d), "0%s %s %s %s" % (a, b, c, d), "0" + n,
                    "+46 %s %s %s %s" % (a, b, c, d), "+46" + n, "+46 (0)%s-%s %s %s" % (a, b, c, d)]
        if rng.random() < 0.6:
            n = "8" + digits(rng, 8)
            return ["0%s-%s %s %s" % (n[0], n[1:4], n[4:7], n[7:]), "+46 %s %s %s %s" % (n[0], n[1:4], n[4:7], n[7:]),
                    "0%s %s %s %s" % (n[0], n[1:4], n[4:7], n[7:])]
        n = rng.choice(["31", "40", "18", "13"]) + digits(rng, 6)
        return ["0%s-%s %s %s" % (n[:2], n[2:4], n[4:6], n[6:]), "+46 %s %s %s %s" % (n[:2], n[2:4], n[4:6], n[6:]),
                "0%s-%s" % (n[:2], n[2:])]
    if country == "DE":
        if rng.random() < 0.6:
            pre = rng.choice(["151", "152", "157", "160", "162", "170", "171", "176", "177"])
            rest = digits(rng, 8 if pre[1] != "6" else 7)
            return ["0%s %s" % (pre, rest), "+49 %s %s" % (pre, rest), "0%s-%s" % (pre, rest), "0%s/%s" % (pre, rest),
                    "+49 (0)%s %s %s" % (pre, rest[:4], rest[4:]), "+49" + pre + rest]
        area, n = rng.choice([("30", 8), ("40", 8), ("89", 7), ("69", 8), ("221", 7), ("711", 7)])
        rest = str(rng.randint(2, 9)) + digits(rng, n - 1)
        return ["0%s %s" % (area, rest), "0%s/%s" % (area, rest), "+49 %s %s" % (area, rest),
                "(0%s) %s %s" % (area, rest[:4], rest[4:]), "0%s-%s" % (area, rest)]
    if country == "ES":
        if rng.random() < 0.65:
            n = ("6" + digits(rng, 8)) if rng.random() < 0.8 else ("7" + rng.choice("1234") + digits(rng, 7))
            return ["%s %s %s %s" % tuple(_g(n, 3, 2, 2, 2)), n, "+34 %s %s %s %s" % tuple(_g(n, 3, 2, 2, 2)),
                    "+34 %s %s %s" % tuple(_g(n, 3, 3, 3)), "%s %s %s" % tuple(_g(n, 3, 3, 3)), "+34" + n]
        n = rng.choice(["91", "93", "95", "96"]) + str(rng.randint(2, 8)) + digits(rng, 6)
        return ["%s %s %s %s" % tuple(_g(n, 2, 3, 2, 2)), "+34 %s %s %s" % tuple(_g(n, 3, 3, 3)),
                "%s %s %s" % tuple(_g(n, 3, 3, 3)), n]
    if country == "US":
        area = rng.choice(["415", "212", "312", "617", "206", "512", "303", "646", "718", "305", "404", "503"])
        ex = str(rng.randint(2, 9)) + digits(rng, 2)
        if rng.random() < 0.3:
            ex = "555"
            line = "01" + digits(rng, 2)
        else:
            line = digits(rng, 4)
        return ["(%s) %s-%s" % (area, ex, line), "%s-%s-%s" % (area, ex, line), "%s.%s.%s" % (area, ex, line),
                "+1 %s %s %s" % (area, ex, line), "+1 (%s) %s-%s" % (area, ex, line), "1-%s-%s-%s" % (area, ex, line)]
    raise ValueError(country)


# ---------------------------------------------------------------- network


def ipv4(rng, private=None):
    if private is None:
        private = rng.random() < 0.35
    if private:
        return rng.choice([
            "10.%d.%d.%d" % (rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254)),
            "192.168.%d.%d" % (rng.randint(0, 255), rng.randint(1, 254)),
            "172.%d.%d.%d" % (rng.randint(16, 31), rng.randint(0, 255), rng.randint(1, 254)),
        ])
    while True:
        a = rng.randint(1, 223)
        if a not in (10, 127, 172, 192):
            return "%d.%d.%d.%d" % (a, rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254))


def ipv6(rng):
    prefix = rng.choice([0x20010DB8, 0x2A020000 + rng.randint(0, 0xFFFF), 0x26001F00 + rng.randint(0, 0xFF),
                         0xFE800000])
    groups = [prefix >> 16, prefix & 0xFFFF] + [rng.randint(0, 0xFFFF) for _ in range(6)]
    if prefix == 0xFE800000:
        groups[2:4] = [0, 0]
    else:
        z = rng.randint(2, 5)
        for i in range(z, min(8, z + rng.randint(1, 3))):
            groups[i] = 0
    addr = ipaddress.IPv6Address(sum(g << (16 * (7 - i)) for i, g in enumerate(groups)))
    return addr.exploded if rng.random() < 0.3 else addr.compressed


# ---------------------------------------------------------------- secrets

ALNUM = string.ascii_letters + string.digits
B64URL = ALNUM + "-_"


def rand_str(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def b64url(data):
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def aws_key_id(rng):
    return rng.choice(["AKIA", "AKIA", "ASIA"]) + rand_str(rng, string.ascii_uppercase + "234567", 16)


def aws_secret(rng):
    return rand_str(rng, ALNUM + "/+", 40)


def github_token(rng):
    if rng.random() < 0.6:
        return "ghp_" + rand_str(rng, ALNUM, 36)
    return "github_pat_" + rand_str(rng, ALNUM, 22) + "_" + rand_str(rng, ALNUM, 59)


def gitlab_token(rng):
    return "glpat-" + rand_str(rng, ALNUM + "-_", 20)


def slack_token(rng):
    return "xoxb-%s-%s-%s" % (digits(rng, rng.randint(10, 13)), digits(rng, rng.randint(10, 13)), rand_str(rng, ALNUM, 24))


def stripe_key(rng):
    return rng.choice(["sk_live_", "sk_live_", "rk_live_"]) + rand_str(rng, ALNUM, rng.randint(24, 34))


def openai_key(rng):
    return "sk-proj-" + rand_str(rng, B64URL, rng.randint(48, 80))


def jwt(rng, email=None):
    alg = rng.choice(["HS256", "RS256", "ES256"])
    header = {"alg": alg, "typ": "JWT"}
    payload = {"sub": str(rng.randint(1000, 999999)), "iat": rng.randint(1690000000, 1720000000)}
    payload["exp"] = payload["iat"] + 3600
    if email:
        payload["email"] = email
    if rng.random() < 0.5:
        payload["scope"] = rng.choice(["tickets:read", "admin", "read write"])
    sig_len = 43 if alg == "HS256" else (86 if alg == "ES256" else 342)
    return "%s.%s.%s" % (b64url(json.dumps(header, separators=(",", ":")).encode()),
                         b64url(json.dumps(payload, separators=(",", ":")).encode()), rand_str(rng, B64URL, sig_len))


def jwt_header_ok(token):
    head = token.split(".")[0]
    head += "=" * (-len(head) % 4)
    return "alg" in json.loads(base64.urlsafe_b64decode(head))


def pem_private_key(rng):
    kind = rng.choice(["RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY", "OPENSSH PRIVATE KEY"])
    nbytes = {"RSA PRIVATE KEY": 600, "PRIVATE KEY": 630, "EC PRIVATE KEY": 120, "OPENSSH PRIVATE KEY": 300}[kind]
    body = base64.b64encode(bytes(rng.randrange(256) for _ in range(rng.randint(nbytes // 2, nbytes)))).decode()
    width = 70 if kind == "OPENSSH PRIVATE KEY" else 64
    lines = [body[i:i + width] for i in range(0, len(body), width)]
    return "-----BEGIN %s-----\n%s\n-----END %s-----" % (kind, "\n".join(lines), kind)


def password(rng):
    words = ["Sommar", "Winter", "Herbst", "Verano", "Kanguru", "Dragon", "Blue", "Katze", "Sol", "Tiger",
             "Monkey", "Lilla", "Hund", "Casa", "Coffee", "Gatito", "Snow", "Fika", "Wombat", "Otoño"]
    r = rng.random()
    if r < 0.45:
        return rng.choice(words) + str(rng.randint(1, 2025)) + rng.choice(["!", "#", "?", "$", "", "*", "%"])
    if r < 0.75:
        return rand_str(rng, ALNUM + "!#$%*+-=?@^_", rng.randint(10, 18))
    return rng.choice(words).lower() + rng.choice(["-", "_", "."]) + rng.choice(words).lower() + str(rng.randint(10, 99))


def hex_str(rng, n):
    return rand_str(rng, "0123456789abcdef", n)
