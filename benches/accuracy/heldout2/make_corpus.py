#!/usr/bin/env python3
"""Second held-out labelled corpus for the helpdesk personal-data detector.

    python3 make_corpus.py --seed 20261124 --count 400 --out corpus.jsonl
    python3 make_corpus.py --check corpus.jsonl [--seed 20261124]
    python3 make_corpus.py --stats corpus.jsonl

Standard library only. Ticket i depends only on the seed and i.
Offsets are UTF-8 byte offsets, half-open. Every label and negative carries
a `text` key equal to the source substring.
"""
import argparse
import base64
import collections
import datetime
import html
import html.entities
import ipaddress
import json
import random
import re
import string
import sys
import zlib

# ===================================================================== checksums

def luhn_ok(d):
    if not d.isdigit():
        return False
    s = 0
    for i, ch in enumerate(reversed(d)):
        v = int(ch)
        if i % 2 == 1:
            v *= 2
            if v > 9:
                v -= 9
        s += v
    return s % 10 == 0


def luhn_digit(partial):
    for c in "0123456789":
        if luhn_ok(partial + c):
            return c
    raise AssertionError


def card_iin_ok(d):
    n = len(d)
    if not (12 <= n <= 19) or not d.isdigit():
        return False
    if d[0] == "4" and n in (13, 16, 19):
        return True
    if 51 <= int(d[:2]) <= 55 and n == 16:
        return True
    if 2221 <= int(d[:4]) <= 2720 and n == 16:
        return True
    if d[:2] in ("34", "37") and n == 15:
        return True
    if (d[:4] == "6011" or d[:2] == "65") and n in (16, 19):
        return True
    return False


def card_valid(d):
    return card_iin_ok(d) and luhn_ok(d)


IBAN_LEN = {"SE": 24, "DE": 22, "ES": 24, "GB": 22, "FR": 27, "NL": 18, "AT": 20, "IE": 22}


def iban_mod97(iban):
    r = iban[4:] + iban[:4]
    n = "".join(str(int(ch, 36)) for ch in r)
    return int(n) % 97


def es_ccc_ok(bban):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]

    def dc(s):
        v = 11 - sum(int(a) * b for a, b in zip(s, w)) % 11
        return {10: 1, 11: 0}.get(v, v)
    return dc("00" + bban[0:8]) == int(bban[8]) and dc(bban[10:20]) == int(bban[9])


def fr_key_ok(bban):
    b, g, acct, key = bban[0:5], bban[5:10], bban[10:21], bban[21:23]
    if not acct.isdigit():
        return False
    return 97 - ((89 * int(b) + 15 * int(g) + 3 * int(acct)) % 97) == int(key)


def iban_valid(s):
    s = s.replace(" ", "")
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s):
        return False
    if IBAN_LEN.get(s[:2]) != len(s):
        return False
    if iban_mod97(s) != 1:
        return False
    if s[:2] == "ES" and not es_ccc_ok(s[4:]):
        return False
    if s[:2] == "FR" and not fr_key_ok(s[4:]):
        return False
    return True


def date_ok(y, m, d):
    try:
        datetime.date(y, m, d)
        return True
    except ValueError:
        return False


def se_pnr_valid(s):
    m = re.fullmatch(r"(\d{2})?(\d{2})(\d{2})(\d{2})([-+]?)(\d{4})", s)
    if not m:
        return False
    cent, yy, mm, dd, _sep, tail = m.groups()
    day = int(dd)
    if day > 60:
        day -= 60
    year = int((cent or "19") + yy)
    if not date_ok(year, int(mm), day):
        return False
    return luhn_ok(yy + mm + dd + tail)


def tfn_valid(s):
    d = s.replace(" ", "")
    if not re.fullmatch(r"\d{9}", d):
        return False
    w = [1, 4, 3, 7, 5, 8, 6, 9, 10]
    return sum(int(a) * b for a, b in zip(d, w)) % 11 == 0


def abn_valid(s):
    d = s.replace(" ", "")
    if not re.fullmatch(r"[1-9]\d{10}", d):
        return False
    w = [10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19]
    ds = [int(x) for x in d]
    ds[0] -= 1
    return sum(a * b for a, b in zip(ds, w)) % 89 == 0


def medicare_valid(s):
    d = re.sub(r"[ /-]", "", s)
    if not re.fullmatch(r"[2-6]\d{9,10}", d):
        return False
    w = [1, 3, 7, 9, 1, 3, 7, 9]
    return sum(int(a) * b for a, b in zip(d[:8], w)) % 10 == int(d[8]) and d[9] != "0"


NINO_BAD = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}


def nino_valid(s):
    d = s.replace(" ", "")
    m = re.fullmatch(r"([A-CEGHJ-PR-TW-Z])([A-CEGHJ-NPR-TW-Z])(\d{6})([A-D])", d)
    return bool(m) and (m.group(1) + m.group(2)) not in NINO_BAD


def nhs_valid(s):
    d = s.replace(" ", "").replace("-", "")
    if not re.fullmatch(r"\d{10}", d):
        return False
    t = sum(int(d[i]) * (10 - i) for i in range(9))
    c = 11 - t % 11
    if c == 11:
        c = 0
    return c != 10 and c == int(d[9])


DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"


def dni_valid(s):
    d = s.replace("-", "").replace(" ", "").upper()
    m = re.fullmatch(r"(\d{8})([A-Z])", d)
    if m:
        return DNI_LETTERS[int(m.group(1)) % 23] == m.group(2)
    m = re.fullmatch(r"([XYZ])(\d{7})([A-Z])", d)
    if m:
        n = int("XYZ".index(m.group(1)).__str__() + m.group(2))
        return DNI_LETTERS[n % 23] == m.group(3)
    return False


def ssn_valid(s):
    m = re.fullmatch(r"(\d{3})[- ]?(\d{2})[- ]?(\d{4})", s)
    if not m:
        return False
    a, g, n = m.groups()
    return a not in ("000", "666") and int(a) < 900 and g != "00" and n != "0000"


def steuer_check(d10):
    product = 10
    for ch in d10:
        s = (int(ch) + product) % 10
        if s == 0:
            s = 10
        product = (s * 2) % 11
    c = 11 - product
    return 0 if c == 10 else c


def steuer_valid(s):
    d = s.replace(" ", "")
    if not re.fullmatch(r"[1-9]\d{10}", d):
        return False
    cnt = collections.Counter(d[:10])
    multi = [k for k, v in cnt.items() if v > 1]
    if len(multi) != 1 or cnt[multi[0]] > 3:
        return False
    return steuer_check(d[:10]) == int(d[10])


B62 = string.digits + string.ascii_uppercase + string.ascii_lowercase


def b62(n, width=6):
    out = ""
    while n:
        n, r = divmod(n, 62)
        out = B62[r] + out
    return out.rjust(width, "0")


def github_classic_ok(tok):
    m = re.fullmatch(r"gh[pousr]_([A-Za-z0-9]{30})([A-Za-z0-9]{6})", tok)
    return bool(m) and b62(zlib.crc32(m.group(1).encode())) == m.group(2)


def b64url_decode(s):
    return base64.urlsafe_b64decode(s + "=" * (-len(s) % 4))


def jwt_ok(tok):
    parts = tok.split(".")
    if len(parts) != 3:
        return False
    try:
        hdr = json.loads(b64url_decode(parts[0]))
        json.loads(b64url_decode(parts[1]))
    except Exception:
        return False
    return isinstance(hdr, dict) and "alg" in hdr


def pem_ok(block):
    m = re.fullmatch(r"-----BEGIN ((?:RSA |EC |OPENSSH |ENCRYPTED )?PRIVATE KEY)-----\n([A-Za-z0-9+/=\n]+)\n-----END \1-----", block)
    if not m:
        return False
    try:
        base64.b64decode(m.group(2).replace("\n", ""), validate=True)
    except Exception:
        return False
    return True

# ===================================================================== value generators

def rdig(rng, n):
    return "".join(rng.choice(string.digits) for _ in range(n))


def ralnum(rng, n, alphabet=string.ascii_letters + string.digits):
    return "".join(rng.choice(alphabet) for _ in range(n))


def group(s, sizes, sep=" "):
    out, i = [], 0
    for k in sizes:
        out.append(s[i:i + k])
        i += k
    if i < len(s):
        out.append(s[i:])
    return sep.join(x for x in out if x)


def gen_card(rng, brand=None):
    brand = brand or rng.choice(["visa", "visa", "mc", "mc2", "amex", "disc"])
    if brand == "visa":
        pre, n = "4" + rdig(rng, 5), 16
    elif brand == "mc":
        pre, n = str(rng.randint(51, 55)) + rdig(rng, 4), 16
    elif brand == "mc2":
        pre, n = str(rng.randint(2221, 2720)) + rdig(rng, 2), 16
    elif brand == "amex":
        pre, n = rng.choice(["34", "37"]) + rdig(rng, 4), 15
    else:
        pre, n = rng.choice(["6011", "65" + rdig(rng, 2)]) + rdig(rng, 2), 16
    body = pre + rdig(rng, n - 1 - len(pre))
    d = body + luhn_digit(body)
    fmt = rng.choice(["compact", "space", "space", "dash"])
    if fmt == "compact":
        return d, brand
    sizes = [4, 6, 5] if n == 15 else [4, 4, 4, 4]
    return group(d, sizes, " " if fmt == "space" else "-"), brand


def gen_bad_card(rng):
    while True:
        d = rng.choice(["4", "5", "6"]) + rdig(rng, 15)
        if not luhn_ok(d):
            return rng.choice([d, group(d, [4, 4, 4, 4]), group(d, [4, 4, 4, 4], "-")])


def gen_iban(rng, cc):
    if cc == "SE":
        bban = rng.choice(["500", "800", "600", "300", "957"]) + rdig(rng, 17)
    elif cc == "DE":
        bban = rdig(rng, 18)
    elif cc == "GB":
        bban = rng.choice(["NWBK", "BARC", "HBUK", "LOYD", "MIDL"]) + rdig(rng, 14)
    elif cc == "IE":
        bban = rng.choice(["AIBK", "BOFI"]) + rdig(rng, 14)
    elif cc == "NL":
        bban = rng.choice(["ABNA", "INGB", "RABO", "TRIO"]) + rdig(rng, 10)
    elif cc == "AT":
        bban = rdig(rng, 16)
    elif cc == "ES":
        w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]

        def dc(s):
            v = 11 - sum(int(a) * b for a, b in zip(s, w)) % 11
            return str({10: 1, 11: 0}.get(v, v))
        bank, branch, acct = rdig(rng, 4), rdig(rng, 4), rdig(rng, 10)
        bban = bank + branch + dc("00" + bank + branch) + dc(acct) + acct
    elif cc == "FR":
        b, g, a = rdig(rng, 5), rdig(rng, 5), rdig(rng, 11)
        key = 97 - ((89 * int(b) + 15 * int(g) + 3 * int(a)) % 97)
        bban = b + g + a + "%02d" % key
    else:
        raise ValueError(cc)
    chk = 98 - iban_mod97(cc + "00" + bban)
    iban = cc + "%02d" % chk + bban
    assert iban_valid(iban)
    return iban if rng.random() < 0.35 else group(iban, [4] * 8)


def rand_date(rng, y0, y1):
    while True:
        y, m, d = rng.randint(y0, y1), rng.randint(1, 12), rng.randint(1, 31)
        if date_ok(y, m, d):
            return datetime.date(y, m, d)


def gen_pnr(rng, born=None, samord=False, style=None):
    born = born or rand_date(rng, 1936, 2006)
    dd = born.day + (60 if samord else 0)
    base = born.strftime("%y%m") + "%02d" % dd + rdig(rng, 3)
    full = base + luhn_digit(base)
    style = style or rng.choice(["dash", "dash", "compact", "cdash", "ccompact"])
    cent = str(born.year)[:2]
    if born.year < 1925 and style == "dash":
        return full[:6] + "+" + full[6:]
    return {"dash": full[:6] + "-" + full[6:], "compact": full, "cdash": cent + full[:6] + "-" + full[6:],
            "ccompact": cent + full}[style]


def gen_tfn(rng):
    w = [1, 4, 3, 7, 5, 8, 6, 9, 10]
    while True:
        d = rdig(rng, 8)
        s = sum(int(a) * b for a, b in zip(d, w))
        for c in range(10):
            if (s + 10 * c) % 11 == 0:
                t = d + str(c)
                return t if rng.random() < 0.3 else group(t, [3, 3, 3])


def gen_abn(rng):
    while True:
        tail = rdig(rng, 9)
        cands = [str(x) + tail for x in range(10, 100) if abn_valid(str(x) + tail)]
        if cands:
            return group(rng.choice(cands), [2, 3, 3, 3])


def gen_medicare(rng):
    w = [1, 3, 7, 9, 1, 3, 7, 9]
    d = str(rng.randint(2, 6)) + rdig(rng, 7)
    d += str(sum(int(a) * b for a, b in zip(d, w)) % 10) + str(rng.randint(1, 9))
    return rng.choice([group(d, [4, 5, 1]), d])


def gen_nino(rng):
    while True:
        a = rng.choice("ABCEGHJKLMNOPRSTWXYZ") + rng.choice("ABCEGHJKLMNPRSTWXYZ")
        if a in NINO_BAD:
            continue
        d = rdig(rng, 6)
        sfx = rng.choice("ABCD")
        return rng.choice([a + d + sfx, "%s %s %s %s %s" % (a, d[:2], d[2:4], d[4:], sfx)])


def gen_nhs(rng):
    while True:
        d = rdig(rng, 9)
        c = 11 - sum(int(d[i]) * (10 - i) for i in range(9)) % 11
        if c == 11:
            c = 0
        if c == 10:
            continue
        return rng.choice([group(d + str(c), [3, 3, 4]), d + str(c)])


def gen_dni(rng):
    n = rdig(rng, 8)
    return n + rng.choice(["", "", "-"]) + DNI_LETTERS[int(n) % 23]


def gen_nie(rng):
    p = rng.choice("XYZ")
    n = rdig(rng, 7)
    letter = DNI_LETTERS[int(str("XYZ".index(p)) + n) % 23]
    return rng.choice([p + n + letter, p + "-" + n + "-" + letter])


def gen_ssn(rng):
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    s = "%03d-%02d-%04d" % (a, rng.randint(1, 99), rng.randint(1, 9999))
    return s if rng.random() < 0.8 else s.replace("-", " ")


def gen_steuer(rng):
    while True:
        digits = rng.sample(string.digits, 9)
        dup = rng.choice(digits)
        d = digits + [dup]
        rng.shuffle(d)
        if d[0] == "0":
            continue
        d10 = "".join(d)
        full = d10 + str(steuer_check(d10))
        if steuer_valid(full):
            return full if rng.random() < 0.5 else group(full, [2, 3, 3, 3])


def gen_ipv4(rng):
    while True:
        a = ipaddress.IPv4Address(".".join(str(rng.randint(1, 223)) if i == 0 else str(rng.randint(0, 254)) for i in range(4)))
        if a.is_global and not str(a).endswith(".0"):
            return str(a)


def gen_ipv6(rng):
    while True:
        groups = [rng.randint(0x2400, 0x2a0f)] + [rng.randint(0, 0xffff) for _ in range(7)]
        k = rng.choice([0, 2, 3, 4])
        if k:
            st = rng.randint(1, 7 - k)
            for j in range(st, st + k):
                groups[j] = 0
        a = ipaddress.IPv6Address(":".join("%x" % g for g in groups))
        if not a.is_global:
            continue
        style = rng.choice(["comp", "comp", "full", "exploded"])
        if style == "comp":
            return a.compressed
        if style == "exploded":
            return a.exploded
        return ":".join("%x" % g for g in groups)


def ip_valid(s):
    try:
        return ipaddress.ip_address(s).is_global
    except ValueError:
        return False


B64 = string.ascii_letters + string.digits + "+/"
B64URL = string.ascii_letters + string.digits + "-_"


def gen_secret(rng, kind):
    if kind == "aws_key_id":
        return rng.choice(["AKIA", "ASIA"]) + ralnum(rng, 16, string.ascii_uppercase + "234567")
    if kind == "aws_secret":
        return ralnum(rng, 40, B64)
    if kind in ("github_pat", "github_oauth", "github_app"):
        r = ralnum(rng, 30)
        return {"github_pat": "ghp_", "github_oauth": "gho_", "github_app": "ghs_"}[kind] + r + b62(zlib.crc32(r.encode()))
    if kind == "github_fine":
        return "github_pat_11" + ralnum(rng, 20, string.ascii_uppercase + string.digits) + "_" + ralnum(rng, 59)
    if kind == "gitlab":
        return "glpat-" + ralnum(rng, 20, string.ascii_letters + string.digits + "_-")
    if kind == "slack_token":
        return rng.choice(["xoxb", "xoxp"]) + "-" + rdig(rng, 12) + "-" + rdig(rng, 13) + "-" + ralnum(rng, 24)
    if kind == "slack_webhook":
        return "https://hooks.slack.com/services/T%s/B%s/%s" % (
            ralnum(rng, 8, string.ascii_uppercase + string.digits), ralnum(rng, 10, string.ascii_uppercase + string.digits), ralnum(rng, 24))
    if kind == "stripe":
        return rng.choice(["sk_live_", "rk_live_"]) + ralnum(rng, rng.choice([24, 34, 99]))
    if kind == "openai":
        return rng.choice(["sk-", "sk-proj-"]) + ralnum(rng, 48, string.ascii_letters + string.digits + "_-")
    if kind == "jwt":
        hdr = rng.choice([{"alg": "HS256", "typ": "JWT"}, {"alg": "RS256", "typ": "JWT", "kid": ralnum(rng, 8)}])
        now = rng.randint(1700000000, 1760000000)
        pay = {"sub": rdig(rng, 7), "iat": now, "exp": now + 3600, "scope": rng.choice(["read", "read write", "admin"])}
        enc = lambda o: base64.urlsafe_b64encode(json.dumps(o, separators=(",", ":")).encode()).decode().rstrip("=")
        return enc(hdr) + "." + enc(pay) + "." + ralnum(rng, 43 if hdr["alg"] == "HS256" else 86, B64URL)
    if kind == "pem":
        typ = rng.choice(["RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY", "OPENSSH PRIVATE KEY"])
        n = {"RSA PRIVATE KEY": 900, "PRIVATE KEY": 600, "EC PRIVATE KEY": 120, "OPENSSH PRIVATE KEY": 400}[typ]
        raw = (b"openssh-key-v1\0" if typ.startswith("OPENSSH") else b"") + bytes(rng.randrange(256) for _ in range(n))
        b = base64.b64encode(raw).decode()
        w = 70 if typ.startswith("OPENSSH") else 64
        body = "\n".join(b[i:i + w] for i in range(0, len(b), w))
        return "-----BEGIN %s-----\n%s\n-----END %s-----" % (typ, body, typ)
    if kind == "password":
        words = ["Sommar", "Vinter", "Katze", "Tiger", "Perro", "Luna", "Kanelbulle", "Bondi", "Wombat", "Falke",
                 "Sunshine", "Hallon", "Mostaza", "Otter", "Blaubeere", "Fjord"]
        return rng.choice([
            rng.choice(words) + str(rng.randint(1990, 2025)) + rng.choice("!#?$%"),
            rng.choice(words).lower() + rng.choice("-_.") + rng.choice(words) + rdig(rng, 2),
            ralnum(rng, 12, string.ascii_letters + string.digits + "!#$%*"),
            rng.choice(words)[:3] + rdig(rng, 4) + rng.choice(words).upper()[:3] + "!"])
    raise ValueError(kind)


def gen_url_secret(rng, kind):
    """Whole URL carrying a credential. Returns (url, subtype)."""
    if kind == "creds":
        user = rng.choice(["app_user", "deploy", "admin", "backup", "shopsync", "ftpuser", "svc_import"])
        host = rng.choice(["db.kundportal.se", "ftp.lagerwerk-nord.de", "mysql.tiendalia.es", "pg.bluegum-acct.com.au",
                           "sftp.kestrel-logistics.co.uk", "redis.pinecrest-realty.com"])
        scheme = rng.choice(["postgres", "mysql", "ftp", "https", "redis", "sftp"])
        pw = ralnum(rng, rng.randint(10, 16), string.ascii_letters + string.digits + "!*_")
        tail = rng.choice(["/prod", ":5432/app", "/", ":3306/shop", "/exports", ""])
        return "%s://%s:%s@%s%s" % (scheme, user, pw, host, tail), "url_credentials"
    if kind == "s3":
        date = "2024%02d%02d" % (rng.randint(1, 12), rng.randint(1, 28))
        region = rng.choice(["eu-north-1", "eu-central-1", "ap-southeast-2", "us-east-1", "eu-west-2"])
        key = "AKIA" + ralnum(rng, 16, string.ascii_uppercase + "234567")
        return ("https://%s.s3.%s.amazonaws.com/%s?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=%s%%2F%s%%2F%s%%2Fs3%%2Faws4_request"
                "&X-Amz-Date=%sT%02d%02d00Z&X-Amz-Expires=%d&X-Amz-SignedHeaders=host&X-Amz-Signature=%s" % (
                    rng.choice(["exports-prod", "kund-filer", "belege-archiv", "facturas-2024"]), region,
                    rng.choice(["reports/payroll.csv", "scans/id-front.jpg", "invoices/INV-2291.pdf", "backup/db.sql.gz"]),
                    key, date, region, date, rng.randint(0, 23), rng.randint(0, 59), rng.choice([900, 3600, 86400]),
                    ralnum(rng, 64, "0123456789abcdef"))), "url_token"
    if kind == "reset":
        host = rng.choice(["app.tallyo.io", "konto.fakturino.se", "mein.rechnungsfix.de", "cuenta.facturio.es", "my.bookwise.com.au"])
        path = rng.choice(["/reset-password", "/account/reset", "/passwort-zuruecksetzen", "/restablecer"])
        return "https://%s%s?token=%s" % (host, path, ralnum(rng, 40, B64URL)), "url_token"
    if kind == "oauth":
        host = rng.choice(["login.kundly.app", "auth.parcelnest.com", "sso.terminheld.de"])
        return "https://%s/callback?code=%s&state=%s" % (host, ralnum(rng, 32, B64URL), ralnum(rng, 12)), "url_token"
    if kind == "apikey":
        host = rng.choice(["api.parcelnest.com/v2/shipments", "api.reservamos.es/v1/bookings", "api.hemnat.se/export"])
        param = rng.choice(["api_key", "access_token", "token"])
        return "https://%s?%s=%s&format=json" % (host, param, ralnum(rng, 32)), "url_token"
    if kind == "sas":
        return ("https://%s.blob.core.windows.net/uploads/%s?sv=2022-11-02&ss=b&srt=o&sp=r&se=2025-01-31T18:00:00Z&sig=%s%%3D" % (
            rng.choice(["kundfiler", "belegstore", "docsprod"]), rng.choice(["scan01.pdf", "lista.xlsx", "contract.docx"]),
            ralnum(rng, 43, string.ascii_letters + string.digits + "%"))), "url_token"
    raise ValueError(kind)


def url_secret_ok(u):
    if re.match(r"[a-z]+://[^:/@\s]+:[^@\s]+@[\w.-]+", u):
        return True
    if u.startswith("https://hooks.slack.com/services/T"):
        return True
    return bool(re.match(r"https://\S+\?\S*(X-Amz-Signature|token|access_token|code|api_key|sig)=", u))

# ---------------------------------------------------------------- phones

def gen_phone(rng, cc, intl=None):
    """Returns (text, subtype)."""
    intl = rng.random() < 0.4 if intl is None else intl
    if cc == "AU":
        mob = rng.random() < 0.6
        if mob:
            d = "4" + rdig(rng, 8)
            nat = rng.choice(["0%s %s %s" % (d[:3], d[3:6], d[6:]), "0" + d, "0%s-%s-%s" % (d[:3], d[3:6], d[6:])])
            it = rng.choice(["+61 %s %s %s" % (d[:3], d[3:6], d[6:]), "+61" + d, "0061 %s %s %s" % (d[:3], d[3:6], d[6:])])
        else:
            a, d = rng.choice(["2", "3", "7", "8"]), rdig(rng, 8)
            nat = rng.choice(["(0%s) %s %s" % (a, d[:4], d[4:]), "0%s %s %s" % (a, d[:4], d[4:])])
            it = "+61 %s %s %s" % (a, d[:4], d[4:])
    elif cc == "UK":
        kind = rng.choice(["mob", "mob", "lon", "geo"])
        if kind == "mob":
            d = "7" + rdig(rng, 9)
            nat = rng.choice(["0%s %s" % (d[:4], d[4:]), "0%s %s %s" % (d[:4], d[4:7], d[7:])])
            it = rng.choice(["+44 %s %s" % (d[:4], d[4:]), "+44 (0)%s %s" % (d[:4], d[4:]), "0044 %s %s" % (d[:4], d[4:])])
        elif kind == "lon":
            d = rdig(rng, 8)
            nat = "020 %s %s" % (d[:4], d[4:])
            it = rng.choice(["+44 20 %s %s" % (d[:4], d[4:]), "+44 (0)20 %s %s" % (d[:4], d[4:])])
        else:
            a = rng.choice(["113", "117", "161", "131", "1603", "29"])
            d = rdig(rng, 10 - len(a))
            nat = "0%s %s %s" % (a, d[:3], d[3:]) if len(d) == 7 else "0%s %s" % (a, d)
            it = "+44 %s %s" % (a, d)
    elif cc == "SE":
        if rng.random() < 0.65:
            p, d = rng.choice(["70", "72", "73", "76", "79"]), rdig(rng, 7)
            nat = rng.choice(["0%s-%s %s %s" % (p, d[:3], d[3:5], d[5:]), "0%s %s %s %s" % (p, d[:3], d[3:5], d[5:]),
                              "0%s%s" % (p, d), "0%s-%s" % (p, d)])
            it = rng.choice(["+46 %s %s %s %s" % (p, d[:3], d[3:5], d[5:]), "+46%s%s" % (p, d), "0046 %s %s %s %s" % (p, d[:3], d[3:5], d[5:]),
                             "+46 (0)%s %s %s %s" % (p, d[:3], d[3:5], d[5:])])
        else:
            a, d = rng.choice([("8", rdig(rng, 7)), ("31", rdig(rng, 6)), ("40", rdig(rng, 6)), ("18", rdig(rng, 6))])
            nat = "0%s-%s %s %s" % (a, d[:-4], d[-4:-2], d[-2:])
            it = "+46 %s %s %s %s" % (a, d[:-4], d[-4:-2], d[-2:])
    elif cc == "DE":
        if rng.random() < 0.5:
            p, d = rng.choice(["151", "160", "170", "176", "152"]), rdig(rng, 8)
            nat = rng.choice(["0%s %s" % (p, d), "0%s/%s" % (p, d), "0%s-%s" % (p, d), "0%s %s %s" % (p, d[:4], d[4:])])
            it = rng.choice(["+49 %s %s" % (p, d), "+49 (0)%s %s" % (p, d), "0049 %s %s" % (p, d)])
        else:
            a, d = rng.choice([("30", rdig(rng, 8)), ("89", rdig(rng, 7)), ("40", rdig(rng, 8)), ("221", rdig(rng, 7)), ("711", rdig(rng, 6))])
            ext = "-" + rdig(rng, 2) if rng.random() < 0.25 else ""
            nat = rng.choice(["0%s %s%s" % (a, d, ext), "0%s/%s%s" % (a, d, ext), "(0%s) %s%s" % (a, d, ext)])
            it = rng.choice(["+49 %s %s%s" % (a, d, ext), "+49 (0)%s %s%s" % (a, d, ext)])
    elif cc == "ES":
        if rng.random() < 0.65:
            d = rng.choice("67") + rdig(rng, 8)
        else:
            d = rng.choice(["91", "93", "95", "96"]) + rdig(rng, 7)
        nat = rng.choice(["%s %s %s" % (d[:3], d[3:6], d[6:]), d, "%s %s %s %s" % (d[:3], d[3:5], d[5:7], d[7:])])
        it = rng.choice(["+34 %s %s %s" % (d[:3], d[3:6], d[6:]), "+34 %s %s %s %s" % (d[:3], d[3:5], d[5:7], d[7:]),
                         "0034 %s" % d, "+34%s" % d])
    elif cc == "US":
        a, x, d = rng.choice(["415", "503", "512", "617", "303", "919", "802", "608"]), str(rng.randint(201, 989)), rdig(rng, 4)
        nat = rng.choice(["(%s) %s-%s" % (a, x, d), "%s-%s-%s" % (a, x, d), "%s.%s.%s" % (a, x, d), "%s/%s-%s" % (a, x, d)])
        it = rng.choice(["+1 %s %s %s" % (a, x, d), "+1 (%s) %s-%s" % (a, x, d), "+1-%s-%s-%s" % (a, x, d)])
    else:
        raise ValueError(cc)
    return (it if intl else nat), cc.lower() + ("_intl" if intl else "_national")


def phone_ok(s):
    if not re.fullmatch(r"[+\d()./ \-\xa0]+", s):
        return False
    n = len(re.sub(r"\D", "", s))
    return 9 <= n <= 15 and not card_valid(re.sub(r"\D", "", s))

# ---------------------------------------------------------------- dates

MONTHS = {
    "en": "January February March April May June July August September October November December".split(),
    "sv": "januari februari mars april maj juni juli augusti september oktober november december".split(),
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(),
}


def fmt_date(rng, d, market):
    lang = {"AU": "en", "UK": "en", "US": "en", "SE": "sv", "DE": "de", "ES": "es"}[market]
    mn = MONTHS[lang][d.month - 1]
    opts = {
        "AU": ["%02d/%02d/%d" % (d.day, d.month, d.year), "%d %s %d" % (d.day, mn, d.year), "%d/%d/%d" % (d.day, d.month, d.year)],
        "UK": ["%02d/%02d/%d" % (d.day, d.month, d.year), "%d %s %d" % (d.day, mn, d.year), "%d %s %d" % (d.day, mn[:3], d.year)],
        "US": ["%02d/%02d/%d" % (d.month, d.day, d.year), "%s %d, %d" % (mn, d.day, d.year), "%d/%d/%d" % (d.month, d.day, d.year)],
        "SE": ["%d-%02d-%02d" % (d.year, d.month, d.day), "%d %s %d" % (d.day, mn, d.year), "%d%02d%02d" % (d.year, d.month, d.day)],
        "DE": ["%02d.%02d.%d" % (d.day, d.month, d.year), "%d. %s %d" % (d.day, mn, d.year), "%d.%d.%d" % (d.day, d.month, d.year)],
        "ES": ["%02d/%02d/%d" % (d.day, d.month, d.year), "%d de %s de %d" % (d.day, mn, d.year), "%02d-%02d-%d" % (d.day, d.month, d.year)],
    }[market]
    return rng.choice(opts)


def parse_any_date(s):
    s = s.strip()
    for rx, order in [(r"(\d{4})-(\d{2})-(\d{2})", "ymd"), (r"(\d{4})(\d{2})(\d{2})", "ymd"), (r"(\d{1,2})[./-](\d{1,2})[./-](\d{4})", "dmy")]:
        m = re.fullmatch(rx, s)
        if m:
            a, b, c = map(int, m.groups())
            if order == "ymd":
                return date_ok(a, b, c)
            return date_ok(c, b, a) or date_ok(c, a, b)
    for lang, names in MONTHS.items():
        for i, mn in enumerate(names):
            for cand in (mn, mn[:3]):
                for rx in (r"(\d{1,2})\.? (?:de )?%s(?: de)? (\d{4})" % cand, r"%s (\d{1,2}), (\d{4})" % cand):
                    m = re.fullmatch(rx, s)
                    if m:
                        return date_ok(int(m.group(2)), i + 1, int(m.group(1)))
    return False


BIRTH_WORDS = ["born", "dob", "d.o.b", "date of birth", "birth", "birthday", "född", "födelsedatum", "födelsedag", "geburtsdatum",
               "geboren", "geb.", "nacimiento", "nacido", "nacida", "nació"]

# ===================================================================== people and places (hand-written lists)

FIRST = {
    "en": ["Olivia", "Liam", "Charlotte", "Jack", "Amelia", "Noah", "Isla", "Oliver", "Harper", "Lachlan", "Chloe", "Declan",
           "Siobhan", "Priya", "Rahul", "Ngozi", "Chinedu", "Mei", "Hannah", "Ethan", "Zoe", "Bethany", "Callum", "Fiona",
           "Gareth", "Rhiannon", "Tyrone", "Keisha", "Maddison", "Brody", "Jarrah", "Kirra", "Tahlia", "Connor", "Eamon",
           "Aoife", "Marcus", "Jasmine", "Dwayne", "Bronwyn", "Hamish", "Imogen", "Yusuf", "Aaliyah", "Darnell", "Kayleigh"],
    "sv": ["Åsa", "Björn", "Elin", "Gustav", "Linnéa", "Oskar", "Ingrid", "Per-Olof", "Maja", "Hampus", "Saga", "Tove", "Ebba",
           "Kjell", "Göran", "Agnes", "Vilgot", "Siv", "Leila", "Amir", "Märta", "Sixten", "Jonna", "Ellinor", "Anders",
           "Birgitta", "Torbjörn", "Ylva", "Mikael", "Ulrika", "Nils", "Frida", "Mohammed", "Ronja", "Åke", "Katarina"],
    "de": ["Jürgen", "Sabine", "Lukas", "Annegret", "Dirk", "Katharina", "Uwe", "Friederike", "Mehmet", "Ayşe", "Till", "Lena",
           "Maximilian", "Heike", "Hans-Peter", "Gudrun", "Janine", "Kai", "Sönke", "Wiebke", "Malte", "Ulrike", "Björn",
           "Jörg", "Dörte", "Matthias", "Svenja", "Tobias", "Anja", "Ralf", "Nadine", "Emre", "Bärbel", "Günther"],
    "es": ["José María", "María José", "Lucía", "Álvaro", "Nuria", "Íñigo", "Begoña", "Javier", "Carmen", "Sergio", "Ainhoa",
           "Marta", "Rocío", "Jesús", "Montserrat", "Xavier", "Iker", "Pilar", "Raúl", "Inmaculada", "Adrián", "Rosario",
           "Joaquín", "Elena", "Francisco Javier", "Nerea", "Óscar", "Consuelo", "Gonzalo", "Aitana", "Ramón", "Leire"],
}
LAST = {
    "en": ["Smith", "O'Brien", "Nguyen", "Patel", "Williams", "MacDonald", "Okafor", "Haddad", "Kowalski", "Thompson",
           "Fitzgerald", "van der Merwe", "Robinson", "Campbell", "Singh", "Chen", "Harris", "Murphy", "Kelly", "Wright",
           "Abernethy", "Papadopoulos", "Nakamura", "Ahmed", "Hughes", "Llewellyn", "Pritchett", "Delacroix", "Tran",
           "McAllister", "Adeyemi", "Whitfield", "Brennan", "Zhang", "Castellano", "Oyelaran", "Featherstone", "D'Souza"],
    "sv": ["Öberg", "Lindqvist", "Johansson", "Nyström", "Åkesson", "Sjöberg", "Bergström", "Wallin", "Hedlund", "Ekström",
           "Karlsson", "Forsberg", "Lundgren", "Haddad", "Nilsson", "Strömbäck", "Törnqvist", "Eriksson", "Holm", "Söderlund",
           "Mattsson", "Blomqvist", "von Platen", "Kowalski", "Abdi", "Järvinen", "Lindahl", "af Klint", "Ståhl", "Nguyen"],
    "de": ["Müller-Lüdenscheidt", "Weiß", "Schröder", "Oßwald", "Krüger", "Hoffmann", "Yılmaz", "von Ahlen", "Becker",
           "Schäfer", "Kowalczyk", "Zimmermann", "Großmann", "Bäumer", "Nguyen", "Wagner", "Fischer", "Lehmann", "Haddad",
           "Kühn", "Jansen", "van der Berg", "Dąbrowski", "Özdemir", "Brandtner", "Meier-Böhm", "Petersen", "zu Stolberg"],
    "es": ["de la Fuente", "García", "Pérez Gómez", "Fernández", "Martínez Ruiz", "Sánchez", "Núñez", "Ibáñez", "Muñoz",
           "Castillo", "Ortega", "Domínguez", "del Río", "Iglesias", "Etxeberria", "Vidal", "Rojas", "López Haddad",
           "Gutiérrez", "Ramírez", "Cabrera", "Nguyen", "Sáez", "Aranda", "Llorente", "Echeverría", "Prieto"],
}
FEMALE = {"Olivia", "Charlotte", "Amelia", "Isla", "Harper", "Chloe", "Siobhan", "Priya", "Ngozi", "Mei", "Hannah", "Zoe", "Bethany", "Fiona",
          "Rhiannon", "Keisha", "Maddison", "Kirra", "Tahlia", "Aoife", "Jasmine", "Bronwyn", "Imogen", "Aaliyah", "Kayleigh", "Åsa", "Elin", "Linnéa",
          "Ingrid", "Maja", "Saga", "Tove", "Ebba", "Agnes", "Siv", "Leila", "Märta", "Jonna", "Ellinor", "Birgitta", "Ylva", "Ulrika", "Frida",
          "Ronja", "Katarina", "Sabine", "Annegret", "Katharina", "Friederike", "Ayşe", "Lena", "Heike", "Gudrun", "Janine", "Wiebke", "Ulrike",
          "Dörte", "Svenja", "Anja", "Nadine", "Bärbel", "María José", "Lucía", "Nuria", "Begoña", "Carmen", "Ainhoa", "Marta", "Rocío",
          "Montserrat", "Pilar", "Inmaculada", "Rosario", "Elena", "Nerea", "Consuelo", "Aitana", "Leire"}
ES_SECOND = ["García", "López", "Martín", "Romero", "Navarro", "Molina", "Gil", "Serrano", "Blanco", "Suárez", "Peña", "Caballero"]

TRANS = str.maketrans({"å": "a", "ä": "a", "ö": "o", "ü": "u", "é": "e", "á": "a", "í": "i", "ó": "o", "ú": "u", "ñ": "n",
                       "ß": "ss", "ş": "s", "ı": "i", "ą": "a", "'": "", " ": "", "è": "e", "ç": "c"})

FREEMAIL = {"AU": ["gmail.com", "bigpond.com", "outlook.com.au", "optusnet.com.au", "icloud.com"],
            "UK": ["gmail.com", "btinternet.com", "hotmail.co.uk", "yahoo.co.uk", "outlook.com"],
            "US": ["gmail.com", "yahoo.com", "outlook.com", "icloud.com", "comcast.net"],
            "SE": ["gmail.com", "hotmail.se", "telia.com", "live.se", "outlook.com", "bredband.net"],
            "DE": ["web.de", "gmx.de", "gmail.com", "t-online.de", "posteo.de", "freenet.de"],
            "ES": ["gmail.com", "hotmail.es", "yahoo.es", "telefonica.net", "outlook.es"]}
WORKMAIL = {"AU": ["bluegum-acct.com.au", "harbourview-dental.com.au", "mail.jarrahbuilders.com.au"],
            "UK": ["kestrel-logistics.co.uk", "thistleandoak.co.uk", "staff.northfield-academy.org.uk"],
            "US": ["pinecrest-realty.com", "mail.lakeshore-clinic.org", "corp.ironbridge-labs.com"],
            "SE": ["norrsken-redovisning.se", "fjallbackabygg.se", "student.lnu-exempel.se", "kund.sundsvik.se"],
            "DE": ["lagerwerk-nord.de", "elbstahl-metallbau.de", "praxis-am-markt.de", "mail.stadtwerke-beispiel.de"],
            "ES": ["talleres-cantabrico.es", "clinicamediterranea.es", "correo.asesoria-ibarra.es", "ayto-ejemplo.es"]}
MARKET_LANG = {"AU": "en", "UK": "en", "US": "en", "SE": "sv", "DE": "de", "ES": "es"}


class Person:
    def __init__(self, rng, market, lang=None):
        lang = lang or MARKET_LANG[market]
        self.market, self.lang = market, lang
        self.first = rng.choice(FIRST[lang])
        self.last = rng.choice(LAST[lang])
        if lang == "es" and " " not in self.last and rng.random() < 0.6:
            self.last += " " + rng.choice([s for s in ES_SECOND if s != self.last])
        self.full = self.first + " " + self.last
        f = self.first.lower().split()[0].translate(TRANS)
        la = self.last.lower().split()[-1].translate(TRANS) if lang != "es" else self.last.lower().split()[0 if self.last.split()[0] not in ("de", "del") else -1].translate(TRANS)
        la = la.replace("-", "")
        pat = rng.choice(["{f}.{l}", "{f}{l}", "{f0}{l}", "{f}_{l}", "{l}.{f}", "{f}.{l}{n}", "{f}{n}", "{f}.{l}+{tag}"])
        local = pat.format(f=f, l=la, f0=f[0], n=rng.randint(1, 99), tag=rng.choice(["shop", "bills", "support", "2024", "kund"]))
        dom = rng.choice(FREEMAIL[market]) if rng.random() < 0.65 else rng.choice(WORKMAIL[market])
        self.email = local + "@" + dom
        self.phone_cc = market


def other_market(rng, lang):
    return {"en": rng.choice(["AU", "UK", "US"]), "sv": "SE", "de": "DE", "es": "ES"}[lang]


# ---------------------------------------------------------------- addresses

STREETS = {
    "AU": ["Wattle Street", "Beach Road", "Bridge Rd", "Chapel St", "Parramatta Road", "Gympie Terrace", "Jacaranda Avenue", "Banksia Cres"],
    "UK": ["Barrow Road", "Kings Avenue", "Mill Lane", "Victoria Street", "Albert Terrace", "Rosebery Crescent", "Chapel Walk"],
    "US": ["Oak Street", "Maple Ave", "Elm St", "Lakeshore Drive", "Pine Ridge Rd", "Cedar Lane", "W 14th Street"],
    "SE": ["Storgatan", "Kungsgatan", "Björkvägen", "Ringvägen", "Södra Vägen", "Långgatan", "Östra Hamngatan", "Tallstigen"],
    "DE": ["Lindenstraße", "Hauptstr.", "Am Mühlbach", "Schillerplatz", "Karl-Marx-Allee", "Bahnhofstraße", "Wiesenweg", "Grüner Weg"],
    "ES": ["Calle de Alcalá", "C/ Mayor", "Avda. de la Constitución", "Calle Sierpes", "Passeig de Gràcia", "Calle Larios", "Rúa do Franco"],
}
PLACES = {
    "AU": [("Marrickville", "NSW", "2204"), ("Fitzroy", "VIC", "3065"), ("Paddington", "QLD", "4064"), ("Fremantle", "WA", "6160"),
           ("Norwood", "SA", "5067"), ("Sandy Bay", "TAS", "7005"), ("Braddon", "ACT", "2612"), ("Brunswick East", "VIC", "3057")],
    "UK": [("Leeds", "", "LS6 2QF"), ("Bristol", "", "BS3 4HX"), ("Manchester", "", "M14 5RT"), ("Cardiff", "", "CF24 3AA"),
           ("Edinburgh", "", "EH7 5QJ"), ("Norwich", "", "NR2 3LP"), ("London", "", "SE15 4TW"), ("Belfast", "", "BT7 1NN")],
    "US": [("Portland", "OR", "97205"), ("Austin", "TX", "78704"), ("Madison", "WI", "53703"), ("Denver", "CO", "80206"),
           ("Raleigh", "NC", "27601"), ("Burlington", "VT", "05401"), ("Tucson", "AZ", "85719")],
    "SE": [("Göteborg", "", "411 38"), ("Stockholm", "", "118 26"), ("Uppsala", "", "753 20"), ("Malmö", "", "211 42"),
           ("Linköping", "", "582 22"), ("Umeå", "", "903 26"), ("Örebro", "", "702 11"), ("Västerås", "", "722 15")],
    "DE": [("Berlin", "", "10969"), ("München", "", "80331"), ("Köln", "", "50667"), ("Hamburg", "", "20095"),
           ("Leipzig", "", "04109"), ("Stuttgart", "", "70173"), ("Bremen", "", "28195"), ("Lüneburg", "", "21335")],
    "ES": [("Madrid", "", "28009"), ("Valencia", "", "46001"), ("Sevilla", "", "41004"), ("Barcelona", "", "08008"),
           ("Málaga", "", "29015"), ("Santiago de Compostela", "", "15705"), ("Bilbao", "", "48001"), ("A Coruña", "", "15003")],
}
POSTCODE_RX = {"AU": r"\b(NSW|VIC|QLD|WA|SA|TAS|ACT|NT) \d{4}\b", "UK": r"\b[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2}\b",
               "US": r"\b[A-Z]{2} \d{5}\b", "SE": r"\b\d{3} \d{2}\b", "DE": r"\b\d{5}\b", "ES": r"\b\d{5}\b"}


def gen_address(rng, cc, multiline=None, kind=None):
    """Returns (lines, subtype). A one-line address is a single-element list."""
    city, state, pc = rng.choice(PLACES[cc])
    st = rng.choice(STREETS[cc])
    no = str(rng.randint(1, 180))
    ml = rng.random() < 0.45 if multiline is None else multiline
    kind = kind or rng.choice(["plain", "plain", "plain", "unit", "box", "co"])
    care = "c/o " + rng.choice(LAST[MARKET_LANG[cc]]) if kind == "co" else None
    if cc == "AU":
        loc = "%s %s %s" % (city, state, pc)
        if kind == "box":
            lines = ["PO Box %d" % rng.randint(10, 2999), loc]
        elif kind == "unit":
            lines = [rng.choice(["Unit %d, %s %s" % (rng.randint(1, 40), no, st), "%d/%s %s" % (rng.randint(1, 40), no, st)]), loc]
        else:
            lines = ["%s %s" % (no, st), loc]
    elif cc == "UK":
        if kind == "box":
            lines = ["PO Box %d" % rng.randint(10, 999), city, pc]
        elif kind == "unit":
            lines = ["Flat %d" % rng.randint(1, 30), "%s %s" % (no, st), city, pc]
        else:
            lines = ["%s %s" % (no, st), city, pc]
        if not ml:
            lines = [", ".join(lines[:-2]), "%s %s" % (city, pc)] if kind != "box" else [lines[0], "%s %s" % (city, pc)]
    elif cc == "US":
        loc = "%s, %s %s" % (city, state, pc)
        if kind == "box":
            lines = ["PO Box %d" % rng.randint(10, 9999), loc]
        elif kind == "unit":
            lines = ["%s %s" % (no, st), rng.choice(["Apt %d%s" % (rng.randint(1, 20), rng.choice("ABCD")), "Suite %d" % rng.randint(100, 900)]), loc]
        else:
            lines = ["%s %s" % (no, st), loc]
    elif cc == "SE":
        loc = "%s %s" % (pc, city)
        if kind == "box":
            lines = ["Box %d" % rng.randint(10, 9999), loc]
        elif kind == "unit":
            lines = ["%s %s, lgh %d" % (st, no, rng.randint(1001, 1304)), loc]
        else:
            lines = ["%s %s%s" % (st, no, rng.choice(["", "", " B", "A"])), loc]
    elif cc == "DE":
        loc = "%s %s" % (pc, city)
        if kind == "box":
            lines = ["Postfach %d %02d %02d" % (rng.randint(10, 99), rng.randint(0, 99), rng.randint(0, 99)), loc]
        elif kind == "unit":
            lines = ["%s %s, %s" % (st, no, rng.choice(["Hinterhaus", "3. OG", "Whg. 12", "App. 4"])), loc]
        else:
            lines = ["%s %s%s" % (st, no, rng.choice(["", "", "a", "b"])), loc]
    else:
        loc = "%s %s" % (pc, city)
        if kind == "box":
            lines = ["Apdo. %d" % rng.randint(100, 9999), loc]
        elif kind == "unit":
            lines = ["%s, %s, %s" % (st, no, rng.choice(["3º B", "2º izq.", "1ª", "bajo A", "5º dcha."])), loc]
        else:
            lines = ["%s %s" % (st, no), loc]
    if care:
        lines = [care] + lines
    if not ml:
        lines = [", ".join(lines)]
    return lines, cc.lower() + ("_" + kind if kind != "plain" else "")

COMPANY = {"en": ["Harbourview Dental", "Kestrel Logistics Ltd", "Bluegum Accounting Pty Ltd", "Pinecrest Realty LLC",
                  "Thistle & Oak Interiors", "Ironbridge Labs Inc.", "Northfield Academy"],
           "sv": ["Norrsken Redovisning AB", "Fjällbacka Bygg AB", "Sundsvik Fastigheter AB", "Hemtjänst Väst AB", "Gröna Grind Förskola"],
           "de": ["Lagerwerk Nord GmbH", "Elbstahl Metallbau GmbH & Co. KG", "Praxis am Markt", "Stadtwerke Beispielstadt", "Bäckerei am Dom"],
           "es": ["Talleres Cantábrico S.L.", "Clínica Dental Mediterránea", "Asesoría Ibarra", "Colegio San Fermín", "Inmobiliaria Levante"]}
TITLES = {"en": ["Head of Finance", "Office Manager", "Practice Manager", "IT Coordinator", "Payroll Officer", "Operations Lead"],
          "sv": ["Ekonomiansvarig", "Kontorschef", "IT-samordnare", "Löneadministratör", "Verksamhetschef"],
          "de": ["Leiterin Buchhaltung", "Büroleiter", "IT-Koordinatorin", "Personalreferent", "Geschäftsführer"],
          "es": ["Responsable de Administración", "Jefa de Oficina", "Coordinador de IT", "Técnica de Nóminas", "Gerente"]}
PRODUCT = {"en": ["Tallyo", "Kundly", "ParcelNest", "Bookwise"], "sv": ["Fakturino", "Hemnät", "Kassaboken", "Kundly"],
           "de": ["Lagerwerk", "Rechnungsfix", "Terminheld", "Kundly"], "es": ["Tiendalia", "Facturio", "Reservamos", "Kundly"]}
CITIES = {"AU": ["Brisbane", "Perth", "Hobart", "Geelong"], "UK": ["Sheffield", "Glasgow", "Swansea", "York"],
          "US": ["Chicago", "Sacramento", "Boise", "Pittsburgh"], "SE": ["Sundsvall", "Jönköping", "Luleå", "Helsingborg"],
          "DE": ["Dresden", "Kiel", "Würzburg", "Freiburg"], "ES": ["Zaragoza", "Granada", "Oviedo", "Murcia"]}

# ===================================================================== pieces and rendering

class Lab:
    def __init__(self, v, cat, sub, link=False, trick=True):
        self.v, self.cat, self.sub, self.link, self.trick = v, cat, sub, link, trick


class Addr(Lab):
    def __init__(self, lines, sub):
        super().__init__("\n".join(lines), "postal_address", sub)
        self.lines = lines


class Neg:
    def __init__(self, v, kind):
        self.v, self.kind = v, kind


class Raw:
    def __init__(self, plain, htm):
        self.plain, self.html = plain, htm


TOK = re.compile(r"\{(\w+)\}")


def tmpl(t, vals):
    out, pos = [], 0
    for m in TOK.finditer(t):
        out.append(t[pos:m.start()])
        out.append(vals[m.group(1)])
        pos = m.end()
    out.append(t[pos:])
    return [x for x in out if x != ""]


class Renderer:
    def __init__(self, rng, is_html, style, entmode):
        self.rng, self.html, self.style, self.ent = rng, is_html, style, entmode
        self.out = []
        self.depth = 0

    # -- encoding
    def esc(self, s, attr=False):
        s = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        if attr:
            return s.replace('"', "&quot;")
        if self.ent == "utf8":
            return s
        o = []
        for ch in s:
            if ord(ch) < 128:
                o.append(ch)
            elif self.ent == "named" and ord(ch) in html.entities.codepoint2name:
                o.append("&%s;" % html.entities.codepoint2name[ord(ch)])
            else:
                o.append("&#%d;" % ord(ch))
        return "".join(o)

    def put(self, src, meta=None):
        if src:
            self.out.append((src, meta))

    def text(self, s, pre):
        if not self.html:
            self.put(s)
        elif pre:
            self.put(self.esc(s))
        else:
            self.put(self.esc(s).replace("\n", "<br>\n"))

    def enc_label(self, lab, pre):
        v = lab.v
        if not self.html:
            return v
        s = self.esc(v)
        if pre or not lab.trick:
            return s
        r = self.rng.random()
        if lab.cat == "email" and "@" in v and r < 0.2:
            s = s.replace("@", "&#64;")
        elif lab.cat == "phone" and " " in v and r < 0.25:
            s = s.replace(" ", "&nbsp;")
        elif lab.cat in ("payment_card", "iban", "national_id", "phone") and v.count(" ") >= 2 and r > 0.8:
            parts = s.split(" ")
            i = self.rng.randint(1, len(parts) - 2)
            tag = self.rng.choice([("<b>", "</b>"), ("<strong>", "</strong>"), ('<span style="color:#000000">', "</span>")])
            parts[i] = tag[0] + parts[i] + tag[1]
            s = " ".join(parts)
        return s

    def label(self, lab, pre):
        meta = ("L", lab.cat, lab.sub)
        if isinstance(lab, Addr):
            lines = lab.lines
            if self.depth and not self.html:
                self.put(", ".join(lines), meta)
            elif self.html and not pre:
                self.put("<br>".join(self.esc(x) for x in lines), meta)
            else:
                self.put("\n".join(self.esc(x) if self.html else x for x in lines), meta)
            return
        if "\n" in lab.v and self.depth and not self.html:
            raise ValueError("multi-line label inside > quote")
        if self.html and lab.link and not pre:
            if lab.cat == "email":
                self.put('<a href="mailto:')
                self.put(self.esc(lab.v, attr=True), meta)
                self.put('">')
                self.put(self.enc_label(lab, pre), meta)
                self.put("</a>")
                return
            if lab.cat == "phone":
                self.put('<a href="tel:')
                self.put(re.sub(r"[^\d+]", "", lab.v), meta)
                self.put('">')
                self.put(self.enc_label(lab, pre), meta)
                self.put("</a>")
                return
            if lab.cat == "secret":
                self.put('<a href="')
                self.put(self.esc(lab.v, attr=True), meta)
                self.put('" target="_blank">')
                self.put(self.esc(lab.v), meta)
                self.put("</a>")
                return
        self.put(self.enc_label(lab, pre), meta)

    def pieces(self, ps, pre=False):
        for p in ps:
            if p is None:
                continue
            if isinstance(p, str):
                self.text(p, pre)
            elif isinstance(p, Lab):
                self.label(p, pre)
            elif isinstance(p, Neg):
                self.put(self.esc(p.v) if self.html else p.v, ("N", p.kind))
            elif isinstance(p, Raw):
                self.put(p.html if self.html else p.plain)
            elif isinstance(p, (list, tuple)):
                self.pieces(p, pre)
            else:
                raise TypeError(p)

    # -- blocks
    def p_open(self):
        return {"freshdesk": "<div>", "outlook": '<p class="MsoNormal">', "gmail": "<div>", "plainp": "<p>"}[self.style]

    def p_close(self):
        return {"freshdesk": "</div>\n", "outlook": "<o:p></o:p></p>\n", "gmail": "</div>\n", "plainp": "</p>\n"}[self.style]

    def blocks(self, bl):
        for i, b in enumerate(bl):
            if not self.html and i:
                self.put("\n\n")
            if self.html and i and self.style in ("freshdesk", "gmail"):
                self.put("<div><br></div>\n")
            self.block(b)

    def block(self, b):
        kind = b[0]
        if kind == "p":
            if self.html:
                self.put(self.p_open())
            self.pieces(b[1])
            if self.html:
                self.put(self.p_close())
        elif kind == "pre":
            if self.html:
                self.put("<pre>")
            self.pieces(b[1], pre=True)
            if self.html:
                self.put("</pre>\n")
        elif kind == "ul":
            bullet = self.rng.choice(["- ", "* ", "• "])
            if self.html:
                self.put("<ul>\n")
            for j, item in enumerate(b[1]):
                if self.html:
                    self.put("<li>")
                    self.pieces(item)
                    self.put("</li>\n")
                else:
                    if j:
                        self.put("\n")
                    self.put(b[2] % (j + 1) if len(b) > 2 else bullet)
                    self.pieces(item)
            if self.html:
                self.put("</ul>\n")
        elif kind == "table":
            hdr, rows = b[1], b[2]
            if self.html:
                self.put('<table border="1" cellpadding="4" cellspacing="0">\n<tr>')
                for h in hdr:
                    self.put("<th>")
                    self.pieces([h])
                    self.put("</th>")
                self.put("</tr>\n")
                for r in rows:
                    self.put("<tr>")
                    for cell in r:
                        self.put("<td>")
                        self.pieces([cell])
                        self.put("</td>")
                    self.put("</tr>\n")
                self.put("</table>\n")
            else:
                self.put("| " + " | ".join(hdr) + " |\n|" + "|".join("---" for _ in hdr) + "|")
                for r in rows:
                    self.put("\n| ")
                    for k, cell in enumerate(r):
                        if k:
                            self.put(" | ")
                        self.pieces([cell])
                    self.put(" |")
        elif kind == "quote":
            self.quote(b)
        else:
            raise ValueError(kind)

    def quote(self, b):
        _, qstyle, header, inner = b
        if qstyle == "inline":
            if self.html:
                self.put('<div class="gmail_quote"><div dir="ltr" class="gmail_attr">')
                self.pieces(header)
                self.put('<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">\n')
                self.depth += 1
                self.blocks(inner)
                self.depth -= 1
                self.put("</blockquote></div>\n")
            else:
                self.pieces(header)
                self.put("\n")
                sub = Renderer(self.rng, False, self.style, self.ent)
                sub.depth = self.depth + 1
                sub.blocks(inner)
                self.put("> ")
                for src, meta in sub.out:
                    if meta is None:
                        self.put(src.replace("\n", "\n> "))
                    else:
                        if "\n" in src:
                            raise ValueError("multi-line label inside > quote")
                        self.put(src, meta)
        else:  # outlook-style header rows
            banner, rows = header
            if self.html:
                self.put('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n<p class="MsoNormal">')
                if banner:
                    self.put(self.esc(banner) + "<br>\n")
                for j, (k, v) in enumerate(rows):
                    self.put("<b>%s</b> " % self.esc(k))
                    self.pieces(v)
                    self.put("<br>\n" if j < len(rows) - 1 else "")
                self.put("<o:p></o:p></p>\n</div>\n")
                self.depth += 1
                self.blocks(inner)
                self.depth -= 1
            else:
                self.put((banner or self.rng.choice(["-----Original Message-----", "________________________________"])) + "\n")
                for j, (k, v) in enumerate(rows):
                    self.put(k + " ")
                    self.pieces(v)
                    self.put("\n")
                self.put("\n")
                self.blocks(inner)

    def document(self, bl):
        if self.html:
            self.put({"freshdesk": '<div class="fr-view">\n', "gmail": '<div dir="ltr">\n', "plainp": "<div>\n",
                      "outlook": '<html><body lang="%s" link="#0563C1"><div class="WordSection1">\n' % self.rng.choice(["EN-GB", "SV", "DE", "ES"])}[self.style])
        self.blocks(bl)
        if self.html:
            self.put("</div></body></html>" if self.style == "outlook" else "</div>")
        return self.finish()

    def finish(self):
        text, labels, negs, pos = [], [], [], 0
        for src, meta in self.out:
            b = len(src.encode("utf-8"))
            if meta:
                if meta[0] == "L":
                    labels.append({"start": pos, "end": pos + b, "category": meta[1], "subtype": meta[2], "text": src})
                else:
                    negs.append({"start": pos, "end": pos + b, "kind": meta[1], "text": src})
            text.append(src)
            pos += b
        return "".join(text), labels, negs

# ===================================================================== ticket context

def num_safe(v):
    """A numeric look-alike must not pass any checksum it resembles."""
    d = re.sub(r"\D", "", v)
    if 12 <= len(d) <= 19 and card_valid(d):
        return False
    if len(d) in (10, 12) and se_pnr_valid(d):
        return False
    if len(d) == 9 and tfn_valid(d):
        return False
    if len(d) == 11 and (abn_valid(d) or steuer_valid(d)):
        return False
    if len(d) == 10 and (nhs_valid(d) or medicare_valid(d)):
        return False
    if re.fullmatch(r"\d{3}-\d{2}-\d{4}", v):
        return False
    return True


class C:
    def __init__(self, rng, lang, market):
        self.rng, self.lang, self.market = rng, lang, market
        self.me = Person(rng, market)
        amk = other_market(rng, lang) if rng.random() < 0.8 else rng.choice(["AU", "UK", "US", "SE", "DE", "ES"])
        self.agent = Person(rng, amk)
        self.agent.email = "%s@%s" % (self.agent.email.split("@")[0].split("+")[0], rng.choice(
            ["help.kundly.app", "support.tallyo.io", "kundtjanst.fakturino.se", "support.rechnungsfix.de", "soporte.facturio.es", "care.parcelnest.com"]))
        self.known = None
        self.is_html = False
        self.quote_ok = True
        self.frame = True

    # -- wording
    def w(self, **kw):
        opts = kw.get(self.lang, kw.get("en"))
        return self.rng.choice(opts) if isinstance(opts, list) else opts

    def wi(self, i, **kw):
        return kw.get(self.lang, kw.get("en"))[i]

    def T(self, _t, **vals):
        return tmpl(_t, vals)

    def P(self, _t, **vals):
        return ("p", tmpl(_t, vals))

    def chance(self, p):
        return self.rng.random() < p

    def pick(self, seq):
        return self.rng.choice(seq)

    def person(self, market=None, female=None, family=False):
        while True:
            p = Person(self.rng, market or self.market)
            if female is None or (p.first in FEMALE) == female:
                break
        if family:
            p.last = self.me.last
            p.full = p.first + " " + p.last
        return p

    # -- labelled values
    def name(self, p, form="full", sub="mention"):
        v = {"full": p.full, "first": p.first, "last": p.last, "caps": p.full.upper(), "lower": p.full.lower(),
             "lastfirst": "%s, %s" % (p.last, p.first), "firstlower": p.first.lower(), "lastcaps": "%s %s" % (p.last.upper(), p.first)}[form]
        return Lab(v, "person_name", sub)

    def email(self, p=None, sub="personal", link=None, v=None):
        v = v or p.email
        link = self.chance(0.35) if link is None else link
        return Lab(v, "email", sub, link=link)

    def obf_email(self, p):
        local, dom = p.email.split("@")
        parts = dom.split(".")
        v = self.pick([
            "%s at %s dot %s" % (local.replace(".", " dot "), ".".join(parts[:-1]).replace(".", " dot "), parts[-1]),
            "%s[at]%s[dot]%s" % (local, ".".join(parts[:-1]), parts[-1]),
            "%s {at} %s" % (local, dom),
            "%s (at) %s" % (local, dom),
            "%s (at) %s (dot) %s" % (local, ".".join(parts[:-1]), parts[-1])])
        return Lab(v, "email", "obfuscated", trick=False)

    def phone(self, cc=None, intl=None, sub=None, link=None):
        while True:
            v, st = gen_phone(self.rng, cc or self.market, intl)
            if phone_ok(v):
                break
        return Lab(v, "phone", sub or st, link=self.chance(0.15) if link is None else link)

    def addr(self, cc=None, ml=None, kind=None):
        lines, st = gen_address(self.rng, cc or self.market, ml, kind)
        return Addr(lines, st)

    def card(self, brand=None):
        v, b = gen_card(self.rng, brand)
        return Lab(v, "payment_card", b)

    def iban(self, cc=None):
        cc = cc or {"AU": "GB", "UK": "GB", "US": "IE", "SE": "SE", "DE": "DE", "ES": "ES"}[self.market]
        if self.chance(0.12):
            cc = self.pick(["FR", "NL", "AT", "IE", "DE", "ES", "GB"])
        return Lab(gen_iban(self.rng, cc), "iban", cc.lower())

    def nid(self, kind):
        g = {"se_pnr": lambda: gen_pnr(self.rng), "se_samordning": lambda: gen_pnr(self.rng, samord=True),
             "au_tfn": lambda: gen_tfn(self.rng), "au_abn": lambda: gen_abn(self.rng), "au_medicare": lambda: gen_medicare(self.rng),
             "uk_nino": lambda: gen_nino(self.rng), "uk_nhs": lambda: gen_nhs(self.rng), "es_dni": lambda: gen_dni(self.rng),
             "es_nie": lambda: gen_nie(self.rng), "us_ssn": lambda: gen_ssn(self.rng), "de_steuer_id": lambda: gen_steuer(self.rng)}[kind]
        return Lab(g(), "national_id", kind)

    def nid_local(self):
        k = {"AU": ["au_tfn", "au_medicare"], "UK": ["uk_nino", "uk_nhs"], "US": ["us_ssn"], "SE": ["se_pnr", "se_pnr", "se_samordning"],
             "DE": ["de_steuer_id"], "ES": ["es_dni", "es_dni", "es_nie"]}[self.market]
        return self.nid(self.pick(k))

    def ip(self, v6=None):
        v6 = self.chance(0.3) if v6 is None else v6
        return Lab(gen_ipv6(self.rng) if v6 else gen_ipv4(self.rng), "ip_address", "ipv6" if v6 else "ipv4")

    def secret(self, kind):
        if kind in ("creds", "s3", "reset", "oauth", "apikey", "sas"):
            v, st = gen_url_secret(self.rng, kind)
            return Lab(v, "secret", st, link=self.chance(0.4))
        return Lab(gen_secret(self.rng, kind), "secret", kind)

    def dob(self, d=None, y0=1940, y1=2005):
        d = d or rand_date(self.rng, y0, y1)
        return Lab(fmt_date(self.rng, d, self.market), "date_of_birth", self.market.lower())

    # -- negatives
    def neg(self, kind):
        r = self.rng
        while True:
            v = self._neg(kind)
            if num_safe(v):
                return Neg(v, kind)

    def _neg(self, kind):
        r = self.rng
        if kind == "order_number":
            return r.choice(["ORD-2024-%06d" % r.randint(1, 999999), "%d" % r.randint(1000000, 9999999), "A%07d" % r.randint(0, 9999999),
                             "WEB-%05d" % r.randint(10000, 99999), "SO%06d" % r.randint(100000, 999999)])
        if kind == "invoice_number":
            return r.choice(["INV-%05d" % r.randint(1, 99999), "RE-2024-%04d" % r.randint(1, 9999), "F2024/%04d" % r.randint(1, 9999),
                             "FAC-%06d" % r.randint(1, 999999), "%d" % r.randint(100000, 999999)])
        if kind == "ticket_number":
            return r.choice(["#%d" % r.randint(10000, 999999), "HD-%d" % r.randint(10000, 99999), "CS-%d" % r.randint(100000, 999999)])
        if kind == "customer_number":
            return r.choice(["KD-%06d" % r.randint(1, 999999), "%d" % r.randint(1000000, 99999999), "C-%05d" % r.randint(1, 99999),
                             "%d %03d" % (r.randint(100, 999), r.randint(0, 999))])
        if kind == "version":
            return r.choice(["v%d.%d.%d" % (r.randint(1, 12), r.randint(0, 30), r.randint(0, 40)), "%d.%d.%d" % (r.randint(1, 20), r.randint(0, 30), r.randint(0, 9)),
                             "%d.%d" % (r.randint(1, 17), r.randint(0, 9))])
        if kind == "build_number":
            if r.random() < 0.5:
                return "%d.%d.%d.%d" % (r.randint(1, 30), r.randint(0, 20), r.randint(0, 9), r.randint(1, 255))
            return "%d.%d.%d.%d" % (r.randint(1, 30), r.randint(0, 20), r.randint(0, 400), r.randint(256, 9999))
        if kind == "timestamp":
            d = rand_date(r, 2023, 2025)
            h, mi, s = r.randint(0, 23), r.randint(0, 59), r.randint(0, 59)
            return r.choice(["%s %02d:%02d:%02d" % (d.isoformat(), h, mi, s), "%sT%02d:%02d:%02dZ" % (d.isoformat(), h, mi, s),
                             "%02d.%02d.%d %02d:%02d" % (d.day, d.month, d.year, h, mi), "%02d/%02d/%d %02d:%02d" % (d.day, d.month, d.year, h, mi)])
        if kind == "date":
            return fmt_date(r, rand_date(r, 2023, 2025), self.market)
        if kind == "luhn_invalid_card":
            return gen_bad_card(r)
        if kind == "uuid":
            h = ralnum(r, 32, "0123456789abcdef")
            return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], r.choice("89ab"), h[17:20], h[20:32])
        if kind == "git_sha":
            return ralnum(r, r.choice([7, 12, 40]), "0123456789abcdef")
        if kind == "tracking_number":
            return r.choice(["1Z%s%s" % (ralnum(r, 6, string.ascii_uppercase + string.digits), rdig(r, 10)), "JJD00%s" % rdig(r, 16),
                             "RR%sSE" % rdig(r, 9), "00340434%s" % rdig(r, 12), "PQ4F6P%sX" % rdig(r, 14)])
        if kind == "sku":
            return r.choice(["SKU-%s-%d" % (r.choice(["BLK", "WHT", "OAK"]), r.randint(10, 99)), "ART-%05d-XL" % r.randint(0, 99999),
                             "%s-%04d" % (r.choice(["KB", "LMP", "CHR"]), r.randint(0, 9999))])
        if kind == "amount":
            a, b = r.randint(5, 2999), r.randint(0, 99)
            return r.choice({"AU": ["$%d.%02d" % (a, b), "AU$%d.%02d" % (a, b), "%d.%02d AUD" % (a, b)], "UK": ["£%d.%02d" % (a, b), "GBP %d.%02d" % (a, b)],
                             "US": ["$%d.%02d" % (a, b), "USD %d" % a], "SE": ["%d kr" % a, "%d,%02d SEK" % (a, b), "%d:-" % a],
                             "DE": ["%d,%02d €" % (a, b), "€%d,%02d" % (a, b), "%d,%02d EUR" % (a, b)], "ES": ["%d,%02d €" % (a, b), "%d €" % a]}[self.market])
            return r.choice(["€%d,%02d" % (r.randint(5, 2999), r.randint(0, 99)), "$%d.%02d" % (r.randint(5, 2999), r.randint(0, 99)),
                             "%d kr" % r.randint(49, 12999), "%d,%02d €" % (r.randint(5, 999), r.randint(0, 99)),
                             "AU$%d.%02d" % (r.randint(5, 999), r.randint(0, 99)), "£%d.%02d" % (r.randint(1, 999), r.randint(0, 99)),
                             "%d,%02d EUR" % (r.randint(5, 999), r.randint(0, 99))])
        if kind == "error_code":
            return r.choice(["0x%08X" % r.randint(0x80000000, 0x8FFFFFFF), "ERR_CONNECTION_RESET", "E%d" % r.randint(1000, 9999),
                             "HTTP 502", "ORA-%05d" % r.randint(1, 20000), "SMTP 550 5.7.1"])
        if kind == "hex_colour":
            return "#" + ralnum(r, 6, "0123456789abcdef")
        if kind == "file_size":
            return r.choice(["%d.%d MB" % (r.randint(1, 900), r.randint(0, 9)), "%d,%d GB" % (r.randint(1, 60), r.randint(0, 9)), "%d KB" % r.randint(10, 999)])
        if kind == "percentage":
            return r.choice(["%d%%" % r.randint(1, 100), "%d,%d %%" % (r.randint(1, 99), r.randint(1, 9)), "%d.%d%%" % (r.randint(1, 99), r.randint(1, 9))])
        if kind == "port":
            return str(r.choice([8443, 5432, 3306, 8080, 22, 2222, 993, 587, 6379]))
        if kind == "mac_address":
            return r.choice([":", "-"]).join(ralnum(r, 2, "0123456789ABCDEF") for _ in range(6))
        if kind == "clock_time":
            return r.choice(["%02d:%02d" % (r.randint(7, 20), r.choice([0, 15, 30, 45])), "%d.%02d" % (r.randint(7, 20), r.choice([0, 15, 30, 45])),
                             "%d:%02d %s" % (r.randint(1, 12), r.choice([0, 15, 30, 45]), r.choice(["am", "pm"]))])
        if kind == "serial_number":
            return "SN%s%s" % (ralnum(r, 4, string.ascii_uppercase), rdig(r, 6))
        if kind == "booking_reference":
            return ralnum(r, 6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789")
        if kind in ("policy_number", "claim_number", "contract_number"):
            return {"policy_number": "POL-%s" % rdig(r, 7), "claim_number": "CLM-%d-%05d" % (r.randint(2023, 2025), r.randint(0, 99999)),
                    "contract_number": "V-%s/%s" % (rdig(r, 5), rdig(r, 2))}[kind]
        if kind == "masked_card":
            return r.choice(["**** **** **** %s" % rdig(r, 4), "XXXX-XXXX-XXXX-%s" % rdig(r, 4), "•••• %s" % rdig(r, 4)])
        if kind == "card_expiry":
            return "%02d/%02d" % (r.randint(1, 12), r.randint(25, 30))
        if kind == "job_title":
            return r.choice(TITLES[self.lang])
        if kind == "company_name":
            return r.choice(COMPANY[self.lang])
        if kind == "city":
            return r.choice(CITIES[self.market])
        if kind == "code_sample":
            return r.choice(["YOUR_API_KEY", "<password>", "<your-token>", "REPLACE_ME", "${DB_PASSWORD}", "xxxx-xxxx-xxxx", "<YOUR_SECRET>"])
        raise ValueError(kind)

# ===================================================================== shared wording

def greeting(c):
    r = c.rng.random()
    if r < 0.5:
        t = c.w(en=["Hi {a},", "Hello {a},", "Hey {a}", "Dear {a},", "Morning {a},", "Hi {a} -"], sv=["Hej {a}!", "Hej {a},", "Hejsan {a},", "Tjena {a}!"],
                de=["Hallo {a},", "Moin {a},", "Guten Tag {a},", "Hi {a},", "Hallo {a}!"], es=["Hola {a}:", "Hola {a},", "Buenos días {a},", "Buenas {a},"])
        return c.P(t, a=c.name(c.agent, "first", "greeting"))
    if r < 0.72:
        t = c.w(en=["Hi {t} team,", "Dear {t} Support,", "Hello {t} support,"], sv=["Hej {t}-supporten,", "Hej {t}!", "Hej kundtjänst på {t},"],
                de=["Hallo {t}-Team,", "Liebes {t}-Team,", "Hallo {t} Support,"], es=["Hola equipo de {t},", "Estimado equipo de {t}:", "Hola {t}:"])
        return c.P(t, t=c.neg_team())
    return c.P(c.w(en=["Hi,", "Hello,", "Hi there,", "Good afternoon,", "To whom it may concern,"], sv=["Hej,", "Hej!", "Hallå,", "God morgon,"],
                   de=["Hallo,", "Sehr geehrte Damen und Herren,", "Guten Tag,"], es=["Hola,", "Buenas,", "Buenos días,", "Estimados señores:"]))


def _neg_team(self):
    return Neg(self.pick(PRODUCT[self.lang]), "team_name")


C.neg_team = _neg_team

DISCLAIMER = {"en": ["This email and any attachments are confidential and intended solely for the addressee. If you have received it in error please notify the sender and delete it.",
                     "CONFIDENTIALITY NOTICE: the information in this message is privileged. Please consider the environment before printing."],
              "sv": ["Detta e-postmeddelande kan innehålla konfidentiell information. Om du fått det av misstag, vänligen meddela avsändaren och radera det.",
                     "Tänk på miljön innan du skriver ut detta mejl."],
              "de": ["Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender und vernichten Sie diese Mail.",
                     "Pflichtangaben gemäß § 35a GmbHG finden Sie auf unserer Website."],
              "es": ["Este mensaje y sus anexos son confidenciales. Si lo ha recibido por error, le rogamos que lo comunique al remitente y lo elimine.",
                     "Antes de imprimir este correo, piense en el medio ambiente."]}


def closing_word(c):
    return c.w(en=["Thanks,", "Cheers,", "Kind regards,", "Best,", "Many thanks,", "Regards,", "Thx", "Best wishes,"],
               sv=["Mvh", "Med vänliga hälsningar", "Hälsningar", "Tack på förhand!", "Vänliga hälsningar", "MVH"],
               de=["Viele Grüße", "Mit freundlichen Grüßen", "Beste Grüße", "LG", "Danke und Gruß", "Freundliche Grüße"],
               es=["Saludos,", "Un saludo,", "Gracias,", "Atentamente,", "Muchas gracias de antemano,", "Un abrazo,"])


def signature(c, style=None, p=None):
    p = p or c.me
    style = style or c.pick(["first", "full", "full", "vcard", "phone", "caps"])
    cw = closing_word(c)
    c.signed = True
    if style == "first":
        return [c.P(cw + "\n{n}", n=c.name(p, "first", "signature"))]
    if style == "full":
        return [c.P(cw + "\n{n}", n=c.name(p, "full", "signature"))]
    if style == "caps":
        return [c.P(cw + "\n{n}", n=c.name(p, c.pick(["caps", "lower"]), "signature"))]
    if style == "phone":
        return [c.P(cw + "\n{n}\n{ph}", n=c.name(p, "full", "signature"), ph=c.my_phone())]
    # vcard
    parts = [cw + "\n\n", c.name(p, "full", "signature"), "\n", c.neg("job_title"), " | ", c.neg("company_name")]
    keys = c.w(en=[("M: ", "T: ", "E: "), ("Mob: ", "Tel: ", "Email: ")], sv=[("Mobil: ", "Växel: ", "E-post: "), ("M: ", "T: ", "E: ")],
               de=[("Mobil: ", "Tel.: ", "E-Mail: "), ("M: ", "T: ", "E: ")], es=[("Móvil: ", "Tel.: ", "Correo: "), ("M: ", "T: ", "E: ")])
    parts += ["\n", keys[0], c.my_phone()]
    if c.chance(0.6):
        parts += ["\n", keys[1], c.phone(sub="office")]
    parts += ["\n", keys[2], c.email(p)]
    if c.chance(0.4):
        parts += ["\n", c.addr(ml=False)]
    bl = [("p", parts)]
    if c.chance(0.6):
        bl.append(c.P(c.pick(DISCLAIMER[c.lang])))
    return bl


def _my_phone(self):
    if not hasattr(self, "_myph"):
        self._myph = self.phone(cc=self.me.market)
    return Lab(self._myph.v, "phone", self._myph.sub, link=self.chance(0.15))


C.my_phone = _my_phone


def quote_block(c, p, blocks, outlook=None, to=None):
    """Quote an earlier message written by person p."""
    outlook = c.chance(0.3) if outlook is None else outlook
    ts = c.neg("timestamp")
    if not outlook:
        hdr = c.w(en=["On {d}, {n} <{e}> wrote:", "On {d} {n} <{e}> wrote:", "{n} <{e}> wrote on {d}:"],
                  sv=["Den {d} skrev {n} <{e}>:", "{d} skrev {n} <{e}>:"],
                  de=["Am {d} schrieb {n} <{e}>:", "{n} <{e}> schrieb am {d}:"],
                  es=["El {d}, {n} <{e}> escribió:", "El {d} {n} (<{e}>) escribió:"])
        head = c.T(hdr, d=ts, n=c.name(p, "full", "quote_header"), e=c.email(p, "quote_header", link=c.is_html))
        return ("quote", "inline", head, blocks)
    keys = c.w(en=[("From:", "Sent:", "To:", "Subject:")], sv=[("Från:", "Skickat:", "Till:", "Ämne:")],
               de=[("Von:", "Gesendet:", "An:", "Betreff:")], es=[("De:", "Enviado el:", "Para:", "Asunto:")])
    form = "lastfirst" if c.chance(0.35) else "full"
    to = to or c.me
    rows = [(keys[0], [c.name(p, form, "quote_header"), " <", c.email(p, "quote_header", link=False), ">"]),
            (keys[1], [ts]), (keys[2], [c.name(to, "full", "quote_header")]),
            (keys[3], [c.w(en="RE: your request ", sv="SV: ditt ärende ", de="AW: Ihre Anfrage ", es="RE: su consulta "), c.neg("ticket_number")])]
    return ("quote", "outlook", (None, rows), blocks)


def agent_msg(c, extra=None):
    a = c.agent
    body = c.w(en=["Thanks for getting in touch. Could you confirm the details below so we can look into it?",
                   "I've had a look at your account and need a little more information before I can go ahead.",
                   "Sorry for the trouble! I've passed this to our billing team and will update you as soon as I hear back."],
               sv=["Tack för att du hörde av dig. Kan du bekräfta uppgifterna nedan så tittar vi på det?",
                   "Jag har tittat på ditt konto och behöver lite mer information innan jag kan gå vidare."],
               de=["Danke für Ihre Nachricht. Können Sie uns die folgenden Angaben bestätigen?",
                   "Ich habe mir Ihr Konto angesehen und brauche noch ein paar Informationen."],
               es=["Gracias por contactar con nosotros. ¿Puede confirmarnos los siguientes datos?",
                   "He revisado su cuenta y necesito algo más de información antes de continuar."])
    g = c.w(en="Hi {n},", sv="Hej {n}!", de="Hallo {n},", es="Hola {n}:")
    bl = [c.P(g, n=c.name(c.me, "first", "greeting")), c.P(body)]
    if extra:
        bl.append(extra)
    bl.append(c.P(c.w(en="Kind regards,\n{a}\n{t} Support", sv="Vänliga hälsningar\n{a}\n{t} kundtjänst", de="Viele Grüße\n{a}\n{t} Support",
                      es="Un saludo,\n{a}\n{t} Atención al cliente"), a=c.name(a, c.pick(["first", "full"]), "agent"), t=c.neg_team()))
    return bl


def intro(c, p=None):
    p = p or c.me
    t = c.w(en=["My name is {n} and ", "This is {n} here, ", "I'm {n}, ", "{n} here - "],
            sv=["Jag heter {n} och ", "Det är {n} här, ", "Mitt namn är {n}, "],
            de=["Ich heiße {n} und ", "Mein Name ist {n}, ", "hier schreibt {n}, "],
            es=["Me llamo {n} y ", "Soy {n}, ", "Mi nombre es {n} y "])
    return c.T(t, n=c.name(p, "full", "intro"))

# ===================================================================== scenarios (hand-written)
SCEN = []


def scenario(*langs, markets=None):
    def deco(fn):
        SCEN.append((fn.__name__[3:], set(langs), fn, markets, 1 if len(langs) > 1 else 4))
        return fn
    return deco


ALL = ("en", "sv", "de", "es")


@scenario(*ALL)
def sc_double_charge(c):
    o, a = c.neg("order_number"), c.neg("amount")
    b = [c.P(c.w(en=["I was charged twice for order {o} ({a}). The card used was {k}, expiry {x}.",
                     "Your checkout took {a} off my card two times for the same order {o}. Card number {k} (exp {x})."],
                 sv=["Jag har blivit debiterad två gånger för order {o} ({a}). Kortet jag använde är {k}, giltigt till {x}.",
                     "Ni har dragit {a} två gånger för samma beställning {o}. Kortnummer: {k}, utgång {x}."],
                 de=["Mir wurde die Bestellung {o} ({a}) doppelt abgebucht. Verwendete Karte: {k}, gültig bis {x}.",
                     "Sie haben {a} zweimal von meiner Kreditkarte {k} (Ablauf {x}) abgebucht, Bestellnummer {o}."],
                 es=["Me habéis cobrado dos veces el pedido {o} ({a}). La tarjeta es la {k}, caduca {x}.",
                     "Se me ha cargado {a} dos veces por el mismo pedido {o}. Tarjeta {k}, vencimiento {x}."]),
             o=o, a=a, k=c.card(), x=c.neg("card_expiry"))]
    if c.chance(0.6):
        b.append(c.P(c.w(en="My bank shows the second payment as {m} with reference {r}.", sv="Banken visar den andra dragningen som {m} med referens {r}.",
                         de="Bei meiner Bank steht die zweite Zahlung als {m}, Referenz {r}.", es="En el banco aparece el segundo cargo como {m}, referencia {r}."),
                     m=c.neg("masked_card"), r=c.neg("luhn_invalid_card")))
    return b


@scenario(*ALL)
def sc_refund_iban(c):
    return [c.P(c.w(en=["Please refund invoice {i} ({a}) to my bank account instead of the card. IBAN: {b}",
                        "Could the refund for {i} go to this account pls: {b} (account holder {n})."],
                    sv=["Kan ni betala tillbaka faktura {i} ({a}) till mitt konto i stället? IBAN: {b}",
                        "Återbetalningen för {i} kan sättas in på {b}, kontoinnehavare {n}."],
                    de=["Bitte erstatten Sie den Betrag der Rechnung {i} ({a}) auf mein Konto: IBAN {b}",
                        "Die Gutschrift zu {i} bitte auf {b}, Kontoinhaber {n}."],
                    es=["Por favor, devolvedme el importe de la factura {i} ({a}) a esta cuenta: {b}",
                        "El reembolso de {i} lo podéis hacer a la cuenta {b}, titular {n}."]),
                i=c.neg("invoice_number"), a=c.neg("amount"), b=c.iban(), n=c.name(c.me, c.pick(["full", "caps"]), "account_holder"))]


@scenario(*ALL)
def sc_address_change(c):
    return [c.P(c.w(en="{intro}I moved last month. Customer number {k}. Old address:", sv="{intro}jag har flyttat. Kundnummer {k}. Gammal adress:",
                    de="{intro}ich bin umgezogen. Kundennummer {k}. Alte Anschrift:", es="{intro}me he mudado. Número de cliente {k}. Dirección antigua:"),
                intro=intro(c), k=c.neg("customer_number")),
            ("p", [c.addr(ml=True)]),
            c.P(c.w(en="New address from {d}:", sv="Ny adress från {d}:", de="Neue Anschrift ab {d}:", es="Nueva dirección desde el {d}:"), d=c.neg("date")),
            ("p", [c.addr(ml=c.chance(0.7))])]


@scenario(*ALL)
def sc_callback(c):
    t1, t2 = c.neg("clock_time"), c.neg("clock_time")
    ph = c.my_phone()
    ext = c.chance(0.3)
    b = [c.P(c.w(en=["Can someone call me back pls? Best number is {p}{x}, any time between {t1} and {t2}.",
                     "I'd rather talk on the phone - please ring {p}{x} after {t1}."],
                 sv=["Kan någon ringa upp mig? Nås bäst på {p}{x} mellan {t1} och {t2}.", "Ring mig gärna på {p}{x} efter {t1}."],
                 de=["Könnten Sie mich bitte zurückrufen? Am besten unter {p}{x} zwischen {t1} und {t2}.",
                     "Rückruf bitte unter {p}{x}, ab {t1} Uhr erreichbar."],
                 es=["¿Me podéis llamar? Estoy en el {p}{x} de {t1} a {t2}.", "Prefiero hablarlo por teléfono, llamadme al {p}{x} después de las {t1}."]),
             p=ph, x=(" " + c.pick(["ext. ", "x", "Durchwahl ", "anexo "]) + str(c.rng.randint(10, 999))) if ext else "", t1=t1, t2=t2)]
    if c.chance(0.5):
        o = c.person()
        b.append(c.P(c.w(en="If I'm not around, my partner {n} can take it on {p}.", sv="Om jag inte svarar kan {n} ta det på {p}.",
                         de="Falls ich nicht rangehe, ist {n} unter {p} erreichbar.", es="Si no contesto, puede atender {n} en el {p}."),
                     n=c.name(o, "full", "family"), p=c.phone()))
    return b


@scenario(*ALL)
def sc_deep_thread(c):
    """3-4 quote levels: me -> agent -> me -> agent."""
    c.quote_ok = False
    lvl3 = agent_msg(c)
    lvl2 = [c.P(c.w(en="Hi {a}, here is the info you asked for. My postcode is the one on the account and my phone is {p}.",
                    sv="Hej {a}, här kommer uppgifterna. Telefon: {p}.", de="Hallo {a}, hier die gewünschten Angaben. Telefon: {p}.",
                    es="Hola {a}, te paso los datos que pedías. Teléfono: {p}."), a=c.name(c.agent, "first", "greeting"), p=c.my_phone()),
            c.P(closing_word(c) + "\n{n}", n=c.name(c.me, "first", "signature"))]
    if c.chance(0.7):
        lvl2.append(quote_block(c, c.agent, lvl3, outlook=False))
    lvl1 = [c.P(c.w(en="Thanks {n}. I've escalated this to {s} in our payments team, who will email you from {e}.",
                    sv="Tack {n}. Jag har skickat vidare till {s} på betalningsavdelningen, som mejlar dig från {e}.",
                    de="Danke {n}. Ich habe das an {s} aus dem Zahlungsteam weitergegeben, sie meldet sich von {e}.",
                    es="Gracias {n}. Lo he pasado a {s}, del equipo de pagos, que te escribirá desde {e}."),
                n=c.name(c.me, "first", "greeting"), s=c.name(c.person(c.agent.market), "full", "colleague"),
                e=c.email(v="payments@" + c.pick(["tallyo.io", "fakturino.se", "rechnungsfix.de", "facturio.es"]), sub="role")),
            c.P(c.w(en="Best,\n{a}", sv="Hälsningar\n{a}", de="Gruß\n{a}", es="Saludos,\n{a}"), a=c.name(c.agent, "first", "signature")),
            quote_block(c, c.me, lvl2, outlook=False, to=c.agent)]
    return [c.P(c.w(en=["It's been a week and still nothing from {s}. Ticket {t}.", "Any update? Nobody has contacted me yet ({t})."],
                    sv=["Det har gått en vecka och jag har inte hört något. Ärende {t}.", "Något nytt? Ingen har hört av sig ({t})."],
                    de=["Seit einer Woche keine Rückmeldung. Ticket {t}.", "Gibt es etwas Neues? Es hat sich niemand gemeldet ({t})."],
                    es=["Ha pasado una semana y nadie me ha contactado. Incidencia {t}.", "¿Alguna novedad? Nadie me ha llamado ({t})."]),
                s="payments", t=c.neg("ticket_number"))] + signature(c, "first") + [quote_block(c, c.agent, lvl1, outlook=False)]


@scenario(*ALL)
def sc_vcard_quote(c):
    return [c.P(c.w(en=["Could you send a quote for {n} extra licences? We are on plan version {v}.", "We'd like to add {n} users to our subscription before {d}."],
                    sv=["Kan ni skicka en offert på {n} extra licenser? Vi kör version {v}.", "Vi vill lägga till {n} användare innan {d}."],
                    de=["Bitte senden Sie uns ein Angebot für {n} weitere Lizenzen, wir nutzen Version {v}.", "Wir möchten vor dem {d} noch {n} Nutzer hinzufügen."],
                    es=["¿Nos podéis enviar presupuesto para {n} licencias más? Usamos la versión {v}.", "Queremos añadir {n} usuarios antes del {d}."]),
                n=str(c.rng.randint(2, 40)), v=c.neg("version"), d=c.neg("date"))] + signature(c, "vcard")


FORM_KEYS = {"en": ["Name", "Email", "Phone", "Address", "Date of birth", "Message"],
             "sv": ["Namn", "E-post", "Telefon", "Adress", "Födelsedatum", "Meddelande"],
             "de": ["Name", "E-Mail", "Telefon", "Anschrift", "Geburtsdatum", "Nachricht"],
             "es": ["Nombre", "Correo electrónico", "Teléfono", "Dirección", "Fecha de nacimiento", "Mensaje"]}


@scenario(*ALL)
def sc_web_form(c):
    c.frame, c.quote_ok = False, False
    k = FORM_KEYS[c.lang]
    msg = c.w(en=["I can't log in since the update, please help", "need to change my delivery day"], sv=["Kommer inte in på mitt konto sedan uppdateringen", "vill byta leveransdag"],
              de=["Seit dem Update komme ich nicht mehr rein", "möchte meinen Liefertag ändern"], es=["No puedo entrar desde la actualización", "quiero cambiar el día de entrega"])
    rows = [(k[0], c.name(c.me, c.pick(["full", "full", "caps", "lower"]), "form_field")), (k[1], c.email(c.me, link=False)), (k[2], c.my_phone())]
    if c.chance(0.6):
        rows.append((k[3], c.addr(ml=False)))
    if c.chance(0.5):
        rows.append((k[4], c.dob()))
    rows.append((k[5], msg))
    head = c.w(en="New submission from the contact form ({t})", sv="Nytt formulärsvar ({t})", de="Neue Formular-Einsendung ({t})", es="Nuevo envío del formulario ({t})")
    b = [c.P(head, t=c.neg("timestamp"))]
    if c.is_html and c.chance(0.6):
        b.append(("table", [c.w(en="Field", sv="Fält", de="Feld", es="Campo"), c.w(en="Value", sv="Värde", de="Wert", es="Valor")], [[kk, v] for kk, v in rows]))
    else:
        parts = []
        for j, (kk, v) in enumerate(rows):
            parts += [("\n" if j else "") + kk + ": ", v]
        b.append(("p", parts))
    b.append(c.P("IP: {ip} | {ua}", ip=c.ip(), ua=c.pick(["Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X)", "Mozilla/5.0 (Windows NT 10.0; Win64; x64)"])))
    return b


@scenario(*ALL)
def sc_chat(c):
    c.frame, c.quote_ok = False, False
    ag, me = c.agent, c.me
    al = c.name(ag, "first", "chat_speaker")
    lines = []
    clock = [c.rng.randint(8 * 60, 19 * 60)]

    def line(who, _t, **kw):
        clock[0] += c.rng.randint(0, 3)
        lines.append(["[", Neg("%02d:%02d" % divmod(clock[0], 60), "clock_time"), "] ", who, ": "] + c.T(_t, **kw))
    line(al, c.w(en="Hi, you're chatting with {a}. How can I help?", sv="Hej, du chattar med {a}. Vad kan jag hjälpa till med?",
                 de="Hallo, hier ist {a}. Wie kann ich helfen?", es="Hola, te atiende {a}. ¿En qué te ayudo?"), a=c.name(ag, "first", "intro"))
    who = c.name(me, c.pick(["full", "first"]), "chat_speaker")
    line(who, c.w(en="hi my parcel {t} never arrived", sv="hej mitt paket {t} har inte kommit", de="hallo, mein Paket {t} ist nicht angekommen",
                  es="hola, mi paquete {t} no ha llegado"), t=c.neg("tracking_number"))
    line(c.name(ag, "first", "chat_speaker"), c.w(en="Sorry about that! Can you confirm the delivery address and your date of birth for security?",
                                                  sv="Tråkigt! Kan du bekräfta leveransadressen och ditt födelsedatum?",
                                                  de="Das tut mir leid! Können Sie die Lieferadresse und Ihr Geburtsdatum bestätigen?",
                                                  es="¡Vaya! ¿Me confirmas la dirección de entrega y tu fecha de nacimiento?"))
    line(c.name(me, "first", "chat_speaker"), "{a}", a=c.addr(ml=False))
    line(c.name(me, "first", "chat_speaker"), c.w(en="born {d}", sv="född {d}", de="geboren am {d}", es="nacido el {d}"), d=c.dob())
    line(c.name(ag, "first", "chat_speaker"), c.w(en="Thanks. The driver left it with {n} next door at {t}.", sv="Tack. Budet lämnade det hos {n} bredvid kl {t}.",
                                                  de="Danke. Der Fahrer hat es um {t} bei {n} nebenan abgegeben.", es="Gracias. El repartidor lo dejó con {n}, tu vecino, a las {t}."),
         n=c.name(c.person(female=False), "full", "neighbour"), t=c.neg("clock_time"))
    line(c.name(me, "first", "chat_speaker"), c.w(en="ok thx", sv="ok tack", de="ok danke", es="vale gracias"))
    b = [c.P(c.w(en="Chat transcript - {d}", sv="Chattlogg - {d}", de="Chatverlauf - {d}", es="Transcripción del chat - {d}"), d=c.neg("date"))]
    parts = []
    for j, l in enumerate(lines):
        parts += (["\n"] if j else []) + l
    b.append(("p", parts))
    return b


@scenario(*ALL)
def sc_hr_payroll(c):
    emp = c.person()
    idlab = c.nid_local()
    k = c.w(en=[("Employee", "Start date", "Date of birth", "Tax/ID number", "Bank account", "Home address")],
            sv=[("Anställd", "Startdatum", "Födelsedatum", "Personnummer", "Lönekonto", "Hemadress")],
            de=[("Mitarbeiter/in", "Eintritt", "Geburtsdatum", "Steuer-ID", "Bankverbindung", "Wohnanschrift")],
            es=[("Empleado/a", "Fecha de alta", "Fecha de nacimiento", "DNI/NIE", "Cuenta", "Domicilio")])
    items = [[k[0] + ": ", c.name(emp, "full", "employee")], [k[1] + ": ", c.neg("date")], [k[3] + ": ", idlab], [k[4] + ": ", c.iban()],
             [k[5] + ": ", c.addr(ml=False)]]
    if idlab.sub not in ("se_pnr", "se_samordning"):
        items.insert(2, [k[2] + ": ", c.dob(y0=1960, y1=2004)])
    return [c.P(c.w(en=["Please set up payroll for our new starter. Details:", "New employee for the next pay run ({r}):"],
                    sv=["Kan ni lägga upp lön för vår nyanställda? Uppgifter:", "Ny anställd till lönekörningen {r}:"],
                    de=["Bitte legen Sie folgende neue Mitarbeiterin in der Lohnabrechnung an:", "Neuer Mitarbeiter für den Lohnlauf {r}:"],
                    es=["Por favor, dad de alta en nóminas a la nueva incorporación:", "Nuevo empleado para la nómina de {r}:"]), r=c.neg("date")),
            ("ul", items),
            c.P(c.w(en="Approved by {m} ({t}).", sv="Godkänt av {m} ({t}).", de="Freigegeben von {m} ({t}).", es="Aprobado por {m} ({t})."),
                m=c.name(c.person(), "full", "colleague"), t=c.neg("job_title"))]


@scenario(*ALL)
def sc_medical_claim(c):
    pat = c.me if c.chance(0.5) else c.person()
    idk = {"AU": "au_medicare", "UK": "uk_nhs", "US": "us_ssn", "SE": "se_pnr", "DE": "de_steuer_id", "ES": "es_dni"}[c.market]
    return [c.P(c.w(en=["I'm following up on claim {cl} for {p} (patient). Medicare/NHS/ID no. {id}, DOB {d}.",
                        "Claim {cl} was rejected. Patient: {p}, date of birth {d}, ID {id}. Policy {po}."],
                    sv=["Jag vill följa upp skadeanmälan {cl} för {p}, personnummer {id}.", "Ersättningen {cl} avslogs. Patient: {p}, pnr {id}, försäkring {po}."],
                    de=["Ich frage nach dem Stand der Erstattung {cl} für {p}, geb. {d}, Steuer-ID {id}.", "Die Erstattung {cl} wurde abgelehnt. Patient: {p}, Geburtsdatum {d}, Police {po}."],
                    es=["Escribo por el reembolso {cl} de {p}, fecha de nacimiento {d}, DNI {id}.", "Han rechazado la solicitud {cl}. Paciente: {p}, fecha de nacimiento {d}, póliza {po}."]),
                cl=c.neg("claim_number"), p=c.name(pat, "full", "patient"), id=c.nid(idk), d=c.dob(), po=c.neg("policy_number")),
            c.P(c.w(en="The treating doctor was Dr {dr}. Total {a}.", sv="Behandlande läkare var {dr}. Totalt {a}.",
                    de="Behandelt hat Dr. {dr}. Gesamtbetrag {a}.", es="Me atendió {dr}. Total {a}."),
                dr=c.name(c.person(), "full", "doctor"), a=c.neg("amount"))]


@scenario(*ALL)
def sc_school_parent(c):
    kid = c.person(female=c.lang in ("en", "de"), family=True)
    teacher = c.person(female=True)
    return [c.P(c.w(en=["My daughter {k} is in class {cl} and her teacher {t} asked me to update her details. She was born on {d}.",
                        "I'm the parent of {k} ({cl}). Mrs {tl} said I should contact you about the lunch account. DOB: {d}."],
                    sv=["Min son {k} går i klass {cl} och hans mentor {t} bad mig uppdatera uppgifterna. Han är född {d}.",
                        "Jag är förälder till {k} i {cl}. {t} sa att jag skulle kontakta er om skolmaten. Född {d}."],
                    de=["Meine Tochter {k} ist in der Klasse {cl}, ihre Klassenlehrerin {t} hat mich gebeten, die Daten zu aktualisieren. Geburtsdatum: {d}.",
                        "Ich bin die Mutter von {k} ({cl}). Frau {tl} meinte, ich soll mich wegen der Mensa-Karte melden. Geb. {d}."],
                    es=["Mi hijo {k} está en {cl} y su tutora {t} me pidió que actualizara sus datos. Fecha de nacimiento: {d}.",
                        "Soy la madre de {k} ({cl}). La profesora {tl} me dijo que os escribiera por el comedor. Nacido el {d}."]),
                k=c.name(kid, "full", "child"), cl=c.pick(["4B", "7C", "2A", "5"]), t=c.name(teacher, "full", "teacher"), tl=c.name(teacher, "last", "teacher"),
                d=c.dob(y0=2010, y1=2019)),
            c.P(c.w(en="You can reach me on {p} or {e}.", sv="Ni når mig på {p} eller {e}.", de="Sie erreichen mich unter {p} oder {e}.", es="Podéis llamarme al {p} o escribirme a {e}."),
                p=c.my_phone(), e=c.email(c.me))]


@scenario(*ALL)
def sc_landlord(c):
    ll = c.person()
    return [c.P(c.w(en=["I rent the flat at {a} from {l}. The bond of {m} still hasn't been returned and the landlord's number {p} goes to voicemail.",
                        "Tenant at {a} here. My landlord {l} says rent for {d} wasn't received, but I paid {m} to {b}."],
                    sv=["Jag hyr lägenheten på {a} av {l}. Depositionen på {m} har inte betalats tillbaka och hyresvärdens nummer {p} går inte fram.",
                        "Jag bor på {a}. Min hyresvärd {l} säger att hyran för {d} inte kommit in, men jag betalade {m} till {b}."],
                    de=["Ich wohne zur Miete in {a}, Vermieter ist {l}. Die Kaution von {m} wurde nicht zurückgezahlt, unter {p} erreiche ich niemanden.",
                        "Ich wohne in {a}. Mein Vermieter {l} behauptet, die Miete für {d} sei nicht eingegangen, ich habe {m} auf {b} überwiesen."],
                    es=["Alquilo el piso de {a} a {l}. No me han devuelto la fianza de {m} y al {p} no contesta nadie.",
                        "Vivo de alquiler en {a}. Mi casero, {l}, dice que no ha recibido el alquiler de {d}, pero pagué {m} a la cuenta {b}."]),
                a=c.addr(ml=False), l=c.name(ll, "full", "landlord"), m=c.neg("amount"), p=c.phone(), d=c.neg("date"), b=c.iban())]


@scenario(*ALL)
def sc_travel_booking(c):
    pax = [c.me] + [c.person() for _ in range(c.rng.randint(1, 3))]
    hdr = c.w(en=("Passenger", "Date of birth", "Seat"), sv=("Resenär", "Födelsedatum", "Plats"), de=("Reisende/r", "Geburtsdatum", "Sitz"), es=("Pasajero/a", "Fecha de nacimiento", "Asiento"))
    rows = [[c.name(p, c.pick(["full", "caps", "lastcaps"]), "passenger"), c.dob(y0=1950, y1=2020), "%d%s" % (c.rng.randint(1, 40), c.pick("ACDF"))] for p in pax]
    b = [c.P(c.w(en="Booking ref {r}, flight on {d}. One of the birth dates is wrong, the correct list is:", sv="Bokning {r}, resa {d}. Ett födelsedatum är fel, rätt lista:",
                 de="Buchung {r}, Abflug {d}. Ein Geburtsdatum ist falsch, hier die korrekte Liste:", es="Reserva {r}, vuelo del {d}. Hay una fecha de nacimiento mal, la lista correcta es:"),
             r=c.neg("booking_reference"), d=c.neg("date"))]
    if c.is_html or c.chance(0.5):
        b.append(("table", hdr, rows))
    else:
        b.append(("ul", [[r[0], " - " + hdr[1] + ": ", r[1], " - " + r[2]] for r in rows]))
    return b


@scenario(*ALL)
def sc_gdpr(c):
    sp = c.person(female=False)
    ex = c.person()
    return [c.P(c.w(en=["Under the GDPR I am requesting a copy of all personal data you hold about me and about my husband {s}. Please also erase anything about my ex-partner {x}, who used my account until {d}.",
                        "This is a subject access request. I want all records linked to {e} and to my husband {s}."],
                    sv=["Enligt GDPR begär jag ett registerutdrag med alla uppgifter ni har om mig och min sambo {s}. Radera också allt om {x}, som använde mitt konto fram till {d}.",
                        "Jag begär registerutdrag för allt som är kopplat till {e} och till min sambo {s}."],
                    de=["Gemäß Art. 15 DSGVO verlange ich Auskunft über alle Daten zu meiner Person und zu meinem Mann {s}. Bitte löschen Sie außerdem alles zu {x}, der mein Konto bis {d} genutzt hat.",
                        "Hiermit mache ich mein Auskunftsrecht geltend, für {e} und für meinen Mann {s}."],
                    es=["Conforme al RGPD, solicito acceso a todos los datos que tengáis sobre mí y sobre mi marido {s}. Además, borrad todo lo relacionado con {x}, que usó mi cuenta hasta el {d}.",
                        "Ejerzo mi derecho de acceso: quiero todos los datos asociados a {e} y a mi marido {s}."]),
                s=c.name(sp, "full", "family"), x=c.name(ex, "full", "third_party"), d=c.neg("date"), e=c.email(c.me)),
            c.P(c.w(en="For verification: {id}, address {a}.", sv="För identifiering: {id}, adress {a}.", de="Zur Identifikation: {id}, Anschrift {a}.", es="Para verificar: {id}, domicilio {a}."),
                id=c.nid_local(), a=c.addr(ml=False))]


@scenario(*ALL)
def sc_account_recovery(c):
    return [c.P(c.w(en=["The reset link you sent doesn't work: {u}", "I clicked this and got error {e}: {u}"],
                    sv=["Återställningslänken fungerar inte: {u}", "Jag fick felet {e} när jag klickade här: {u}"],
                    de=["Der Link zum Zurücksetzen funktioniert nicht: {u}", "Beim Klick auf {u} kommt Fehler {e}."],
                    es=["El enlace para restablecer la contraseña no funciona: {u}", "Me sale el error {e} al abrir {u}"]),
                u=c.secret("reset"), e=c.neg("error_code")),
            c.P(c.w(en="Also, the login history shows sign-ins from {i1} and {i2} at {t} which were not me.",
                    sv="Dessutom finns inloggningar från {i1} och {i2} den {t} som inte var jag.",
                    de="Außerdem gab es am {t} Anmeldungen von {i1} und {i2}, die nicht von mir waren.",
                    es="Además, en el historial aparecen accesos desde {i1} y {i2} el {t} que no fueron míos."),
                i1=c.ip(False), i2=c.ip(), t=c.neg("timestamp"))]


@scenario(*ALL)
def sc_api_debug(c):
    tok = c.secret("jwt")
    return [c.P(c.w(en="Your API returns {e} since we upgraded the SDK to {v}. Request:", sv="API:et svarar {e} sedan vi uppgraderade SDK till {v}. Anrop:",
                    de="Seit dem SDK-Update auf {v} liefert die API {e}. Request:", es="Desde que actualizamos el SDK a {v} la API devuelve {e}. Petición:"),
                e=c.neg("error_code"), v=c.neg("version")),
            ("pre", ["curl -s https://api.kundly.app/v3/contacts \\\n  -H \"Authorization: Bearer ", tok, "\" \\\n  -H \"X-Request-Id: ", c.neg("uuid"), "\""]),
            c.P(c.w(en="Your docs say to use {ph} there, which is what we replaced. Build {b}.", sv="I er dokumentation står {ph}, det har vi bytt ut. Bygge {b}.",
                    de="In Ihrer Doku steht dort {ph}, das haben wir ersetzt. Build {b}.", es="En vuestra documentación pone {ph}, que es lo que sustituimos. Build {b}."),
                ph=c.neg("code_sample"), b=c.neg("build_number"))]


@scenario(*ALL)
def sc_ip_allowlist(c):
    items = [[c.ip(), " (", c.w(en="office", sv="kontoret", de="Büro", es="oficina"), ")"], [c.ip(), " (VPN, port ", c.neg("port"), ")"]]
    if c.chance(0.5):
        items.append([c.ip(True), " (IPv6)"])
    return [c.P(c.w(en="Please add these to the allowlist for our account {k}:", sv="Lägg till dessa adresser i vitlistan för konto {k}:",
                    de="Bitte folgende Adressen für Konto {k} freischalten:", es="Por favor, añadid estas IPs a la lista blanca de la cuenta {k}:"), k=c.neg("customer_number")),
            ("ul", items),
            c.P(c.w(en="The printer with MAC {m} should not be included.", sv="Skrivaren med MAC {m} ska inte med.", de="Der Drucker mit MAC {m} bitte nicht.",
                    es="La impresora con MAC {m} no hace falta."), m=c.neg("mac_address"))]


@scenario(*ALL)
def sc_password_shared(c):
    lbl = c.w(en=["password: ", "pw: ", "Password = "], sv=["lösenord: ", "Lösenord: ", "pw: "], de=["Passwort: ", "Kennwort: ", "PW: "], es=["contraseña: ", "Contraseña: ", "clave: "])
    return [c.P(c.w(en="I can't get into the admin panel. Username is {u} and " + lbl + "{p} - can you check it?",
                    sv="Jag kommer inte in i adminpanelen. Användarnamn {u}, " + lbl + "{p}",
                    de="Ich komme nicht ins Admin-Panel. Benutzer {u}, " + lbl + "{p}",
                    es="No puedo entrar al panel. Usuario {u}, " + lbl + "{p}"),
                u=c.email(c.me, link=False), p=Lab(gen_secret(c.rng, "password"), "secret", "password", trick=False))]


@scenario(*ALL)
def sc_delivery(c):
    nb = c.person(female=False)
    return [c.P(c.w(en=["Tracking {t} says delivered on {d} but nothing here. Maybe it went to {n} at {a}?",
                        "parcel {t} shows delivered {d}, my neighbour {n} hasn't got it either"],
                    sv=["Spårning {t} säger levererat {d} men inget paket. Kanske hamnade det hos {n} på {a}?", "paket {t} står som levererat {d}, grannen {n} har det inte heller"],
                    de=["Sendung {t} laut Tracking am {d} zugestellt, aber nichts da. Vielleicht bei {n}, {a}?", "Paket {t} angeblich am {d} zugestellt, Nachbar {n} hat es auch nicht"],
                    es=["El seguimiento {t} dice entregado el {d} pero aquí no hay nada. ¿Quizá lo dejaron a {n} en {a}?", "el paquete {t} sale entregado el {d}, mi vecina {n} tampoco lo tiene"]),
                t=c.neg("tracking_number"), d=c.neg("date"), n=c.name(nb, "full", "neighbour"), a=c.addr(ml=False)),
            c.P(c.w(en="Item {s}, {a}.", sv="Artikel {s}, {a}.", de="Artikel {s}, {a}.", es="Artículo {s}, {a}."), s=c.neg("sku"), a=c.neg("amount"))]


@scenario(*ALL)
def sc_bereavement(c):
    fem = c.chance(0.5)
    par = c.person(female=fem, family=True)
    return [c.P(c.wi(1 if fem else 0, en=["My father {p} passed away on {d}. I'm his executor and need to close his account. He was born {b} and lived at {a}.",
                        "I'm writing on behalf of my late mother, {p} (date of birth {b}). Please cancel the subscription on {e}."],
                    sv=["Min pappa {p} gick bort {d}. Jag är dödsbodelägare och vill avsluta hans konto. Han var född {b} och bodde på {a}.",
                        "Jag skriver för min avlidna mamma {p}, född {b}. Avsluta gärna abonnemanget på {e}."],
                    de=["Mein Vater {p} ist am {d} verstorben. Ich bin Erbin und möchte sein Konto kündigen. Er war geboren am {b}, wohnhaft {a}.",
                        "Ich schreibe für meine verstorbene Mutter {p} (Geburtsdatum {b}). Bitte kündigen Sie das Abo zu {e}."],
                    es=["Mi padre, {p}, falleció el {d}. Soy el albacea y necesito cerrar su cuenta. Nació el {b} y vivía en {a}.",
                        "Escribo en nombre de mi difunta madre, {p} (fecha de nacimiento: {b}). Dad de baja la suscripción de {e}."]),
                p=c.name(par, "full", "family"), d=c.neg("date"), b=c.dob(y0=1930, y1=1960), a=c.addr(ml=False), e=c.email(par, link=False))]


@scenario(*ALL)
def sc_warranty(c):
    return [c.P(c.w(en=["The headset (serial {s}, firmware {v}) stopped charging after {p} battery. Invoice {i}.",
                        "RMA request: unit {s}, SKU {k}, firmware {v}, bought for {a}."],
                    sv=["Headsetet (serienummer {s}, firmware {v}) slutade ladda vid {p}. Faktura {i}.", "Reklamation: enhet {s}, artikel {k}, firmware {v}, köpt för {a}."],
                    de=["Das Headset (Seriennummer {s}, Firmware {v}) lädt ab {p} nicht mehr. Rechnung {i}.", "RMA: Gerät {s}, Artikel {k}, Firmware {v}, Kaufpreis {a}."],
                    es=["Los auriculares (n.º de serie {s}, firmware {v}) dejan de cargar al {p}. Factura {i}.", "Solicitud de garantía: unidad {s}, referencia {k}, firmware {v}, precio {a}."]),
                s=c.neg("serial_number"), v=c.neg("version"), p=c.neg("percentage"), i=c.neg("invoice_number"), k=c.neg("sku"), a=c.neg("amount")),
            c.P(c.w(en="Send the replacement to {a}", sv="Skicka ersättningen till {a}", de="Ersatz bitte an {a}", es="Enviad el repuesto a {a}"), a=c.addr(ml=False))]


@scenario(*ALL)
def sc_design(c):
    d = c.person()
    return [c.P(c.w(en=["Our designer {n} wants the header in {h} instead of {h2}. The logo file is {f}, and it should be about {p} smaller.",
                        "Feedback from {n}: buttons should use {h}, the hero image ({f}) loads slowly."],
                    sv=["Vår designer {n} vill ha sidhuvudet i {h} i stället för {h2}. Logotypen är {f} och ska vara {p} mindre.", "Feedback från {n}: knapparna ska vara {h}, bilden ({f}) laddar segt."],
                    de=["Unsere Designerin {n} möchte den Header in {h} statt {h2}. Das Logo hat {f} und soll {p} kleiner werden.", "Rückmeldung von {n}: Buttons bitte in {h}, das Titelbild ({f}) lädt langsam."],
                    es=["Nuestro diseñador, {n}, quiere la cabecera en {h} en vez de {h2}. El logo pesa {f} y debería ser un {p} más pequeño.", "Comentarios de {n}: los botones en {h}, la imagen ({f}) tarda en cargar."]),
                n=c.name(d, "full", "colleague"), h=c.neg("hex_colour"), h2=c.neg("hex_colour"), f=c.neg("file_size"), p=c.neg("percentage"))]


@scenario(*ALL)
def sc_event_list(c):
    ppl = [c.person(c.pick([c.market, c.market, "UK", "SE", "DE", "ES"])) for _ in range(c.rng.randint(2, 4))]
    items = [[c.name(p, "full", "attendee"), " - ", c.email(p, link=False)] + ([" - ", c.phone(p.market)] if c.chance(0.4) else []) for p in ppl]
    return [c.P(c.w(en="Registering these people for the workshop on {d} ({t}):", sv="Anmäler följande till workshoppen {d} ({t}):",
                    de="Ich melde folgende Personen zum Workshop am {d} ({t}) an:", es="Inscribo a estas personas en el taller del {d} ({t}):"),
                d=c.neg("date"), t=c.neg("clock_time")), ("ul", items)]


@scenario(*ALL)
def sc_family_account(c):
    sp, k1 = c.person(female=True if c.lang == "de" else None), c.person(female=c.lang in ("sv", "es"), family=True)
    return [c.P(c.w(en="I'd like to add my partner {s} ({e}) and our son {k}, born {d}, to the family plan.",
                    sv="Jag vill lägga till min sambo {s} ({e}) och vår dotter {k}, född {d}, i familjeabonnemanget.",
                    de="Ich möchte meine Partnerin {s} ({e}) und unseren Sohn {k}, geb. {d}, zum Familientarif hinzufügen.",
                    es="Quiero añadir a mi pareja, {s} ({e}), y a nuestra hija {k}, nacida el {d}, al plan familiar."),
                s=c.name(sp, "full", "family"), e=c.email(sp), k=c.name(k1, "full", "child"), d=c.dob(y0=2008, y1=2022))]


@scenario(*ALL)
def sc_out_of_office(c):
    c.quote_ok = False
    cov = c.person()
    return [c.P(c.w(en=["I'm out of the office until {d} with limited access to email. For urgent matters contact {n} on {p} or {e}.",
                        "Thanks for your message. I am on leave until {d}. Please reach out to {n} ({e}, {p})."],
                    sv=["Jag är tjänstledig till och med {d}. Vid brådskande ärenden kontakta {n} på {p} eller {e}.", "Tack för ditt mejl. Jag är på semester till {d}, kontakta {n} ({e}, {p})."],
                    de=["Ich bin bis einschließlich {d} nicht im Büro. In dringenden Fällen wenden Sie sich bitte an {n}, {p}, {e}.", "Vielen Dank für Ihre Nachricht. Ich bin bis {d} im Urlaub, Vertretung: {n} ({e}, {p})."],
                    es=["Estoy fuera de la oficina hasta el {d}. Para temas urgentes, contacta con {n} en el {p} o en {e}.", "Gracias por tu mensaje. Estoy de vacaciones hasta el {d}; puedes escribir a {n} ({e}, {p})."]),
                d=c.neg("date"), n=c.name(cov, "full", "colleague"), p=c.phone(), e=c.email(cov))] + signature(c, c.pick(["full", "vcard"]))


@scenario(*ALL)
def sc_escalation(c):
    a2 = c.person(c.agent.market)
    return [c.P(c.w(en=["This is the third time I'm writing. {a} promised a call back on {d} and {b} told me to wait another week. I want to speak to a manager.",
                        "Your agents {a} and {b} gave me different answers. Complaint ref {t}."],
                    sv=["Det här är tredje gången jag skriver. {a} lovade att ringa {d} och {b} sa att jag skulle vänta en vecka till. Jag vill prata med en chef.", "Era handläggare {a} och {b} har gett olika svar. Ärende {t}."],
                    de=["Ich schreibe nun zum dritten Mal. {a} hat einen Rückruf am {d} versprochen, {b} meinte, ich solle noch eine Woche warten. Ich möchte eine Führungskraft sprechen.", "Ihre Mitarbeiter {a} und {b} haben mir Unterschiedliches gesagt. Beschwerde {t}."],
                    es=["Es la tercera vez que escribo. {a} me prometió una llamada el {d} y {b} me dijo que esperara otra semana. Quiero hablar con un responsable.", "Vuestros agentes {a} y {b} me han dado respuestas distintas. Reclamación {t}."]),
                a=c.name(c.agent, "full", "agent"), b=c.name(a2, "full", "agent"), d=c.neg("date"), t=c.neg("ticket_number"))]


@scenario(*ALL)
def sc_crm_export(c):
    c.quote_ok = False
    p = c.person()
    k = c.w(en=[("Contact", "Email", "Mobile", "Account", "Owner", "Last activity", "Mailing address")],
            sv=[("Kontakt", "E-post", "Mobil", "Kundnr", "Ansvarig", "Senaste aktivitet", "Postadress")],
            de=[("Kontakt", "E-Mail", "Mobil", "Kundennr.", "Betreuer", "Letzte Aktivität", "Postanschrift")],
            es=[("Contacto", "Email", "Móvil", "Cliente", "Responsable", "Última actividad", "Dirección postal")])
    rows = [(k[0], c.name(p, c.pick(["full", "lastfirst", "caps"]), "crm")), (k[1], c.email(p, link=False)), (k[2], c.phone()),
            (k[3], c.neg("customer_number")), (k[4], c.name(c.agent, "full", "crm_owner")), (k[5], c.neg("timestamp")), (k[6], c.addr(ml=False))]
    w = max(len(x[0]) for x in rows) + 2
    parts = []
    for j, (kk, v) in enumerate(rows):
        parts += [("\n" if j else "") + (kk + ":").ljust(w), v]
    return [c.P(c.w(en="Copied from our CRM - this contact says they never signed up for {t}:", sv="Kopierat från vårt CRM, kontakten säger att hen aldrig registrerat sig hos {t}:",
                    de="Aus unserem CRM kopiert - der Kontakt sagt, er habe sich nie bei {t} angemeldet:", es="Copiado de nuestro CRM; este contacto dice que nunca se registró en {t}:"),
                t=c.neg_team()), ("pre", parts)]


@scenario(*ALL)
def sc_json_paste(c):
    p = c.me if c.chance(0.4) else c.person()
    dobk = c.pick(["date_of_birth", "dob", "birthDate", "fodelsedatum" if c.lang == "sv" else "birth_date"])
    parts = ['{\n  "id": "', c.neg("uuid"), '",\n  "customer": {\n    "name": "', c.name(p, "full", "json"), '",\n    "email": "', c.email(p, link=False),
             '",\n    "phone": "', c.phone(), '",\n    "', dobk, '": "', Lab(rand_date(c.rng, 1950, 2004).isoformat(), "date_of_birth", "iso"),
             '"\n  },\n  "order": "', c.neg("order_number"), '",\n  "created_at": "', c.neg("timestamp"), '",\n  "client_ip": "', c.ip(), '"\n}']
    return [c.P(c.w(en="The webhook payload we receive looks like this, but the phone field is empty in your dashboard:",
                    sv="Webhooken vi får ser ut så här, men telefonfältet är tomt i er panel:",
                    de="Der Webhook-Payload sieht so aus, aber im Dashboard fehlt die Telefonnummer:",
                    es="El payload del webhook es este, pero en vuestro panel el teléfono sale vacío:")), ("pre", parts)]


@scenario(*ALL)
def sc_csv_paste(c):
    c.quote_ok = False
    ppl = [c.person() for _ in range(c.rng.randint(2, 4))]
    parts = ["id;first_name;last_name;email;phone;order"]
    for p in ppl:
        parts += ["\n", str(c.rng.randint(100, 9999)), ";", c.name(p, "first", "csv"), ";", c.name(p, "last", "csv"), ";", c.email(p, link=False), ";",
                  c.phone(), ";", c.neg("order_number")]
    return [c.P(c.w(en="The import fails on these rows with {e}:", sv="Importen stoppar på dessa rader med {e}:", de="Der Import bricht bei diesen Zeilen mit {e} ab:",
                    es="La importación falla en estas filas con {e}:"), e=c.neg("error_code")), ("pre", parts)]


@scenario(*ALL)
def sc_sql_row(c):
    p = c.person()
    idl = c.nid_local()
    parts = ["INSERT INTO customers (id, full_name, email, national_id, created) VALUES\n  (", str(c.rng.randint(1000, 99999)), ", '", c.name(p, "full", "sql"),
             "', '", c.email(p, link=False), "', '", idl, "', '", c.neg("timestamp"), "');"]
    return [c.P(c.w(en="Our migration script dies on this statement (MySQL {v}):", sv="Migreringen dör på den här raden (MySQL {v}):",
                    de="Unser Migrationsskript scheitert an diesem Statement (MySQL {v}):", es="El script de migración falla con esta sentencia (MySQL {v}):"), v=c.neg("version")),
            ("pre", parts)]


@scenario(*ALL)
def sc_md_table(c):
    ppl = [c.person(c.pick([c.market, c.market, "AU", "UK", "US", "SE", "DE", "ES"])) for _ in range(c.rng.randint(2, 4))]
    hdr = c.w(en=("Name", "Email", "Phone", "Since"), sv=("Namn", "E-post", "Telefon", "Sedan"), de=("Name", "E-Mail", "Telefon", "Seit"), es=("Nombre", "Correo", "Teléfono", "Desde"))
    rows = [[c.name(p, "full", "table"), c.email(p, link=False), c.phone(p.market), c.neg("date")] for p in ppl]
    return [c.P(c.w(en="These users are still locked out after the {v} update:", sv="De här användarna är fortfarande utelåsta efter {v}:",
                    de="Diese Nutzer sind nach dem Update {v} weiterhin gesperrt:", es="Estos usuarios siguen bloqueados tras la actualización {v}:"), v=c.neg("version")),
            ("table", hdr, rows)]


@scenario(*ALL)
def sc_ci_leak(c):
    kinds = c.rng.sample(["aws_key_id", "github_pat", "github_fine", "gitlab", "stripe", "openai", "slack_token", "github_oauth", "github_app"], 2)
    lines = ["Run ", c.neg("git_sha"), " on runner ", c.neg("build_number"), "\n"]
    for k in kinds:
        var = {"aws_key_id": "AWS_ACCESS_KEY_ID", "github_pat": "GH_TOKEN", "github_fine": "GITHUB_TOKEN", "gitlab": "GITLAB_TOKEN", "stripe": "STRIPE_KEY",
               "openai": "OPENAI_API_KEY", "slack_token": "SLACK_BOT_TOKEN", "github_oauth": "GH_OAUTH", "github_app": "GH_APP_TOKEN"}[k]
        lines += ["  env ", var, "=", c.secret(k), "\n"]
        if k == "aws_key_id":
            lines += ["  env AWS_SECRET_ACCESS_KEY=", c.secret("aws_secret"), "\n"]
    lines += ["  ", c.neg("timestamp"), " deploy finished in ", "42s"]
    return [c.P(c.w(en=["I think our build log is public and it printed our keys. Can you revoke them on your side?", "Oops - our CI printed secrets into the job log:"],
                    sv=["Jag tror att vår byggslogg är publik och den skrev ut nycklarna. Kan ni spärra dem?", "Hoppsan, vår CI skrev ut hemligheter i loggen:"],
                    de=["Unser Build-Log ist öffentlich und hat die Schlüssel ausgegeben. Können Sie sie sperren?", "Unsere CI hat Secrets ins Log geschrieben:"],
                    es=["Creo que el log del build es público y ha mostrado nuestras claves. ¿Podéis revocarlas?", "Ups, nuestro CI ha imprimido secretos en el log:"])),
            ("pre", lines)]


@scenario(*ALL)
def sc_handover(c):
    col = c.person(female=True)
    return [c.P(c.w(en=["I'm leaving the company on {d}. From then on please deal with my colleague {n} ({e}, {p}), our new {t}.",
                        "Please update the account contact: {n} replaces me as {t}. Her direct line is {p}."],
                    sv=["Jag slutar den {d}. Därefter tar min kollega {n} ({e}, {p}) över som {t}.", "Uppdatera kontaktpersonen: {n} ersätter mig som {t}. Direktnummer {p}."],
                    de=["Ich verlasse das Unternehmen zum {d}. Ab dann ist meine Kollegin {n} ({e}, {p}) als {t} zuständig.", "Bitte ändern Sie den Ansprechpartner: {n} übernimmt als {t}, Durchwahl {p}."],
                    es=["Dejo la empresa el {d}. A partir de entonces, hablad con mi compañera {n} ({e}, {p}), nueva {t}.", "Actualizad el contacto: {n} me sustituye como {t}. Su teléfono directo es {p}."]),
                d=c.neg("date"), n=c.name(col, "full", "colleague"), e=c.email(col, "work"), p=c.phone(sub="direct"), t=c.neg("job_title"))]


@scenario(*ALL)
def sc_obfuscated(c):
    return [c.P(c.w(en=["Please don't reply to the address on file, I no longer use it. Write to {o} instead (spelled out because of spam bots).",
                        "new email is {o} - please update"],
                    sv=["Svara inte till den gamla adressen. Skriv till {o} i stället (utskrivet pga spam).", "ny mejl: {o}"],
                    de=["Bitte nicht mehr an die alte Adresse schreiben, sondern an {o} (wegen Spam so geschrieben).", "neue Mailadresse: {o}"],
                    es=["No respondáis a la dirección antigua; escribid a {o} (lo pongo así por el spam).", "mi correo nuevo es {o}, actualizadlo porfa"]),
                o=c.obf_email(c.me))]


@scenario(*ALL)
def sc_shipping_label(c):
    c.quote_ok = False
    rec = c.person()
    lab = c.w(en=("SHIP TO:", "FROM:", "TRACKING"), sv=("MOTTAGARE:", "AVSÄNDARE:", "KOLLI-ID"), de=("EMPFÄNGER:", "ABSENDER:", "SENDUNGSNR."), es=("DESTINATARIO:", "REMITENTE:", "SEGUIMIENTO"))
    return [c.P(c.w(en="The label printed like this and the courier refused it (weight {f}):", sv="Etiketten skrevs ut så här och budet vägrade ta den:",
                    de="Das Etikett sah so aus, der Kurier hat es abgelehnt:", es="La etiqueta salió así y el mensajero no la aceptó:"), f="2.4 kg"),
            ("pre", [lab[0] + "\n", c.name(rec, "caps", "shipping"), "\n", c.addr(ml=True), "\n\n" + lab[1] + " ", c.neg("company_name"), "\n" + lab[2] + " ", c.neg("tracking_number")])]


@scenario(*ALL)
def sc_vehicle_claim(c):
    od = c.person()
    return [c.P(c.w(en=["Claim {cl}: the other driver was {n}, phone {p}, living at {a}. Accident was on {d} at {t}.",
                        "Re claim {cl} - third party details: {n}, {p}, {a}."],
                    sv=["Skadeärende {cl}: den andra föraren hette {n}, telefon {p}, adress {a}. Olyckan hände {d} kl {t}.", "Gällande {cl}, motpartens uppgifter: {n}, {p}, {a}."],
                    de=["Schaden {cl}: Unfallgegner war {n}, Telefon {p}, wohnhaft {a}. Der Unfall war am {d} um {t}.", "Zu {cl}, Daten der Gegenseite: {n}, {p}, {a}."],
                    es=["Siniestro {cl}: el otro conductor era {n}, teléfono {p}, domicilio {a}. Fue el {d} a las {t}.", "Sobre {cl}, datos del contrario: {n}, {p}, {a}."]),
                cl=c.neg("claim_number"), n=c.name(od, "full", "third_party"), p=c.phone(), a=c.addr(ml=False), d=c.neg("date"), t=c.neg("clock_time"))]


@scenario(*ALL)
def sc_config_secrets(c):
    return [c.P(c.w(en="Notifications stopped working after we moved hosts. Our config (please don't share):", sv="Notiserna slutade fungera efter flytten. Vår konfig (dela inte):",
                    de="Seit dem Umzug funktionieren die Benachrichtigungen nicht mehr. Unsere Konfiguration (bitte vertraulich):",
                    es="Las notificaciones dejaron de funcionar tras el cambio de servidor. Nuestra configuración (no la compartáis):")),
            ("pre", ["notifications:\n  slack_webhook: ", c.secret("slack_webhook"), "\n  gitlab_token: ", c.secret("gitlab"), "\n  database_url: ",
                     Lab(gen_url_secret(c.rng, "creds")[0], "secret", "url_credentials"), "\n  smtp_password: ", Lab(gen_secret(c.rng, "password"), "secret", "password"),
                     "\n  retry_port: ", c.neg("port"), "\n  example_key: ", c.neg("code_sample")])]


@scenario(*ALL)
def sc_file_share(c):
    return [c.P(c.w(en=["Here is the export you asked for, the link is valid for a day: {u}", "Uploaded the scan here: {u}"],
                    sv=["Här är exporten, länken gäller ett dygn: {u}", "Har laddat upp skanningen här: {u}"],
                    de=["Hier der Export, der Link gilt 24 Stunden: {u}", "Scan hochgeladen: {u}"],
                    es=["Aquí tenéis la exportación, el enlace caduca en un día: {u}", "He subido el escaneo aquí: {u}"]),
                u=c.secret(c.pick(["s3", "sas", "apikey", "oauth"]))),
            c.P(c.w(en="({f}, checksum {g})", sv="({f}, checksumma {g})", de="({f}, Prüfsumme {g})", es="({f}, checksum {g})"), f=c.neg("file_size"), g=c.neg("git_sha"))]


@scenario(*ALL)
def sc_pem_key(c):
    return [c.P(c.w(en="SFTP upload to your server fails with {e}. This is the key we use, is the format right?",
                    sv="SFTP-uppladdningen misslyckas med {e}. Det här är nyckeln vi använder, är formatet rätt?",
                    de="Der SFTP-Upload schlägt mit {e} fehl. Das ist der Schlüssel, stimmt das Format?",
                    es="La subida por SFTP falla con {e}. Esta es la clave que usamos, ¿el formato es correcto?"), e=c.neg("error_code")),
            ("pre", [c.secret("pem")]),
            c.P(c.w(en="Connecting from {i}.", sv="Vi ansluter från {i}.", de="Wir verbinden uns von {i}.", es="Conectamos desde {i}."), i=c.ip())]


@scenario(*ALL)
def sc_recruiting(c):
    cand = c.person(female=True)
    return [c.P(c.w(en=["Candidate {n} uploaded her CV twice and the second one has a typo in the date of birth. Correct DOB is {d}. Contact: {e}, {p}.",
                        "Applicant {n} (born {d}) can't see her interview slot on {t}."],
                    sv=["Kandidaten {n} laddade upp sitt CV två gånger, i det andra är födelsedatumet fel. Rätt är {d}. Kontakt: {e}, {p}.", "Sökande {n} (född {d}) ser inte sin intervjutid {t}."],
                    de=["Die Bewerberin {n} hat ihren Lebenslauf doppelt hochgeladen, beim zweiten ist das Geburtsdatum falsch. Richtig: {d}. Kontakt: {e}, {p}.", "Die Bewerberin {n} (geboren am {d}) sieht ihren Termin am {t} nicht."],
                    es=["La candidata {n} subió el CV dos veces y en el segundo la fecha de nacimiento está mal. La correcta es {d}. Contacto: {e}, {p}.", "La candidata {n} (nacida el {d}) no ve su entrevista del {t}."]),
                n=c.name(cand, "full", "candidate"), d=c.dob(y0=1965, y1=2003), e=c.email(cand), p=c.phone(), t=c.neg("timestamp"))]


@scenario(*ALL)
def sc_card_update(c):
    return [c.P(c.w(en="Please switch my subscription to my new card {k} (old one ended in {m}). Billing address {a}.",
                    sv="Byt gärna till mitt nya kort {k} (det gamla slutade på {m}). Faktureringsadress {a}.",
                    de="Bitte stellen Sie mein Abo auf die neue Karte {k} um (die alte endete auf {m}). Rechnungsanschrift {a}.",
                    es="Cambiad la suscripción a mi nueva tarjeta {k} (la anterior acababa en {m}). Dirección de facturación: {a}."),
                k=c.card(), m=Neg(rdig(c.rng, 4), "masked_card"), a=c.addr(ml=False)),
            c.P(c.w(en="The gift card {g} should be used first.", sv="Presentkortet {g} ska dras först.", de="Zuerst bitte den Gutschein {g} einlösen.", es="Primero usad la tarjeta regalo {g}."),
                g=c.neg("luhn_invalid_card"))]


@scenario("en", "sv", "de", "es")
def sc_phone_typed(c):
    """Typed on a phone: lowercase, no punctuation, abbreviations."""
    c.frame = False
    me = c.me
    t = c.w(en=["hi its {n} here my acct is locked again pls call me {p} thx",
                "hey {a} sorry to bother u again but the app still charges me twice for order {o} can u refund it pls my email is {e}",
                "hi {a} pls change my address to {ad} thx {f}",
                "hello my name is {n} i forgot my password and the reset mail never comes {e} pls help"],
            sv=["hej det är {n} kontot är låst igen ring mig {p} tack",
                "hej {a} sorry men appen drar pengar två ggr för order {o} kan ni fixa det mvh {f}",
                "hej {a} byt adress till {ad} tack {f}",
                "hej jag heter {n} har glömt lösen och mailet kommer aldrig {e} hjälp"],
            de=["hallo hier ist {n} mein konto ist wieder gesperrt bitte ruft mich an {p} danke",
                "hi {a} sorry aber die app bucht bei bestellung {o} doppelt ab könnt ihr das erstatten lg {f}",
                "hallo {a} bitte adresse ändern auf {ad} danke {f}",
                "hallo ich heiße {n} hab mein passwort vergessen und die mail kommt nie an {e}"],
            es=["hola soy {n} mi cuenta esta bloqueada otra vez llamadme al {p} gracias",
                "hola {a} perdona q insista pero la app me cobra dos veces el pedido {o} me lo devolveis porfa {e}",
                "hola {a} cambiadme la direccion a {ad} gracias {f}",
                "hola me llamo {n} se me olvido la contraseña y no me llega el correo {e} ayuda"])
    return [c.P(t, n=c.name(me, c.pick(["lower", "lower", "full"]), "intro"), p=c.my_phone(), a=c.name(c.agent, "firstlower", "greeting"),
                o=c.neg("order_number"), e=c.email(me, link=False), ad=c.addr(ml=False), f=c.name(me, "firstlower", "signature")),
            c.P(c.w(en=["Sent from my iPhone", "Sent from my Galaxy"], sv=["Skickat från min iPhone"], de=["Von meinem iPhone gesendet"], es=["Enviado desde mi iPhone"]))]


@scenario("en", markets=["SE", "DE", "ES"])
def sc_nonnative_en(c):
    hometown = c.neg("city")
    return [c.P(c.pick(["Hello, I am writing you because I have a problem with my account since {d}. I live in {h} and my phone number is {p}.",
                        "Good day. I try since two weeks to change my adress but the form give always {e}. I am {n} and I live now in {a}.",
                        "Hello support, excuse my english. My husband {s} has made order {o} with my card and we want cancel it please. My personal number is {id}."]),
                d=c.neg("date"), h=hometown, p=c.my_phone(), e=c.neg("error_code"), n=c.name(c.me, "full", "intro"), a=c.addr(ml=False),
                s=c.name(c.person(female=False), "full", "family"), o=c.neg("order_number"), id=c.nid_local()),
            c.P(c.pick(["I hope you can help me fast, thank you very much.", "Please answer me in english or in my language, both is ok.", "Thank you for your patience with me."]))]


@scenario("es")
def sc_spanglish(c):
    return [c.P(c.pick(["Hola, I need help con mi cuenta porque el password no funciona desde el {d}. Mi email es {e}, y mi móvil {p}.",
                        "Hi, soy {n}. I ordered el pedido {o} pero me llegó otra talla, can you send the right one a {a}?",
                        "Buenas! My friend {s} me recomendó vuestra app, pero no recibo el código de verificación en el {p}. Please help, gracias."]),
                d=c.neg("date"), e=c.email(c.me), p=c.my_phone(), n=c.name(c.me, "full", "intro"), o=c.neg("order_number"), a=c.addr(ml=False),
                s=c.name(c.person(), "full", "friend"))]


@scenario("sv")
def sc_swenglish(c):
    return [c.P(c.pick(["Hi! Sorry, my English is not so good. Jag har problem med fakturan {i}, the amount {m} is wrong. Kan ni ringa mig på {p}?",
                        "Hello, I am {n}, kund since many years. My new address is {a}, please update. Tack!",
                        "Hej! I got an SMS about a parcel {t} but I didn't order anything. My personnummer is {id} if you need it."]),
                i=c.neg("invoice_number"), m=c.neg("amount"), p=c.my_phone(), n=c.name(c.me, "full", "intro"), a=c.addr(ml=False), t=c.neg("tracking_number"),
                id=c.nid("se_pnr"))]


@scenario("en", markets=["AU"])
def sc_au_tax(c):
    return [c.P(c.pick(["I'm a sole trader and need my ABN {abn} on the invoices, not my TFN {tfn} which someone typed in by mistake.",
                        "Your payroll export shows my TFN as {tfn} and the business ABN as {abn} - the super fund rejected it ({e})."]),
                abn=c.nid("au_abn"), tfn=c.nid("au_tfn"), e=c.neg("error_code")),
            c.P("Postal: {a}", a=c.addr(kind="box", ml=c.chance(0.5)))]


@scenario("en", markets=["US"])
def sc_us_w9(c):
    return [c.P(c.pick(["Your W-9 form rejected my SSN {s}. I double checked it. My DOB is {d} if that helps.",
                        "For the 1099 please use SSN {s}, name {n}, address {a}."]),
                s=c.nid("us_ssn"), d=c.dob(), n=c.name(c.me, "caps", "form_field"), a=c.addr())]


@scenario("en", markets=["UK"])
def sc_uk_surgery(c):
    gp = c.person()
    return [c.P(c.pick(["I'm booking for my mum, {m}, NHS number {nhs}, date of birth {d}. Her GP is Dr {g}.",
                        "Patient {m} (NHS no. {nhs}, DOB {d}) missed the text reminder for {t}."]),
                m=c.name(c.person(female=True), "full", "family"), nhs=c.nid("uk_nhs"), d=c.dob(y0=1935, y1=1960), g=c.name(gp, "full", "doctor"), t=c.neg("timestamp")),
            c.P("My NI number is {ni}, in case you need it for the carer allowance letter.", ni=c.nid("uk_nino"))]


@scenario("de")
def sc_de_postfach(c):
    return [c.P(c.pick(["Sehr geehrte Damen und Herren,", "Guten Tag,"])),
            c.P("bitte senden Sie Schreiben an mich ab sofort nicht mehr an die Wohnanschrift, sondern an:"),
            ("p", [c.addr(kind="box", ml=True)]),
            c.P("Meine steuerliche Identifikationsnummer lautet {s}, Vertragsnummer {v}. Geburtsdatum: {d}.", s=c.nid("de_steuer_id"), v=c.neg("contract_number"), d=c.dob())]


@scenario("sv")
def sc_se_elderly(c):
    gm = c.person(female=True)
    born = rand_date(c.rng, 1918, 1924)
    return [c.P(c.pick(["Jag är god man för min mormor {n}, personnummer {p}. All post ska gå till:", "Jag hjälper min farmor {n} ({p}) med hennes ärenden. Skicka fakturorna till:"]),
                n=c.name(gm, "full", "family"), p=Lab(gen_pnr(c.rng, born, style="dash"), "national_id", "se_pnr")),
            ("p", [c.addr(kind=c.pick(["co", "box"]), ml=True)]),
            c.P("Samordningsnummer för hennes vårdare {v}: {s}", v=c.name(c.person(), "full", "carer"), s=c.nid("se_samordning"))]


@scenario("es")
def sc_es_baja(c):
    return [c.P(c.pick(["Estimados señores:", "A la atención del servicio de clientes:"])),
            c.P("Por medio de la presente, yo, {n}, con DNI {d}, solicito la baja del contrato {k} con efecto {f}.", n=c.name(c.me, c.pick(["full", "caps"]), "letter"),
                d=c.nid(c.pick(["es_dni", "es_nie"])), k=c.neg("contract_number"), f=c.neg("date")),
            c.P("Para cualquier notificación: {a}", a=c.addr(kind=c.pick(["box", "unit", "plain"]), ml=c.chance(0.5)))]


@scenario("en", "de", "es", "sv")
def sc_school_trip(c):
    kid = c.person()
    return [c.P(c.w(en="Consent form for the excursion on {d}: student {k}, born {b}, emergency contact {g} on {p}. Allergies: none.",
                    sv="Medgivande för utflykten {d}: elev {k}, född {b}, anhörig {g}, {p}. Allergier: inga.",
                    de="Einverständniserklärung für den Ausflug am {d}: Schüler/in {k}, geb. {b}, Notfallkontakt {g}, {p}. Allergien: keine.",
                    es="Autorización para la excursión del {d}: alumno/a {k}, fecha de nacimiento {b}, contacto de emergencia {g}, {p}. Alergias: ninguna."),
                d=c.neg("date"), k=c.name(kid, c.pick(["full", "caps"]), "child"), b=c.dob(y0=2009, y1=2018), g=c.name(c.me, "full", "parent"), p=c.my_phone())]

def extras(c):
    """One or two follow-up paragraphs with further personal data."""
    out = []
    for kind in sorted(set(c.rng.sample(["verify", "card", "card", "iban", "iban", "addr", "ip", "email2", "phone2", "dob"], c.rng.choice([1, 1, 2])))):
        if kind == "verify":
            out.append(c.P(c.w(en=["For verification: {id}.", "In case you need it, my ID number is {id}."], sv=["För identifiering: {id}.", "Mitt personnummer är {id} om ni behöver det."],
                               de=["Zur Verifizierung: {id}.", "Falls nötig, meine ID: {id}."], es=["Para verificar mi identidad: {id}.", "Por si lo necesitáis, mi documento es {id}."]),
                           id=c.nid_local() if c.lang != "sv" else c.nid(c.pick(["se_pnr", "se_pnr", "se_samordning"]))))
        elif kind == "card":
            out.append(c.P(c.w(en=["The card on the account is {k}.", "You can charge the difference to {k}."], sv=["Kortet på kontot är {k}.", "Dra mellanskillnaden på {k}."],
                               de=["Die hinterlegte Karte ist {k}.", "Die Differenz können Sie von {k} abbuchen."], es=["La tarjeta de la cuenta es la {k}.", "Podéis cobrar la diferencia en la {k}."]),
                           k=c.card()))
        elif kind == "iban":
            out.append(c.P(c.w(en=["Direct debit account: {b}", "Refunds can go to {b}."], sv=["Autogirokonto: {b}", "Återbetalning till {b}."],
                               de=["Lastschrift bitte von {b}", "Erstattungen an {b}."], es=["Domiciliación: {b}", "Devoluciones a la cuenta {b}."]), b=c.iban()))
        elif kind == "addr":
            out.append(c.P(c.w(en="My postal address: {a}", sv="Min postadress: {a}", de="Meine Postanschrift: {a}", es="Mi dirección postal: {a}"), a=c.addr(ml=False)))
        elif kind == "ip":
            out.append(c.P(c.w(en="My IP right now is {i} if that helps.", sv="Min IP just nu är {i}.", de="Meine IP gerade: {i}.", es="Mi IP ahora mismo es {i}."), i=c.ip()))
        elif kind == "email2":
            cp = c.person()
            out.append(c.P(c.w(en="Please copy my assistant {n} ({e}).", sv="Sätt gärna min kollega {n} ({e}) på kopia.", de="Bitte {n} ({e}) aus meinem Team in CC setzen.",
                               es="Poned en copia a {n} ({e}), de mi equipo."), n=c.name(cp, "full", "colleague"), e=c.email(cp)))
        elif kind == "phone2":
            out.append(c.P(c.w(en="Landline: {p}", sv="Hemtelefon: {p}", de="Festnetz: {p}", es="Fijo: {p}"), p=c.phone(intl=c.chance(0.5))))
        else:
            out.append(c.P(c.w(en="Date of birth on the account: {d}.", sv="Födelsedatum på kontot: {d}.", de="Geburtsdatum im Konto: {d}.", es="Fecha de nacimiento en la cuenta: {d}."), d=c.dob()))
    return out


def neg_extras(c):
    """A paragraph of look-alikes that are not personal data."""
    k = c.pick(["app", "bank", "req", "dev"])
    if k == "app":
        return c.P(c.w(en="App version {v} (build {b}), {f} free, battery at {p}.", sv="Appversion {v} (bygge {b}), {f} ledigt, batteri {p}.",
                       de="App-Version {v} (Build {b}), {f} frei, Akku bei {p}.", es="Versión de la app {v} (build {b}), {f} libres, batería al {p}."),
                   v=c.neg("version"), b=c.neg("build_number"), f=c.neg("file_size"), p=c.neg("percentage"))
    if k == "bank":
        return c.P(c.w(en="My bank's reference for the payment is {r} (not a card number), booked {d}.", sv="Bankens referens för betalningen är {r}, bokförd {d}.",
                       de="Die Bankreferenz der Zahlung lautet {r}, gebucht am {d}.", es="La referencia del banco para el pago es {r}, con fecha {d}."),
                   r=c.neg("luhn_invalid_card"), d=c.neg("date"))
    if k == "req":
        return c.P(c.w(en="Request ID {u}, commit {g}, at {t}.", sv="Request-id {u}, commit {g}, kl. {t}.", de="Request-ID {u}, Commit {g}, um {t}.",
                       es="ID de petición {u}, commit {g}, a las {t}."), u=c.neg("uuid"), g=c.neg("git_sha"), t=c.neg("clock_time"))
    return c.P(c.w(en="The router (MAC {m}) forwards port {o}; the firmware is {b}.", sv="Routern (MAC {m}) skickar vidare port {o}, firmware {b}.",
                   de="Der Router (MAC {m}) leitet Port {o} weiter, Firmware {b}.", es="El router (MAC {m}) redirige el puerto {o}, firmware {b}."),
               m=c.neg("mac_address"), o=c.neg("port"), b=c.neg("build_number"))


# ===================================================================== ticket assembly

LANGS = [("en", 0.35), ("sv", 0.22), ("de", 0.22), ("es", 0.21)]
NO_EXTRA = {"out_of_office", "deep_thread", "vcard_quote", "phone_typed"}
OWN_SALUTATION = {"de_postfach", "es_baja", "phone_typed"}


def fold(s):
    import unicodedata
    s = unicodedata.normalize("NFKD", s)
    return "".join(ch for ch in s if not unicodedata.combining(ch)).casefold().strip()


def visible(src, is_html):
    if not is_html:
        return src
    s = re.sub(r"(?i)<br\s*/?>", "\n", src)
    s = re.sub(r"<[^>]*>", "", s)
    return html.unescape(s).replace("\xa0", " ")


def make_ticket(seed, i):
    rng = random.Random("heldout2:%s:%d" % (seed, i))
    x, lang = rng.random(), "es"
    for lg, wgt in LANGS:
        if x < wgt:
            lang = lg
            break
        x -= wgt
    cands = [s for s in SCEN if lang in s[1]]
    name, _langs, fn, markets, _w = rng.choices(cands, weights=[s[4] for s in cands])[0]
    market = rng.choice(markets) if markets else {"en": rng.choice(["AU", "UK", "US"]), "sv": "SE", "de": "DE", "es": "ES"}[lang]
    c = C(rng, lang, market)
    c.signed = False
    c.is_html = rng.random() < 0.38
    body = fn(c)
    blocks = list(body)
    if c.frame:
        if name not in OWN_SALUTATION:
            blocks.insert(0, greeting(c))
        if rng.random() < 0.45 and name not in NO_EXTRA:
            blocks += extras(c)
        if rng.random() < 0.4 and name not in NO_EXTRA:
            blocks.append(neg_extras(c))
        if not c.signed:
            blocks += signature(c)
        if c.quote_ok and rng.random() < 0.3:
            blocks.append(quote_block(c, c.agent, agent_msg(c)))
    style = rng.choice(["freshdesk", "outlook", "gmail", "plainp"])
    ent = rng.choice(["utf8", "utf8", "utf8", "named", "numeric"]) if c.is_html else "utf8"
    r = Renderer(rng, c.is_html, style, ent)
    text, labels, negs = r.document(blocks)
    doc = {"id": "h2_%05d" % i, "content_type": "text/html" if c.is_html else "text/plain", "text": text}
    if rng.random() < 0.42:
        me = c.me
        forms = {fold(me.full), fold(me.first), fold(me.last), fold("%s, %s" % (me.last, me.first))}
        if any(l["category"] == "person_name" and fold(visible(l["text"], c.is_html)) in forms for l in labels):
            known = {"name": me.full}
            if rng.random() < 0.85:
                known["email"] = me.email
            if hasattr(c, "_myph") and rng.random() < 0.6:
                known["phone"] = re.sub(r"[^\d+]", "", c._myph.v)
            if rng.random() < 0.2:
                known["emails"] = [me.email, Person(rng, market).email]
            doc["known"] = known
    doc["labels"] = labels
    doc["negatives"] = negs
    return doc, {"lang": lang, "market": market, "scenario": name}


def generate(seed, count):
    return [make_ticket(seed, i) for i in range(count)]


def dumps(doc):
    return json.dumps(doc, ensure_ascii=False, separators=(", ", ": "))

# ===================================================================== checker

EMAIL_RX = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
NID_CHECK = {"se_pnr": se_pnr_valid, "se_samordning": se_pnr_valid, "au_tfn": tfn_valid, "au_abn": abn_valid, "au_medicare": medicare_valid,
             "uk_nino": nino_valid, "uk_nhs": nhs_valid, "es_dni": dni_valid, "es_nie": dni_valid, "us_ssn": ssn_valid, "de_steuer_id": steuer_valid}
SECRET_RX = {"aws_key_id": r"(AKIA|ASIA)[A-Z2-7]{16}", "aws_secret": r"[A-Za-z0-9/+]{40}", "github_fine": r"github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59}",
             "gitlab": r"glpat-[A-Za-z0-9_-]{20}", "slack_token": r"xox[bp]-\d{10,13}-\d{10,13}-[A-Za-z0-9]{24}",
             "slack_webhook": r"https://hooks\.slack\.com/services/T[A-Z0-9]{8}/B[A-Z0-9]{10}/[A-Za-z0-9]{24}",
             "stripe": r"(sk|rk)_live_[A-Za-z0-9]{24,99}", "openai": r"sk-(proj-)?[A-Za-z0-9_-]{48}"}
PW_LABELS = ["password", "pw", "passwort", "kennwort", "lösenord", "contraseña", "clave", "smtp_password"]
NAME_RX = re.compile(r"[^\W\d_][^\W\d_'’. -]*(?:[ '’.-]+[^\W\d_]+)*\.?(?:, [^\W\d_][^\W\d_'’. -]*(?:[ '’-]+[^\W\d_]+)*)?")


def check_label(l, v, before):
    cat, sub = l["category"], l["subtype"]
    if cat == "email":
        if sub == "obfuscated":
            v2 = re.sub(r"\s*(\[at\]|\{at\}|\(at\)| at )\s*", "@", v)
            v2 = re.sub(r"\s*(\[dot\]|\(dot\)| dot )\s*", ".", v2)
            return bool(EMAIL_RX.fullmatch(v2)) and v2 != v
        return bool(EMAIL_RX.fullmatch(v))
    if cat == "phone":
        return phone_ok(v)
    if cat == "payment_card":
        return bool(re.fullmatch(r"\d[\d -]*\d", v)) and card_valid(re.sub(r"[ -]", "", v))
    if cat == "iban":
        return iban_valid(v)
    if cat == "national_id":
        return NID_CHECK[sub](v)
    if cat == "ip_address":
        return ip_valid(v)
    if cat == "secret":
        if sub in SECRET_RX:
            return bool(re.fullmatch(SECRET_RX[sub], v))
        if sub.startswith("github_"):
            return github_classic_ok(v)
        if sub == "jwt":
            return jwt_ok(v)
        if sub == "pem":
            return pem_ok(v)
        if sub == "password":
            return bool(v) and not re.search(r"\s", v) and any(w in before[-16:].lower() for w in PW_LABELS)
        if sub in ("url_credentials", "url_token"):
            return url_secret_ok(v) and not re.search(r"\s", v)
        return False
    if cat == "date_of_birth":
        ctx = fold(before[-400:])
        return parse_any_date(v) and any(fold(w) in ctx for w in BIRTH_WORDS + ["fodelsedatum"])
    if cat == "person_name":
        return bool(NAME_RX.fullmatch(v))
    if cat == "postal_address":
        return bool(re.search(POSTCODE_RX[sub[:2].upper()], v)) and bool(re.search(r"\d", v))
    return False


def check_neg(n, v, before):
    k = n["kind"]
    if not v.strip() or not num_safe(v):
        return False
    if k == "luhn_invalid_card":
        d = re.sub(r"\D", "", v)
        return len(d) == 16 and not luhn_ok(d)
    if k == "build_number":
        return bool(re.fullmatch(r"\d+\.\d+\.\d+\.\d+", v))
    if k == "uuid":
        return bool(re.fullmatch(r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}", v))
    if k == "git_sha":
        return bool(re.fullmatch(r"[0-9a-f]{7,40}", v))
    if k in ("timestamp", "date"):
        ctx = fold(re.split(r"\d", before[-40:])[-1])
        return not any(fold(w) in ctx for w in BIRTH_WORDS)
    if k == "mac_address":
        return bool(re.fullmatch(r"([0-9A-F]{2}[:-]){5}[0-9A-F]{2}", v))
    if k == "hex_colour":
        return bool(re.fullmatch(r"#[0-9a-f]{6}", v))
    if k == "code_sample":
        return v in ("YOUR_API_KEY", "<password>", "<your-token>", "REPLACE_ME", "${DB_PASSWORD}", "xxxx-xxxx-xxxx", "<YOUR_SECRET>")
    return True


def check_doc(doc, errs):
    did = doc.get("id")
    e = lambda m: errs.append("%s: %s" % (did, m))
    if set(doc) - {"id", "content_type", "text", "known", "labels", "negatives"}:
        e("unexpected keys")
    if doc.get("content_type") not in ("text/plain", "text/html"):
        e("bad content_type")
    is_html = doc.get("content_type") == "text/html"
    raw = doc["text"].encode("utf-8")
    spans = []
    for kind, items in (("label", doc["labels"]), ("negative", doc["negatives"])):
        for it in items:
            s, en = it["start"], it["end"]
            if not (0 <= s < en <= len(raw)):
                e("%s out of range %r" % (kind, it))
                continue
            try:
                src = raw[s:en].decode("utf-8")
            except UnicodeDecodeError:
                e("%s not on character boundary %r" % (kind, it))
                continue
            if it.get("text") != src:
                e("%s text mismatch %r" % (kind, it))
            if src != src.strip() or not src:
                e("%s has surrounding whitespace %r" % (kind, it))
            if is_html and (src.startswith("<") or src.endswith(">") or re.search(r"<[^>]*$", src) or re.match(r"^[^<]*>", src)):
                e("%s cuts a tag %r" % (kind, it))
            v = visible(src, is_html)
            before = visible(raw[max(0, s - 600):s].decode("utf-8", "ignore"), is_html)
            if kind == "label":
                if it.get("category") not in CATS or not it.get("subtype"):
                    e("bad category %r" % it)
                elif not check_label(it, v, before):
                    e("label fails validation %r -> %r" % (it, v))
            elif not check_neg(it, v, before):
                e("negative fails validation %r -> %r" % (it, v))
            spans.append((s, en, kind, it))
    spans.sort(key=lambda x: x[:2])
    for a, b in zip(spans, spans[1:]):
        if b[0] < a[1]:
            e("overlap %r / %r" % (a[3], b[3]))
    lab = [(l["start"], l["end"], l["category"]) for l in doc["labels"]]

    def covered(s, en, cats):
        return any(ls <= s and en <= le and c in cats for ls, le, c in lab)
    text = doc["text"]
    for m in EMAIL_RX.finditer(text):
        s = len(text[:m.start()].encode())
        if not covered(s, s + len(m.group().encode()), ("email", "secret")):
            e("unlabelled e-mail %r" % m.group())
    for m in re.finditer(r"(?<![\w-])\d(?:[ -]?\d){11,18}(?![\w-])", text):
        d = re.sub(r"\D", "", m.group())
        s = len(text[:m.start()].encode())
        if card_valid(d) and not covered(s, s + len(m.group().encode()), ("payment_card", "secret")):
            e("unlabelled card-like number %r" % m.group())
    for m in re.finditer(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b", text):
        s = len(text[:m.start()].encode())
        if iban_valid(m.group()) and not covered(s, s + len(m.group().encode()), ("iban", "secret")):
            e("unlabelled IBAN %r" % m.group())
    kn = doc.get("known")
    if kn is not None:
        if not isinstance(kn, dict) or set(kn) - {"name", "email", "phone", "emails"}:
            e("bad known")
        elif kn.get("name"):
            parts = kn["name"].split()
            forms = {fold(kn["name"]), fold(parts[0]), fold(parts[-1])}
            forms.update(fold(p) for p in parts)
            forms.add(fold("%s, %s" % (" ".join(parts[1:]), parts[0])))
            if not any(fold(visible(l["text"], is_html)) in forms for l in doc["labels"] if l["category"] == "person_name"):
                e("known name not labelled in text")


CATS = ["email", "phone", "payment_card", "iban", "national_id", "ip_address", "secret", "date_of_birth", "person_name", "postal_address"]


def run_check(path, seed):
    errs = []
    with open(path, encoding="utf-8") as f:
        lines = [ln.rstrip("\n") for ln in f if ln.strip()]
    docs = []
    for n, ln in enumerate(lines):
        try:
            docs.append(json.loads(ln))
        except json.JSONDecodeError as ex:
            errs.append("line %d: bad JSON %s" % (n + 1, ex))
    ids = [d.get("id") for d in docs]
    if len(set(ids)) != len(ids):
        errs.append("duplicate ids")
    for d in docs:
        try:
            check_doc(d, errs)
        except Exception as ex:  # a malformed row must not stop the check
            errs.append("%s: checker crashed: %r" % (d.get("id"), ex))
    fresh = [dumps(d) for d, _ in generate(seed, len(lines))]
    if fresh != lines:
        bad = [i for i, (a, b) in enumerate(zip(fresh, lines)) if a != b]
        errs.append("file differs from a fresh generation with seed %s (first differing line %s)" % (seed, bad[:3] or "count"))
    for x in errs[:60]:
        print(x)
    print("%d documents, %d labels, %d negatives, %d problems" % (
        len(docs), sum(len(d["labels"]) for d in docs), sum(len(d["negatives"]) for d in docs), len(errs)))
    return 1 if errs else 0


def stats(pairs):
    docs = [d for d, _ in pairs]
    out = ["documents: %d, text/html: %d (%.0f %%), with known: %d" % (
        len(docs), sum(d["content_type"] == "text/html" for d in docs), 100.0 * sum(d["content_type"] == "text/html" for d in docs) / len(docs),
        sum("known" in d for d in docs))]
    out.append("languages: " + ", ".join("%s %d" % kv for kv in collections.Counter(m["lang"] for _, m in pairs).most_common()))
    out.append("markets: " + ", ".join("%s %d" % kv for kv in collections.Counter(m["market"] for _, m in pairs).most_common()))
    lc = collections.Counter(l["category"] for d in docs for l in d["labels"])
    out.append("labels: %d: " % sum(lc.values()) + ", ".join("%s %d" % kv for kv in lc.most_common()))
    nc = collections.Counter(n["kind"] for d in docs for n in d["negatives"])
    out.append("negatives: %d: " % sum(nc.values()) + ", ".join("%s %d" % kv for kv in nc.most_common()))
    out.append("scenarios used: %d of %d" % (len({m["scenario"] for _, m in pairs}), len(SCEN)))
    return "\n".join(out)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", default="20261124")
    ap.add_argument("--count", type=int, default=400)
    ap.add_argument("--out", default="corpus.jsonl")
    ap.add_argument("--check", metavar="CORPUS")
    ap.add_argument("--stats", action="store_true", help="print statistics of a fresh generation")
    a = ap.parse_args()
    if a.check:
        sys.exit(run_check(a.check, a.seed))
    pairs = generate(a.seed, a.count)
    if a.stats:
        print(stats(pairs))
        return
    with open(a.out, "w", encoding="utf-8") as f:
        for d, _ in pairs:
            f.write(dumps(d) + "\n")
    print(stats(pairs), file=sys.stderr)


if __name__ == "__main__":
    main()
