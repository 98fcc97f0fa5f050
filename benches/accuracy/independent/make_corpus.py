#!/usr/bin/env python3
"""Independent labelled corpus for the hushdesk personal-data detector.

Written without looking at the tuned generator or the detector's patterns.
Standard library only.

    make_corpus.py [--out corpus.jsonl] [--seed N] [--count N] [--check]

Every labelled value is produced by a generator in this file (checksummed
values are valid by construction) and inserted through `Doc.lab`, which
records exact UTF-8 byte offsets. `--check` re-reads the written corpus and
verifies that every span slices out exactly the inserted value (HTML spans
are decoded with html.unescape and `<br>` -> newline before comparing), that
labels don't overlap each other or negatives, and that checksums hold.
"""

import argparse
import base64
import html
import json
import os
import random
import re
import string
import sys

# ---------------------------------------------------------------- checksums

def luhn_check_digit(body):
    total = 0
    for i, ch in enumerate(reversed(body)):
        d = int(ch)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def luhn_ok(num):
    digits = [int(c) for c in num if c.isdigit()]
    total = 0
    for i, d in enumerate(reversed(digits)):
        if i % 2 == 1:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return total % 10 == 0


def rdigits(rng, n):
    return "".join(rng.choice(string.digits) for _ in range(n))


def card(rng):
    kind = rng.choice(["visa", "visa", "mc51", "mc2", "amex", "disc"])
    if kind == "visa":
        prefix, length = "4", 16
    elif kind == "mc51":
        prefix, length = str(rng.randint(51, 55)), 16
    elif kind == "mc2":
        prefix, length = str(rng.randint(2221, 2720)), 16
    elif kind == "amex":
        prefix, length = rng.choice(["34", "37"]), 15
    else:
        prefix, length = rng.choice(["6011", "65"]), 16
    body = prefix + rdigits(rng, length - 1 - len(prefix))
    num = body + luhn_check_digit(body)
    style = rng.choice(["space", "space", "dash", "compact"])
    if length == 15:
        groups = [num[:4], num[4:10], num[10:]]
    else:
        groups = [num[i:i + 4] for i in range(0, 16, 4)]
    if style == "space":
        return " ".join(groups), kind
    if style == "dash":
        return "-".join(groups), kind
    return num, kind


def luhn_invalid_16(rng):
    body = "4" + rdigits(rng, 14)
    good = luhn_check_digit(body)
    bad = str((int(good) + rng.randint(1, 9)) % 10)
    num = body + bad
    return rng.choice([num, " ".join(num[i:i + 4] for i in range(0, 16, 4))])


def mod97(s):
    rem = 0
    for ch in s:
        v = str(int(ch, 36))
        for c in v:
            rem = (rem * 10 + int(c)) % 97
    return rem


def iban_from_bban(cc, bban):
    check = 98 - mod97(bban + cc + "00")
    return cc + "%02d" % check + bban


ES_W = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]


def es_dc(ten):
    d = 11 - sum(int(c) * w for c, w in zip(ten, ES_W)) % 11
    return {10: 1, 11: 0}.get(d, d)


def iban(rng):
    cc = rng.choice(["SE", "DE", "GB", "ES", "NL", "SE", "DE", "ES", "FR"])
    if cc == "SE":
        bban = rng.choice(["500", "800", "300", "600"]) + rdigits(rng, 17)
    elif cc == "DE":
        bban = rdigits(rng, 18)
    elif cc == "GB":
        bban = rng.choice(["NWBK", "BARC", "LOYD", "MIDL", "HBUK"]) + rdigits(rng, 14)
    elif cc == "FR":
        bank, branch, acct = rdigits(rng, 5), rdigits(rng, 5), rdigits(rng, 11)
        key = 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97
        bban = bank + branch + acct + "%02d" % key
    elif cc == "NL":
        bban = rng.choice(["ABNA", "INGB", "RABO", "TRIO"]) + rdigits(rng, 10)
    else:
        bank, branch, acct = rdigits(rng, 4), rdigits(rng, 4), rdigits(rng, 10)
        bban = bank + branch + str(es_dc("00" + bank + branch)) + str(es_dc(acct)) + acct
    ib = iban_from_bban(cc, bban)
    if rng.random() < 0.55:
        ib = " ".join(ib[i:i + 4] for i in range(0, len(ib), 4))
    return ib, cc


def personnummer(rng):
    y, m, d = rng.randint(1940, 2004), rng.randint(1, 12), rng.randint(1, 28)
    if rng.random() < 0.15:
        d += 60  # samordningsnummer
    nine = "%02d%02d%02d%03d" % (y % 100, m, d, rng.randint(1, 999))
    ten = nine + luhn_check_digit(nine)
    style = rng.random()
    if style < 0.5:
        return ten[:6] + "-" + ten[6:], "se_pnr"
    if style < 0.8:
        return str(y // 100) + ten[:6] + "-" + ten[6:], "se_pnr"
    return str(y // 100) + ten, "se_pnr"


NINO_BAD_FIRST = set("DFIQUV")
NINO_BAD_SECOND = set("DFIOQUV")
NINO_BAD_PAIR = {"BG", "GB", "NK", "KN", "TN", "NT", "ZZ"}


def nino(rng):
    while True:
        a, b = rng.choice(string.ascii_uppercase), rng.choice(string.ascii_uppercase)
        if a in NINO_BAD_FIRST or b in NINO_BAD_SECOND or a + b in NINO_BAD_PAIR:
            continue
        break
    n = rdigits(rng, 6)
    suf = rng.choice("ABCD")
    if rng.random() < 0.5:
        return "%s%s %s %s %s %s" % (a, b, n[:2], n[2:4], n[4:], suf), "uk_nino"
    return a + b + n + suf, "uk_nino"


def nhs(rng):
    while True:
        nine = str(rng.randint(4, 9)) + rdigits(rng, 8)
        c = 11 - sum(int(x) * w for x, w in zip(nine, range(10, 1, -1))) % 11
        if c == 11:
            c = 0
        if c == 10:
            continue
        num = nine + str(c)
        return rng.choice([num[:3] + " " + num[3:6] + " " + num[6:], num]), "uk_nhs"


DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"


def dni(rng):
    if rng.random() < 0.7:
        n = rng.randint(10000000, 79999999)
        v = "%08d%s" % (n, DNI_LETTERS[n % 23])
        if rng.random() < 0.3:
            v = v[:8] + "-" + v[8:]
        return v, "es_dni"
    p = rng.choice("XYZ")
    n = rdigits(rng, 7)
    letter = DNI_LETTERS[int(str("XYZ".index(p)) + n) % 23]
    return rng.choice([p + n + letter, p + "-" + n + "-" + letter]), "es_nie"


def ssn(rng):
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    g, s = rng.randint(1, 99), rng.randint(1, 9999)
    return rng.choice(["%03d-%02d-%04d", "%03d-%02d-%04d", "%03d %02d %04d", "%03d%02d%04d"]) % (a, g, s), "us_ssn"


def steuer_check(ten):
    product = 10
    for ch in ten:
        s = (int(ch) + product) % 10
        if s == 0:
            s = 10
        product = (s * 2) % 11
    c = 11 - product
    return 0 if c == 10 else c


def steuer_id(rng):
    while True:
        digits = rng.sample(range(10), 9)
        if digits[0] == 0:
            continue
        dup = rng.choice(digits[1:])
        pos = rng.randint(1, 9)
        ten = digits[:pos] + [dup] + digits[pos:]
        if ten[0] == 0:
            continue
        s = "".join(map(str, ten))
        v = s + str(steuer_check(s))
        return rng.choice([v, "%s %s %s %s" % (v[:2], v[2:5], v[5:8], v[8:])]), "de_steuer_id"


TFN_W = [1, 4, 3, 7, 5, 8, 6, 9, 10]


def tfn(rng):
    while True:
        eight = rdigits(rng, 8)
        for last in range(10):
            s = eight + str(last)
            if sum(int(c) * w for c, w in zip(s, TFN_W)) % 11 == 0:
                return rng.choice([s, s[:3] + " " + s[3:6] + " " + s[6:]]), "au_tfn"


ABN_W = [10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19]


def abn(rng):
    while True:
        s = str(rng.randint(1, 9)) + rdigits(rng, 10)
        ds = [int(c) for c in s]
        ds[0] -= 1
        if sum(d * w for d, w in zip(ds, ABN_W)) % 89 == 0:
            return s[:2] + " " + s[2:5] + " " + s[5:8] + " " + s[8:], "au_abn"


# ---------------------------------------------------------------- people & places

FIRST = {
    "en": ["Maddison", "Callum", "Priya", "Declan", "Harriet", "Jarrah", "Tegan", "Rhys", "Imogen", "Brody",
           "Shannon", "Marcus", "Ellie", "Nathaniel", "Bronwyn", "Dwayne", "Keisha", "Owen", "Fiona", "Lachlan",
           "Siobhan", "Tobias", "Abigail", "Desmond", "Yusuf", "Kirra", "Phoebe", "Gareth"],
    "sv": ["Linnéa", "Björn", "Sigrid", "Måns", "Astrid", "Oskar", "Ebba", "Hampus", "Tove", "Göran", "Ingrid",
           "Viggo", "Elsa", "Kjell", "Malin", "Pontus", "Agnes", "Torbjörn"],
    "de": ["Jürgen", "Anke", "Matthias", "Friederike", "Lukas", "Henrike", "Sören", "Käthe", "Tobias", "Ulrike",
           "Dominik", "Jana", "Wolfgang", "Svenja", "Benedikt", "Gesine"],
    "es": ["Lucía", "Álvaro", "Inmaculada", "Joaquín", "Begoña", "Íñigo", "Rocío", "Sergio", "Maite", "Ramón",
           "Nuria", "Héctor", "Ainhoa", "Fermín", "Candela", "Gonzalo"],
}
LAST = {
    "en": ["Whitcombe", "Pemberton", "Okafor", "Fitzgerald", "Haddow", "McAllister", "Brennan", "Ashworth",
           "Thistlewood", "Nguyen", "Kowalczyk", "Hargreaves", "Delaney", "Barraclough", "Oduya", "Castellano",
           "Pritchard", "Moorcroft", "O'Sullivan", "Tremayne", "Blackwood", "Featherstone"],
    "sv": ["Lindqvist", "Bergström", "Åkesson", "Nordin", "Sjöberg", "Hallgren", "Ekström", "Wikström",
           "Forsberg", "Lundgren", "Dahlén", "Öberg", "Holmgren", "Fagerlund"],
    "de": ["Weißenborn", "Hübner", "Kleinschmidt", "Großmann", "Vogler", "Lüdecke", "Brandt", "Wendler", "Köhler",
           "Oberndorfer", "Schäfer-Lindt", "Rößler", "Pfeiffer"],
    "es": ["Gómez", "Ibarra", "Salcedo", "Villanueva", "Echeverría", "Muñoz", "Castaño", "Ordóñez", "Benítez",
           "Quiroga", "Arrieta", "Peñalver", "del Río", "Zubiaurre"],
}
COMPANY = {
    "en": ["Bluegum Logistics Pty Ltd", "Harrowgate Dental", "Kestrel Analytics Ltd", "Pinecrest Realty LLC",
           "Saltmarsh Brewing Co.", "Corella Health"],
    "sv": ["Fjällräv Bygg AB", "Nordkust Redovisning AB", "Granhult Transport AB", "Solvik Tandvård"],
    "de": ["Brandt & Söhne GmbH", "Elbufer Logistik GmbH", "Kanzlei Wendler", "Alpenblick Hotels AG"],
    "es": ["Talleres Ibarra S.L.", "Clínica Arrieta", "Distribuciones Levante S.A.", "Viveros del Sur"],
}
DOMAINS = {
    "en": ["bluegum.com.au", "harrowgatedental.co.uk", "kestrel-analytics.com", "gmail.com", "outlook.com",
           "bigpond.net.au", "btinternet.com", "yahoo.com", "pinecrest-realty.us"],
    "sv": ["fjallrav.se", "telia.com", "gmail.com", "nordkust.se", "hotmail.se", "granhult-transport.se"],
    "de": ["brandt-soehne.de", "web.de", "gmx.de", "t-online.de", "elbufer-logistik.de", "posteo.de"],
    "es": ["talleresibarra.es", "gmail.com", "hotmail.es", "clinica-arrieta.com", "telefonica.net"],
}
TITLES = {
    "en": ["Office Manager", "Accounts Payable", "IT Coordinator", "Head of Operations", "Practice Manager"],
    "sv": ["Ekonomiansvarig", "IT-samordnare", "Kontorschef", "Driftansvarig"],
    "de": ["Buchhaltung", "IT-Leitung", "Teamleiterin Vertrieb", "Geschäftsführer"],
    "es": ["Responsable de Administración", "Técnico de Sistemas", "Directora Comercial", "Contabilidad"],
}
CITIES = {"en": ["Brisbane", "Leeds", "Denver", "Perth", "Glasgow", "Austin"], "sv": ["Malmö", "Umeå", "Västerås"],
          "de": ["Hamburg", "Leipzig", "Köln"], "es": ["Valencia", "Bilbao", "Sevilla"]}
PRODUCTS = ["Hushdesk Pro", "SyncBridge 4", "the Orbit router", "PayFlex terminal", "Ledgerly Cloud",
            "the X200 label printer"]

ASCII_FOLD = str.maketrans({"å": "a", "ä": "a", "ö": "o", "é": "e", "ü": "u", "ß": "ss", "á": "a", "í": "i",
                            "ó": "o", "ú": "u", "ñ": "n", "Å": "a", "Ä": "a", "Ö": "o", "Ü": "u", "Á": "a",
                            "Í": "i", "É": "e", "'": "", " ": "", "-": ""})


def person(rng, lang):
    f = rng.choice(FIRST[lang])
    last = rng.choice(LAST[lang])
    if lang == "es" and rng.random() < 0.5:
        last2 = rng.choice([x for x in LAST["es"] if x != last])
        last = last + " " + last2
    return f, last


def email_for(rng, f, last, lang):
    fl, ll = f.lower().translate(ASCII_FOLD), last.split()[0].lower().translate(ASCII_FOLD)
    local = rng.choice([fl + "." + ll, fl[0] + ll, fl + "_" + ll, fl + ll[:3] + str(rng.randint(1, 99)),
                        fl, ll + "." + fl, fl + "+support"])
    return local + "@" + rng.choice(DOMAINS[lang])


def phone(rng, country, intl=None):
    if intl is None:
        intl = rng.random() < 0.45
    d = lambda n: rdigits(rng, n)
    if country == "AU":
        if rng.random() < 0.6:
            m = "4" + rng.choice("0123456789") + d(7)
            return rng.choice(["+61 %s %s %s" % (m[:3], m[3:6], m[6:]), "+61%s" % m]) if intl else \
                rng.choice(["0%s %s %s" % (m[:3], m[3:6], m[6:]), "0%s" % m, "0%s-%s-%s" % (m[:3], m[3:6], m[6:])])
        a, n = rng.choice("2378"), str(rng.randint(3, 9)) + d(7)
        return "+61 %s %s %s" % (a, n[:4], n[4:]) if intl else rng.choice(["(0%s) %s %s" % (a, n[:4], n[4:]),
                                                                           "0%s %s %s" % (a, n[:4], n[4:])])
    if country == "UK":
        if rng.random() < 0.6:
            m = "7" + rng.choice("4589") + d(8)
            return rng.choice(["+44 %s %s" % (m[:4], m[4:]), "+44 (0)%s %s" % (m[:4], m[4:])]) if intl else \
                rng.choice(["0%s %s" % (m[:4], m[4:]), "0%s %s %s" % (m[:4], m[4:7], m[7:]), "0" + m])
        if rng.random() < 0.5:
            n = "20" + str(rng.randint(3, 8)) + d(7)
            return "+44 20 %s %s" % (n[2:6], n[6:]) if intl else "020 %s %s" % (n[2:6], n[6:])
        ac = rng.choice(["113", "161", "117", "131", "141"])
        n = str(rng.randint(2, 9)) + d(6)
        return "+44 %s %s %s" % (ac, n[:3], n[3:]) if intl else "0%s %s %s" % (ac, n[:3], n[3:])
    if country == "SE":
        if rng.random() < 0.6:
            m = "7" + rng.choice("0236") + d(7)
            return rng.choice(["+46 %s %s %s %s" % (m[:2], m[2:5], m[5:7], m[7:]), "+46%s" % m,
                               "0046 %s-%s %s %s" % (m[:2], m[2:5], m[5:7], m[7:])]) if intl else \
                rng.choice(["0%s-%s %s %s" % (m[:2], m[2:5], m[5:7], m[7:]), "0%s %s %s %s" % (m[:2], m[2:5],
                            m[5:7], m[7:]), "0%s%s" % (m[:2], m[2:])])
        n = str(rng.randint(2, 7)) + d(7)
        return "+46 8 %s %s %s" % (n[:3], n[3:5], n[5:]) if intl else rng.choice(
            ["08-%s %s %s" % (n[:3], n[3:5], n[5:]), "08-%s %s" % (n[:4], n[4:])])
    if country == "DE":
        if rng.random() < 0.55:
            pre = rng.choice(["151", "152", "160", "170", "171", "176", "157"])
            n = d(rng.choice([7, 8]))
            return rng.choice(["+49 %s %s" % (pre, n), "+49 (0)%s %s" % (pre, n), "+49%s%s" % (pre, n)]) if intl \
                else rng.choice(["0%s %s" % (pre, n), "0%s/%s" % (pre, n), "0%s-%s" % (pre, n)])
        ac = rng.choice(["30", "40", "89", "221", "341", "69"])
        n = str(rng.randint(2, 9)) + d(rng.choice([6, 7]))
        return rng.choice(["+49 %s %s" % (ac, n), "+49 (0)%s %s-%s" % (ac, n[:4], n[4:])]) if intl else \
            rng.choice(["0%s %s" % (ac, n), "0%s/%s" % (ac, n), "(0%s) %s %s" % (ac, n[:4], n[4:])])
    if country == "ES":
        if rng.random() < 0.6:
            m = rng.choice("67") + d(8)
            return rng.choice(["+34 %s %s %s" % (m[:3], m[3:6], m[6:]), "+34%s" % m, "0034 %s %s %s" % (
                m[:3], m[3:6], m[6:])]) if intl else rng.choice(["%s %s %s" % (m[:3], m[3:6], m[6:]),
                                                                 "%s %s %s %s" % (m[:3], m[3:5], m[5:7], m[7:])])
        m = rng.choice(["91", "93", "96", "95"]) + d(7)
        return "+34 %s %s %s %s" % (m[:2], m[2:5], m[5:7], m[7:]) if intl else "%s %s %s %s" % (
            m[:2], m[2:5], m[5:7], m[7:])
    # US
    a = rng.choice(["415", "312", "617", "206", "512", "303", "718", "404"])
    x = str(rng.randint(2, 9)) + d(2)
    while x[1:] == "55" or x == "555":
        x = str(rng.randint(2, 9)) + d(2)
    n = d(4)
    if intl:
        return rng.choice(["+1 %s %s %s" % (a, x, n), "+1 (%s) %s-%s" % (a, x, n), "+1-%s-%s-%s" % (a, x, n)])
    return rng.choice(["(%s) %s-%s" % (a, x, n), "%s-%s-%s" % (a, x, n), "%s.%s.%s" % (a, x, n)])


STREETS = {
    "AU": ["Wattle Grove Rd", "Jacaranda Crescent", "Banksia Street", "Marine Parade", "Kurrajong Ave"],
    "UK": ["Larkspur Lane", "Kestrel Road", "Abbey Close", "Mill Street", "Harrow Gardens"],
    "US": ["Sycamore Ave", "Hollis Street", "Maple Ridge Dr", "W 34th St", "Cedar Lane"],
    "SE": ["Björkvägen", "Storgatan", "Kvarngatan", "Sjövägen", "Lärkstigen"],
    "DE": ["Lindenstraße", "Am Mühlbach", "Goethestr.", "Kastanienallee", "Bergweg"],
    "ES": ["Calle de Toledo", "Avda. Diagonal", "Calle Mayor", "Paseo de Gràcia", "C/ San Vicente"],
}


def address(rng, country, multiline=None):
    if multiline is None:
        multiline = rng.random() < 0.4
    sep = "\n" if multiline else ", "
    st = rng.choice(STREETS[country])
    n = rng.randint(1, 220)
    if country == "AU":
        sub, state, pc = rng.choice([("Kogarah", "NSW", "2217"), ("Toowong", "QLD", "4066"),
                                     ("Fitzroy", "VIC", "3065"), ("Subiaco", "WA", "6008")])
        line1 = ("Unit %d, " % rng.randint(1, 30) if rng.random() < 0.3 else "") + "%d %s" % (n, st)
        if rng.random() < 0.15:
            line1 = "PO Box %d" % rng.randint(100, 9999)
        return line1 + sep + "%s %s %s" % (sub, state, pc)
    if country == "UK":
        city, pc = rng.choice([("Manchester", "M21 9TW"), ("Bristol", "BS7 8QP"), ("Leeds", "LS6 2AB"),
                               ("London", "SE15 4RT"), ("Edinburgh", "EH9 1PL")])
        line1 = ("Flat %d, " % rng.randint(1, 12) if rng.random() < 0.3 else "") + "%d %s" % (n, st)
        return line1 + sep + city + sep + pc if multiline else "%s, %s %s" % (line1, city, pc)
    if country == "US":
        city, state, z = rng.choice([("Portland", "OR", "97214"), ("Somerville", "MA", "02143"),
                                     ("Austin", "TX", "78704"), ("Evanston", "IL", "60201")])
        line1 = "%d %s" % (rng.randint(10, 9999), st) + (" Apt %d%s" % (rng.randint(1, 9), rng.choice("ABC"))
                                                          if rng.random() < 0.3 else "") + (
            ", Suite %d" % rng.randint(100, 900) if rng.random() < 0.15 else "")
        return line1 + sep + "%s, %s %s" % (city, state, z)
    if country == "SE":
        pc, city = rng.choice([("416 71", "Göteborg"), ("753 20", "Uppsala"), ("114 32", "Stockholm"),
                               ("211 45", "Malmö"), ("903 26", "Umeå")])
        line1 = "%s %d%s" % (st, n, rng.choice(["", "", " B", ", lgh 1102", ", 2 tr"]))
        return line1 + sep + pc + " " + city
    if country == "DE":
        pc, city = rng.choice([("10969", "Berlin"), ("81547", "München"), ("50667", "Köln"),
                               ("04109", "Leipzig"), ("20357", "Hamburg")])
        line1 = "%s %d%s" % (st, n, rng.choice(["", "", "a"]))
        return line1 + sep + pc + " " + city
    pc, city = rng.choice([("28005", "Madrid"), ("08008", "Barcelona"), ("46002", "Valencia"),
                           ("48001", "Bilbao")])
    line1 = "%s %d%s" % (st, n, rng.choice(["", ", 3º B", ", 1º izda.", ", bajo"]))
    return line1 + sep + pc + " " + city


def ipaddr(rng):
    r = rng.random()
    if r < 0.7:
        a = rng.choice([81, 84, 92, 151, 185, 203, 212, 89, 46, 78, 194, 37])
        return "%d.%d.%d.%d" % (a, rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254)), "ipv4"
    if r < 0.85:
        return "%d.%d.%d.%d" % (rng.choice([62, 95, 176]), rng.randint(0, 255), rng.randint(0, 255),
                                rng.randint(1, 254)), "ipv4"
    groups = ["2a02", "%x" % rng.randint(0x100, 0xffff), "%x" % rng.randint(0, 0xffff)]
    if rng.random() < 0.5:
        return ":".join(groups) + "::" + "%x" % rng.randint(1, 0xffff), "ipv6"
    return ":".join(groups + ["%x" % rng.randint(0, 0xffff) for _ in range(5)]), "ipv6"


B64URL = string.ascii_letters + string.digits + "-_"
ALNUM = string.ascii_letters + string.digits


def rs(rng, alphabet, n):
    return "".join(rng.choice(alphabet) for _ in range(n))


def b64u(obj):
    return base64.urlsafe_b64encode(json.dumps(obj, separators=(",", ":")).encode()).rstrip(b"=").decode()


def secret(rng, kind=None):
    kind = kind or rng.choice(["aws", "ghp", "ghpat", "slack", "stripe", "jwt", "pem", "urlcred", "s3", "token"])
    if kind == "aws":
        return "AKIA" + rs(rng, string.ascii_uppercase + "234567", 16), "aws_access_key"
    if kind == "ghp":
        return "ghp_" + rs(rng, ALNUM, 36), "github_token"
    if kind == "ghpat":
        return "github_pat_11" + rs(rng, string.ascii_uppercase + string.digits, 20) + "_" + rs(rng, ALNUM, 59), \
            "github_pat"
    if kind == "slack":
        return "xoxb-%s-%s-%s" % (rdigits(rng, 12), rdigits(rng, 13), rs(rng, ALNUM, 24)), "slack_token"
    if kind == "stripe":
        return "sk_live_" + rs(rng, ALNUM, rng.choice([24, 34, 99])), "stripe_key"
    if kind == "jwt":
        head = b64u({"alg": rng.choice(["HS256", "RS256"]), "typ": "JWT"})
        body = b64u({"sub": rdigits(rng, 8), "iat": rng.randint(1690000000, 1730000000),
                     "scope": rng.choice(["tickets:read", "admin", "agent"])})
        return head + "." + body + "." + rs(rng, B64URL, 43), "jwt"
    if kind == "pem":
        kt = rng.choice(["RSA PRIVATE KEY", "PRIVATE KEY", "EC PRIVATE KEY", "OPENSSH PRIVATE KEY"])
        lines = [rs(rng, string.ascii_letters + string.digits + "+/", 64) for _ in range(rng.randint(3, 6))]
        lines.append(rs(rng, string.ascii_letters + string.digits + "+/", rng.randint(10, 60)) + "==")
        return "-----BEGIN %s-----\n%s\n-----END %s-----" % (kt, "\n".join(lines), kt), "private_key"
    if kind == "urlcred":
        user = rng.choice(["admin", "deploy", "svc_backup", "ftpuser", "root"])
        pw = rs(rng, ALNUM, rng.randint(8, 14)) + rng.choice(["!", "", "9"])
        host = rng.choice(["db.internal.bluegum.com.au", "ftp.brandt-soehne.de", "git.nordkust.se",
                           "mq.talleresibarra.es"])
        sch = rng.choice(["postgres://", "https://", "ftp://", "amqp://", "mysql://"])
        return "%s%s:%s@%s%s" % (sch, user, pw, host, rng.choice(["/prod", ":5432/app", "/", "/exports"])), \
            "url_credentials"
    if kind == "s3":
        return ("https://%s.s3.eu-west-1.amazonaws.com/exports/%s.csv?X-Amz-Algorithm=AWS4-HMAC-SHA256"
                "&X-Amz-Credential=AKIA%s%%2F20240311%%2Feu-west-1%%2Fs3%%2Faws4_request&X-Amz-Date=20240311T101500Z"
                "&X-Amz-Expires=3600&X-Amz-SignedHeaders=host&X-Amz-Signature=%s") % (
            rng.choice(["hd-exports", "kestrel-data", "nordkust-backup"]), rdigits(rng, 6),
            rs(rng, string.ascii_uppercase + "234567", 16), rs(rng, "0123456789abcdef", 64)), "url_token"
    return "https://%s/%s?%s=%s" % (rng.choice(["files.ledgerly.io", "share.syncbridge.app", "portal.corella.health"]),
                                    rng.choice(["download/report.pdf", "reset", "invite/accept"]),
                                    rng.choice(["token", "sig"]), rs(rng, B64URL, 40)), "url_token"


def password(rng):
    return rng.choice([
        rs(rng, ALNUM, 10) + "!",
        rng.choice(["Sommar", "Winter", "Verano", "Kangaroo", "Hamburg"]) + str(rng.randint(2019, 2025)) + rng.choice(
            ["!", "#", "?", "$"]),
        rs(rng, ALNUM + "#%&*", rng.randint(12, 20)),
        rng.choice(["tr0ub4dor", "Pa55word", "Qwerty", "hunter"]) + rdigits(rng, 3),
    ])


MONTHS = {"en": ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                 "October", "November", "December"],
          "sv": ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september",
                 "oktober", "november", "december"],
          "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
                 "November", "Dezember"],
          "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
                 "octubre", "noviembre", "diciembre"]}


def a_date(rng, lang, birth, variant):
    y = rng.randint(1942, 2005) if birth else rng.randint(2022, 2025)
    m, d = rng.randint(1, 12), rng.randint(1, 28)
    r = rng.random()
    if lang == "en":
        if variant == "US":
            opts = ["%02d/%02d/%d" % (m, d, y), "%s %d, %d" % (MONTHS["en"][m - 1], d, y)]
        else:
            opts = ["%02d/%02d/%d" % (d, m, y), "%d %s %d" % (d, MONTHS["en"][m - 1], y),
                    "%d %s %d" % (d, MONTHS["en"][m - 1][:3], y)]
        opts.append("%d-%02d-%02d" % (y, m, d))
    elif lang == "sv":
        opts = ["%d-%02d-%02d" % (y, m, d), "%d %s %d" % (d, MONTHS["sv"][m - 1], y)]
    elif lang == "de":
        opts = ["%02d.%02d.%d" % (d, m, y), "%d. %s %d" % (d, MONTHS["de"][m - 1], y), "%d.%d.%d" % (d, m, y)]
    else:
        opts = ["%02d/%02d/%d" % (d, m, y), "%d de %s de %d" % (d, MONTHS["es"][m - 1], y), "%02d-%02d-%d" % (d, m, y)]
    return opts[int(r * len(opts))]


# ---------------------------------------------------------------- negatives

def neg_value(rng, kind):
    if kind == "order_number":
        return rng.choice(["ORD-%d-%s" % (rng.randint(2022, 2025), rdigits(rng, 6)), "#" + rdigits(rng, 7),
                           "SO" + rdigits(rng, 8), rdigits(rng, 9)])
    if kind == "invoice_number":
        return rng.choice(["INV-%s" % rdigits(rng, 6), "F%d-%s" % (rng.randint(2023, 2025), rdigits(rng, 5)),
                           "RE-%s/%d" % (rdigits(rng, 5), rng.randint(2023, 2025)), rdigits(rng, 10)])
    if kind == "ticket_number":
        return rng.choice(["#%s" % rdigits(rng, 5), "HD-%s" % rdigits(rng, 6), "CASE-%s" % rdigits(rng, 8)])
    if kind == "version":
        return rng.choice(["v%d.%d.%d" % (rng.randint(1, 9), rng.randint(0, 20), rng.randint(0, 40)),
                           "%d.%d.%d" % (rng.randint(1, 17), rng.randint(0, 9), rng.randint(0, 99))])
    if kind == "build_number":
        return "%d.%d.%d.%d" % (rng.randint(1, 12), rng.randint(0, 9), rng.randint(1000, 22631), rng.randint(1, 4000))
    if kind == "timestamp":
        return rng.choice(["2024-%02d-%02dT%02d:%02d:%02dZ" % (rng.randint(1, 12), rng.randint(1, 28),
                                                               rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59)),
                           "2025-%02d-%02d %02d:%02d:%02d.%03d" % (rng.randint(1, 12), rng.randint(1, 28),
                                                                    rng.randint(0, 23), rng.randint(0, 59),
                                                                    rng.randint(0, 59), rng.randint(0, 999)),
                           "%02d:%02d:%02d" % (rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59))])
    if kind == "luhn_invalid_card":
        return luhn_invalid_16(rng)
    if kind == "uuid":
        h = rs(rng, "0123456789abcdef", 32)
        return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], rng.choice("89ab"), h[17:20], h[20:])
    if kind == "git_sha":
        return rs(rng, "0123456789abcdef", rng.choice([40, 7, 12]))
    if kind == "tracking_number":
        return rng.choice(["1Z%s%s" % (rs(rng, string.ascii_uppercase + string.digits, 6), rdigits(rng, 10)),
                           "JJD%s" % rdigits(rng, 18), "RR%sSE" % rdigits(rng, 9), "00340434%s" % rdigits(rng, 12)])
    if kind == "amount":
        return rng.choice(["$%d.%02d" % (rng.randint(10, 9999), rng.randint(0, 99)),
                           "€%s,%02d" % (rng.randint(10, 999), rng.randint(0, 99)),
                           "%d,%02d kr" % (rng.randint(50, 20000), rng.randint(0, 99)),
                           "£%d.%02d" % (rng.randint(5, 999), rng.randint(0, 99)),
                           "AUD 1,%03d.%02d" % (rng.randint(0, 999), rng.randint(0, 99))])
    if kind == "product":
        return rng.choice(PRODUCTS)
    if kind == "city":
        return rng.choice(sum(CITIES.values(), []))
    if kind == "company":
        return rng.choice(sum(COMPANY.values(), []))
    if kind == "date":
        return None
    if kind == "error_code":
        return rng.choice(["ERR_%d" % rng.randint(100, 999), "0x%08X" % rng.randint(0, 2 ** 32 - 1),
                           "E%s" % rdigits(rng, 4)])
    raise KeyError(kind)


# ---------------------------------------------------------------- document builder

ENT = {"ö": "&ouml;", "ä": "&auml;", "å": "&aring;", "ü": "&uuml;", "ß": "&szlig;", "é": "&eacute;",
       "á": "&aacute;", "í": "&iacute;", "ó": "&oacute;", "ñ": "&ntilde;", "Ö": "&Ouml;", "Å": "&Aring;",
       "Á": "&Aacute;", "Í": "&Iacute;", "ú": "&uacute;", "Ä": "&Auml;", "Ü": "&Uuml;", "É": "&Eacute;", "º": "&ordm;"}


class Doc:
    def __init__(self, rng, is_html):
        self.rng = rng
        self.html = is_html
        self.buf = bytearray()
        self.labels = []
        self.negatives = []
        self.ent = is_html and rng.random() < 0.5  # this document uses named entities for non-ASCII
        self.at_ent = is_html and rng.random() < 0.25

    def enc(self, s, kind=None):
        if not self.html:
            return s
        out = html.escape(s, quote=False)
        if self.ent:
            out = "".join(ENT.get(c, c) for c in out)
        if kind == "email" and self.at_ent:
            out = out.replace("@", "&#64;")
        out = out.replace("\n", "<br>\n" if self.rng.random() < 0.5 else "<br>")
        return out

    def raw(self, s):
        self.buf += s.encode("utf-8")

    def t(self, s):
        """Plain text (escaped in HTML)."""
        self.raw(self.enc(s))

    def nl(self):
        self.raw("<br>\n" if self.html else "\n")

    def lab(self, value, category, subtype, encoded=None):
        enc = encoded if encoded is not None else self.enc(value, category)
        if encoded is None and self.html and category == "phone" and " " in value and self.rng.random() < 0.3:
            enc = enc.replace(" ", "&nbsp;")
        if encoded is None and self.html and category == "payment_card" and " " in value and self.rng.random() < 0.3:
            g = value.split(" ")
            enc = g[0] + " <b>" + " ".join(g[1:-1]) + "</b> " + g[-1]
        start = len(self.buf)
        self.raw(enc)
        self.labels.append({"start": start, "end": len(self.buf), "category": category, "subtype": subtype,
                            "_value": value})

    def neg(self, value, kind):
        start = len(self.buf)
        self.raw(self.enc(value))
        self.negatives.append({"start": start, "end": len(self.buf), "kind": kind, "_value": value})

    def mail(self, addr, subtype):
        if self.html and self.rng.random() < 0.6:
            self.raw('<a href="mailto:')
            self.lab(addr, "email", subtype, encoded=html.escape(addr))
            self.raw('">')
            self.lab(addr, "email", subtype)
            self.raw("</a>")
        else:
            self.lab(addr, "email", subtype)

    def tel(self, number, subtype):
        if self.html and self.rng.random() < 0.35:
            compact = "".join(ch for ch in number if ch.isdigit() or ch == "+")
            self.raw('<a href="tel:')
            self.lab(compact, "phone", subtype, encoded=compact)
            self.raw('">')
            self.lab(number, "phone", subtype)
            self.raw("</a>")
        else:
            self.lab(number, "phone", subtype)

    def url(self, u, subtype):
        if self.html and self.rng.random() < 0.6:
            self.raw('<a href="')
            self.lab(u, "secret", subtype, encoded=html.escape(u))
            self.raw('">')
            self.lab(u, "secret", subtype)
            self.raw("</a>")
        else:
            self.lab(u, "secret", subtype)

    def para(self, fn):
        """Write a paragraph: fn(self) emits content."""
        if self.html:
            tag = self.rng.choice(["p", "div", "p"])
            self.raw("<%s>" % tag)
            fn(self)
            self.raw("</%s>\n" % tag)
        else:
            if self.buf:
                self.raw("\n\n")
            fn(self)

    def text(self):
        return self.buf.decode("utf-8")


# ---------------------------------------------------------------- language phrases

L = {
    "en": dict(
        hi=["Hi {n},", "Hello {n},", "Dear {n},", "G'day {n},", "Hey {n}", "Morning {n},"],
        hi_team=["Hi team,", "Hello,", "To whom it may concern,", "Hi there,", "hey guys"],
        bye=["Thanks,", "Cheers,", "Kind regards,", "Regards,", "Many thanks,", "Best,", "Ta,"],
        issue=["I can't log in to {p} since the update to {v} this morning.",
               "We were charged twice for invoice {inv} ({amt}) and need one refunded.",
               "Order {ord} still hasn't arrived, tracking {trk} hasn't moved in a week.",
               "The export job keeps failing with {err} after build {build}.",
               "Could you please update the details on our account? Nothing urgent."],
        card=["The card we used was {x}, expiry 09/27.", "please refund to card {x}",
              "Card number: {x}"],
        cardbad=["(the old card ending in {x} was cancelled, ignore it)"],
        iban=["Please send the refund to IBAN {x}.", "Our bank details have changed, new IBAN: {x}",
              "IBAN {x} (account name as above)"],
        dob=["My date of birth is {x}.", "DOB: {x}", "born on {x}", "Date of birth - {x}", "d.o.b {x}",
             "Born: {x}", "(DOB {x})", "my birthday is {x} if you need it for verification"],
        date=["We placed the order on {x}.", "The renewal is due {x}.", "meeting moved to {x}"],
        pw=["password: {x}", "Password = {x}", "my temp password is {x}", "pwd: {x}", "PW {x}",
            "new password: {x} (please change it)"],
        ip=["I'm connecting from {x} if that helps.", "the server at {x} refuses the connection",
            "Source IP: {x}"],
        phone=["You can call me on {x}.", "best number is {x}", "Mobile: {x}", "ring me on {x} after 3pm"],
        addr=["Please ship the replacement to:", "Our new postal address is", "Deliver to"],
        colleague=["Please also copy my colleague {n} ({e}) on this.", "{n} from accounts will follow up.",
                   "I've spoken to {n} in your billing team already."],
        quote="On {d}, {n} <{e}> wrote:",
        form=dict(name="Name", email="Email", phone="Phone", addr="Address", dob="Date of Birth",
                  order="Order number", msg="Message"),
        agent_intro=["Thanks for getting in touch.", "Sorry to hear about the trouble.",
                     "I've had a look at your account."],
        agent_ask=["Could you confirm the last four digits of the card, please?",
                   "For security, please don't send full card numbers by email.",
                   "I've escalated this to our second-line team."],
        fwd="---------- Forwarded message ---------",
    ),
    "sv": dict(
        hi=["Hej {n},", "Hej {n}!", "Hejsan {n}", "Hej hej {n},", "God morgon {n},"],
        hi_team=["Hej,", "Hej support!", "Hejsan,"],
        bye=["Mvh", "Med vänliga hälsningar", "Vänliga hälsningar,", "Tack på förhand,", "Hälsningar"],
        issue=["Jag kommer inte in i {p} sedan uppdateringen till {v}.",
               "Vi har blivit dubbeldebiterade för faktura {inv} ({amt}).",
               "Order {ord} har inte kommit fram, sändningsnummer {trk}.",
               "Exportjobbet kraschar med {err} efter build {build}.",
               "Kan ni uppdatera våra uppgifter?"],
        card=["Kortet vi använde var {x}.", "kortnummer: {x}"],
        cardbad=["(gamla kortet {x} är spärrat)"],
        iban=["Återbetala gärna till IBAN {x}.", "Vårt nya IBAN är {x}", "IBAN: {x}"],
        dob=["Jag är född {x}.", "Födelsedatum: {x}", "född den {x}", "f. {x}", "födelsedag {x}"],
        date=["Beställningen gjordes {x}.", "Avtalet löper ut {x}."],
        pw=["lösenord: {x}", "Lösenordet är {x}", "tillfälligt lösenord: {x}", "Lösen: {x}"],
        ip=["Jag sitter på IP {x}.", "servern {x} svarar inte", "IP-adress: {x}"],
        phone=["Ring mig på {x}.", "Mobil: {x}", "nås på {x} efter lunch", "Tel: {x}"],
        addr=["Skicka ersättningen till:", "Vår nya adress är", "Leveransadress:"],
        colleague=["Sätt gärna min kollega {n} ({e}) på kopia.", "{n} på ekonomi återkommer.",
                   "Jag har redan pratat med {n} hos er."],
        quote="Den {d} skrev {n} <{e}>:",
        form=dict(name="Namn", email="E-post", phone="Telefon", addr="Adress", dob="Födelsedatum",
                  order="Ordernummer", msg="Meddelande"),
        agent_intro=["Tack för att du hör av dig.", "Tråkigt att höra om problemen."],
        agent_ask=["Kan du bekräfta de fyra sista siffrorna på kortet?", "Jag har skickat ärendet vidare."],
        fwd="---------- Vidarebefordrat meddelande ---------",
    ),
    "de": dict(
        hi=["Hallo {n},", "Guten Tag {n},", "Liebe {n},", "Sehr geehrter Herr {l},", "Moin {n},"],
        hi_team=["Hallo zusammen,", "Sehr geehrte Damen und Herren,", "Hallo Support,"],
        bye=["Viele Grüße", "Mit freundlichen Grüßen", "Beste Grüße,", "VG", "Danke und Gruß"],
        issue=["Seit dem Update auf {v} kann ich mich nicht mehr in {p} anmelden.",
               "Die Rechnung {inv} ({amt}) wurde doppelt abgebucht.",
               "Bestellung {ord} ist noch nicht angekommen, Sendungsnummer {trk}.",
               "Der Export bricht mit {err} ab (Build {build}).",
               "Bitte aktualisieren Sie unsere Stammdaten."],
        card=["Bezahlt wurde mit der Karte {x}.", "Kreditkarte: {x}"],
        cardbad=["(die alte Karte {x} ist gesperrt)"],
        iban=["Bitte erstatten Sie auf IBAN {x}.", "Neue Bankverbindung: IBAN {x}", "IBAN: {x}"],
        dob=["Geburtsdatum: {x}", "geb. {x}", "ich bin am {x} geboren", "Geb.-Datum {x}", "geboren am {x}"],
        date=["Bestellt am {x}.", "Der Vertrag endet am {x}."],
        pw=["Passwort: {x}", "Kennwort: {x}", "das neue Passwort lautet {x}", "PW: {x}"],
        ip=["Ich bin unter {x} unterwegs.", "der Server {x} antwortet nicht", "IP-Adresse: {x}"],
        phone=["Sie erreichen mich unter {x}.", "Tel.: {x}", "Mobil: {x}", "Rückruf bitte unter {x}"],
        addr=["Bitte senden Sie den Ersatz an:", "Unsere neue Anschrift lautet", "Lieferadresse:"],
        colleague=["Bitte setzen Sie meine Kollegin {n} ({e}) in CC.", "{n} aus der Buchhaltung meldet sich.",
                   "Ich habe bereits mit {n} gesprochen."],
        quote="Am {d} schrieb {n} <{e}>:",
        form=dict(name="Name", email="E-Mail", phone="Telefon", addr="Anschrift", dob="Geburtsdatum",
                  order="Bestellnummer", msg="Nachricht"),
        agent_intro=["Vielen Dank für Ihre Nachricht.", "Das tut uns leid."],
        agent_ask=["Bitte senden Sie uns keine vollständigen Kartennummern per E-Mail.",
                   "Ich habe das an den 2nd-Level-Support weitergegeben."],
        fwd="---------- Weitergeleitete Nachricht ---------",
    ),
    "es": dict(
        hi=["Hola {n},", "Buenos días {n},", "Estimada {n}:", "Hola {n}!"],
        hi_team=["Hola,", "Buenas tardes,", "Estimados señores:"],
        bye=["Saludos,", "Un saludo,", "Atentamente,", "Gracias de antemano,", "Un abrazo,"],
        issue=["No puedo entrar en {p} desde la actualización a {v}.",
               "Nos han cobrado dos veces la factura {inv} ({amt}).",
               "El pedido {ord} no ha llegado, número de seguimiento {trk}.",
               "La exportación falla con {err} en la build {build}.",
               "¿Podrían actualizar nuestros datos?"],
        card=["La tarjeta usada fue {x}.", "número de tarjeta: {x}"],
        cardbad=["(la tarjeta antigua {x} está anulada)"],
        iban=["Por favor devuelvan el importe al IBAN {x}.", "Nuevo IBAN: {x}", "IBAN {x}"],
        dob=["Fecha de nacimiento: {x}", "nací el {x}", "F. nacimiento: {x}", "nacido el {x}", "F. nac.: {x}"],
        date=["Hicimos el pedido el {x}.", "La renovación vence el {x}."],
        pw=["contraseña: {x}", "la clave es {x}", "Contraseña temporal: {x}", "pass: {x}"],
        ip=["Me conecto desde {x}.", "el servidor {x} no responde", "IP: {x}"],
        phone=["Pueden llamarme al {x}.", "Móvil: {x}", "Tel. {x}", "mi teléfono es el {x}"],
        addr=["Envíen el repuesto a:", "Nuestra nueva dirección es", "Dirección de entrega:"],
        colleague=["Pongan en copia a mi compañera {n} ({e}).", "{n}, de administración, les escribirá.",
                   "Ya hablé con {n} de su equipo."],
        quote="El {d}, {n} <{e}> escribió:",
        form=dict(name="Nombre", email="Correo", phone="Teléfono", addr="Dirección", dob="Fecha de nacimiento",
                  order="Nº de pedido", msg="Mensaje"),
        agent_intro=["Gracias por contactar con nosotros.", "Lamentamos las molestias."],
        agent_ask=["Por seguridad, no envíen números de tarjeta completos por correo.",
                   "He escalado la incidencia al segundo nivel."],
        fwd="---------- Mensaje reenviado ---------",
    ),
}

COUNTRY = {"en": ["AU", "UK", "US"], "sv": ["SE"], "de": ["DE"], "es": ["ES"]}
NATID = {
    "AU": [(tfn, ["TFN", "Tax File Number:", "my tax file no is"]), (abn, ["ABN", "ABN:"])],
    "UK": [(nino, ["NI number", "National Insurance no.", "NINO"]), (nhs, ["NHS number", "NHS no."])],
    "US": [(ssn, ["SSN", "Social Security #", "social security number"])],
    "SE": [(personnummer, ["personnummer", "Personnr:", "pnr"])],
    "DE": [(steuer_id, ["Steuer-ID", "Steuerliche Identifikationsnummer:", "IdNr."])],
    "ES": [(dni, ["DNI", "DNI/NIE:", "documento"])],
}


def natid(rng, country):
    gen, labels = rng.choice(NATID[country])
    v, sub = gen(rng)
    lbl = rng.choice(labels)
    if sub == "es_nie" and lbl == "DNI":
        lbl = "NIE"
    return v, sub, lbl


# ---------------------------------------------------------------- fragments

def fill(doc, template, values):
    """Write a template with {x}/{n}/{e}/... slots; values maps slot -> (value, cat, sub) or str."""
    i = 0
    while i < len(template):
        j = template.find("{", i)
        if j < 0:
            doc.t(template[i:])
            break
        doc.t(template[i:j])
        k = template.index("}", j)
        v = values[template[j + 1:k]]
        if isinstance(v, str):
            doc.t(v)
        elif v[1] == "NEG":
            doc.neg(v[0], v[2])
        elif v[1] == "email":
            doc.mail(v[0], v[2])
        elif v[1] == "secret" and v[0].startswith(("http", "postgres", "ftp", "amqp", "mysql")):
            doc.url(v[0], v[2])
        else:
            doc.lab(v[0], v[1], v[2])
        i = k + 1


class Ctx:
    def __init__(self, rng, lang):
        self.rng = rng
        self.lang = lang
        self.country = rng.choice(COUNTRY[lang])
        self.first, self.last = person(rng, lang)
        self.full = self.first + " " + self.last
        self.email = email_for(rng, self.first, self.last, lang)
        self.phone = phone(rng, self.country)
        self.P = L[lang]
        self.agent_first, self.agent_last = person(rng, lang)


def negv(rng, kind):
    return (neg_value(rng, kind), "NEG", kind)


def issue_line(doc, c):
    r = c.rng
    fill(doc, r.choice(c.P["issue"]), {
        "p": ("Ledgerly Cloud" if r.random() < 0.5 else r.choice(PRODUCTS), "NEG", "product"),
        "v": negv(r, "version"), "inv": negv(r, "invoice_number"), "amt": negv(r, "amount"),
        "ord": negv(r, "order_number"), "trk": negv(r, "tracking_number"), "err": negv(r, "error_code"),
        "build": negv(r, "build_number")})


def pii_sentence(doc, c, kind):
    r, P = c.rng, c.P
    if kind == "card":
        v, sub = card(r)
        fill(doc, r.choice(P["card"]), {"x": (v, "payment_card", sub)})
    elif kind == "cardform":
        v, sub = card(r)
        doc.t({"en": "Card: ", "sv": "Kort: ", "de": "Karte: ", "es": "Tarjeta: "}[c.lang])
        doc.lab(v, "payment_card", sub)
        doc.t(" Exp %02d/%02d CVV %s" % (r.randint(1, 12), r.randint(25, 30), rdigits(r, 3)))
    elif kind == "cardbad":
        fill(doc, r.choice(P["cardbad"]), {"x": negv(r, "luhn_invalid_card")})
    elif kind == "iban":
        v, sub = iban(r)
        fill(doc, r.choice(P["iban"]), {"x": (v, "iban", sub)})
    elif kind == "dob":
        fill(doc, r.choice(P["dob"]), {"x": (a_date(r, c.lang, True, c.country), "date_of_birth", "dob")})
    elif kind == "date":
        fill(doc, r.choice(P["date"]), {"x": (a_date(r, c.lang, False, c.country), "NEG", "date")})
    elif kind == "pw":
        fill(doc, r.choice(P["pw"]), {"x": (password(r), "secret", "password")})
    elif kind == "ip":
        v, sub = ipaddr(r)
        fill(doc, r.choice(P["ip"]), {"x": (v, "ip_address", sub)})
    elif kind == "phone":
        fill(doc, r.choice(P["phone"]), {"x": (phone(r, c.country), "phone", c.country.lower())})
    elif kind == "natid":
        v, sub, lbl = natid(r, c.country)
        doc.t(lbl + (" " if lbl.endswith(":") else ": "))
        doc.lab(v, "national_id", sub)
    elif kind == "colleague":
        f, l = person(r, c.lang)
        fill(doc, r.choice(P["colleague"]), {"n": (f + " " + l, "person_name", "third_party"),
                                             "e": (email_for(r, f, l, c.lang), "email", "third_party")})
    elif kind == "secret":
        v, sub = secret(r, r.choice(["aws", "ghp", "ghpat", "slack", "stripe", "jwt", "urlcred", "s3", "token"]))
        intro = {"en": "Here's the key we used: ", "sv": "Nyckeln vi använde: ", "de": "Der verwendete Schlüssel: ",
                 "es": "La clave que usamos: "}[c.lang]
        doc.t(intro)
        if sub in ("url_credentials", "url_token"):
            doc.url(v, sub)
        else:
            doc.lab(v, "secret", sub)
    elif kind == "addr":
        doc.t(r.choice(P["addr"]))
        doc.nl() if r.random() < 0.6 else doc.t(" ")
        doc.lab(address(r, c.country), "postal_address", c.country.lower())
    elif kind == "obf":
        f, l = person(r, c.lang)
        fl, ll = f.lower().translate(ASCII_FOLD), l.split()[0].lower().translate(ASCII_FOLD)
        dom = r.choice(DOMAINS[c.lang])
        name, tld = dom.rsplit(".", 1)
        v = r.choice(["%s dot %s at %s dot %s" % (fl, ll, name.replace(".", " dot "), tld),
                      "%s.%s[at]%s[dot]%s" % (fl, ll, name, tld), "%s (at) %s" % (fl + ll[0], dom),
                      "%s AT %s DOT %s" % (fl, name, tld)])
        doc.t({"en": "(write to ", "sv": "(mejla ", "de": "(Mail an ", "es": "(escribid a "}[c.lang])
        doc.lab(v, "email", "obfuscated")
        doc.t({"en": " - spam filter eats normal addresses)", "sv": ")", "de": ")", "es": ")"}[c.lang])
    elif kind == "mention":
        f, l = person(r, c.lang)
        title = r.choice(["", "", "Dr. ", "Mrs ", "Mr ", "Prof. "] if c.lang == "en" else
                         {"sv": [""], "de": ["", "Frau ", "Herr ", "Dr. "], "es": ["", "Sra. ", "D. "]}[c.lang])
        tpl = r.choice({"en": ["I spoke with {t}{n} on {d} and she said it was sorted.", "Please ask for {t}{n}.",
                               "Ticket was originally opened by {t}{n} (left the company)."],
                        "sv": ["Jag pratade med {t}{n} den {d}.", "Fråga efter {t}{n}."],
                        "de": ["Ich habe am {d} mit {t}{n} telefoniert.", "Ansprechpartner: {t}{n}"],
                        "es": ["Hablé con {t}{n} el {d}.", "Pregunten por {t}{n}."]}[c.lang])
        fill(doc, tpl, {"t": title, "n": (f + " " + l, "person_name", "mention"),
                        "d": (a_date(r, c.lang, False, c.country), "NEG", "date")})
    elif kind == "ipport":
        v, sub = ipaddr(r)
        if sub == "ipv6":
            doc.t("ssh -p 2222 admin@[")
            doc.lab(v, "ip_address", sub)
            doc.t("]")
        else:
            doc.t("https://")
            doc.lab(v, "ip_address", sub)
            doc.t(":%d/admin " % r.choice([8443, 8080, 3000]))
            doc.t({"en": "times out", "sv": "svarar inte", "de": "hängt", "es": "no carga"}[c.lang])
    elif kind == "webhook":
        v = "https://hooks.slack.com/services/T%s/B%s/%s" % (rs(r, string.ascii_uppercase + string.digits, 8),
                                                              rs(r, string.ascii_uppercase + string.digits, 10),
                                                              rs(r, ALNUM, 24))
        doc.t("webhook: ")
        doc.url(v, "url_token")
    elif kind == "attn":
        f, l = person(r, c.lang)
        doc.t({"en": r.choice(["Attn: ", "Att: ", "c/o "]), "sv": "Att: ", "de": r.choice(["z. Hd. ", "c/o "]),
               "es": "A/A: "}[c.lang])
        doc.lab(f + " " + l, "person_name", "attn")
        doc.nl()
        doc.lab(address(r, c.country, multiline=True), "postal_address", c.country.lower())
    elif kind == "phoneext":
        doc.t({"en": "Office: ", "sv": "Växel: ", "de": "Zentrale: ", "es": "Centralita: "}[c.lang])
        doc.lab(phone(r, c.country), "phone", c.country.lower())
        doc.t(r.choice([" ext. %d", " x%d", " (Durchwahl %d)" if c.lang == "de" else " ext %d"]) % r.randint(10, 499))
    elif kind == "neg":
        k = r.choice(["uuid", "git_sha", "timestamp", "ticket_number", "order_number", "build_number", "amount",
                      "city", "company"])
        intro = {"en": "Ref: ", "sv": "Ref: ", "de": "Referenz: ", "es": "Ref.: "}[c.lang]
        doc.t(intro)
        doc.neg(neg_value(r, k), k)


PII_KINDS = ["card", "iban", "dob", "pw", "ip", "phone", "natid", "colleague", "secret", "addr", "natid", "dob",
             "iban", "card", "date", "cardbad", "neg", "obf", "mention", "ipport", "webhook", "attn", "phoneext",
             "mention", "attn", "ip", "iban", "cardbad", "cardform", "natid"]


def signature(doc, c, style=None):
    r = c.rng
    style = style or r.choice(["short", "full", "full", "first", "dash"])
    if style == "dash":
        doc.t("-- ")
        doc.nl()
        if c.lang == "en" and r.random() < 0.5:
            doc.t("Dr ")
        doc.lab(c.full, "person_name", "requester")
        doc.t(" | " + r.choice(TITLES[c.lang]))
        doc.nl()
        doc.neg(r.choice(COMPANY[c.lang]), "company")
        doc.t(" · ")
        doc.lab(c.phone, "phone", c.country.lower())
        return
    doc.t(r.choice(c.P["bye"]))
    doc.nl()
    if style == "first":
        doc.lab(c.first, "person_name", "requester_first")
        return
    doc.lab(c.full, "person_name", "requester")
    if style == "full":
        doc.nl()
        doc.t(r.choice(TITLES[c.lang]) + " | ")
        doc.neg(r.choice(COMPANY[c.lang]), "company")
        doc.nl()
        doc.t(r.choice(["T: ", "Tel: ", "Ph ", "M "]))
        doc.tel(c.phone, c.country.lower())
        doc.nl()
        if r.random() < 0.6:
            doc.mail(c.email, "requester")
            doc.nl()
        if r.random() < 0.5:
            doc.lab(address(r, c.country, multiline=False), "postal_address", c.country.lower())


def greeting(doc, c, to_first):
    r = c.rng
    tpl = r.choice(c.P["hi"])
    if "{l}" in tpl:
        doc.t(tpl[:tpl.index("{l}")])
        doc.lab(c.agent_last if not to_first else c.last, "person_name", "surname")
        doc.t(tpl[tpl.index("{l}") + 3:])
        return
    pre, post = tpl.split("{n}")
    doc.t(pre)
    doc.lab(to_first, "person_name", "greeting")
    doc.t(post)


# ---------------------------------------------------------------- ticket templates

def t_customer(doc, c):
    r = c.rng
    doc.para(lambda d: greeting(d, c, c.agent_first) if r.random() < 0.5 else d.t(r.choice(c.P["hi_team"])))
    if r.random() < 0.5:
        intro = {"en": "My name is ", "sv": "Jag heter ", "de": "mein Name ist ", "es": "Me llamo "}[c.lang]
        doc.para(lambda d: (d.t(intro), d.lab(c.full, "person_name", "requester"), d.t(".")))
    doc.para(lambda d: issue_line(d, c))
    if r.random() < 0.4:
        doc.para(lambda d: (d.t({"en": "We're the team in ", "sv": "Vi sitter i ", "de": "Wir sitzen in ",
                                 "es": "Somos la oficina de "}[c.lang]), d.neg(r.choice(CITIES[c.lang]), "city"),
                            d.t({"en": " (", "sv": " (", "de": " (", "es": " ("}[c.lang]),
                            d.neg(r.choice(COMPANY[c.lang]), "company"), d.t(").")))
    for k in r.sample(PII_KINDS, r.randint(2, 4)):
        doc.para(lambda d, k=k: pii_sentence(d, c, k))
    doc.para(lambda d: signature(d, c))


def t_agent_reply(doc, c):
    r = c.rng
    doc.para(lambda d: greeting(d, c, c.first))
    doc.para(lambda d: (d.t(r.choice(c.P["agent_intro"]) + " "), d.t(r.choice(c.P["agent_ask"]))))
    doc.para(lambda d: (d.t({"en": "Your ticket number is ", "sv": "Ärendenummer: ", "de": "Ticketnummer: ",
                             "es": "Número de incidencia: "}[c.lang]), d.neg(neg_value(r, "ticket_number"),
                                                                             "ticket_number")))
    doc.para(lambda d: (d.t(r.choice(c.P["bye"])), d.nl(), d.lab(c.agent_first, "person_name", "agent"),
                        d.t(" | Support")))

    def quoted(d):
        q = c.P["quote"]
        dt = a_date(r, c.lang, False, c.country) + (" %02d:%02d" % (r.randint(7, 20), r.randint(0, 59)))
        pre, rest = q.split("{d}")
        d.t(pre)
        d.neg(dt, "date")
        mid, rest = rest.split("{n}")
        d.t(mid)
        d.lab(c.full, "person_name", "quote_header")
        mid, rest = rest.split("{e}")
        d.t(mid)
        d.lab(c.email, "email", "quote_header")
        d.t(rest)
        d.nl()
        body_kinds = r.sample(PII_KINDS, 2)
        for k in body_kinds:
            if not d.html:
                d.t("> ")
            pii_sentence(d, c, k)
            d.nl()
        if not d.html:
            d.t("> ")
        d.lab(c.first, "person_name", "requester_first")

    if doc.html:
        doc.raw("<blockquote>")
        quoted(doc)
        doc.raw("</blockquote>\n")
    else:
        doc.raw("\n\n")
        quoted(doc)


def t_form(doc, c):
    r = c.rng
    F = c.P["form"]
    caps = r.random() < 0.15
    sep = r.choice([": ", ":\t", " : ", ": "])

    def row(d, label, value, cat, sub, neg=False):
        d.t((label.upper() if caps else label) + sep)
        if neg:
            d.neg(value, sub)
        elif cat == "email":
            d.mail(value, sub)
        else:
            d.lab(value, cat, sub)
        d.nl()

    def body(d):
        d.t({"en": "New web form submission", "sv": "Nytt formulär inskickat", "de": "Neue Formularanfrage",
             "es": "Nuevo formulario web"}[c.lang])
        d.nl()
        d.nl()
        row(d, F["name"], c.full.upper() if caps else c.full, "person_name", "form")
        row(d, F["email"], c.email, "email", "form")
        row(d, F["phone"], c.phone, "phone", c.country.lower())
        if r.random() < 0.7:
            d.t(F["addr"] + sep)
            d.lab(address(r, c.country, multiline=False), "postal_address", c.country.lower())
            d.nl()
        if r.random() < 0.6:
            row(d, F["dob"], a_date(r, c.lang, True, c.country), "date_of_birth", "form")
        if r.random() < 0.5:
            v, sub, lbl = natid(r, c.country)
            row(d, lbl.rstrip(":"), v, "national_id", sub)
        row(d, F["order"], neg_value(r, "order_number"), None, "order_number", neg=True)
        if r.random() < 0.4:
            v, sub = ipaddr(r)
            row(d, "IP", v, "ip_address", sub)
        row(d, "Submitted", neg_value(r, "timestamp"), None, "timestamp", neg=True)
        d.t(F["msg"] + sep)
        issue_line(d, c)

    doc.para(body)
    if r.random() < 0.5:
        doc.para(lambda d: pii_sentence(d, c, r.choice(["card", "iban", "natid", "pw"])))


def t_log(doc, c):
    r = c.rng
    doc.para(lambda d: (d.t(r.choice(c.P["hi_team"])), d.t(" "), issue_line(d, c)))
    intro = {"en": "Log output below:", "sv": "Loggen nedan:", "de": "Hier das Log:", "es": "Adjunto el log:"}
    doc.para(lambda d: d.t(intro[c.lang]))

    def log(d):
        if d.html:
            d.raw("<pre>")
        n = r.randint(4, 8)
        for i in range(n):
            d.neg(neg_value(r, "timestamp"), "timestamp")
            lvl = r.choice(["INFO", "WARN", "ERROR", "DEBUG"])
            kind = r.choice(["ip", "ip", "email", "uuid", "sha", "secret", "env", "plain"])
            if kind == "ip":
                v, sub = ipaddr(r)
                d.t(" %s  request from " % lvl)
                d.lab(v, "ip_address", sub)
                d.t(" status=%d" % r.choice([200, 401, 403, 500]))
            elif kind == "email":
                d.t(" %s  auth failed user=" % lvl)
                d.lab(r.choice([c.email, email_for(r, *person(r, c.lang), c.lang)]), "email", "log")
            elif kind == "uuid":
                d.t(" %s  job " % lvl)
                d.neg(neg_value(r, "uuid"), "uuid")
                d.t(" finished")
            elif kind == "sha":
                d.t(" %s  deployed commit " % lvl)
                d.neg(neg_value(r, "git_sha"), "git_sha")
            elif kind == "secret":
                v, sub = secret(r, r.choice(["aws", "ghp", "slack", "stripe", "jwt"]))
                d.t(" %s  using credential " % lvl if sub != "jwt" else " %s  Authorization: Bearer " % lvl)
                d.lab(v, "secret", sub)
            elif kind == "env":
                d.t(" %s  config " % lvl + r.choice(["DB_PASSWORD=", "SMTP_PASSWORD=", "password="]))
                d.lab(password(r), "secret", "password")
            else:
                d.t(" %s  worker pid=%d heartbeat" % (lvl, r.randint(100, 40000)))
            d.raw("\n")
        if d.html:
            d.raw("</pre>")

    doc.para(log)
    doc.para(lambda d: signature(d, c, r.choice(["short", "first"])))


def t_chat(doc, c):
    r = c.rng
    agent = c.agent_first

    def body(d):
        d.t({"en": "Chat transcript", "sv": "Chattlogg", "de": "Chatverlauf", "es": "Transcripción del chat"}[c.lang])
        d.nl()
        h, m = r.randint(8, 18), r.randint(0, 50)
        lines = [("v", "issue"), ("a", "ask"), ("v", r.choice(["phone", "natid", "dob", "card"])),
                 ("a", "thanks"), ("v", r.choice(["addr", "iban", "pw", "ip"]))]
        for who, what in lines:
            m += r.randint(0, 3)
            d.t("[")
            d.neg("%02d:%02d" % (h, m % 60), "timestamp")
            d.t("] ")
            if who == "v":
                if r.random() < 0.5:
                    d.t("Visitor (")
                    d.lab(c.full, "person_name", "chat")
                    d.t("): ")
                else:
                    d.lab(c.first, "person_name", "chat")
                    d.t(": ")
                if what == "issue":
                    issue_line(d, c)
                else:
                    pii_sentence(d, c, what)
            else:
                d.lab(agent, "person_name", "agent")
                d.t(": ")
                if what == "ask":
                    d.t(r.choice(c.P["agent_ask"]))
                else:
                    d.t(r.choice(c.P["agent_intro"]))
            d.nl()

    doc.para(body)


def t_forward(doc, c):
    r = c.rng
    others = [person(r, c.lang) for _ in range(r.randint(1, 3))]
    doc.para(lambda d: (d.t("FYI - see below. "), issue_line(d, c)))
    doc.para(lambda d: signature(d, c, "first"))

    def hdr(d):
        d.t(c.P["fwd"])
        d.nl()
        sender = others[0]
        outlook = r.random() < 0.4
        d.t("From: ")
        if outlook:
            d.lab(sender[1] + ", " + sender[0], "person_name", "header_outlook")
        else:
            d.lab(sender[0] + " " + sender[1], "person_name", "header")
        d.raw(" &lt;" if d.html else " <")
        d.lab(email_for(r, sender[0], sender[1], c.lang), "email", "header")
        d.raw("&gt;" if d.html else ">")
        d.nl()
        d.t("Date: ")
        d.neg(a_date(r, c.lang, False, c.country), "date")
        d.nl()
        d.t("To: ")
        d.lab(c.full, "person_name", "header")
        d.raw(" &lt;" if d.html else " <")
        d.lab(c.email, "email", "header")
        d.raw("&gt;" if d.html else ">")
        d.nl()
        if len(others) > 1:
            d.t("Cc: ")
            for i, (f, l) in enumerate(others[1:]):
                if i:
                    d.t("; ")
                d.lab(f + " " + l, "person_name", "header_cc")
                d.raw(" &lt;" if d.html else " <")
                d.lab(email_for(r, f, l, c.lang), "email", "header")
                d.raw("&gt;" if d.html else ">")
            d.nl()
        d.t("Subject: Re: ")
        d.neg(neg_value(r, "ticket_number"), "ticket_number")
        d.nl()
        d.nl()
        greeting(d, c, c.first)
        d.nl()
        for k in r.sample(PII_KINDS, 2):
            pii_sentence(d, c, k)
            d.nl()
        d.t(r.choice(c.P["bye"]) + " ")
        d.lab(sender[0], "person_name", "signoff_first")

    if doc.html:
        doc.raw("<blockquote>")
        hdr(doc)
        doc.raw("</blockquote>")
    else:
        doc.raw("\n\n")
        hdr(doc)


def t_payment(doc, c):
    r = c.rng
    doc.para(lambda d: greeting(d, c, c.agent_first))
    doc.para(lambda d: issue_line(d, c))
    doc.para(lambda d: pii_sentence(d, c, "card"))
    doc.para(lambda d: pii_sentence(d, c, "iban"))
    doc.para(lambda d: (d.t({"en": "Invoice ", "sv": "Faktura ", "de": "Rechnung ", "es": "Factura "}[c.lang]),
                        d.neg(neg_value(r, "invoice_number"), "invoice_number"), d.t(", "),
                        d.neg(neg_value(r, "amount"), "amount"), d.t(". "),
                        pii_sentence(d, c, r.choice(["cardbad", "date", "neg"]))))
    doc.para(lambda d: signature(d, c))


def t_identity(doc, c):
    r = c.rng
    doc.para(lambda d: d.t(r.choice(c.P["hi_team"])))
    doc.para(lambda d: (d.t({"en": "I need to verify my account. Details: ", "sv": "Jag behöver verifiera mitt "
                             "konto. Uppgifter: ", "de": "Ich muss mein Konto verifizieren. Daten: ",
                             "es": "Necesito verificar mi cuenta. Datos: "}[c.lang]),
                        d.lab(c.full, "person_name", "requester"), d.t(", "), pii_sentence(d, c, "dob"), d.t(" "),
                        pii_sentence(d, c, "natid")))
    doc.para(lambda d: pii_sentence(d, c, "natid"))
    doc.para(lambda d: pii_sentence(d, c, "pw"))
    doc.para(lambda d: pii_sentence(d, c, "date"))
    doc.para(lambda d: signature(d, c, r.choice(["short", "full"])))


def t_shouty(doc, c):
    r = c.rng
    up = r.random() < 0.5

    def tt(d, s):
        d.t(s.upper() if up else s.lower())

    def body(d):
        tt(d, {"en": "this is the THIRD time im writing!!! nobody calls me back. ", "sv": "tredje gången jag "
               "skriver!!! ingen ringer tillbaka. ", "de": "ich schreibe jetzt zum DRITTEN mal!!! ",
               "es": "es la TERCERA vez que escribo!!! nadie me llama. "}[c.lang])
        tt(d, {"en": "my number is ", "sv": "mitt nummer är ", "de": "meine nummer ist ", "es": "mi numero es "}[c.lang])
        d.lab(c.phone, "phone", c.country.lower())
        tt(d, {"en": " and my email ", "sv": " och mejl ", "de": " und mail ", "es": " y correo "}[c.lang])
        d.lab(c.email.upper() if up else c.email, "email", "shouty")
        tt(d, {"en": ". order ", "sv": ". order ", "de": ". bestellung ", "es": ". pedido "}[c.lang])
        d.neg(neg_value(r, "order_number"), "order_number")
        d.t(" ")
        if r.random() < 0.6:
            tt(d, {"en": "card was ", "sv": "kortet var ", "de": "karte war ", "es": "tarjeta "}[c.lang])
            v, sub = card(r)
            d.lab(v, "payment_card", sub)
        d.t(" ")
        tt(d, {"en": "- ", "sv": "/ ", "de": "- ", "es": "- "}[c.lang])
        nm = c.full.upper() if up else c.full.lower()
        d.lab(nm, "person_name", "shouty")

    doc.para(body)


def t_team_list(doc, c):
    r = c.rng
    doc.para(lambda d: greeting(d, c, c.agent_first))
    doc.para(lambda d: d.t({"en": "Please add these new staff to our account:", "sv": "Lägg till följande "
                            "användare:", "de": "Bitte folgende Nutzer anlegen:",
                            "es": "Por favor, den de alta a estos usuarios:"}[c.lang]))

    def lst(d):
        n = r.randint(2, 5)
        if d.html:
            d.raw("<ul>")
        for _ in range(n):
            f, l = person(r, c.lang)
            d.raw("<li>" if d.html else "- ")
            d.lab(f + " " + l, "person_name", "list")
            d.t(", ")
            d.mail(email_for(r, f, l, c.lang), "list")
            if r.random() < 0.6:
                d.t(", ")
                d.lab(phone(r, c.country), "phone", c.country.lower())
            if r.random() < 0.3:
                d.t(" (" + r.choice(TITLES[c.lang]) + ")")
            d.raw("</li>" if d.html else "\n")
        if d.html:
            d.raw("</ul>")

    doc.para(lst)
    doc.para(lambda d: signature(d, c, "full"))


def t_dev(doc, c):
    r = c.rng
    doc.para(lambda d: (d.t(r.choice(c.P["hi_team"]) + " "), issue_line(d, c)))

    def code(d):
        if d.html:
            d.raw("<pre><code>")
        kind = r.choice(["curl", "env", "pem", "yaml"])
        if kind == "curl":
            d.t("curl -X POST https://api.ledgerly.io/v2/tickets \\\n  -H \"Authorization: Bearer ")
            v, sub = secret(r, "jwt")
            d.lab(v, "secret", sub)
            d.t("\" \\\n  -d '{\"requester\": \"")
            d.lab(c.email, "email", "code")
            d.t("\"}'\n")
        elif kind == "env":
            for key, k in [("AWS_ACCESS_KEY_ID=", "aws"), ("STRIPE_SECRET_KEY=", "stripe"),
                           ("GITHUB_TOKEN=", r.choice(["ghp", "ghpat"])), ("SLACK_BOT_TOKEN=", "slack"),
                           ("DATABASE_URL=", "urlcred")]:
                if r.random() < 0.7:
                    d.t(key)
                    v, sub = secret(r, k)
                    d.lab(v, "secret", sub)
                    d.t("\n")
            d.t("SMTP_PASSWORD=")
            d.lab(password(r), "secret", "password")
            d.t("\nAPP_VERSION=")
            d.neg(neg_value(r, "version"), "version")
            d.t("\nREQUEST_ID=")
            d.neg(neg_value(r, "uuid"), "uuid")
            d.t("\n")
        elif kind == "pem":
            v, sub = secret(r, "pem")
            d.lab(v, "secret", sub)
            d.t("\n")
        else:
            d.t("smtp:\n  host: mail.example.net\n  user: ")
            d.lab(c.email, "email", "code")
            d.t("\n  password: ")
            d.lab(password(r), "secret", "password")
            d.t("\nwebhook_auth: {\"username\": \"svc-helpdesk\", \"password\": \"")
            d.lab(password(r).replace('"', "x"), "secret", "password")
            d.t("\"}\nrelease: ")
            d.neg(neg_value(r, "build_number"), "build_number")
            d.t("\n")
        if d.html:
            d.raw("</code></pre>")

    doc.para(code)
    if r.random() < 0.6:
        doc.para(lambda d: (d.t({"en": "Download link: ", "sv": "Länk: ", "de": "Download: ", "es": "Enlace: "}[c.lang]),
                            d.url(*secret(r, r.choice(["s3", "token"])))))
    doc.para(lambda d: (d.t("commit "), d.neg(neg_value(r, "git_sha"), "git_sha"), d.t(", "),
                        d.neg(neg_value(r, "build_number"), "build_number")))
    doc.para(lambda d: signature(d, c, r.choice(["short", "full"])))


def t_outlook_reply(doc, c):
    r = c.rng
    doc.para(lambda d: greeting(d, c, c.agent_first))
    doc.para(lambda d: pii_sentence(d, c, r.choice(["addr", "phone", "iban", "dob"])))
    doc.para(lambda d: signature(d, c, "full"))

    def block(d):
        d.t("From: ")
        d.lab(c.agent_last + ", " + c.agent_first, "person_name", "header_outlook")
        d.nl()
        d.t("Sent: ")
        d.neg(a_date(r, c.lang, False, c.country), "date")
        d.nl()
        d.t("To: ")
        d.lab(c.full, "person_name", "header")
        d.nl()
        d.t("Subject: ")
        d.neg(neg_value(r, "ticket_number"), "ticket_number")
        d.nl()
        greeting(d, c, c.first)
        d.t(" " + r.choice(c.P["agent_intro"]))

    if doc.html:
        doc.raw("<hr>")
        doc.para(block)
    else:
        doc.raw("\n\n________________________________\n")
        block(doc)


def t_typo(doc, c):
    r = c.rng
    fn = c.first.lower() if r.random() < 0.6 else c.first

    def body(d):
        d.t({"en": "hi pls help, ive been trying to reset my pasword all morning and nothing happend. "
                   "the app (", "sv": "hej kan ni hjälpa mig, har försökt byta lösen hela morgonen. appen (",
             "de": "hallo bitte um hilfe, ich versuch seit heute früh mein passwort zurückzusetzen. die app (",
             "es": "hola porfa ayuda, llevo toda la mañana intentando cambiar la contraseña. la app ("}[c.lang])
        d.neg(neg_value(r, "version"), "version")
        d.t({"en": ") just says error. my numbr is ", "sv": ") säger bara fel. mitt nr ", "de": ") sagt nur fehler. "
             "meine nr ", "es": ") solo da error. mi num es "}[c.lang])
        d.lab(c.phone, "phone", c.country.lower())
        d.t({"en": " or email me at ", "sv": " eller maila ", "de": " oder mail an ", "es": " o al correo "}[c.lang])
        d.lab(c.email, "email", "typo")
        d.t(" ")
        if r.random() < 0.5:
            d.t({"en": "dob is ", "sv": "född ", "de": "geb ", "es": "nacido el "}[c.lang])
            d.lab(a_date(r, c.lang, True, c.country), "date_of_birth", "typo")
            d.t(" ")
        if r.random() < 0.5:
            v, sub, lbl = natid(r, c.country)
            d.t(lbl.lower().rstrip(":") + " ")
            d.lab(v, "national_id", sub)
            d.t(" ")
        d.t({"en": "thx", "sv": "tack", "de": "danke", "es": "gracias"}[c.lang])
        d.nl()
        d.lab(fn, "person_name", "requester_first")
        d.nl()
        d.t({"en": "Sent from my iPhone", "sv": "Skickat från min iPhone", "de": "Von meinem iPhone gesendet",
             "es": "Enviado desde mi iPhone"}[c.lang])

    doc.para(body)


TEMPLATES = [(t_typo, 2), (t_customer, 5), (t_agent_reply, 3), (t_form, 3), (t_log, 2), (t_chat, 2), (t_forward, 2),
             (t_payment, 2), (t_identity, 2), (t_shouty, 1), (t_team_list, 2), (t_dev, 2), (t_outlook_reply, 2)]


def make_ticket(seed, i):
    rng = random.Random("%d-%d" % (seed, i))
    lang = rng.choices(["en", "sv", "de", "es"], [4, 2, 2, 2])[0]
    tpl = rng.choices([t for t, _ in TEMPLATES], [w for _, w in TEMPLATES])[0]
    if tpl is t_shouty or tpl is t_log:
        is_html = False
    else:
        is_html = rng.random() < 0.4
    c = Ctx(rng, lang)
    doc = Doc(rng, is_html)
    tpl(doc, c)
    rec = {"id": "ind%04d" % i, "text": doc.text(), "content_type": "text/html" if is_html else "text/plain"}
    if rng.random() < 0.5:
        known = {"name": c.full}
        if rng.random() < 0.8:
            known["email"] = c.email
        if rng.random() < 0.4:
            known["phone"] = c.phone
        rec["known"] = known
    rec["labels"] = doc.labels
    rec["negatives"] = doc.negatives
    rec["_meta"] = {"lang": lang, "template": tpl.__name__}
    return rec


# ---------------------------------------------------------------- check

def decode_span(s, is_html):
    if not is_html:
        return s
    s = s.replace("<br>\n", "\n").replace("<br>", "\n")
    s = re.sub(r"</?(b|strong|span)>", "", s)
    return html.unescape(s).replace("\xa0", " ")


def check(rows):
    errors = []
    for rec in rows:
        b = rec["text"].encode("utf-8")
        is_html = rec["content_type"] == "text/html"
        spans = []
        for lab in rec["labels"]:
            got = decode_span(b[lab["start"]:lab["end"]].decode("utf-8"), is_html)
            if got != lab["_value"]:
                errors.append("%s: label %r != %r" % (rec["id"], got, lab["_value"]))
            spans.append((lab["start"], lab["end"], "L"))
            v = lab["_value"]
            cat = lab["category"]
            if cat == "payment_card" and not luhn_ok(v):
                errors.append("%s: card fails Luhn %s" % (rec["id"], v))
            if cat == "iban" and mod97(v.replace(" ", "")[4:] + v.replace(" ", "")[:4]) != 1:
                errors.append("%s: iban fails mod97 %s" % (rec["id"], v))
            if lab["subtype"] == "se_pnr" and not luhn_ok(v.replace("-", "")[-10:]):
                errors.append("%s: pnr fails %s" % (rec["id"], v))
            if lab["subtype"] == "de_steuer_id":
                s = v.replace(" ", "")
                if steuer_check(s[:10]) != int(s[10]):
                    errors.append("%s: steuer-id fails %s" % (rec["id"], v))
            if lab["subtype"] == "au_tfn":
                s = v.replace(" ", "")
                if sum(int(x) * w for x, w in zip(s, TFN_W)) % 11:
                    errors.append("%s: tfn fails %s" % (rec["id"], v))
            if lab["subtype"] == "es_dni":
                s = v.replace("-", "")
                if DNI_LETTERS[int(s[:8]) % 23] != s[8]:
                    errors.append("%s: dni fails %s" % (rec["id"], v))
        for neg in rec["negatives"]:
            got = decode_span(b[neg["start"]:neg["end"]].decode("utf-8"), is_html)
            if got != neg["_value"]:
                errors.append("%s: negative %r != %r" % (rec["id"], got, neg["_value"]))
            if neg["kind"] == "luhn_invalid_card" and luhn_ok(neg["_value"]):
                errors.append("%s: luhn-invalid negative passes Luhn" % rec["id"])
            spans.append((neg["start"], neg["end"], "N"))
        spans.sort()
        for (s1, e1, k1), (s2, e2, k2) in zip(spans, spans[1:]):
            if s2 < e1:
                errors.append("%s: overlap %s[%d,%d) %s[%d,%d)" % (rec["id"], k1, s1, e1, k2, s2, e2))
    return errors


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "corpus.jsonl"))
    ap.add_argument("--seed", type=int, default=20261124)
    ap.add_argument("--count", type=int, default=250)
    ap.add_argument("--check", action="store_true")
    args = ap.parse_args()
    rows = [make_ticket(args.seed, i) for i in range(args.count)]
    if args.check:
        errs = check(rows)
        if errs:
            print("\n".join(errs[:50]), file=sys.stderr)
            print("CHECK FAILED: %d errors" % len(errs), file=sys.stderr)
            sys.exit(1)
    os.makedirs(os.path.dirname(os.path.abspath(args.out)), exist_ok=True)
    cats, negs, ct, langs = {}, {}, {}, {}
    with open(args.out, "w", encoding="utf-8") as f:
        for rec in rows:
            meta = rec.pop("_meta")
            langs[meta["lang"]] = langs.get(meta["lang"], 0) + 1
            ct[rec["content_type"]] = ct.get(rec["content_type"], 0) + 1
            for lab in rec["labels"]:
                lab.pop("_value")
                cats[lab["category"]] = cats.get(lab["category"], 0) + 1
            for n in rec["negatives"]:
                n.pop("_value")
                negs[n["kind"]] = negs.get(n["kind"], 0) + 1
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    if args.check:
        # re-read the written file and verify offsets against fresh values
        again = [make_ticket(args.seed, i) for i in range(args.count)]
        with open(args.out, encoding="utf-8") as f:
            for line, fresh in zip(f, again):
                rec = json.loads(line)
                assert rec["text"] == fresh["text"] and len(rec["labels"]) == len(fresh["labels"])
                for lab, fl in zip(rec["labels"], fresh["labels"]):
                    got = decode_span(rec["text"].encode()[lab["start"]:lab["end"]].decode(),
                                      rec["content_type"] == "text/html")
                    assert got == fl["_value"], (rec["id"], got, fl["_value"])
        print("check ok", file=sys.stderr)
    print("tickets %d  labels %d  negatives %d" % (len(rows), sum(cats.values()), sum(negs.values())), file=sys.stderr)
    print("content types", ct, "languages", langs, file=sys.stderr)
    print("labels", dict(sorted(cats.items())), file=sys.stderr)
    print("negatives", dict(sorted(negs.items())), file=sys.stderr)


if __name__ == "__main__":
    main()
