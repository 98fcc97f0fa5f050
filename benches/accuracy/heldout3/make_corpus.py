#!/usr/bin/env python3
"""heldout3: an independent labelled corpus of helpdesk tickets for hushdesk.

    python3 make_corpus.py --seed 20261125 --count 400 --out corpus.jsonl
    python3 make_corpus.py --check corpus.jsonl [--seed S --count N]

Written without reading the detector, its pattern packs, or the other corpora's
generators.  Python 3.11, standard library only.  Ticket i depends only on the
seed and i (each ticket has its own random.Random seeded with "seed/i/attempt";
an attempt is retried only when the ticket fails its own validation).
"""

import argparse
import base64
import collections
import datetime
import html
import json
import random
import re
import string
import sys
import unicodedata
from html.entities import codepoint2name

# ============================================================================
# Checksums: generators and independent validators
# ============================================================================


def luhn_ok(digits):
    if not digits or not digits.isdigit():
        return False
    total = 0
    for i, ch in enumerate(reversed(digits)):
        n = int(ch)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        total += n
    return total % 10 == 0


def luhn_complete(partial):
    for c in "0123456789":
        if luhn_ok(partial + c):
            return partial + c
    raise AssertionError


def rand_digits(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


# --- payment cards -----------------------------------------------------------

def card_brand(d):
    """Brand by IIN range and length, or None."""
    n = len(d)
    if d[0] == "4" and n in (13, 16, 19):
        return "visa"
    p2, p4, p3, p6 = int(d[:2]), int(d[:4]), int(d[:3]), int(d[:6])
    if 51 <= p2 <= 55 and n == 16:
        return "mastercard"
    if 2221 <= p4 <= 2720 and n == 16:
        return "mastercard"
    if p2 in (34, 37) and n == 15:
        return "amex"
    if (p4 == 6011 or p2 == 65 or 644 <= p3 <= 649 or 622126 <= p6 <= 622925) and 16 <= n <= 19:
        return "discover"
    if 3528 <= p4 <= 3589 and 16 <= n <= 19:
        return "jcb"
    if (p2 in (36, 38) or 300 <= p3 <= 305) and n == 14:
        return "diners"
    return None


def make_card(rng, brand=None):
    brand = brand or rng.choices(["visa", "mastercard", "amex", "discover", "jcb"], [45, 33, 12, 6, 4])[0]
    if brand == "visa":
        prefix, n = "4" + rand_digits(rng, 5), 16
    elif brand == "mastercard":
        if rng.random() < 0.7:
            prefix = str(rng.randint(51, 55)) + rand_digits(rng, 4)
        else:
            prefix = str(rng.randint(2221, 2720)) + rand_digits(rng, 2)
        n = 16
    elif brand == "amex":
        prefix, n = rng.choice(["34", "37"]) + rand_digits(rng, 4), 15
    elif brand == "discover":
        prefix, n = rng.choice(["6011", "65" + rand_digits(rng, 2), str(rng.randint(644, 649)) + rand_digits(rng, 1)]), 16
    else:
        prefix, n = str(rng.randint(3528, 3589)), 16
    d = luhn_complete(prefix + rand_digits(rng, n - 1 - len(prefix)))
    assert card_brand(d) == brand, (d, brand)
    return d, brand


def fmt_card(rng, d, style=None):
    style = style or rng.choices(["space", "compact", "dash"], [60, 28, 12])[0]
    if len(d) == 15:
        groups = [d[:4], d[4:10], d[10:]]
    else:
        groups = [d[i:i + 4] for i in range(0, len(d), 4)]
    if style == "compact":
        return d
    return (" " if style == "space" else "-").join(groups)


def luhn_invalid_16(rng):
    """A 16-digit number in a card-like range that fails Luhn."""
    while True:
        d = rng.choice(["4", "5", "3", "6"]) + rand_digits(rng, 15)
        if not luhn_ok(d):
            return d


# --- IBAN -----------------------------------------------------------------

IBAN_LEN = {"SE": 24, "DE": 22, "GB": 22, "ES": 24, "FR": 27, "NL": 18, "IE": 22, "AT": 20, "FI": 18, "DK": 18,
            "NO": 15, "IT": 27, "PT": 25, "BE": 16, "CH": 21}


def _iban_num(s):
    return int("".join(str(int(ch, 36)) for ch in s))


def iban_make(cc, bban):
    cd = 98 - _iban_num(bban + cc + "00") % 97
    return "%s%02d%s" % (cc, cd, bban)


def iban_valid(s):
    s = s.replace(" ", "").upper()
    if len(s) < 15 or not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]+", s):
        return False
    if IBAN_LEN.get(s[:2]) != len(s):
        return False
    return _iban_num(s[4:] + s[:4]) % 97 == 1


def es_dc(bank, branch, account):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]

    def one(ten):
        d = 11 - sum(int(a) * b for a, b in zip(ten, w)) % 11
        return {11: 0, 10: 1}.get(d, d)
    return "%d%d" % (one("00" + bank + branch), one(account))


def fr_key(bank, branch, account):
    conv = {}
    for i, ch in enumerate(string.ascii_uppercase):
        conv[ch] = "123456789123456789234567890"[i]
    acc = "".join(conv.get(ch, ch) for ch in account)
    return "%02d" % (97 - (89 * int(bank) + 15 * int(branch) + 3 * int(acc)) % 97)


SE_BANKS = ["500", "800", "300", "600", "120", "950", "923", "915", "934"]
DE_BLZ = ["10010010", "20050550", "37040044", "50010517", "70150000", "76050101", "86055592", "12030000", "43060967",
          "25050180", "26050001", "44050199"]
ES_BANKS = ["2100", "0049", "0182", "0081", "2085", "0128", "3058", "1465", "2080", "0075"]
GB_BANKS = ["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "NAIA", "BUKB", "SRLG", "MONZ", "REVO"]


def make_iban(rng, cc):
    if cc == "SE":
        bban = rng.choice(SE_BANKS) + rand_digits(rng, 17)
    elif cc == "DE":
        bban = rng.choice(DE_BLZ) + rand_digits(rng, 10)
    elif cc == "GB":
        bban = rng.choice(GB_BANKS) + rand_digits(rng, 6) + rand_digits(rng, 8)
    elif cc == "ES":
        bank, branch, acc = rng.choice(ES_BANKS), rand_digits(rng, 4), rand_digits(rng, 10)
        bban = bank + branch + es_dc(bank, branch, acc) + acc
    elif cc == "FR":
        bank, branch, acc = rand_digits(rng, 5), rand_digits(rng, 5), rand_digits(rng, 11)
        bban = bank + branch + acc + fr_key(bank, branch, acc)
    elif cc == "NL":
        bban = rng.choice(["INGB", "ABNA", "RABO", "TRIO", "SNSB"]) + rand_digits(rng, 10)
    elif cc == "IE":
        bban = rng.choice(["AIBK", "BOFI"]) + rand_digits(rng, 14)
    elif cc == "AT":
        bban = rand_digits(rng, 16)
    else:
        raise ValueError(cc)
    s = iban_make(cc, bban)
    assert iban_valid(s)
    return s


def fmt_iban(rng, s, style=None):
    style = style or rng.choices(["groups", "compact"], [70, 30])[0]
    if style == "compact":
        return s
    return " ".join(s[i:i + 4] for i in range(0, len(s), 4))


# --- national ids ------------------------------------------------------------

def se_pnr(rng, born, coord=False, style=None):
    day = born.day + (60 if coord else 0)
    core = "%02d%02d%02d" % (born.year % 100, born.month, day) + rand_digits(rng, 3)
    full = luhn_complete(core)
    style = style or rng.choices(["dash", "long_dash", "long", "short"], [50, 25, 15, 10])[0]
    cent = str(born.year // 100)
    sep = "+" if 2025 - born.year >= 100 else "-"
    if style == "dash":
        return full[:6] + sep + full[6:]
    if style == "long_dash":
        return cent + full[:6] + "-" + full[6:]
    if style == "long":
        return cent + full
    return full


def se_pnr_valid(s, coord=None):
    m = re.fullmatch(r"(\d{2})?(\d{2})(\d{2})(\d{2})[-+]?(\d{4})", s)
    if not m:
        return False
    month, day = int(m.group(3)), int(m.group(4))
    if coord is True and not 61 <= day <= 91:
        return False
    if coord is False and not 1 <= day <= 31:
        return False
    if not (1 <= month <= 12 and (1 <= day <= 31 or 61 <= day <= 91)):
        return False
    return luhn_ok(m.group(2) + m.group(3) + m.group(4) + m.group(5))


TFN_W = [1, 4, 3, 7, 5, 8, 6, 9, 10]


def au_tfn(rng):
    while True:
        d = rand_digits(rng, 8)
        s = sum(int(a) * b for a, b in zip(d, TFN_W))
        last = (-s * 10) % 11
        if last < 10:
            d += str(last)
            assert au_tfn_valid(d)
            return d


def au_tfn_valid(s):
    d = re.sub(r"[ -]", "", s)
    return len(d) == 9 and d.isdigit() and sum(int(a) * b for a, b in zip(d, TFN_W)) % 11 == 0


ABN_W = [10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19]


def au_abn_valid(s):
    d = s.replace(" ", "")
    if len(d) != 11 or not d.isdigit() or d[0] == "0":
        return False
    ds = [int(x) for x in d]
    ds[0] -= 1
    return sum(a * b for a, b in zip(ds, ABN_W)) % 89 == 0


def au_abn(rng):
    while True:
        tail = rand_digits(rng, 9)
        cands = ["%02d" % p + tail for p in range(10, 100) if au_abn_valid("%02d" % p + tail)]
        if cands:
            return rng.choice(cands)


MED_W = [1, 3, 7, 9, 1, 3, 7, 9]


def au_medicare(rng):
    d = str(rng.randint(2, 6)) + rand_digits(rng, 7)
    d += str(sum(int(a) * b for a, b in zip(d, MED_W)) % 10)
    d += str(rng.randint(1, 5))
    return d


def au_medicare_valid(s):
    d = re.sub(r"[ /-]", "", s)
    if len(d) not in (10, 11) or not d.isdigit() or d[0] not in "23456":
        return False
    return sum(int(a) * b for a, b in zip(d[:8], MED_W)) % 10 == int(d[8])


NINO_BAD1, NINO_BAD2 = set("DFIQUV"), set("DFIOQUV")
NINO_BADPFX = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}


def uk_nino(rng):
    while True:
        a, b = rng.choice(string.ascii_uppercase), rng.choice(string.ascii_uppercase)
        if a in NINO_BAD1 or b in NINO_BAD2 or a + b in NINO_BADPFX:
            continue
        return a + b + rand_digits(rng, 6) + rng.choice("ABCD")


def uk_nino_valid(s):
    d = s.replace(" ", "").upper()
    m = re.fullmatch(r"([A-Z])([A-Z])\d{6}[A-D]", d)
    return bool(m) and m.group(1) not in NINO_BAD1 and m.group(2) not in NINO_BAD2 and d[:2] not in NINO_BADPFX


def uk_nhs(rng):
    while True:
        d = rand_digits(rng, 9)
        if d[0] == "0":
            continue
        c = 11 - sum(int(a) * (10 - i) for i, a in enumerate(d)) % 11
        if c == 11:
            c = 0
        if c == 10:
            continue
        return d + str(c)


def uk_nhs_valid(s):
    d = re.sub(r"[ -]", "", s)
    if len(d) != 10 or not d.isdigit():
        return False
    c = 11 - sum(int(a) * (10 - i) for i, a in enumerate(d[:9])) % 11
    c = 0 if c == 11 else c
    return c != 10 and c == int(d[9])


DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"


def es_dni(rng):
    n = rng.randint(1000000, 99999999)
    return "%08d%s" % (n, DNI_LETTERS[n % 23])


def es_nie(rng):
    p = rng.choice("XYZ")
    n = rand_digits(rng, 7)
    return p + n + DNI_LETTERS[int(str("XYZ".index(p)) + n) % 23]


def es_dni_valid(s):
    d = re.sub(r"[ .-]", "", s).upper()
    m = re.fullmatch(r"(\d{8})([A-Z])", d)
    return bool(m) and DNI_LETTERS[int(m.group(1)) % 23] == m.group(2)


def es_nie_valid(s):
    d = re.sub(r"[ .-]", "", s).upper()
    m = re.fullmatch(r"([XYZ])(\d{7})([A-Z])", d)
    return bool(m) and DNI_LETTERS[int(str("XYZ".index(m.group(1))) + m.group(2)) % 23] == m.group(3)


def us_ssn(rng):
    while True:
        a = rng.randint(1, 899)
        if a == 666:
            continue
        return "%03d-%02d-%04d" % (a, rng.randint(1, 99), rng.randint(1, 9999))


def us_ssn_valid(s):
    m = re.fullmatch(r"(\d{3})[- ]?(\d{2})[- ]?(\d{4})", s)
    if not m:
        return False
    a, g, n = int(m.group(1)), int(m.group(2)), int(m.group(3))
    return 0 < a < 900 and a != 666 and g > 0 and n > 0


def de_stid_check(d10):
    product = 10
    for ch in d10:
        s = (int(ch) + product) % 10
        if s == 0:
            s = 10
        product = (s * 2) % 11
    c = 11 - product
    return 0 if c == 10 else c


def de_steuer_id(rng):
    while True:
        if rng.random() < 0.8:
            ds = rng.sample("0123456789", 9)
            ds.append(rng.choice(ds))
        else:
            ds = rng.sample("0123456789", 8)
            t = rng.choice(ds)
            ds += [t, t]
        rng.shuffle(ds)
        d = "".join(ds)
        if d[0] == "0" or re.search(r"(\d)\1\1", d):
            continue
        d += str(de_stid_check(d))
        if de_steuer_id_valid(d):
            return d


def de_steuer_id_valid(s):
    d = s.replace(" ", "").replace("/", "")
    if len(d) != 11 or not d.isdigit() or d[0] == "0":
        return False
    cnt = collections.Counter(d[:10])
    multi = [k for k, v in cnt.items() if v > 1]
    if len(multi) != 1 or cnt[multi[0]] > 3:
        return False
    if cnt[multi[0]] == 3 and re.search(r"(\d)\1\1", d[:10]):
        return False
    return de_stid_check(d[:10]) == int(d[10])


NATIONAL_ID_VALIDATORS = {
    "se_personnummer": lambda s: se_pnr_valid(s, coord=False),
    "se_samordningsnummer": lambda s: se_pnr_valid(s, coord=True),
    "au_tfn": au_tfn_valid,
    "au_abn": au_abn_valid,
    "au_medicare": au_medicare_valid,
    "uk_nino": uk_nino_valid,
    "uk_nhs": uk_nhs_valid,
    "es_dni": es_dni_valid,
    "es_nie": es_nie_valid,
    "us_ssn": us_ssn_valid,
    "de_steuer_id": de_steuer_id_valid,
}


def s10_check(d8):
    w = [8, 6, 4, 2, 3, 5, 9, 7]
    c = 11 - sum(int(a) * b for a, b in zip(d8, w)) % 11
    return {10: 0, 11: 5}.get(c, c)


def jwt_header_ok(tok):
    try:
        h = tok.split(".")[0]
        h += "=" * (-len(h) % 4)
        return "alg" in json.loads(base64.urlsafe_b64decode(h))
    except Exception:
        return False


def b64url(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")

# ============================================================================
# Hand-written pools (invented / recombined for this corpus)
# ============================================================================

FIRST = {
    "en": {
        "f": ["Harriet", "Tamsin", "Imogen", "Bronwyn", "Kirra", "Siobhan", "Maeve", "Priya", "Jasmine", "Courtney",
              "Shauna", "Fiona", "Aisling", "Rosalind", "Eleanor", "Keisha", "Latoya", "Dakota", "Chelsea", "Olivia",
              "Georgina", "Niamh", "Tegan", "Shannon", "Felicity", "Mei", "Abigail", "Poppy", "Kayleigh", "Hannah",
              "Amara", "Brianna", "Lorraine", "Yasmin", "Ruth", "Charlotte", "Evie", "Madison", "Ngaio", "Zara"],
        "m": ["Declan", "Rhys", "Callum", "Lachlan", "Hamish", "Nathaniel", "Tobias", "Darnell", "Marcus", "Brendan",
              "Gareth", "Ewan", "Mitchell", "Jarrah", "Brodie", "Kieran", "Theo", "Wyatt", "Malik", "Angus",
              "Dominic", "Fergus", "Tyrone", "Cody", "Rupert", "Ravi", "Oliver", "Harvey", "Jackson", "Owen",
              "Samuel", "Liam", "Connor", "Desmond", "Isaac", "Bailey", "Trent", "Wesley", "Ashok", "Finn"],
    },
    "sv": {
        "f": ["Linnéa", "Åsa", "Saga", "Elsa", "Ingrid", "Ebba", "Tove", "Ylva", "Kerstin", "Agnes", "Alva", "Märta",
              "Lovisa", "Frida", "Stina", "Maja", "Elin", "Annika", "Signe", "Birgitta", "Sofia", "Ida", "Astrid",
              "Malin", "Hedda", "Greta", "Therese", "Jenny", "Matilda", "Nathalie", "Lejla", "Amina", "Karin", "Ulla"],
        "m": ["Björn", "Måns", "Sixten", "Hampus", "Gustav", "Jöns", "Göran", "Viggo", "Torbjörn", "Nils", "Axel",
              "Oskar", "Pär", "Rasmus", "Jonatan", "Anders", "Lennart", "Kalle", "Ludvig", "Erik", "Sune", "Hugo",
              "Elias", "Jesper", "Mattias", "Östen", "Arvid", "Folke", "Emil", "Ali", "Henrik", "Ragnar"],
    },
    "de": {
        "f": ["Käthe", "Henrike", "Friederike", "Ulrike", "Wiebke", "Anneliese", "Dörte", "Heike", "Luisa", "Mirjam",
              "Sabine", "Hannelore", "Merle", "Bärbel", "Özlem", "Katarzyna", "Jana", "Svenja", "Gudrun", "Lena",
              "Johanna", "Annegret", "Carla", "Marlene", "Nele", "Antje", "Birgit", "Sophie", "Tülay", "Franziska"],
        "m": ["Jürgen", "Sören", "Jörg", "Lüder", "Malte", "Till", "Ingo", "Götz", "Jannik", "Volker", "Torsten",
              "Rüdiger", "Fynn", "Konstantin", "Mehmet", "Björn", "Hauke", "Detlef", "Matthias", "Uwe", "Dirk",
              "Bernd", "Florian", "Moritz", "Ole", "Tobias", "Klaus-Dieter", "Wolfgang", "Dariusz", "Felix"],
    },
    "es": {
        "f": ["Lucía", "Begoña", "Maite", "Nerea", "Rocío", "Inmaculada", "Ainhoa", "Remedios", "Montserrat", "Sofía",
              "Nuria", "Marisol", "Amparo", "Consuelo", "María José", "Itziar", "Pilar", "Araceli", "Macarena",
              "Covadonga", "Leire", "Yolanda", "Elena", "Carmen", "Noelia", "Mercedes", "Alba", "Ana Belén", "Irene"],
        "m": ["Íñigo", "Jesús", "Ángel", "Joaquín", "Aitor", "Gonzalo", "Xavier", "Álvaro", "Rubén", "Patricio",
              "Ignacio", "Txema", "Iñaki", "José Luis", "Juan Carlos", "Borja", "Sergio", "Andrés", "Fermín", "Unai",
              "Ramón", "Emilio", "Diego", "Julián", "Óscar", "Francisco Javier", "Raúl", "Tomás", "Héctor", "Adrián"],
    },
}

LAST = {
    "en": ["Whitlock", "Pemberton", "Ashdown", "Fairclough", "Nguyen", "O'Sullivan", "McAllister", "Dunmore",
           "Hargreaves", "Thistlewood", "Carrington", "Okafor", "Patel", "Brennan", "Kowalczyk", "Greaves",
           "Holloway", "Radcliffe", "Beaumont-Hall", "Fenwick-Price", "Castellano", "Abernethy", "Treloar",
           "Kavanagh", "Sutcliffe", "Prendergast", "Quinlan", "Birchall", "Mayhew", "Chua", "Tran", "Szabo", "Dixon",
           "Blackwood", "Sinclair", "Tennant", "Ashby-Clarke", "Harcourt-Jones", "Underhill", "Mbeki", "Delaney",
           "Featherstone", "Rowntree", "Lindgren", "Papadopoulos", "Marchetti", "Fitzgerald", "Winterbottom",
           "Osei", "Nakamura", "Petrakis", "Gallagher", "Hollins", "Vance", "Yardley", "Pickering", "Moreau"],
    "sv": ["Bergström", "Lindqvist", "Åkesson", "Sjöberg", "Hallgren", "Nyström", "Ekdahl", "Löfgren", "Grönlund",
           "Björklund", "Strandberg", "Holmqvist", "Sundén", "Öberg", "Nordin", "Hägglund", "Västberg", "Dahlin",
           "Engström", "Ljungqvist", "Söderholm", "Rydén", "Ståhl", "Ahlström", "Karlsson", "Persson", "Ekberg",
           "Thörnblad", "Malmsten", "Wikström", "Nilsson", "Forsberg", "Lundgren", "Håkansson", "Sandström",
           "Jönsson", "Frisk", "Ek", "Blom", "Mäkinen", "Hadžić", "Yilmaz", "Berglöf", "Åström", "Sköld", "Kjellberg"],
    "de": ["Weiß", "Krüger", "Schäfer", "Böhm", "Hoffmann", "Weißenborn", "Straßburger", "Kößler", "Lührs",
           "Dörfler", "Fröhlich", "Brückner", "Nußbaum", "Jäger", "Schröder", "Vogt", "Hülsmann", "Kranz", "Wendt",
           "Öztürk", "Pfeiffer", "Lindemann", "Ebert", "Tiedemann", "Köhler", "Scholz", "Gößling", "von Ahlen",
           "Meißner", "Oldenburg", "Stöcker", "Baumgärtner", "Kowalski", "Hansen", "Reuß", "Grünewald", "Mahler",
           "Ehlers", "Fuß", "Thießen", "Kühne", "Pohl", "Wagner", "Haase", "Lorenz-Kaiser", "Sommer"],
    "es": ["Pérez", "Gómez", "Ibáñez", "Muñoz", "Zubizarreta", "Echeverría", "Castaño", "Olmedo", "Quintanilla",
           "Sáez", "Garrido", "Villanueva", "Belmonte", "Arrieta", "Ortuño", "Peñalver", "Cifuentes", "del Río",
           "Lozano", "Mendieta", "Barrenechea", "Serrano", "Navarro", "Gallego", "Ruiz", "Fernández", "Jiménez",
           "Carrasco", "Montoya", "Aguirre", "Vázquez", "Núñez", "Rodríguez", "Domínguez", "Calvo", "Santamaría",
           "Benítez", "Zamora", "Herrero", "Marín", "Solís", "Etxeberria", "Cortés", "Iglesias", "Bermúdez"],
}

# loc -> (street list, [(city, state, postcode-generator spec)])
SE_STREETS = ["Kvarngatan", "Björkvägen", "Sjöbodsvägen", "Tallstigen", "Norra Långgatan", "Hantverkargatan",
              "Ängsvägen", "Klockarebacken", "Smedjegatan", "Lingonstigen", "Östra Storgatan", "Rönnbärsgatan",
              "Fiskaregatan", "Trädgårdsgatan", "Granvägen", "Ekbacksvägen", "Västra Hamngatan", "Sågverksgatan",
              "Blåklintsvägen", "Prästgårdsgatan", "Järnvägsgatan", "Solrosvägen", "Kyrkbacken", "Gjuterigatan"]
SE_CITIES = [("Stockholm", 111, 129), ("Göteborg", 411, 426), ("Malmö", 211, 218), ("Uppsala", 752, 757),
             ("Västerås", 721, 725), ("Örebro", 702, 703), ("Linköping", 582, 589), ("Umeå", 903, 907),
             ("Luleå", 972, 977), ("Jönköping", 553, 556), ("Norrköping", 602, 605), ("Sundsvall", 852, 856),
             ("Växjö", 352, 355), ("Karlstad", 652, 656), ("Gävle", 802, 806), ("Lund", 222, 227),
             ("Solna", 169, 171), ("Hägersten", 126, 129), ("Skellefteå", 931, 931), ("Visby", 621, 621)]

DE_STREETS = ["Lindenstraße", "Am Mühlbach", "Kastanienallee", "Hauptstr.", "Gartenweg", "Rosenhof", "Birkenweg",
              "Zum Sportplatz", "Bahnhofstraße", "Heidekamp", "Ulmenring", "Wiesengrund", "Schützenstraße",
              "Auf der Höhe", "Mühlenstraße", "Fischerweg", "Große Bleiche", "Lerchenfeld", "Kirchgasse",
              "Eichendorffstraße", "Im Winkel", "Brunnenstr.", "Marktplatz", "Sonnenhang", "Talstraße"]
DE_CITIES = [("Berlin", 10115, 14199), ("Hamburg", 20095, 22769), ("München", 80331, 81929), ("Köln", 50667, 51149),
             ("Frankfurt am Main", 60306, 60599), ("Stuttgart", 70173, 70619), ("Düsseldorf", 40210, 40629),
             ("Leipzig", 4103, 4357), ("Dresden", 1067, 1328), ("Nürnberg", 90402, 90491), ("Bremen", 28195, 28779),
             ("Hannover", 30159, 30669), ("Freiburg im Breisgau", 79098, 79117), ("Münster", 48143, 48167),
             ("Göttingen", 37073, 37085), ("Lübeck", 23552, 23570), ("Kiel", 24103, 24159), ("Rostock", 18055, 18147),
             ("Würzburg", 97070, 97084), ("Oldenburg", 26121, 26135), ("Bochum", 44787, 44894)]

ES_STREET_TYPES = ["Calle", "C/", "Avenida", "Avda.", "Plaza", "Paseo", "Camino", "Ronda", "Travesía"]
ES_STREET_NAMES = ["Mayor", "de la Encina", "del Pez", "Ramón y Cajal", "de los Olivos", "San Roque", "Doctor Fleming",
                   "de la Constitución", "del Carmen", "Real", "de Goya", "Sierra Nevada", "Virgen del Pilar",
                   "de los Almendros", "del Río Ebro", "Santa Clara", "de Castilla", "de la Estación",
                   "de los Tilos", "Gran Vía", "del Mar", "de Andalucía", "de San Telmo", "de la Alameda"]
ES_UNITS = ["3º B", "2º izda.", "bajo", "ático", "5º 2ª", "esc. B, 4º D", "1º A", "4º dcha.", "entresuelo 1ª", "7º C"]
ES_CITIES = [("Madrid", 28001, 28055), ("Barcelona", 8001, 8042), ("Valencia", 46001, 46026), ("Sevilla", 41001, 41020),
             ("Bilbao", 48001, 48015), ("Zaragoza", 50001, 50018), ("Málaga", 29001, 29018), ("Murcia", 30001, 30012),
             ("A Coruña", 15001, 15011), ("Valladolid", 47001, 47016), ("Granada", 18001, 18015),
             ("Pamplona", 31001, 31016), ("San Sebastián", 20001, 20018), ("Alicante", 3001, 3016),
             ("Salamanca", 37001, 37008), ("Cáceres", 10001, 10005), ("Logroño", 26001, 26009), ("Gijón", 33201, 33213)]

UK_STREETS = ["Alder Crescent", "Harbour Road", "Mill Lane", "Quarry Bank", "Thornfield Avenue", "Victoria Terrace",
              "Bramble Close", "St Aidan's Walk", "Kingfisher Way", "Ropewalk Street", "Chapel Row", "Cromwell Grove",
              "Heathfield Drive", "Orchard Mews", "Tannery Lane", "Sandpiper Court", "Beech Hill Road",
              "Foundry Street", "Lark Rise", "Wellington Parade"]
UK_CITIES = [("Leeds", "LS", 1, 29), ("Manchester", "M", 1, 40), ("Bristol", "BS", 1, 16), ("Edinburgh", "EH", 1, 17),
             ("Cardiff", "CF", 10, 24), ("London", "SW", 1, 20), ("London", "SE", 1, 28), ("London", "N", 1, 22),
             ("Nottingham", "NG", 1, 11), ("Sheffield", "S", 1, 20), ("Norwich", "NR", 1, 14), ("York", "YO", 10, 32),
             ("Glasgow", "G", 1, 81), ("Brighton", "BN", 1, 3), ("Exeter", "EX", 1, 6), ("Belfast", "BT", 1, 17),
             ("Reading", "RG", 1, 6), ("Newcastle upon Tyne", "NE", 1, 15)]
UK_LOCALITIES = ["Headingley", "Chorlton", "Bedminster", "Leith", "Roath", "Clapham", "Peckham", "Stoke Newington",
                 "Beeston", "Crookes", "Heigham", "Acomb", "Partick", "Hove", "Heavitree", "Jesmond"]

AU_STREETS = ["Wattle Street", "Banksia Drive", "Jacaranda Avenue", "Currawong Crescent", "Bottlebrush Way",
              "Ironbark Road", "Lyrebird Lane", "Kookaburra Court", "Grevillea Place", "Stirling Terrace",
              "Boronia Parade", "Melaleuca Close", "Bellbird Rise", "Waratah Street", "Saltbush Grove",
              "Coolabah Road", "Paperbark Circuit", "Gymea Street"]
AU_SUBURBS = [("Fitzroy", "VIC", "3065"), ("Brunswick", "VIC", "3056"), ("Newtown", "NSW", "2042"),
              ("Parramatta", "NSW", "2150"), ("Toowong", "QLD", "4066"), ("Fortitude Valley", "QLD", "4006"),
              ("Fremantle", "WA", "6160"), ("Subiaco", "WA", "6008"), ("Glenelg", "SA", "5045"),
              ("Norwood", "SA", "5067"), ("Sandy Bay", "TAS", "7005"), ("Braddon", "ACT", "2612"),
              ("Nightcliff", "NT", "0810"), ("Geelong West", "VIC", "3218"), ("Wollongong", "NSW", "2500"),
              ("Mount Lawley", "WA", "6050"), ("Paddington", "QLD", "4064"), ("Marrickville", "NSW", "2204"),
              ("Ballarat Central", "VIC", "3350"), ("Launceston", "TAS", "7250")]

US_STREETS = ["Maple Ridge Dr", "Cedar Hollow Ln", "W 4th St", "Oakmont Ave", "Willow Bend Rd", "Harrison Blvd",
              "Sycamore Ct", "Lakeview Pkwy", "E Jefferson St", "Birchwood Cir", "Prairie Wind Way",
              "N Sheridan Rd", "Magnolia Ave", "Old Mill Rd", "Pinecrest Dr", "S Union St", "Canyon View Trl"]
US_CITIES = [("Columbus", "OH", "432", "614"), ("Portland", "OR", "972", "503"), ("Austin", "TX", "787", "512"),
             ("Raleigh", "NC", "276", "919"), ("Madison", "WI", "537", "608"), ("Sacramento", "CA", "958", "916"),
             ("Denver", "CO", "802", "303"), ("Albany", "NY", "122", "518"), ("Tucson", "AZ", "857", "520"),
             ("Richmond", "VA", "232", "804"), ("Omaha", "NE", "681", "402"), ("Burlington", "VT", "054", "802"),
             ("Boise", "ID", "837", "208"), ("Savannah", "GA", "314", "912"), ("Ann Arbor", "MI", "481", "734"),
             ("Spokane", "WA", "992", "509")]

EMAIL_PROVIDERS = {
    "se": ["gmail.com", "hotmail.se", "outlook.com", "live.se", "telia.com", "bredband.net", "icloud.com", "yahoo.se",
           "spray.se", "proton.me"],
    "de": ["gmx.de", "web.de", "t-online.de", "gmail.com", "gmx.net", "outlook.de", "posteo.de", "freenet.de",
           "mailbox.org", "icloud.com"],
    "es": ["gmail.com", "hotmail.es", "yahoo.es", "telefonica.net", "outlook.es", "icloud.com", "orange.es",
           "movistar.es"],
    "uk": ["gmail.com", "btinternet.com", "hotmail.co.uk", "outlook.com", "yahoo.co.uk", "sky.com",
           "virginmedia.com", "icloud.com"],
    "au": ["gmail.com", "bigpond.com", "optusnet.com.au", "outlook.com", "iinet.net.au", "hotmail.com",
           "icloud.com", "yahoo.com.au"],
    "us": ["gmail.com", "yahoo.com", "comcast.net", "outlook.com", "aol.com", "icloud.com", "hotmail.com",
           "protonmail.com", "att.net"],
}

# helpdesk owners: lang -> sector -> [(name, domain)]
COMPANIES = {
    "en": {
        "retail": [("Cobbler & Finch", "cobblerfinch.co.uk"), ("Saltmarsh Outdoor", "saltmarsh-outdoor.com"),
                   ("Wombat & Wren Homewares", "wombatwren.com.au"), ("Lakeside Goods Co.", "lakesidegoods.com")],
        "isp": [("Brightwater Broadband", "brightwater.co.uk"), ("Coastline Internet", "coastlinenet.com.au")],
        "energy": [("Lumora Energy", "lumora.com.au"), ("Greenhedge Power", "greenhedgepower.co.uk")],
        "saas": [("Tallyhook", "tallyhook.io"), ("Quillpad", "quillpad.app"), ("Ledgerlark", "ledgerlark.com"),
                 ("Pipewren", "pipewren.dev")],
        "travel": [("Kestrel Travel", "kestreltravel.com.au"), ("Farthing Rail & Coach", "farthingtravel.co.uk")],
        "health": [("Pinewood Health Clinic", "pinewoodhealth.com.au"), ("Larkspur Dental", "larkspurdental.co.uk"),
                   ("Riverbend Family Medicine", "riverbendfm.org")],
        "insurance": [("Harbourline Insurance", "harbourline.co.uk"), ("Ironbark Mutual", "ironbarkmutual.com.au")],
        "property": [("Northgate Lettings", "northgatelettings.co.uk"), ("Red Cedar Property Management", "redcedarpm.com")],
        "payroll": [("Redgum Payroll", "redgumpayroll.com.au"), ("Beacon HR Services", "beaconhr.co.uk")],
        "school": [("St Columba's Primary", "stcolumbas.vic.edu.au"), ("Hillcrest Academy", "hillcrest-academy.org.uk"),
                   ("Maple Grove Elementary", "maplegrove-elementary.org")],
        "logistics": [("Parcelbird", "parcelbird.com"), ("Swiftline Couriers", "swiftline.com.au")],
        "events": [("Summit Hall Events", "summithall.co.uk")],
    },
    "sv": {
        "retail": [("Fjällbo Hem", "fjallbo.se"), ("Lingonbutiken", "lingonbutiken.se"), ("Sportkällaren", "sportkallaren.se")],
        "isp": [("Fiberbolaget Norr", "fibernorr.se"), ("Hemnät Sverige", "hemnat.se")],
        "energy": [("Kvarnby Energi", "kvarnbyenergi.se")],
        "saas": [("Bokföra Enkelt", "bokforaenkelt.se"), ("Kassaflödet", "kassaflodet.io")],
        "travel": [("Vandra Resor", "vandraresor.se"), ("Nattåget Norrland", "nattaget.se")],
        "health": [("Ljusgårdens vårdcentral", "ljusgarden-vc.se"), ("Tandvården Sjöstaden", "tandsjostaden.se")],
        "insurance": [("Hemförsäkra", "hemforsakra.se")],
        "property": [("Bostads AB Tallbacken", "tallbacken.se"), ("Fastighets AB Kvarnen", "kvarnenfastighet.se")],
        "payroll": [("Lönekollen", "lonekollen.se")],
        "school": [("Sjöstjärnans förskola", "sjostjarnan.se"), ("Lärkskolan", "larkskolan.se")],
        "logistics": [("Nordvik Logistik", "nordviklogistik.se"), ("Snabbpaket", "snabbpaket.se")],
        "events": [("Mötesplats Kajen", "motesplatskajen.se")],
    },
    "de": {
        "retail": [("Wohnwelt Möbel", "wohnwelt-moebel.de"), ("Gartenglück", "gartenglueck.de"), ("Radhaus Nord", "radhaus-nord.de")],
        "isp": [("Glasfaser Lindental", "gf-lindental.de"), ("NetzWerk Ost", "netzwerk-ost.de")],
        "energy": [("Stadtwerke Lindental", "stadtwerke-lindental.de")],
        "saas": [("KlickKasse", "klickkasse.de"), ("Terminfuchs", "terminfuchs.de")],
        "travel": [("Fernweh Reisen", "fernweh-reisen.de"), ("Alpenbus", "alpenbus.de")],
        "health": [("Praxis am Stadtpark", "praxis-stadtpark.de"), ("Zahnzentrum Elbufer", "zahnzentrum-elbufer.de")],
        "insurance": [("Versicherungskontor Nord", "vk-nord.de")],
        "property": [("Hausverwaltung Elbblick", "hv-elbblick.de"), ("Wohnbau Rheinaue", "wohnbau-rheinaue.de")],
        "payroll": [("Gehaltsbüro Sonnenfeld", "gehaltsbuero-sonnenfeld.de")],
        "school": [("Grundschule am Lindenhof", "gs-lindenhof.de"), ("Kita Pusteblume", "kita-pusteblume.de")],
        "logistics": [("Paketwerk", "paketwerk.de"), ("Kurierdienst Blitz", "blitzkurier.de")],
        "events": [("Messe Hafenkante", "hafenkante-events.de")],
    },
    "es": {
        "retail": [("Muebles Encina", "mueblesencina.es"), ("Calzados Brisa", "calzadosbrisa.com"), ("La Despensa Verde", "despensaverde.es")],
        "isp": [("Telefonía Brisa", "telefoniabrisa.es"), ("FibraSur", "fibrasur.es")],
        "energy": [("Energía Solaris", "energiasolaris.es")],
        "saas": [("Facturalia", "facturalia.io"), ("CitaFácil", "citafacil.es")],
        "travel": [("Viajes Alborada", "viajesalborada.es"), ("Autocares Peñarroya", "autocarespenarroya.es")],
        "health": [("Clínica Dental Sonrisa Norte", "sonrisanorte.es"), ("Centro Médico Almenara", "cmalmenara.es")],
        "insurance": [("Cobalto Seguros", "cobaltoseguros.es")],
        "property": [("Fincas Montaña", "fincasmontana.es"), ("Administraciones Olivar", "adm-olivar.es")],
        "payroll": [("Nóminas Claras", "nominasclaras.es")],
        "school": [("Colegio Santa Brígida", "colegiosantabrigida.es"), ("Academia Lucero", "academialucero.es")],
        "logistics": [("Paquetería Rayo", "paqueteriarayo.es"), ("Envíos Ágiles", "enviosagiles.es")],
        "events": [("Congresos Mediterráneo", "congresosmed.es")],
    },
}

CUST_COMPANIES = {
    "en": [("Harlow & Pike Architects", "harlowpike.co.uk"), ("Blue Gum Landscaping", "bluegumlandscaping.com.au"),
           ("Ferrycross Logistics Ltd", "ferrycross.co.uk"), ("Copperline Dental", "copperlinedental.com"),
           ("Westbrook Analytics Inc.", "westbrookanalytics.com"), ("Tidewater Brewing Co", "tidewaterbrewing.com"),
           ("Sandalwood Accounting Pty Ltd", "sandalwoodacc.com.au"), ("Kettle & Crumb Bakery", "kettlecrumb.co.uk")],
    "sv": [("Ekholm Bygg AB", "ekholmbygg.se"), ("Strömma Redovisning AB", "strommaredovisning.se"),
           ("Kullaberg Design", "kullabergdesign.se"), ("Norrsken Data AB", "norrskendata.se"),
           ("Vinterviken Café", "vintervikencafe.se"), ("Gällivare Rör & Värme AB", "gallivarerv.se")],
    "de": [("Brückner Haustechnik GmbH", "brueckner-haustechnik.de"), ("Elbtal Consulting GmbH", "elbtal-consulting.de"),
           ("Weinhaus am Markt", "weinhaus-am-markt.de"), ("Nordlicht Medien KG", "nordlicht-medien.de"),
           ("Bäckerei Kornblume", "baeckerei-kornblume.de"), ("Tischlerei Holzwurm e.K.", "tischlerei-holzwurm.de")],
    "es": [("Talleres Arrieta S.L.", "talleresarrieta.es"), ("Gestoría Almendro", "gestoriaalmendro.es"),
           ("Bodegas Peñalba", "bodegaspenalba.es"), ("Lumen Arquitectura S.L.P.", "lumenarquitectura.es"),
           ("Panadería La Espiga", "laespiga.es"), ("Reformas Brisa Norte S.L.", "reformasbrisanorte.es")],
}

JOB_TITLES = {
    "en": ["Operations Manager", "Senior Software Engineer", "Head of Finance", "Office Manager", "Practice Manager",
           "Customer Success Lead", "Payroll Officer", "IT Administrator", "Accounts Payable Clerk",
           "Director of Engineering", "Procurement Coordinator", "Customer Support Specialist", "Team Lead, Billing"],
    "sv": ["Ekonomiansvarig", "Verksamhetschef", "Systemutvecklare", "Kundtjänstmedarbetare", "Inköpare",
           "HR-specialist", "Driftstekniker", "Kontorschef", "Projektledare", "Löneadministratör"],
    # German and Spanish titles as (masculine, feminine)
    "de": [("Geschäftsführer", "Geschäftsführerin"), ("Sachbearbeiter Schadenregulierung", "Sachbearbeiterin Schadenregulierung"),
           ("Leiter Buchhaltung", "Leiterin Buchhaltung"), ("Softwareentwickler", "Softwareentwicklerin"),
           ("Teamleiter Kundenservice", "Teamleiterin Kundenservice"), ("Personalreferent", "Personalreferentin"),
           ("Systemadministrator", "Systemadministratorin"), ("Einkäufer", "Einkäuferin"), ("Praxismanager", "Praxismanagerin"),
           ("Kundenberater", "Kundenberaterin"), ("Prokurist", "Prokuristin")],
    "es": [("Responsable de Administración", "Responsable de Administración"), ("Jefe de Compras", "Jefa de Compras"),
           ("Desarrollador Backend", "Desarrolladora Backend"), ("Gerente", "Gerente"), ("Técnico de Sistemas", "Técnica de Sistemas"),
           ("Coordinador de Recursos Humanos", "Coordinadora de Recursos Humanos"), ("Agente de Atención al Cliente", "Agente de Atención al Cliente"),
           ("Director Financiero", "Directora Financiera"), ("Administrativo contable", "Administrativa contable"), ("Jefe de Proyecto", "Jefa de Proyecto")],
}

TEAMS = {
    "en": ["Support Team", "support team", "Billing team", "Customer Care", "Accounts team", "Dev Team",
           "Help Desk", "Customer Service team"],
    "sv": ["Kundtjänst", "Kundservice", "Supportteamet", "kundtjänsten", "Ekonomiavdelningen", "Support"],
    "de": ["Kundenservice", "Support-Team", "Serviceteam", "Buchhaltung", "Kundenbetreuung", "Supportteam"],
    "es": ["Equipo de Soporte", "Atención al Cliente", "equipo de soporte", "Departamento de Facturación",
           "Servicio Técnico", "equipo"],
}

PRODUCTS = {
    "saas": ["Tallyhook Connect", "Quillpad Pro", "Ledgerlark Payroll", "Pipewren CI", "KlickKasse Terminal",
             "Terminfuchs Cloud", "Facturalia Plus", "CitaFácil Agenda", "Bokföra Enkelt Plus", "Kassaflödet API"],
    "device": ["Aurora X2", "Nimbus Mesh 3", "FritzLink 7590", "Vela Hub", "Orbi-S Pro", "HomeBox 5G",
               "Lumen Cam 2", "Kestrel GPS Tracker"],
}

ITEMS = {
    "en": ["a walnut bedside table", "the three-seater sofa (sage green)", "two pairs of trail runners",
           "a 27-inch monitor", "a replacement charging cable", "the king-size quilt cover set", "a cast-iron casserole dish",
           "a kids' bike helmet", "a set of four dining chairs", "a rain jacket, size M", "the standing desk frame",
           "a coffee grinder", "ceiling light fittings"],
    "sv": ["en bokhylla i ek", "bäddsoffan Lyra", "två par vandringskängor", "en skärm på 27 tum", "en laddkabel",
           "påslakanset 220x220", "en gjutjärnsgryta", "en cykelhjälm till barn", "fyra matstolar", "en regnjacka i storlek M",
           "ett höj- och sänkbart skrivbord", "en kaffekvarn", "taklampor"],
    "de": ["einen Nachttisch aus Nussbaum", "das Dreisitzer-Sofa in Salbeigrün", "zwei Paar Wanderschuhe",
           "einen 27-Zoll-Monitor", "ein Ladekabel", "die Bettwäsche 155x220", "einen gusseisernen Bräter",
           "einen Fahrradhelm für Kinder", "vier Esszimmerstühle", "eine Regenjacke in Größe M",
           "einen höhenverstellbaren Schreibtisch", "eine Kaffeemühle", "zwei Deckenleuchten"],
    "es": ["una mesilla de noche de nogal", "el sofá de tres plazas en verde salvia", "dos pares de zapatillas de trail",
           "un monitor de 27 pulgadas", "un cable de carga", "la funda nórdica de 150", "una cazuela de hierro fundido",
           "un casco de bici infantil", "cuatro sillas de comedor", "un chubasquero talla M",
           "un escritorio elevable", "un molinillo de café", "dos lámparas de techo"],
}

PASSWORD_WORDS = {
    "en": ["Kangaroo", "Sunflower", "Thames", "Biscuit", "Pumpkin", "Harbour", "Maverick", "Bluebell"],
    "sv": ["Sommar", "Kanelbulle", "Midsommar", "Fiskebåt", "Lingon", "Vinter", "Hallon", "Skärgård"],
    "de": ["Sonnenblume", "Fußball", "Schnecke", "Lebkuchen", "Bergsee", "Kaffee", "Apfelbaum", "Rotkehlchen"],
    "es": ["Pelota", "Girasol", "Mariposa", "Tortilla", "Verano", "Castañas", "Madrid", "Naranjo"],
}

# ============================================================================
# Document model: segments and blocks, rendered to plain text or HTML with
# byte-exact spans
# ============================================================================


class T:
    """Plain text (may contain newlines)."""
    __slots__ = ("s",)

    def __init__(self, s):
        self.s = s


class L:
    """A labelled value."""
    __slots__ = ("v", "cat", "sub", "opt")

    def __init__(self, v, cat, sub, **opt):
        self.v, self.cat, self.sub, self.opt = v, cat, sub, opt


class N:
    """A negative (must not be redacted)."""
    __slots__ = ("v", "kind")

    def __init__(self, v, kind):
        self.v, self.kind = v, kind


class R:
    """Markup-ish text that differs between plain and HTML (HTML given verbatim)."""
    __slots__ = ("plain", "html")

    def __init__(self, plain, html_):
        self.plain, self.html = plain, html_


class Para:
    def __init__(self, segs):
        self.segs = segs


class Pre:
    def __init__(self, segs):
        self.segs = segs


class Table:
    def __init__(self, rows, header=False, plain="kv", sep=","):
        self.rows, self.header, self.plain, self.sep = rows, header, plain, sep


class Quote:
    def __init__(self, style, header, blocks):
        self.style, self.header, self.blocks = style, header, blocks


class Sig:
    def __init__(self, segs, dash=False):
        self.segs, self.dash = segs, dash


class RawBlock:
    def __init__(self, plain, html_):
        self.plain, self.html = plain, html_


class Out:
    def __init__(self):
        self.parts = []
        self.pos = 0
        self.spans = []

    def raw(self, s):
        if s:
            self.parts.append(s)
            self.pos += len(s.encode("utf-8"))

    def span(self, pieces, typ, cat, sub):
        start = end = None
        for s, isval in pieces:
            if isval and start is None:
                start = self.pos
            self.raw(s)
            if isval:
                end = self.pos
        self.spans.append({"start": start, "end": end, "typ": typ, "cat": cat, "sub": sub})

    def text(self):
        return "".join(self.parts)

    def extend(self, other):
        base = self.pos
        for sp in other.spans:
            d = dict(sp)
            d["start"] += base
            d["end"] += base
            self.spans.append(d)
        self.raw(other.text())

    def prefixed(self, prefix):
        """A copy with `prefix` at the start of every line (spans must not contain newlines)."""
        text = self.text()
        lines = text.split("\n")
        new = Out()
        pb = len(prefix.encode("utf-8"))
        # byte offset of each line start in old and new text
        old_starts, off = [], 0
        for ln in lines:
            old_starts.append(off)
            off += len(ln.encode("utf-8")) + 1
        new.raw("\n".join((prefix + ln) if ln else prefix.rstrip() for ln in lines))
        new_starts, off = [], 0
        for ln in lines:
            new_starts.append(off)
            off += len(((prefix + ln) if ln else prefix.rstrip()).encode("utf-8")) + 1
        for sp in self.spans:
            li = max(i for i, s in enumerate(old_starts) if s <= sp["start"])
            assert sp["end"] <= old_starts[li] + len(lines[li].encode("utf-8")), "span crosses a line"
            d = dict(sp)
            shift = new_starts[li] + pb - old_starts[li]
            d["start"] += shift
            d["end"] += shift
            new.spans.append(d)
        return new


def split_lines(segs):
    lines = [[]]
    for s in segs:
        if isinstance(s, T) and "\n" in s.s:
            parts = s.s.split("\n")
            for j, p in enumerate(parts):
                if j:
                    lines.append([])
                if p:
                    lines[-1].append(T(p))
        else:
            lines[-1].append(s)
    return lines


def seg_plain_text(segs):
    out = []
    for s in segs:
        if isinstance(s, T):
            out.append(s.s)
        elif isinstance(s, (L, N)):
            out.append(s.v)
        elif isinstance(s, R):
            out.append(s.plain)
    return "".join(out)


# ---------------------------------------------------------------------------
# plain text
# ---------------------------------------------------------------------------

def plain_segs(out, segs, oneline=False):
    for s in segs:
        if isinstance(s, T):
            out.raw(s.s)
        elif isinstance(s, L):
            v = s.v
            if "\n" in v and (oneline or s.opt.get("oneline")):
                v = v.replace("\n", ", ")
            out.span([(v, True)], "L", s.cat, s.sub)
        elif isinstance(s, N):
            out.span([(s.v, True)], "N", s.kind, None)
        elif isinstance(s, R):
            out.raw(s.plain)


def plain_table(out, b, oneline):
    cells = []
    for row in b.rows:
        r = []
        for cell in row:
            o = Out()
            plain_segs(o, cell, oneline=(b.plain != "kv") or oneline)
            r.append(o)
        cells.append(r)
    lines = []
    if b.plain == "kv":
        for r in cells:
            line = Out()
            for j, o in enumerate(r):
                if j == 1:
                    line.raw(": " if not o.text().startswith(" ") else ":")
                elif j > 1:
                    line.raw(" | ")
                line.extend(o)
            lines.append(line)
    elif b.plain == "md":
        for i, r in enumerate(cells):
            line = Out()
            line.raw("| ")
            for j, o in enumerate(r):
                if j:
                    line.raw(" | ")
                line.extend(o)
            line.raw(" |")
            lines.append(line)
            if i == 0 and b.header:
                sepl = Out()
                sepl.raw("|" + "|".join("---" for _ in r) + "|")
                lines.append(sepl)
    elif b.plain in ("csv", "tsv"):
        sep = "\t" if b.plain == "tsv" else b.sep
        for r in cells:
            line = Out()
            for j, o in enumerate(r):
                if j:
                    line.raw(sep)
                q = b.plain == "csv" and (sep in o.text() or "," in o.text())
                if q:
                    line.raw('"')
                line.extend(o)
                if q:
                    line.raw('"')
            lines.append(line)
    elif b.plain == "grid":
        widths = collections.defaultdict(int)
        for r in cells:
            for j, o in enumerate(r):
                widths[j] = max(widths[j], len(o.text()))
        for r in cells:
            line = Out()
            for j, o in enumerate(r):
                line.extend(o)
                if j < len(r) - 1:
                    line.raw(" " * (widths[j] - len(o.text()) + 2))
            lines.append(line)
    else:
        raise ValueError(b.plain)
    for i, line in enumerate(lines):
        if i:
            out.raw("\n")
        out.extend(line)


def render_plain_blocks(ctx, blocks, oneline=False):
    out = Out()
    first = True
    for b in blocks:
        if isinstance(b, Quote):
            o = Out()
            if b.style == "gt":
                plain_segs(o, b.header, oneline=True)
                o.raw("\n")
                inner = render_plain_blocks(ctx, b.blocks, oneline=True)
                o.extend(inner.prefixed("> "))
            else:
                # outlook / forward: header lines then body unindented
                plain_segs(o, b.header, oneline=True)
                o.raw("\n\n")
                o.extend(render_plain_blocks(ctx, b.blocks, oneline=oneline))
            if not first:
                out.raw("\n\n")
            out.extend(o)
            first = False
            continue
        if not first:
            out.raw("\n\n")
        first = False
        if isinstance(b, (Para, Pre)):
            plain_segs(out, b.segs, oneline)
        elif isinstance(b, Sig):
            if b.dash:
                out.raw("-- \n")
            plain_segs(out, b.segs, oneline)
        elif isinstance(b, Table):
            plain_table(out, b, oneline)
        elif isinstance(b, RawBlock):
            out.raw(b.plain)
        else:
            raise TypeError(b)
    return out


# ---------------------------------------------------------------------------
# HTML
# ---------------------------------------------------------------------------

def esc(ctx, s):
    s = s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    if ctx.apos_entity:
        s = s.replace("'", "&#39;")
    if ctx.entity:
        o = []
        for ch in s:
            if ord(ch) > 127:
                name = codepoint2name.get(ord(ch))
                o.append("&%s;" % name if name and ctx.entity != "numeric" else "&#%d;" % ord(ch))
            else:
                o.append(ch)
        s = "".join(o)
    return s


SPLIT_CATS = ("phone", "payment_card", "iban", "national_id")


def html_value_pieces(ctx, s):
    """Render a labelled value as HTML pieces [(str, is_value_char)]."""
    rng = ctx.rng
    v = s.v
    if "\n" in v:
        br = rng.choice(["<br>", "<br>\n", "<br />"])
        return [(br.join(esc(ctx, ln) for ln in v.split("\n")), True)]
    ev = esc(ctx, v)
    if s.cat == "email" and s.sub != "obfuscated" and "@" in ev and ctx.at_entity:
        return [(ev.replace("@", "&#64;"), True)]
    if s.cat in SPLIT_CATS and not s.opt.get("nosplit"):
        r = rng.random()
        groups = v.split(" ")
        if r < 0.13 and len(groups) >= 3:
            k = rng.randrange(1, len(groups))
            tag = rng.choice([("<b>", "</b>"), ('<span class="il">', "</span>"), ("<strong>", "</strong>"),
                              ('<span style="white-space:nowrap">', "</span>")])
            pieces = []
            for j, g in enumerate(groups):
                if j:
                    pieces.append((" ", True))
                if j == k:
                    pieces += [(tag[0], True), (esc(ctx, g), True), (tag[1], j != len(groups) - 1)]
                else:
                    pieces.append((esc(ctx, g), True))
            return pieces
        if r < 0.26 and len(groups) >= 2:
            return [(ev.replace(" ", "&nbsp;"), True)]
    return [(ev, True)]


def html_label(out, ctx, s):
    rng = ctx.rng
    ev = esc(ctx, s.v)
    linkable = ctx.hstyle in ("gmail", "outlook", "apple", "helpdesk", "mobile")
    if s.cat == "email" and s.sub != "obfuscated" and "\n" not in s.v and linkable and \
            (s.opt.get("link") or rng.random() < ctx.p_autolink):
        tgt = rng.choice(['"', '" target="_blank"', '" rel="noopener"'])
        out.raw('<a href="mailto:')
        out.span([(ev, True)], "L", s.cat, s.sub)
        out.raw(tgt + ">")
        out.span([(ev, True)], "L", s.cat, s.sub)
        out.raw("</a>")
        return
    if s.cat == "secret" and s.sub in ("url_token", "url_credentials") and linkable and rng.random() < 0.55:
        out.raw('<a href="')
        out.span([(ev, True)], "L", s.cat, s.sub)
        out.raw('">')
        out.span([(ev, True)], "L", s.cat, s.sub)
        out.raw("</a>")
        return
    if s.cat == "phone" and s.opt.get("e164") and (s.opt.get("tel") or rng.random() < 0.12):
        out.raw('<a href="tel:')
        out.span([(esc(ctx, s.opt["e164"]), True)], "L", s.cat, s.sub)
        out.raw('">')
        out.span([(ev, True)], "L", s.cat, s.sub)
        out.raw("</a>")
        return
    out.span(html_value_pieces(ctx, s), "L", s.cat, s.sub)


def html_segs(out, ctx, segs, br="<br>"):
    for s in segs:
        if isinstance(s, T):
            out.raw(esc(ctx, s.s).replace("\n", br))
        elif isinstance(s, L):
            html_label(out, ctx, s)
        elif isinstance(s, N):
            out.span([(esc(ctx, s.v), True)], "N", s.kind, None)
        elif isinstance(s, R):
            out.raw(s.html)


def html_para(out, ctx, segs):
    st = ctx.hstyle
    if st in ("gmail", "apple", "mobile"):
        attr = ' dir="auto"' if st == "mobile" else ""
        for line in split_lines(segs):
            if line:
                out.raw("<div%s>" % attr)
                html_segs(out, ctx, line)
                out.raw("</div>")
            else:
                out.raw("<div%s><br></div>" % attr)
            if ctx.nl:
                out.raw("\n")
    elif st == "outlook":
        for line in split_lines(segs):
            out.raw('<p class="MsoNormal">')
            if line:
                html_segs(out, ctx, line)
                out.raw("<o:p></o:p></p>\n")
            else:
                out.raw("<o:p>&nbsp;</o:p></p>\n")
    else:
        out.raw("<p>")
        html_segs(out, ctx, segs, br=ctx.br)
        out.raw("</p>")
        if ctx.nl:
            out.raw("\n")


def html_gap(out, ctx):
    st = ctx.hstyle
    if st in ("gmail", "apple", "mobile"):
        out.raw('<div%s><br></div>' % (' dir="auto"' if st == "mobile" else ""))
        if ctx.nl:
            out.raw("\n")
    elif st == "outlook":
        out.raw('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n')


def html_pre(out, ctx, segs):
    st = ctx.hstyle
    if st in ("helpdesk", "webform"):
        opener = "<pre><code>" if ctx.rng.random() < 0.5 else "<pre>"
        out.raw(opener)
        html_segs(out, ctx, segs, br="\n")
        out.raw("</code></pre>\n" if opener == "<pre><code>" else "</pre>\n")
    elif st == "outlook":
        out.raw('<p class="MsoNormal"><span style="font-family:Consolas;font-size:9.0pt">')
        html_segs(out, ctx, segs, br="<br>\n")
        out.raw("<o:p></o:p></span></p>\n")
    else:
        out.raw('<div><font face="monospace">')
        html_segs(out, ctx, segs, br="<br>")
        out.raw("</font></div>")


def html_table(out, ctx, b):
    st = ctx.hstyle
    if st == "outlook":
        out.raw('<table class="MsoNormalTable" border="1" cellspacing="0" cellpadding="0" style="border-collapse:collapse">\n')
    elif st == "webform":
        out.raw('<table width="100%" cellpadding="6" style="border:1px solid #dddddd">\n')
    else:
        out.raw('<table border="1" cellpadding="4">')
    out.raw("<tbody>")
    for i, row in enumerate(b.rows):
        out.raw("<tr>")
        for j, cell in enumerate(row):
            th = b.header and i == 0
            if st == "webform" and j == 0 and not b.header:
                out.raw('<td style="background:#f5f5f5;width:30%"><strong>')
                html_segs(out, ctx, cell)
                out.raw("</strong></td>")
                continue
            out.raw("<th>" if th else "<td>")
            if st == "outlook":
                out.raw('<p class="MsoNormal">')
            html_segs(out, ctx, cell)
            if st == "outlook":
                out.raw("<o:p></o:p></p>")
            out.raw("</th>" if th else "</td>")
        out.raw("</tr>\n" if ctx.nl or st in ("outlook", "webform") else "</tr>")
    out.raw("</tbody></table>")
    if ctx.nl:
        out.raw("\n")


def html_sig(out, ctx, b):
    st = ctx.hstyle
    if st == "gmail":
        out.raw('<div><br></div>')
        if b.dash:
            out.raw("-- <br>")
        out.raw('<div dir="ltr" class="gmail_signature">')
        html_segs(out, ctx, b.segs, br="<br>")
        out.raw("</div>")
    elif st == "outlook":
        for line in split_lines(b.segs):
            out.raw('<p class="MsoNormal"><span style="font-size:10.0pt;color:#44546A">')
            if line:
                html_segs(out, ctx, line)
            else:
                out.raw("&nbsp;")
            out.raw("<o:p></o:p></span></p>\n")
    else:
        out.raw('<p>' if st != "helpdesk" else '<p class="signature">')
        if b.dash:
            out.raw("-- <br>")
        html_segs(out, ctx, b.segs, br=ctx.br)
        out.raw("</p>")
        if ctx.nl:
            out.raw("\n")


def html_quote(out, ctx, b):
    st = ctx.hstyle
    if b.style in ("gt", "gmail"):
        out.raw('<div class="gmail_quote"><div dir="ltr" class="gmail_attr">')
        html_segs(out, ctx, b.header)
        out.raw('<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">')
        render_html_blocks(out, ctx, b.blocks)
        out.raw("</blockquote></div>")
    elif b.style == "outlook":
        out.raw('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n<p class="MsoNormal">')
        html_segs(out, ctx, b.header, br="<br>\n")
        out.raw("<o:p></o:p></p>\n</div>\n")
        if st != "outlook":
            out.raw("<div>")
        render_html_blocks(out, ctx, b.blocks)
        if st != "outlook":
            out.raw("</div>")
    else:  # forward
        out.raw('<div class="gmail_quote">')
        html_segs(out, ctx, b.header)
        out.raw("<br><br>")
        render_html_blocks(out, ctx, b.blocks)
        out.raw("</div>")


def render_html_blocks(out, ctx, blocks):
    for i, b in enumerate(blocks):
        if i and not isinstance(b, (Quote, Sig)):
            html_gap(out, ctx)
        if isinstance(b, Para):
            html_para(out, ctx, b.segs)
        elif isinstance(b, Pre):
            html_pre(out, ctx, b.segs)
        elif isinstance(b, Table):
            html_table(out, ctx, b)
        elif isinstance(b, Sig):
            html_sig(out, ctx, b)
        elif isinstance(b, Quote):
            if ctx.hstyle == "outlook" or b.style == "outlook":
                html_gap(out, ctx)
            html_quote(out, ctx, b)
        elif isinstance(b, RawBlock):
            out.raw(b.html)
        else:
            raise TypeError(b)


OUTLOOK_HEAD = ('<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" '
                'xmlns:w="urn:schemas-microsoft-com:office:word">\n<head>\n<meta http-equiv="Content-Type" '
                'content="text/html; charset=utf-8">\n<style><!--\np.MsoNormal, li.MsoNormal {margin:0cm;font-size:11.0pt;'
                'font-family:"Calibri",sans-serif;}\na:link {color:#0563C1;text-decoration:underline;}\n--></style>\n'
                '</head>\n<body lang="%s" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n'
                '<div class="WordSection1">\n')
OUTLOOK_TAIL = "</div>\n</body>\n</html>\n"


def render_html(ctx, blocks):
    out = Out()
    st = ctx.hstyle
    if st == "outlook":
        out.raw(OUTLOOK_HEAD % {"en": "EN-GB", "sv": "SV", "de": "DE", "es": "ES"}[ctx.lang])
        render_html_blocks(out, ctx, blocks)
        out.raw(OUTLOOK_TAIL)
    elif st == "gmail":
        main = [b for b in blocks if not isinstance(b, Quote)]
        quotes = [b for b in blocks if isinstance(b, Quote)]
        if blocks and isinstance(blocks[-1], Quote) and all(not isinstance(b, Quote) for b in blocks[:-1]):
            out.raw('<div dir="ltr">')
            render_html_blocks(out, ctx, main)
            out.raw("</div><br>")
            render_html_blocks(out, ctx, quotes)
        else:
            out.raw('<div dir="ltr">')
            render_html_blocks(out, ctx, blocks)
            out.raw("</div>")
    elif st == "apple":
        out.raw('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
                '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">')
        render_html_blocks(out, ctx, blocks)
        out.raw("</body></html>")
    elif st == "mobile":
        out.raw('<div dir="auto">')
        render_html_blocks(out, ctx, blocks)
        out.raw("</div>")
    elif st == "webform":
        out.raw(ctx.rng.choice(['<div class="form-submission">\n', '<div style="font-family:Arial,sans-serif;font-size:14px">\n']))
        render_html_blocks(out, ctx, blocks)
        out.raw("</div>\n")
    else:  # helpdesk
        render_html_blocks(out, ctx, blocks)
    return out

# ============================================================================
# Value factories (phones, addresses, e-mails, secrets, dates, negatives)
# ============================================================================

MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"],
    "sv": ["januari", "februari", "mars", "april", "maj", "juni", "juli", "augusti", "september", "oktober",
           "november", "december"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
           "November", "Dezember"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
           "noviembre", "diciembre"],
}
WEEKDAYS = {
    "en": ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"],
    "en_long": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
    "sv": ["mån", "tis", "ons", "tors", "fre", "lör", "sön"],
    "sv_long": ["måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag"],
    "de": ["Mo.", "Di.", "Mi.", "Do.", "Fr.", "Sa.", "So."],
    "de_long": ["Montag", "Dienstag", "Mittwoch", "Donnerstag", "Freitag", "Samstag", "Sonntag"],
    "es": ["lun", "mar", "mié", "jue", "vie", "sáb", "dom"],
    "es_long": ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"],
}

LOC_LANG = {"se": "sv", "de": "de", "es": "es", "uk": "en", "au": "en", "us": "en"}


def fold_ascii(s, german=False):
    if german:
        for a, b in (("ä", "ae"), ("ö", "oe"), ("ü", "ue"), ("Ä", "Ae"), ("Ö", "Oe"), ("Ü", "Ue")):
            s = s.replace(a, b)
    s = s.replace("ß", "ss").replace("đ", "d").replace("Đ", "D")
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


def rand_date(rng, y0, y1):
    start = datetime.date(y0, 1, 1).toordinal()
    end = datetime.date(y1, 12, 31).toordinal()
    return datetime.date.fromordinal(rng.randint(start, end))


class Person:
    def __init__(self, first, last, loc, gender):
        self.first, self.last, self.loc, self.gender = first, last, loc, gender
        self.email = None
        self.phone = None  # (display, e164)
        self.address = None

    @property
    def full(self):
        return self.first + " " + self.last

    @property
    def surname_display(self):
        return self.last


class Ctx:
    def __init__(self, rng, idx):
        self.rng = rng
        self.idx = idx
        # languages in rotation (equal shares); English tickets rotate through UK, AU and US writers and, one in
        # five, a Swedish, German or Spanish writer using English
        self.lang = ["en", "sv", "de", "es"][idx % 4]
        if self.lang == "en":
            slot = (idx // 4) % 15
            self.loc = ["uk", "au", "us"][slot % 3] if slot < 12 else ["se", "de", "es"][slot - 12]
        else:
            self.loc = {"sv": "se", "de": "de", "es": "es"}[self.lang]
        self.nn = self.lang == "en" and self.loc in ("se", "de", "es")
        self.html = rng.random() < 0.38
        self.hstyle = rng.choices(["gmail", "outlook", "helpdesk", "apple", "mobile"],
                                  [32, 28, 22, 10, 8])[0] if self.html else None
        self.entity = False
        self.apos_entity = False
        self.at_entity = False
        self.p_autolink = 0.45
        self.nl = rng.random() < 0.5
        self.br = rng.choice(["<br>", "<br>\n", "<br/>", "<br />"])
        self.blocks = []
        self.known = None
        self.requester = None
        self.names_used = set()
        self.scenario = None
        self.company_name, self.company_domain = None, None
        self.set_style(self.hstyle)

    def set_style(self, st):
        self.hstyle = st
        if not self.html:
            return
        r = self.rng
        self.entity = r.choice([False, False, "named", "numeric"]) if st in ("outlook", "helpdesk", "webform") and r.random() < 0.3 else False
        self.apos_entity = st in ("gmail", "helpdesk") and r.random() < 0.4
        self.at_entity = (st == "webform" and r.random() < 0.45) or (st == "helpdesk" and r.random() < 0.2)
        self.p_autolink = {"gmail": 0.6, "outlook": 0.55, "apple": 0.3, "mobile": 0.4}.get(st, 0.2)

    # --- selection helpers --------------------------------------------------
    def pick(self, seq):
        return self.rng.choice(seq)

    def chance(self, p):
        return self.rng.random() < p

    def tr(self, **variants):
        """Pick a phrase for the ticket's language (en_nn for non-native English writers if given)."""
        if self.nn and "en_nn" in variants and self.rng.random() < 0.75:
            return self.rng.choice(variants["en_nn"])
        if self.lang == "en" and self.loc == "us" and "en_us" in variants and self.rng.random() < 0.7:
            return self.rng.choice(variants["en_us"])
        if self.lang == "en" and self.loc == "au" and "en_au" in variants and self.rng.random() < 0.7:
            return self.rng.choice(variants["en_au"])
        v = variants[self.lang]
        return self.rng.choice(v) if isinstance(v, list) else v

    # --- template filling ---------------------------------------------------
    def segs(self, template, **slots):
        out = []
        pos = 0
        for m in re.finditer(r"\{([a-z][a-z0-9_]*)\}", template):
            if m.start() > pos:
                out.append(T(template[pos:m.start()]))
            v = slots[m.group(1)]
            if isinstance(v, str):
                out.append(T(v))
            elif isinstance(v, list):
                out.extend(v)
            else:
                out.append(v)
            pos = m.end()
        if pos < len(template):
            out.append(T(template[pos:]))
        return out

    def P(self, template, **slots):
        self.blocks.append(Para(self.segs(template, **slots)))

    def add(self, block):
        self.blocks.append(block)

    # --- people -------------------------------------------------------------
    def person(self, loc=None, gender=None):
        loc = loc or self.loc
        pool = LOC_LANG[loc]
        r = self.rng
        for _ in range(50):
            g = gender or r.choice("fm")
            first = r.choice(FIRST[pool][g])
            if pool == "es":
                a = r.choice(LAST["es"])
                b = r.choice([x for x in LAST["es"] if x != a])
                last = a + " " + b if r.random() < 0.85 else a
                if last.startswith("del "):
                    last = "Del " + last[4:] if r.random() < 0.3 else last
            elif pool == "en" and r.random() < 0.08:
                last = r.choice(LAST[r.choice(["sv", "de", "es"])]).split(" ")[0]
            else:
                last = r.choice(LAST[pool])
            if first not in self.names_used and last not in self.names_used:
                self.names_used.add(first)
                self.names_used.add(last)
                return Person(first, last, loc, g)
        return Person(first, last, loc, g)

    def email_for(self, p, domain=None, style=None):
        r = self.rng
        german = p.loc == "de" and r.random() < 0.75
        f = fold_ascii(p.first, german).lower().replace(" ", "").replace("'", "")
        fparts = fold_ascii(p.first, german).lower().split()
        lparts = fold_ascii(p.last, german).lower().replace("'", "").split()
        l1 = lparts[-1] if lparts[0] in ("von", "del", "de") else lparts[0]
        lall = "".join(lparts)
        if domain is None:
            domain = r.choice(EMAIL_PROVIDERS[p.loc])
            style = style or r.choice(["f.l", "f.l", "fl", "f_l", "fl99", "f.l99", "il", "l.f", "f99", "fl2", "nick"])
        else:
            style = style or r.choice(["f.l", "f.l", "f.l", "il", "f", "fl"])
        yy = "%02d" % r.randint(60, 99) if r.random() < 0.6 else str(r.randint(1, 999))
        local = {
            "f.l": f + "." + l1, "fl": f + lall, "f_l": f + "_" + l1, "fl99": f + l1 + yy, "f.l99": f + "." + l1 + yy,
            "il": f[0] + l1 if r.random() < 0.6 else f[0] + "." + l1, "l.f": l1 + "." + f, "f99": f + yy,
            "fl2": fparts[0] + "." + ".".join(lparts), "f": fparts[0],
            "nick": r.choice(["the", "mr", "its", "hej", "la", "der"]) + fparts[0] + r.choice(["", "x", "_", "."]) + yy,
        }[style]
        local = re.sub(r"[^a-z0-9._-]", "", local).strip(".")
        return local + "@" + domain

    def requester_setup(self, p, known_prob=0.38):
        """Decide `known` for the requester."""
        self.requester = p
        if p.email is None:
            p.email = self.email_for(p)
        if self.rng.random() < known_prob:
            k = {}
            name = p.full
            if p.loc == "es" and " " in p.last and self.rng.random() < 0.2:
                name = p.first + " " + p.last.split(" ")[0]
            k["name"] = name
            if self.rng.random() < 0.85:
                k["email"] = p.email
            if self.rng.random() < 0.3:
                if p.phone is None:
                    p.phone = self.phone(p.loc)
                k["phone"] = p.phone[1] if self.rng.random() < 0.6 else p.phone[0]
            if self.rng.random() < 0.15:
                k["emails"] = [self.email_for(p)]
            self.known = k
        return p

    def name(self, p, form="full", sub="requester"):
        r = self.rng
        if form == "full":
            v = p.full
        elif form == "first":
            v = p.first
        elif form == "last":
            v = p.last
        elif form == "lastfirst":
            v = p.last + ", " + p.first
        elif form == "lower":
            v = p.full.lower() if r.random() < 0.6 else p.first.lower()
        elif form == "folded":
            v = fold_ascii(p.full, german=p.loc == "de" and r.random() < 0.5)
        elif form == "upper":
            v = p.full.upper()
        elif form == "initial":
            v = p.first[0] + ". " + p.last
        elif form == "firstinitial":
            v = p.first + " " + p.last[0] + "."
        else:
            raise ValueError(form)
        return L(v, "person_name", sub)

    # --- contact values -----------------------------------------------------
    def email(self, p, sub="personal", **opt):
        if p.email is None:
            p.email = self.email_for(p)
        return L(p.email, "email", sub, **opt)

    def work_email(self, p, domain):
        return L(self.email_for(p, domain=domain), "email", "work")

    def role_email(self, domain, local=None):
        local = local or self.pick({"en": ["support", "help", "billing", "accounts", "hello", "noreply"],
                                    "sv": ["kundtjanst", "support", "info", "ekonomi", "kundservice"],
                                    "de": ["service", "kundenservice", "info", "buchhaltung", "support"],
                                    "es": ["atencionalcliente", "soporte", "info", "facturacion", "clientes"]}[self.lang])
        return L(local + "@" + domain, "email", "role")

    def obf_email(self, p, fresh=False):
        r = self.rng
        e = self.email_for(p) if fresh or p.email is None else p.email
        local, dom = e.split("@")
        parts = dom.split(".")
        lang = self.lang
        style = r.choice(["words", "brackets", "paren", "lang"])
        if style == "words":
            v = local.replace(".", " dot ") + " at " + " dot ".join(parts)
        elif style == "brackets":
            v = local + "[at]" + (dom if r.random() < 0.5 else "[dot]".join(parts))
        elif style == "paren":
            v = local + " (at) " + dom if r.random() < 0.6 else local + "(a)" + dom
        else:
            at, dot = {"en": ("at", "dot"), "sv": ("snabel-a", "punkt"), "de": ("at", "punkt"), "es": ("arroba", "punto")}[lang]
            v = local.replace(".", " %s " % dot) + " %s " % at + (" %s " % dot).join(parts)
        return L(v, "email", "obfuscated")

    def phone(self, loc, kind="mobile", ext=False):
        return make_phone(self.rng, loc, kind, ext)

    def phone_seg(self, p=None, loc=None, kind="mobile", sub=None, ext=False, tel=False, nosplit=False):
        if p is not None and kind == "mobile":
            if p.phone is None:
                p.phone = self.phone(p.loc)
            disp, e164 = p.phone
            # a person's number may be written differently in different places
            if self.rng.random() < 0.4:
                disp = reformat_phone(self.rng, p.loc, e164) or disp
        else:
            disp, e164 = self.phone(loc or self.loc, kind, ext)
        return L(disp, "phone", sub or kind, e164=e164, tel=tel, nosplit=nosplit)

    def address(self, loc=None, form=None, kind=None):
        loc = loc or self.loc
        a = make_address(self.rng, loc, kind)
        form = form or ("multi" if self.rng.random() < 0.35 else "one")
        return L(a[form], "postal_address", a["kind"]), a

    def dob(self, born=None, lang=None):
        born = born or rand_date(self.rng, 1938, 2007)
        style = self.rng.choice([0, 1]) if self.nn else None
        return L(fmt_date(self.rng, born, self.loc if lang is None else lang, birth=True, style=style), "date_of_birth", "dob"), born

    # --- identifiers ----------------------------------------------------------
    def natid(self, kind, born=None):
        r = self.rng
        if kind in ("se_personnummer", "se_samordningsnummer"):
            born = born or rand_date(r, 1940, 2006)
            v = se_pnr(r, born, coord=kind == "se_samordningsnummer")
        elif kind == "au_tfn":
            d = au_tfn(r)
            v = r.choice([d[:3] + " " + d[3:6] + " " + d[6:], d, d[:3] + "-" + d[3:6] + "-" + d[6:]])
        elif kind == "au_abn":
            d = au_abn(r)
            v = r.choice([d[:2] + " " + d[2:5] + " " + d[5:8] + " " + d[8:], d])
        elif kind == "au_medicare":
            d = au_medicare(r)
            v = r.choice([d[:4] + " " + d[4:9] + " " + d[9], d])
        elif kind == "uk_nino":
            d = uk_nino(r)
            v = r.choice([d, d[:2] + " " + d[2:4] + " " + d[4:6] + " " + d[6:8] + " " + d[8], d.lower() if r.random() < 0.1 else d])
        elif kind == "uk_nhs":
            d = uk_nhs(r)
            v = r.choice([d[:3] + " " + d[3:6] + " " + d[6:], d, d[:3] + "-" + d[3:6] + "-" + d[6:]])
        elif kind == "es_dni":
            d = es_dni(r)
            v = r.choice([d, d, d[:8] + "-" + d[8], "%s.%s.%s-%s" % (d[:2], d[2:5], d[5:8], d[8])])
        elif kind == "es_nie":
            d = es_nie(r)
            v = r.choice([d, d[0] + "-" + d[1:8] + "-" + d[8], d[0] + d[1:8] + "-" + d[8]])
        elif kind == "us_ssn":
            d = us_ssn(r)
            v = d if r.random() < 0.85 else d.replace("-", r.choice(["", " "]))
        elif kind == "de_steuer_id":
            d = de_steuer_id(r)
            v = r.choice([d, d[:2] + " " + d[2:5] + " " + d[5:8] + " " + d[8:]])
        else:
            raise ValueError(kind)
        return L(v, "national_id", kind)

    def card_seg(self, brand=None, style=None):
        d, b = make_card(self.rng, brand)
        return L(fmt_card(self.rng, d, style), "payment_card", b)

    def iban_seg(self, cc=None, style=None):
        cc = cc or {"se": "SE", "de": "DE", "es": "ES", "uk": "GB"}.get(self.loc, "DE")
        return L(fmt_iban(self.rng, make_iban(self.rng, cc), style), "iban", cc.lower())

    def ipv4(self, private=False):
        return L(make_ipv4(self.rng, private), "ip_address", "ipv4_private" if private else "ipv4")

    def ipv6(self):
        return L(make_ipv6(self.rng), "ip_address", "ipv6")

    def secret(self, kind):
        return L(make_secret(self.rng, kind), "secret", "url_token" if kind.startswith("url_token") else kind)

    def password(self):
        return L(make_password(self.rng, self.lang), "secret", "password")

    # --- negatives ----------------------------------------------------------
    def neg(self, kind, **kw):
        return N(make_negative(self, kind, **kw), kind)


def make_phone(rng, loc, kind="mobile", ext=False):
    r = rng
    d = lambda n: rand_digits(r, n)
    if loc == "se":
        if kind == "mobile":
            nat = "07" + r.choice("02369") + d(7)
            a, b = nat[:3], nat[3:]
            disp = r.choice(["%s-%s %s %s" % (a, b[:3], b[3:5], b[5:]), "%s %s %s %s" % (a, b[:3], b[3:5], b[5:]), nat,
                             "+46 %s %s %s %s" % (a[1:], b[:3], b[3:5], b[5:]), "+46" + nat[1:],
                             "+46 (0)%s-%s %s %s" % (a[1:], b[:3], b[3:5], b[5:]), "%s-%s" % (a, b),
                             "0046 %s-%s %s %s" % (a[1:], b[:3], b[3:5], b[5:]), "%s-%s%s %s" % (a, b[:2], b[2:4], b[4:])])
        else:
            area, n = r.choice([("8", 8), ("8", 7), ("31", 7), ("40", 6), ("18", 6), ("90", 6), ("13", 6), ("46", 6), ("60", 6)])
            sub = str(r.randint(2, 9)) + d(n - 1)
            if n == 8:
                g = "%s %s %s" % (sub[:3], sub[3:6], sub[6:])
            elif n == 7:
                g = "%s %s %s" % (sub[:3], sub[3:5], sub[5:])
            else:
                g = "%s %s %s" % (sub[:2], sub[2:4], sub[4:])
            nat = "0" + area + sub
            disp = r.choice(["0%s-%s" % (area, g), "0%s-%s" % (area, g), "+46 %s %s" % (area, g), "0%s %s" % (area, g),
                             "0%s-%s" % (area, sub)])
            if ext:
                disp = "0%s-%s" % (area, g)
        return disp, "+46" + nat[1:]
    if loc == "de":
        if kind == "mobile":
            pre = r.choice(["151", "152", "157", "160", "162", "170", "171", "172", "173", "175", "176", "177", "178", "179"])
            sub = d(8 if pre.startswith("15") or r.random() < 0.5 else 7)
            disp = r.choice(["0%s %s" % (pre, sub), "0%s/%s" % (pre, sub), "0%s-%s" % (pre, sub), "+49 %s %s" % (pre, sub),
                             "+49 (0)%s %s" % (pre, sub), "+49%s%s" % (pre, sub), "0%s %s %s" % (pre, sub[:4], sub[4:]),
                             "+49 %s %s %s" % (pre, sub[:3], sub[3:])])
            return disp, "+49" + pre + sub
        area, n = r.choice([("30", 8), ("40", 8), ("89", 7), ("221", 7), ("69", 8), ("711", 7), ("211", 7), ("341", 7),
                            ("351", 7), ("511", 7), ("761", 6), ("421", 6), ("251", 6)])
        sub = str(r.randint(2, 9)) + d(n - 1)
        e = ""
        if ext or (kind == "office" and r.random() < 0.5):
            e = "-" + r.choice(["0", str(r.randint(10, 99)), str(r.randint(100, 499))])
        disp = r.choice(["0%s %s" % (area, sub), "0%s/%s" % (area, sub), "(0%s) %s %s" % (area, sub[:3], sub[3:]),
                         "+49 %s %s" % (area, sub), "+49 (0)%s %s" % (area, sub), "0%s-%s" % (area, sub)]) + e
        return disp, "+49" + area + sub + e.replace("-", "")
    if loc == "es":
        if kind == "mobile":
            nat = "6" + d(8) if r.random() < 0.8 else "7" + r.choice("1234") + d(7)
            disp = r.choice(["%s %s %s" % (nat[:3], nat[3:6], nat[6:]), nat, "%s %s %s %s" % (nat[:3], nat[3:5], nat[5:7], nat[7:]),
                             "+34 %s %s %s" % (nat[:3], nat[3:6], nat[6:]), "+34 %s %s %s %s" % (nat[:3], nat[3:5], nat[5:7], nat[7:]),
                             "+34" + nat, "0034 %s" % nat, "(+34) %s %s %s" % (nat[:3], nat[3:6], nat[6:])])
            return disp, "+34" + nat
        area = r.choice(["91", "93", "944", "954", "96", "976", "952", "968", "981", "983"])
        nat = area + str(r.randint(2, 8)) + d(9 - len(area) - 1)
        disp = r.choice(["%s %s %s" % (nat[:3], nat[3:6], nat[6:]), "%s %s %s %s" % (nat[:2], nat[2:5], nat[5:7], nat[7:]),
                         "+34 %s %s %s" % (nat[:3], nat[3:6], nat[6:]), "+34 %s %s %s %s" % (nat[:2], nat[2:5], nat[5:7], nat[7:]), nat])
        if ext or (kind == "office" and r.random() < 0.3):
            disp += r.choice([" ext. ", " (ext. ", " extensión "]) + str(r.randint(100, 999))
            if "(" in disp:
                disp += ")"
        return disp, "+34" + nat
    if loc == "uk":
        if kind == "mobile":
            nat = "07" + r.choice("45789") + d(8)
            disp = r.choice(["%s %s" % (nat[:5], nat[5:]), nat, "%s %s %s" % (nat[:5], nat[5:8], nat[8:]),
                             "+44 %s %s" % (nat[1:5], nat[5:]), "+44 (0)%s %s" % (nat[1:5], nat[5:]), "+44" + nat[1:],
                             "+44 %s %s %s" % (nat[1:5], nat[5:8], nat[8:])])
            return disp, "+44" + nat[1:]
        area, n = r.choice([("20", 8), ("161", 7), ("113", 7), ("117", 7), ("131", 7), ("29", 8), ("1603", 6), ("1904", 6), ("141", 7)])
        sub = r.choice(["496", "946", "555", "372", "828"]) + d(n - 3) if n >= 7 else d(n)
        if n == 8:
            g = sub[:4] + " " + sub[4:]
        elif n == 7:
            g = sub[:3] + " " + sub[3:]
        else:
            g = sub
        disp = r.choice(["0%s %s" % (area, g), "0%s %s" % (area, g), "+44 %s %s" % (area, g), "+44 (0)%s %s" % (area, g),
                         "(0%s) %s" % (area, g)])
        if ext or (kind == "office" and r.random() < 0.35):
            disp += r.choice([" ext. ", " ext ", " x", " extn "]) + str(r.randint(10, 499))
        return disp, "+44" + area + sub
    if loc == "au":
        if kind == "mobile":
            nat = "04" + d(8)
            disp = r.choice(["%s %s %s" % (nat[:4], nat[4:7], nat[7:]), nat, "+61 %s %s %s" % (nat[1:4], nat[4:7], nat[7:]),
                             "+61 %s %s %s" % (nat[1], nat[2:6], nat[6:]), "+61" + nat[1:], "%s %s" % (nat[:4], nat[4:])])
            return disp, "+61" + nat[1:]
        if kind == "office" and r.random() < 0.25:
            nat = "1300" + d(6)
            return r.choice(["1300 %s %s" % (nat[4:7], nat[7:]), "1300 %s" % nat[4:]]), "+61" + nat
        area = r.choice("2378")
        sub = str(r.randint(3, 9)) + d(7)
        disp = r.choice(["(0%s) %s %s" % (area, sub[:4], sub[4:]), "0%s %s %s" % (area, sub[:4], sub[4:]),
                         "+61 %s %s %s" % (area, sub[:4], sub[4:]), "(0%s) %s-%s" % (area, sub[:4], sub[4:])])
        if ext or (kind == "office" and r.random() < 0.2):
            disp += r.choice([" ext. ", " ext "]) + str(r.randint(100, 499))
        return disp, "+61" + area + sub
    if loc == "us":
        area = r.choice([c[3] for c in US_CITIES])
        exch = r.choice(["555", str(r.randint(201, 989))])
        if exch[1:] == "11":
            exch = "352"
        num = ("01" + d(2)) if exch == "555" else d(4)
        disp = r.choice(["(%s) %s-%s" % (area, exch, num), "%s-%s-%s" % (area, exch, num), "%s.%s.%s" % (area, exch, num),
                         "+1 %s-%s-%s" % (area, exch, num), "+1 (%s) %s-%s" % (area, exch, num),
                         "1-%s-%s-%s" % (area, exch, num), "%s %s %s" % (area, exch, num)])
        if ext or (kind == "office" and r.random() < 0.35):
            disp += r.choice([" x", " ext. ", " ext "]) + str(r.randint(10, 999))
        return disp, "+1" + area + exch + num
    raise ValueError(loc)


def reformat_phone(rng, loc, e164):
    """Write a number in another common local format (only for plain mobile numbers)."""
    cc = {"se": "+46", "de": "+49", "es": "+34", "uk": "+44", "au": "+61", "us": "+1"}[loc]
    rest = e164[len(cc):]
    if not rest.isdigit():
        return None
    if loc == "se" and len(rest) == 9 and rest.startswith("7"):
        nat = "0" + rest
        return rng.choice(["%s-%s %s %s" % (nat[:3], nat[3:6], nat[6:8], nat[8:]), nat, "+46 %s %s %s %s" % (rest[:2], rest[2:5], rest[5:7], rest[7:])])
    if loc == "uk" and rest.startswith("7"):
        nat = "0" + rest
        return rng.choice(["%s %s" % (nat[:5], nat[5:]), "+44 %s %s" % (rest[:4], rest[4:])])
    if loc == "au" and rest.startswith("4"):
        nat = "0" + rest
        return rng.choice(["%s %s %s" % (nat[:4], nat[4:7], nat[7:]), nat])
    if loc == "es" and rest[0] in "67":
        return rng.choice(["%s %s %s" % (rest[:3], rest[3:6], rest[6:]), rest])
    if loc == "de" and rest.startswith("1"):
        return rng.choice(["0%s %s" % (rest[:3], rest[3:]), "0%s/%s" % (rest[:3], rest[3:])])
    if loc == "us":
        return "(%s) %s-%s" % (rest[:3], rest[3:6], rest[6:])
    return None


UK_INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ"


def make_address(rng, loc, kind=None):
    r = rng
    kind = kind or ("po_box" if r.random() < 0.07 else "street")
    if loc == "se":
        city, lo, hi = r.choice(SE_CITIES)
        pc = "%03d %02d" % (r.randint(lo, hi), r.randint(10, 99) if lo != hi else r.randint(30, 60))
        if kind == "po_box":
            line = "Box %d" % r.randint(12, 9999)
            return {"one": "%s, %s %s" % (line, pc, city), "multi": "%s\n%s %s" % (line, pc, city), "kind": "po_box", "city": city}
        st = "%s %d%s" % (r.choice(SE_STREETS), r.randint(1, 140), r.choice(["", "", "", "A", "B", " C"]))
        if r.random() < 0.3:
            st += r.choice([", lgh ", " lgh ", " lgh. "]) + "%d" % r.choice([1001, 1002, 1101, 1102, 1203, 1304, 1401, 1502])
        return {"one": "%s, %s %s" % (st, pc, city), "multi": "%s\n%s %s" % (st, pc, city), "kind": "se", "city": city}
    if loc == "de":
        city, lo, hi = r.choice(DE_CITIES)
        pc = "%05d" % r.randint(lo, hi)
        if kind == "po_box":
            n = "%06d" % r.randint(100000, 999999)
            line = "Postfach %s %s %s" % (n[:2], n[2:4], n[4:])
            return {"one": "%s, %s %s" % (line, pc, city), "multi": "%s\n%s %s" % (line, pc, city), "kind": "po_box", "city": city}
        st = "%s %d%s" % (r.choice(DE_STREETS), r.randint(1, 180), r.choice(["", "", "", "a", "b", " c"]))
        multi_extra = ""
        if r.random() < 0.15:
            multi_extra = r.choice([", 3. OG", ", Hinterhaus", ", App. 12", ", 2. Stock links"])
        return {"one": "%s%s, %s %s" % (st, multi_extra, pc, city), "multi": "%s%s\n%s %s" % (st, multi_extra, pc, city),
                "kind": "de", "city": city}
    if loc == "es":
        city, lo, hi = r.choice(ES_CITIES)
        pc = "%05d" % r.randint(lo, hi)
        if kind == "po_box":
            line = "Apartado de Correos %d" % r.randint(10, 2500)
            return {"one": "%s, %s %s" % (line, pc, city), "multi": "%s\n%s %s" % (line, pc, city), "kind": "po_box", "city": city}
        typ = r.choice(ES_STREET_TYPES)
        num = r.randint(1, 160)
        unit = r.choice(ES_UNITS)
        if r.random() < 0.5:
            st = "%s %s, %d, %s" % (typ, r.choice(ES_STREET_NAMES), num, unit)
        elif r.random() < 0.5:
            st = "%s %s %d, %s" % (typ, r.choice(ES_STREET_NAMES), num, unit)
        else:
            st = "%s %s, nº %d" % (typ, r.choice(ES_STREET_NAMES), num)
        tail = "%s %s" % (pc, city)
        if r.random() < 0.15 and city not in ("Madrid", "Barcelona"):
            tail += " (%s)" % {"A Coruña": "A Coruña", "San Sebastián": "Gipuzkoa", "Bilbao": "Bizkaia", "Gijón": "Asturias",
                               "Logroño": "La Rioja", "Pamplona": "Navarra"}.get(city, city)
        return {"one": "%s, %s" % (st, tail), "multi": "%s\n%s" % (st, tail), "kind": "es", "city": city}
    if loc == "uk":
        city, area, lo, hi = r.choice(UK_CITIES)
        pc = "%s%d %d%s%s" % (area, r.randint(lo, hi), r.randint(1, 9), r.choice(UK_INWARD_LETTERS), r.choice(UK_INWARD_LETTERS))
        if kind == "po_box":
            line = "PO Box %d" % r.randint(10, 9999)
            return {"one": "%s, %s %s" % (line, city, pc), "multi": "%s\n%s\n%s" % (line, city, pc), "kind": "po_box", "city": city}
        st = "%d %s" % (r.randint(1, 220), r.choice(UK_STREETS))
        flat = r.choice(["Flat %d" % r.randint(1, 24), "Flat %d%s" % (r.randint(1, 9), r.choice("ABC"))]) if r.random() < 0.3 else None
        loc_line = r.choice(UK_LOCALITIES) if r.random() < 0.3 else None
        one_parts = ([flat] if flat else []) + [st] + ([loc_line] if loc_line else [])
        one = ", ".join(one_parts) + ", " + city + r.choice([" ", ", "]) + pc
        multi = "\n".join(one_parts) + "\n" + (city.upper() if r.random() < 0.3 else city) + "\n" + pc
        return {"one": one, "multi": multi, "kind": "uk", "city": city}
    if loc == "au":
        sub, state, pc = r.choice(AU_SUBURBS)
        if kind == "po_box":
            line = r.choice(["PO Box %d", "P.O. Box %d", "Locked Bag %d"]) % r.randint(10, 3999)
            return {"one": "%s, %s %s %s" % (line, sub, state, pc), "multi": "%s\n%s %s %s" % (line, sub.upper(), state, pc),
                    "kind": "po_box", "city": sub}
        num = r.randint(1, 240)
        st = "%d %s" % (num, r.choice(AU_STREETS))
        if r.random() < 0.3:
            st = r.choice(["Unit %d/" % r.randint(1, 30), "%d/" % r.randint(1, 30), "Apt %d, " % r.randint(1, 40)]) + st
        return {"one": "%s, %s %s %s" % (st, sub, state, pc), "multi": "%s\n%s %s %s" % (st, sub if r.random() < 0.6 else sub.upper(), state, pc),
                "kind": "au", "city": sub}
    if loc == "us":
        city, st_, zp, _ = r.choice(US_CITIES)
        z = zp + "%02d" % r.randint(1, 99)
        if r.random() < 0.15:
            z += "-%04d" % r.randint(1, 9999)
        if kind == "po_box":
            line = "PO Box %d" % r.randint(10, 99999)
            return {"one": "%s, %s, %s %s" % (line, city, st_, z), "multi": "%s\n%s, %s %s" % (line, city, st_, z), "kind": "po_box", "city": city}
        street = "%d %s" % (r.randint(10, 9899), r.choice(US_STREETS))
        if r.random() < 0.3:
            street += r.choice([", Apt %d%s" % (r.randint(1, 12), r.choice("ABCD")), " Unit %d" % r.randint(1, 300), " #%d" % r.randint(100, 999)])
        return {"one": "%s, %s, %s %s" % (street, city, st_, z), "multi": "%s\n%s, %s %s" % (street, city, st_, z), "kind": "us", "city": city}
    raise ValueError(loc)


def fmt_date(rng, d, loc, birth=False, style=None):
    r = rng
    lang = LOC_LANG.get(loc, loc)
    if loc in ("uk", "au"):
        opts = ["%02d/%02d/%d" % (d.day, d.month, d.year), "%d/%d/%d" % (d.day, d.month, d.year),
                "%d %s %d" % (d.day, MONTHS["en"][d.month - 1], d.year), "%d %s %d" % (d.day, MONTHS["en"][d.month - 1][:3], d.year),
                "%02d.%02d.%d" % (d.day, d.month, d.year)]
        if not birth:
            opts.append("%d %s" % (d.day, MONTHS["en"][d.month - 1]))
    elif loc == "us":
        opts = ["%02d/%02d/%d" % (d.month, d.day, d.year), "%d/%d/%d" % (d.month, d.day, d.year),
                "%s %d, %d" % (MONTHS["en"][d.month - 1], d.day, d.year), "%d-%02d-%02d" % (d.year, d.month, d.day)]
        if not birth:
            opts.append("%s %d" % (MONTHS["en"][d.month - 1], d.day))
    elif lang == "sv":
        opts = ["%d-%02d-%02d" % (d.year, d.month, d.day), "%d-%02d-%02d" % (d.year, d.month, d.day),
                "%d %s %d" % (d.day, MONTHS["sv"][d.month - 1], d.year), "%02d%02d%02d" % (d.year % 100, d.month, d.day) if birth else "%d/%d" % (d.day, d.month)]
    elif lang == "de":
        opts = ["%02d.%02d.%d" % (d.day, d.month, d.year), "%d.%d.%d" % (d.day, d.month, d.year),
                "%d. %s %d" % (d.day, MONTHS["de"][d.month - 1], d.year), "%02d.%02d.%02d" % (d.day, d.month, d.year % 100)]
    elif lang == "es":
        opts = ["%02d/%02d/%d" % (d.day, d.month, d.year), "%d/%d/%d" % (d.day, d.month, d.year),
                "%d de %s de %d" % (d.day, MONTHS["es"][d.month - 1], d.year), "%02d-%02d-%d" % (d.day, d.month, d.year)]
    else:
        raise ValueError(loc)
    if style is not None:
        return opts[style % len(opts)]
    return r.choice(opts)


def make_ipv4(rng, private=False):
    r = rng
    if private:
        return r.choice(["10.%d.%d.%d" % (r.randint(0, 255), r.randint(0, 255), r.randint(2, 254)),
                         "192.168.%d.%d" % (r.choice([0, 1, 1, 2, 10, 178]), r.randint(2, 254)),
                         "172.%d.%d.%d" % (r.randint(16, 31), r.randint(0, 255), r.randint(2, 254))])
    while True:
        a = r.choice([31, 37, 46, 62, 77, 78, 81, 83, 84, 85, 88, 89, 90, 91, 94, 95, 109, 130, 141, 145, 151, 176, 178, 185,
                      188, 193, 194, 203, 212, 213, 217, 24, 50, 66, 67, 68, 71, 73, 98, 99, 101, 110, 120, 124, 139, 144, 150,
                      159, 180, 202])
        return "%d.%d.%d.%d" % (a, r.randint(0, 255), r.randint(0, 255), r.randint(1, 254))


def make_ipv6(rng):
    r = rng
    pre = r.choice(["2a02:%x" % r.randint(0x100, 0xfff), "2a01:%x" % r.randint(0x100, 0xfff), "2001:%x" % r.randint(0x4000, 0xfff0),
                    "2600:%x" % r.randint(0x1000, 0xffff), "2406:%x" % r.randint(0x3000, 0xffff), "2a00:%x" % r.randint(0x1000, 0xffff)])
    groups = ["%x" % r.randint(0, 0xffff) for _ in range(6)]
    if r.random() < 0.45:
        k = r.randint(1, 3)
        return pre + ":" + ":".join(groups[:k]) + "::" + ":".join(groups[-r.randint(1, 2):])
    return pre + ":" + ":".join(groups)


ALNUM = string.ascii_letters + string.digits
UPNUM = string.ascii_uppercase + string.digits
HEX = "0123456789abcdef"


def rs(rng, n, alphabet=ALNUM):
    while True:
        s = "".join(rng.choice(alphabet) for _ in range(n))
        if alphabet is not ALNUM or (any(c.isdigit() for c in s) and any(c.isupper() for c in s) and any(c.islower() for c in s)):
            return s


def make_jwt(rng):
    r = rng
    hdr = r.choice([{"alg": "HS256", "typ": "JWT"}, {"alg": "RS256", "typ": "JWT", "kid": rs(r, 16, HEX)},
                    {"typ": "JWT", "alg": "ES256"}, {"alg": "RS256", "kid": rs(r, 10, ALNUM)}])
    iat = r.randint(1700000000, 1760000000)
    pl = r.choice([{"sub": "usr_" + rs(r, 12, ALNUM), "iat": iat, "exp": iat + 3600},
                   {"iss": "https://auth.%s/" % r.choice(["tallyhook.io", "klickkasse.de", "facturalia.io", "kassaflodet.io"]),
                    "sub": str(r.randint(10000, 999999)), "aud": "api", "iat": iat, "exp": iat + 900, "scope": "read write"},
                   {"uid": r.randint(1000, 99999), "role": r.choice(["admin", "agent", "customer"]), "iat": iat}])
    h = b64url(json.dumps(hdr, separators=(",", ":")).encode())
    p = b64url(json.dumps(pl, separators=(",", ":")).encode())
    sig = b64url(bytes(r.getrandbits(8) for _ in range(r.choice([32, 32, 64]))))
    return h + "." + p + "." + sig


def make_pem(rng):
    r = rng
    kind = r.choice(["RSA PRIVATE KEY", "PRIVATE KEY", "OPENSSH PRIVATE KEY", "EC PRIVATE KEY"])
    nlines = {"RSA PRIVATE KEY": r.randint(12, 25), "PRIVATE KEY": r.randint(12, 26), "OPENSSH PRIVATE KEY": r.randint(6, 9),
              "EC PRIVATE KEY": 3}[kind]
    width = 70 if kind == "OPENSSH PRIVATE KEY" else 64
    start = {"RSA PRIVATE KEY": "MIIEowIBAAKCAQEA", "PRIVATE KEY": "MIIEvQIBADANBgkqhkiG9w0BAQEFAASC",
             "OPENSSH PRIVATE KEY": "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW",
             "EC PRIVATE KEY": "MHcCAQEEI"}[kind]
    b64 = string.ascii_letters + string.digits + "+/"
    body = start + "".join(r.choice(b64) for _ in range(nlines * width - len(start)))
    lines = [body[i:i + width] for i in range(0, len(body), width)]
    last = lines[-1][:r.randint(20, width - 4)]
    if len(last) % 4 == 1:
        last = last[:-1]
    lines[-1] = last + ("=" * (-len(last) % 4) if kind != "OPENSSH PRIVATE KEY" else "")
    return "-----BEGIN %s-----\n%s\n-----END %s-----" % (kind, "\n".join(lines), kind)


def make_secret(rng, kind):
    r = rng
    if kind == "aws_access_key":
        return r.choice(["AKIA", "AKIA", "ASIA"]) + rs(r, 16, string.ascii_uppercase + "234567")
    if kind == "aws_secret_key":
        return rs(r, 40, ALNUM + "+/")
    if kind == "stripe_secret":
        return r.choice(["sk_live_", "rk_live_"]) + rs(r, r.choice([24, 34, 99]))
    if kind == "github_token":
        return r.choice(["ghp_", "gho_", "ghs_"]) + rs(r, 36)
    if kind == "github_pat":
        return "github_pat_" + rs(r, 22, UPNUM + "abcdefghijklmnopqrstuvwxyz") + "_" + rs(r, 59)
    if kind == "gitlab_token":
        return "glpat-" + rs(r, 20, ALNUM + "-_")
    if kind == "slack_token":
        return r.choice(["xoxb-", "xoxp-"]) + str(r.randint(10 ** 10, 10 ** 12)) + "-" + str(r.randint(10 ** 11, 10 ** 13)) + "-" + rs(r, 24)
    if kind == "slack_webhook":
        return "https://hooks.slack.com/services/T%s/B%s/%s" % (rs(r, 8, UPNUM), rs(r, 10, UPNUM), rs(r, 24))
    if kind == "google_api_key":
        return "AIza" + rs(r, 35, ALNUM + "-_")
    if kind == "sendgrid":
        return "SG." + rs(r, 22, ALNUM + "-_") + "." + rs(r, 43, ALNUM + "-_")
    if kind == "twilio_auth_token":
        return rs(r, 32, HEX)
    if kind == "mailgun":
        return "key-" + rs(r, 32, HEX)
    if kind == "npm_token":
        return "npm_" + rs(r, 36)
    if kind == "openai_key":
        return "sk-proj-" + rs(r, 48, ALNUM + "-_") + "T3BlbkFJ" + rs(r, 48, ALNUM + "-_")
    if kind == "api_key_hex":
        return rs(r, 32, HEX)
    if kind == "bearer":
        return rs(r, r.choice([32, 40, 48]), ALNUM + "-_.")
    if kind == "basic_auth":
        return base64.b64encode(("%s:%s" % (r.choice(["api", "admin", "deploy", "shop"]), rs(r, 14))).encode()).decode()
    if kind == "jwt":
        return make_jwt(r)
    if kind == "pem_private_key":
        return make_pem(r)
    if kind == "url_credentials":
        user = r.choice(["deploy", "app", "admin", "svc_sync", "reporting", "ftpuser"])
        pw = rs(r, r.randint(10, 18), ALNUM + "!*-_")
        return r.choice([
            "https://%s:%s@git.%s/%s.git" % (user, pw, r.choice(["example-host.de", "codeforge.se", "repohaus.net"]), r.choice(["shop/frontend", "ops/infra", "integrations"])),
            "postgres://%s:%s@db-%s.internal:5432/%s" % (user, pw, r.choice(["prod", "eu1", "main"]), r.choice(["orders", "crm", "billing"])),
            "mysql://%s:%s@%s:3306/shop" % (user, pw, r.choice(["mysql.hostingbox.es", "db.stallet.se", "sql.webraum.de"])),
            "ftp://%s:%s@ftp.%s/upload/" % (user, pw, r.choice(["lagerdata.se", "druckerei-sonne.de", "ficheros.es"])),
            "amqp://%s:%s@mq.%s:5672/%%2F" % (user, pw, r.choice(["tallyhook.io", "pipewren.dev"])),
            "redis://:%s@cache-01.%s:6379/0" % (pw, r.choice(["internal", "prod.local"]))])
    if kind == "url_token_reset":
        return "https://%s/%s?%s=%s" % (r.choice(["app.tallyhook.io", "konto.fjallbo.se", "mein.paketwerk.de", "clientes.cobaltoseguros.es",
                                                  "account.brightwater.co.uk", "my.lumora.com.au", "mitt.hemforsakra.se", "kundenportal.vk-nord.de"]),
                                       r.choice(["reset-password", "auth/reset", "passwort-zuruecksetzen", "restablecer-contrasena", "aterstall-losenord"]),
                                       r.choice(["token", "token", "t", "reset_token"]), rs(r, r.choice([32, 40, 43, 64]), ALNUM + "-_"))
    if kind == "url_token_phish":
        return "https://%s/%s?id=%s&token=%s" % (r.choice(["secure-verify-account.com", "support-billing-update.net", "kundservice-verifiera.info",
                                                           "konto-sicherheit24.com", "atencion-clientes-seguro.com"]),
                                                 r.choice(["login", "verify", "confirm", "redelivery"]), rand_digits(r, 6), rs(r, 40, ALNUM))
    if kind == "url_token":
        choice = r.randrange(5)
        if choice == 0:
            amz_date = "2024%02d%02dT%02d%02d%02dZ" % (r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59))
            return ("https://%s.s3.%s.amazonaws.com/%s?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=%s%%2F%s%%2F%s%%2Fs3%%2Faws4_request"
                    "&X-Amz-Date=%s&X-Amz-Expires=%d&X-Amz-SignedHeaders=host&X-Amz-Signature=%s") % (
                r.choice(["exports-prod", "invoices-eu", "customer-uploads"]), r.choice(["eu-north-1", "eu-central-1", "us-east-1"]),
                r.choice(["2024/report.csv", "inv/%d.pdf" % r.randint(10000, 99999), "tmp/export_%d.zip" % r.randint(100, 999)]),
                "AKIA" + rs(r, 16, string.ascii_uppercase + "234567"), amz_date[:8], r.choice(["eu-north-1", "eu-central-1", "us-east-1"]),
                amz_date, r.choice([900, 3600, 86400, 604800]), rs(r, 64, HEX))
        if choice == 1:
            return "https://%s/%s?token=%s" % (r.choice(["app.tallyhook.io", "konto.fjallbo.se", "mein.paketwerk.de", "clientes.cobaltoseguros.es",
                                                         "account.brightwater.co.uk", "my.lumora.com.au"]),
                                               r.choice(["reset-password", "auth/magic-link", "verify-email", "passwort-vergessen", "restablecer"]),
                                               rs(r, r.choice([32, 40, 43]), ALNUM + "-_"))
        if choice == 2:
            return "https://%s.blob.core.windows.net/%s?sv=2022-11-02&ss=b&srt=sco&sp=rl&se=2024-%02d-%02dT%02d:00:00Z&st=2024-01-01T00:00:00Z&spr=https&sig=%s" % (
                r.choice(["stexportsweu", "kundfiler", "backupsprod"]), r.choice(["exports/latest.csv", "invoices", "uploads/img_2291.jpg"]),
                r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), rs(r, 43, ALNUM + "%") + "%3D")
        if choice == 3:
            return "https://%s/download?file=%s&expires=%d&sig=%s" % (r.choice(["files.quillpad.app", "dl.kassaflodet.io", "share.terminfuchs.de"]),
                                                                      r.choice(["backup.zip", "rapport.pdf", "Rechnung.pdf"]), r.randint(1700000000, 1760000000), rs(r, 40, HEX))
        return make_secret(r, "slack_webhook")
    raise ValueError(kind)


def make_password(rng, lang):
    r = rng
    w = r.choice(PASSWORD_WORDS[lang])
    return r.choice([
        w + str(r.randint(1, 2025)) + r.choice("!?#&*%$"),
        w.lower() + r.choice(["_", ".", "-"]) + str(r.randint(10, 99)) + r.choice(["", "!", "#"]),
        rs(r, r.randint(10, 16), ALNUM + "!#%&*?"),
        r.choice("!#") + w + str(r.randint(100, 999)),
        w[:4] + str(r.randint(1000, 9999)) + w[4:].upper(),
    ])


def amount_str(rng, loc, lo=5, hi=2500):
    r = rng
    v = r.randint(lo * 100, hi * 100) / 100
    if r.random() < 0.4:
        v = float(int(v))
    if loc in ("se",):
        iv = int(round(v))
        s = "{:,}".format(iv).replace(",", " ")
        return r.choice(["%s kr" % s, "%s:-" % s, "SEK %s" % s, "%s,00 kr" % s])
    if loc in ("de",):
        s = "{:,.2f}".format(v).replace(",", "X").replace(".", ",").replace("X", ".")
        return r.choice(["%s €" % s, "%s EUR" % s, "€ %s" % s, "%s€" % s])
    if loc in ("es",):
        s = "{:,.2f}".format(v).replace(",", "X").replace(".", ",").replace("X", ".")
        return r.choice(["%s €" % s, "%s€" % s, "%s euros" % s, "%s EUR" % s])
    if loc == "uk":
        return r.choice(["£%.2f" % v, "£{:,.2f}".format(v), "GBP %.2f" % v])
    if loc == "au":
        return r.choice(["$%.2f" % v, "A$%.2f" % v, "AUD {:,.2f}".format(v), "${:,.2f}".format(v)])
    return r.choice(["$%.2f" % v, "${:,.2f}".format(v), "USD %.2f" % v, "US$%.2f" % v])


def safe_num(rng, n, first="123456789"):
    """n random digits; never a Luhn-valid 13-19 digit number starting 2-6."""
    while True:
        s = rng.choice(first) + rand_digits(rng, n - 1)
        if not (13 <= n <= 19 and s[0] in "23456" and luhn_ok(s)):
            return s


def make_negative(c, kind, **kw):
    r = c.rng
    loc, lang = c.loc, c.lang
    if kind == "order_number":
        return r.choice([safe_num(r, r.choice([6, 7, 8, 9])), "#" + safe_num(r, r.choice([5, 6, 7])),
                         "SO-%d-%05d" % (r.randint(2023, 2025), r.randint(1, 99999)), "%s%s-%s" % (r.choice(["A", "W", "B"]), safe_num(r, 3), safe_num(r, 4)),
                         "%d-%s" % (r.randint(100, 999), safe_num(r, 7)), "ORD" + safe_num(r, 8)])
    if kind == "invoice_number":
        return r.choice(["INV-%d-%04d" % (r.randint(2023, 2025), r.randint(1, 9999)), "RE%s" % safe_num(r, 8), "F%d/%05d" % (r.randint(2023, 2025), r.randint(1, 99999)),
                         "%d%s" % (r.randint(2023, 2025), safe_num(r, 6)), "FAC-" + safe_num(r, 6), safe_num(r, 7)])
    if kind == "ticket_number":
        return r.choice(["#" + safe_num(r, r.choice([5, 6])), "HD-" + safe_num(r, 6), "%d-%s" % (r.randint(2023, 2025), safe_num(r, 6)),
                         "CS" + safe_num(r, 7), "[#%s]" % safe_num(r, 6), "INC" + safe_num(r, 7)])
    if kind == "customer_number":
        return r.choice([safe_num(r, r.choice([6, 7, 8, 10])), "K-" + safe_num(r, 6), "C" + safe_num(r, 8), "%s-%s" % (safe_num(r, 3), safe_num(r, 5)),
                         "KD%s" % safe_num(r, 7), "CLI-%s" % safe_num(r, 6)])
    if kind == "tracking_number":
        d8 = rand_digits(r, 8)
        s10 = r.choice(["RR", "UA", "LX", "CP", "RB", "EE"]) + d8 + str(s10_check(d8)) + {"se": "SE", "de": "DE", "es": "ES", "uk": "GB", "au": "AU", "us": "US"}[loc]
        return r.choice([s10, s10, "00340" + safe_num(r, 15, "0123456789"), "1Z" + rs(r, 6, UPNUM) + safe_num(r, 10, "0123456789"),
                         "JJD" + safe_num(r, 18, "0"), "9400 1%s %s %s %s %s" % (rand_digits(r, 3), rand_digits(r, 4), rand_digits(r, 4), rand_digits(r, 4), rand_digits(r, 2)),
                         "PQ%s%s" % (rs(r, 3, UPNUM), safe_num(r, 12, "0123456789")), "33%s%s" % (rs(r, 3, string.ascii_uppercase), safe_num(r, 7))])
    if kind == "version":
        return r.choice(["v%d.%d.%d" % (r.randint(1, 6), r.randint(0, 24), r.randint(0, 30)), "%d.%d.%d" % (r.randint(1, 18), r.randint(0, 12), r.randint(0, 40)),
                         "%d.%d" % (r.randint(1, 17), r.randint(0, 9)), "v%d.%d" % (r.randint(1, 5), r.randint(0, 20)),
                         "%d.%d.%d-beta.%d" % (r.randint(0, 4), r.randint(0, 9), r.randint(0, 9), r.randint(1, 5))])
    if kind == "build_number":
        return r.choice(["10.0.%d.%d" % (r.choice([19045, 22621, 22631, 26100]), r.randint(1000, 5000)),
                         "%d.%d.%d.%d" % (r.randint(1, 9), r.randint(0, 30), r.randint(0, 9), r.randint(100, 9999)),
                         "%d.%d.%d.%d" % (r.randint(100, 131), 0, r.randint(4000, 6800), r.randint(10, 200)),
                         "%d.%d.%d (%d)" % (r.randint(3, 9), r.randint(0, 20), r.randint(0, 9), r.randint(1000, 99999))])
    if kind == "timestamp":
        d = rand_date(r, 2023, 2025)
        hh, mm, ss = r.randint(0, 23), r.randint(0, 59), r.randint(0, 59)
        if kw.get("iso"):
            return "%d-%02d-%02dT%02d:%02d:%02d%s" % (d.year, d.month, d.day, hh, mm, ss, r.choice(["Z", ".%03dZ" % r.randint(0, 999), "+01:00", "+02:00"]))
        opts = ["%d-%02d-%02d %02d:%02d:%02d" % (d.year, d.month, d.day, hh, mm, ss),
                "%d-%02d-%02dT%02d:%02d:%02dZ" % (d.year, d.month, d.day, hh, mm, ss)]
        if loc == "de":
            opts.append("%02d.%02d.%d %02d:%02d" % (d.day, d.month, d.year, hh, mm))
        elif loc in ("uk", "au", "es"):
            opts.append("%02d/%02d/%d %02d:%02d" % (d.day, d.month, d.year, hh, mm))
        elif loc == "us":
            opts.append("%02d/%02d/%d %d:%02d %s" % (d.month, d.day, d.year, (hh % 12) or 12, mm, "AM" if hh < 12 else "PM"))
        else:
            opts.append("%d-%02d-%02d %02d.%02d" % (d.year, d.month, d.day, hh, mm))
        return r.choice(opts)
    if kind == "date":
        d = kw.get("d") or rand_date(r, 2023, 2025)
        return fmt_date(r, d, loc, style=r.choice([0, 1]) if c.nn else None)
    if kind == "time":
        hh, mm = r.randint(7, 19), r.choice([0, 0, 15, 30, 45, r.randint(0, 59)])
        if c.nn:
            return "%02d:%02d" % (hh, mm)
        if loc == "us" or (loc in ("uk", "au") and r.random() < 0.5):
            return r.choice(["%d:%02d%s" % ((hh % 12) or 12, mm, "am" if hh < 12 else "pm"), "%d:%02d %s" % ((hh % 12) or 12, mm, "AM" if hh < 12 else "PM"),
                             "%d%s" % ((hh % 12) or 12, "am" if hh < 12 else "pm")])
        if lang == "sv" or loc == "se":
            return r.choice(["%02d:%02d" % (hh, mm), "%d.%02d" % (hh, mm)])
        if lang == "de" or loc == "de":
            return r.choice(["%02d:%02d" % (hh, mm), "%d:%02d Uhr" % (hh, mm), "%d Uhr" % hh])
        return r.choice(["%02d:%02d" % (hh, mm), "%d:%02d" % (hh, mm), "%02d.%02d h" % (hh, mm)])
    if kind == "amount":
        return amount_str(r, loc, kw.get("lo", 5), kw.get("hi", 2500))
    if kind == "percentage":
        v = r.choice([str(r.randint(1, 99)), "%d.%d" % (r.randint(0, 99), r.randint(0, 9))])
        if "." in v and lang != "en":
            v = v.replace(".", ",")
        return v + r.choice(["%", " %", "%"])
    if kind == "luhn_invalid_card":
        d = luhn_invalid_16(r)
        return r.choice([d, " ".join(d[i:i + 4] for i in range(0, 16, 4))])
    if kind == "uuid":
        h = rs(r, 32, HEX)
        u = "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], r.choice("89ab"), h[17:20], h[20:32])
        return u.upper() if r.random() < 0.15 else u
    if kind == "git_sha":
        h = rs(r, 40, HEX)
        return h if r.random() < 0.5 else h[:r.choice([7, 8, 10, 12])]
    if kind == "mac_address":
        b = [r.randint(0, 255) for _ in range(6)]
        b[0] &= 0xFC
        sep = r.choice([":", "-", ":"])
        s = sep.join("%02x" % x for x in b)
        return s.upper() if r.random() < 0.5 else s
    if kind == "error_code":
        return r.choice(["0x%08X" % r.choice([0x80070005, 0x800F0922, 0x80004005, 0xC1900101, 0x8024A105]), "E%d" % r.randint(100, 9999),
                         "ERR_%s" % r.choice(["CONNECTION_RESET", "CERT_DATE_INVALID", "TOO_MANY_REDIRECTS", "NAME_NOT_RESOLVED"]),
                         "HTTP %d" % r.choice([400, 401, 403, 404, 409, 422, 429, 500, 502, 503, 504]),
                         r.choice(["card_declined", "insufficient_funds", "invalid_grant", "rate_limit_exceeded", "SSL_ERROR_BAD_CERT_DOMAIN"]),
                         "Fehlercode %d" % r.randint(10, 999) if lang == "de" else "error %d" % r.randint(1000, 65535), "F%02d" % r.randint(1, 99)])
    if kind == "hex_colour":
        return "#" + rs(r, 6, "0123456789ABCDEF" if r.random() < 0.5 else HEX)
    if kind == "file_size":
        unit = r.choice(["KB", "MB", "MB", "MB", "GB"])
        if unit == "KB":
            v, unit = "%d" % r.randint(12, 980), r.choice(["KB", "kB", "KB"])
        elif unit == "MB":
            v, unit = "%d.%d" % (r.randint(1, 48), r.randint(0, 9)), r.choice(["MB", "MB", "MiB"])
        else:
            v = "%d.%d" % (r.randint(1, 4), r.randint(0, 9))
        if loc in ("se", "de", "es") and "." in v:
            v = v.replace(".", ",")
        return v + r.choice([" ", " ", ""]) + unit
    if kind == "product_name":
        return r.choice(PRODUCTS[kw.get("group", r.choice(["saas", "device"]))])
    if kind == "team_name":
        return r.choice(TEAMS[lang])
    if kind == "company_name":
        return kw.get("name") or r.choice(CUST_COMPANIES[lang])[0]
    if kind == "job_title":
        t = r.choice(JOB_TITLES[lang])
        if isinstance(t, tuple):
            g = kw.get("gender") or r.choice("mf")
            t = t[1] if g == "f" else t[0]
        return t
    if kind == "city":
        pool = {"se": SE_CITIES, "de": DE_CITIES, "es": ES_CITIES, "uk": UK_CITIES, "au": AU_SUBURBS, "us": US_CITIES}[kw.get("loc", loc)]
        return r.choice(pool)[0]
    if kind == "placeholder_secret":
        return r.choice(["YOUR_API_KEY", "<your-token>", "${API_TOKEN}", "REPLACE_ME", "<API_SECRET>", "sk_live_XXXXXXXXXXXXXXXX",
                         "your-secret-here", "Bearer <token>", "$API_KEY", "<YOUR_ACCESS_TOKEN>"])
    if kind == "masked_card":
        last4 = rand_digits(r, 4)
        return r.choice(["**** **** **** " + last4, "**** " + last4, "XXXX-XXXX-XXXX-" + last4, "•••• " + last4, "************" + last4,
                         "xxxx xxxx xxxx " + last4])
    raise ValueError(kind)

# ============================================================================
# Shared ticket parts: greetings, sign-offs, signatures, quoted replies
# ============================================================================

def company_pool(loc):
    """Customer-side companies that fit a locale (by language, and by TLD for English)."""
    pool = CUST_COMPANIES[LOC_LANG[loc]]
    if loc in ("uk", "au", "us"):
        tld = {"uk": ".co.uk", "au": ".com.au", "us": ".com"}[loc]
        fit = [x for x in pool if x[1].endswith(tld) and not (loc == "us" and x[1].endswith(".com.au"))]
        pool = fit or pool
    return pool


def set_company(c, sector):
    lang = c.lang
    c.company_name, c.company_domain = c.pick(COMPANIES[lang][sector])
    c.sector = sector
    if lang != "en":
        aloc = c.loc
    elif c.company_domain.endswith(".co.uk") or c.company_domain.endswith(".org.uk"):
        aloc = "uk"
    elif c.company_domain.endswith(".au"):
        aloc = "au"
    elif c.company_domain.endswith(".nz"):
        aloc = "au"
    else:
        aloc = c.loc if c.loc in ("uk", "au", "us") else "us"
    c.agent = c.person(loc=aloc)
    return c.company_name


def greet(c, agent=None, formal=None):
    """Greeting line addressed to the helpdesk (team/company/agent) or plain."""
    r = c.rng
    lang = c.lang
    mode = r.choices(["plain", "team", "company", "agent"], [45, 25, 12, 18 if agent else 0])[0]
    if mode == "agent" and agent is not None:
        a = agent
        if formal is None:
            formal = r.random() < (0.5 if lang in ("de",) else 0.25)
        if formal:
            title = {"en": {"f": ["Ms", "Mrs"], "m": ["Mr"]}, "sv": {"f": ["Hej"], "m": ["Hej"]},
                     "de": {"f": ["Sehr geehrte Frau", "Guten Tag Frau", "Hallo Frau"], "m": ["Sehr geehrter Herr", "Guten Tag Herr", "Hallo Herr"]},
                     "es": {"f": ["Estimada Sra.", "Buenos días, Sra."], "m": ["Estimado Sr.", "Buenos días, Sr."]}}[lang][a.gender]
            t = r.choice(title)
            if lang == "en":
                return c.P("Dear " + t + " {n},", n=c.name(a, "last", "agent"))
            if lang == "sv":
                return c.P("Hej {n}!", n=c.name(a, "full", "agent"))
            return c.P(t + " {n}" + (":" if lang == "es" else ","), n=c.name(a, "last", "agent"))
        t = c.tr(en=["Hi {n},", "Hello {n},", "Dear {n},", "Hi {n}", "Thanks {n},"], sv=["Hej {n}!", "Hej {n},", "Hejsan {n}", "Tack {n}!"],
                 de=["Hallo {n},", "Liebe{e} {n},", "Hi {n},", "Guten Morgen {n},"], es=["Hola {n},", "Hola {n}:", "Buenos días {n},", "Gracias, {n}."])
        t = t.replace("{e}", "" if a.gender == "f" else "r")
        return c.P(t, n=c.name(a, "first", "agent"))
    if mode == "team":
        t = c.tr(en=["Hi {t},", "Hello {t},", "Dear {t},", "Hi {t}"], sv=["Hej {t}!", "Hej {t},", "Till {t}:"],
                 de=["Hallo {t},", "Liebes {t},", "Guten Tag liebes {t},"], es=["Hola {t},", "Hola {t}:", "Estimado {t}:"])
        team = c.neg("team_name")
        if lang == "de" and t.startswith("Liebes") and team.v in ("Buchhaltung", "Kundenbetreuung", "Kundenservice"):
            t = "Hallo {t},"
        return c.P(t, t=team)
    if mode == "company" and c.company_name:
        t = c.tr(en=["Dear {co},", "Hi {co} team,", "Hello {co},"], sv=["Hej {co}!", "Hej {co},"],
                 de=["Hallo {co}-Team,", "Liebes {co}-Team,", "Hallo {co},"], es=["Hola {co},", "Buenas, {co}:"])
        return c.P(t, co=c.neg("company_name", name=c.company_name))
    en_plain = ["Hi,", "Hello,", "Hi there,", "Good morning,", "Dear Sir or Madam,", "To whom it may concern,", "Hey,"]
    if c.loc == "au":
        en_plain += ["G'day,", "Hi guys,"]
    elif c.loc == "uk":
        en_plain += ["Hiya,", "Good afternoon,"]
    elif c.loc == "us":
        en_plain += ["Hi folks,", "Hello there,"]
    t = c.tr(en=en_plain, en_nn=["Hello,", "Dear Sir/Madam,", "Hi,", "Good day,", "Hello together,"],
             sv=["Hej!", "Hej,", "Hej hej,", "Hallå,", "God morgon,", "Hejsan!", "Hej.", "Till er som jobbar med detta:"],
             de=["Hallo,", "Guten Tag,", "Sehr geehrte Damen und Herren,", "Moin,", "Hallo zusammen,", "Guten Morgen,", "Servus,"],
             es=["Hola,", "Buenos días,", "Buenas tardes:", "Estimados señores:", "Hola buenas,", "A quien corresponda:", "Buenas,"])
    return c.P(t)


SIGNOFFS = {
    "en": [("Thanks,\n", "first"), ("Thanks\n", "first"), ("Kind regards,\n", "full"), ("Cheers,\n", "first"),
           ("Regards,\n", "full"), ("Best,\n", "first"), ("Many thanks,\n", "full"), ("Thank you,\n", "full"),
           ("Thanks in advance,\n", "first"), ("Best wishes,\n", "full"), ("— ", "first")],
    "en_uk": [("Ta,\n", "first"), ("Kind regards\n", "full"), ("Many thanks\n", "first"), ("Best regards,\n", "full")],
    "en_au": [("Cheers\n", "first"), ("Thanks heaps,\n", "first"), ("Ta\n", "first"), ("Kind regards,\n", "full")],
    "en_us": [("Sincerely,\n", "full"), ("Best,\n", "full"), ("Thanks!\n", "first"), ("Thank you,\n", "full")],
    "en_nn": [("Best regards\n", "full"), ("Thank you in advance\n", "full"), ("Greetings\n", "first"), ("Kind regards,\n", "full"),
              ("With best regards,\n", "full"), ("Many greetings\n", "first")],
    "sv": [("Mvh\n", "full"), ("Med vänlig hälsning\n", "full"), ("Vänliga hälsningar\n", "first"), ("Hälsningar,\n", "first"),
           ("/", "first"), ("Tack på förhand!\n", "first"), ("MVH ", "full"), ("Ha det bra!\n", "first"), ("Tack!\n/", "first"),
           ("Med vänliga hälsningar\n", "full"), ("Mvh ", "first")],
    "de": [("Viele Grüße\n", "first"), ("Mit freundlichen Grüßen\n", "full"), ("Beste Grüße,\n", "full"), ("LG ", "first"),
           ("Gruß\n", "full"), ("Danke und Gruß\n", "first"), ("MfG\n", "full"), ("Liebe Grüße\n", "first"), ("VG ", "first"),
           ("Freundliche Grüße\n", "full"), ("Mit freundlichen Grüßen\n\n", "full")],
    "es": [("Saludos,\n", "first"), ("Un saludo,\n", "full"), ("Gracias,\n", "first"), ("Atentamente,\n", "full"),
           ("Un abrazo,\n", "first"), ("Muchas gracias de antemano.\n", "full"), ("Saludos cordiales,\n", "full"),
           ("Gracias!! ", "first"), ("Un saludo.\n", "first"), ("Quedo a la espera de su respuesta.\nAtentamente,\n", "full")],
}

MOBILE_FOOTERS = {
    "en": ["Sent from my iPhone", "Sent from my Galaxy", "Get Outlook for Android", "Sent from my iPad", "Sent from Yahoo Mail on Android"],
    "sv": ["Skickat från min iPhone", "Skickat från Outlook för Android", "Skickat från min Samsung Galaxy-smartphone."],
    "de": ["Von meinem iPhone gesendet", "Gesendet von meinem Samsung Galaxy", "Von Outlook für Android gesendet", "Gesendet mit der WEB.DE Mail App"],
    "es": ["Enviado desde mi iPhone", "Enviado desde mi smartphone Huawei", "Obtener Outlook para Android", "Enviado desde mi Xiaomi"],
}


def signoff(c, p, sub="requester", form=None, extra=None, as_sig=False):
    r = c.rng
    lang = c.lang
    pool = list(SIGNOFFS[lang])
    if lang == "en":
        key = "en_nn" if c.nn else "en_" + c.loc
        pool = pool + SIGNOFFS[key] * 2
    text, f = r.choice(pool)
    if form:
        f = form
    elif r.random() < 0.07:
        f = "folded" if fold_ascii(p.full) != p.full else "full"
    elif r.random() < 0.04:
        f = "lower"
    if text.endswith("\n\n") and not c.html:
        text = text[:-1]
    segs = [T(text), c.name(p, f, sub)]
    if extra:
        segs += extra
    c.add(Sig(segs, dash=False) if as_sig else Para(segs))


def mobile_footer(c):
    c.P(c.pick(MOBILE_FOOTERS[c.lang]))


def contact_lines(c, p, phone=True, email=False, address=False):
    segs = []
    lab = {"en": ("Phone: ", "Mob: ", "Mobile: ", "Ph: ", "M: "), "sv": ("Tel: ", "Mobil: ", "Tfn ", "Mob. "),
           "de": ("Tel.: ", "Mobil: ", "Handy: ", "Tel. "), "es": ("Tel.: ", "Móvil: ", "Tlf: ", "Teléfono: ")}[c.lang]
    if phone:
        segs += [T("\n" + c.pick(lab)), c.phone_seg(p)]
    if email:
        segs += [T("\n"), c.email(p)]
    if address:
        seg, _ = c.address(p.loc, "multi")
        segs += [T("\n"), seg]
    return segs


def biz_sig(c, p, company=None, domain=None, sub="requester", loc=None, phones=2, address=True, email=True):
    """A business e-mail signature block."""
    r = c.rng
    loc = loc or p.loc
    lang = LOC_LANG[loc] if c.lang != "en" else "en"
    if company is None:
        company, domain = r.choice(company_pool(loc))
    segs = [c.name(p, "full", sub), T("\n"), c.neg("job_title", gender=p.gender) if lang == c.lang else T(""),
            T("\n" if lang == c.lang else ""), c.neg("company_name", name=company)]
    lbl = {"en": [("T: ", "M: "), ("Tel: ", "Mobile: "), ("Office ", "Mob "), ("P ", "M "), ("Direct: ", "Cell: ")],
           "sv": [("Tel: ", "Mobil: "), ("Växel: ", "Direkt: "), ("Tfn ", "Mob ")],
           "de": [("Tel.: ", "Mobil: "), ("Telefon ", "Mobil "), ("T ", "M "), ("Fon: ", "Fax: ")],
           "es": [("Tel.: ", "Móvil: "), ("T. ", "M. "), ("Teléfono: ", "Móvil: ")]}[c.lang]
    a, b = r.choice(lbl)
    sep = r.choice(["\n", " | ", "  ·  "])
    if phones >= 1:
        segs += [T("\n" + a), c.phone_seg(loc=loc, kind="office", sub="office", tel=r.random() < 0.3)]
    if phones >= 2:
        if b.startswith("Fax"):
            segs += [T(sep + b), c.phone_seg(loc=loc, kind="landline", sub="fax")]
        else:
            segs += [T(sep + b), c.phone_seg(p, kind="mobile", sub="mobile", tel=r.random() < 0.3)]
    if phones >= 3:
        segs += [T(sep + c.tr(en="Fax: ", sv="Fax: ", de="Fax: ", es="Fax: ")), c.phone_seg(loc=loc, kind="landline", sub="fax")]
    if email:
        we = c.work_email(p, domain)
        if r.random() < 0.2:
            # written so that address harvesters miss it, as some signatures and imprints do
            local, dom = we.v.split("@")
            we = L(r.choice(["%s(at)%s", "%s [at] %s", "%s[at]%s"]) % (local, dom if r.random() < 0.6 else dom.replace(".", "(dot)" if r.random() < 0.5 else " [dot] ")),
                   "email", "obfuscated")
        segs += [T("\n" + r.choice(["", "E: ", "E-Mail: " if c.lang == "de" else "Email: ", "✉ "])), we]
    if address:
        seg, _ = c.address(loc, "one" if r.random() < 0.6 else "multi")
        segs += [T("\n"), seg]
    segs.append(T("\n" + r.choice(["www.", "https://www.", ""]) + domain))
    if r.random() < 0.25:
        if loc == "se":
            org = "556" + rand_digits(r, 3) + "-" + rand_digits(r, 4)
            segs += [T("\nOrg.nr "), N(org, "org_number")]
        elif loc == "de":
            segs += [T("\nUSt-IdNr.: "), N("DE" + rand_digits(r, 9), "vat_number"), T(" · Amtsgericht %s HRB " % r.choice(["Hamburg", "Köln", "München"])),
                     N(rand_digits(r, 5), "company_register")]
        elif loc == "es":
            segs += [T("\nCIF: "), N(r.choice("ABJ") + rand_digits(r, 8), "company_id")]
        elif loc == "uk":
            segs += [T("\nRegistered in England & Wales, company no. "), N("%08d" % r.randint(1000000, 14999999), "company_id")]
        elif loc == "au":
            segs += [T("\nABN "), c.natid("au_abn")]
        elif loc == "us":
            segs += [T("\nNMLS #"), N(rand_digits(r, 6), "company_id")] if r.random() < 0.3 else []
    if r.random() < 0.2:
        segs.append(T("\n\n" + c.tr(
            en=["This email and any attachments are confidential and intended solely for the addressee. If you have received it in error, please notify the sender and delete it.",
                "Please consider the environment before printing this email."],
            sv=["Detta e-postmeddelande kan innehålla konfidentiell information. Om du fått det av misstag, meddela avsändaren och radera det.",
                "Tänk på miljön innan du skriver ut detta mejl."],
            de=["Diese E-Mail enthält vertrauliche Informationen. Wenn Sie nicht der richtige Adressat sind, informieren Sie bitte sofort den Absender und vernichten Sie diese E-Mail.",
                "Bitte denken Sie an die Umwelt, bevor Sie diese E-Mail ausdrucken."],
            es=["Este mensaje y sus archivos adjuntos son confidenciales. Si lo ha recibido por error, por favor notifíquelo al remitente y elimínelo.",
                "Antes de imprimir este correo, piense si es necesario. Cuidemos el medio ambiente."])))
    c.add(Sig(segs, dash=r.random() < 0.3))


def agent_signature(c, agent, with_phone=None):
    r = c.rng
    segs = [c.name(agent, r.choice(["first", "first", "full"]), "agent")]
    segs += [T("\n" + c.tr(en=["Customer Support", "Customer Care Team", "Support"], sv=["Kundtjänst", "Kundservice"],
                           de=["Kundenservice", "Ihr Service-Team"], es=["Atención al Cliente", "Equipo de Soporte"]) + "\n"),
             c.neg("company_name", name=c.company_name)]
    if with_phone or (with_phone is None and r.random() < 0.4):
        loc = c.agent.loc
        segs += [T("\n"), c.phone_seg(loc=loc, kind="office", sub="office")]
    return segs


def thread_times(c, n):
    """n increasing (date, hour, minute) tuples for a mail thread, oldest first."""
    r = c.rng
    d = rand_date(c.rng, 2023, 2025)
    out = []
    for _ in range(n):
        out.append((d, r.randint(6, 22), r.randint(0, 59)))
        d = d + datetime.timedelta(days=r.choice([0, 1, 1, 2, 3, 5, 8]))
    for k in range(1, n):
        if out[k][0] == out[k - 1][0] and (out[k][1], out[k][2]) <= (out[k - 1][1], out[k - 1][2]):
            out[k] = (out[k][0], min(23, out[k - 1][1] + 1), out[k][2])
    return out


def header_date(c, when=None):
    """A quote-header timestamp in the ticket's language (negative)."""
    r = c.rng
    d, hh, mm = when or (rand_date(r, 2023, 2025), r.randint(6, 22), r.randint(0, 59))
    wd = d.weekday()
    lang = c.lang
    if lang == "en":
        if c.loc == "us":
            s = "%s, %s %d, %d at %d:%02d %s" % (WEEKDAYS["en"][wd], MONTHS["en"][d.month - 1][:3], d.day, d.year, (hh % 12) or 12, mm, "AM" if hh < 12 else "PM")
        else:
            s = "%s, %d %s %d at %02d:%02d" % (WEEKDAYS["en"][wd], d.day, MONTHS["en"][d.month - 1][:3], d.year, hh, mm)
    elif lang == "sv":
        s = "%s %d %s %d kl. %02d:%02d" % (WEEKDAYS["sv"][wd], d.day, MONTHS["sv"][d.month - 1], d.year, hh, mm)
    elif lang == "de":
        s = "%s, %d. %s %d um %02d:%02d" % (WEEKDAYS["de"][wd], d.day, MONTHS["de"][d.month - 1], d.year, hh, mm)
    else:
        s = "%s, %d %s %d a las %d:%02d" % (WEEKDAYS["es"][wd], d.day, MONTHS["es"][d.month - 1][:3], d.year, hh, mm)
    return N(s, "timestamp")


def outlook_date(c, when=None):
    r = c.rng
    d, hh, mm = when or (rand_date(r, 2023, 2025), r.randint(6, 22), r.randint(0, 59))
    wd = d.weekday()
    lang = c.lang
    if lang == "en":
        if c.loc == "us":
            s = "%s, %s %d, %d %d:%02d %s" % (WEEKDAYS["en_long"][wd], MONTHS["en"][d.month - 1], d.day, d.year, (hh % 12) or 12, mm, "AM" if hh < 12 else "PM")
        else:
            s = "%s, %d %s %d %02d:%02d" % (WEEKDAYS["en_long"][wd], d.day, MONTHS["en"][d.month - 1], d.year, hh, mm)
    elif lang == "sv":
        s = "den %d %s %d %02d:%02d" % (d.day, MONTHS["sv"][d.month - 1], d.year, hh, mm)
    elif lang == "de":
        s = "%s, %d. %s %d %02d:%02d" % (WEEKDAYS["de_long"][wd], d.day, MONTHS["de"][d.month - 1], d.year, hh, mm)
    else:
        s = "%s, %d de %s de %d %d:%02d" % (WEEKDAYS["es_long"][wd], d.day, MONTHS["es"][d.month - 1], d.year, hh, mm)
    return N(s, "timestamp")


def quote_header(c, style, sender, sender_email, to_segs=None, subject=None, sub="requester", when=None):
    """Header segments for a quoted / forwarded message."""
    r = c.rng
    lang = c.lang
    if style == "gt":
        name = c.name(sender, "full" if r.random() < 0.8 else "first", sub)
        if lang == "en":
            return c.segs("On {d}, {n} <{e}> wrote:" if c.loc != "us" or r.random() < 0.3 else "On {d} {n} <{e}> wrote:",
                          d=header_date(c, when), n=name, e=sender_email)
        if lang == "sv":
            return c.segs("Den {d} skrev {n} <{e}>:", d=header_date(c, when), n=name, e=sender_email)
        if lang == "de":
            return c.segs("Am {d} Uhr schrieb {n} <{e}>:", d=header_date(c, when), n=name, e=sender_email)
        return c.segs("El {d}, {n} (<{e}>) escribió:", d=header_date(c, when), n=name, e=sender_email)
    f = {"en": ("From:", "Sent:", "To:", "Subject:"), "sv": ("Från:", "Skickat:", "Till:", "Ämne:"),
         "de": ("Von:", "Gesendet:", "An:", "Betreff:"), "es": ("De:", "Enviado el:", "Para:", "Asunto:")}[lang]
    if style == "forward":
        f = {"en": ("From:", "Date:", "To:", "Subject:"), "sv": ("Från:", "Date:", "To:", "Subject:"),
             "de": ("Von:", "Date:", "To:", "Subject:"), "es": ("De:", "Date:", "To:", "Subject:")}[lang]
    bold = lambda s: R(s, ("<b>%s</b>" % esc(c, s)) if style == "outlook" else esc(c, s))
    lastfirst = style == "outlook" and r.random() < 0.45
    name = c.name(sender, "lastfirst" if lastfirst else "full", sub)
    segs = []
    if style == "forward":
        segs.append(T({"en": "---------- Forwarded message ---------\n", "sv": "---------- Vidarebefordrat meddelande ---------\n",
                       "de": "---------- Weitergeleitete Nachricht ---------\n", "es": "---------- Mensaje reenviado ---------\n"}[lang]))
    elif r.random() < 0.35 and not c.html:
        segs.append(T(r.choice(["-----Original Message-----\n", "________________________________\n"])))
    segs += [bold(f[0]), T(" "), name, T(" <"), sender_email, T(">\n"), bold(f[1]), T(" ")]
    segs.append(outlook_date(c, when) if style == "outlook" else header_date(c, when))
    if style == "forward":
        segs += [T("\n"), bold(f[3]), T(" " + (subject or "")), T("\n"), bold(f[2]), T(" ")]
        segs += to_segs or [T("")]
    else:
        segs += [T("\n"), bold(f[2]), T(" ")]
        segs += to_segs or [T("")]
        segs += [T("\n"), bold(f[3]), T(" " + (subject or ""))]
    return segs


def agent_reply_blocks(c, body_template, **slots):
    """The helpdesk's earlier reply, for quoting."""
    blocks = [Para(c.segs(c.tr(en=["Hi {n},", "Hello {n},", "Dear {n},"], sv=["Hej {n}!", "Hej {n},"],
                                de=["Hallo {n},", "Guten Tag {n},"], es=["Hola {n},", "Estimado/a {n}:"]),
                           n=c.name(c.requester, "first"))),
              Para(c.segs(body_template, **slots))]
    closing = c.tr(en=["Kind regards,\n", "Best wishes,\n", "Thanks,\n"], sv=["Vänliga hälsningar\n", "Mvh\n"],
                   de=["Freundliche Grüße\n", "Viele Grüße\n"], es=["Un saludo,\n", "Saludos cordiales,\n"])
    blocks.append(Para([T(closing)] + agent_signature(c, c.agent, with_phone=False)))
    return blocks


def quote_agent(c, body_template, style=None, subject=None, **slots):
    """Append the agent's earlier reply as a quoted message."""
    r = c.rng
    style = style or r.choice(["gt", "gt", "outlook"])
    role = c.role_email(c.company_domain)
    if style == "gt":
        hdr = quote_header(c, "gt", c.agent, role, sub="agent")
    else:
        hdr = quote_header(c, "outlook", c.agent, role, to_segs=[c.name(c.requester, "full"), T(" <"), c.email(c.requester), T(">")],
                           subject=subject or "", sub="agent")
    c.add(Quote(style, hdr, agent_reply_blocks(c, body_template, **slots)))


def subject_line(c, base):
    tn = c.neg("ticket_number")
    return [T(base + " "), tn] if c.rng.random() < 0.5 else [T(base)]

# ============================================================================
# Scenarios (part 1: orders, deliveries, money)
# ============================================================================

SCENARIOS = []


def scenario(name, weight=1.0):
    def deco(fn):
        SCENARIOS.append((name, weight, fn))
        return fn
    return deco


def items(c):
    return ITEMS[c.lang]


@scenario("delivery_late", 1.3)
def sc_delivery_late(c):
    set_company(c, c.pick(["retail", "logistics"]))
    p = c.requester_setup(c.person())
    greet(c, c.agent)
    c.P(c.tr(
        en=["I ordered {item} on {d1} (order {o}) and it still hasn't turned up. Tracking number {t} has said \"in transit\" since {d2}.",
            "My order {o} was supposed to arrive by {d1} but there's no sign of it. The tracking ({t}) hasn't updated since {d2}."],
        en_nn=["I have ordered {item} at {d1}, order number {o}, but nothing is arrived until now. Tracking {t} say only \"in transit\" since {d2}.",
               "My package with order {o} was promised for {d1} but I still not received it. Tracking number is {t}, last update {d2}."],
        sv=["Jag beställde {item} den {d1} (ordernr {o}) men paketet har fortfarande inte kommit. Spårningsnumret {t} har stått på \"under transport\" sedan {d2}.",
            "Min order {o} skulle levereras senast {d1} men inget har hänt. Kollinummer {t}, senaste händelse {d2}."],
        de=["ich habe am {d1} {item} bestellt (Bestellnummer {o}), aber die Lieferung ist immer noch nicht da. Die Sendungsverfolgung {t} zeigt seit {d2} nur \"in Zustellung\".",
            "meine Bestellung {o} sollte bis {d1} ankommen, ist aber nicht da. Sendungsnummer {t}, letzter Status vom {d2}."],
        es=["El {d1} hice un pedido de {item} (nº de pedido {o}) y todavía no me ha llegado. El número de seguimiento {t} pone \"en tránsito\" desde el {d2}.",
            "Mi pedido {o} tenía que llegar el {d1} y no sé nada. El seguimiento ({t}) no se actualiza desde el {d2}."]),
        item=c.pick(items(c)), d1=c.neg("date"), d2=c.neg("date"), o=c.neg("order_number"), t=c.neg("tracking_number"))
    addr, _ = c.address(p.loc, "one")
    if c.chance(0.5):
        c.P(c.tr(en=["The delivery address is {a}. You can reach me on {ph} during the day."],
                 en_nn=["Address for delivery is {a}, my phone {ph}."],
                 sv=["Leveransadressen är {a}. Ni når mig på {ph} dagtid.", "Adressen är {a} och mitt nummer är {ph}."],
                 de=["Lieferadresse: {a}. Tagsüber bin ich unter {ph} erreichbar.", "Die Adresse ist {a}, Handy {ph}."],
                 es=["La dirección de entrega es {a}. Me podéis llamar al {ph}.", "Dirección: {a}. Mi móvil es el {ph}."]),
            a=addr, ph=c.phone_seg(p))
    else:
        c.P(c.tr(en=["It's going to {a}. Neighbours at number {n} are happy to take it if I'm out."],
                 sv=["Den ska till {a}. Grannen kan ta emot om jag inte är hemma."],
                 de=["Lieferung an {a}. Falls ich nicht da bin, gerne beim Nachbarn abgeben."],
                 es=["Se envía a {a}. Si no estoy, se puede dejar al portero."]),
            a=addr, n=str(c.rng.randint(2, 60)))
    if c.chance(0.25):
        c.P(c.tr(en=["Or email me at {e}."], sv=["Eller mejla {e}."], de=["Oder per Mail: {e}"], es=["O escribidme a {e}."]), e=c.obf_email(p))
    c.P(c.tr(en=["I paid {amt} for express shipping, so I'd like that refunded if it can't be delivered this week."],
             sv=["Jag betalade {amt} för expressfrakt, så jag vill ha tillbaka det om det inte kommer den här veckan."],
             de=["Ich habe {amt} für Expressversand bezahlt und hätte das gerne erstattet, falls es diese Woche nicht klappt."],
             es=["Pagué {amt} por el envío urgente; si no llega esta semana quiero que me lo devolváis."]),
        amt=c.neg("amount", lo=5, hi=40))
    signoff(c, p)
    if c.chance(0.3):
        quote_agent(c, c.tr(en=["Your parcel left our warehouse on {d}. Please allow 3–5 working days for delivery."],
                            sv=["Ditt paket lämnade vårt lager {d}. Leveranstiden är 3–5 arbetsdagar."],
                            de=["Ihr Paket hat unser Lager am {d} verlassen. Die Lieferzeit beträgt 3–5 Werktage."],
                            es=["Su paquete salió de nuestro almacén el {d}. El plazo de entrega es de 3 a 5 días laborables."]),
                    d=c.neg("date"))
    elif c.chance(0.3):
        mobile_footer(c)


@scenario("wrong_address", 1.0)
def sc_wrong_address(c):
    set_company(c, c.pick(["retail", "logistics"]))
    p = c.requester_setup(c.person())
    old, _ = c.address(p.loc, "one")
    new, _ = c.address(p.loc, "multi")
    greet(c, c.agent)
    c.P(c.tr(en=["I just noticed order {o} is going to my old address ({old}). I moved out last month. Can you please redirect it to:",
                 "Big mistake on my part - the checkout used my previous address {old} for order {o}. The right one is:"],
             en_nn=["Sorry, I made a mistake, the order {o} goes to my old adress {old}. Please can you change it to:"],
             sv=["Jag såg precis att order {o} skickas till min gamla adress ({old}). Jag flyttade förra månaden. Kan ni ändra till:",
                 "Oj, i kassan blev det fel adress på order {o} – {old} är min gamla. Rätt adress:"],
             de=["ich habe gerade gesehen, dass Bestellung {o} an meine alte Adresse ({old}) geht. Ich bin letzten Monat umgezogen. Können Sie die Lieferung bitte umleiten an:",
                 "bei Bestellung {o} ist leider noch meine alte Anschrift {old} hinterlegt. Richtig wäre:"],
             es=["Acabo de ver que el pedido {o} va a mi dirección antigua ({old}). Me mudé el mes pasado. ¿Podéis cambiarla a esta?",
                 "Me he equivocado al hacer el pedido {o}: puse la dirección de antes, {old}. La buena es:"]),
        o=c.neg("order_number"), old=old)
    c.add(Para([c.name(p, "full"), T("\n"), new]))
    c.P(c.tr(en=["If it's already with the courier, the tracking number is {t}."],
             sv=["Om den redan är hos transportören är spårningsnumret {t}."],
             de=["Falls es schon beim Paketdienst ist: Sendungsnummer {t}."],
             es=["Si ya lo tiene la empresa de transporte, el seguimiento es {t}."]),
        t=c.neg("tracking_number"))
    signoff(c, p)


@scenario("damaged_item", 1.0)
def sc_damaged(c):
    set_company(c, "retail")
    p = c.requester_setup(c.person())
    greet(c, c.agent)
    c.P(c.tr(en=["{item} arrived today with a cracked leg and the box was crushed on one corner. Order {o}, delivered {d}.",
                 "Unfortunately {item} from order {o} came damaged ({d}). I've attached three photos ({sz} in total)."],
             en_nn=["Today arrived {item} but it is broken, the box was damaged. Order {o} from {d}."],
             sv=["Jag beställde {item} (order {o}) och det kom idag, {d}, men var skadat – kartongen var intryckt i ena hörnet.",
                 "Tyvärr kom leveransen från order {o} trasig ({d}). Det gäller {item}. Bifogar tre bilder ({sz} totalt)."],
             de=["ich habe {item} bestellt (Bestellung {o}), geliefert am {d} – leider beschädigt, der Karton war an einer Ecke eingedrückt.",
                 "leider ist die Lieferung zu Bestellung {o} defekt angekommen ({d}). Es geht um {item}. Fotos hängen an ({sz})."],
             es=["Hoy ({d}) me ha llegado el pedido {o}, {item}, con una pieza rota y la caja aplastada.",
                 "Lamentablemente el pedido {o} llegó dañado ({d}). Se trata de {item}. Os adjunto tres fotos ({sz} en total)."]),
        item=c.pick(items(c)).capitalize() if c.lang == "en" else c.pick(items(c)), o=c.neg("order_number"), d=c.neg("date"),
        sz=c.neg("file_size"))
    c.P(c.tr(en=["I'd prefer a replacement rather than a refund. I'm home most days after {t}; my number is {ph}."],
             sv=["Jag vill helst ha en ny i stället för pengarna tillbaka. Jag är hemma efter {t} de flesta dagar, nummer {ph}."],
             de=["Mir wäre Ersatz lieber als eine Erstattung. Ab {t} bin ich meistens zu Hause, Telefon {ph}."],
             es=["Prefiero que me lo cambiéis en vez de devolverme el dinero. Suelo estar en casa a partir de las {t}; mi teléfono es {ph}."]),
        t=c.neg("time"), ph=c.phone_seg(p))
    signoff(c, p, extra=[T("\n"), c.email(p)] if c.chance(0.3) else None)


@scenario("refund_bank", 1.3)
def sc_refund_bank(c):
    set_company(c, c.pick(["retail", "travel", "energy", "insurance"]))
    p = c.requester_setup(c.person())
    cc = {"se": "SE", "de": "DE", "es": "ES", "uk": "GB"}.get(p.loc)
    if cc is None:
        # AU/US customers of a European shop occasionally hold a European account
        cc = c.pick(["GB", "DE", "FR", "NL", "IE"])
    iban = c.iban_seg(cc)
    greet(c, c.agent)
    c.P(c.tr(en=["You confirmed the refund of {amt} for order {o} on {d}, but said it can't go back to the card because it has expired. Please pay it into my bank account instead:",
                 "As discussed on the phone, please transfer the refund ({amt}, invoice {inv}) to my account:"],
             en_nn=["You have confirmed refund of {amt} for order {o} but my card is expired. Please send the money to my bank account:"],
             sv=["Ni bekräftade återbetalningen på {amt} för order {o} den {d}, men kortet har gått ut. Sätt in pengarna på mitt konto i stället:",
                 "Som vi pratade om i telefon: betala tillbaka {amt} (faktura {inv}) till mitt konto:"],
             de=["Sie haben die Erstattung über {amt} für Bestellung {o} am {d} bestätigt, aber meine Karte ist abgelaufen. Bitte überweisen Sie den Betrag auf mein Konto:",
                 "wie telefonisch besprochen bitte ich um Rücküberweisung von {amt} (Rechnung {inv}) auf folgendes Konto:"],
             es=["Me confirmasteis el reembolso de {amt} del pedido {o} el {d}, pero la tarjeta ha caducado. Por favor hacedme una transferencia a mi cuenta:",
                 "Como hablamos por teléfono, os paso mi cuenta para la devolución de {amt} (factura {inv}):"]),
        amt=c.neg("amount"), o=c.neg("order_number"), d=c.neg("date"), inv=c.neg("invoice_number"))
    if c.chance(0.5):
        holder = c.pick([p, p, c.person(p.loc)])
        sub = "requester" if holder is p else "family"
        rows = [[[T(c.tr(en="Account holder", sv="Kontoinnehavare", de="Kontoinhaber", es="Titular"))], [c.name(holder, "full", sub)]],
                [[T("IBAN")], [iban]]]
        if c.chance(0.6):
            rows.append([[T("BIC")], [T(c.pick(["NDEASESS", "HANDSESS", "ESSESESS", "COBADEFFXXX", "DEUTDEDBHAM", "CAIXESBBXXX",
                                                "BBVAESMMXXX", "NWBKGB2L", "BUKBGB22"]))]])
        c.add(Table(rows, plain="kv"))
        if holder is not p:
            c.P(c.tr(en=["(The account is in my partner's name.)"], sv=["(Kontot står på min sambo.)"],
                     de=["(Das Konto läuft auf meinen Mann bzw. meine Frau.)"], es=["(La cuenta está a nombre de mi pareja.)"]))
    else:
        c.P(c.tr(en=["IBAN: {i}\nName: {n}"], sv=["IBAN {i}, kontoinnehavare {n}."], de=["IBAN: {i}\nKontoinhaber: {n}"],
                 es=["IBAN {i} a nombre de {n}."]), i=iban, n=c.name(p, "full"))
    c.P(c.tr(en=["My card on file ended in {m} if that helps."], sv=["Kortet som användes slutade på {m}."],
             de=["Die hinterlegte Karte war {m}."], es=["La tarjeta era la {m}."]), m=c.neg("masked_card"))
    signoff(c, p)


@scenario("duplicate_charge", 1.2)
def sc_duplicate_charge(c):
    set_company(c, c.pick(["retail", "saas", "travel", "isp"]))
    p = c.requester_setup(c.person())
    greet(c, c.agent)
    amt = c.neg("amount")
    if c.chance(0.6):
        card = c.card_seg()
        c.P(c.tr(en=["I've been charged twice for the same order ({o}): {a1} on {d1} and again on {d2}. Both charges are on my card {card}.",
                     "There are two identical payments of {a1} on my statement ({d1} and {d2}) for order {o}. Card number is {card} if you need to find them."],
                 en_nn=["You have charged my card {card} two times for order {o}, {a1} on {d1} and on {d2}."],
                 sv=["Jag har blivit debiterad två gånger för samma order ({o}): {a1} den {d1} och igen den {d2}. Båda dragningarna ligger på kortet {card}."],
                 de=["mir wurde dieselbe Bestellung ({o}) zweimal abgebucht: {a1} am {d1} und nochmal am {d2}. Beide Buchungen auf meiner Karte {card}."],
                 es=["Me habéis cobrado dos veces el mismo pedido ({o}): {a1} el {d1} y otra vez el {d2}. Los dos cargos están en mi tarjeta {card}."]),
            o=c.neg("order_number"), a1=amt, d1=c.neg("date"), d2=c.neg("date"), card=card)
    else:
        c.P(c.tr(en=["I've been charged twice for order {o}: {a1} on {d1} and again on {d2}, both on the card ending {m}.",
                     "Looks like the payment for invoice {inv} went through twice ({a1}). My bank shows two transactions on {d1}, card {m}."],
                 sv=["Jag har dragits två gånger för order {o}: {a1} den {d1} och igen den {d2}, båda på kortet {m}.",
                     "Betalningen för faktura {inv} verkar ha gått igenom två gånger ({a1}). Banken visar två dragningar {d1}, kort {m}."],
                 de=["für Bestellung {o} wurde doppelt abgebucht: {a1} am {d1} und noch einmal am {d2}, beides mit der Karte {m}.",
                     "die Zahlung zur Rechnung {inv} wurde zweimal belastet ({a1}). Laut Kontoauszug zwei Buchungen am {d1}, Karte {m}."],
                 es=["Me habéis cobrado dos veces el pedido {o}: {a1} el {d1} y otra vez el {d2}, con la tarjeta {m}.",
                     "El pago de la factura {inv} se ha cargado dos veces ({a1}). En el banco veo dos movimientos el {d1}, tarjeta {m}."]),
            o=c.neg("order_number"), inv=c.neg("invoice_number"), a1=amt, d1=c.neg("date"), d2=c.neg("date"), m=c.neg("masked_card"))
    c.P(c.tr(en=["The bank reference on the second one is {ref}. Please refund the duplicate."],
             sv=["Referensen på den andra dragningen är {ref}. Vänligen betala tillbaka dubbeldragningen."],
             de=["Die Referenz der zweiten Buchung lautet {ref}. Bitte erstatten Sie die doppelte Abbuchung."],
             es=["La referencia del segundo cargo es {ref}. Por favor, devolvedme el importe duplicado."]),
        ref=c.neg("luhn_invalid_card"))
    signoff(c, p)
    if c.chance(0.4):
        c.add(Para(contact_lines(c, p, phone=True, email=c.chance(0.5))[1:]))


@scenario("card_update", 0.9)
def sc_card_update(c):
    set_company(c, c.pick(["saas", "isp", "energy", "retail"]))
    p = c.requester_setup(c.person())
    greet(c, c.agent)
    card = c.card_seg()
    mm, yy = c.rng.randint(1, 12), c.rng.randint(26, 31)
    exp = T("%02d/%02d" % (mm, yy))
    c.P(c.tr(en=["My old card expired so the direct debit for account {cust} failed. Here are the new details, can you update it:",
                 "Your system won't take my new card online (keeps saying {err}). Can you put it on my account {cust} manually?"],
             en_nn=["My card is expired and the payment for customer number {cust} fails. Please change to the new card:"],
             sv=["Mitt gamla kort har gått ut så dragningen för kundnummer {cust} misslyckades. Här är det nya kortet:",
                 "Det går inte att lägga in nya kortet på sidan (felet {err}). Kan ni lägga in det manuellt på kundnr {cust}?"],
             de=["meine alte Karte ist abgelaufen, deshalb ist die Abbuchung für Kundennummer {cust} fehlgeschlagen. Hier die neue Karte:",
                 "das Onlineformular nimmt meine neue Karte nicht an (Fehler {err}). Können Sie sie bitte bei Kundennummer {cust} hinterlegen?"],
             es=["Mi tarjeta antigua ha caducado y el cobro del cliente {cust} ha fallado. Os paso la nueva:",
                 "La web no me deja meter la tarjeta nueva (sale el error {err}). ¿Podéis ponerla vosotros en la cuenta {cust}?"]),
        cust=c.neg("customer_number"), err=c.neg("error_code"))
    lines = [T(c.tr(en="Card: ", sv="Kort: ", de="Karte: ", es="Tarjeta: ")), card, T("\n" + c.tr(en="Exp ", sv="Giltigt t.o.m. ", de="Gültig bis ", es="Caducidad ")), exp]
    lines += [T("\n" + c.tr(en="Name on card: ", sv="Namn på kortet: ", de="Karteninhaber: ", es="Titular: ")), c.name(p, "upper" if c.chance(0.4) else "full")]
    c.add(Para(lines))
    c.P(c.tr(en=["Please take the outstanding {a} as well."], sv=["Dra gärna det utestående beloppet {a} också."],
             de=["Den offenen Betrag von {a} können Sie gleich mit abbuchen."], es=["Cobrad también los {a} pendientes."]),
        a=c.neg("amount", lo=9, hi=300))
    signoff(c, p)


@scenario("subscription_cancel", 0.9)
def sc_cancel(c):
    set_company(c, c.pick(["saas", "isp", "energy"]))
    p = c.requester_setup(c.person())
    mobile = c.chance(0.3)
    if mobile and c.html:
        c.set_style("mobile")
    greet(c)
    c.P(c.tr(en=["Please cancel my subscription ({prod}) from the end of this billing period. Customer number {cust}, registered e-mail {e}.",
                 "I want to cancel. Account is under {e}. Don't renew on {d}."],
             en_nn=["I want to cancel my subscription {prod} please. My customer number is {cust} and email {e}."],
             sv=["Jag vill säga upp mitt abonnemang ({prod}) från och med nästa period. Kundnummer {cust}, e-post {e}.",
                 "Säg upp mitt konto ({e}) tack. Det ska inte förnyas {d}."],
             de=["hiermit kündige ich mein Abo ({prod}) zum nächstmöglichen Zeitpunkt. Kundennummer {cust}, E-Mail {e}.",
                 "bitte mein Konto ({e}) kündigen, keine Verlängerung am {d}."],
             es=["Quiero darme de baja de la suscripción ({prod}) a final de este periodo. Nº de cliente {cust}, correo {e}.",
                 "Por favor cancelad mi cuenta ({e}), que no se renueve el {d}."]),
        prod=c.neg("product_name", group="saas"), cust=c.neg("customer_number"), e=c.email(p) if c.chance(0.8) else c.obf_email(p), d=c.neg("date"))
    if c.chance(0.5):
        c.P(c.tr(en=["The last invoice {inv} ({a}) was paid by card {m}. Please confirm in writing."],
                 sv=["Sista fakturan {inv} ({a}) betalades med kort {m}. Bekräfta gärna skriftligt."],
                 de=["Die letzte Rechnung {inv} ({a}) wurde mit Karte {m} bezahlt. Bitte bestätigen Sie die Kündigung schriftlich."],
                 es=["La última factura {inv} ({a}) se pagó con la tarjeta {m}. Confirmadme la baja por escrito, por favor."]),
            inv=c.neg("invoice_number"), a=c.neg("amount", lo=5, hi=120), m=c.neg("masked_card"))
    signoff(c, p, form="first" if mobile else None)
    if mobile:
        mobile_footer(c)


@scenario("invoice_details", 1.0)
def sc_invoice_details(c):
    set_company(c, c.pick(["saas", "retail", "events"]))
    p = c.requester_setup(c.person())
    comp, dom = c.pick(company_pool(c.loc))
    greet(c, c.agent)
    c.P(c.tr(en=["Could you reissue invoice {inv} ({a})? It's made out to me personally but it should be to {co}. Our accounts address is:",
                 "Our finance team rejected invoice {inv} because the company details are missing. Please change the recipient to {co}:"],
             sv=["Kan ni göra om faktura {inv} ({a})? Den är ställd till mig privat men ska gå till {co}. Fakturaadress:",
                 "Vår ekonomiavdelning kan inte bokföra faktura {inv} eftersom företagsuppgifterna saknas. Ändra mottagare till {co}:"],
             de=["könnten Sie Rechnung {inv} ({a}) bitte neu ausstellen? Sie ist auf mich privat ausgestellt, muss aber an {co} gehen. Rechnungsanschrift:",
                 "unsere Buchhaltung hat Rechnung {inv} zurückgewiesen, weil die Firmendaten fehlen. Bitte Empfänger ändern auf {co}:"],
             es=["¿Podéis rehacer la factura {inv} ({a})? Está a mi nombre y debería ir a {co}. Dirección de facturación:",
                 "Nuestro departamento de contabilidad ha rechazado la factura {inv} porque faltan los datos fiscales. Cambiad el destinatario a {co}:"]),
        inv=c.neg("invoice_number"), a=c.neg("amount", lo=40, hi=5000), co=c.neg("company_name", name=comp))
    addr, _ = c.address(p.loc, "multi")
    lines = [N(comp, "company_name"), T("\n" + c.tr(en="Attn: ", sv="Att: ", de="z. Hd. ", es="A la atención de: ")),
             c.name(c.person(p.loc), "full", "colleague"), T("\n"), addr]
    if p.loc == "au" and c.chance(0.7):
        lines += [T("\nABN: "), c.natid("au_abn")]
    elif p.loc == "de":
        lines += [T("\nUSt-IdNr. "), N("DE" + rand_digits(c.rng, 9), "vat_number")]
    elif p.loc == "es":
        lines += [T("\nCIF "), N(c.pick("BA") + rand_digits(c.rng, 8), "company_id")]
    elif p.loc == "se":
        lines += [T("\nOrg.nr "), N("559" + rand_digits(c.rng, 3) + "-" + rand_digits(c.rng, 4), "org_number")]
    c.add(Para(lines))
    if c.chance(0.35):
        c.P(c.tr(en=["By the way, the download link in your invoice email doesn't work any more (AccessDenied):\n{u}"],
                 sv=["Länken för att ladda ner fakturan i mejlet fungerar inte längre (AccessDenied):\n{u}"],
                 de=["Übrigens funktioniert der Download-Link aus Ihrer Rechnungsmail nicht mehr (AccessDenied):\n{u}"],
                 es=["Por cierto, el enlace de descarga del correo de la factura ya no funciona (AccessDenied):\n{u}"]),
            u=c.secret("url_token"))
    c.P(c.tr(en=["Send the corrected copy to {e}, thanks."], sv=["Skicka den rättade fakturan till {e}, tack."],
             de=["Die korrigierte Rechnung bitte an {e}."], es=["Enviad la factura corregida a {e}, gracias."]),
        e=c.role_email(dom, c.pick(["accounts", "invoices", "faktura", "rechnungen", "facturas", "ap"])))
    biz_sig(c, p, comp, dom)


@scenario("gift_voucher", 0.7)
def sc_voucher(c):
    set_company(c, c.pick(["retail", "travel", "events"]))
    p = c.requester_setup(c.person())
    greet(c)
    friend = c.person(p.loc)
    c.P(c.tr(en=["My friend {f} gave me a gift card for my birthday but the checkout says it's invalid. The number on the back is {g} and the balance should be {a}.",
                 "Gift voucher {g} isn't being accepted ({err}). It was bought by {f} on {d}."],
             sv=["Jag fick ett presentkort av {f} men i kassan står det att det är ogiltigt. Numret på baksidan är {g}. Saldot ska vara {a}.",
                 "Presentkortet {g} fungerar inte ({err}). Det köptes av {f} den {d}."],
             de=["ich habe von {f} einen Gutschein geschenkt bekommen, aber an der Kasse heißt es, er sei ungültig. Nummer: {g}, Guthaben {a}.",
                 "Gutschein {g} wird nicht akzeptiert ({err}). Gekauft hat ihn {f} am {d}."],
             es=["Mi amiga {f} me regaló una tarjeta regalo pero al pagar dice que no es válida. El número es {g}. Debería tener {a}.",
                 "La tarjeta regalo {g} no funciona ({err}). La compró {f} el {d}."]),
        f=c.name(friend, "full" if c.chance(0.5) else "first", "third_party"), g=c.neg("luhn_invalid_card"),
        a=c.neg("amount", lo=20, hi=200),
        err=c.neg("error_code"), d=c.neg("date"))
    signoff(c, p)


@scenario("returns_label", 0.8)
def sc_returns(c):
    set_company(c, "retail")
    p = c.requester_setup(c.person())
    greet(c, c.agent)
    addr, _ = c.address(p.loc, "multi")
    c.P(c.tr(en=["I'd like to return {item} (order {o}) - it's the wrong size. The returns portal keeps giving me {err}. Can you email a label to {e}? Collection address:",
                 "Please arrange a pickup for a return. Order {o}, {item}. Pickup from:"],
             sv=["Jag vill returnera {item} (order {o}), fel storlek. Returportalen ger bara {err}. Kan ni mejla en returetikett till {e}? Hämtadress:",
                 "Vill boka upphämtning av retur. Order {o}, {item}. Hämtas på:"],
             de=["ich möchte {item} (Bestellung {o}) zurückschicken, falsche Größe. Das Retourenportal zeigt nur {err}. Können Sie mir ein Etikett an {e} schicken? Abholadresse:",
                 "bitte eine Abholung für die Rücksendung organisieren. Bestellung {o}, {item}. Abholung bei:"],
             es=["Quiero devolver {item} (pedido {o}), no es mi talla. El portal de devoluciones da {err}. ¿Me mandáis la etiqueta a {e}? Dirección de recogida:",
                 "Necesito que recojan una devolución. Pedido {o}, {item}. Recogida en:"]),
        item=c.pick(items(c)), o=c.neg("order_number"), err=c.neg("error_code"), e=c.email(p))
    c.add(Para([c.name(p, "full"), T("\n"), addr, T("\n"), c.phone_seg(p)]))
    signoff(c, p)


@scenario("marketplace_payout", 0.8)
def sc_payout(c):
    set_company(c, c.pick(["saas", "retail"]))
    p = c.requester_setup(c.person())
    greet(c, c.agent)
    cc = {"se": "SE", "de": "DE", "es": "ES", "uk": "GB"}.get(p.loc, "GB")
    c.P(c.tr(en=["I sell on your marketplace (shop ID {cust}) and the last two payouts ({a1} and {a2}) never arrived. Please check you have the right account:",
                 "Payouts to my seller account {cust} have been failing since {d}. Here are my bank details again:"],
             sv=["Jag säljer på er marknadsplats (butiks-ID {cust}) och de två senaste utbetalningarna ({a1} och {a2}) har inte kommit. Kontrollera kontot:",
                 "Utbetalningarna till mitt säljarkonto {cust} har misslyckats sedan {d}. Här är mina bankuppgifter igen:"],
             de=["ich verkaufe über Ihren Marktplatz (Shop-ID {cust}) und die letzten beiden Auszahlungen ({a1} und {a2}) sind nie angekommen. Bitte prüfen Sie die Bankverbindung:",
                 "seit {d} schlagen die Auszahlungen an mein Verkäuferkonto {cust} fehl. Hier nochmal meine Bankdaten:"],
             es=["Vendo en vuestro marketplace (ID de tienda {cust}) y los dos últimos pagos ({a1} y {a2}) no me han llegado. Revisad la cuenta, por favor:",
                 "Desde el {d} fallan los pagos a mi cuenta de vendedor {cust}. Os vuelvo a pasar los datos:"]),
        cust=c.neg("customer_number"), a1=c.neg("amount"), a2=c.neg("amount"), d=c.neg("date"))
    rows = [[[T(c.tr(en="Name", sv="Namn", de="Name", es="Nombre"))], [c.name(p, "full")]],
            [[T("IBAN")], [c.iban_seg(cc)]]]
    if p.loc == "au":
        rows.append([[T("ABN")], [c.natid("au_abn")]])
    elif p.loc == "de":
        rows.append([[T("Steuer-ID")], [c.natid("de_steuer_id")]])
    elif p.loc == "es":
        rows.append([[T("NIF")], [c.natid(c.pick(["es_dni", "es_nie"]))]])
    elif p.loc == "se":
        rows.append([[T("Personnummer")], [c.natid("se_personnummer")]])
    elif p.loc == "uk":
        rows.append([[T("NI number")], [c.natid("uk_nino")]])
    elif p.loc == "us":
        rows.append([[T("SSN (for 1099)")], [c.natid("us_ssn")]])
    c.add(Table(rows, plain=c.pick(["kv", "kv", "md"]), header=False))
    signoff(c, p)

# ============================================================================
# Scenarios (part 2: accounts, security, technical)
# ============================================================================

API_HOSTS = ["api.tallyhook.io", "api.klickkasse.de", "api.facturalia.io", "api.kassaflodet.io", "api.pipewren.dev",
             "api.terminfuchs.de", "api.ledgerlark.com", "api.citafacil.es"]


@scenario("account_locked", 1.2)
def sc_account_locked(c):
    set_company(c, c.pick(["saas", "isp", "energy", "retail"]))
    p = c.requester_setup(c.person())
    greet(c, c.agent)
    c.P(c.tr(en=["I'm locked out of my account ({e}) after too many failed logins, but I didn't try to log in that many times. Your security page shows these attempts:",
                 "Got an email saying my account was locked due to suspicious activity. The login history has attempts I don't recognise:"],
             en_nn=["My account {e} is locked since this morning. I did not make these logins, please check:"],
             sv=["Mitt konto ({e}) är låst efter för många misslyckade inloggningar, men det var inte jag. Inloggningshistoriken visar:",
                 "Jag fick mejl om att kontot låsts på grund av misstänkt aktivitet. Det finns inloggningsförsök jag inte känner igen:"],
             de=["mein Konto ({e}) wurde nach zu vielen Fehlversuchen gesperrt, aber ich habe mich nicht so oft angemeldet. Im Sicherheitsbereich stehen diese Versuche:",
                 "ich habe eine Mail bekommen, dass mein Konto wegen verdächtiger Aktivität gesperrt wurde. Folgende Anmeldungen kenne ich nicht:"],
             es=["Tengo la cuenta ({e}) bloqueada por demasiados intentos fallidos, pero yo no he intentado entrar tantas veces. En el historial salen estos accesos:",
                 "Me llegó un correo diciendo que la cuenta estaba bloqueada por actividad sospechosa. Hay accesos que no reconozco:"]),
        e=c.email(p))
    rows = [[[T(c.tr(en="Time", sv="Tid", de="Zeit", es="Fecha"))], [T("IP")], [T(c.tr(en="Location", sv="Plats", de="Ort", es="Ubicación"))],
             [T(c.tr(en="Result", sv="Resultat", de="Ergebnis", es="Resultado"))]]]
    for _ in range(c.rng.randint(2, 5)):
        ip = c.ipv4() if c.chance(0.8) else c.ipv6()
        rows.append([[c.neg("timestamp")], [ip], [c.neg("city", loc=c.pick(["se", "de", "es", "uk", "au", "us"]))],
                     [T(c.pick(["failed", "failed", "blocked", "success"]) if c.lang == "en" else c.pick(["failed", "blocked"]))]])
    c.add(Table(rows, header=True, plain=c.pick(["grid", "md", "tsv"])))
    own = c.ipv4()
    c.P(c.tr(en=["My own IP at home is {ip} (I checked). Please unlock it and tell me whether anyone actually got in."],
             sv=["Min egen IP hemma är {ip}. Lås upp kontot och berätta om någon faktiskt kom in."],
             de=["Meine eigene IP zu Hause ist {ip}. Bitte entsperren Sie das Konto und sagen Sie mir, ob jemand reingekommen ist."],
             es=["Mi IP de casa es {ip}. Desbloqueadla y decidme si alguien llegó a entrar, por favor."]), ip=own)
    signoff(c, p)


@scenario("password_reset_link", 1.1)
def sc_password_reset(c):
    set_company(c, c.pick(["saas", "retail", "isp", "insurance"]))
    p = c.requester_setup(c.person())
    greet(c)
    link = c.secret("url_token_reset")
    c.P(c.tr(en=["The password reset link you sent me doesn't work, it just says the token has expired ({err}). This is the link:",
                 "I requested a password reset three times. Every link ends in an error page. Last one:"],
             en_nn=["The link for new password is not working, I get {err}. Here is the link:"],
             sv=["Länken för att återställa lösenordet fungerar inte, det står bara att den har gått ut ({err}). Så här ser länken ut:",
                 "Har begärt nytt lösenord tre gånger, alla länkar ger felsida. Senaste:"],
             de=["der Link zum Zurücksetzen des Passworts funktioniert nicht, es kommt nur \"Token abgelaufen\" ({err}). Das ist der Link:",
                 "ich habe dreimal ein neues Passwort angefordert, jeder Link endet auf einer Fehlerseite. Der letzte:"],
             es=["El enlace para restablecer la contraseña no funciona, dice que ha caducado ({err}). Este es el enlace:",
                 "He pedido tres veces cambiar la contraseña y todos los enlaces dan error. El último:"]),
        err=c.neg("error_code"))
    c.add(Para([link]))
    c.P(c.tr(en=["I'm on {prod} {v} on an Android phone. My username is {e}."],
             sv=["Jag använder {prod} {v} på Android. Användarnamn {e}."],
             de=["Ich nutze {prod} {v} auf dem Handy. Benutzername {e}."],
             es=["Uso {prod} {v} en Android. Mi usuario es {e}."]),
        prod=c.neg("product_name", group="saas"), v=c.neg("version"), e=c.email(p))
    if c.chance(0.35):
        c.P(c.tr(en=["In the meantime I set a temporary password via the app - password: {pw} - so please don't tell me to reset again."],
                 sv=["Jag satte ett tillfälligt lösenord i appen under tiden, lösenord: {pw}"],
                 de=["Übergangsweise habe ich in der App ein Passwort gesetzt, Passwort: {pw}"],
                 es=["Mientras tanto he puesto una contraseña temporal desde la app, contraseña: {pw}"]),
            pw=c.password())
    signoff(c, p)


@scenario("two_factor_phone", 0.9)
def sc_2fa(c):
    set_company(c, c.pick(["saas", "insurance", "isp"]))
    p = c.requester_setup(c.person())
    greet(c, c.agent)
    old = c.phone_seg(loc=p.loc, kind="mobile", sub="old_number")
    c.P(c.tr(en=["I lost my phone last week and the two-factor codes still go to my old number {old}. My new number is {new}. Can you switch it?",
                 "Please update the 2FA number on account {e}: old {old} (stolen), new {new}."],
             sv=["Jag tappade min telefon förra veckan och engångskoderna går fortfarande till mitt gamla nummer {old}. Nytt nummer: {new}. Kan ni byta?",
                 "Byt gärna numret för tvåstegsverifiering på kontot {e}: gammalt {old} (stulen), nytt {new}."],
             de=["mein Handy wurde letzte Woche gestohlen und die Codes für die Zwei-Faktor-Anmeldung gehen noch an {old}. Meine neue Nummer ist {new}. Können Sie das ändern?",
                 "bitte die 2FA-Nummer für Konto {e} ändern: alt {old} (verloren), neu {new}."],
             es=["Perdí el móvil la semana pasada y los códigos de verificación siguen llegando a mi número antiguo {old}. El nuevo es {new}. ¿Podéis cambiarlo?",
                 "Cambiad el número de la verificación en dos pasos de la cuenta {e}: antiguo {old} (robado), nuevo {new}."]),
        old=old, new=c.phone_seg(p), e=c.email(p))
    if c.chance(0.6):
        born = rand_date(c.rng, 1945, 2004)
        dob, _ = c.dob(born)
        c.P(c.tr(en=["For verification: date of birth {dob}, last payment was with card {m}."],
                 sv=["För verifiering: födelsedatum {dob}, senaste betalningen gjordes med kort {m}."],
                 de=["Zur Verifizierung: Geburtsdatum {dob}, letzte Zahlung mit Karte {m}."],
                 es=["Para verificar: fecha de nacimiento {dob}, último pago con la tarjeta {m}."]),
            dob=dob, m=c.neg("masked_card"))
    signoff(c, p)


@scenario("account_merge", 0.7)
def sc_merge(c):
    set_company(c, c.pick(["retail", "saas", "travel"]))
    p = c.requester_setup(c.person())
    e1 = c.email(p)
    e2 = L(c.email_for(p), "email", "personal")
    if c.known is not None:
        c.known["emails"] = [e2.v]
    greet(c)
    c.P(c.tr(en=["I seem to have two accounts, one under {e1} and an old one under {e2} with my order history and {pts} loyalty points. Could you merge them into the first one?"],
             sv=["Jag verkar ha två konton, ett på {e1} och ett gammalt på {e2} med orderhistorik och {pts} bonuspoäng. Kan ni slå ihop dem till det första?"],
             de=["ich habe anscheinend zwei Konten, eins mit {e1} und ein altes mit {e2}, auf dem meine Bestellungen und {pts} Treuepunkte sind. Können Sie die zusammenlegen?"],
             es=["Parece que tengo dos cuentas, una con {e1} y otra antigua con {e2} donde tengo el historial y {pts} puntos. ¿Podéis unirlas en la primera?"]),
        e1=e1, e2=e2, pts=str(c.rng.randint(150, 9000)))
    signoff(c, p)


@scenario("gdpr_access", 1.1)
def sc_gdpr_access(c):
    set_company(c, c.pick(["retail", "saas", "insurance", "energy", "health", "travel"]))
    p = c.requester_setup(c.person(), known_prob=0.5)
    born = rand_date(c.rng, 1950, 2004)
    c.P(c.tr(en=["Subject access request", "Re: data subject access request under Article 15 GDPR"],
             en_us=["Request to know / access my personal information"],
             sv=["Begäran om registerutdrag enligt artikel 15 GDPR", "Registerutdrag"],
             de=["Auskunftsersuchen nach Art. 15 DSGVO", "Betreff: Datenauskunft"],
             es=["Solicitud de derecho de acceso (art. 15 RGPD)", "Ejercicio del derecho de acceso"]))
    greet(c)
    c.P(c.tr(en=["Under the UK GDPR I'm asking for a copy of all personal data you hold about me, the purposes, who you've shared it with and how long you keep it.",
                 "I would like a copy of all the personal information your company holds about me, including call recordings and marketing preferences."],
             en_us=["Under the CCPA I am requesting access to the personal information you have collected about me in the past 12 months."],
             en_au=["Under the Australian Privacy Principles I'd like access to all personal information you hold about me."],
             sv=["Jag begär med stöd av artikel 15 i dataskyddsförordningen ett utdrag över alla personuppgifter ni behandlar om mig, ändamålen och vilka ni delat dem med."],
             de=["gemäß Art. 15 DSGVO bitte ich um Auskunft über alle zu meiner Person gespeicherten Daten, die Verarbeitungszwecke, Empfänger und die Speicherdauer."],
             es=["En virtud del artículo 15 del RGPD solicito acceso a todos los datos personales que tratan sobre mí, los fines del tratamiento y los destinatarios."]))
    dob, _ = c.dob(born)
    rows = [[[T(c.tr(en="Full name", sv="Namn", de="Name", es="Nombre y apellidos"))], [c.name(p, "full")]],
            [[T(c.tr(en="Date of birth", sv="Födelsedatum", de="Geburtsdatum", es="Fecha de nacimiento"))], [dob]]]
    addr, _ = c.address(p.loc, "one")
    rows.append([[T(c.tr(en="Address", sv="Adress", de="Anschrift", es="Domicilio"))], [addr]])
    if c.chance(0.5):
        prev, _ = c.address(p.loc, "one")
        rows.append([[T(c.tr(en="Previous address", sv="Tidigare adress", de="Frühere Anschrift", es="Domicilio anterior"))], [prev]])
    rows.append([[T(c.tr(en="Email", sv="E-post", de="E-Mail", es="Correo electrónico"))], [c.email(p)]])
    if c.chance(0.6):
        rows.append([[T(c.tr(en="Phone", sv="Telefon", de="Telefon", es="Teléfono"))], [c.phone_seg(p)]])
    idk = {"se": ("Personnummer", "se_personnummer"), "de": ("Steuer-ID", "de_steuer_id"), "es": ("DNI", "es_dni"),
           "uk": ("National Insurance number", "uk_nino"), "au": ("Medicare number", "au_medicare"), "us": ("SSN (last 4 only please)", None)}[p.loc]
    if idk[1] and c.chance(0.7):
        rows.append([[T(idk[0])], [c.natid(idk[1], born=born)]])
    rows.append([[T(c.tr(en="Customer number", sv="Kundnummer", de="Kundennummer", es="Nº de cliente"))], [c.neg("customer_number")]])
    c.add(Table(rows, plain="kv"))
    c.P(c.tr(en=["Please reply within one month as required. Electronic copy to the e-mail above is fine."],
             sv=["Svara inom en månad enligt lag. Det går bra att skicka elektroniskt till e-postadressen ovan."],
             de=["Bitte antworten Sie innerhalb der gesetzlichen Frist von einem Monat. Eine elektronische Kopie an die obige Adresse genügt."],
             es=["Les ruego respondan en el plazo de un mes. Pueden enviarme la información por correo electrónico."]))
    signoff(c, p, form="full")


@scenario("gdpr_erasure", 1.0)
def sc_gdpr_erasure(c):
    set_company(c, c.pick(["retail", "saas", "events", "travel"]))
    p = c.requester_setup(c.person())
    greet(c)
    e1, e2 = c.email(p), L(c.email_for(p), "email", "personal")
    c.P(c.tr(en=["Please delete my account and all my data (right to erasure). I've used two addresses with you: {e1} and {e2}. Stop sending newsletters to both.",
                 "I want everything about me deleted. Accounts: {e1}, {e2}. I never agreed to marketing texts on {ph} either."],
             en_nn=["Please delete all my data from your system according to GDPR. My emails are {e1} and {e2}."],
             sv=["Radera mitt konto och alla mina uppgifter (rätten att bli bortglömd). Jag har använt två adresser: {e1} och {e2}. Sluta skicka nyhetsbrev till båda.",
                 "Jag vill att ni raderar allt om mig. Konton: {e1}, {e2}. Jag har heller aldrig godkänt sms-reklam till {ph}."],
             de=["bitte löschen Sie mein Konto und alle meine Daten (Art. 17 DSGVO). Ich habe zwei Adressen verwendet: {e1} und {e2}. Bitte keine Newsletter mehr an beide.",
                 "ich möchte, dass alle meine Daten gelöscht werden. Konten: {e1}, {e2}. Werbe-SMS an {ph} habe ich auch nie zugestimmt."],
             es=["Solicito la supresión de mi cuenta y de todos mis datos (derecho al olvido). He usado dos correos: {e1} y {e2}. Dejad de enviar newsletters a ambos.",
                 "Quiero que borréis todo lo mío. Cuentas: {e1}, {e2}. Tampoco acepté nunca los SMS publicitarios al {ph}."]),
        e1=e1, e2=e2, ph=c.phone_seg(p))
    if c.chance(0.45):
        c.P(c.tr(en=["There is also an old work address in your system, written out because of spam filters: {o}"],
                 sv=["Ni har också en gammal jobbadress registrerad, utskriven pga spamfilter: {o}"],
                 de=["Außerdem ist noch eine alte Dienstadresse hinterlegt (wegen Spamfilter so geschrieben): {o}"],
                 es=["También tenéis una dirección antigua del trabajo (la escribo así por el filtro de spam): {o}"]),
            o=c.obf_email(p, fresh=True))
    c.P(c.tr(en=["Confirm when done. If you need to keep invoices for tax reasons ({inv} etc.) that's fine, but nothing else."],
             sv=["Bekräfta när det är klart. Fakturor ({inv} m.fl.) får ni spara av bokföringsskäl, inget annat."],
             de=["Bitte bestätigen Sie die Löschung. Rechnungen ({inv} usw.) dürfen Sie aus steuerlichen Gründen behalten, sonst nichts."],
             es=["Confirmadme cuando esté hecho. Las facturas ({inv} etc.) podéis guardarlas por motivos fiscales, nada más."]),
        inv=c.neg("invoice_number"))
    signoff(c, p)


def log_lines(c, n, host, token_in_log=False):
    """Application / access log lines with IPs, timestamps, request ids."""
    r = c.rng
    segs = []
    style = r.choice(["app", "nginx", "json"])
    for i in range(n):
        if i:
            segs.append(T("\n"))
        if style == "nginx":
            d = rand_date(r, 2023, 2025)
            ts = "%02d/%s/%d:%02d:%02d:%02d +0%d00" % (d.day, MONTHS["en"][d.month - 1][:3], d.year, r.randint(0, 23), r.randint(0, 59), r.randint(0, 59), r.choice([0, 1, 2]))
            ip = c.ipv4() if r.random() < 0.85 else c.ipv6()
            segs += c.segs('{ip} - - [{ts}] "{m} /v{av}/{path} HTTP/1.1" {st} {sz} "-" "{ua}/{uv}"',
                           ip=ip, ts=N(ts, "timestamp"), m=r.choice(["POST", "GET", "PUT"]), av=str(r.randint(1, 3)),
                           path=r.choice(["orders", "invoices", "webhooks", "customers/sync", "payments"]),
                           st=str(r.choice([200, 401, 403, 429, 500, 502])), sz=str(r.randint(80, 9000)),
                           ua=r.choice(["python-requests", "okhttp", "axios", "Go-http-client", "curl"]), uv=c.neg("version"))
        elif style == "json":
            email_part = []
            segs += c.segs('{"ts":"{ts}","level":"{lvl}","msg":"{msg}","request_id":"{rid}","client_ip":"{ip}","status":{st}}',
                           ts=c.neg("timestamp", iso=True), lvl=r.choice(["error", "warn", "info"]),
                           msg=r.choice(["upstream timeout", "signature mismatch", "invalid api key", "webhook delivery failed", "rate limited"]),
                           rid=c.neg("uuid"), ip=c.ipv4(private=r.random() < 0.25), st=str(r.choice([401, 403, 429, 500, 502, 504])))
        else:
            segs += c.segs("{ts} {lvl} [{comp}] {m} https://{h}/v{av}/{path} -> {code} (request_id={rid}, client={ip})",
                           ts=c.neg("timestamp", iso=True), lvl=r.choice(["ERROR", "WARN", "ERROR", "INFO"]),
                           comp=r.choice(["webhook-dispatcher", "sync-worker", "http", "billing"]), m=r.choice(["POST", "GET"]), h=host,
                           av=str(r.randint(1, 3)), path=r.choice(["orders", "invoices", "events", "customers"]),
                           code=c.neg("error_code"), rid=c.neg("uuid"), ip=c.ipv4(private=r.random() < 0.3) if r.random() < 0.8 else c.ipv6())
    return segs


@scenario("api_errors", 1.3)
def sc_api_errors(c):
    set_company(c, "saas")
    p = c.requester_setup(c.person())
    host = c.pick(API_HOSTS)
    greet(c, c.agent)
    c.P(c.tr(en=["Since your release {v} our integration fails intermittently. Roughly {pct} of calls come back with errors. Excerpt from our logs:",
                 "We're getting a lot of errors from the API since {d}. Nothing changed on our side (we're still on SDK {v}). Logs below."],
             en_nn=["Since the update {v} our integration is not working stable, about {pct} of requests fail. Here the log:"],
             sv=["Sedan er release {v} fallerar vår integration då och då, ungefär {pct} av anropen ger fel. Utdrag ur loggen:",
                 "Vi får massor av fel från API:t sedan {d}. Inget är ändrat hos oss (fortfarande SDK {v}). Loggar nedan."],
             de=["seit Ihrem Release {v} schlägt unsere Integration sporadisch fehl, ca. {pct} der Aufrufe liefern Fehler. Auszug aus unseren Logs:",
                 "seit dem {d} bekommen wir viele Fehler von der API. Bei uns hat sich nichts geändert (SDK {v}). Logs anbei."],
             es=["Desde vuestra versión {v} la integración falla de forma intermitente, más o menos el {pct} de las llamadas. Extracto del log:",
                 "Desde el {d} recibimos muchos errores de la API. No hemos cambiado nada (seguimos con el SDK {v}). Os pego los logs."]),
        v=c.neg("version"), pct=c.neg("percentage"), d=c.neg("date"))
    segs = log_lines(c, c.rng.randint(3, 7), host)
    if c.chance(0.35):
        segs += c.segs("\n{ts} DEBUG [http] outgoing headers: {'Authorization': 'Bearer {tok}', 'X-Client-Version': '{v}'}",
                       ts=c.neg("timestamp", iso=True), tok=c.secret(c.pick(["jwt", "jwt", "bearer"])), v=c.neg("version"))
    c.add(Pre(segs))
    if c.chance(0.3):
        c.P(c.tr(en=["Also the export URL returned by the API stops working after a few minutes, e.g.\n{u}"],
                 sv=["Export-URL:en som API:t returnerar slutar dessutom fungera efter några minuter, t.ex.\n{u}"],
                 de=["Außerdem funktioniert die Export-URL aus der API nach ein paar Minuten nicht mehr, z. B.\n{u}"],
                 es=["Además, la URL de exportación que devuelve la API deja de funcionar a los pocos minutos, p. ej.\n{u}"]),
            u=c.secret("url_token"))
    if c.chance(0.5):
        c.P(c.tr(en=["Our outbound IPs are {ip1} and {ip2} in case you're rate-limiting them. Deploy commit is {sha}."],
                 sv=["Våra utgående IP-adresser är {ip1} och {ip2} om ni skulle ha rate-limit på dem. Commit {sha}."],
                 de=["Unsere ausgehenden IPs sind {ip1} und {ip2}, falls Sie die drosseln. Deploy-Commit {sha}."],
                 es=["Nuestras IPs de salida son {ip1} y {ip2}, por si las estáis limitando. Commit desplegado: {sha}."]),
            ip1=c.ipv4(), ip2=c.ipv4() if c.chance(0.6) else c.ipv6(), sha=c.neg("git_sha"))
    biz_sig(c, p, phones=c.pick([1, 2])) if c.chance(0.6) else signoff(c, p)


@scenario("api_curl", 1.2)
def sc_api_curl(c):
    set_company(c, "saas")
    p = c.requester_setup(c.person())
    host = c.pick(API_HOSTS)
    greet(c)
    c.P(c.tr(en=["Your docs say to send {ph} in the header, which I've done with my live key, but I still get {err}. Exact command:",
                 "Can someone tell me what's wrong with this request? It returns {err} every time."],
             sv=["Enligt dokumentationen ska man skicka {ph} i headern, vilket jag gjort med min riktiga nyckel, men jag får ändå {err}. Exakt kommando:",
                 "Kan någon se vad som är fel med det här anropet? Det ger {err} varje gång."],
             de=["laut Doku soll man {ph} im Header mitschicken, das habe ich mit meinem Live-Key gemacht, bekomme aber trotzdem {err}. Genauer Aufruf:",
                 "kann mir jemand sagen, was an diesem Request falsch ist? Kommt jedes Mal {err}."],
             es=["En la documentación dice que hay que mandar {ph} en la cabecera; lo he hecho con mi clave real y sigo recibiendo {err}. El comando:",
                 "¿Alguien me dice qué falla en esta petición? Devuelve {err} siempre."]),
        ph=c.neg("placeholder_secret"), err=c.neg("error_code"))
    kind = c.pick(["jwt", "stripe_secret", "bearer", "api_key_hex", "openai_key", "basic_auth", "sendgrid"])
    tok = c.secret(kind)
    hdr = {"basic_auth": "Authorization: Basic ", "api_key_hex": "X-Api-Key: "}.get(kind, "Authorization: Bearer ")
    body_email = c.email(p) if c.chance(0.5) else None
    segs = c.segs("curl -sS -X POST https://{h}/v{av}/{path} \\\n  -H \"{hdr}{tok}\" \\\n  -H \"Content-Type: application/json\" \\\n",
                  h=host, av=str(c.rng.randint(1, 3)), path=c.pick(["payments", "customers", "invoices", "bookings"]), hdr=hdr, tok=tok)
    if body_email:
        segs += c.segs("  -d '{\"amount\": {amt}, \"currency\": \"EUR\", \"customer_email\": \"{e}\", \"reference\": \"{o}\"}'",
                       amt=str(c.rng.randint(100, 99999)), e=body_email, o=c.neg("order_number"))
    else:
        segs += c.segs("  -d '{\"customer_id\": \"{cid}\", \"idempotency_key\": \"{u}\"}'", cid=c.neg("customer_number"), u=c.neg("uuid"))
    c.add(Pre(segs))
    c.P(c.tr(en=["Response:"], sv=["Svar:"], de=["Antwort:"], es=["Respuesta:"]))
    c.add(Pre(c.segs('{"error":{"type":"{et}","message":"{msg}","request_id":"{rid}"}}',
                     et=c.pick(["authentication_error", "invalid_request_error", "permission_denied"]),
                     msg=c.pick(["Invalid API key provided", "Token signature could not be verified", "Missing scope: write"]),
                     rid=c.neg("uuid"))))
    c.P(c.tr(en=["(Yes I know I've pasted the key, I'll rotate it afterwards.)", "We're on {prod}, account {cust}."],
             sv=["(Ja, jag vet att jag klistrat in nyckeln, jag byter den efteråt.)", "Vi kör {prod}, konto {cust}."],
             de=["(Ja, der Key ist im Klartext drin, ich rotiere ihn danach.)", "Wir nutzen {prod}, Konto {cust}."],
             es=["(Sí, ya sé que he pegado la clave, la cambiaré después.)", "Usamos {prod}, cuenta {cust}."]),
        prod=c.neg("product_name", group="saas"), cust=c.neg("customer_number"))
    signoff(c, p)


@scenario("config_paste", 1.1)
def sc_config(c):
    set_company(c, c.pick(["saas", "isp"]))
    p = c.requester_setup(c.person())
    greet(c, c.agent)
    use_env = c.chance(0.5)
    if use_env:
        c.P(c.tr(en=["After migrating to the new server nothing connects any more. This is our .env (production):",
                     "Since {d} our app can't reach your SMTP relay or the database. Here's the .env we deploy with:"],
                 sv=["Efter flytten till nya servern ansluter ingenting. Här är vår .env (produktion):",
                     "Sedan {d} når vår app varken ert SMTP-relä eller databasen. Så här ser .env-filen ut:"],
                 de=["nach der Migration auf den neuen Server verbindet sich nichts mehr. Das ist unsere .env (Produktion):",
                     "seit dem {d} erreicht unsere App weder Ihr SMTP-Relay noch die Datenbank. Hier unsere .env:"],
                 es=["Después de migrar al servidor nuevo no conecta nada. Este es nuestro .env (producción):",
                     "Desde el {d} la aplicación no llega ni a vuestro relay SMTP ni a la base de datos. Este es el .env:"]),
            d=c.neg("date"))
    else:
        c.P(c.tr(en=["Our app can't send mail through your SMTP relay since {d}. Here's the relevant config (production):"],
                 sv=["Vår app kan inte skicka mejl via ert SMTP-relä sedan {d}. Här är konfigurationen (produktion):"],
                 de=["seit dem {d} kann unsere App keine Mails mehr über Ihr SMTP-Relay senden. Hier die Konfiguration (Produktion):"],
                 es=["Desde el {d} nuestra aplicación no puede enviar correo por vuestro relay SMTP. Esta es la configuración (producción):"]),
            d=c.neg("date"))
    smtp_user = c.work_email(p, c.pick(company_pool(c.loc))[1]) if c.chance(0.6) else c.role_email(c.company_domain, "relay")
    if use_env:
        segs = c.segs("APP_ENV=production\nAPP_VERSION={v}\nDB_HOST={ip}\nDB_USER=app\nDB_PASSWORD={pw}\nDATABASE_URL={url}\n"
                      "SMTP_HOST=smtp.{dom}\nSMTP_PORT=587\nSMTP_USER={su}\nSMTP_PASSWORD={pw2}\n",
                      v=c.neg("version"), ip=c.ipv4(private=True), pw=c.password(), url=c.secret("url_credentials"),
                      dom=c.company_domain, su=smtp_user, pw2=c.password())
        extra = c.pick(["aws", "stripe", "sentry", "slack"])
        if extra == "aws":
            segs += c.segs("AWS_ACCESS_KEY_ID={a}\nAWS_SECRET_ACCESS_KEY={s}\nAWS_REGION=eu-north-1", a=c.secret("aws_access_key"), s=c.secret("aws_secret_key"))
        elif extra == "stripe":
            segs += c.segs("STRIPE_SECRET_KEY={s}\nSTRIPE_WEBHOOK_SECRET={w}", s=c.secret("stripe_secret"), w=L("whsec_" + rs(c.rng, 32), "secret", "webhook_secret"))
        elif extra == "sentry":
            segs += c.segs("SENTRY_RELEASE={sha}\nGITHUB_TOKEN={g}", sha=c.neg("git_sha"), g=c.secret(c.pick(["github_token", "github_pat"])))
        else:
            segs += c.segs("SLACK_WEBHOOK_URL={s}\nSLACK_BOT_TOKEN={t}", s=c.secret("slack_webhook"), t=c.secret("slack_token"))
    else:
        segs = c.segs("# config/production.yml\nmailer:\n  host: smtp.{dom}\n  port: 587\n  username: {su}\n  password: \"{pw}\"\n"
                      "database:\n  host: {ip}\n  user: shop\n  password: {pw2}\nintegrations:\n  google_maps_key: {g}\n  sendgrid_api_key: {sg}\n"
                      "  build: {b}",
                      dom=c.company_domain, su=smtp_user, pw=c.password(), ip=c.ipv4(private=c.chance(0.6)), pw2=c.password(),
                      g=c.secret("google_api_key"), sg=c.secret("sendgrid"), b=c.neg("build_number"))
    c.add(Pre(segs))
    c.P(c.tr(en=["The error we get is {err}. Server time zone is UTC, error started at {t}."],
             sv=["Felet vi får är {err}. Servern kör UTC, felet började {t}."],
             de=["Der Fehler lautet {err}. Serverzeit ist UTC, angefangen hat es um {t}."],
             es=["El error es {err}. El servidor está en UTC, empezó a las {t}."]),
        err=c.neg("error_code"), t=c.neg("time"))
    biz_sig(c, p, phones=1, address=False) if c.chance(0.5) else signoff(c, p)


@scenario("deploy_key", 0.8)
def sc_deploy_key(c):
    set_company(c, "saas")
    p = c.requester_setup(c.person())
    greet(c)
    c.P(c.tr(en=["Our CI can't pull from the repo any more ({err}). I regenerated the deploy key yesterday - this is the private key we added to the pipeline, is the format wrong?",
                 "Which key format does your SFTP import expect? I'm using this one and it's rejected:"],
             sv=["Vår CI kan inte hämta från repot längre ({err}). Jag genererade en ny deploy-nyckel igår, det här är den privata nyckeln vi lagt in. Är formatet fel?",
                 "Vilket nyckelformat förväntar sig er SFTP-import? Jag använder den här och den nekas:"],
             de=["unser CI kann nicht mehr aus dem Repo ziehen ({err}). Ich habe gestern den Deploy-Key neu erzeugt, das ist der private Schlüssel aus der Pipeline. Stimmt das Format nicht?",
                 "welches Schlüsselformat erwartet Ihr SFTP-Import? Ich nutze diesen hier und er wird abgelehnt:"],
             es=["Nuestro CI ya no puede hacer pull del repo ({err}). Ayer regeneré la clave de despliegue; esta es la clave privada que pusimos en el pipeline, ¿el formato está mal?",
                 "¿Qué formato de clave espera vuestra importación por SFTP? Uso esta y la rechaza:"]),
        err=c.neg("error_code"))
    c.add(Pre([c.secret("pem_private_key")]))
    c.P(c.tr(en=["Fingerprint shown in your UI: SHA256:{fp}. Runner image {v}, commit {sha}."],
             sv=["Fingeravtryck i ert gränssnitt: SHA256:{fp}. Runner-image {v}, commit {sha}."],
             de=["Fingerprint in Ihrer Oberfläche: SHA256:{fp}. Runner-Image {v}, Commit {sha}."],
             es=["Huella en vuestra interfaz: SHA256:{fp}. Imagen del runner {v}, commit {sha}."]),
        fp=N(rs(c.rng, 43, ALNUM + "+/"), "key_fingerprint"), v=c.neg("version"), sha=c.neg("git_sha"))
    signoff(c, p)


@scenario("webhook_slack", 0.8)
def sc_webhook(c):
    set_company(c, "saas")
    p = c.requester_setup(c.person())
    greet(c, c.agent)
    c.P(c.tr(en=["Alerts from {prod} stopped arriving in our Slack channel on {d}. The webhook is configured as:",
                 "Your Slack integration returns {err} when we click 'Send test'. URL we entered:"],
             sv=["Larm från {prod} slutade komma till vår Slack-kanal den {d}. Webhooken är konfigurerad så här:",
                 "Er Slack-integration ger {err} när vi klickar på 'Skicka test'. URL:en vi angav:"],
             de=["Benachrichtigungen aus {prod} kommen seit dem {d} nicht mehr in unserem Slack-Kanal an. Der Webhook ist so eingetragen:",
                 "Ihre Slack-Integration liefert {err}, wenn wir auf 'Test senden' klicken. Eingetragene URL:"],
             es=["Las alertas de {prod} dejaron de llegar a nuestro canal de Slack el {d}. El webhook está configurado así:",
                 "Vuestra integración con Slack devuelve {err} al pulsar 'Enviar prueba'. La URL que pusimos:"]),
        prod=c.neg("product_name", group="saas"), d=c.neg("date"), err=c.neg("error_code"))
    c.add(Para([c.secret("slack_webhook")]))
    c.P(c.tr(en=["Event id of the last one that worked: {u}. Our team's bot token is {t} if you need to test the reverse direction."],
             sv=["Event-id för den sista som fungerade: {u}. Botens token är {t} om ni behöver testa åt andra hållet."],
             de=["Event-ID der letzten funktionierenden Nachricht: {u}. Unser Bot-Token ist {t}, falls Sie die Gegenrichtung testen wollen."],
             es=["ID del último evento que funcionó: {u}. El token del bot es {t} por si necesitáis probar en sentido contrario."]),
        u=c.neg("uuid"), t=c.secret("slack_token"))
    signoff(c, p)


@scenario("bug_report", 1.0)
def sc_bug(c):
    set_company(c, "saas")
    p = c.requester_setup(c.person(), known_prob=0.35)
    greet(c)
    c.P(c.tr(en=["Since updating to {v} (build {b}) the export button is invisible in dark mode - it's {hx} on {hx2}. Exports over {sz} also time out with {err}.",
                 "App crashes on start after the latest update ({v}, build {b}). Crash log attached ({sz})."],
             sv=["Sedan uppdateringen till {v} (build {b}) syns inte exportknappen i mörkt läge – den är {hx} på {hx2}. Exporter över {sz} får dessutom timeout med {err}.",
                 "Appen kraschar vid start efter senaste uppdateringen ({v}, build {b}). Kraschlogg bifogad ({sz})."],
             de=["seit dem Update auf {v} (Build {b}) ist der Export-Button im Dark Mode unsichtbar – {hx} auf {hx2}. Exporte über {sz} brechen außerdem mit {err} ab.",
                 "die App stürzt nach dem letzten Update ({v}, Build {b}) beim Start ab. Crash-Log hängt an ({sz})."],
             es=["Desde que actualicé a la {v} (build {b}) el botón de exportar no se ve en modo oscuro: es {hx} sobre {hx2}. Además las exportaciones de más de {sz} fallan con {err}.",
                 "La app se cierra al abrirla desde la última actualización ({v}, build {b}). Adjunto el log ({sz})."]),
        v=c.neg("version"), b=c.neg("build_number"), hx=c.neg("hex_colour"), hx2=c.neg("hex_colour"), sz=c.neg("file_size"), err=c.neg("error_code"))
    c.add(Pre(c.segs("Device: {dev}\nOS: {os}\nApp: {prod} {v}\nSession: {u}\nLast sync: {ts}",
                     dev=c.pick(["Pixel 8", "iPhone 13 mini", "Galaxy S23", "iPad Air (5th gen)", "ThinkPad T14", "MacBook Pro 14"]),
                     os=c.neg("build_number"), prod=c.neg("product_name", group="saas"), v=c.neg("version"), u=c.neg("uuid"),
                     ts=c.neg("timestamp"))))
    c.P(c.tr(en=["Thanks!", "Cheers", "Thanks, keep up the good work otherwise."], sv=["Tack!", "Tack på förhand."],
             de=["Danke!", "Vielen Dank im Voraus."], es=["¡Gracias!", "Gracias de antemano."]))
    if c.known is not None:
        c.blocks.pop()
        signoff(c, p)


@scenario("isp_outage", 1.0)
def sc_isp(c):
    set_company(c, "isp")
    p = c.requester_setup(c.person())
    greet(c, c.agent)
    addr, _ = c.address(p.loc, "one")
    c.P(c.tr(en=["Our broadband at {a} has been dropping every evening since {d}. The router ({dev}, MAC {mac}) shows WAN IP {ip} when it works, and {err} when it doesn't.",
                 "No internet since {t} today at {a}. Router is a {dev}, MAC {mac}, firmware {v}."],
             sv=["Vårt bredband på {a} har kopplat ner varje kväll sedan {d}. Routern ({dev}, MAC {mac}) visar WAN-IP {ip} när det fungerar och {err} när det inte gör det.",
                 "Inget internet sedan {t} idag på {a}. Routern är en {dev}, MAC {mac}, firmware {v}."],
             de=["unser Internet unter {a} bricht seit dem {d} jeden Abend ab. Der Router ({dev}, MAC {mac}) zeigt WAN-IP {ip}, wenn es geht, sonst {err}.",
                 "seit {t} heute kein Internet unter {a}. Router {dev}, MAC {mac}, Firmware {v}."],
             es=["La fibra en {a} se corta todas las noches desde el {d}. El router ({dev}, MAC {mac}) muestra la IP {ip} cuando funciona y {err} cuando no.",
                 "Sin internet desde las {t} de hoy en {a}. El router es un {dev}, MAC {mac}, firmware {v}."]),
        a=addr, d=c.neg("date"), dev=c.neg("product_name", group="device"), mac=c.neg("mac_address"), ip=c.ipv4(),
        err=c.neg("error_code"), t=c.neg("time"), v=c.neg("version"))
    if c.chance(0.5):
        c.P(c.tr(en=["IPv6 address from the status page: {ip6}. Line/account number {cust}."],
                 sv=["IPv6-adress från statussidan: {ip6}. Abonnemangsnummer {cust}."],
                 de=["IPv6-Adresse laut Statusseite: {ip6}. Vertragsnummer {cust}."],
                 es=["Dirección IPv6 de la página de estado: {ip6}. Nº de contrato {cust}."]),
            ip6=c.ipv6(), cust=c.neg("customer_number"))
    c.P(c.tr(en=["A technician can call me on {ph}, I work from home so any time is fine."],
             sv=["Tekniker kan ringa mig på {ph}, jag jobbar hemifrån så det går bra när som helst."],
             de=["Ein Techniker kann mich unter {ph} erreichen, ich bin im Homeoffice."],
             es=["El técnico me puede llamar al {ph}, teletrabajo y estoy siempre en casa."]),
        ph=c.phone_seg(p))
    signoff(c, p)


@scenario("phishing_report", 0.8)
def sc_phishing(c):
    set_company(c, c.pick(["saas", "retail", "isp", "insurance"]))
    p = c.requester_setup(c.person())
    greet(c)
    c.P(c.tr(en=["I got this email pretending to be from you. I didn't click anything, but it has my name and my address so I'm worried you've had a data leak. Forwarding it below.",
                 "Is this genuine? Looks like phishing to me."],
             sv=["Jag fick det här mejlet som låtsas komma från er. Jag klickade inte på något, men det innehåller mitt namn och min adress så jag undrar om ni haft en dataläcka. Vidarebefordrar nedan.",
                 "Är det här äkta? Ser ut som nätfiske."],
             de=["ich habe diese E-Mail bekommen, die angeblich von Ihnen ist. Ich habe nichts angeklickt, aber mein Name und meine Adresse stehen drin. Hatten Sie ein Datenleck? Weitergeleitet unten.",
                 "ist das echt? Sieht für mich nach Phishing aus."],
             es=["He recibido este correo que dice ser vuestro. No he pinchado nada, pero sale mi nombre y mi dirección, así que me preocupa que haya habido una filtración. Lo reenvío abajo.",
                 "¿Esto es real? Me parece phishing."]))
    signoff(c, p)
    fake_dom = c.pick(["secure-verify-account.com", "support-billing-update.net", "kundservice-verifiera.info", "konto-sicherheit24.com", "atencion-clientes-seguro.com"])
    sender = L(c.pick(["no-reply", "security", "billing"]) + "@" + fake_dom, "email", "role")
    addr, _ = c.address(p.loc, "one")
    body = [Para(c.segs(c.tr(en=["Dear {n},"], sv=["Hej {n},"], de=["Sehr geehrte/r {n},"], es=["Estimado/a {n}:"]), n=c.name(p, "full"))),
            Para(c.segs(c.tr(en=["We were unable to deliver your parcel to {a}. To reschedule please confirm your payment details within 24 hours: {u}"],
                             sv=["Vi kunde inte leverera ditt paket till {a}. Bekräfta dina betalningsuppgifter inom 24 timmar: {u}"],
                             de=["Ihr Paket konnte nicht an {a} zugestellt werden. Bitte bestätigen Sie Ihre Zahlungsdaten innerhalb von 24 Stunden: {u}"],
                             es=["No hemos podido entregar su paquete en {a}. Confirme sus datos de pago en 24 horas: {u}"]),
                        a=addr, u=c.secret("url_token_phish"))),
            Para(c.segs("Ref: {r}", r=c.neg("tracking_number")))]
    hdr = quote_header(c, "forward", c.person("us" if c.chance(0.3) else c.loc), sender,
                       to_segs=[c.email(p)], subject=c.tr(en="Action required: delivery failed", sv="Åtgärd krävs: leverans misslyckades",
                                                          de="Handlung erforderlich: Zustellung fehlgeschlagen", es="Acción necesaria: entrega fallida"),
                       sub="third_party")
    c.add(Quote("forward", hdr, body))


@scenario("howto_question", 0.8)
def sc_howto(c):
    """No personal data at all."""
    set_company(c, "saas")
    c.requester_setup(c.person(), known_prob=0.0)
    greet(c)
    c.P(c.tr(en=["How do I export all invoices from {y} as CSV? The export in {prod} {v} only gives me the current month, and the file is capped at {sz}.",
                 "Quick question: is there a way to change the colour of the booking widget from {hx} to our brand colour? We're on the {prod} plan."],
             en_nn=["How can I export the invoices of {y} to CSV? In {prod} {v} I see only this month."],
             sv=["Hur exporterar jag alla fakturor från {y} som CSV? Exporten i {prod} {v} ger bara innevarande månad och filen stannar på {sz}.",
                 "Snabb fråga: går det att byta färg på bokningswidgeten från {hx} till vår profilfärg? Vi har {prod}."],
             de=["wie exportiere ich alle Rechnungen aus {y} als CSV? Der Export in {prod} {v} liefert nur den aktuellen Monat und ist auf {sz} begrenzt.",
                 "kurze Frage: kann man die Farbe des Buchungs-Widgets von {hx} auf unsere Hausfarbe ändern? Wir haben {prod}."],
             es=["¿Cómo exporto todas las facturas de {y} en CSV? La exportación de {prod} {v} solo me da el mes actual y el archivo se corta en {sz}.",
                 "Pregunta rápida: ¿se puede cambiar el color del widget de reservas de {hx} al color de nuestra marca? Tenemos {prod}."]),
        y=str(c.rng.randint(2021, 2024)), prod=c.neg("product_name", group="saas"), v=c.neg("version"), sz=c.neg("file_size"), hx=c.neg("hex_colour"))
    if c.chance(0.5):
        c.P(c.tr(en=["We tried the API too, but the docs example uses {ph} and I'm not sure which key goes there."],
                 sv=["Vi testade API:t också, men exemplet i dokumentationen använder {ph} och jag vet inte vilken nyckel som ska in där."],
                 de=["Wir haben es auch per API versucht, aber im Doku-Beispiel steht {ph} und ich weiß nicht, welcher Schlüssel da hin soll."],
                 es=["Probamos con la API también, pero el ejemplo de la documentación usa {ph} y no sé qué clave va ahí."]),
            ph=c.neg("placeholder_secret"))
    c.P(c.tr(en=["Thanks!", "Thanks in advance.", "Cheers"], sv=["Tack!", "Tack på förhand!"], de=["Danke!", "Vielen Dank."], es=["¡Gracias!", "Un saludo."]))


@scenario("feature_request", 0.6)
def sc_feature(c):
    """No personal data; product/team names, numbers."""
    set_company(c, "saas")
    c.requester_setup(c.person(), known_prob=0.0)
    greet(c)
    c.P(c.tr(en=["Feature request from our {team}: could {prod} support 4-part build numbers like {b} in the release notes field? Right now anything after {v} is cut off.",
                 "It would be great if the dashboard showed percentages ({pct}) and not just totals ({a})."],
             sv=["Önskemål från vårt {team}: kan {prod} stödja fyrdelade buildnummer som {b} i fältet för release notes? Just nu klipps allt efter {v} bort.",
                 "Det vore bra om instrumentpanelen visade procent ({pct}) och inte bara summor ({a})."],
             de=["Feature-Wunsch aus unserem {team}: könnte {prod} vierstellige Buildnummern wie {b} im Release-Notes-Feld unterstützen? Aktuell wird alles nach {v} abgeschnitten.",
                 "Schön wäre, wenn das Dashboard Prozentwerte ({pct}) statt nur Summen ({a}) anzeigt."],
             es=["Petición de nuestro {team}: ¿podría {prod} admitir números de build de cuatro partes como {b} en el campo de notas? Ahora todo lo que va después de {v} se corta.",
                 "Estaría genial que el panel mostrara porcentajes ({pct}) y no solo totales ({a})."]),
        team=c.neg("team_name"), prod=c.neg("product_name", group="saas"), b=c.neg("build_number"), v=c.neg("version"),
        pct=c.neg("percentage"), a=c.neg("amount"))
    c.P(c.tr(en=["Thanks", "Regards, the ops team"], sv=["Tack", "Hälsningar, driftteamet"], de=["Danke", "Grüße aus dem Ops-Team"], es=["Gracias", "Saludos del equipo de sistemas"]))

# ============================================================================
# Scenarios (part 3: people, bookings, pastes, forms, chains)
# ============================================================================


def chat_time(c, h, m):
    return N("%02d:%02d" % (h, m) if c.loc != "us" else "%d:%02d %s" % ((h % 12) or 12, m, "AM" if h < 12 else "PM"), "time")


@scenario("chat_transcript", 1.3)
def sc_chat(c):
    set_company(c, c.pick(["retail", "isp", "saas", "travel", "energy"]))
    if c.html:
        c.set_style(c.pick(["helpdesk", "webform"]))
    p = c.requester_setup(c.person())
    a = c.agent
    h, m = c.rng.randint(8, 20), c.rng.randint(0, 45)
    ip = c.ipv4() if c.chance(0.8) else c.ipv6()
    head = c.segs(c.tr(en="Chat transcript - {co}\nStarted: {ts}\nVisitor: {n} ({e})\nVisitor IP: {ip}\nUser agent: {ua}\nAgent: {an}",
                       sv="Chattlogg - {co}\nStartad: {ts}\nBesökare: {n} ({e})\nBesökarens IP: {ip}\nWebbläsare: {ua}\nHandläggare: {an}",
                       de="Chatprotokoll - {co}\nBeginn: {ts}\nBesucher: {n} ({e})\nIP des Besuchers: {ip}\nBrowser: {ua}\nMitarbeiter: {an}",
                       es="Transcripción del chat - {co}\nInicio: {ts}\nVisitante: {n} ({e})\nIP del visitante: {ip}\nNavegador: {ua}\nAgente: {an}"),
                  co=c.neg("company_name", name=c.company_name), ts=c.neg("timestamp"), n=c.name(p, "full"), e=c.email(p), ip=ip,
                  ua=[T(c.pick(["Chrome ", "Edge ", "Firefox ", "Safari "])), c.neg("build_number"), T(c.pick([" / Windows 10", " / macOS", " / Android 14", " / iOS 17"]))],
                  an=c.name(a, "full", "agent"))
    c.add(Para(head))
    vis = lambda: c.name(p, "first") if c.chance(0.6) else c.name(p, "full")
    ag = lambda: c.name(a, "first", "agent")
    lines = []

    def say(who, template, **slots):
        nonlocal h, m
        m += c.rng.randint(0, 2)
        if m >= 60:
            h, m = h + 1, m - 60
        lines.extend([T("\n[")] + [chat_time(c, h, m)] + [T("] ")] + [who(), T(": ")] + c.segs(template, **slots))

    addr, _ = c.address(p.loc, "one")
    say(vis, c.tr(en=["hi, my order {o} says delivered but i never got it", "hello I need help with my bill"],
                  sv=["hej, min order {o} står som levererad men jag har inte fått den", "hej behöver hjälp med min faktura"],
                  de=["hallo, Bestellung {o} steht auf zugestellt, ist aber nicht da", "hallo ich brauche Hilfe mit meiner Rechnung"],
                  es=["hola, el pedido {o} pone entregado pero no me ha llegado", "hola necesito ayuda con mi factura"]), o=c.neg("order_number"))
    say(ag, c.tr(en=["Hi {n}, thanks for waiting. Let me look into that for you.", "Hello {n}! Happy to help - one moment please."],
                 sv=["Hej {n}! Tack för att du väntade, jag kollar direkt.", "Hej {n}, ett ögonblick så tittar jag."],
                 de=["Hallo {n}, danke fürs Warten. Ich schaue gleich nach.", "Hallo {n}! Einen Moment bitte."],
                 es=["Hola {n}, gracias por esperar. Lo reviso ahora mismo.", "¡Hola {n}! Un momento, por favor."]), n=c.name(p, "first"))
    say(ag, c.tr(en=["Can you confirm the address it should have gone to and a phone number for the courier?"],
                 sv=["Kan du bekräfta leveransadressen och ett telefonnummer till budet?"],
                 de=["Können Sie mir die Lieferadresse und eine Telefonnummer für den Kurier bestätigen?"],
                 es=["¿Me confirmas la dirección de entrega y un teléfono para el repartidor?"]))
    say(vis, "{a}", a=addr)
    say(vis, "{ph}", ph=c.phone_seg(p))
    if c.chance(0.35):
        say(vis, c.tr(en=["your chat won't let me type my email, it's {e}"], sv=["chatten låter mig inte skriva mejladressen, den är {e}"],
                      de=["der chat lässt mich keine mailadresse eingeben, sie lautet {e}"], es=["el chat no me deja escribir el correo, es {e}"]),
            e=c.obf_email(p))
    if c.chance(0.3):
        say(vis, c.tr(en=["can u just charge the reship to this card {card}", "use this card for the difference {card}"],
                      sv=["kan ni dra frakten på det här kortet {card}", "ta mellanskillnaden på det här kortet {card}"],
                      de=["könnt ihr den versand einfach von der karte abbuchen {card}", "die differenz bitte von dieser karte {card}"],
                      es=["podéis cobrar el reenvío en esta tarjeta {card}", "cobrad la diferencia en esta tarjeta {card}"]), card=c.card_seg())
        say(ag, c.tr(en=["Please don't post card numbers in the chat - I'll send you a secure payment link instead."],
                     sv=["Skriv helst inte kortnummer i chatten, jag skickar en säker betallänk i stället."],
                     de=["Bitte keine Kartennummern im Chat posten, ich schicke Ihnen einen sicheren Zahlungslink."],
                     es=["Por favor, no escribas números de tarjeta en el chat; te envío un enlace de pago seguro."]))
    if c.chance(0.5):
        fam = c.person(p.loc)
        say(vis, c.tr(en=["my partner {f} might answer if i'm at work"], sv=["min sambo {f} kan svara om jag jobbar"],
                      de=["evtl. geht mein Mann/meine Frau {f} ran"], es=["si estoy trabajando puede contestar mi pareja, {f}"]),
            f=c.name(fam, "first" if c.chance(0.5) else "full", "family"))
    say(ag, c.tr(en=["Thanks. I've opened a claim with the courier (reference {r}); you'll get an update by email within {n} working days."],
                 sv=["Tack! Jag har öppnat ett ärende hos transportören (referens {r}), du får besked via mejl inom {n} arbetsdagar."],
                 de=["Danke. Ich habe beim Paketdienst einen Nachforschungsauftrag eröffnet (Referenz {r}), Sie hören innerhalb von {n} Werktagen von uns."],
                 es=["Gracias. He abierto una reclamación con la empresa de transporte (referencia {r}); te escribiremos en {n} días laborables."]),
        r=c.neg("ticket_number"), n=str(c.rng.randint(2, 5)))
    say(vis, c.tr(en=["ok thanks", "great, thank you!"], sv=["okej tack", "toppen, tack!"], de=["ok danke", "super, danke!"], es=["vale gracias", "genial, ¡gracias!"]))
    lines[0] = T(lines[0].s.lstrip("\n"))
    c.add(Para(lines))


@scenario("call_notes", 1.2)
def sc_call_notes(c):
    set_company(c, c.pick(["energy", "insurance", "isp", "health", "property"]))
    if c.html:
        c.set_style("helpdesk")
    p = c.requester_setup(c.person())
    born = rand_date(c.rng, 1940, 2003)
    dob, _ = c.dob(born)
    idkind = {"se": "se_personnummer", "de": "de_steuer_id", "es": c.pick(["es_dni", "es_nie"]), "uk": c.pick(["uk_nino", "uk_nhs"]),
              "au": c.pick(["au_medicare", "au_tfn"]), "us": "us_ssn"}[p.loc]
    if p.loc == "se" and c.chance(0.15):
        idkind = "se_samordningsnummer"
    idseg = c.natid(idkind, born=born)
    addr, _ = c.address(p.loc, "one")
    fam = c.person(p.loc)
    tmpl = c.tr(
        en=["Call notes {d} {t}\nInbound call from {n}, cb no. {ph}\nID&V: DOB {dob}, {idl} {id} - passed\nCust moved to {a} on {d2}, wants final bill for old property. Spouse {f} to be added as 2nd account holder.\nAdvised bill within {k} working days. Follow up if not received by {d3}.\n- {ag}",
            "Spoke to {n} ({ph}). Verified with DOB {dob} and {idl} {id}.\nIssue: direct debit bounced ({err}). New address: {a}. Also wants {f} removed as authorised contact.\nActions: raised {tk}, callback arranged for {t}.\n{ag}"],
        sv=["Samtalsanteckning {d} {t}\nInkommande samtal från {n}, återuppringning {ph}\nID-kontroll: född {dob}, {idl} {id} - ok\nKunden har flyttat till {a} den {d2} och vill ha slutfaktura för gamla adressen. Sambo {f} ska läggas till som medkontohavare.\nInformerat om faktura inom {k} arbetsdagar. Följ upp om inget kommit {d3}.\n/{ag}",
            "Pratade med {n} ({ph}). Verifierad med födelsedatum {dob} och {idl} {id}.\nÄrende: autogiro studsade ({err}). Ny adress: {a}. Vill även ta bort {f} som kontaktperson.\nÅtgärd: ärende {tk}, ringer upp {t}.\n{ag}"],
        de=["Gesprächsnotiz {d} {t}\nAnruf von {n}, Rückruf unter {ph}\nIdentifikation: geb. {dob}, {idl} {id} - ok\nKunde ist am {d2} nach {a} umgezogen, möchte Schlussrechnung für alte Wohnung. Ehepartner/in {f} soll als zweite/r Vertragsinhaber/in aufgenommen werden.\nRechnung innerhalb von {k} Werktagen zugesagt. Wiedervorlage {d3}.\n{ag}",
            "Telefonat mit {n} ({ph}). Verifiziert über Geburtsdatum {dob} und {idl} {id}.\nAnliegen: Lastschrift geplatzt ({err}). Neue Anschrift: {a}. {f} soll als Ansprechpartner gelöscht werden.\nMaßnahmen: Vorgang {tk}, Rückruf um {t} vereinbart.\n{ag}"],
        es=["Notas de llamada {d} {t}\nLlamada entrante de {n}, devolver al {ph}\nVerificación: fecha de nacimiento {dob}, {idl} {id} - OK\nEl cliente se mudó a {a} el {d2}, quiere la factura final de la vivienda anterior. Añadir a su pareja {f} como segundo titular.\nSe le informa de factura en {k} días hábiles. Revisar si no la recibe antes del {d3}.\n{ag}",
            "Hablado con {n} ({ph}). Verificado con fecha de nacimiento {dob} y {idl} {id}.\nMotivo: recibo devuelto ({err}). Nueva dirección: {a}. Quiere quitar a {f} como contacto autorizado.\nAcciones: incidencia {tk}, le llamamos a las {t}.\n{ag}"])
    idl = {"se_personnummer": "pnr", "se_samordningsnummer": "samordningsnr", "de_steuer_id": "Steuer-ID", "es_dni": "DNI", "es_nie": "NIE",
           "uk_nino": "NINO", "uk_nhs": "NHS no.", "au_medicare": "Medicare", "au_tfn": "TFN", "us_ssn": "SSN"}[idkind]
    c.P(tmpl, d=c.neg("date"), t=c.neg("time"), n=c.name(p, c.pick(["full", "full", "lower"])), ph=c.phone_seg(p), dob=dob, idl=idl, id=idseg,
        a=addr, d2=c.neg("date"), f=c.name(fam, "full", "family"), k=str(c.rng.randint(3, 10)), d3=c.neg("date"), ag=c.name(c.agent, "first", "agent"),
        err=c.neg("error_code"), tk=c.neg("ticket_number"))


@scenario("medical_booking", 1.1)
def sc_medical(c):
    set_company(c, "health")
    p = c.requester_setup(c.person())
    child = Person(c.pick(FIRST[LOC_LANG[p.loc]][c.pick("fm")]), p.last, p.loc, "x")
    born = rand_date(c.rng, 2010, 2022)
    dob, _ = c.dob(born)
    doc = c.person(p.loc)
    greet(c)
    idkind = {"se": "se_personnummer", "uk": "uk_nhs", "au": "au_medicare", "es": "es_dni", "de": None, "us": None}[p.loc]
    rel = c.tr(en=c.pick(["son", "daughter"]), sv=c.pick(["son", "dotter"]), de=c.pick(["Tochter", "Sohn"]), es=c.pick(["hijo", "hija"]))
    c.P(c.tr(en=["I'd like to book an appointment for my {rel} {ch} (DOB {dob}) with Dr {doc}, ideally on {d} after {t}. It's about a rash that hasn't gone away.",
                 "Could {ch} (born {dob}) please see Dr {doc} for a follow-up? Any morning next week works."],
             en_nn=["I want to make an appointment for my {rel} {ch}, born {dob}, with Dr. {doc}. Best is {d} after {t}."],
             sv=["Jag skulle vilja boka en tid för min {rel} {ch} (född {dob}) hos doktor {doc}, helst den {d} efter {t}. Det gäller utslag som inte går över.",
                 "Kan {ch} (född {dob}) få en återbesökstid hos {doc}? Vilken förmiddag som helst nästa vecka."],
             de=["ich möchte einen Termin für mein{e2} {rel} {ch} (geb. {dob}) bei Dr. {doc} vereinbaren, am liebsten am {d} nach {t}. Es geht um einen Ausschlag, der nicht weggeht.",
                 "kann {ch} (Geburtsdatum: {dob}) bitte einen Kontrolltermin bei Frau/Herrn Dr. {doc} bekommen? Vormittags nächste Woche passt immer."],
             es=["Quería pedir cita para mi {rel} {ch} (fecha de nacimiento {dob}) con la Dra./el Dr. {doc}, a ser posible el {d} después de las {t}. Es por una erupción que no se le quita.",
                 "¿Podría {ch} (nacido/a el {dob}) tener cita de revisión con {doc}? Me va bien cualquier mañana de la semana que viene."]).replace("{e2}", "e" if rel == "Tochter" else ""),
        rel=rel,
        ch=c.name(child, c.pick(["full", "first"]), "family"), dob=dob, doc=c.name(doc, c.pick(["last", "full"]), "third_party"),
        d=c.neg("date"), t=c.neg("time"))
    if idkind:
        lab = {"se_personnummer": "Personnummer", "uk_nhs": "NHS number", "au_medicare": "Medicare card", "es_dni": "DNI"}[idkind]
        if c.lang == "es" and idkind == "es_dni":
            c.P("DNI del padre/madre: {id}. Tarjeta sanitaria en recepción.", id=c.natid("es_dni"))
        else:
            c.P(lab + ": {id}", id=c.natid(idkind, born=born))
    c.P(c.tr(en=["Best number to reach me is {ph}."], sv=["Ni når mig bäst på {ph}."], de=["Am besten erreichen Sie mich unter {ph}."],
             es=["Mejor llamarme al {ph}."]), ph=c.phone_seg(p))
    signoff(c, p)


@scenario("vet_booking", 0.5)
def sc_vet(c):
    set_company(c, "health")
    p = c.requester_setup(c.person())
    pet = c.pick(["Nala", "Simba", "Rocky", "Luna", "Pelusa", "Zorro", "Findus", "Chispa", "Pünktchen", "Kaja", "Lakritz", "Trufa"])
    greet(c)
    c.P(c.tr(en=["Our dog {pet} needs her booster vaccination. Can we come in on {d} at {t}? Last visit was invoice {inv}."],
             sv=["Vår hund {pet} behöver sin påfyllnadsvaccination. Kan vi komma {d} kl. {t}? Senaste besöket var faktura {inv}."],
             de=["unser Hund {pet} braucht die Auffrischungsimpfung. Können wir am {d} um {t} kommen? Letzter Besuch: Rechnung {inv}."],
             es=["Nuestra perra {pet} necesita la vacuna de refuerzo. ¿Podemos ir el {d} a las {t}? La última visita fue la factura {inv}."]),
        pet=N(pet, "pet_name"), d=c.neg("date"), t=c.neg("time"), inv=c.neg("invoice_number"))
    c.P(c.tr(en=["Microchip no. {chip}. My mobile is {ph}."], sv=["Chipnummer {chip}. Mitt mobilnummer är {ph}."],
             de=["Chipnummer {chip}. Handy: {ph}."], es=["Nº de microchip {chip}. Mi móvil: {ph}."]),
        chip=N("%s%s" % (c.pick(["752", "276", "724", "826", "036", "840"]), rand_digits(c.rng, 12)), "microchip_number"), ph=c.phone_seg(p))
    signoff(c, p)


@scenario("insurance_claim", 1.1)
def sc_insurance(c):
    set_company(c, "insurance")
    p = c.requester_setup(c.person())
    greet(c, c.agent)
    pol = N(c.pick(["POL-", "HF-", "VKN-", "CS-"]) + rand_digits(c.rng, 7), "policy_number")
    addr, _ = c.address(p.loc, "one")
    other = c.person(p.loc)
    c.P(c.tr(en=["I need to make a claim on policy {pol}. On {d} at about {t} a delivery van reversed into my parked car outside {a}. The other driver was {o}, phone {oph}, and admitted fault on the spot.",
                 "Claim for water damage under home policy {pol}: a pipe burst in the flat upstairs on {d}. Affected property: {a}. The upstairs neighbour is {o} ({oph})."],
             sv=["Jag vill anmäla en skada på försäkring {pol}. Den {d} runt {t} backade en budbil in i min parkerade bil utanför {a}. Föraren hette {o}, telefon {oph}, och erkände direkt att det var fel.",
                 "Vattenskada, hemförsäkring {pol}: ett rör sprack i lägenheten ovanför den {d}. Drabbad bostad: {a}. Grannen ovanför heter {o} ({oph})."],
             de=["ich möchte einen Schaden zu Vertrag {pol} melden. Am {d} gegen {t} ist ein Lieferwagen vor {a} rückwärts in mein geparktes Auto gefahren. Fahrer/in: {o}, Telefon {oph}, hat die Schuld sofort zugegeben.",
                 "Wasserschaden, Hausratversicherung {pol}: am {d} ist in der Wohnung über uns ein Rohr geplatzt. Betroffene Wohnung: {a}. Nachbar oben: {o} ({oph})."],
             es=["Quiero dar parte de un siniestro de la póliza {pol}. El {d} sobre las {t} una furgoneta de reparto dio marcha atrás y golpeó mi coche aparcado delante de {a}. Quien conducía es {o}, teléfono {oph}, y reconoció la culpa.",
                 "Siniestro por daños de agua, póliza de hogar {pol}: el {d} reventó una tubería en el piso de arriba. Vivienda afectada: {a}. El vecino de arriba es {o} ({oph})."]),
        pol=pol, d=c.neg("date"), t=c.neg("time"), a=addr, o=c.name(other, "full", "third_party"), oph=c.phone_seg(other))
    c.P(c.tr(en=["Repair quote is {amt}. Please pay out to {iban}."], sv=["Offerten på reparationen är {amt}. Betala ut till {iban}."],
             de=["Der Kostenvoranschlag liegt bei {amt}. Auszahlung bitte auf {iban}."], es=["El presupuesto de reparación es de {amt}. Ingresadlo en {iban}."]),
        amt=c.neg("amount", lo=300, hi=9000), iban=c.iban_seg({"se": "SE", "de": "DE", "es": "ES", "uk": "GB"}.get(p.loc, "GB")))
    if c.chance(0.5):
        c.P(c.tr(en=["Photos attached ({sz}). Witness: {w}, {wph}."], sv=["Bilder bifogade ({sz}). Vittne: {w}, {wph}."],
                 de=["Fotos im Anhang ({sz}). Zeugin/Zeuge: {w}, {wph}."], es=["Adjunto fotos ({sz}). Testigo: {w}, {wph}."]),
            sz=c.neg("file_size"), w=c.name(c.person(p.loc), "full", "third_party"), wph=c.phone_seg(loc=p.loc))
    signoff(c, p, extra=[T("\n")] + [c.phone_seg(p)] if c.chance(0.4) else None)


@scenario("travel_booking", 1.1)
def sc_travel(c):
    set_company(c, "travel")
    p = c.requester_setup(c.person())
    greet(c, c.agent)
    ref = N(rs(c.rng, 6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"), "booking_reference")
    c.P(c.tr(en=["We're booked on {ref} departing {d}. The names on two tickets are misspelled and one date of birth is wrong. Correct passenger details:",
                 "Please add the passenger details for booking {ref} ({d}):"],
             sv=["Vi har bokning {ref} med avresa {d}. Två av namnen är felstavade och ett födelsedatum är fel. Rätt uppgifter:",
                 "Här kommer resenärsuppgifterna till bokning {ref} ({d}):"],
             de=["wir haben Buchung {ref} mit Abreise am {d}. Zwei Namen sind falsch geschrieben und ein Geburtsdatum stimmt nicht. Korrekte Reisedaten:",
                 "anbei die Reisendendaten zur Buchung {ref} ({d}):"],
             es=["Tenemos la reserva {ref} con salida el {d}. Hay dos nombres mal escritos y una fecha de nacimiento incorrecta. Datos correctos de los pasajeros:",
                 "Os paso los datos de los pasajeros de la reserva {ref} ({d}):"]),
        ref=ref, d=c.neg("date"))
    hdr = [[T(c.tr(en="Passenger", sv="Resenär", de="Reisende/r", es="Pasajero"))],
           [T(c.tr(en="Date of birth", sv="Födelsedatum", de="Geburtsdatum", es="Fecha de nacimiento"))],
           [T(c.tr(en="Seat", sv="Plats", de="Sitz", es="Asiento"))]]
    rows = [hdr]
    party = [p] + [c.person(p.loc) for _ in range(c.rng.randint(1, 3))]
    for i, q in enumerate(party):
        if i and c.chance(0.6):
            q.last = p.last
        d, _ = c.dob(rand_date(c.rng, 1950 if i < 2 else 2008, 2004 if i < 2 else 2020))
        rows.append([[c.name(q, "full" if c.chance(0.8) else "upper", "requester" if q is p else "family")], [d],
                     [T("%d%s" % (c.rng.randint(3, 38), c.pick("ABCDEF")))]])
    c.add(Table(rows, header=True, plain=c.pick(["grid", "md", "csv", "tsv"]), sep=c.pick([",", ";"])))
    c.P(c.tr(en=["Lead passenger contact: {e}, {ph}. We paid {amt} by card {m}."],
             sv=["Kontakt huvudresenär: {e}, {ph}. Vi betalade {amt} med kort {m}."],
             de=["Kontakt Hauptreisende/r: {e}, {ph}. Bezahlt wurden {amt} mit Karte {m}."],
             es=["Contacto del titular: {e}, {ph}. Pagamos {amt} con la tarjeta {m}."]),
        e=c.email(p), ph=c.phone_seg(p), amt=c.neg("amount", lo=200, hi=6000), m=c.neg("masked_card"))
    signoff(c, p)


@scenario("school_parent", 1.0)
def sc_school(c):
    set_company(c, "school")
    p = c.requester_setup(c.person())
    child = Person(c.pick(FIRST[LOC_LANG[p.loc]][c.pick("fm")]), p.last, p.loc, "x")
    teacher = c.person(p.loc)
    gran = c.person(p.loc, "f")
    greet(c, teacher if c.chance(0.5) else None)
    c.P(c.tr(en=["{ch} ({cls}) has a dentist appointment on {d} so I'll collect {ch2} at {t}. Could you let {tt} know?",
                 "Just letting you know that {ch}'s grandmother, {g}, will be picking {ch2} up every Thursday this term. Her number is {gph}."],
             en_nn=["My {rel} {ch} from class {cls} has doctor on {d}, I will pick up at {t}. Please tell to {tt}."],
             sv=["{ch} i {cls} har tandläkartid den {d}, så jag hämtar {ch2} kl. {t}. Kan ni meddela {tt}?",
                 "Vill bara meddela att {ch}s mormor, {g}, hämtar på torsdagar den här terminen. Hennes nummer är {gph}."],
             de=["{ch} aus der {cls} hat am {d} einen Zahnarzttermin, ich hole {ch2} deshalb um {t} ab. Könnten Sie {tt} Bescheid geben?",
                 "zur Info: {ch}s Oma, {g}, holt in diesem Halbjahr donnerstags ab. Ihre Nummer ist {gph}."],
             es=["{ch}, de {cls}, tiene dentista el {d}, así que pasaré a recoger a {ch2} a las {t}. ¿Se lo podéis decir a {tt}?",
                 "Os aviso de que la abuela de {ch}, {g}, le recogerá los jueves este trimestre. Su teléfono es el {gph}."]),
        ch=c.name(child, "full" if c.chance(0.3) else "first", "family"), ch2=c.tr(en=c.pick(["them", "her", "him"]), sv="hen", de=c.pick(["sie", "ihn"]), es="él/ella"),
        cls=c.tr(en=c.pick(["Year 3", "Class 4B", "Grade 2", "Kindy Blue"]), sv=c.pick(["klass 3B", "Solrosen", "förskoleklassen"]),
                 de=c.pick(["Klasse 2a", "3b", "Igelgruppe"]), es=c.pick(["3º B", "Infantil 5 años", "2º A"])),
        rel=c.pick(["son", "daughter"]), d=c.neg("date"), t=c.neg("time"), tt=c.name(teacher, c.pick(["full", "first"]), "third_party"),
        g=c.name(gran, "full", "family"), gph=c.phone_seg(gran))
    if p.loc == "se" and c.chance(0.3):
        c.P("Barnets personnummer om ni behöver det: {id}", id=c.natid("se_personnummer", born=rand_date(c.rng, 2012, 2020)))
    if c.chance(0.15):
        c.P(c.tr(en=["Please use my new email for the newsletter: {e}"], sv=["Använd gärna min nya mejl till veckobrevet: {e}"],
                 de=["Für den Elternbrief bitte meine neue Mailadresse: {e}"], es=["Para las circulares, mi correo nuevo es {e}"]),
            e=c.obf_email(p, fresh=True))
    if c.chance(0.5):
        addr, _ = c.address(p.loc, "one")
        c.P(c.tr(en=["Also, we've moved - new address is {a}."], sv=["Vi har också flyttat, ny adress: {a}."],
                 de=["Außerdem sind wir umgezogen, neue Adresse: {a}."], es=["Además nos hemos mudado, la nueva dirección es {a}."]), a=addr)
    extra = None
    if p.gender == "f" and c.chance(0.4):
        pre, post = {"en": (" (", "'s mum)"), "sv": (" (", "s mamma)"), "de": (" (Mama von ", ")"), "es": (" (madre de ", ")")}[c.lang]
        extra = [T(pre), c.name(child, "first", "family"), T(post)]
    signoff(c, p, extra=extra)


@scenario("landlord_tenant", 1.0)
def sc_tenant(c):
    set_company(c, "property")
    p = c.requester_setup(c.person())
    addr, _ = c.address(p.loc, c.pick(["one", "multi"]))
    caretaker = c.person(p.loc)
    greet(c, c.agent)
    c.P(c.tr(en=["Re: {a}", "Property: {a}"], sv=["Gäller: {a}", "Lägenhet: {a}"], de=["Objekt: {a}", "Betreff: Wohnung {a}"],
             es=["Vivienda: {a}", "Ref.: {a}"]), a=addr)
    c.P(c.tr(en=["The bathroom fan has stopped working and there's mould coming through on the ceiling. I told {ct} about it on {d} but nothing has happened.",
                 "Our hot water has been out since {d}. {ct} came round once and said a part was on order."],
             sv=["Fläkten i badrummet har slutat fungera och det börjar bli mögel i taket. Jag sa det till {ct} den {d} men inget har hänt.",
                 "Varmvattnet har varit borta sedan {d}. {ct} var här en gång och sa att en del var beställd."],
             de=["der Lüfter im Bad ist kaputt und an der Decke bildet sich Schimmel. Ich habe {ct} am {d} Bescheid gegeben, aber es ist nichts passiert.",
                 "wir haben seit dem {d} kein warmes Wasser. {ct} war einmal da und meinte, ein Ersatzteil sei bestellt."],
             es=["El extractor del baño no funciona y está saliendo moho en el techo. Se lo dije a {ct} el {d} pero no ha pasado nada.",
                 "Llevamos sin agua caliente desde el {d}. {ct} vino una vez y dijo que había pedido una pieza."]),
        ct=c.name(caretaker, c.pick(["full", "first"]), "third_party"), d=c.neg("date"))
    fm = c.person(p.loc)
    c.P(c.tr(en=["Access is fine any weekday after {t}. If nobody's home my flatmate {fm} can let you in ({fph})."],
             sv=["Det går bra att komma in vardagar efter {t}. Är ingen hemma kan min rumskompis {fm} öppna ({fph})."],
             de=["Zugang werktags ab {t} möglich. Wenn niemand da ist, kann " + ("meine Mitbewohnerin" if fm.gender == "f" else "mein Mitbewohner") + " {fm} aufmachen ({fph})."],
             es=["Se puede entrar cualquier día laborable a partir de las {t}. Si no hay nadie, " + ("mi compañera" if fm.gender == "f" else "mi compañero") + " de piso {fm} puede abrir ({fph})."]),
        t=c.neg("time"), fm=c.name(fm, "full", "third_party"), fph=c.phone_seg(loc=p.loc))
    if local_cc(p.loc) and c.chance(0.4):
        c.P(c.tr(en=["Rent for this month ({amt}) is paid as usual from {iban}."], sv=["Hyran för den här månaden ({amt}) är betald som vanligt från {iban}."],
                 de=["Die Miete für diesen Monat ({amt}) ist wie immer von {iban} überwiesen."], es=["El alquiler de este mes ({amt}) está pagado como siempre desde {iban}."]),
            amt=c.neg("amount", lo=400, hi=2500), iban=c.iban_seg({"se": "SE", "de": "DE", "es": "ES", "uk": "GB"}.get(p.loc, "GB")))
    signoff(c, p, extra=[T("\n")] + [c.phone_seg(p)])


@scenario("payroll_tax", 1.1)
def sc_payroll(c):
    set_company(c, "payroll")
    p = c.requester_setup(c.person())
    born = rand_date(c.rng, 1960, 2004)
    greet(c, c.agent)
    idkind, lab = {"se": ("se_personnummer", "personnummer"), "de": ("de_steuer_id", "Steuer-ID"), "es": (c.pick(["es_dni", "es_nie"]), "NIF"),
                   "uk": ("uk_nino", "National Insurance number"), "au": ("au_tfn", "TFN"), "us": ("us_ssn", "SSN")}[p.loc]
    if p.loc == "se" and c.chance(0.2):
        idkind, lab = "se_samordningsnummer", "samordningsnummer"
    emp = N(c.pick(["E", "MA-", "EMP", "P"]) + safe_num(c.rng, 5), "employee_number")
    c.P(c.tr(en=["My payslip for {mo} shows emergency tax again. I gave HR my {lab} when I started - it's {id}. Employee no. {emp}. Can you make sure it's recorded correctly?",
                 "I started at {co} on {d} and haven't been paid yet. Employee number {emp}, {lab} {id}."],
             en_au=["My pay for {mo} was taxed at the no-TFN rate. My TFN is {id} and I lodged the declaration on {d}. Employee ID {emp}."],
             en_us=["My W-2 shows the wrong SSN. The correct one is {id}. Employee ID {emp}, started {d}."],
             sv=["Min lönespecifikation för {mo} visar fel skattetabell igen. Jag lämnade mitt {lab} till HR när jag började: {id}. Anställningsnummer {emp}.",
                 "Jag började på {co} den {d} och har inte fått någon lön än. Anst.nr {emp}, {lab} {id}."],
             de=["auf meiner Gehaltsabrechnung für {mo} steht wieder Steuerklasse 6. Meine {lab} habe ich bei Eintritt angegeben: {id}. Personalnummer {emp}.",
                 "ich habe am {d} bei {co} angefangen und noch kein Gehalt bekommen. Personalnummer {emp}, {lab} {id}."],
             es=["En la nómina de {mo} me han vuelto a aplicar una retención incorrecta. Mi {lab} es {id}, lo di al entrar. Nº de empleado {emp}.",
                 "Empecé en {co} el {d} y todavía no he cobrado. Nº de empleado {emp}, {lab} {id}."]),
        mo=MONTHS[c.lang][c.rng.randint(0, 11)], lab=lab, id=c.natid(idkind, born=born), emp=emp, d=c.neg("date"),
        co=c.neg("company_name", name=c.pick(company_pool(c.loc))[0]))
    if p.loc == "au" and c.chance(0.4):
        c.P("I also do some contract work for you on the side - ABN {abn} - in case that's what's confusing the system.", abn=c.natid("au_abn"))
    cc = {"se": "SE", "de": "DE", "es": "ES", "uk": "GB"}.get(p.loc)
    if cc and c.chance(0.7):
        c.P(c.tr(en=["Salary account: {iban} (new since last month)."], sv=["Lönekonto: {iban} (nytt sedan förra månaden)."],
                 de=["Gehaltskonto: {iban} (neu seit letztem Monat)."], es=["Cuenta para la nómina: {iban} (nueva desde el mes pasado)."]),
            iban=c.iban_seg(cc))
    if c.chance(0.5):
        dob, _ = c.dob(born)
        addr, _ = c.address(p.loc, "one")
        c.P(c.tr(en=["Date of birth: {dob}\nHome address: {a}"], sv=["Födelsedatum: {dob}\nHemadress: {a}"],
                 de=["Geburtsdatum: {dob}\nWohnanschrift: {a}"], es=["Fecha de nacimiento: {dob}\nDomicilio: {a}"]), dob=dob, a=addr)
    signoff(c, p, extra=[T("\n"), c.neg("job_title", gender=p.gender)] if c.chance(0.4) else None)


def time_window(c):
    """Two ordered clock times (negatives)."""
    h1 = c.rng.randint(7, 14)
    h2 = h1 + c.rng.randint(2, 4)
    m = c.pick([0, 0, 30])
    if c.loc == "us" or (c.loc in ("uk", "au") and c.chance(0.5)):
        f = lambda h: "%d:%02d%s" % ((h % 12) or 12, m, "am" if h < 12 else "pm")
    elif c.lang == "de":
        f = lambda h: "%02d:%02d" % (h, m) if c.chance(0.7) else "%d Uhr" % h
    else:
        f = lambda h: "%02d:%02d" % (h, m)
    return N(f(h1), "time"), N(f(h2), "time")


@scenario("forwarded_chain", 1.2)
def sc_forward_chain(c):
    set_company(c, c.pick(["retail", "saas", "property", "events", "logistics"]))
    p = c.requester_setup(c.person())
    comp, dom = c.pick(company_pool(c.loc))
    colleague = c.person(p.loc)
    supplier = c.person(c.agent.loc)
    greet(c, c.agent)
    c.P(c.tr(en=["Forwarding the thread below - {col} has been going back and forth with your colleague for two weeks and we still don't have a working delivery slot. Can you take over?",
                 "See below. This needs escalating please."],
             sv=["Vidarebefordrar tråden nedan – {col} har mejlat fram och tillbaka med er i två veckor utan att vi fått en leveranstid. Kan du ta över?",
                 "Se nedan. Det här behöver eskaleras."],
             de=["ich leite den Verlauf unten weiter – {col} schreibt seit zwei Wochen mit Ihrem Kollegen hin und her und wir haben immer noch keinen Liefertermin. Können Sie übernehmen?",
                 "siehe unten. Bitte eskalieren."],
             es=["Os reenvío el hilo de abajo: {col} lleva dos semanas escribiéndose con vuestro compañero y seguimos sin fecha de entrega. ¿Podéis encargaros?",
                 "Ver abajo. Hay que escalar esto, por favor."]),
        col=c.name(colleague, "first", "colleague"))
    signoff(c, p)
    ce = c.work_email(colleague, dom)
    se_ = c.work_email(supplier, c.company_domain)
    t_inner, t_mid = thread_times(c, 2)
    t1, t2 = time_window(c)
    inner = [Para(c.segs(c.tr(en=["Hi {n},"], sv=["Hej {n},"], de=["Hallo {n},"], es=["Hola {n}:"]), n=c.name(colleague, "first", "colleague"))),
             Para(c.segs(c.tr(en=["The earliest we can offer is {d} between {t1} and {t2}. The driver will call {ph} 30 minutes before."],
                              sv=["Tidigast vi kan erbjuda är {d} mellan {t1} och {t2}. Chauffören ringer {ph} 30 minuter innan."],
                              de=["Frühestens können wir den {d} zwischen {t1} und {t2} anbieten. Der Fahrer ruft 30 Minuten vorher unter {ph} an."],
                              es=["Lo antes posible sería el {d} entre las {t1} y las {t2}. El conductor llamará al {ph} media hora antes."]),
                         d=c.neg("date", d=t_inner[0] + datetime.timedelta(days=c.rng.randint(5, 20))), t1=t1, t2=t2, ph=c.phone_seg(colleague))),
             Para([T(c.tr(en="Best,\n", sv="Mvh\n", de="Grüße\n", es="Saludos,\n")), c.name(supplier, "full", "agent"), T("\n"),
                   c.neg("company_name", name=c.company_name), T("\n"), c.phone_seg(loc=supplier.loc, kind="office", sub="office")])]
    addr, _ = c.address(p.loc, "one")
    mid = [Para(c.segs(c.tr(en=["That's no good, the site at {a} is closed that day. Can we do any morning the week after? PO is {po}."],
                            sv=["Det funkar inte, vi har stängt på {a} den dagen. Går någon förmiddag veckan efter? Inköpsorder {po}."],
                            de=["Das passt nicht, unser Standort {a} ist an dem Tag zu. Geht ein Vormittag in der Woche danach? Bestellnummer {po}."],
                            es=["No nos sirve, el local de {a} está cerrado ese día. ¿Alguna mañana de la semana siguiente? Pedido {po}."]),
                       a=addr, po=c.neg("order_number"))),
           Para([T(c.tr(en="Thanks\n", sv="Tack\n", de="Danke\n", es="Gracias\n")), c.name(colleague, "first", "colleague")])]
    if c.hstyle == "outlook" or (not c.html and c.chance(0.4)):
        style = "outlook"
    else:
        style = "gt"
    if style == "gt":
        h_inner = quote_header(c, "gt", supplier, se_, sub="agent", when=t_inner)
        mid.append(Quote("gt", h_inner, inner))
        h_mid = quote_header(c, "forward", colleague, ce, to_segs=[c.work_email(p, dom)],
                             subject=c.tr(en="Re: Delivery slot", sv="Sv: Leveranstid", de="AW: Liefertermin", es="RE: Fecha de entrega"),
                             sub="colleague", when=t_mid)
        c.add(Quote("forward", h_mid, mid))
    else:
        h_mid = quote_header(c, "outlook", colleague, ce, to_segs=[c.name(supplier, "full", "agent"), T(" <"), se_, T(">")],
                             subject=c.tr(en="RE: Delivery slot", sv="SV: Leveranstid", de="AW: Liefertermin", es="RE: Fecha de entrega"),
                             sub="colleague", when=t_mid)
        c.add(Quote("outlook", h_mid, mid))
        h_inner = quote_header(c, "outlook", supplier, L(se_.v, "email", "work"),
                               to_segs=[c.name(colleague, "full", "colleague"), T(" <"), L(ce.v, "email", "work"), T(">")],
                               subject=c.tr(en="Delivery slot", sv="Leveranstid", de="Liefertermin", es="Fecha de entrega"), sub="agent", when=t_inner)
        c.add(Quote("outlook", h_inner, inner))


@scenario("mobile_typed", 1.1)
def sc_mobile(c):
    set_company(c, c.pick(["retail", "logistics", "isp", "energy", "travel"]))
    p = c.requester_setup(c.person())
    if c.html:
        c.set_style("mobile")
    addr, _ = c.address(p.loc, "one")
    addr.v = addr.v.lower() if c.chance(0.5) else addr.v
    tmpl = c.tr(en=["hi my parcel {o} still hasnt come can someone call me {ph} im at {a} all day thx {n}",
                 "hey its {n} again my internet is down AGAIN since {t} pls call {ph}",
                 "hello the driver left a card but no one knocked?? order {o} pls redeliver tmrw to {a} or call {ph}"],
             en_nn=["hello my package {o} not arrive please call me {ph} address {a} thank you {n}"],
             sv=["hej mitt paket {o} har inte kommit kan nån ringa {ph} jag är hemma på {a} hela dagen tack {n}",
                 "hej det är {n} igen nätet ligger nere IGEN sen {t} ring {ph}",
                 "hallå budet lämnade en lapp men ingen knackade?? order {o} leverera imorgon till {a} el ring {ph}"],
             de=["hallo mein paket {o} ist immer noch nicht da kann mich jemand anrufen {ph} bin den ganzen tag da {a} danke {n}",
                 "hi hier nochmal {n} internet ist schon WIEDER weg seit {t} bitte ruft an {ph}",
                 "hallo der fahrer hat ne karte eingeworfen aber keiner hat geklingelt?? bestellung {o} bitte morgen nochmal an {a} oder anrufen {ph}"],
             es=["hola mi paquete {o} todavia no ha llegado me podeis llamar al {ph} estoy todo el dia en {a} gracias {n}",
                 "hola soy {n} otra vez se ha ido internet OTRA VEZ desde las {t} llamadme al {ph}",
                 "hola el repartidor dejo un aviso pero nadie llamo al timbre?? pedido {o} traedlo mañana a {a} o llamad al {ph}"])
    if "{n}" not in tmpl:
        tmpl += c.pick([" - {n}", " /{n}", " {n}"])
    c.P(tmpl,
        o=c.neg("order_number"), ph=c.phone_seg(p, nosplit=True), a=addr, n=c.name(p, c.pick(["lower", "first", "first"])), t=c.neg("time"))
    if c.chance(0.25):
        c.P(c.tr(en=["or email {e}", "my email is {e}"], sv=["eller maila {e}", "mejl {e}"], de=["oder mailt mir {e}", "email {e}"],
                 es=["o escribidme a {e}", "mi correo es {e}"]), e=c.obf_email(p))
    if c.chance(0.25):
        c.P(c.tr(en=["also the card on my acct expired use this one {card} exp {exp}"], sv=["kortet på kontot har gått ut ta det här {card} {exp}"],
                 de=["ach und die karte im konto ist abgelaufen nehmt die {card} gültig bis {exp}"], es=["y la tarjeta de la cuenta caducó usad esta {card} cad {exp}"]),
            card=c.card_seg(style=c.pick(["compact", "space"])), exp="%02d/%02d" % (c.rng.randint(1, 12), c.rng.randint(26, 30)))
    if c.chance(0.6):
        mobile_footer(c)


@scenario("csv_paste", 0.9)
def sc_csv(c):
    set_company(c, c.pick(["saas", "events", "retail"]))
    p = c.requester_setup(c.person())
    greet(c, c.agent)
    c.P(c.tr(en=["The bulk import keeps rejecting our file ({err}) so I'm pasting the rows here. Could you load them manually into account {cust}?",
                 "These customers didn't sync to your system last night. Export from our CRM:"],
             sv=["Massimporten avvisar vår fil ({err}) så jag klistrar in raderna här. Kan ni lägga in dem manuellt på konto {cust}?",
                 "De här kunderna synkades inte till ert system i natt. Export från vårt CRM:"],
             de=["der Sammelimport lehnt unsere Datei ab ({err}), deshalb füge ich die Zeilen hier ein. Können Sie sie manuell in Konto {cust} einspielen?",
                 "diese Kunden wurden heute Nacht nicht synchronisiert. Export aus unserem CRM:"],
             es=["La importación masiva rechaza nuestro archivo ({err}), así que os pego las filas aquí. ¿Las podéis cargar a mano en la cuenta {cust}?",
                 "Estos clientes no se sincronizaron anoche. Exportación de nuestro CRM:"]),
        err=c.neg("error_code"), cust=c.neg("customer_number"))
    sep = "," if c.lang == "en" else c.pick([";", ","])
    cols = c.pick([["name", "email", "phone", "city"], ["first_name", "last_name", "email", "mobile", "created"], ["id", "full_name", "email", "city", "signup_date"]])
    rows = [[[T(x)] for x in cols]]
    for _ in range(c.rng.randint(3, 7)):
        q = c.person(c.loc)
        row = []
        for col in cols:
            if col == "name" or col == "full_name":
                row.append([c.name(q, "full", "third_party")])
            elif col == "first_name":
                row.append([L(q.first, "person_name", "third_party")])
            elif col == "last_name":
                row.append([L(q.last, "person_name", "third_party")])
            elif col == "email":
                row.append([c.email(q)])
            elif col in ("phone", "mobile"):
                row.append([c.phone_seg(q, nosplit=True)])
            elif col == "city":
                row.append([c.neg("city")])
            elif col in ("created", "signup_date"):
                row.append([c.neg("date")])
            elif col == "id":
                row.append([c.neg("customer_number")])
        rows.append(row)
    c.add(Table(rows, header=True, plain=c.pick(["csv", "csv", "tsv"]), sep=sep))
    signoff(c, p)


@scenario("markdown_onboarding", 0.8)
def sc_md(c):
    set_company(c, "saas")
    p = c.requester_setup(c.person())
    greet(c, c.agent)
    c.P(c.tr(en=["Please set up the following users on our {prod} workspace (contract {cust}). They start on the dates shown:",
                 "New starters for next month - can you create logins?"],
             sv=["Lägg gärna upp följande användare i vår {prod}-miljö (avtal {cust}). Startdatum enligt tabellen:",
                 "Nyanställda nästa månad – kan ni skapa inloggningar?"],
             de=["bitte legen Sie folgende Benutzer in unserem {prod}-Workspace an (Vertrag {cust}). Startdaten siehe Tabelle:",
                 "neue Kolleg:innen ab nächstem Monat – können Sie Zugänge anlegen?"],
             es=["Por favor, dad de alta a estos usuarios en nuestro espacio de {prod} (contrato {cust}). Empiezan en las fechas indicadas:",
                 "Incorporaciones del mes que viene, ¿podéis crearles acceso?"]),
        prod=c.neg("product_name", group="saas"), cust=c.neg("customer_number"))
    comp, dom = c.pick(company_pool(c.loc))
    rows = [[[T(x)] for x in c.tr(en=[["Name", "Email", "Role", "Start"]], sv=[["Namn", "E-post", "Roll", "Start"]],
                                   de=[["Name", "E-Mail", "Rolle", "Start"]], es=[["Nombre", "Correo", "Puesto", "Inicio"]])]]
    for _ in range(c.rng.randint(2, 5)):
        q = c.person(c.loc)
        rows.append([[c.name(q, "full", "colleague")], [c.work_email(q, dom)], [c.neg("job_title", gender=q.gender)], [c.neg("date")]])
    c.add(Table(rows, header=True, plain="md"))
    biz_sig(c, p, comp, dom, phones=1, address=False)


@scenario("web_form", 1.4)
def sc_webform(c):
    set_company(c, c.pick(["retail", "energy", "insurance", "health", "property", "travel", "isp"]))
    if c.html:
        c.set_style("webform")
    p = c.requester_setup(c.person(), known_prob=0.55)
    c.P(c.tr(en=["New submission from the contact form on {dom}", "Contact form: {dom}/contact"],
             sv=["Nytt meddelande via kontaktformuläret på {dom}"], de=["Neue Nachricht über das Kontaktformular auf {dom}"],
             es=["Nuevo mensaje del formulario de contacto de {dom}"]), dom=c.company_domain)
    F = lambda en, sv, de, es: [T(c.tr(en=en, sv=sv, de=de, es=es))]
    rows = []
    if c.chance(0.5):
        rows.append([F("First name", "Förnamn", "Vorname", "Nombre"), [c.name(p, "first")]])
        rows.append([F("Last name", "Efternamn", "Nachname", "Apellidos"), [c.name(p, "last")]])
    else:
        rows.append([F("Name", "Namn", "Name", "Nombre y apellidos"), [c.name(p, c.pick(["full", "full", "lower", "upper"]))]])
    rows.append([F("Email", "E-post", "E-Mail", "Correo electrónico"), [c.email(p)]])
    rows.append([F("Phone", "Telefon", "Telefon", "Teléfono"), [c.phone_seg(p)]])
    if c.chance(0.6):
        addr, _ = c.address(p.loc, "one")
        rows.append([F("Address", "Adress", "Adresse", "Dirección"), [addr]])
    if c.chance(0.35) and c.sector in ("insurance", "health", "travel"):
        born = rand_date(c.rng, 1940, 2006)
        dob, _ = c.dob(born)
        rows.append([F("Date of birth", "Födelsedatum", "Geburtsdatum", "Fecha de nacimiento"), [dob]])
        idf = {"uk": ("NHS number", "uk_nhs"), "au": ("Medicare number", "au_medicare"), "se": ("Personnummer", "se_personnummer"),
               "es": ("DNI/NIE", c.pick(["es_dni", "es_nie"]))}.get(p.loc)
        if idf and c.sector == "health" and c.chance(0.7):
            rows.append([[T(idf[0])], [c.natid(idf[1], born=born)]])
    if c.chance(0.4):
        rows.append([F("Customer number", "Kundnummer", "Kundennummer", "Nº de cliente"), [c.neg("customer_number")]])
    k = c.rng.randrange(4)
    topic = [("Billing", "Faktura", "Rechnung", "Facturación"), ("Booking", "Bokning", "Buchung", "Reservas"),
             ("Delivery", "Leverans", "Lieferung", "Envíos"), ("Payment", "Betalning", "Zahlung", "Pagos")][k]
    rows.append([F("Topic", "Ämne", "Thema", "Asunto"), F(*topic)])
    msgs = {
        "en": ["Hi, I was billed {a} on {d} but my plan is cheaper than that. Please call me back after {t}.",
               "Need to change my booking from {d} to the week after, please ring me.", "Where is my order {o}?? It was due on {d}.",
               "Your site won't take my card. Can you charge this one instead: {card}. Thanks"],
        "sv": ["Hej, jag fakturerades {a} den {d} men mitt abonnemang är billigare. Ring mig efter {t}.",
               "Behöver flytta min bokning från {d} till veckan efter, ring gärna.", "Var är min order {o}?? Den skulle komma {d}.",
               "Sidan tar inte mitt kort. Kan ni dra på det här i stället: {card}. Tack"],
        "de": ["Hallo, mir wurden am {d} {a} berechnet, mein Tarif ist aber günstiger. Bitte nach {t} zurückrufen.",
               "Muss meine Buchung vom {d} um eine Woche verschieben, bitte rufen Sie mich an.", "Wo bleibt meine Bestellung {o}?? Sollte am {d} kommen.",
               "Ihre Seite nimmt meine Karte nicht. Bitte stattdessen diese belasten: {card}. Danke"],
        "es": ["Hola, el {d} me cobrasteis {a} y mi tarifa es más barata. Llamadme después de las {t}.",
               "Necesito cambiar la reserva del {d} a la semana siguiente, llamadme por favor.", "¿¿Dónde está mi pedido {o}?? Tenía que llegar el {d}.",
               "La web no acepta mi tarjeta. Cobradme en esta otra: {card}. Gracias"],
    }
    msg = c.segs(msgs[c.lang][k], a=c.neg("amount"), d=c.neg("date"), t=c.neg("time"), o=c.neg("order_number"),
                 card=c.card_seg() if k == 3 else T(""))
    if c.chance(0.25):
        msg += c.segs(c.tr(en=[" (reply to {e} please, not the one above)"], sv=[" (svara till {e}, inte adressen ovan)"],
                           de=[" (Antwort bitte an {e}, nicht an die obige Adresse)"], es=[" (responded a {e}, no al de arriba)"]),
                      e=c.obf_email(p, fresh=True))
    rows.append([F("Message", "Meddelande", "Nachricht", "Mensaje"), msg])
    rows.append([F("Submitted", "Skickat", "Gesendet", "Enviado"), [c.neg("timestamp")]])
    if c.chance(0.5):
        rows.append([F("IP address", "IP-adress", "IP-Adresse", "Dirección IP"), [c.ipv4() if c.chance(0.8) else c.ipv6()]])
    c.add(Table(rows, plain="kv"))


@scenario("out_of_office", 0.9)
def sc_ooo(c):
    set_company(c, c.pick(["retail", "saas", "events", "logistics"]))
    p = c.requester_setup(c.person())
    comp, dom = c.pick(company_pool(c.loc))
    col = c.person(p.loc)
    c.P(c.tr(en=["Automatic reply: {subj}", "Out of Office: {subj}"], sv=["Automatiskt svar: {subj}"], de=["Automatische Antwort: {subj}"],
             es=["Respuesta automática: {subj}"]), subj=subject_line(c, c.tr(en="Your ticket", sv="Ditt ärende", de="Ihr Anliegen", es="Su consulta")))
    c.P(c.tr(en=["Thank you for your email. I'm out of the office until {d} with limited access to email. For anything urgent please contact {cn} on {cph} or {ce}.",
                 "I'm on annual leave and back on {d}. Your message will not be forwarded. Urgent enquiries: {cn}, {cph}, {ce}."],
             sv=["Tack för ditt mejl. Jag är tjänstledig till och med {d} och läser inte e-post. Vid brådskande ärenden kontakta {cn} på {cph} eller {ce}.",
                 "Jag har semester och är tillbaka {d}. Ditt mejl vidarebefordras inte. Brådskande: {cn}, {cph}, {ce}."],
             de=["Vielen Dank für Ihre Nachricht. Ich bin bis einschließlich {d} nicht im Büro. In dringenden Fällen wenden Sie sich bitte an {cn} unter {cph} oder {ce}.",
                 "Ich bin im Urlaub und ab dem {d} wieder erreichbar. Ihre E-Mail wird nicht weitergeleitet. Vertretung: {cn}, {cph}, {ce}."],
             es=["Gracias por su correo. Estoy fuera de la oficina hasta el {d}. Para asuntos urgentes, contacte con {cn} en el {cph} o en {ce}.",
                 "Estoy de vacaciones hasta el {d}. Su mensaje no será reenviado. Urgencias: {cn}, {cph}, {ce}."]),
        d=c.neg("date"), cn=c.name(col, "full", "colleague"), cph=c.phone_seg(col),
        ce=c.work_email(col, dom) if c.chance(0.75) else L(c.email_for(col, domain=dom).replace("@", c.pick([" (at) ", "[at]", "(at)"])), "email", "obfuscated"))
    if c.chance(0.5):
        c.P(c.tr(en=["For invoices please write to {r}."], sv=["Fakturafrågor skickas till {r}."], de=["Rechnungsfragen bitte an {r}."],
                 es=["Para facturas escriban a {r}."]), r=c.role_email(dom, c.pick(["accounts", "invoices", "ekonomi", "buchhaltung", "administracion"])))
    biz_sig(c, p, comp, dom, phones=c.pick([1, 2, 3]))


@scenario("b2b_quote", 1.0)
def sc_b2b(c):
    set_company(c, c.pick(["saas", "events", "retail", "logistics"]))
    p = c.requester_setup(c.person())
    comp, dom = c.pick(company_pool(c.loc))
    greet(c, c.agent)
    c.P(c.tr(en=["We're looking at moving our {n} staff from our current provider to {prod}. Could you send a quote for an annual licence, including onboarding? Our budget is around {a}.",
                 "Following our call on {d}, please send the revised offer. We'd need {n} seats from {d2}."],
             sv=["Vi funderar på att flytta våra {n} anställda till {prod}. Kan ni skicka en offert på årslicens inklusive uppstart? Budget runt {a}.",
                 "Efter vårt samtal den {d}: skicka gärna den reviderade offerten. Vi behöver {n} licenser från {d2}."],
             de=["wir überlegen, mit unseren {n} Mitarbeitenden zu {prod} zu wechseln. Könnten Sie uns ein Angebot für eine Jahreslizenz inkl. Onboarding schicken? Budget ca. {a}.",
                 "wie am {d} telefonisch besprochen, bitte das überarbeitete Angebot. Wir bräuchten {n} Lizenzen ab {d2}."],
             es=["Estamos pensando en pasar a nuestros {n} empleados a {prod}. ¿Nos enviáis presupuesto de licencia anual con la puesta en marcha? El presupuesto ronda los {a}.",
                 "Tras la llamada del {d}, enviadnos la oferta revisada. Necesitaríamos {n} licencias desde el {d2}."]),
        n=str(c.rng.randint(8, 400)), prod=c.neg("product_name", group="saas"), a=c.neg("amount", lo=2000, hi=90000), d=c.neg("date"), d2=c.neg("date"))
    if c.chance(0.5):
        cfo = c.person(p.loc)
        c.P(c.tr(en=["Please copy our finance director {n} ({e}) on the quote."], sv=["Sätt gärna vår ekonomichef {n} ({e}) på kopia."],
                 de=["Bitte setzen Sie unsere Finanzleitung {n} ({e}) in Kopie."], es=["Poned en copia a nuestra directora financiera, {n} ({e})." if cfo.gender == "f" else "Poned en copia a nuestro director financiero, {n} ({e})."]),
            n=c.name(cfo, "full", "colleague"), e=c.work_email(cfo, dom))
    biz_sig(c, p, comp, dom, phones=c.pick([2, 2, 3]))


@scenario("event_registration", 0.8)
def sc_event(c):
    set_company(c, "events")
    p = c.requester_setup(c.person())
    comp, dom = c.pick(company_pool(c.loc))
    greet(c)
    c.P(c.tr(en=["I'd like to register three colleagues for the conference on {d} (invoice to {co}, PO {po}):", "Registrations for {d}:"],
             sv=["Jag vill anmäla kollegor till konferensen den {d} (faktura till {co}, referens {po}):"],
             de=["ich möchte Kolleginnen und Kollegen für die Tagung am {d} anmelden (Rechnung an {co}, Bestellnr. {po}):"],
             es=["Quiero inscribir a unos compañeros al congreso del {d} (facturar a {co}, pedido {po}):"]),
        d=c.neg("date"), co=c.neg("company_name", name=comp), po=c.neg("order_number"))
    lines = []
    for i in range(c.rng.randint(2, 4)):
        q = c.person(p.loc)
        if i:
            lines.append(T("\n"))
        lines += [T("%d. " % (i + 1)), c.name(q, "full", "colleague"), T(" – "), c.neg("job_title", gender=q.gender), T(" – "), c.work_email(q, dom),
                  T(" – " + c.pick(c.tr(en=[["vegetarian", "no dietary requirements", "gluten free"]], sv=[["vegetarisk", "inga allergier", "laktosfri"]],
                                        de=[["vegetarisch", "keine Unverträglichkeiten", "vegan"]], es=[["vegetariano", "sin alergias", "celíaco"]])))]
    c.add(Para(lines))
    biz_sig(c, p, comp, dom, phones=1, address=c.chance(0.5))


@scenario("meter_reading", 0.8)
def sc_meter(c):
    set_company(c, "energy")
    p = c.requester_setup(c.person())
    greet(c)
    addr, _ = c.address(p.loc, "one")
    c.P(c.tr(en=["Meter reading for {a}: {r} kWh on {d} (meter no. {m}). Your estimate of {a2} is way too high.",
                 "Final reading as I moved out on {d}: {r}. Meter {m}. Supply address {a}."],
             sv=["Mätarställning för {a}: {r} kWh den {d} (mätare {m}). Er uppskattning på {a2} är alldeles för hög.",
                 "Slutavläsning, jag flyttade {d}: {r}. Mätare {m}. Anläggningsadress {a}."],
             de=["Zählerstand für {a}: {r} kWh am {d} (Zählernummer {m}). Ihre Schätzung von {a2} ist viel zu hoch.",
                 "Endablesung wegen Auszug am {d}: {r}. Zähler {m}. Verbrauchsstelle {a}."],
             es=["Lectura del contador de {a}: {r} kWh el {d} (contador {m}). Vuestra estimación de {a2} es demasiado alta.",
                 "Lectura final, me mudé el {d}: {r}. Contador {m}. Dirección de suministro {a}."]),
        a=addr, r=N(str(c.rng.randint(1000, 99999)), "meter_reading"), d=c.neg("date"),
        m=N(c.pick(["", "1ESY", "E"]) + rand_digits(c.rng, 8), "meter_number"), a2=c.neg("amount", lo=50, hi=900))
    if c.chance(0.5):
        new, _ = c.address(p.loc, "multi")
        c.add(Para([T(c.tr(en="Forwarding address for the final bill:\n", sv="Ny adress för slutfakturan:\n", de="Neue Anschrift für die Schlussrechnung:\n",
                           es="Dirección para la factura final:\n")), new]))
    signoff(c, p)


@scenario("newsletter_unsubscribe", 0.6)
def sc_unsub(c):
    set_company(c, c.pick(["retail", "travel", "events"]))
    p = c.requester_setup(c.person(), known_prob=0.5)
    if c.chance(0.2):
        c.P(c.tr(en=["stop emailing {e} !!!"], sv=["sluta maila {e} !!!"], de=["hört auf an {e} zu schreiben!!!"], es=["dejad de escribir a {e} !!!"]),
            e=c.obf_email(p))
        if c.known is not None:
            c.P("{n}", n=c.name(p, "first"))
    elif c.chance(0.5):
        c.P(c.tr(en=["unsubscribe {e}", "Please remove {e} from your mailing list."], sv=["avregistrera {e}", "Ta bort {e} från ert utskick."],
                 de=["bitte {e} vom Newsletter abmelden", "Abmelden: {e}"], es=["baja {e}", "Por favor, eliminad {e} de la lista de correo."]), e=c.email(p))
        if c.known is not None:
            c.P("{n}", n=c.name(p, "full"))
    else:
        greet(c)
        c.P(c.tr(en=["I've clicked unsubscribe three times and I'm still getting your emails at {e} and texts on {ph}. Take me off everything."],
                 sv=["Jag har klickat på avregistrera tre gånger men får fortfarande mejl till {e} och sms till {ph}. Ta bort mig från allt."],
                 de=["ich habe mich dreimal abgemeldet und bekomme trotzdem Mails an {e} und SMS an {ph}. Bitte aus allen Verteilern entfernen."],
                 es=["He pulsado darme de baja tres veces y sigo recibiendo correos en {e} y SMS en el {ph}. Quitadme de todo."]),
            e=c.email(p), ph=c.phone_seg(p))
        signoff(c, p)


@scenario("complaint_escalation", 1.0)
def sc_complaint(c):
    set_company(c, c.pick(["retail", "isp", "energy", "insurance", "travel"]))
    p = c.requester_setup(c.person())
    a2 = c.person(c.agent.loc)
    greet(c)
    c.P(c.tr(en=["This is my fourth email about the same problem (tickets {t1}, {t2}). {a1} promised a callback on {d} and {a2} told me a week later that there was no record of it.",
                 "I want to make a formal complaint about how my case ({t1}) has been handled. I have spoken to {a1} and {a2} and got two different answers."],
             sv=["Det här är fjärde mejlet om samma problem (ärenden {t1}, {t2}). {a1} lovade att ringa upp den {d} och {a2} sa en vecka senare att det inte fanns någon anteckning om det.",
                 "Jag vill lämna ett formellt klagomål på hur mitt ärende ({t1}) har hanterats. Jag har pratat med {a1} och {a2} och fått två olika svar."],
             de=["das ist meine vierte E-Mail zum selben Problem (Vorgänge {t1}, {t2}). {a1} hat mir für den {d} einen Rückruf versprochen, und {a2} sagte mir eine Woche später, davon sei nichts vermerkt.",
                 "ich möchte mich offiziell darüber beschweren, wie mein Fall ({t1}) bearbeitet wurde. Ich habe mit {a1} und {a2} gesprochen und zwei verschiedene Antworten bekommen."],
             es=["Es mi cuarto correo por el mismo problema (incidencias {t1}, {t2}). {a1} me prometió una llamada el {d} y una semana después {a2} me dijo que no constaba nada.",
                 "Quiero presentar una reclamación formal por cómo se ha gestionado mi caso ({t1}). He hablado con {a1} y con {a2} y me han dado dos respuestas distintas."]),
        t1=c.neg("ticket_number"), t2=c.neg("ticket_number"), a1=c.name(c.agent, c.pick(["first", "full"]), "agent"), a2=c.name(a2, "first", "agent"), d=c.neg("date"))
    c.P(c.tr(en=["I'd like a manager to call me on {ph}. If this isn't resolved by {d} I'll take it to the ombudsman."],
             sv=["Jag vill att en chef ringer mig på {ph}. Är det inte löst till {d} går jag vidare till Allmänna reklamationsnämnden."],
             de=["Ich möchte, dass mich eine Führungskraft unter {ph} anruft. Wenn das bis {d} nicht gelöst ist, wende ich mich an die Schlichtungsstelle."],
             es=["Quiero que me llame un responsable al {ph}. Si no está resuelto antes del {d}, acudiré a consumo."]),
        ph=c.phone_seg(p), d=c.neg("date"))
    signoff(c, p, form="full")
    if c.chance(0.5):
        quote_agent(c, c.tr(en=["We're sorry for the inconvenience. Your case {t} has been passed to our {team}."],
                            sv=["Vi beklagar besväret. Ditt ärende {t} har skickats vidare till {team}."],
                            de=["Wir bedauern die Unannehmlichkeiten. Ihr Vorgang {t} wurde an {team} weitergegeben."],
                            es=["Lamentamos las molestias. Su caso {t} se ha pasado a {team}."]),
                    t=c.neg("ticket_number"), team=c.neg("team_name"))


@scenario("change_of_address", 1.0)
def sc_move(c):
    set_company(c, c.pick(["insurance", "energy", "isp", "retail", "health"]))
    p = c.requester_setup(c.person())
    old, _ = c.address(p.loc, "one")
    new, _ = c.address(p.loc, c.pick(["one", "multi"]))
    greet(c, c.agent)
    c.P(c.tr(en=["We moved on {d}. Please update the address on customer number {cust} from {old} to:",
                 "New address from {d} - old one was {old}. Customer no. {cust}."],
             sv=["Vi flyttade den {d}. Uppdatera adressen på kundnummer {cust} från {old} till:",
                 "Ny adress från {d} – den gamla var {old}. Kundnr {cust}."],
             de=["wir sind am {d} umgezogen. Bitte ändern Sie die Anschrift zu Kundennummer {cust} von {old} auf:",
                 "neue Anschrift ab {d} – die alte war {old}. Kundennr. {cust}."],
             es=["Nos mudamos el {d}. Por favor cambiad la dirección del cliente {cust} de {old} a:",
                 "Nueva dirección desde el {d}; la antigua era {old}. Nº de cliente {cust}."]),
        d=c.neg("date"), cust=c.neg("customer_number"), old=old)
    c.add(Para([new]))
    if c.chance(0.25):
        c.P(c.tr(en=["New e-mail as well: {e}"], sv=["Ny mejladress också: {e}"], de=["Neue E-Mail-Adresse ebenfalls: {e}"], es=["También tengo correo nuevo: {e}"]),
            e=c.obf_email(p, fresh=True))
    if c.chance(0.5):
        partner = c.person(p.loc)
        partner.last = p.last if c.chance(0.5) else partner.last
        c.P(c.tr(en=["My partner {n} lives here too and should be on the account. Mobile: {ph}."],
                 sv=["Min sambo {n} bor också här och ska stå med på avtalet. Mobil {ph}."],
                 de=[("Meine Partnerin" if partner.gender == "f" else "Mein Partner") + " {n} wohnt auch hier und soll mit in den Vertrag. Handy {ph}."],
                 es=["Mi pareja, {n}, vive también aquí y debería figurar en el contrato. Su móvil es el {ph}."]),
            n=c.name(partner, "full", "family"), ph=c.phone_seg(partner))
    signoff(c, p)


@scenario("job_application", 0.7)
def sc_job(c):
    set_company(c, c.pick(["retail", "logistics", "health", "events"]))
    p = c.requester_setup(c.person())
    born = rand_date(c.rng, 1965, 2005)
    greet(c)
    c.P(c.tr(en=["I'm applying for the {job} role advertised on {d}. My CV is attached ({sz}); key details below in case the upload failed."],
             sv=["Jag söker tjänsten som {job} som annonserades den {d}. CV bifogat ({sz}), uppgifterna nedan ifall uppladdningen inte gick igenom."],
             de=["hiermit bewerbe ich mich auf die Stelle als {job} (Anzeige vom {d}). Lebenslauf anbei ({sz}); die wichtigsten Daten unten, falls der Upload nicht geklappt hat."],
             es=["Me presento a la oferta de {job} publicada el {d}. Adjunto el CV ({sz}); os dejo mis datos abajo por si falla el archivo."]),
        job=c.neg("job_title", gender=p.gender), d=c.neg("date"), sz=c.neg("file_size"))
    dob, _ = c.dob(born)
    addr, _ = c.address(p.loc, "multi")
    lines = [c.name(p, "full"), T("\n" + c.tr(en="Born: ", sv="Född: ", de="Geburtsdatum: ", es="Fecha de nacimiento: ")), dob, T("\n"), addr,
             T("\n"), c.phone_seg(p), T("\n"), c.email(p)]
    idk = {"uk": ("National Insurance no.: ", "uk_nino", 0.6), "se": ("Personnummer: ", "se_personnummer", 0.5),
           "es": ("DNI: ", "es_dni", 0.6), "au": ("TFN (for payroll): ", "au_tfn", 0.25)}.get(p.loc)
    if idk and c.chance(idk[2]):
        lines += [T("\n" + idk[0]), c.natid(idk[1], born=born)]
    c.add(Para(lines))
    signoff(c, p)

# ============================================================================
# Scenarios (part 4: payments, identity numbers, long threads, browser pastes)
# ============================================================================

def local_cc(loc):
    return {"se": "SE", "de": "DE", "es": "ES", "uk": "GB"}.get(loc)


@scenario("payment_declined", 1.2)
def sc_declined(c):
    set_company(c, c.pick(["retail", "travel", "events", "saas"]))
    p = c.requester_setup(c.person())
    greet(c, c.agent)
    c1 = c.card_seg()
    two = c.chance(0.5)
    c.P(c.tr(en=["Your checkout keeps declining my card ({err}) for an order of {amt}. I've tried {c1}" + (" and my partner's {c2}. Both work" if two else ", which works") + " everywhere else.",
                 "Payment failed three times tonight with {err}. Card used: {c1}" + (", then {c2}" if two else "") + ". Is something blocked on your side?"],
             en_nn=["The payment is not going through, it says {err}. I tried the card {c1}" + (" and also {c2}" if two else "") + ". The amount is {amt}."],
             sv=["Kassan nekar mitt kort hela tiden ({err}) för en beställning på {amt}. Jag har provat {c1}" + (" och min sambos {c2}. Båda funkar" if two else ", som funkar") + " överallt annars.",
                 "Betalningen misslyckades tre gånger i kväll med {err}. Kort: {c1}" + (", sedan {c2}" if two else "") + ". Är något spärrat hos er?"],
             de=["Ihr Checkout lehnt meine Karte ständig ab ({err}), Bestellwert {amt}. Probiert habe ich {c1}" + (" und die Karte meines Mannes, {c2}. Beide funktionieren" if two else ". Die Karte funktioniert") + " sonst überall.",
                 "die Zahlung ist heute Abend dreimal mit {err} fehlgeschlagen. Karte: {c1}" + (", danach {c2}" if two else "") + ". Ist bei Ihnen etwas gesperrt?"],
             es=["El pago no pasa, me rechaza la tarjeta ({err}) en un pedido de {amt}. He probado con {c1}" + (" y con la de mi pareja, {c2}. Las dos funcionan" if two else ", que funciona") + " en todas partes.",
                 "El pago ha fallado tres veces esta noche con {err}. Tarjeta: {c1}" + (", y después {c2}" if two else "") + ". ¿Tenéis algo bloqueado?"]),
        err=c.neg("error_code"), amt=c.neg("amount", lo=20, hi=3000), c1=c1, c2=c.card_seg() if two else T(""))
    c.P(c.tr(en=["The bank says there's no block on their side. The transaction reference they gave me is {ref}."],
             sv=["Banken säger att de inte har spärrat något. Referensen de gav mig är {ref}."],
             de=["Die Bank sagt, bei ihr sei nichts gesperrt. Die Transaktionsreferenz lautet {ref}."],
             es=["El banco dice que por su parte no hay ningún bloqueo. La referencia que me dieron es {ref}."]),
        ref=c.neg("luhn_invalid_card") if c.chance(0.4) else c.neg("uuid"))
    signoff(c, p)


@scenario("bank_transfer_missing", 1.0)
def sc_transfer(c):
    set_company(c, c.pick(["retail", "property", "events", "travel", "insurance"]))
    p = c.requester_setup(c.person())
    cc = local_cc(p.loc) or c.pick(["GB", "DE", "NL", "IE"])
    mine = c.iban_seg(cc)
    theirs = L(fmt_iban(c.rng, make_iban(c.rng, local_cc(c.agent.loc) or "GB")), "iban", "company")
    greet(c, c.agent)
    c.P(c.tr(en=["I paid invoice {inv} ({amt}) by bank transfer on {d} from my account {mine} to yours ({theirs}) with the invoice number as reference, but your reminder says it's still outstanding.",
                 "Transfer of {amt} for {inv} went out on {d}. From: {mine}. To: {theirs}. Please check and cancel the late fee."],
             sv=["Jag betalade faktura {inv} ({amt}) via banköverföring den {d} från mitt konto {mine} till ert ({theirs}) med fakturanumret som referens, men påminnelsen säger att den är obetald.",
                 "Överföringen på {amt} för {inv} gick iväg {d}. Från: {mine}. Till: {theirs}. Kontrollera och stryk påminnelseavgiften."],
             de=["ich habe die Rechnung {inv} ({amt}) am {d} von meinem Konto {mine} auf Ihr Konto ({theirs}) mit der Rechnungsnummer als Verwendungszweck überwiesen, laut Mahnung ist sie aber offen.",
                 "Überweisung über {amt} zu {inv} am {d}. Von: {mine}. An: {theirs}. Bitte prüfen und die Mahngebühr stornieren."],
             es=["Pagué la factura {inv} ({amt}) por transferencia el {d} desde mi cuenta {mine} a la vuestra ({theirs}) con el número de factura como concepto, pero en el recordatorio sigue pendiente.",
                 "La transferencia de {amt} de la factura {inv} salió el {d}. Desde: {mine}. A: {theirs}. Revisadlo y quitad el recargo."]),
        inv=c.neg("invoice_number"), amt=c.neg("amount", lo=30, hi=4000), d=c.neg("date"), mine=mine, theirs=theirs)
    if c.chance(0.5):
        c.P(c.tr(en=["Bank confirmation attached ({sz}). The account is in my name, {n}."], sv=["Bankens kvitto bifogat ({sz}). Kontot står på mig, {n}."],
                 de=["Die Bankbestätigung hängt an ({sz}). Das Konto läuft auf meinen Namen, {n}."], es=["Adjunto el justificante ({sz}). La cuenta está a mi nombre, {n}."]),
            sz=c.neg("file_size"), n=c.name(p, "full"))
    signoff(c, p)


@scenario("tax_id_update", 1.3)
def sc_taxid(c):
    set_company(c, c.pick(["payroll", "insurance", "saas"]))
    p = c.requester_setup(c.person())
    born = rand_date(c.rng, 1955, 2004)
    greet(c, c.agent)
    loc = p.loc
    if loc == "se":
        if c.chance(0.5):
            c.P(c.tr(en=["I've finally been given a Swedish personal identity number. Until now you had my coordination number {a}; the new one is {b}. Please update it so tax is withheld correctly."],
                     sv=["Jag har äntligen fått personnummer. Hittills har ni haft mitt samordningsnummer {a}, det nya är {b}. Uppdatera gärna så att skatten dras rätt.",
                         "Byt ut samordningsnumret {a} mot mitt nya personnummer {b}, tack."]),
                a=c.natid("se_samordningsnummer", born=born), b=c.natid("se_personnummer", born=born))
        else:
            c.P(c.tr(en=["My personnummer is registered wrong in your system. It should be {a}, not the one ending in {x}."],
                     sv=["Mitt personnummer är fel registrerat hos er. Det ska vara {a}, inte det som slutar på {x}.",
                         "Ni har fel personnr på mig, rätt är {a}."]),
                a=c.natid("se_personnummer", born=born), x=rand_digits(c.rng, 4))
    elif loc == "de":
        c.P(c.tr(en=["For the annual statement you need my German tax ID: {a}. The number you have on file is missing a digit."],
                 de=["für die Jahresbescheinigung benötigen Sie meine steuerliche Identifikationsnummer: {a}. Bei Ihnen ist eine Ziffer zu wenig hinterlegt.",
                     "anbei wie angefordert meine Steuer-ID {a}. Die alte Nummer auf Ihrem Schreiben war falsch.",
                     "die Nummer aus meinem Bescheid lautet {a} – bitte so übernehmen."]),
            a=c.natid("de_steuer_id"))
    elif loc == "es":
        if c.chance(0.5):
            c.P(c.tr(en=["I've become a Spanish citizen, so my NIE {a} has been replaced by a DNI: {b}. Please update my file."],
                     es=["Ya tengo la nacionalidad española, así que mi NIE {a} pasa a ser el DNI {b}. Por favor actualizad mi ficha.",
                         "Os paso el nuevo documento: antes {a}, ahora {b}."]),
                a=c.natid("es_nie"), b=c.natid("es_dni"))
        else:
            c.P(c.tr(en=["My DNI is wrong on the certificate, it should be {a}."],
                     es=["En el certificado de retenciones aparece mal mi DNI, el correcto es {a}.", "El NIF correcto es {a}, en la nómina sale otro."]),
                a=c.natid("es_dni"))
    elif loc == "uk":
        c.P(c.pick(["My National Insurance number is missing from my P60 again. It's {a}. Could you also correct my NHS number on the occupational health record: {b}.",
                    "You've got the wrong NI number on my pension statement. The right one is {a}. (NHS number for the health cash plan, if you need it: {b})",
                    "HMRC says my employer reported a different NI number. Mine is {a} - please correct it before the next payroll run. My NHS no. is {b} for the occupational health referral."]),
            a=c.natid("uk_nino"), b=c.natid("uk_nhs"))
    elif loc == "au":
        c.P(c.pick(["Please update my TFN to {a} - I was on the no-TFN rate last pay. I also invoice you as a contractor under ABN {b}.",
                    "Here's my tax file number for the declaration: {a}. Medicare card for the salary packaging form: {m}.",
                    "The ABN on my contractor profile is wrong, it should be {b}. TFN for the super fund is {a}."]),
            a=c.natid("au_tfn"), b=c.natid("au_abn"), m=c.natid("au_medicare"))
    else:
        c.P(c.pick(["The SSN on my 1099 is wrong. The correct one is {a}; please reissue the form.",
                    "You asked for my Social Security number to finish the W-9. It's {a}.",
                    "Updating my tax info - SSN {a}."]),
            a=c.natid("us_ssn"))
    if c.chance(0.5):
        dob, _ = c.dob(born)
        c.P(c.tr(en=["Date of birth for verification: {dob}. Employee/member no. {emp}."], sv=["Födelsedatum för kontroll: {dob}. Anställningsnr {emp}."],
                 de=["Geburtsdatum zur Prüfung: {dob}. Personalnummer {emp}."], es=["Fecha de nacimiento para verificar: {dob}. Nº de empleado {emp}."]),
            dob=dob, emp=N("%s%s" % (c.pick(["", "E", "M-"]), safe_num(c.rng, 6)), "employee_number"))
    signoff(c, p, form="full" if c.chance(0.5) else None)


@scenario("pharmacy_prescription", 1.0)
def sc_pharmacy(c):
    set_company(c, "health")
    p = c.requester_setup(c.person())
    patient = p if c.chance(0.6) else c.person(p.loc)
    born = rand_date(c.rng, 1932, 2015)
    dob, _ = c.dob(born)
    idk = {"se": "se_personnummer", "uk": "uk_nhs", "au": "au_medicare", "es": c.pick(["es_dni", "es_nie"]), "de": None, "us": None}[p.loc]
    greet(c)
    c.P(c.tr(en=["Could you please send a repeat prescription for {pt} to the pharmacy? Details:", "Repeat prescription request for {pt}:"],
             sv=["Kan ni förnya receptet för {pt}? Uppgifter:", "Receptförnyelse för {pt}:"],
             de=["könnten Sie bitte ein Folgerezept für {pt} ausstellen? Angaben:", "Bitte um Folgerezept für {pt}:"],
             es=["¿Podrían renovar la receta de {pt}? Datos:", "Solicitud de renovación de receta para {pt}:"]),
        pt=c.name(patient, "full", "requester" if patient is p else "family"))
    lines = [T(c.tr(en="Date of birth: ", sv="Född: ", de="Geb.: ", es="Fecha de nacimiento: ")), dob]
    if idk:
        lab = {"se_personnummer": "Personnummer: ", "uk_nhs": "NHS number: ", "au_medicare": "Medicare no.: ", "es_dni": "DNI: ", "es_nie": "NIE: "}[idk]
        lines += [T("\n" + lab), c.natid(idk, born=born)]
    lines += [T("\n" + c.tr(en="Medication: ", sv="Läkemedel: ", de="Medikament: ", es="Medicamento: ") +
                c.pick(["Levothyroxine 50 mcg", "Metformin 500 mg", "Ramipril 5 mg", "Salbutamol inhaler", "Omeprazol 20 mg", "Sertralin 50 mg"]))]
    if c.chance(0.6):
        addr, _ = c.address(p.loc, "one")
        lines += [T("\n" + c.tr(en="Deliver to: ", sv="Leveransadress: ", de="Lieferadresse: ", es="Dirección de entrega: ")), addr]
    c.add(Para(lines))
    gp = c.person(p.loc)
    c.P(c.tr(en=["Prescribed by Dr {gp}. Last review was on {d}."], sv=["Förskrivet av doktor {gp}. Senaste uppföljning {d}."],
             de=["Verordnet von Dr. {gp}, letzte Kontrolle am {d}."], es=["Lo recetó la Dra./el Dr. {gp}. Última revisión el {d}."]),
        gp=c.name(gp, c.pick(["last", "full"]), "third_party"), d=c.neg("date"))
    signoff(c, p, extra=[T("\n"), c.phone_seg(p)] if c.chance(0.5) else None)


@scenario("kyc_self_cert", 1.0)
def sc_kyc(c):
    set_company(c, c.pick(["saas", "insurance"]))
    p = c.requester_setup(c.person())
    born = rand_date(c.rng, 1950, 2004)
    greet(c, c.agent)
    c.P(c.tr(en=["Please find my details for the identity check / tax residency self-certification below. The upload form kept timing out.",
                 "You've frozen my payouts until I complete verification, so here's everything:"],
             sv=["Här kommer mina uppgifter till identitetskontrollen och intyget om skatterättslig hemvist. Uppladdningen tog timeout hela tiden.",
                 "Ni har fryst mina utbetalningar tills jag verifierat mig, så här är allt:"],
             de=["anbei meine Angaben für die Identitätsprüfung bzw. die Selbstauskunft zur steuerlichen Ansässigkeit. Das Upload-Formular bricht immer ab.",
                 "Sie haben meine Auszahlungen bis zur Verifizierung gesperrt, hier also alle Angaben:"],
             es=["Os paso mis datos para la verificación de identidad y la autocertificación de residencia fiscal. El formulario de subida daba error.",
                 "Me habéis bloqueado los pagos hasta completar la verificación, así que aquí va todo:"]))
    dob, _ = c.dob(born)
    addr, _ = c.address(p.loc, "one")
    tin = {"se": "se_personnummer", "de": "de_steuer_id", "es": c.pick(["es_dni", "es_nie"]), "uk": "uk_nino", "au": "au_tfn", "us": "us_ssn"}[p.loc]
    country = {"se": ("Sweden", "Sverige"), "de": ("Germany", "Deutschland"), "es": ("Spain", "España"), "uk": ("United Kingdom",) * 2,
               "au": ("Australia",) * 2, "us": ("United States",) * 2}[p.loc]
    F = lambda en, sv, de, es: [T(c.tr(en=en, sv=sv, de=de, es=es))]
    rows = [[F("Full legal name", "Fullständigt namn", "Vollständiger Name", "Nombre completo"), [c.name(p, "full")]],
            [F("Date of birth", "Födelsedatum", "Geburtsdatum", "Fecha de nacimiento"), [dob]],
            [F("Residential address", "Folkbokföringsadress", "Wohnanschrift", "Domicilio"), [addr]],
            [F("Country of tax residence", "Skatterättslig hemvist", "Steuerliche Ansässigkeit", "País de residencia fiscal"), [T(country[0] if c.lang == "en" else country[1])]],
            [F("TIN", "TIN (personnummer)", "Steuer-ID (TIN)", "NIF"), [c.natid(tin, born=born)]]]
    if p.loc == "au" and c.chance(0.6):
        rows.append([[T("ID document: Medicare card")], [c.natid("au_medicare")]])
    if c.chance(0.5):
        rows.append([F("Mobile", "Mobil", "Mobil", "Móvil"), [c.phone_seg(p)]])
    if c.chance(0.4):
        rows.append([F("Payout account", "Utbetalningskonto", "Auszahlungskonto", "Cuenta de cobro"), [c.iban_seg(local_cc(p.loc) or "GB")]])
    c.add(Table(rows, plain=c.pick(["kv", "kv", "md"]), header=False))
    c.P(c.tr(en=["Passport scan attached ({sz})."], sv=["Kopia på passet bifogad ({sz})."], de=["Ausweiskopie im Anhang ({sz})."], es=["Adjunto copia del DNI/pasaporte ({sz})."]),
        sz=c.neg("file_size"))
    signoff(c, p)


def creditor_id(rng, cc="DE"):
    nat = "0" + rand_digits(rng, 10)
    cd = 98 - _iban_num(nat + cc + "00") % 97
    return "%s%02dZZZ%s" % (cc, cd, nat)


@scenario("sepa_mandate", 0.8)
def sc_mandate(c):
    if c.loc in ("uk", "au", "us"):
        # no SEPA direct debit for these customers: write a bank-refund ticket instead
        c.scenario = "refund_bank"
        return sc_refund_bank(c)
    set_company(c, c.pick(["energy", "isp", "insurance", "events"]))
    p = c.requester_setup(c.person())
    greet(c)
    if c.lang == "sv" or c.loc == "se":
        c.P("Jag vill ha tillbaka depositionen nu när avtalet är avslutat (kundnr {cust}). Betala till mitt konto:", cust=c.neg("customer_number"))
        c.add(Table([[[T("Kontohavare")], [c.name(p, "full")]], [[T("IBAN")], [c.iban_seg("SE")]], [[T("BIC")], [T(c.pick(["SWEDSESS", "HANDSESS", "NDEASESS"]))]]], plain="kv"))
        signoff(c, p)
        return
    c.P(c.tr(en=["Here is the completed direct debit mandate, as the PDF form wouldn't save my entries:"],
             de=["anbei das ausgefüllte SEPA-Lastschriftmandat, das PDF-Formular hat meine Eingaben nicht gespeichert:"],
             es=["Os envío la orden de domiciliación SEPA rellenada, porque el PDF no guardaba los datos:"]))
    F = lambda en, de, es: [T(c.tr(en=en, sv=en, de=de, es=es))]
    addr, _ = c.address(p.loc, "one")
    cc = local_cc(p.loc) or "GB"
    rows = [[F("Creditor", "Zahlungsempfänger", "Acreedor"), [c.neg("company_name", name=c.company_name)]],
            [F("Creditor ID", "Gläubiger-ID", "Identificador del acreedor"), [N(creditor_id(c.rng, {"de": "DE", "es": "ES"}.get(p.loc, "DE")), "creditor_id")]],
            [F("Mandate reference", "Mandatsreferenz", "Referencia de la orden"), [N("MR-" + safe_num(c.rng, 8), "mandate_reference")]],
            [F("Account holder", "Kontoinhaber/in", "Titular de la cuenta"), [c.name(p, "full")]],
            [F("Address", "Anschrift", "Dirección"), [addr]],
            [F("IBAN", "IBAN", "IBAN"), [c.iban_seg(cc)]],
            [F("Place, date", "Ort, Datum", "Lugar y fecha"), [c.neg("city"), T(", "), c.neg("date")]],
            [F("Signature", "Unterschrift", "Firma"), [c.name(p, c.pick(["full", "initial"]))]]]
    c.add(Table(rows, plain="kv"))
    signoff(c, p)


@scenario("long_thread", 1.0)
def sc_long_thread(c):
    """A customer/agent back-and-forth of three to four messages, newest first."""
    set_company(c, "retail")
    p = c.requester_setup(c.person())
    a = c.agent
    n_msgs = c.rng.randint(3, 4)
    times = thread_times(c, n_msgs)
    role = c.role_email(c.company_domain)
    cust_e = c.email(p)
    order = c.neg("order_number")
    addr_seg, _ = c.address(p.loc, "multi")
    # messages oldest first: customer, agent, customer, (agent)
    msgs = []
    msgs.append(("cust", [
        Para(c.segs(c.tr(en=["Hello,"], sv=["Hej,"], de=["Guten Tag,"], es=["Hola:"]))),
        Para(c.segs(c.tr(en=["I returned {item} on {d} (order {o}) but haven't had the refund of {amt} yet. The parcel was signed for by someone called {sig} according to the tracking ({t})."],
                         sv=["Jag returnerade {item} den {d} (order {o}) men har inte fått tillbaka {amt}. Enligt spårningen ({t}) kvitterades paketet av någon som heter {sig}."],
                         de=["ich habe {item} am {d} zurückgeschickt (Bestellung {o}), aber die Erstattung über {amt} ist noch nicht da. Laut Sendungsverfolgung ({t}) hat ein/e {sig} unterschrieben."],
                         es=["Devolví {item} el {d} (pedido {o}) y todavía no me habéis devuelto los {amt}. Según el seguimiento ({t}) lo firmó una persona llamada {sig}."]),
                    item=c.pick(items(c)), d=c.neg("date", d=times[0][0]), o=order, amt=c.neg("amount", lo=20, hi=900), t=c.neg("tracking_number"),
                    sig=c.name(c.person(c.agent.loc), "full", "third_party"))),
        Para([T(c.tr(en="Regards,\n", sv="Mvh\n", de="Gruß\n", es="Saludos,\n")), c.name(p, "full"), T("\n")] + [addr_seg, T("\n"), c.phone_seg(p)]),
    ]))
    msgs.append(("agent", [
        Para(c.segs(c.tr(en=["Dear {n},"], sv=["Hej {n},"], de=["Hallo {n},"], es=["Estimado/a {n}:"]), n=c.name(p, "first"))),
        Para(c.segs(c.tr(en=["Thank you for your patience. Our warehouse confirms the return arrived on {d}. Refunds go back to the original payment method ({m}) and can take up to {k} working days."],
                         sv=["Tack för ditt tålamod. Lagret bekräftar att returen kom fram {d}. Återbetalningen sker till ursprungligt betalsätt ({m}) och kan ta upp till {k} arbetsdagar."],
                         de=["vielen Dank für Ihre Geduld. Unser Lager bestätigt den Eingang der Rücksendung am {d}. Die Erstattung erfolgt auf das ursprüngliche Zahlungsmittel ({m}) und kann bis zu {k} Werktage dauern."],
                         es=["Gracias por su paciencia. Nuestro almacén confirma que la devolución llegó el {d}. El reembolso se hace al método de pago original ({m}) y puede tardar hasta {k} días laborables."]),
                    d=c.neg("date", d=times[1][0]), m=c.neg("masked_card"), k=str(c.rng.randint(5, 14)))),
        Para([T(c.tr(en="Kind regards,\n", sv="Vänliga hälsningar\n", de="Freundliche Grüße\n", es="Un saludo,\n"))] + agent_signature(c, a, with_phone=True)),
    ]))
    msgs.append(("cust", [
        Para(c.segs(c.tr(en=["Hi {n},"], sv=["Hej {n},"], de=["Hallo {n},"], es=["Hola {n}:"]), n=c.name(a, "first", "agent"))),
        Para(c.segs(c.tr(en=["That card was cancelled after it was skimmed, so the refund will bounce. Please send it to my bank account instead: {iban}. If you need to call, my work number is {ph}."],
                         sv=["Det kortet är spärrat efter att det skimmats, så återbetalningen kommer att studsa. Sätt in pengarna på mitt bankkonto i stället: {iban}. Ring gärna på jobbet, {ph}."],
                         de=["die Karte wurde nach einem Skimming-Vorfall gesperrt, die Erstattung geht also zurück. Bitte überweisen Sie stattdessen auf mein Konto: {iban}. Tagsüber erreichen Sie mich unter {ph}."],
                         es=["Esa tarjeta está cancelada porque la clonaron, así que el reembolso va a rebotar. Hacedme una transferencia a mi cuenta: {iban}. Si tenéis que llamar, mi teléfono del trabajo es {ph}."]),
                    iban=c.iban_seg(local_cc(p.loc) or "GB") if local_cc(p.loc) or c.chance(0.5) else T("(see attached form)"),
                    ph=c.phone_seg(loc=p.loc, kind="office", sub="office"))),
        Para([T(c.tr(en="Thanks\n", sv="Tack\n", de="Danke\n", es="Gracias\n")), c.name(p, "first")]),
    ]))
    if n_msgs == 4:
        msgs.append(("agent", [
            Para(c.segs(c.tr(en=["Hi {n},"], sv=["Hej {n},"], de=["Hallo {n},"], es=["Hola {n}:"]), n=c.name(p, "first"))),
            Para(c.segs(c.tr(en=["I've asked our finance team to pay it manually. For security, please confirm your date of birth and the postcode we hold for you."],
                             sv=["Jag har bett ekonomiavdelningen betala ut manuellt. Av säkerhetsskäl: bekräfta ditt födelsedatum och postnumret vi har registrerat."],
                             de=["ich habe unsere Buchhaltung gebeten, manuell zu überweisen. Bitte bestätigen Sie aus Sicherheitsgründen Ihr Geburtsdatum und die bei uns hinterlegte Postleitzahl."],
                             es=["He pedido a administración que haga la transferencia manualmente. Por seguridad, confírmenos su fecha de nacimiento y el código postal que tenemos registrado."]))),
            Para([T(c.tr(en="Best wishes,\n", sv="Hälsningar\n", de="Viele Grüße\n", es="Saludos,\n")), c.name(a, "first", "agent")]),
        ]))
    # the ticket body: newest customer message, then the older ones quoted
    dob, _ = c.dob()
    greet(c, a)
    c.P(c.tr(en=["Sure - date of birth {dob}. I'm still waiting for the money, it's been almost a month now."],
             sv=["Visst – födelsedatum {dob}. Jag väntar fortfarande på pengarna, snart en månad nu."],
             de=["klar – Geburtsdatum {dob}. Ich warte immer noch auf das Geld, inzwischen fast einen Monat."],
             es=["Claro: fecha de nacimiento {dob}. Sigo esperando el dinero, ya casi un mes."]), dob=dob)
    signoff(c, p)
    # nest: each older message quoted inside the next-newer one (gt style) or stacked (outlook style)
    outlook = c.hstyle == "outlook" or (not c.html and c.chance(0.35))
    older = list(enumerate(msgs))
    if outlook:
        for k, (who, blocks) in reversed(older):
            sender, semail = (p, L(cust_e.v, "email", cust_e.sub)) if who == "cust" else (a, L(role.v, "email", "role"))
            to = ([c.neg("team_name"), T(" <"), L(role.v, "email", "role"), T(">")] if who == "cust"
                  else [c.name(p, "full"), T(" <"), L(cust_e.v, "email", cust_e.sub), T(">")])
            hdr = quote_header(c, "outlook", sender, semail, to_segs=to, subject=("RE: " if k else "") + c.tr(en="Refund", sv="Återbetalning", de="Erstattung", es="Reembolso"),
                               sub="requester" if who == "cust" else "agent", when=times[k])
            c.add(Quote("outlook", hdr, blocks))
    else:
        nested = None
        for k, (who, blocks) in older:
            sender, semail = (p, L(cust_e.v, "email", cust_e.sub)) if who == "cust" else (a, L(role.v, "email", "role"))
            body = list(blocks) + ([nested] if nested else [])
            hdr = quote_header(c, "gt", sender, semail, sub="requester" if who == "cust" else "agent", when=times[k])
            nested = Quote("gt", hdr, body)
        c.add(nested)


@scenario("browser_request_paste", 0.9)
def sc_browser(c):
    set_company(c, "saas")
    p = c.requester_setup(c.person())
    host = c.pick(["app.tallyhook.io", "app.quillpad.app", "portal.klickkasse.de", "app.facturalia.io", "konto.kassaflodet.io"])
    greet(c)
    c.P(c.tr(en=["The dashboard just shows a spinner since this morning. Here's the failing request copied from Chrome dev tools (Copy as cURL):",
                 "Reports page throws {err}. Request from the network tab:"],
             sv=["Instrumentpanelen visar bara en snurra sedan i morse. Här är anropet som fallerar, kopierat från Chrome (Copy as cURL):",
                 "Rapportsidan ger {err}. Anropet från nätverksfliken:"],
             de=["das Dashboard zeigt seit heute Morgen nur einen Spinner. Hier der fehlschlagende Request aus den Chrome-Entwicklertools (Copy as cURL):",
                 "die Berichtsseite wirft {err}. Request aus dem Netzwerk-Tab:"],
             es=["El panel se queda cargando desde esta mañana. Os pego la petición que falla, copiada de las herramientas de Chrome (Copy as cURL):",
                 "La página de informes da {err}. Petición desde la pestaña de red:"]),
        err=c.neg("error_code"))
    segs = c.segs("curl '{u}' \\\n  -H 'accept: application/json, text/plain, */*' \\\n  -H 'accept-language: {al}' \\\n"
                  "  -H 'authorization: Bearer {jwt}' \\\n  -H 'cookie: _ga=GA1.1.{ga1}.{ga2}; {sn}={sess}; theme=dark' \\\n"
                  "  -H 'user-agent: Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/{cv} Safari/537.36' \\\n"
                  "  -H 'x-request-id: {rid}' \\\n  --compressed",
                  u="https://%s/api/v2/reports?from=%d-01-01&to=%d-12-31" % (host, 2024, 2024),
                  al={"en": "en-GB,en;q=0.9", "sv": "sv-SE,sv;q=0.9,en;q=0.8", "de": "de-DE,de;q=0.9,en;q=0.8", "es": "es-ES,es;q=0.9"}[c.lang],
                  jwt=c.secret("jwt"), ga1=str(c.rng.randint(100000000, 999999999)), ga2=str(c.rng.randint(1700000000, 1760000000)),
                  sn=c.pick(["session_id", "sid", "connect.sid", "_app_session"]), sess=L(rs(c.rng, c.pick([32, 40, 64]), ALNUM), "secret", "session_token"),
                  cv=N("%d.0.%d.%d" % (c.rng.randint(118, 131), c.rng.randint(5900, 6800), c.rng.randint(20, 220)), "build_number"), rid=c.neg("uuid"))
    c.add(Pre(segs))
    if c.chance(0.6):
        c.P(c.tr(en=["Response body:"], sv=["Svaret:"], de=["Antwort:"], es=["Respuesta:"]))
        c.add(Pre(c.segs('{"error":"internal","detail":"Customer {e} has no default billing profile","trace_id":"{tid}"}', e=c.email(p), tid=c.neg("git_sha"))))
    c.P(c.tr(en=["Workspace: {prod}, user {e}."], sv=["Arbetsyta: {prod}, användare {e}."], de=["Workspace: {prod}, Benutzer {e}."], es=["Espacio: {prod}, usuario {e}."]),
        prod=c.neg("product_name", group="saas"), e=c.email(p))
    signoff(c, p)

# ============================================================================
# Validation (used while generating and by --check)
# ============================================================================

CATEGORIES = ["email", "phone", "payment_card", "iban", "national_id", "ip_address", "secret", "date_of_birth",
              "person_name", "postal_address"]
BLOCK_TAGS = {"p", "div", "br", "tr", "td", "th", "li", "table", "tbody", "blockquote", "pre", "h1", "h2", "h3", "hr",
              "ul", "ol", "html", "body", "head"}


def visible_map(raw):
    """Visible text of an HTML string and, per visible character, its (start, end) byte range in `raw`."""
    boff = [0]
    for ch in raw:
        boff.append(boff[-1] + len(ch.encode("utf-8")))
    vis, spans = [], []
    i, n = 0, len(raw)
    while i < n:
        ch = raw[i]
        if ch == "<":
            j = raw.find(">", i)
            if j < 0:
                j = n - 1
            m = re.match(r"</?\s*([A-Za-z0-9:]+)", raw[i:j + 1])
            if m and m.group(1).lower() in BLOCK_TAGS:
                vis.append("\n")
                spans.append((boff[i], boff[j + 1]))
            i = j + 1
            continue
        if ch == "&":
            m = re.match(r"&(#\d+|#[xX][0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);", raw[i:i + 12])
            if m:
                u = html.unescape(m.group(0))
                for uc in u:
                    vis.append(" " if uc == "\xa0" else uc)
                    spans.append((boff[i], boff[i + len(m.group(0))]))
                i += len(m.group(0))
                continue
        vis.append(" " if ch == "\xa0" else ch)
        spans.append((boff[i], boff[i + 1]))
        i += 1
    return "".join(vis), spans


def visible_value(s, is_html):
    if not is_html:
        return s
    s = re.sub(r"(?i)<br\s*/?>\n?", "\n", s)
    s = re.sub(r"<[^>]*>", "", s)
    return html.unescape(s).replace("\xa0", " ")


EMAIL_RE = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
DIGITRUN_RE = re.compile(r"(?<![0-9A-Za-z_])\d+(?:[ -]\d+)*(?![0-9A-Za-z_])")
IBAN_START_RE = re.compile(r"(?<![A-Za-z0-9])[A-Z]{2}\d{2}")


def card_candidates(s):
    """(start, end) character ranges of Luhn-valid 13-19 digit numbers (group-aligned) starting with 2-6."""
    out = []
    for m in DIGITRUN_RE.finditer(s):
        groups = [(g.start() + m.start(), g.end() + m.start()) for g in re.finditer(r"\d+", m.group(0))]
        for a in range(len(groups)):
            digits = ""
            for b in range(a, len(groups)):
                digits += s[groups[b][0]:groups[b][1]]
                if len(digits) > 19:
                    break
                if 13 <= len(digits) <= 19 and digits[0] in "23456" and luhn_ok(digits):
                    out.append((groups[a][0], groups[b][1]))
    return out


def iban_candidates(s):
    out = []
    for m in IBAN_START_RE.finditer(s):
        i = m.start()
        chars, j = [], i
        while j < len(s) and len(chars) < 34:
            ch = s[j]
            if ch.isascii() and ch.isalnum():
                chars.append(ch.upper())
                j += 1
                if len(chars) >= 15 and (j >= len(s) or not (s[j].isascii() and s[j].isalnum())):
                    if iban_valid("".join(chars)):
                        out.append((i, j))
            elif ch == " " and j + 1 < len(s) and s[j + 1].isascii() and s[j + 1].isalnum() and chars:
                j += 1
            else:
                break
    return out


def overlaps_any(s, e, spans):
    return any(s < b and a < e for a, b in spans)


def inside_any(s, e, spans):
    return any(a <= s and e <= b for a, b in spans)


def validate_doc(doc):
    probs = []
    text = doc.get("text")
    if not isinstance(text, str):
        return ["text missing"]
    raw = text.encode("utf-8")
    is_html = doc.get("content_type") == "text/html"
    if doc.get("content_type") not in ("text/plain", "text/html"):
        probs.append("bad content_type")
    labels, negs = doc.get("labels", []), doc.get("negatives", [])

    def span_ok(x, what):
        s, e = x.get("start"), x.get("end")
        if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(raw)):
            probs.append("%s: bad offsets %r" % (what, (s, e)))
            return False
        try:
            t = raw[s:e].decode("utf-8")
        except UnicodeDecodeError:
            probs.append("%s: offsets split a UTF-8 character %r" % (what, (s, e)))
            return False
        if t != x.get("text"):
            probs.append("%s: text mismatch %r != %r" % (what, t, x.get("text")))
            return False
        if t != t.strip():
            probs.append("%s: span has outer whitespace %r" % (what, t))
        return True

    for l in labels:
        if l.get("category") not in CATEGORIES:
            probs.append("unknown category %r" % l.get("category"))
        span_ok(l, "label")
    for n in negs:
        span_ok(n, "negative")
    if probs:
        return probs
    ls = sorted((l["start"], l["end"]) for l in labels)
    for (a, b), (c_, d) in zip(ls, ls[1:]):
        if c_ < b:
            probs.append("labels overlap at %d" % c_)
    lab_spans = [(l["start"], l["end"]) for l in labels]
    for n in negs:
        if overlaps_any(n["start"], n["end"], lab_spans):
            probs.append("negative overlaps a label: %r" % n["text"])
    ns = sorted((n["start"], n["end"]) for n in negs)
    for (a, b), (c_, d) in zip(ns, ns[1:]):
        if c_ < b:
            probs.append("negatives overlap at %d" % c_)

    # checksums
    for l in labels:
        v = visible_value(l["text"], is_html)
        cat, sub = l["category"], l.get("subtype")
        if cat == "payment_card":
            d = re.sub(r"[ -]", "", v)
            if not (d.isdigit() and luhn_ok(d) and card_brand(d)):
                probs.append("card fails Luhn/IIN: %r" % v)
        elif cat == "iban":
            if not iban_valid(v):
                probs.append("IBAN fails mod-97: %r" % v)
        elif cat == "national_id":
            fn = NATIONAL_ID_VALIDATORS.get(sub)
            if fn is None or not fn(v):
                probs.append("national id fails its check (%s): %r" % (sub, v))
        elif cat == "secret" and sub == "jwt":
            if not jwt_header_ok(v):
                probs.append("JWT header does not decode: %r" % v)
        elif cat == "email" and sub != "obfuscated":
            if not EMAIL_RE.fullmatch(v):
                probs.append("email label is not an address: %r" % v)
    for n in negs:
        if n["kind"] == "luhn_invalid_card":
            d = re.sub(r"[ -]", "", visible_value(n["text"], is_html))
            if len(d) != 16 or not d.isdigit() or luhn_ok(d):
                probs.append("luhn_invalid_card negative passes Luhn: %r" % d)

    # unlabelled e-mail addresses, card numbers, IBANs
    email_l = [(l["start"], l["end"]) for l in labels if l["category"] == "email"]
    card_l = [(l["start"], l["end"]) for l in labels if l["category"] == "payment_card"]
    iban_l = [(l["start"], l["end"]) for l in labels if l["category"] == "iban"]
    secret_l = [(l["start"], l["end"]) for l in labels if l["category"] == "secret"]
    views = []
    boff = [0]
    for ch in text:
        boff.append(boff[-1] + len(ch.encode("utf-8")))
    views.append((text, lambda a, b: (boff[a], boff[b])))
    if is_html:
        vis, vmap = visible_map(text)
        views.append((vis, lambda a, b, vmap=vmap: (vmap[a][0], vmap[b - 1][1])))
    for s, conv in views:
        for m in EMAIL_RE.finditer(s):
            a, b = conv(m.start(), m.end())
            if not overlaps_any(a, b, email_l) and not inside_any(a, b, secret_l):
                probs.append("unlabelled e-mail address %r" % m.group(0))
        for ca, cb in card_candidates(s):
            a, b = conv(ca, cb)
            if not overlaps_any(a, b, card_l) and not inside_any(a, b, lab_spans):
                probs.append("unlabelled card number %r" % s[ca:cb])
        for ia, ib in iban_candidates(s):
            a, b = conv(ia, ib)
            if not overlaps_any(a, b, iban_l):
                probs.append("unlabelled IBAN %r" % s[ia:ib])

    # the requester's name appears when `known` is given
    known = doc.get("known")
    if known:
        if not isinstance(known, dict) or not known.get("name"):
            probs.append("known without name")
        else:
            parts = known["name"].split()
            forms = {fold_ascii(known["name"]).casefold(), fold_ascii(parts[0]).casefold(), fold_ascii(parts[-1]).casefold(),
                     fold_ascii(" ".join(parts[1:]) + ", " + parts[0]).casefold()}
            words = fold_ascii(known["name"]).casefold().split()
            forms |= {" ".join(words[a:b]) for a in range(len(words)) for b in range(a + 1, len(words) + 1)}
            seen = {fold_ascii(visible_value(l["text"], is_html)).casefold() for l in labels if l["category"] == "person_name"}
            if not any(f in seen for f in forms) and not any(f in s_ for s_ in seen for f in forms if len(f) > 3):
                probs.append("requester name %r not labelled in text" % known["name"])
    return probs


# ============================================================================
# Generation
# ============================================================================

def build_doc(c, out, i):
    text = out.text()
    raw = text.encode("utf-8")
    labels, negs = [], []
    for sp in sorted(out.spans, key=lambda d: (d["start"], d["end"])):
        t = raw[sp["start"]:sp["end"]].decode("utf-8")
        if sp["typ"] == "L":
            labels.append({"start": sp["start"], "end": sp["end"], "category": sp["cat"], "subtype": sp["sub"], "text": t})
        else:
            negs.append({"start": sp["start"], "end": sp["end"], "kind": sp["cat"], "text": t})
    doc = {"id": "h3-%04d-%s-%s" % (i, c.lang if c.lang != "en" else "en_" + c.loc, c.scenario),
           "content_type": "text/html" if c.html else "text/plain", "text": text}
    if c.known:
        doc["known"] = c.known
    doc["labels"] = labels
    doc["negatives"] = negs
    return doc


# relative frequencies; scenarios that carry card numbers, IBANs and national ids are drawn more often so that
# the strict categories have enough labels in a 400-ticket corpus
WEIGHTS = {"tax_id_update": 2.2, "kyc_self_cert": 1.6, "pharmacy_prescription": 1.4, "call_notes": 1.7, "payment_declined": 2.4,
           "card_update": 2.0, "duplicate_charge": 1.4, "bank_transfer_missing": 1.4, "refund_bank": 1.4, "gdpr_access": 1.4, "marketplace_payout": 1.1,
           "payroll_tax": 1.3, "api_curl": 1.3, "browser_request_paste": 1.1, "vet_booking": 0.4, "newsletter_unsubscribe": 0.5}


# English-language tickets are split over three locales, so their national-id scenarios get a boost
ID_SCENARIOS = {"tax_id_update", "kyc_self_cert", "pharmacy_prescription", "call_notes", "payroll_tax", "medical_booking",
                "job_application", "marketplace_payout"}


def generate_ticket(seed, i):
    last = None
    for attempt in range(200):
        rng = random.Random("heldout3/%s/%d/%d" % (seed, i, attempt))
        c = Ctx(rng, i)
        boost = ID_SCENARIOS if c.loc in ("uk", "au", "us") else ()
        forced = c.lang == "en" and (i // 4) % 15 < 3    # a quarter of the UK/AU/US tickets: identity-number scenarios only
        pool = [s for s in SCENARIOS if s[0] in ID_SCENARIOS] if forced else SCENARIOS
        name, _, fn = rng.choices(pool, weights=[WEIGHTS.get(n, w) * (2.2 if n in boost else 1.0) for n, w, _ in pool])[0]
        c.scenario = name
        fn(c)
        if c.html:
            out = render_html(c, c.blocks)
        else:
            out = render_plain_blocks(c, c.blocks)
            out.raw("\n")
        doc = build_doc(c, out, i)
        probs = validate_doc(doc)
        if not probs:
            return doc, c, attempt
        last = probs
    raise RuntimeError("ticket %d: no valid attempt: %s" % (i, last))


def dumps(doc):
    return json.dumps(doc, ensure_ascii=False) + "\n"


def generate(seed, count):
    lines, ctxs, retries = [], [], 0
    for i in range(count):
        doc, c, attempt = generate_ticket(seed, i)
        retries += attempt
        lines.append(dumps(doc))
        ctxs.append(c)
    return lines, retries


def stats(docs, out=sys.stderr, retries=None):
    w = out.write
    langs = collections.Counter(d["id"].split("-")[2] for d in docs)
    scen = collections.Counter(d["id"].split("-", 3)[3] for d in docs)
    ctype = collections.Counter(d["content_type"] for d in docs)
    cats = collections.Counter(l["category"] for d in docs for l in d["labels"])
    subs = collections.Counter((l["category"], l["subtype"]) for d in docs for l in d["labels"])
    negk = collections.Counter(n["kind"] for d in docs for n in d["negatives"])
    known = sum(1 for d in docs if d.get("known"))
    sizes = sorted(len(d["text"].encode("utf-8")) for d in docs)
    nolab = sum(1 for d in docs if not d["labels"])
    w("tickets %d; text/html %d (%.1f%%), text/plain %d; with known %d (%.1f%%); without labels %d\n" % (
        len(docs), ctype["text/html"], 100.0 * ctype["text/html"] / max(1, len(docs)), ctype["text/plain"], known,
        100.0 * known / max(1, len(docs)), nolab))
    if retries is not None:
        w("regenerated attempts: %d\n" % retries)
    w("bytes per ticket: min %d, median %d, max %d, total %d\n" % (sizes[0], sizes[len(sizes) // 2], sizes[-1], sum(sizes)))
    w("languages: %s\n" % ", ".join("%s %d" % kv for kv in sorted(langs.items())))
    w("labels %d: %s\n" % (sum(cats.values()), ", ".join("%s %d" % (k, cats[k]) for k in CATEGORIES)))
    w("label subtypes: %s\n" % ", ".join("%s/%s %d" % (a, b, n) for (a, b), n in sorted(subs.items())))
    w("negatives %d: %s\n" % (sum(negk.values()), ", ".join("%s %d" % kv for kv in negk.most_common())))
    w("scenarios %d: %s\n" % (len(scen), ", ".join("%s %d" % kv for kv in sorted(scen.items()))))


def check(path, seed, count=None):
    problems = 0
    with open(path, "rb") as f:
        data = f.read()
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        print("file is not UTF-8", file=sys.stderr)
        return 1
    lines = text.splitlines(keepends=True)
    docs = []
    ids = set()
    for n, line in enumerate(lines, 1):
        try:
            doc = json.loads(line)
        except json.JSONDecodeError as e:
            print("line %d: bad JSON: %s" % (n, e), file=sys.stderr)
            problems += 1
            continue
        docs.append(doc)
        if doc.get("id") in ids:
            print("line %d: duplicate id %r" % (n, doc.get("id")), file=sys.stderr)
            problems += 1
        ids.add(doc.get("id"))
        for p in validate_doc(doc):
            print("line %d (%s): %s" % (n, doc.get("id"), p), file=sys.stderr)
            problems += 1
    count = len(lines) if count is None else count
    fresh, _ = generate(seed, count)
    if "".join(fresh) != text:
        diff = [k for k in range(max(len(fresh), len(lines))) if k >= len(fresh) or k >= len(lines) or fresh[k] != lines[k]]
        print("file differs from a fresh generation (seed %s, count %d): %d line(s) differ, first at line %d"
              % (seed, count, len(diff), diff[0] + 1), file=sys.stderr)
        problems += 1
    stats(docs)
    if problems:
        print("CHECK FAILED: %d problem(s)" % problems, file=sys.stderr)
        return 1
    print("check ok: %d tickets, all spans, checksums and scans valid; identical to a fresh generation" % len(docs), file=sys.stderr)
    return 0


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", default="20261125")
    ap.add_argument("--count", type=int, default=None)
    ap.add_argument("--out", default=None)
    ap.add_argument("--check", metavar="CORPUS", default=None)
    args = ap.parse_args(argv)
    if args.check:
        return check(args.check, args.seed, args.count)
    count = 400 if args.count is None else args.count
    lines, retries = generate(args.seed, count)
    data = "".join(lines)
    if args.out:
        with open(args.out, "w", encoding="utf-8", newline="") as f:
            f.write(data)
    else:
        sys.stdout.write(data)
    stats([json.loads(l) for l in lines], retries=retries)
    return 0


if __name__ == "__main__":
    sys.exit(main())
