#!/usr/bin/env python3
"""heldout5: an independent labelled helpdesk corpus for hushdesk.

    python3 make_corpus.py --seed 20261125 --count 400 --out corpus.jsonl
    python3 make_corpus.py --check corpus.jsonl

Standard library only.  Ticket i depends only on (seed, i): every ticket uses
random.Random(f"heldout5/{seed}/{i}").  Everything here (names, streets,
templates, value generators, checkers) was written for this corpus alone.
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
import sys
import unicodedata

# ---------------------------------------------------------------------------
# checksums and validators (used by the generator and by --check)
# ---------------------------------------------------------------------------


def luhn_ok(d):
    total = 0
    for i, ch in enumerate(reversed(d)):
        x = int(ch)
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        total += x
    return total % 10 == 0


def luhn_complete(partial):
    for c in "0123456789":
        if luhn_ok(partial + c):
            return partial + c
    raise AssertionError


def card_brand(d, strict=False):
    """Brand for a digit string by real IIN range and length, else None.
    strict=True: only the brands this corpus generates."""
    n = len(d)
    if n < 12 or n > 19 or not d.isdigit():
        return None
    p2, p3, p4, p6 = int(d[:2]), int(d[:3]), int(d[:4]), int(d[:6])
    if d[0] == "4" and n in (13, 16, 19):
        return "visa"
    if (51 <= p2 <= 55 or 2221 <= p4 <= 2720) and n == 16:
        return "mastercard"
    if p2 in (34, 37) and n == 15:
        return "amex"
    if (p4 == 6011 or 644 <= p3 <= 649 or p2 == 65 or 622126 <= p6 <= 622925) and 16 <= n <= 19:
        return "discover"
    if 3528 <= p4 <= 3589 and 16 <= n <= 19:
        return "jcb"
    if (300 <= p3 <= 305 or p2 in (36, 38, 39)) and 14 <= n <= 19:
        return "diners"
    if strict:
        return None
    if p2 == 62 and 16 <= n <= 19:
        return "unionpay"
    if 2200 <= p4 <= 2204 and 16 <= n <= 19:
        return "mir"
    if (p2 in (50, 56, 57, 58) or d[0] == "6") and 12 <= n <= 19:
        return "maestro"
    return None


IBAN_LEN = {
    "AD": 24, "AE": 23, "AL": 28, "AT": 20, "AZ": 28, "BA": 20, "BE": 16, "BG": 22, "BH": 22, "BR": 29,
    "CH": 21, "CR": 22, "CY": 28, "CZ": 24, "DE": 22, "DK": 18, "DO": 28, "EE": 20, "EG": 29, "ES": 24,
    "FI": 18, "FO": 18, "FR": 27, "GB": 22, "GE": 22, "GI": 23, "GL": 18, "GR": 27, "GT": 28, "HR": 21,
    "HU": 28, "IE": 22, "IL": 23, "IS": 26, "IT": 27, "JO": 30, "KW": 30, "KZ": 20, "LB": 28, "LI": 21,
    "LT": 20, "LU": 20, "LV": 21, "MC": 27, "MD": 24, "ME": 22, "MK": 19, "MR": 27, "MT": 31, "MU": 30,
    "NL": 18, "NO": 15, "PK": 24, "PL": 28, "PS": 29, "PT": 25, "QA": 29, "RO": 24, "RS": 22, "SA": 24,
    "SE": 24, "SI": 19, "SK": 24, "SM": 27, "TN": 24, "TR": 26, "UA": 29, "VG": 24, "XK": 20,
}


def _iban_num(s):
    return "".join(str(int(c, 36)) for c in s)


def iban_ok(s):
    s = s.upper()
    return (len(s) == IBAN_LEN.get(s[:2], -1) and s[2:4].isdigit() and s[4:].isalnum()
            and int(_iban_num(s[4:] + s[:4])) % 97 == 1)


def iban_make(cc, bban):
    chk = 98 - int(_iban_num(bban + cc + "00")) % 97
    return "%s%02d%s" % (cc, chk, bban)


ES_W = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]


def es_dc(ten):
    d = 11 - sum(int(c) * w for c, w in zip(ten, ES_W)) % 11
    return {11: 0, 10: 1}.get(d, d)


def fr_rib_key(bank, branch, acct):
    return 97 - ((89 * int(bank) + 15 * int(branch) + 3 * int(acct)) % 97)


def iban_national_ok(iban):
    cc, b = iban[:2], iban[4:]
    if cc == "ES":
        return b[8:10] == "%d%d" % (es_dc("00" + b[0:8]), es_dc(b[10:20]))
    if cc == "FR":
        return b[10:21].isdigit() and fr_rib_key(b[0:5], b[5:10], b[10:21]) == int(b[21:23])
    if cc == "BE":
        return (int(b[:10]) % 97 or 97) == int(b[10:12])
    if cc == "NL":
        return sum(int(c) * w for c, w in zip(b[4:], range(10, 0, -1))) % 11 == 0
    return True


def _date_ok(y, m, d):
    try:
        datetime.date(y, m, d)
        return True
    except ValueError:
        return False


def se_pnr_ok(s, coordination=False):
    d = re.sub(r"[-+ ]", "", s)
    if not d.isdigit() or len(d) not in (10, 12):
        return False
    if len(d) == 12:
        year = int(d[:4])
        d = d[2:]
    else:
        year = 1900 + int(d[:2])
    mm, dd = int(d[2:4]), int(d[4:6])
    if coordination:
        if dd <= 60:
            return False
        dd -= 60
    elif dd > 31:
        return False
    if not (_date_ok(year, mm, dd) or _date_ok(year + 100, mm, dd)):
        return False
    return luhn_ok(d)


TFN_W = [1, 4, 3, 7, 5, 8, 6, 9, 10]
ABN_W = [10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19]
MEDICARE_W = [1, 3, 7, 9, 1, 3, 7, 9]
NINO_RE = re.compile(r"^(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\d{6}[A-D]$")
DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"


def tfn_ok(d):
    return len(d) == 9 and d.isdigit() and sum(int(c) * w for c, w in zip(d, TFN_W)) % 11 == 0


def abn_ok(d):
    if len(d) != 11 or not d.isdigit() or d[0] == "0":
        return False
    ds = [int(c) for c in d]
    ds[0] -= 1
    return sum(a * w for a, w in zip(ds, ABN_W)) % 89 == 0


def medicare_ok(d):
    if len(d) not in (10, 11) or not d.isdigit() or d[0] not in "23456":
        return False
    return sum(int(c) * w for c, w in zip(d[:8], MEDICARE_W)) % 10 == int(d[8]) and d[9] != "0"


def nhs_ok(d):
    if len(d) != 10 or not d.isdigit():
        return False
    chk = 11 - sum(int(c) * w for c, w in zip(d[:9], range(10, 1, -1))) % 11
    if chk == 11:
        chk = 0
    return chk != 10 and chk == int(d[9])


def dni_ok(s):
    return bool(re.fullmatch(r"\d{8}[A-Z]", s)) and DNI_LETTERS[int(s[:8]) % 23] == s[8]


def nie_ok(s):
    if not re.fullmatch(r"[XYZ]\d{7}[A-Z]", s):
        return False
    return DNI_LETTERS[int(str("XYZ".index(s[0])) + s[1:8]) % 23] == s[8]


def ssn_ok(d):
    if len(d) != 9 or not d.isdigit():
        return False
    a, g, s = int(d[:3]), int(d[3:5]), int(d[5:])
    return a != 0 and a != 666 and a < 900 and g != 0 and s != 0


def steuer_ok(d):
    if len(d) != 11 or not d.isdigit() or d[0] == "0":
        return False
    cnt = collections.Counter(d[:10])
    multi = [c for c, n in cnt.items() if n > 1]
    if len(multi) != 1 or cnt[multi[0]] not in (2, 3):
        return False
    if cnt[multi[0]] == 3 and multi[0] * 3 in d[:10]:
        return False
    product = 10
    for c in d[:10]:
        s = (int(c) + product) % 10 or 10
        product = (s * 2) % 11
    return (11 - product) % 10 == int(d[10])


def national_id_ok(subtype, value):
    v = value.strip()
    digits = re.sub(r"\D", "", v)
    compact = re.sub(r"[\s.\-/]", "", v).upper()
    if subtype == "se_personnummer":
        return se_pnr_ok(v)
    if subtype == "se_samordningsnummer":
        return se_pnr_ok(v, coordination=True)
    if subtype == "au_tfn":
        return tfn_ok(digits)
    if subtype == "au_abn":
        return abn_ok(digits)
    if subtype == "au_medicare":
        return medicare_ok(digits)
    if subtype == "uk_nino":
        return bool(NINO_RE.match(compact))
    if subtype == "uk_nhs":
        return nhs_ok(digits)
    if subtype == "es_dni":
        return dni_ok(compact)
    if subtype == "es_nie":
        return nie_ok(compact)
    if subtype == "us_ssn":
        return ssn_ok(digits) and bool(re.fullmatch(r"\d{3}([- ]?)\d{2}\1\d{4}", v))
    if subtype == "de_steuer_id":
        return steuer_ok(digits)
    return False


def fold_ascii(s):
    s = (s.replace("ß", "ss").replace("ø", "o").replace("Ø", "O").replace("æ", "ae").replace("Æ", "Ae")
         .replace("ł", "l").replace("Ł", "L").replace("ı", "i").replace("đ", "d").replace("Đ", "D")
         .replace("œ", "oe"))
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


BLOCK_TAG = re.compile(r"(?i)</?(?:p|div|br|tr|td|th|li|ul|ol|table|tbody|thead|blockquote|h[1-6]|pre|hr|body|html)\b[^>]*>")
ANY_TAG = re.compile(r"<[^>]*>")


def visible(s, is_html):
    if not is_html:
        return s
    s = BLOCK_TAG.sub("\n", s)
    s = ANY_TAG.sub("", s)
    return html.unescape(s).replace("\xa0", " ")


def visible_inline(s):
    """Label text with tags removed (no line breaks introduced) and entities decoded."""
    s = re.sub(r"(?i)<br\s*/?>", "\n", s)
    return html.unescape(ANY_TAG.sub("", s)).replace("\xa0", " ")


EMAIL_RE = re.compile(r"[A-Za-z0-9._%+\-]+@[A-Za-z0-9\-]+(?:\.[A-Za-z0-9\-]+)*\.[A-Za-z]{2,}")
DIGIT_RUN_RE = re.compile(r"(?<![0-9A-Za-z])[0-9]+(?:[ \-\u00a0.][0-9]+)*(?![0-9A-Za-z])")
IBAN_CAND_RE = re.compile(r"(?i)(?<![A-Za-z0-9])[A-Z]{2}[0-9]{2}(?:[ \u00a0]?[A-Z0-9]){10,32}")
SE_PNR_RE = re.compile(r"(?<![0-9])(?:[0-9]{2})?[0-9]{6}[-+][0-9]{4}(?![0-9])")
SSN_RE = re.compile(r"(?<![0-9])[0-9]{3}-[0-9]{2}-[0-9]{4}(?![0-9])")
DNI_RE = re.compile(r"(?<![0-9A-Za-z])(?:[0-9]{8}|[XYZ][0-9]{7})-?[A-Z](?![A-Za-z0-9])")
NINO_SCAN_RE = re.compile(r"(?<![A-Za-z0-9])[A-Z]{2} ?[0-9]{2} ?[0-9]{2} ?[0-9]{2} ?[A-D](?![A-Za-z0-9])")


def flaggable(text):
    """Things a checksum-based detector would rightly flag in `text` (a list of (kind, value))."""
    out = []
    for m in EMAIL_RE.finditer(text):
        out.append(("email", m.group()))
    for m in DIGIT_RUN_RE.finditer(text):
        run = m.group()
        groups = re.split(r"[ \-\u00a0.]", run)
        cands = set()
        digits = "".join(groups)
        if 13 <= len(digits) <= 19:
            cands.add(digits)
        if len(groups) > 1:
            for a in range(len(groups)):
                for b in range(a + 1, len(groups) + 1):
                    dd = "".join(groups[a:b])
                    if 13 <= len(dd) <= 19:
                        cands.add(dd)
        for dd in sorted(cands):
            if card_brand(dd) and luhn_ok(dd):
                out.append(("payment_card", dd))
    for m in IBAN_CAND_RE.finditer(text):
        s = re.sub(r"[ \u00a0]", "", m.group()).upper()
        n = IBAN_LEN.get(s[:2])
        if n and len(s) >= n and iban_ok(s[:n]):
            out.append(("iban", s[:n]))
    for m in SE_PNR_RE.finditer(text):
        if se_pnr_ok(m.group()) or se_pnr_ok(m.group(), True):
            out.append(("se_personnummer", m.group()))
    for m in SSN_RE.finditer(text):
        if ssn_ok(m.group().replace("-", "")):
            out.append(("us_ssn", m.group()))
    for m in DNI_RE.finditer(text):
        v = m.group().replace("-", "")
        if dni_ok(v) or nie_ok(v):
            out.append(("es_dni", m.group()))
    for m in NINO_SCAN_RE.finditer(text):
        if NINO_RE.match(m.group().replace(" ", "")):
            out.append(("uk_nino", m.group()))
    return out


def unlabelled_flaggable(text, is_html, labels):
    raw = bytearray(text.encode("utf-8"))
    for l in labels:
        raw[l["start"]:l["end"]] = b" " * (l["end"] - l["start"])
    masked = raw.decode("utf-8")
    hits = flaggable(masked)
    if is_html:
        hits += flaggable(visible(masked, True))
    return hits


# ---------------------------------------------------------------------------
# name stock (hand-written for heldout5)
# ---------------------------------------------------------------------------

def _l(s):
    return [x.strip() for x in s.split("|") if x.strip()]


NAMES = {
    "swedish": (_l("Anna|Erik|Karin|Lars|Ingrid|Johan|Maja|Oskar|Elin|Björn|Sofia|Nils|Astrid|Gustav|Linnéa|Per|Åsa|"
                   "Henrik|Malin|Sven|Ebba|Viktor|Tove|Magnus|Ylva|Göran|Frida|Axel"),
                _l("Svensson|Lindqvist|Bergström|Johansson|Nyström|Åberg|Holmgren|Sjöberg|Lundgren|Eklund|Söderberg|"
                   "Wallin|Forsberg|Engström|Hedlund|Öberg|Dahlberg|Sandberg|Lindholm|Björklund|Strömqvist|Ek")),
    "nordic": (_l("Sigrid|Kjetil|Mette|Rasmus|Aino|Juha|Eero|Liisa|Frederikke|Torbjørn|Ingvild|Mikkel|Sanna|Tuomas|Ragnhild"),
               _l("Hansen|Kristiansen|Haugen|Virtanen|Mäkinen|Korhonen|Sørensen|Jørgensen|Lehtonen|Bakke|Halvorsen|Nieminen")),
    "german": (_l("Jürgen|Katrin|Matthias|Sabine|Lukas|Anja|Tobias|Friederike|Dieter|Ursula|Maximilian|Lena|Jörg|Birgit|"
                  "Felix|Hannelore|Bernd|Sophie|Wolfgang|Annegret|Till|Heike"),
               _l("Müller|Weiß|Schneider|Hoffmann|Krüger|Wagner|Becker|Schäfer|Zimmermann|Braun|Hartmann|Lehmann|"
                  "Köhler|Fuchs|Vogel|von Bülow|von der Heide|Meyer-Landrut|Großmann|Kühn|Schmidt-Ebeling|Jäger")),
    "dutch": (_l("Sanne|Joost|Maarten|Femke|Thijs|Lieke|Bram|Marloes"),
              _l("van Dijk|de Vries|van den Berg|Jansen|Bakker|van der Meer|de Jong|Visser|van Leeuwen")),
    "spanish": (_l("Lucía|Javier|Carmen|Alejandro|María José|Pablo|Inés|Sergio|Nuria|Álvaro|Marta|Jorge|Rocío|Íñigo|"
                   "Montserrat|Francisco|Begoña|Raúl|Ainhoa|Gonzalo"),
                _l("García|Pérez|Gómez|Fernández|López|Martínez|Sánchez|Ruiz|Jiménez|Navarro|Domínguez|Castillo|"
                   "Ibáñez|Muñoz|Serrano|Etxeberria|de la Fuente|del Río|Moreno|Vidal|Blanco|Cabrera")),
    "latam": (_l("Valentina|Mateo|Camila|Santiago|Ximena|Diego|Guadalupe|Joaquín|Renata|Emiliano|Luz Marina|Yesenia"),
              _l("Hernández|Rodríguez|Ramírez|Vargas|Castro|Morales|Quispe|Mamani|Ortiz|Villalobos|Gutiérrez|Salazar")),
    "british": (_l("Oliver|Charlotte|Harry|Amelia|George|Emily|James|Sophie|William|Chloe|Thomas|Hannah|Rhys|Gemma|"
                   "Callum|Bethan|Nigel|Poppy"),
                _l("Smith|Taylor|Brown|Wilson|Thompson|Wright|Walker|Hughes|Edwards|Clarke|Hall|Robinson|Fletcher|"
                   "Ashworth|Lloyd-Jones|Harrington-Smythe|Pritchard|Davies|Cavendish|Oakley")),
    "irish": (_l("Siobhán|Niamh|Aoife|Cian|Oisín|Seán|Ciara|Pádraig|Róisín|Eoin|Caoimhe|Darragh"),
              _l("O'Brien|Ó Súilleabháin|Murphy|Kelly|O'Connor|Byrne|McCarthy|Mac Giolla Phádraig|Ní Bhriain|Fitzgerald|O'Neill")),
    "american": (_l("Ashley|Tyler|Brittany|Kevin|Madison|Brandon|Jennifer|DeShawn|Kayla|Jake|Courtney|Marcus|Tiffany|Dakota|Lakisha"),
                 _l("Johnson|Williams|Miller|Davis|Anderson|Jackson|Harris|Martin|Coleman|Washington|Sullivan|Kowalczyk|Brennan|Whitfield")),
    "australian": (_l("Mitchell|Chloe|Lachlan|Jasmine|Bronwyn|Hamish|Kylie|Darcy|Tahlia|Brodie|Sheree|Jarrah"),
                   _l("Kelly|Mitchell|Campbell|Murray|Stewart|McAllister|Pearce|Doyle|Fitzpatrick|Henderson")),
    "indian": (_l("Priya|Rahul|Ananya|Vikram|Deepika|Arjun|Lakshmi|Sanjay|Kavya|Rohan|Meera|Harpreet|Sundar|Aditi"),
               _l("Sharma|Patel|Iyer|Reddy|Nair|Gupta|Chatterjee|Krishnamurthy|Venkataraman|Singh|Deshpande|Banerjee|Menon")),
    "chinese": (_l("Wei|Xiaoling|Jun|Mei|Hao|Yan|Zhiwei|Lina|Jiahui|Xin|Yuting|Jianguo"),
                _l("Wang|Li|Zhang|Liu|Chen|Yang|Huang|Zhao|Wu|Zhou|Xu|Lin")),
    "vietnamese": (_l("Thị Lan|Văn Minh|Ngọc Anh|Thanh Hương|Đức Huy|Quốc Bảo|Thu Trang|Hoàng Nam"),
                   _l("Nguyễn|Trần|Lê|Phạm|Hoàng|Vũ|Đặng|Bùi")),
    "arabic": (_l("Ahmed|Fatima|Omar|Layla|Youssef|Mariam|Khalid|Noor|Hassan|Aisha|Rania|Tariq"),
               _l("Al-Farsi|Haddad|El-Sayed|Abdullah|Al Mansouri|Nasser|Khoury|Ben Ali|bin Rashid|Saleh|Al-Hashimi")),
    "somali": (_l("Abdi|Hodan|Farah|Asha|Mohamed|Ayaan|Hamza|Sahra|Liban|Idil"),
               _l("Warsame|Abdullahi|Hassan|Jama|Osman|Mohamud|Egal|Farah|Dirie")),
    "nigerian": (_l("Chinedu|Ngozi|Oluwaseun|Adaeze|Emeka|Funmilayo|Tunde|Yetunde|Ifeanyi|Chiamaka|Babatunde"),
                 _l("Okafor|Adeyemi|Eze|Okonkwo|Balogun|Nwosu|Oyelaran|Abubakar|Olawale|Ogunleye")),
    "polish": (_l("Katarzyna|Piotr|Agnieszka|Krzysztof|Małgorzata|Tomasz|Zofia|Paweł|Wojciech|Joanna"),
               _l("Kowalski|Nowak|Wiśniewska|Wójcik|Kamińska|Lewandowski|Zieliński|Szymańska|Dąbrowski|Grzegorczyk")),
    "turkish": (_l("Mehmet|Ayşe|Emre|Zeynep|Burak|Elif|Oğuz|Gülşen|Can|Deniz|Selin"),
                _l("Yılmaz|Kaya|Demir|Şahin|Çelik|Öztürk|Aydın|Arslan|Doğan|Karaca")),
    "greek": (_l("Georgios|Eleni|Dimitris|Katerina|Nikolaos|Sofia|Konstantinos|Despina|Vasiliki|Panagiotis"),
              _l("Papadopoulos|Georgiou|Nikolaidis|Papadaki|Konstantinou|Oikonomou|Christodoulou|Vlachos")),
    "persian": (_l("Arash|Shirin|Dariush|Parisa|Reza|Niloufar|Kourosh|Maryam|Babak|Roya"),
                _l("Hosseini|Tehrani|Rahimi|Moradi|Karimi|Jafari|Ahmadi|Sadeghi|Farahani")),
    "japanese": (_l("Haruto|Yui|Takeshi|Aiko|Kenji|Sakura|Hiroshi|Yuki|Ren|Emi"),
                 _l("Sato|Suzuki|Takahashi|Tanaka|Watanabe|Yamamoto|Nakamura|Kobayashi|Yoshida|Matsumoto")),
    "korean": (_l("Min-jun|Seo-yeon|Ji-ho|Ha-eun|Dong-hyun|Soo-jin|Jae-won|Eun-ji"),
               _l("Kim|Lee|Park|Choi|Jung|Kang|Yoon|Lim")),
}

NICKS = {
    "William": "Will", "Thomas": "Tom", "James": "Jim", "Jennifer": "Jen", "Katarzyna": "Kasia", "Małgorzata": "Gosia",
    "Alejandro": "Álex", "Francisco": "Paco", "Santiago": "Santi", "Oluwaseun": "Seun", "Maximilian": "Max",
    "Konstantinos": "Kostas", "Georgios": "Giorgos", "Nikolaos": "Nikos", "Dimitris": "Jim", "Krzysztof": "Krzysiek",
    "Mohamed": "Mo", "Ifeanyi": "Ify", "Babatunde": "Tunde", "Gustav": "Gurra", "Magnus": "Manne",
    "Friederike": "Rike", "Charlotte": "Lottie", "Brandon": "Bran", "Lachlan": "Lachie", "Mitchell": "Mitch",
    "Vikram": "Vik", "Montserrat": "Montse", "Hannelore": "Hanne", "Wolfgang": "Wolf", "Elizabeth": "Liz",
    "Chiamaka": "Amaka", "Panagiotis": "Panos", "Emiliano": "Emi", "Guadalupe": "Lupe", "Joanna": "Asia",
}

# which cultures show up for which requester region (weights)
CULTURE_MIX = {
    "se": [("swedish", 55), ("nordic", 8), ("persian", 6), ("somali", 6), ("arabic", 6), ("polish", 5), ("turkish", 4),
           ("greek", 3), ("chinese", 3), ("vietnamese", 2), ("german", 2)],
    "de": [("german", 55), ("turkish", 10), ("polish", 8), ("greek", 5), ("arabic", 5), ("dutch", 4), ("persian", 4),
           ("vietnamese", 4), ("nordic", 2), ("japanese", 3)],
    "es": [("spanish", 60), ("latam", 20), ("arabic", 5), ("british", 3), ("chinese", 4), ("german", 3), ("nigerian", 2),
           ("irish", 3)],
    "uk": [("british", 40), ("irish", 10), ("indian", 12), ("polish", 7), ("nigerian", 8), ("somali", 5), ("chinese", 5),
           ("arabic", 4), ("greek", 3), ("turkish", 3), ("japanese", 3)],
    "us": [("american", 45), ("latam", 15), ("chinese", 8), ("korean", 8), ("indian", 8), ("nigerian", 5),
           ("vietnamese", 5), ("irish", 3), ("persian", 3)],
    "au": [("australian", 35), ("british", 15), ("vietnamese", 10), ("chinese", 10), ("greek", 8), ("indian", 8),
           ("irish", 5), ("korean", 4), ("arabic", 5)],
    "nn": [("indian", 14), ("chinese", 10), ("arabic", 10), ("turkish", 8), ("polish", 8), ("japanese", 7), ("korean", 7),
           ("greek", 6), ("persian", 8), ("nigerian", 6), ("somali", 6), ("vietnamese", 5), ("latam", 5)],
}


def wchoice(rng, pairs):
    tot = sum(w for _, w in pairs)
    x = rng.uniform(0, tot)
    for v, w in pairs:
        x -= w
        if x <= 0:
            return v
    return pairs[-1][0]


class Person:
    """given may hold several tokens; `call` is how people address them."""

    def __init__(self, rng, culture):
        self.culture = culture
        givens, fams = NAMES[culture]
        self.given = rng.choice(givens)
        if culture in ("spanish", "latam") and rng.random() < 0.7:
            a = rng.choice(fams)
            b = rng.choice([f for f in fams if f != a])
            self.family = a + " " + b
        else:
            self.family = rng.choice(fams)
        if culture == "irish" and self.family == "Ní Bhriain" and rng.random() < 0.5:
            self.family = "O'Brien"
        self.family_first = culture in ("vietnamese",) or (culture in ("chinese", "korean") and rng.random() < 0.25)
        if culture == "vietnamese":
            self.call = self.given.split()[-1]
        else:
            self.call = self.given
        self.nick = NICKS.get(self.given)
        self.rng = rng
        self.email = None
        self.phone = None
        self.country = None

    @property
    def full(self):
        if self.family_first:
            return "%s %s" % (self.family, self.given)
        return "%s %s" % (self.given, self.family)

    def form(self, kind):
        g, f = self.given, self.family
        if kind == "full":
            return self.full
        if kind == "first":
            return self.call
        if kind == "nick":
            return self.nick or self.call
        if kind == "lower":
            return self.full.lower()
        if kind == "caps_last":
            return ("%s %s" % (f.upper(), g)) if self.family_first else ("%s %s" % (g, f.upper()))
        if kind == "last_first":
            return "%s, %s" % (f, g)
        if kind == "initial_first":
            return "%s. %s" % (g[0], f)
        if kind == "initial_last":
            return "%s %s." % (self.call, f[0].upper())
        if kind == "ascii":
            return fold_ascii(self.full)
        if kind == "ascii_first":
            return fold_ascii(self.call)
        if kind == "last":
            return f
        if kind == "western":
            return "%s %s" % (g, f)
        raise KeyError(kind)


# ---------------------------------------------------------------------------
# value generators
# ---------------------------------------------------------------------------

def digits(rng, n):
    return "".join(rng.choice("0123456789") for _ in range(n))


def alnum(rng, n, alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"):
    return "".join(rng.choice(alphabet) for _ in range(n))


FREEMAIL = {
    "SE": ["gmail.com", "hotmail.com", "telia.com", "outlook.com", "bredband.net", "icloud.com", "live.se", "spray.se"],
    "DE": ["web.de", "gmx.de", "gmx.net", "t-online.de", "gmail.com", "posteo.de", "freenet.de", "outlook.de"],
    "ES": ["gmail.com", "hotmail.es", "yahoo.es", "telefonica.net", "outlook.es", "icloud.com"],
    "GB": ["gmail.com", "btinternet.com", "yahoo.co.uk", "hotmail.co.uk", "outlook.com", "sky.com", "icloud.com"],
    "US": ["gmail.com", "yahoo.com", "outlook.com", "aol.com", "icloud.com", "comcast.net", "protonmail.com"],
    "AU": ["gmail.com", "bigpond.com", "optusnet.com.au", "outlook.com", "icloud.com", "tpg.com.au"],
}
COMPANY_DOMAINS = {
    "SE": ["nordvikbygg.se", "kaffekompaniet.se", "lundhagen-redovisning.se", "tornbergs.se", "ekhagen-vard.se"],
    "DE": ["bergmann-haustechnik.de", "kanzlei-roth.de", "elbtal-logistik.de", "praxis-am-see.de", "kraemer-druck.de"],
    "ES": ["ferreteriacastellana.es", "gestoria-olivares.es", "clinicadentalsol.es", "transportes-arroyo.com"],
    "GB": ["brightwater-solicitors.co.uk", "hollybankdental.co.uk", "pennywhistle.co.uk", "thamesidelogistics.co.uk"],
    "US": ["pinecrestdental.com", "harborviewlaw.com", "bluemesa-analytics.com", "redfernroofing.com"],
    "AU": ["kookaburra-outdoor.com.au", "saltbushaccounting.com.au", "coastalphysio.com.au", "ironbarkbuild.com.au"],
}


def email_for(rng, p, country, business=False):
    g = fold_ascii(p.call).lower().replace(" ", "").replace("'", "")
    f = fold_ascii(p.family).lower().replace("'", "")
    fparts = f.split()
    flast = fparts[-1] if fparts and fparts[0] in ("van", "von", "de", "del", "der", "bin", "ben", "al", "mac", "ni", "o") else (fparts[0] if fparts else f)
    fjoin = f.replace(" ", "")
    style = rng.randrange(10)
    if style == 0:
        local = "%s.%s" % (g, fjoin)
    elif style == 1:
        local = "%s%s" % (g[0], flast)
    elif style == 2:
        local = "%s_%s%s" % (g, flast, digits(rng, 2))
    elif style == 3:
        local = "%s.%s" % (g, flast.replace("-", ""))
    elif style == 4:
        local = "%s%s%s" % (g, flast[:1], rng.choice(["", "", digits(rng, 2), digits(rng, 4)]))
    elif style == 5:
        local = "%s.%s+%s" % (g, flast, rng.choice(["shop", "helpdesk", "bills", "orders"]))
    elif style == 6:
        local = "%s%s" % (flast, rng.choice(["", "." + g[0], digits(rng, 2)]))
    elif style == 7:
        local = "%s-%s" % (g, flast)
    else:
        local = "%s.%s" % (g, flast)
    local = re.sub(r"[^a-z0-9._+\-]", "", local).strip(".") or "kund"
    if business:
        dom = rng.choice(COMPANY_DOMAINS.get(country, COMPANY_DOMAINS["GB"]))
    else:
        dom = rng.choice(FREEMAIL.get(country, FREEMAIL["US"]))
    return "%s@%s" % (local, dom)


# ---- phones ---------------------------------------------------------------

def phone_number(rng, country):
    """Return (formatted, e164) for a realistic number in country."""
    c = country
    if c == "SE":
        if rng.random() < 0.75:
            n = "07" + rng.choice("02369") + digits(rng, 7)
            f = rng.choice([
                "%s-%s %s %s" % (n[:3], n[3:6], n[6:8], n[8:]), "%s %s %s %s" % (n[:3], n[3:6], n[6:8], n[8:]), n,
                "+46 %s %s %s %s" % (n[1:3], n[3:6], n[6:8], n[8:]), "+46" + n[1:],
                "+46 (0)%s-%s %s %s" % (n[1:3], n[3:6], n[6:8], n[8:]), "0046 %s-%s" % (n[1:3], n[3:]),
                "%s-%s" % (n[:3], n[3:])])
            return f, "+46" + n[1:]
        if rng.random() < 0.5:
            n = "08" + rng.choice("1234567") + digits(rng, 7)
            f = rng.choice(["08-%s %s %s" % (n[2:5], n[5:8], n[8:]), "+46 8 %s %s %s" % (n[2:5], n[5:8], n[8:]),
                            "08 %s %s" % (n[2:6], n[6:])])
        else:
            area = rng.choice(["031", "040", "018", "013", "090", "046"])
            n = area + rng.choice("123456789") + digits(rng, 5)
            f = rng.choice(["%s-%s %s %s" % (area, n[3:5], n[5:7], n[7:]), "+46 %s %s %s %s" % (area[1:], n[3:5], n[5:7], n[7:]),
                            "%s %s" % (area, n[3:])])
        return f, "+46" + n[1:]
    if c == "DE":
        if rng.random() < 0.65:
            pre = rng.choice(["151", "152", "157", "159", "160", "162", "163", "170", "171", "172", "173", "174", "175", "176", "177", "178", "179"])
            rest = digits(rng, 8 if pre.startswith("15") else 7)
            f = rng.choice(["0%s %s" % (pre, rest), "0%s/%s" % (pre, rest), "0%s-%s" % (pre, rest), "+49 %s %s" % (pre, rest),
                            "+49 (0) %s %s" % (pre, rest), "+49%s%s" % (pre, rest), "0049 %s %s" % (pre, rest),
                            "0%s %s %s" % (pre, rest[:3], rest[3:])])
            return f, "+49" + pre + rest
        area = rng.choice(["30", "89", "40", "221", "69", "711", "341", "351", "211", "911", "421"])
        rest = rng.choice("123456789") + digits(rng, (10 - len(area) if len(area) == 2 else 7) - 1)
        f = rng.choice(["0%s %s" % (area, rest), "(0%s) %s" % (area, rest), "+49 %s %s" % (area, rest),
                        "0%s / %s %s" % (area, rest[:3], rest[3:]), "+49 %s %s-%s" % (area, rest[:-2], rest[-2:]),
                        "0%s-%s" % (area, rest)])
        return f, "+49" + area + rest
    if c == "ES":
        if rng.random() < 0.7:
            n = rng.choice("67") + digits(rng, 8)
            if n[0] == "7" and n[1] in "01":
                n = "6" + n[1:]
        else:
            n = "9" + rng.choice(["1", "3", "5", "6", "4"]) + digits(rng, 7)
        f = rng.choice(["%s %s %s" % (n[:3], n[3:6], n[6:]), n, "%s %s %s %s" % (n[:3], n[3:5], n[5:7], n[7:]),
                        "+34 %s %s %s" % (n[:3], n[3:6], n[6:]), "+34 %s %s %s %s" % (n[:3], n[3:5], n[5:7], n[7:]),
                        "+34" + n, "0034 %s %s %s" % (n[:3], n[3:6], n[6:]), "(+34) %s%s" % (n[:3], n[3:])])
        if n[0] == "9" and rng.random() < 0.5:
            f = rng.choice(["%s %s %s %s" % (n[:2], n[2:5], n[5:7], n[7:]), "+34 %s %s %s %s" % (n[:2], n[2:5], n[5:7], n[7:])])
        return f, "+34" + n
    if c == "GB":
        if rng.random() < 0.65:
            n = "07" + rng.choice("123457899") + digits(rng, 8)
            f = rng.choice(["%s %s" % (n[:5], n[5:]), "%s %s %s" % (n[:5], n[5:8], n[8:]), n, "+44 %s %s" % (n[1:5], n[5:]),
                            "+44 (0)%s %s" % (n[1:5], n[5:]), "+44" + n[1:], "0044 %s %s %s" % (n[1:5], n[5:8], n[8:]),
                            "+44 %s %s %s" % (n[1:5], n[5:8], n[8:])])
            return f, "+44" + n[1:]
        area = rng.choice(["20", "161", "113", "117", "131", "141", "121", "29"])
        if area == "20":
            rest = rng.choice("378") + digits(rng, 7)
            f = rng.choice(["020 %s %s" % (rest[:4], rest[4:]), "+44 20 %s %s" % (rest[:4], rest[4:]), "(020) %s %s" % (rest[:4], rest[4:]),
                            "+44 (0)20 %s %s" % (rest[:4], rest[4:])])
        elif area == "29":
            rest = "2" + digits(rng, 7)
            f = rng.choice(["029 %s %s" % (rest[:4], rest[4:]), "+44 29 %s %s" % (rest[:4], rest[4:])])
        else:
            rest = rng.choice("2345") + digits(rng, 6)
            f = rng.choice(["0%s %s %s" % (area, rest[:3], rest[3:]), "+44 %s %s %s" % (area, rest[:3], rest[3:]),
                            "(0%s) %s %s" % (area, rest[:3], rest[3:]), "0%s%s" % (area, rest)])
        return f, "+44" + area + rest
    if c == "US":
        area = rng.choice(["212", "312", "415", "503", "512", "617", "646", "702", "720", "773", "818", "917", "206", "404",
                           "305", "214", "310", "602", "971", "614", "919", "651"])
        ex = rng.choice("23456789") + digits(rng, 2)
        while ex in ("555", "911"):
            ex = rng.choice("23456789") + digits(rng, 2)
        ln = digits(rng, 4)
        f = rng.choice(["(%s) %s-%s" % (area, ex, ln), "%s-%s-%s" % (area, ex, ln), "%s.%s.%s" % (area, ex, ln),
                        "+1 %s %s %s" % (area, ex, ln), "+1 (%s) %s-%s" % (area, ex, ln), "1-%s-%s-%s" % (area, ex, ln),
                        "+1-%s-%s-%s" % (area, ex, ln), "%s %s %s" % (area, ex, ln)])
        return f, "+1" + area + ex + ln
    if c == "AU":
        if rng.random() < 0.65:
            n = "04" + digits(rng, 8)
            f = rng.choice(["%s %s %s" % (n[:4], n[4:7], n[7:]), n, "+61 %s %s %s" % (n[1:4], n[4:7], n[7:]), "+61" + n[1:],
                            "+61 (0)%s %s %s" % (n[1:4], n[4:7], n[7:]), "%s-%s-%s" % (n[:4], n[4:7], n[7:])])
            return f, "+61" + n[1:]
        area = rng.choice("2378")
        rest = rng.choice("3456789") + digits(rng, 7)
        f = rng.choice(["(0%s) %s %s" % (area, rest[:4], rest[4:]), "0%s %s %s" % (area, rest[:4], rest[4:]),
                        "+61 %s %s %s" % (area, rest[:4], rest[4:]), "+61%s%s" % (area, rest)])
        return f, "+61" + area + rest
    if c == "IE":
        n = "08" + rng.choice("35679") + digits(rng, 7)
        f = rng.choice(["%s %s %s" % (n[:3], n[3:6], n[6:]), "+353 %s %s %s" % (n[1:3], n[3:6], n[6:]), "+353" + n[1:]])
        return f, "+353" + n[1:]
    if c == "NL":
        n = "06" + digits(rng, 8)
        f = rng.choice(["06 %s" % n[2:], "06-%s" % n[2:], "+31 6 %s" % n[2:], "+31 6 %s %s" % (n[2:6], n[6:])])
        return f, "+31" + n[1:]
    if c == "FR":
        n = "0" + rng.choice("67") + digits(rng, 8)
        pairs = " ".join(n[i:i + 2] for i in range(0, 10, 2))
        f = rng.choice([pairs, "+33 " + " ".join([n[1]] + [n[i:i + 2] for i in range(2, 10, 2)]), "+33" + n[1:]])
        return f, "+33" + n[1:]
    if c == "IN":
        n = rng.choice("6789") + digits(rng, 9)
        f = rng.choice(["+91 %s %s" % (n[:5], n[5:]), "+91-%s" % n, "0%s %s" % (n[:5], n[5:])])
        return f, "+91" + n
    if c == "NG":
        n = rng.choice(["803", "806", "813", "816", "703", "705", "802", "808"]) + digits(rng, 7)
        f = rng.choice(["+234 %s %s %s" % (n[:3], n[3:6], n[6:]), "0%s %s %s" % (n[:3], n[3:6], n[6:]), "+234%s" % n])
        return f, "+234" + n
    if c == "PL":
        n = rng.choice("5678") + digits(rng, 8)
        f = rng.choice(["+48 %s %s %s" % (n[:3], n[3:6], n[6:]), "%s %s %s" % (n[:3], n[3:6], n[6:]), "+48" + n])
        return f, "+48" + n
    if c == "TR":
        n = "5" + rng.choice("0345") + digits(rng, 8)
        f = rng.choice(["+90 %s %s %s %s" % (n[:3], n[3:6], n[6:8], n[8:]), "0%s %s %s %s" % (n[:3], n[3:6], n[6:8], n[8:])])
        return f, "+90" + n
    raise KeyError(country)


def reformat_phone(rng, e164):
    """A different rendering of the same number (for `known`)."""
    return rng.choice([e164, e164[:3] + " " + e164[3:], e164.replace("+", "00", 1)])


# ---- addresses --------------------------------------------------------------

SE_STREETS = _l("Storgatan|Drottninggatan|Kungsgatan|Sveavägen|Götgatan|Linnégatan|Vasagatan|Björkvägen|Ringvägen|"
                "Hornsgatan|Södra Förstadsgatan|Tegnérgatan|Skolgatan|Västra Hamngatan|Kyrkogatan|Lilla Torggatan|Ängsvägen")
SE_CITIES = [("Stockholm", 111, 118), ("Göteborg", 411, 418), ("Malmö", 211, 217), ("Uppsala", 752, 754),
             ("Västerås", 722, 724), ("Örebro", 702, 703), ("Linköping", 582, 583), ("Umeå", 903, 907), ("Lund", 222, 227),
             ("Jönköping", 553, 556), ("Sundsvall", 852, 857), ("Gävle", 802, 806), ("Solna", 169, 171)]
DE_STREETS = _l("Hauptstraße|Bahnhofstraße|Goethestraße|Schillerstr.|Lindenallee|Am Mühlbach|Königsallee|Friedrichstraße|"
                "Schönhauser Allee|Kastanienweg|Mozartstraße|Im Grund|Ringstraße|Berliner Str.|Gartenweg|Kirchplatz|An der Alster")
DE_CITIES = [("Berlin", 10115, 14199), ("München", 80331, 81929), ("Hamburg", 20095, 22769), ("Köln", 50667, 51149),
             ("Frankfurt am Main", 60306, 60599), ("Stuttgart", 70173, 70629), ("Leipzig", 4103, 4357), ("Dresden", 1067, 1328),
             ("Düsseldorf", 40210, 40629), ("Nürnberg", 90402, 90491), ("Bremen", 28195, 28779), ("Hannover", 30159, 30669),
             ("Freiburg im Breisgau", 79098, 79117), ("Münster", 48143, 48167)]
ES_STREETS = _l("Calle Mayor|C/ de Alcalá|Avenida de la Constitución|Paseo de Gracia|Calle del Doctor Fleming|Plaza de España|"
                "Rambla de Catalunya|Calle Sierpes|Avda. de Andalucía|C/ Gran Vía|Calle de Toledo|Carrer de Mallorca|Calle San Fernando|"
                "Ronda de Valencia|Calle Real")
ES_CITIES = [("Madrid", 28001, 28055), ("Barcelona", 8001, 8042), ("Sevilla", 41001, 41020), ("Valencia", 46001, 46026),
             ("Bilbao", 48001, 48015), ("Zaragoza", 50001, 50018), ("Málaga", 29001, 29018), ("Granada", 18001, 18015),
             ("Alicante", 3001, 3016), ("A Coruña", 15001, 15011), ("Valladolid", 47001, 47017)]
ES_FLOORS = ["3º B", "2º izda.", "bajo", "4º 2ª", "1º A", "Esc. A, 5º C", "ático", "2º dcha.", "6º D"]
UK_STREETS = _l("Kings Road|Albert Street|Station Road|Victoria Road|Church Lane|Park Avenue|Mill Lane|Queen's Drive|"
                "Wellington Crescent|The Green|Hawthorn Close|Grosvenor Place|Marlborough Road|St Mary's Road|Bridge Street")
UK_TOWNS = [("London", ["NW1", "SE15", "E8", "N16", "SW11", "W5", "SE22", "E17"]), ("Manchester", ["M14", "M20", "M4", "M21"]),
            ("Leeds", ["LS6", "LS2", "LS8"]), ("Bristol", ["BS3", "BS8", "BS6"]), ("Edinburgh", ["EH6", "EH9", "EH3"]),
            ("Cardiff", ["CF10", "CF24", "CF11"]), ("Glasgow", ["G12", "G41", "G3"]), ("Brighton", ["BN1", "BN2"]),
            ("Norwich", ["NR2", "NR3"]), ("Sheffield", ["S10", "S11"]), ("York", ["YO10", "YO31"]), ("Belfast", ["BT7", "BT9"])]
US_STREETS = _l("Maple Avenue|Oak Street|N Lamar Blvd|Elm St|W 12th St|Sunset Drive|Lincoln Way|Cedar Ln|Peachtree Rd NE|"
                "Washington Ave|S Congress Ave|Lakeview Terrace|Hillcrest Rd|E 4th Ave|Willow Creek Dr")
US_CITIES = [("Portland", "OR", 972), ("Austin", "TX", 787), ("Brooklyn", "NY", 112), ("Chicago", "IL", 606), ("Denver", "CO", 802),
             ("Seattle", "WA", 981), ("Boston", "MA", 21), ("San Jose", "CA", 951), ("Atlanta", "GA", 303),
             ("Minneapolis", "MN", 554), ("Columbus", "OH", 432), ("Raleigh", "NC", 276), ("Tucson", "AZ", 857)]
AU_STREETS = _l("George Street|Smith St|Adelaide Terrace|Ocean Parade|Chapel Street|Brunswick St|King William Rd|"
                "Beaufort Street|Military Road|Glenferrie Rd|Stirling Hwy|Macquarie St|Elizabeth Bay Rd")
AU_SUBURBS = [("Parramatta", "NSW", 2150), ("Newtown", "NSW", 2042), ("Bondi Beach", "NSW", 2026), ("Fitzroy", "VIC", 3065),
              ("Brunswick", "VIC", 3056), ("St Kilda", "VIC", 3182), ("Fortitude Valley", "QLD", 4006), ("Toowong", "QLD", 4066),
              ("Subiaco", "WA", 6008), ("Fremantle", "WA", 6160), ("Glenelg", "SA", 5045), ("Sandy Bay", "TAS", 7005),
              ("Braddon", "ACT", 2612)]
UK_INWARD = "ABDEFGHJLNPQRSTUWXYZ"


def address_lines(rng, country):
    """A postal address as a list of lines (no country line)."""
    if country == "SE":
        street = "%s %d%s" % (rng.choice(SE_STREETS), rng.randint(1, 120), rng.choice(["", "", "", "B", "A"]))
        if rng.random() < 0.3:
            street += rng.choice([" lgh %d" % rng.randint(1001, 1604), ", %d tr" % rng.randint(1, 6)])
        city, lo, hi = rng.choice(SE_CITIES)
        pc = "%d %02d" % (rng.randint(lo, hi), rng.randint(10, 99))
        if rng.random() < 0.15:
            pc = pc.replace(" ", "")
        return [street, "%s %s" % (pc, city if rng.random() > 0.1 else city.upper())]
    if country == "DE":
        street = "%s %d%s" % (rng.choice(DE_STREETS), rng.randint(1, 180), rng.choice(["", "", "", "a", "b", "-%d" % rng.randint(2, 9)]))
        city, lo, hi = rng.choice(DE_CITIES)
        lines = [street, "%05d %s" % (rng.randint(lo, hi), city)]
        if rng.random() < 0.15:
            lines.insert(1, rng.choice(["Hinterhaus, 3. OG", "Wohnung 12", "2. Etage links"]))
        return lines
    if country == "ES":
        st = rng.choice(ES_STREETS)
        num = rng.randint(1, 140)
        city, lo, hi = rng.choice(ES_CITIES)
        cp = "%05d %s" % (rng.randint(lo, hi), city)
        if rng.random() < 0.5:
            return ["%s, %d, %s" % (st, num, rng.choice(ES_FLOORS)), cp]
        return ["%s %d, %s" % (st, num, rng.choice(ES_FLOORS)), cp]
    if country == "GB":
        town, outs = rng.choice(UK_TOWNS)
        pc = "%s %d%s%s" % (rng.choice(outs), rng.randint(1, 9), rng.choice(UK_INWARD), rng.choice(UK_INWARD))
        street = "%d %s" % (rng.randint(1, 240), rng.choice(UK_STREETS))
        if rng.random() < 0.3:
            return ["Flat %d" % rng.randint(1, 24), street, town, pc]
        if rng.random() < 0.5:
            return [street, town, pc]
        return [street, "%s %s" % (town, pc)]
    if country == "US":
        city, st, z = rng.choice(US_CITIES)
        street = "%d %s" % (rng.randint(10, 9800), rng.choice(US_STREETS))
        if rng.random() < 0.4:
            street += rng.choice([", Apt %d%s" % (rng.randint(1, 30), rng.choice("ABCD")), " Suite %d" % rng.randint(100, 900),
                                  " #%d" % rng.randint(2, 40), ", Unit %d" % rng.randint(1, 60)])
        return [street, "%s, %s %03d%02d" % (city, st, z, rng.randint(1, 99))]
    if country == "AU":
        sub, st, pc = rng.choice(AU_SUBURBS)
        street = "%d %s" % (rng.randint(1, 300), rng.choice(AU_STREETS))
        r = rng.random()
        if r < 0.3:
            street = "%d/%s" % (rng.randint(1, 40), street)
        elif r < 0.45:
            street = "Unit %d, %s" % (rng.randint(1, 40), street)
        return [street, "%s %s %d" % (sub, st, pc)]
    raise KeyError(country)


# ---- cards, IBANs -----------------------------------------------------------

def card_number(rng):
    brand = wchoice(rng, [("visa", 44), ("mastercard", 30), ("amex", 10), ("discover", 7), ("jcb", 5), ("diners", 4)])
    if brand == "visa":
        p, n = "4" + digits(rng, 5), 16
    elif brand == "mastercard":
        p, n = (str(rng.randint(51, 55)) + digits(rng, 4)) if rng.random() < 0.75 else str(rng.randint(2221, 2720)) + digits(rng, 2), 16
    elif brand == "amex":
        p, n = rng.choice(["34", "37"]) + digits(rng, 4), 15
    elif brand == "discover":
        p, n = rng.choice(["6011" + digits(rng, 2), str(rng.randint(644, 649)) + digits(rng, 3), "65" + digits(rng, 4)]), 16
    elif brand == "jcb":
        p, n = str(rng.randint(3528, 3589)) + digits(rng, 2), 16
    else:
        p, n = "36" + digits(rng, 4), 14
    num = luhn_complete(p + digits(rng, n - len(p) - 1))
    assert card_brand(num, strict=True) and luhn_ok(num)
    return num, brand


def card_groups(num):
    if len(num) == 15:
        return [num[:4], num[4:10], num[10:]]
    if len(num) == 14:
        return [num[:4], num[4:10], num[10:]]
    return [num[i:i + 4] for i in range(0, len(num), 4)]


def luhn_invalid_card(rng):
    while True:
        num, _ = card_number(rng)
        bad = num[:-1] + str((int(num[-1]) + rng.randint(1, 9)) % 10)
        if not luhn_ok(bad):
            return bad


def iban_for(rng, cc):
    if cc == "SE":
        bban = rng.choice(["500", "800", "600", "300", "957", "923", "915"]) + digits(rng, 17)
    elif cc == "DE":
        bban = rng.choice(["10010010", "37040044", "50010517", "70150000", "20050550", "12030000", "43060967", "86055592"]) + digits(rng, 10)
    elif cc == "GB":
        bban = rng.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "NAIA", "MONZ", "SRLG"]) + digits(rng, 14)
    elif cc == "ES":
        bank = rng.choice(["2100", "0049", "0182", "2085", "0081", "1465", "0128"])
        branch = digits(rng, 4)
        acct = digits(rng, 10)
        bban = bank + branch + "%d%d" % (es_dc("00" + bank + branch), es_dc(acct)) + acct
    elif cc == "FR":
        bank, branch, acct = rng.choice(["30006", "30004", "20041", "10278", "11315", "30003"]), digits(rng, 5), digits(rng, 11)
        bban = bank + branch + acct + "%02d" % fr_rib_key(bank, branch, acct)
    elif cc == "NL":
        while True:
            acct = digits(rng, 10)
            if sum(int(c) * w for c, w in zip(acct, range(10, 0, -1))) % 11 == 0:
                break
        bban = rng.choice(["ABNA", "INGB", "RABO", "TRIO", "SNSB", "ASNB"]) + acct
    elif cc == "IE":
        bban = rng.choice(["AIBK", "BOFI", "IPBS"]) + digits(rng, 14)
    elif cc == "IT":
        bban = rng.choice("ABCDEFGHIJKLMNOPRSTUVWXYZ") + rng.choice(["03069", "02008", "05034", "03062"]) + digits(rng, 5) + digits(rng, 12)
    elif cc == "PL":
        bban = digits(rng, 24)
    elif cc == "BE":
        base = digits(rng, 10)
        bban = base + "%02d" % (int(base) % 97 or 97)
    elif cc == "AT":
        bban = rng.choice(["12000", "20111", "32000", "14000"]) + digits(rng, 11)
    elif cc == "CH":
        bban = rng.choice(["00762", "00230", "08390"]) + digits(rng, 12)
    elif cc == "NO":
        bban = digits(rng, 11)
    elif cc == "DK":
        bban = digits(rng, 14)
    elif cc == "FI":
        bban = digits(rng, 14)
    elif cc == "PT":
        bban = "0035" + digits(rng, 17)
    else:
        raise KeyError(cc)
    iban = iban_make(cc, bban)
    assert iban_ok(iban) and iban_national_ok(iban), iban
    return iban


def iban_format(rng, iban):
    r = rng.random()
    if r < 0.55:
        return " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))
    if r < 0.9:
        return iban
    if r < 0.95:
        return iban.lower() if rng.random() < 0.3 else " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))
    return iban[:4] + " " + iban[4:]


# ---- national ids ------------------------------------------------------------

def rand_date(rng, y0, y1):
    start = datetime.date(y0, 1, 1).toordinal()
    end = datetime.date(y1, 12, 31).toordinal()
    return datetime.date.fromordinal(rng.randint(start, end))


def national_id(rng, subtype):
    if subtype in ("se_personnummer", "se_samordningsnummer"):
        d = rand_date(rng, 1942, 2006)
        day = d.day + (60 if subtype == "se_samordningsnummer" else 0)
        ten = luhn_complete("%02d%02d%02d%s" % (d.year % 100, d.month, day, digits(rng, 3)))
        r = rng.random()
        if r < 0.55:
            v = ten[:6] + "-" + ten[6:]
        elif r < 0.8:
            v = "%02d%s-%s" % (d.year // 100, ten[:6], ten[6:])
        elif r < 0.92:
            v = "%02d%s" % (d.year // 100, ten)
        else:
            v = ten
        return v
    if subtype == "au_tfn":
        while True:
            d = digits(rng, 8)
            for last in "0123456789":
                if tfn_ok(d + last):
                    v = d + last
                    return rng.choice(["%s %s %s" % (v[:3], v[3:6], v[6:]), v, "%s-%s-%s" % (v[:3], v[3:6], v[6:])])
    if subtype == "au_abn":
        while True:
            tail = digits(rng, 9)
            ok = [p for p in range(10, 100) if abn_ok("%02d%s" % (p, tail))]
            if ok:
                v = "%02d%s" % (rng.choice(ok), tail)
                return rng.choice(["%s %s %s %s" % (v[:2], v[2:5], v[5:8], v[8:]), v])
    if subtype == "au_medicare":
        first8 = rng.choice("23456") + digits(rng, 7)
        chk = sum(int(c) * w for c, w in zip(first8, MEDICARE_W)) % 10
        v = first8 + str(chk) + str(rng.randint(1, 9))
        return rng.choice(["%s %s %s" % (v[:4], v[4:9], v[9:]), v])
    if subtype == "uk_nino":
        while True:
            a = rng.choice("ABCEGHJKLMNOPRSTWXYZ")
            b = rng.choice("ABCEGHJKLMNPRSTWXYZ")
            v = a + b + digits(rng, 6) + rng.choice("ABCD")
            if NINO_RE.match(v):
                return rng.choice(["%s %s %s %s %s" % (v[:2], v[2:4], v[4:6], v[6:8], v[8]), v, "%s%s%s" % (v[:2], " " + v[2:8] + " ", v[8])]).replace("  ", " ")
    if subtype == "uk_nhs":
        while True:
            v = digits(rng, 9)
            chk = 11 - sum(int(c) * w for c, w in zip(v, range(10, 1, -1))) % 11
            if chk == 11:
                chk = 0
            if chk != 10:
                v += str(chk)
                return rng.choice(["%s %s %s" % (v[:3], v[3:6], v[6:]), v, "%s-%s-%s" % (v[:3], v[3:6], v[6:])])
    if subtype == "es_dni":
        n = rng.randint(1000000, 79999999)
        v = "%08d%s" % (n, DNI_LETTERS[n % 23])
        return rng.choice([v, v[:8] + "-" + v[8], "%s.%s.%s-%s" % (v[:2], v[2:5], v[5:8], v[8])])
    if subtype == "es_nie":
        pre = rng.choice("XYZ")
        n = digits(rng, 7)
        v = pre + n + DNI_LETTERS[int(str("XYZ".index(pre)) + n) % 23]
        return rng.choice([v, "%s-%s-%s" % (v[0], v[1:8], v[8]), "%s %s %s" % (v[0], v[1:8], v[8])])
    if subtype == "us_ssn":
        while True:
            a = rng.randint(1, 899)
            if a != 666:
                break
        v = "%03d-%02d-%04d" % (a, rng.randint(1, 99), rng.randint(1, 9999))
        return rng.choice([v, v, v.replace("-", " ")])
    if subtype == "de_steuer_id":
        while True:
            ds = list("0123456789")
            rng.shuffle(ds)
            body = ds[:9] + [rng.choice(ds[:9])]
            rng.shuffle(body)
            if body[0] == "0":
                continue
            s = "".join(body)
            for c in "0123456789":
                if steuer_ok(s + c):
                    v = s + c
                    return rng.choice(["%s %s %s %s" % (v[:2], v[2:5], v[5:8], v[8:]), v, "%s %s %s" % (v[:2], v[2:6], v[6:])])
    raise KeyError(subtype)


NID_BY_COUNTRY = {
    "SE": [("se_personnummer", 80), ("se_samordningsnummer", 20)],
    "AU": [("au_tfn", 36), ("au_medicare", 36), ("au_abn", 28)],
    "GB": [("uk_nino", 55), ("uk_nhs", 45)],
    "ES": [("es_dni", 65), ("es_nie", 35)],
    "US": [("us_ssn", 100)],
    "DE": [("de_steuer_id", 100)],
}


# ---- IP addresses -----------------------------------------------------------

IPV4_FIRST = [2, 5, 31, 37, 46, 62, 77, 78, 79, 80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 109, 130, 141,
              145, 151, 176, 178, 185, 188, 193, 194, 195, 212, 213, 217, 24, 50, 67, 68, 71, 73, 98, 99, 104, 107, 108, 174,
              184, 1, 14, 27, 49, 58, 101, 110, 112, 115, 118, 121, 124, 139, 144, 150, 203, 158, 161, 163, 165, 47]


def ipv4(rng):
    while True:
        ip = "%d.%d.%d.%d" % (rng.choice(IPV4_FIRST), rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254))
        if ipaddress.ip_address(ip).is_global:
            return ip


def ipv6(rng):
    while True:
        pre = rng.choice(["2a02", "2a01", "2001", "2a00", "2600", "2607", "2a03", "2c0f", "2404", "2406", "2a0a", "2003"])
        groups = [pre] + ["%x" % rng.randint(0, 0xffff) for _ in range(7)]
        r = rng.random()
        if r < 0.5:
            # compress a run of zeros in the middle
            k = rng.randint(3, 5)
            groups = groups[:k] + [""] + groups[-rng.randint(1, 2):]
            s = ":".join(groups)
            if s.count("::") != 1:
                continue
        elif r < 0.8:
            s = ":".join(groups)
        else:
            s = ":".join("%04x" % int(g, 16) for g in groups)
        try:
            if ipaddress.ip_address(s).is_global:
                return s
        except ValueError:
            continue


# ---- secrets --------------------------------------------------------------------

B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
B64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_"
HEX = "0123456789abcdef"


def b64u(b):
    return base64.urlsafe_b64encode(b).decode().rstrip("=")


def jwt(rng):
    alg = rng.choice(["HS256", "RS256", "ES256"])
    header = b64u(json.dumps({"alg": alg, "typ": "JWT"}, separators=(",", ":")).encode())
    now = rng.randint(1730000000, 1765000000)
    payload = {"sub": rng.choice(["usr_", "acct_", ""]) + alnum(rng, 12, HEX), "iat": now, "exp": now + rng.choice([900, 3600, 86400])}
    if rng.random() < 0.5:
        payload["scope"] = rng.choice(["read write", "api", "tickets:read"])
    body = b64u(json.dumps(payload, separators=(",", ":")).encode())
    sig = alnum(rng, 43 if alg == "HS256" else 86, B64URL)
    return "%s.%s.%s" % (header, body, sig)


def pem_block(rng):
    kind = rng.choice(["RSA PRIVATE KEY", "PRIVATE KEY", "OPENSSH PRIVATE KEY", "EC PRIVATE KEY"])
    start = {"RSA PRIVATE KEY": "MIIEpAIBAAKCAQEA", "PRIVATE KEY": "MIIEvgIBADANBgkqhkiG9w0BAQEFAASC",
             "OPENSSH PRIVATE KEY": "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAAAMwAAAAtzc2gtZW",
             "EC PRIVATE KEY": "MHcCAQEEI"}[kind]
    nlines = rng.randint(4, 9) if kind != "EC PRIVATE KEY" else 3
    body = start + alnum(rng, 64 * nlines - len(start), B64)
    lines = [body[i:i + 64] for i in range(0, len(body), 64)]
    if kind == "OPENSSH PRIVATE KEY":
        lines = [body[i:i + 70] for i in range(0, len(body), 70)]
    lines[-1] = lines[-1][:rng.randint(min(20, len(lines[-1])), len(lines[-1]))] + rng.choice(["", "=", "=="])
    return "-----BEGIN %s-----\n%s\n-----END %s-----" % (kind, "\n".join(lines), kind)


WORDS_PW = _l("Sommar|Winter|Tiger|Kaffe|Blåbär|Hamburg|Sonne|Playa|Bondi|Arsenal|Maple|Falcon|Kanelbulle|Fussball|Perro|"
              "Dragon|Sunshine|Koala|Oktober|Nordlys|Pingu|Vesper|Marzipan")


def password(rng):
    r = rng.random()
    if r < 0.45:
        return "%s%s%s" % (rng.choice(WORDS_PW), rng.choice(["2023", "2024", "2025", "!", "99", "#1", "123", "_07"]),
                           rng.choice(["!", "", "?", "#", "$", "*"]))
    if r < 0.75:
        return alnum(rng, rng.randint(10, 16), "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789!#%*-_")
    if r < 0.9:
        return "%s-%s-%s" % (rng.choice(WORDS_PW).lower(), rng.choice(WORDS_PW).lower(), digits(rng, 2))
    return "%s%s%s%s" % (rng.choice("QWERTZUIOP"), alnum(rng, 3, "aeiou"), digits(rng, 4), rng.choice("!?%"))


def token(rng, kind):
    if kind == "aws_access_key":
        return rng.choice(["AKIA", "AKIA", "ASIA"]) + alnum(rng, 16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")
    if kind == "aws_secret_key":
        return alnum(rng, 40, B64)
    if kind == "github_token":
        if rng.random() < 0.2:
            return "github_pat_" + alnum(rng, 22) + "_" + alnum(rng, 59)
        return rng.choice(["ghp_", "ghp_", "gho_", "ghs_"]) + alnum(rng, 36)
    if kind == "gitlab_token":
        return "glpat-" + alnum(rng, 20, B64URL.replace("-", "").replace("_", "") + "-_")
    if kind == "slack_token":
        return "%s-%s-%s-%s" % (rng.choice(["xoxb", "xoxp"]), digits(rng, 12), digits(rng, 13), alnum(rng, 24))
    if kind == "stripe_key":
        return rng.choice(["sk_live_", "sk_live_", "rk_live_"]) + alnum(rng, rng.choice([24, 34, 99]))
    if kind == "google_api_key":
        return "AIza" + alnum(rng, 35, B64URL)
    if kind == "sendgrid_key":
        return "SG." + alnum(rng, 22, B64URL) + "." + alnum(rng, 43, B64URL)
    if kind == "npm_token":
        return "npm_" + alnum(rng, 36)
    if kind == "openai_key":
        return "sk-proj-" + alnum(rng, 48, B64URL) + alnum(rng, 20)
    if kind == "jwt":
        return jwt(rng)
    if kind == "bearer_token":
        return alnum(rng, rng.choice([32, 40, 48]))
    if kind == "azure_account_key":
        return alnum(rng, 86, B64) + "=="
    raise KeyError(kind)


def slack_webhook(rng):
    return "https://hooks.slack.com/services/T%s/B%s/%s" % (alnum(rng, 8, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"),
                                                            alnum(rng, 10, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"), alnum(rng, 24))


def presigned_s3(rng, when):
    bucket = rng.choice(["acme-exports", "kestrel-prod-uploads", "ledgerly-invoices", "harbourline-docs", "vindla-reports"])
    region = rng.choice(["eu-north-1", "eu-central-1", "eu-west-2", "us-east-1", "ap-southeast-2"])
    key = rng.choice(["exports/customers_2024-11.csv", "invoices/INV-%s.pdf" % digits(rng, 6), "attachments/%s/scan.jpg" % alnum(rng, 8, HEX)])
    ak = "AKIA" + alnum(rng, 16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")
    return ("https://%s.s3.%s.amazonaws.com/%s?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=%s%%2F%s%%2F%s%%2Fs3%%2Faws4_request"
            "&X-Amz-Date=%sT%02d%02d%02dZ&X-Amz-Expires=%d&X-Amz-SignedHeaders=host&X-Amz-Signature=%s") % (
        bucket, region, key, ak, when.strftime("%Y%m%d"), region, when.strftime("%Y%m%d"), rng.randint(0, 23),
        rng.randint(0, 59), rng.randint(0, 59), rng.choice([300, 3600, 86400, 604800]), alnum(rng, 64, HEX))


def token_url(rng):
    r = rng.random()
    host = rng.choice(["app.ledgerly.app", "portal.kestrelcloud.io", "mitt.vindla.se", "kundenportal.stadtwerke-kleinau.de",
                       "clientes.movilia.es", "my.harbourline.com.au", "account.pennant-insurance.co.uk"])
    if r < 0.35:
        return "https://%s/reset-password?token=%s" % (host, alnum(rng, 40, B64URL))
    if r < 0.55:
        return "https://%s/invite/accept?email_token=%s&ref=mail" % (host, alnum(rng, 32))
    if r < 0.8:
        acct = rng.choice(["kestrelbackup", "ledgerlyfiles", "vindlashare"])
        sig = alnum(rng, 43, B64).replace("+", "%2B").replace("/", "%2F") + "%3D"
        return ("https://%s.blob.core.windows.net/exports/report.xlsx?sv=2022-11-02&ss=b&srt=o&sp=r&se=2025-01-%02dT18:00:00Z"
                "&st=2024-11-%02dT10:00:00Z&spr=https&sig=%s") % (acct, rng.randint(1, 28), rng.randint(1, 28), sig)
    return "https://%s/api/v1/export?access_token=%s" % (host, alnum(rng, 40))


def url_with_credentials(rng):
    user = rng.choice(["app_user", "admin", "svc_billing", "deploy", "readonly", "postgres", "root", "crm"])
    pw = password(rng).replace("@", "").replace("/", "").replace("#", "").replace("?", "").replace("%", "")
    host = rng.choice(["db-prod-02.internal.kestrelcloud.io", "pg.ledgerly.app", "mysql01.vindla.se", "cluster0.x7ka2.mongodb.net",
                       "redis.harbourline.com.au", "ftp.kontorhaus-versand.de", "sql.movilia.es"])
    scheme = rng.choice(["postgres", "postgresql", "mysql", "mongodb+srv", "redis", "ftp", "amqp", "https"])
    path = {"postgres": ":5432/orders", "postgresql": ":5432/crm", "mysql": ":3306/shop", "mongodb+srv": "/prod?retryWrites=true",
            "redis": ":6379/0", "ftp": "/upload/", "amqp": ":5672/%2F", "https": "/repo/export.git"}[scheme]
    return "%s://%s:%s@%s%s" % (scheme, user, pw, host, path)


# ---------------------------------------------------------------------------
# document builder: text + byte-exact labels and negatives
# ---------------------------------------------------------------------------

class S:
    """A labelled value. `src` is the exact source text (already HTML-encoded when raw=True)."""
    __slots__ = ("src", "cat", "sub", "raw")

    def __init__(self, src, cat, sub=None, raw=False):
        self.src, self.cat, self.sub, self.raw = src, cat, sub, raw


class N:
    """A hard negative (not PII)."""
    __slots__ = ("src", "kind", "raw")

    def __init__(self, src, kind, raw=False):
        self.src, self.kind, self.raw = src, kind, raw


class R:
    """Raw markup, emitted as is."""
    __slots__ = ("src",)

    def __init__(self, src):
        self.src = src


def esc(s):
    return html.escape(s, quote=False)


SLOT_RE = re.compile(r"\{(\w+)\}")


class Doc:
    def __init__(self, is_html):
        self.html = is_html
        self.buf = []
        self.pos = 0
        self.labels = []
        self.negs = []
        self.prefix = ""

    def _out(self, s):
        if self.prefix and not self.html and "\n" in s:
            s = s.replace("\n", "\n" + self.prefix)
        self.buf.append(s)
        self.pos += len(s.encode("utf-8"))

    def raw(self, s):
        self._out(s)

    def text(self, s):
        self._out(esc(s) if self.html else s)

    def emit(self, x):
        if x is None:
            return
        if isinstance(x, str):
            self.text(x)
        elif isinstance(x, R):
            self.raw(x.src)
        elif isinstance(x, S):
            src = x.src if (x.raw or not self.html) else esc(x.src)
            start = self.pos
            self._out(src)
            self.labels.append({"start": start, "end": self.pos, "category": x.cat, "subtype": x.sub})
        elif isinstance(x, N):
            src = x.src if (x.raw or not self.html) else esc(x.src)
            start = self.pos
            self._out(src)
            self.negs.append({"start": start, "end": self.pos, "kind": x.kind})
        elif isinstance(x, (list, tuple)):
            for y in x:
                self.emit(y)
        else:
            raise TypeError(type(x))

    def value(self):
        return "".join(self.buf)

    def trim(self, chars=" \n>"):
        """Drop trailing filler (e.g. empty quote lines), never cutting into a span."""
        text = self.value()
        floor = max([x["end"] for x in self.labels + self.negs] + [0])
        raw = text.encode("utf-8")
        keep = len(text.rstrip(chars).encode("utf-8"))
        keep = max(keep, floor)
        self.buf = [raw[:keep].decode("utf-8")]
        self.pos = keep


def fill(tpl, slots, resolver=None):
    """Template -> list of parts.  `{name}` is taken from slots, else from resolver(name)."""
    out = []
    pos = 0
    for m in SLOT_RE.finditer(tpl):
        if m.start() > pos:
            out.append(tpl[pos:m.start()])
        key = m.group(1)
        if key in slots:
            out.append(slots[key])
        elif resolver is not None:
            out.append(resolver(key))
        else:
            raise KeyError(key)
        pos = m.end()
    if pos < len(tpl):
        out.append(tpl[pos:])
    return out


# ---- hard negatives -----------------------------------------------------------

PRODUCTS = _l("Fiber 500/500|Mobil Obegränsad 40 GB|SmartMeter S2|Router AX3000|Premium Plus|Kestrel Backup Pro|Ledgerly Business|"
              "Ledgerly Payroll|Hausrat Komfort|Tarifa Fibra 600Mb|Home & Contents Gold|Harbourline NBN 100|Wattle Oak Sideboard|"
              "Pennant Travel Cover|Stadtwerke Ökostrom Flex|Movilia Fusión Total|Vindla Fast Pris 12 mån|HomeHub Mini|Kestrel Sync")
COMPANIES = _l("Nordvik Bygg AB|Kaffekompaniet Sverige AB|Bergmann Haustechnik GmbH|Elbtal Logistik GmbH|Ferretería Castellana S.L.|"
               "Transportes Arroyo S.A.|Brightwater Solicitors LLP|Thameside Logistics Ltd|Pinecrest Dental LLC|Harborview Law Group|"
               "Kookaburra Outdoor Pty Ltd|Saltbush Accounting|Ironbark Build Co|Lundhagen Redovisning|Praxis am See")
DEVICES = _l("iPhone 13|iPhone 15 Pro|Samsung Galaxy S23|Pixel 8|iPad Air|MacBook Pro|ThinkPad X1|Galaxy A54|OnePlus 11")
ERRCODES = _l("ERR_CONNECTION_RESET|0x80070005|E_AUTH_EXPIRED|HTTP 502|PAY-4012|ERR-7731|SSL_ERROR_SYSCALL|0xC0000142|E1043|"
              "INVALID_GRANT|HTTP 429 Too Many Requests|Fehler 0x0000011b|código 3D-21")
SKU_FMT = ["SKU-%s-%s", "Art.-Nr. %s.%s", "ref. %s/%s", "Art. nr %s-%s", "Item #%s-%s"]


def neg_value(rng, kind, lang="en"):
    if kind == "order_number":
        return rng.choice(["#%s" % digits(rng, 9), "ORD-%d-%s" % (rng.randint(2022, 2025), digits(rng, 6)),
                           "%s-%s-%s" % (digits(rng, 3), digits(rng, 7), digits(rng, 7)), "SO%s" % digits(rng, 8),
                           "%s" % digits(rng, 8), "W%s" % digits(rng, 9), "#A%s" % digits(rng, 6)])
    if kind == "invoice_number":
        return rng.choice(["INV-%d-%s" % (rng.randint(2023, 2025), digits(rng, 5)), "RE-%s-%s" % (digits(rng, 4), digits(rng, 4)),
                           "F%s" % digits(rng, 8), "%s/%d" % (digits(rng, 5), rng.randint(2023, 2025)), "FAC-%s" % digits(rng, 7)])
    if kind == "ticket_number":
        return rng.choice(["#%d" % rng.randint(10000, 999999), "Ticket %d" % rng.randint(100000, 9999999),
                           "[#%d]" % rng.randint(10000, 999999), "HD-%d" % rng.randint(10000, 99999)])
    if kind == "case_number":
        return rng.choice(["CASE-%s" % digits(rng, 8), "CS%s" % digits(rng, 7), "Ärende %s" % digits(rng, 6),
                           "Claim %s-%s" % (digits(rng, 4), digits(rng, 5)), "Vorgang %s" % digits(rng, 7)])
    if kind == "customer_number":
        return rng.choice(["%s" % digits(rng, 7), "C-%s" % digits(rng, 6), "KD%s" % digits(rng, 8), "%s-%s" % (digits(rng, 3), digits(rng, 5)),
                           "ACC%s" % digits(rng, 7)])
    if kind == "tracking_number":
        r = rng.random()
        if r < 0.3:
            return "1Z%s%s%s" % (alnum(rng, 6, "0123456789ABCDEFGHJKLMNPRSTUVWXYZ"), digits(rng, 2), digits(rng, 8))
        if r < 0.5:
            return "%s%s%s" % (rng.choice(["RR", "LX", "CP", "UA", "RB"]), digits(rng, 9), rng.choice(["SE", "DE", "ES", "GB", "CN"]))
        if r < 0.7:
            return "JJD%s" % digits(rng, 15)
        if r < 0.85:
            return "00%s" % digits(rng, 18)
        return " ".join([digits(rng, 4) for _ in range(5)] + [digits(rng, 2)])
    if kind == "version":
        return rng.choice(["v%d.%d.%d" % (rng.randint(1, 9), rng.randint(0, 30), rng.randint(0, 20)),
                           "%d.%d.%d" % (rng.randint(1, 20), rng.randint(0, 30), rng.randint(0, 20)),
                           "iOS %d.%d" % (rng.randint(16, 18), rng.randint(0, 6)), "Android %d" % rng.randint(11, 15),
                           "%d.%d" % (rng.randint(2, 12), rng.randint(0, 9)), "v%d.%d.%d-rc.%d" % (rng.randint(1, 5), rng.randint(0, 9), rng.randint(0, 9), rng.randint(1, 4))])
    if kind == "build_number":
        return rng.choice(["%d.%d.%d.%d" % (rng.randint(1, 12), rng.randint(0, 9), rng.randint(0, 40), rng.randint(300, 9999)),
                           "10.0.%d.%d" % (rng.randint(19041, 26100), rng.randint(100, 5000)),
                           "%d.0.%d.%d" % (rng.randint(118, 132), rng.randint(5000, 6999), rng.randint(10, 200)),
                           "v%d.%d.%d.%d" % (rng.randint(1, 9), rng.randint(0, 20), rng.randint(0, 20), rng.randint(1, 250)),
                           "%d.%d.%d (%d)" % (rng.randint(1, 9), rng.randint(0, 20), rng.randint(0, 9), rng.randint(1000, 99999))])
    if kind == "uuid":
        h = alnum(rng, 32, HEX)
        return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], rng.choice("89ab"), h[17:20], h[20:])
    if kind == "git_sha":
        return alnum(rng, rng.choice([7, 8, 12, 40]), HEX)
    if kind == "hex_hash":
        return alnum(rng, rng.choice([32, 64]), HEX)
    if kind == "sku":
        return rng.choice(SKU_FMT) % (alnum(rng, 3, "ABCDEFGHKLMNPRSTVX") if rng.random() < 0.5 else digits(rng, 3), digits(rng, 4))
    if kind == "amount":
        a = rng.randint(9, 4999) + rng.choice([0, 0.5, 0.99, 0.95, 0.25])
        return rng.choice(["€%.2f" % a, "%.2f €" % a if lang != "en" else "EUR %.2f" % a, "SEK %d" % a, "%d kr" % a, "£%.2f" % a,
                           "$%.2f" % a, "A$%.2f" % a, "%s €" % ("%.2f" % a).replace(".", ",")])
    if kind == "luhn_invalid_card":
        num = luhn_invalid_card(rng)
        return rng.choice([" ".join(card_groups(num)), num])
    if kind == "error_code":
        return rng.choice(ERRCODES)
    if kind == "product_name":
        return rng.choice(PRODUCTS)
    if kind == "company_name":
        return rng.choice(COMPANIES)
    raise KeyError(kind)


MONTHS = {
    "en": _l("January|February|March|April|May|June|July|August|September|October|November|December"),
    "sv": _l("januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december"),
    "de": _l("Januar|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember"),
    "es": _l("enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre"),
}
WEEKDAYS = {
    "en": _l("Mon|Tue|Wed|Thu|Fri|Sat|Sun"),
    "sv": _l("mån|tis|ons|tors|fre|lör|sön"),
    "de": _l("Mo.|Di.|Mi.|Do.|Fr.|Sa.|So."),
    "es": _l("lun|mar|mié|jue|vie|sáb|dom"),
}


def fmt_date(rng, d, lang, region, style=None):
    """A calendar date written as people in lang/region write it."""
    m = MONTHS[lang][d.month - 1]
    if lang == "en":
        if region == "us":
            opts = ["%02d/%02d/%d" % (d.month, d.day, d.year), "%s %d, %d" % (m, d.day, d.year), "%d/%d/%02d" % (d.month, d.day, d.year % 100),
                    "%d-%02d-%02d" % (d.year, d.month, d.day), "%s %d %d" % (m[:3], d.day, d.year)]
        else:
            sfx = "th" if 11 <= d.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
            opts = ["%02d/%02d/%d" % (d.day, d.month, d.year), "%d %s %d" % (d.day, m, d.year), "%d%s %s %d" % (d.day, sfx, m, d.year),
                    "%02d-%02d-%d" % (d.day, d.month, d.year), "%d-%02d-%02d" % (d.year, d.month, d.day), "%d %s %d" % (d.day, m[:3], d.year),
                    "%d.%d.%d" % (d.day, d.month, d.year)]
    elif lang == "sv":
        opts = ["%d-%02d-%02d" % (d.year, d.month, d.day), "%d %s %d" % (d.day, m, d.year), "%d/%d %d" % (d.day, d.month, d.year),
                "%d-%02d-%02d" % (d.year, d.month, d.day)]
    elif lang == "de":
        opts = ["%02d.%02d.%d" % (d.day, d.month, d.year), "%d. %s %d" % (d.day, m, d.year), "%d.%d.%02d" % (d.day, d.month, d.year % 100),
                "%02d.%02d.%d" % (d.day, d.month, d.year)]
    else:
        opts = ["%02d/%02d/%d" % (d.day, d.month, d.year), "%d de %s de %d" % (d.day, m, d.year), "%02d-%02d-%d" % (d.day, d.month, d.year),
                "%d/%d/%d" % (d.day, d.month, d.year)]
    return opts[style] if style is not None else rng.choice(opts)


# ---------------------------------------------------------------------------
# phrasebook (hand-written).  {slots}: v = the value, n = a name, e = e-mail,
# p = phone; other slots are hard negatives resolved by Ctx.resolve().
# ---------------------------------------------------------------------------

P = {}

P["en"] = {
    "greet_name": ["Hi {n},", "Hello {n},", "Dear {n},", "Hey {n}", "Good morning {n},", "Hi {n} -", "{n},"],
    "greet_generic": ["Hello,", "Hi,", "Hi there,", "Good afternoon,", "Dear Sir or Madam,", "To whom it may concern,", "Hello again,"],
    "greet_team": ["Hi {team},", "Hello {team},", "Dear {team},", "Hey {team}!"],
    "team": ["Support team", "support", "Customer Service", "Billing team", "helpdesk team", "team", "Customer Care team", "all"],
    "intro": ["My name is {n} and I've been a customer since {year}.", "This is {n} writing.", "It's {n} here, we spoke on the phone last week.",
              "I am {n}, account holder.", "My name is {n}."],
    "closing": ["Thanks,", "Thank you,", "Kind regards,", "Best,", "Regards,", "Many thanks,", "Thx", "Best wishes,", "Cheers,", "Warm regards,",
                "Thanks in advance,", "All the best,"],
    "topics": {
        "billing": ["I've been charged twice for order {order} ({amount} each) and I can't see a refund yet.",
                    "Your invoice {invoice} from {date} says {amount}, but my plan is supposed to be cheaper than that.",
                    "There's a payment on my statement I don't recognise, your reference {invoice}.",
                    "Quick question about the latest bill - the {product} line is there twice."],
        "refund": ["I returned the {product} on {date} (return label {tracking}) and I'm still waiting for the money.",
                   "Could you please refund {amount} for order {order}? The item arrived damaged.",
                   "You promised a refund on {date} in case {case} but nothing has come through."],
        "moving": ["We're moving house at the end of the month, so please update the address on account {cust}.",
                   "I moved recently and the last parcel ({tracking}) went to my old place.",
                   "Please change my billing address - the old one is no longer valid."],
        "login": ["I'm locked out of my account since this morning. The app just says {err}.",
                  "Password reset emails never arrive, I've tried five times since {time}.",
                  "Someone logged into my account from a place I've never been to. Please check!"],
        "gdpr": ["Under GDPR I'd like a copy of all the personal data you hold about me.",
                 "Please delete my account and every bit of data linked to customer number {cust}.",
                 "I'd like to know who you have shared my details with (ref {case})."],
        "delivery": ["My order {order} was marked as delivered on {date} but nothing arrived.",
                     "The courier left a card saying they'd try again, tracking {tracking}.",
                     "Half of order {order} is missing - only the {product} came."],
        "tech": ["Our integration started failing after we upgraded to {ver}. Details below.",
                 "Since build {build} the webhook calls return errors for us.",
                 "The sync job has been failing every night since {date}, see the log."],
        "contact": ["Please note a change of contact person for our company account {cust}.",
                    "I'm leaving the company at the end of {month}, so please hand everything over to my colleague."],
        "cancel": ["I want to cancel my {product} subscription before it renews on {date}.",
                   "Please stop the direct debit for {product}, we don't use it any more."],
        "claim": ["I need to submit a claim for the treatment on {date}, claim ref {case}.",
                  "Following up on claim {case} - what else do you need from me?"],
        "payroll": ["My payslip for {month} has the wrong tax details, can you fix it before the next run?",
                    "I started a new job and need to update my tax details in {product}."],
        "bug": ["The app crashes on launch since the update to {ver} (build {build}) on my {device}.",
                "After updating to {ver} I can't upload attachments any more, it just spins."],
    },
    "nn_topics": ["Hello, I am writing you because my order {order} is not arrived still.",
                  "Please can you help me, the app is not opening since update {ver}.",
                  "I have problem with invoice {invoice}, the amount {amount} is not correct I think.",
                  "Kindly do the needful and change my address in your system.",
                  "I want to close my account but I did not find where in the settings.",
                  "My card was charged two times, I attach the details below."],
    "items": {
        "phone": ["You can reach me on {v} if that's easier.", "My mobile is {v}.", "Best number to call me: {v}",
                  "Please call me back on {v} after {time}.", "New phone number: {v}", "ring me on {v} pls"],
        "email": ["Please use {v} from now on, the old address is closed.", "You can also email my work address {v}.",
                  "Send the confirmation to {v} please.", "(my other email is {v} in case this bounces)"],
        "address": ["My new address is {v}.", "Please send it to:\n{v}", "Delivery address: {v}", "The parcel should go to {v}, not the old flat.",
                    "Billing address is {v}"],
        "card": ["Please charge this card instead: {v}, expiry {exp}.", "The card that was charged is {v}.", "card no {v} exp {exp} cvc {cvc}",
                 "I've got a new card, number {v}, valid until {exp}."],
        "iban": ["Please refund to my bank account, IBAN {v}.", "My IBAN: {v}", "Account for the refund: {v} (in my name)",
                 "You can pay it back to {v}."],
        "dob": ["My date of birth is {v}.", "DOB: {v}", "I was born on {v}, if you need it for verification.", "D.O.B. {v}",
                "date of birth {v}"],
        "ip": ["My IP address is {v} if that helps.", "The login came from {v}, that's not me!", "Your firewall seems to block {v}.",
               "Our office IP is {v}, please whitelist it."],
        "password": ["My current password is {v} - yes I know I shouldn't send it.", "password: {v}", "Temporary password was {v}",
                     "login is my email and the password is {v}"],
        "person": ["My colleague {n} will take over, you can reach them at {e}.", "Please also copy my wife {n} ({e}) on replies.",
                   "My husband {n} might call you from {p}.", "{n} from our finance team handles the invoices now.",
                   "My son {n} is helping me with this, he can be reached on {p}.", "Please talk to {n} ({e}, {p}) while I'm away.",
                   "The account was set up by my late father, {n}.", "I've added {n} as a second user."],
    },
    "nid": {
        "uk_nino": ["My National Insurance number is {v}.", "NI number: {v}", "NINO {v}"],
        "uk_nhs": ["My NHS number is {v}.", "NHS no. {v}", "NHS number: {v}"],
        "us_ssn": ["My SSN is {v}.", "SSN: {v}", "social security number {v}"],
        "au_tfn": ["My TFN is {v}.", "Tax file number: {v}", "TFN {v}"],
        "au_abn": ["Our ABN is {v}.", "ABN: {v}", "sole trader, ABN {v}"],
        "au_medicare": ["Medicare card number {v}.", "My Medicare number is {v}.", "Medicare: {v}"],
        "se_personnummer": ["My Swedish personal number is {v}.", "personnummer {v}", "Personal ID no.: {v}"],
        "se_samordningsnummer": ["My coordination number (samordningsnummer) is {v}.", "samordningsnummer {v}"],
        "de_steuer_id": ["My German tax ID (Steuer-ID) is {v}.", "Tax ID: {v}"],
        "es_dni": ["My DNI is {v}.", "DNI: {v}", "ID card (DNI) {v}"],
        "es_nie": ["My NIE is {v}.", "NIE: {v}", "foreigner ID (NIE) {v}"],
    },
    "neg_sentences": ["I'm on version {ver} (build {build}) on a {device}.", "Order {order} was placed on {date}.",
                      "The tracking number is {tracking}.", "Invoice {invoice} dated {date} for {amount}.",
                      "Error {err} at {ts}.", "Request ID {uuid}.", "My loyalty card number is {luhnbad}, not sure if that matters.",
                      "It's the {sku} model from {company}.", "This is about ticket {ticket} again.",
                      "We're based in {city}, near {street}.", "The checksum of the file was {hash}.", "Deployed commit {sha} yesterday.",
                      "I usually shop at your store in {city}.", "Is the branch on {street} still open?", "Our {role} asked me to chase this.",
                      "Please don't send anything to the {role}, only to me.", "The gift card {luhnbad} shows as invalid at checkout.",
                      "Attachment SHA-256: {hash}", "I ordered 2x {sku} and got 1.", "Voucher no. {luhnbad} (expired?)"],
    "mention_role": ["our {role}", "the {role}"],
    "roles": ["account manager", "IT department", "office manager", "finance team", "landlord", "accountant", "CFO", "HR team"],
    "mobile": ["Sent from my iPhone", "Sent from my Galaxy", "Get Outlook for Android", "Sent from my iPad", "Sent from Yahoo Mail for iPhone",
               "Sent from my mobile, please excuse typos"],
    "subject": ["Refund request", "Re: your invoice", "Change of address", "Account locked", "Data request", "Missing parcel",
                "URGENT: double charge", "API errors", "Cancellation", "Claim follow-up", "Question about my bill"],
    "quote": ["On {wd}, {d} at {time}, {n} <{e}> wrote:", "On {d}, at {time}, {n} <{e}> wrote:", "{n} <{e}> wrote on {d}:"],
    "outlook": ["From", "Sent", "To", "Cc", "Subject"],
    "fwd": ["---------- Forwarded message ---------", "From", "Date", "Subject", "To", "Cc"],
    "form": {"title": ["New submission from Contact us", "Web form: Customer enquiry", "Form submission - Account update"],
             "name": ["Name", "Full name", "Your name"], "email": ["Email", "E-mail address", "Email address"],
             "phone": ["Phone", "Mobile", "Contact number"], "address": ["Address", "Postal address", "Street address"],
             "dob": ["Date of birth", "DOB"], "order": ["Order number", "Order #"], "message": ["Message", "Comments", "How can we help?"],
             "cust": ["Customer number", "Account no."]},
    "agent_greet": ["Hi {n},", "Hello {n},", "Dear {n},", "Hi {n}, thanks for getting in touch."],
    "agent_body": ["Thanks for your patience. I've looked into this and {fix}.", "Sorry for the trouble. {fix}.",
                   "I can confirm {fix}. Let me know if anything else comes up."],
    "agent_fix": ["the refund of {amount} has been issued", "your account is unlocked now", "the address has been updated",
                  "we've escalated it to our tech team under {case}", "the duplicate charge was reversed"],
    "agent_close": ["Kind regards,", "Best regards,", "Thanks,", "Cheers,"],
    "agent_title": ["Customer Support", "Support Specialist", "Billing Team", "Technical Support", "Customer Care Advisor"],
    "chat_start": ["Chat started on {d} at {time}", "Conversation with {n} (visitor)", "Live chat transcript"],
    "chat_joined": ["{n} joined the chat", "You are now chatting with {n}"],
    "chat_cust": {"open": ["hi, I need help with my account", "hello? anyone there", "hi I have an issue with order {order}",
                           "I was charged twice!!", "can't log in"],
                  "ack": ["ok", "sure", "yes", "one sec", "ok thanks", "great, thanks a lot"]},
    "chat_agent": {"hello": ["Hi {n}, thanks for waiting! How can I help?", "Hello {n}, I'm happy to help."],
                   "ask": ["Could you confirm the {what} on the account?", "Can I have your {what} please?", "What's your {what}?"],
                   "bye": ["Anything else I can help with today?", "Thanks for chatting, have a great day!"]},
    "what": {"phone": "phone number", "email": "email address", "address": "postal address", "dob": "date of birth",
             "card": "card number", "iban": "IBAN", "nid": "ID number", "ip": "IP address"},
    "call": ["Inb. call {ts} - {n}, cb no {p}. Re {topic}.", "Call w/ {n} ({p}) at {time}. Issue: {topic}.", "{time} call from {n} {p} -- {topic}"],
    "call_verif": ["ID verif ok (DOB {dob}).", "Verified DOB {dob} + postcode.", "cust confirmed DOB {dob}"],
    "call_end": ["Promised CB within 24h.", "Escalated to 2nd line.", "Sent follow-up email.", "Cust happy, closing."],
    "call_topic": ["double charge", "refund", "moving house", "locked out", "cancel contract", "missing parcel", "claim status"],
    "people_rel": ["my colleague", "my wife", "my husband", "my daughter", "my son", "my partner", "my mum", "my flatmate", "my boss"],
}

P["sv"] = {
    "greet_name": ["Hej {n}!", "Hej {n},", "Hejsan {n}!", "God morgon {n},", "Hej hej {n}", "{n},"],
    "greet_generic": ["Hej!", "Hej,", "Hejsan,", "God eftermiddag,", "Hallå,"],
    "greet_team": ["Hej {team}!", "Hej {team},", "Till {team},"],
    "team": ["kundtjänst", "supporten", "Kundservice", "ekonomiavdelningen", "er support", "allihop"],
    "intro": ["Jag heter {n} och har varit kund hos er sedan {year}.", "Det är {n} som skriver.", "Mitt namn är {n}."],
    "closing": ["Mvh", "Med vänliga hälsningar,", "Vänliga hälsningar", "Hälsningar,", "Tack på förhand!", "Ha det bra,", "MVH"],
    "topics": {
        "billing": ["Jag har blivit dragen två gånger för order {order}, {amount} varje gång.",
                    "Fakturan {invoice} från {date} är på {amount}, men mitt abonnemang ska vara billigare.",
                    "Det finns en dragning på kontoutdraget som jag inte känner igen, referens {invoice}."],
        "refund": ["Jag skickade tillbaka {product} den {date} (returnummer {tracking}) men har inte fått pengarna.",
                   "Kan ni återbetala {amount} för order {order}? Varan var trasig."],
        "moving": ["Vi flyttar i slutet av månaden, kan ni uppdatera adressen på kundnummer {cust}?",
                   "Jag har flyttat och senaste paketet ({tracking}) gick till min gamla adress."],
        "login": ["Jag är utelåst från mitt konto sedan i morse, appen säger bara {err}.",
                  "Återställningsmejlet för lösenordet kommer aldrig fram."],
        "gdpr": ["Enligt GDPR vill jag ha ett registerutdrag över alla uppgifter ni har om mig.",
                 "Radera mitt konto och alla uppgifter kopplade till kundnummer {cust}, tack."],
        "delivery": ["Order {order} är markerad som levererad {date} men inget har kommit.",
                     "Budet lämnade en lapp, sändningsnummer {tracking}."],
        "tech": ["Vår integration slutade fungera efter uppgraderingen till {ver}.", "Sedan build {build} får vi fel från ert API."],
        "contact": ["Vi byter kontaktperson för företagskontot {cust}.", "Jag slutar vid månadsskiftet, så min kollega tar över."],
        "cancel": ["Jag vill säga upp {product} innan det förnyas {date}.", "Stoppa autogirot för {product}, vi använder det inte längre."],
        "claim": ["Jag vill anmäla en skada som hände {date}, ärende {case}.", "Hur går det med ärende {case}?"],
        "payroll": ["Lönespecifikationen för {month} har fel skatteuppgifter.", "Jag har bytt jobb och behöver uppdatera mina uppgifter i {product}."],
        "bug": ["Appen kraschar direkt efter uppdateringen till {ver} på min {device}.", "Efter {ver} går det inte att ladda upp bilagor."],
    },
    "items": {
        "phone": ["Ni når mig på {v}.", "Mitt mobilnummer är {v}.", "Ring gärna {v} efter {time}.", "Nytt telefonnummer: {v}", "tel {v}"],
        "email": ["Använd {v} i fortsättningen, den gamla adressen är nedlagd.", "Skicka bekräftelsen till {v}.", "(min andra mejl är {v})"],
        "address": ["Min nya adress är {v}.", "Skicka det till:\n{v}", "Leveransadress: {v}", "Adressen är {v}"],
        "card": ["Dra från det här kortet i stället: {v}, giltigt till {exp}.", "Kortet som drogs är {v}.", "kortnr {v} utg {exp}"],
        "iban": ["Betala tillbaka till mitt konto, IBAN {v}.", "IBAN: {v}", "Återbetalning till {v} tack."],
        "dob": ["Jag är född {v}.", "Födelsedatum: {v}", "född {v}"],
        "ip": ["Min IP-adress är {v}.", "Inloggningen kom från {v}, det var inte jag!", "Vår kontors-IP är {v}."],
        "password": ["Mitt lösenord är {v} (jag vet, jag borde inte skicka det).", "lösenord: {v}", "Tillfälligt lösen: {v}"],
        "person": ["Min kollega {n} tar över, hon nås på {e}.", "Skicka gärna kopia till min sambo {n} ({e}).",
                   "Min man {n} kan ringa från {p}.", "{n} på ekonomi sköter fakturorna nu.", "Prata med {n} ({e}, {p}) medan jag är borta.",
                   "Kontot startades av min pappa {n}."],
    },
    "nid": {
        "se_personnummer": ["Mitt personnummer är {v}.", "Personnummer: {v}", "pnr {v}", "personnr {v}"],
        "se_samordningsnummer": ["Jag har samordningsnummer {v}.", "Samordningsnummer: {v}"],
    },
    "neg_sentences": ["Jag kör version {ver} (build {build}) på en {device}.", "Order {order} lades {date}.", "Sändningsnummer {tracking}.",
                      "Faktura {invoice} från {date} på {amount}.", "Fel {err} kl {ts}.", "Det gäller ärende {ticket} igen.",
                      "Vi sitter i {city}, vid {street}.", "Mitt medlemskort har nummer {luhnbad}.", "Artikeln är {sku} från {company}.",
                      "Jag handlar oftast i er butik i {city}.", "Har butiken på {street} fortfarande öppet?", "Jag har pratat med {role} om det här.",
                      "Presentkortet {luhnbad} godkänns inte i kassan.", "Jag beställde 2 st {sku} men fick en."],
    "roles": ["ekonomiavdelningen", "hyresvärden", "IT-avdelningen", "chefen", "redovisningsbyrån"],
    "mobile": ["Skickat från min iPhone", "Skickat från min Samsung-mobil", "Hämta Outlook för iOS"],
    "subject": ["Återbetalning", "Adressändring", "Fel på fakturan", "Utelåst", "Registerutdrag", "Uppsägning", "Paket saknas"],
    "quote": ["Den {d} kl. {time} skrev {n} <{e}>:", "{wd} {d} {time} skrev {n} <{e}>:", "{n} <{e}> skrev {d}:"],
    "outlook": ["Från", "Skickat", "Till", "Kopia", "Ämne"],
    "fwd": ["---------- Vidarebefordrat meddelande ---------", "Från", "Datum", "Ämne", "Till", "Kopia"],
    "form": {"title": ["Nytt formulär från Kontakta oss", "Webbformulär: Kundärende"], "name": ["Namn", "För- och efternamn"],
             "email": ["E-post", "E-postadress"], "phone": ["Telefon", "Mobilnummer"], "address": ["Adress", "Postadress"],
             "dob": ["Födelsedatum"], "order": ["Ordernummer"], "message": ["Meddelande", "Ditt ärende"], "cust": ["Kundnummer"]},
    "agent_greet": ["Hej {n}!", "Hej {n},", "Hej {n}, tack för att du hörde av dig."],
    "agent_body": ["Tack för ditt tålamod. Jag har kollat och {fix}.", "Ursäkta strulet. {fix}."],
    "agent_fix": ["återbetalningen på {amount} är skickad", "kontot är upplåst nu", "adressen är ändrad", "vi har skickat det vidare som ärende {case}"],
    "agent_close": ["Med vänliga hälsningar,", "Vänliga hälsningar", "Mvh"],
    "agent_title": ["Kundtjänst", "Teknisk support", "Kundservice"],
    "chat_start": ["Chatt startad {d} kl. {time}", "Konversation med {n}"],
    "chat_joined": ["{n} anslöt till chatten", "Du chattar nu med {n}"],
    "chat_cust": {"open": ["hej, jag behöver hjälp med mitt konto", "hallå? är det någon där", "jag har blivit dubbeldragen!!", "kommer inte in"],
                  "ack": ["ok", "japp", "ja", "sekund", "tack!", "toppen, tack"]},
    "chat_agent": {"hello": ["Hej {n}, tack för att du väntade! Vad kan jag hjälpa till med?", "Hej {n}!"],
                   "ask": ["Kan du bekräfta {what}?", "Vad är ditt {what}?"],
                   "bye": ["Något mer jag kan hjälpa till med?", "Tack för chatten, ha en fin dag!"]},
    "what": {"phone": "telefonnummer", "email": "e-postadress", "address": "adress", "dob": "födelsedatum", "card": "kortnummer",
             "iban": "IBAN", "nid": "personnummer", "ip": "IP-nummer"},
    "call": ["Ink. samtal {ts} - {n}, tel {p}. Gäller {topic}.", "Samtal m {n} ({p}) kl {time}. Ärende: {topic}."],
    "call_verif": ["Verifierad m födelsedatum {dob}.", "Kontrollerat födelsedatum {dob}."],
    "call_end": ["Återkommer inom 2 dgr.", "Skickat vidare till 2nd line.", "Kund nöjd, stänger."],
    "call_topic": ["dubbeldragning", "återbetalning", "flytt", "utelåst", "uppsägning", "saknat paket"],
    "people_rel": ["min kollega", "min fru", "min man", "min dotter", "min son", "min sambo", "min mamma", "min chef"],
}

P["de"] = {
    "greet_name": ["Hallo {n},", "Liebe {n},", "Lieber {n},", "Guten Tag {n},", "Hi {n},", "Moin {n},"],
    "greet_generic": ["Hallo,", "Sehr geehrte Damen und Herren,", "Guten Tag,", "Moin,", "Servus,"],
    "greet_team": ["Hallo {team},", "Liebes {team},", "Sehr geehrtes {team},"],
    "team": ["Support-Team", "Kundenservice-Team", "Team", "Serviceteam", "Buchhaltungs-Team"],
    "intro": ["Mein Name ist {n}, ich bin seit {year} Kunde bei Ihnen.", "Hier schreibt {n}.", "Ich bin {n}, Vertragsinhaber."],
    "closing": ["Viele Grüße", "Mit freundlichen Grüßen", "Beste Grüße", "LG", "VG", "Danke und Gruß", "Freundliche Grüße,", "Gruß"],
    "topics": {
        "billing": ["Mir wurde die Bestellung {order} doppelt abgebucht, jeweils {amount}.",
                    "Ihre Rechnung {invoice} vom {date} lautet über {amount}, das passt nicht zu meinem Tarif.",
                    "Auf meinem Kontoauszug ist eine Abbuchung, die ich nicht zuordnen kann (Ref. {invoice})."],
        "refund": ["Ich habe den {product} am {date} zurückgeschickt (Sendungsnummer {tracking}) und warte noch auf das Geld.",
                   "Bitte erstatten Sie {amount} für Bestellung {order}, der Artikel kam beschädigt an."],
        "moving": ["Wir ziehen Ende des Monats um, bitte ändern Sie die Anschrift zu Kundennummer {cust}.",
                   "Ich bin umgezogen und das letzte Paket ({tracking}) ging an die alte Adresse."],
        "login": ["Ich komme seit heute früh nicht mehr in mein Konto, die App zeigt nur {err}.",
                  "Die E-Mail zum Zurücksetzen des Passworts kommt nie an."],
        "gdpr": ["Gemäß Art. 15 DSGVO bitte ich um Auskunft über alle zu meiner Person gespeicherten Daten.",
                 "Bitte löschen Sie mein Konto mit Kundennummer {cust} samt aller Daten."],
        "delivery": ["Die Bestellung {order} ist seit dem {date} als zugestellt markiert, angekommen ist aber nichts.",
                     "Der Bote hat eine Karte eingeworfen, Sendungsnummer {tracking}."],
        "tech": ["Seit dem Update auf {ver} schlägt unsere Schnittstelle fehl.", "Seit Build {build} liefert der Webhook Fehler."],
        "contact": ["Bitte beachten Sie den Wechsel des Ansprechpartners für Kundenkonto {cust}.",
                    "Ich verlasse das Unternehmen zum Monatsende, ab dann übernimmt mein Kollege."],
        "cancel": ["Hiermit kündige ich {product} fristgerecht zum {date}.", "Bitte stoppen Sie die Lastschrift für {product}."],
        "claim": ["Ich möchte einen Schaden vom {date} melden, Vorgang {case}.", "Wie ist der Stand bei {case}?"],
        "payroll": ["In der Lohnabrechnung für {month} stimmen die Steuerdaten nicht.", "Ich muss meine Steuerdaten in {product} aktualisieren."],
        "bug": ["Die App stürzt seit dem Update auf {ver} auf meinem {device} sofort ab.", "Seit {ver} kann ich keine Anhänge mehr hochladen."],
    },
    "items": {
        "phone": ["Sie erreichen mich unter {v}.", "Meine Handynummer: {v}", "Rückruf bitte an {v}, ab {time}.", "Neue Telefonnummer: {v}", "Tel. {v}"],
        "email": ["Bitte nutzen Sie ab sofort {v}, die alte Adresse gibt es nicht mehr.", "Bestätigung bitte an {v}.", "(alternativ {v})"],
        "address": ["Meine neue Anschrift lautet {v}.", "Bitte an folgende Adresse:\n{v}", "Lieferadresse: {v}", "Rechnungsanschrift: {v}"],
        "card": ["Bitte belasten Sie stattdessen diese Karte: {v}, gültig bis {exp}.", "Belastet wurde die Karte {v}.", "Kreditkarte {v} (Ablauf {exp})"],
        "iban": ["Bitte überweisen Sie den Betrag auf IBAN {v}.", "IBAN: {v}", "Erstattung bitte auf mein Konto {v}."],
        "dob": ["Geburtsdatum: {v}", "Ich bin am {v} geboren.", "geb. {v}", "geboren am {v}"],
        "ip": ["Meine IP-Adresse ist {v}.", "Der Login kam von {v}, das war ich nicht!", "Unsere Büro-IP lautet {v}."],
        "password": ["Mein Passwort ist {v} (ich weiß, sollte man nicht schicken).", "Passwort: {v}", "Kennwort: {v}"],
        "person": ["Mein Kollege {n} übernimmt, erreichbar unter {e}.", "Bitte setzen Sie meine Frau {n} ({e}) in CC.",
                   "Mein Mann {n} ruft eventuell von {p} an.", "{n} aus der Buchhaltung kümmert sich jetzt um die Rechnungen.",
                   "Während meiner Abwesenheit bitte an {n} ({e}, Tel. {p}) wenden.", "Das Konto hat mein Vater {n} eröffnet."],
    },
    "nid": {"de_steuer_id": ["Meine Steuer-ID lautet {v}.", "Steuer-ID: {v}", "Steuerliche Identifikationsnummer {v}", "IdNr. {v}"]},
    "neg_sentences": ["Ich nutze Version {ver} (Build {build}) auf einem {device}.", "Bestellung {order} vom {date}.", "Sendungsnummer {tracking}.",
                      "Rechnung {invoice} vom {date} über {amount}.", "Fehler {err} um {ts}.", "Es geht wieder um Ticket {ticket}.",
                      "Wir sitzen in {city}, in der {street}.", "Meine Kundenkarte hat die Nummer {luhnbad}.", "Es ist der Artikel {sku} von {company}.",
                      "Ich kaufe meist in Ihrer Filiale in {city}.", "Hat die Filiale in der {street} noch geöffnet?", "Ich habe das mit der {role} besprochen.",
                      "Die Gutscheinnummer {luhnbad} wird als ungültig angezeigt.", "Prüfsumme der Datei: {hash}"],
    "roles": ["Buchhaltung", "Geschäftsführung", "IT-Abteilung", "Hausverwaltung", "Personalabteilung"],
    "mobile": ["Von meinem iPhone gesendet", "Gesendet von Outlook für Android", "Von meinem Samsung Galaxy Smartphone gesendet"],
    "subject": ["Erstattung", "Adressänderung", "Falsche Rechnung", "Konto gesperrt", "Auskunft nach DSGVO", "Kündigung", "Paket fehlt"],
    "quote": ["Am {d} um {time} schrieb {n} <{e}>:", "{n} <{e}> schrieb am {wd}, {d}, {time}:", "Am {wd}, {d} schrieb {n} <{e}>:"],
    "outlook": ["Von", "Gesendet", "An", "Cc", "Betreff"],
    "fwd": ["---------- Weitergeleitete Nachricht ---------", "Von", "Datum", "Betreff", "An", "Cc"],
    "form": {"title": ["Neue Anfrage über Kontaktformular", "Webformular: Kundenanliegen"], "name": ["Name", "Vor- und Nachname"],
             "email": ["E-Mail", "E-Mail-Adresse"], "phone": ["Telefon", "Mobil"], "address": ["Anschrift", "Adresse"],
             "dob": ["Geburtsdatum"], "order": ["Bestellnummer"], "message": ["Nachricht", "Ihr Anliegen"], "cust": ["Kundennummer"]},
    "agent_greet": ["Hallo {n},", "Guten Tag {n},", "Liebe/r {n},"],
    "agent_body": ["Danke für Ihre Geduld. Ich habe nachgesehen: {fix}.", "Entschuldigen Sie die Umstände. {fix}."],
    "agent_fix": ["die Erstattung über {amount} ist veranlasst", "Ihr Konto ist wieder entsperrt", "die Adresse wurde geändert",
                  "wir haben das als {case} an die Technik gegeben"],
    "agent_close": ["Mit freundlichen Grüßen", "Viele Grüße", "Beste Grüße"],
    "agent_title": ["Kundenservice", "Technischer Support", "Team Abrechnung"],
    "chat_start": ["Chat gestartet am {d} um {time}", "Unterhaltung mit {n}"],
    "chat_joined": ["{n} ist dem Chat beigetreten", "Sie chatten jetzt mit {n}"],
    "chat_cust": {"open": ["hallo, ich brauche hilfe mit meinem konto", "hallo? ist da jemand", "mir wurde doppelt abgebucht!!", "komme nicht rein"],
                  "ack": ["ok", "ja", "moment", "danke!", "super, danke"]},
    "chat_agent": {"hello": ["Hallo {n}, danke fürs Warten! Wie kann ich helfen?", "Hallo {n}!"],
                   "ask": ["Können Sie mir {what} bestätigen?", "Wie lautet {what}?"],
                   "bye": ["Kann ich sonst noch helfen?", "Danke für den Chat, schönen Tag noch!"]},
    "what": {"phone": "Ihre Telefonnummer", "email": "Ihre E-Mail-Adresse", "address": "Ihre Anschrift", "dob": "Ihr Geburtsdatum",
             "card": "die Kartennummer", "iban": "Ihre IBAN", "nid": "Ihre Steuer-ID", "ip": "Ihre IP-Adresse"},
    "call": ["Anruf {ts} - {n}, Rückrufnr. {p}. Anliegen: {topic}.", "Tel. mit {n} ({p}) um {time}: {topic}."],
    "call_verif": ["Geb.-Dat. {dob} geprüft.", "Identität über Geburtsdatum {dob} bestätigt."],
    "call_end": ["Rückruf in 24h zugesagt.", "An 2nd Level weitergeleitet.", "Kunde zufrieden, schließe."],
    "call_topic": ["Doppelabbuchung", "Erstattung", "Umzug", "Konto gesperrt", "Kündigung", "Paket fehlt"],
    "people_rel": ["mein Kollege", "meine Frau", "mein Mann", "meine Tochter", "mein Sohn", "meine Partnerin", "meine Mutter", "meine Chefin"],
}

P["es"] = {
    "greet_name": ["Hola {n}:", "Hola {n},", "Estimado {n}:", "Estimada {n}:", "Buenos días {n},", "Buenas {n}!"],
    "greet_generic": ["Hola,", "Buenos días,", "Buenas tardes:", "Muy señores míos:", "Hola buenas,"],
    "greet_team": ["Hola {team},", "Hola {team}:", "Estimado {team}:"],
    "team": ["equipo", "equipo de soporte", "servicio de atención al cliente", "departamento de facturación", "chicos"],
    "intro": ["Me llamo {n} y soy cliente desde {year}.", "Les escribe {n}.", "Soy {n}, titular de la cuenta."],
    "closing": ["Saludos,", "Un saludo,", "Atentamente,", "Gracias,", "Muchas gracias y un saludo,", "Un abrazo,", "Saludos cordiales,"],
    "topics": {
        "billing": ["Me han cobrado dos veces el pedido {order} ({amount} cada vez).",
                    "La factura {invoice} del {date} es de {amount}, pero mi tarifa debería ser más barata.",
                    "Hay un cargo en mi cuenta que no reconozco, referencia {invoice}."],
        "refund": ["Devolví el {product} el {date} (envío {tracking}) y todavía no me han devuelto el dinero.",
                   "¿Pueden reembolsarme {amount} del pedido {order}? Llegó roto."],
        "moving": ["Nos mudamos a final de mes, por favor actualicen la dirección del cliente {cust}.",
                   "Me he mudado y el último paquete ({tracking}) fue a mi dirección antigua."],
        "login": ["No puedo entrar en mi cuenta desde esta mañana, la app solo dice {err}.",
                  "Nunca me llega el correo para restablecer la contraseña."],
        "gdpr": ["Conforme al RGPD solicito el acceso a todos mis datos personales.",
                 "Por favor eliminen mi cuenta y todos los datos asociados al cliente {cust}."],
        "delivery": ["El pedido {order} aparece como entregado el {date} pero no ha llegado nada.",
                     "El repartidor dejó un aviso, número de seguimiento {tracking}."],
        "tech": ["Nuestra integración falla desde que actualizamos a {ver}.", "Desde la build {build} el webhook devuelve errores."],
        "contact": ["Les informo de un cambio de persona de contacto para la cuenta {cust}.",
                    "Dejo la empresa a final de mes, a partir de entonces se encarga mi compañera."],
        "cancel": ["Quiero dar de baja {product} antes de la renovación del {date}.", "Por favor anulen la domiciliación de {product}."],
        "claim": ["Quiero dar parte de un siniestro del {date}, expediente {case}.", "¿Cómo va el expediente {case}?"],
        "payroll": ["La nómina de {month} tiene mal los datos fiscales.", "Tengo que actualizar mis datos en {product}."],
        "bug": ["La app se cierra al abrirla desde la actualización a {ver} en mi {device}.", "Desde {ver} no puedo adjuntar archivos."],
    },
    "items": {
        "phone": ["Me pueden llamar al {v}.", "Mi móvil es el {v}.", "Llámenme al {v} a partir de las {time}.", "Nuevo teléfono: {v}", "tlf {v}"],
        "email": ["Usen {v} a partir de ahora, la antigua ya no existe.", "Manden la confirmación a {v}.", "(mi otro correo es {v})"],
        "address": ["Mi nueva dirección es {v}.", "Envíenlo a:\n{v}", "Dirección de entrega: {v}", "Domicilio: {v}"],
        "card": ["Cárguenlo en esta tarjeta: {v}, caducidad {exp}.", "La tarjeta cobrada es la {v}.", "tarjeta {v} cad. {exp}"],
        "iban": ["Hagan la devolución a mi cuenta, IBAN {v}.", "IBAN: {v}", "Cuenta para el reembolso: {v}"],
        "dob": ["Mi fecha de nacimiento es {v}.", "Fecha de nacimiento: {v}", "nacida el {v}", "nacido el {v}", "F. nac.: {v}"],
        "ip": ["Mi dirección IP es {v}.", "El acceso vino de {v}, ¡no fui yo!", "La IP de la oficina es {v}."],
        "password": ["Mi contraseña es {v} (ya sé que no debería enviarla).", "contraseña: {v}", "clave: {v}"],
        "person": ["Mi compañera {n} se encarga a partir de ahora, su correo es {e}.", "Pongan en copia a mi marido {n} ({e}), por favor.",
                   "Mi mujer {n} puede llamar desde el {p}.", "{n}, de contabilidad, lleva ahora las facturas.",
                   "Mientras estoy fuera hablen con {n} ({e}, tel. {p}).", "La cuenta la abrió mi padre, {n}."],
    },
    "nid": {"es_dni": ["Mi DNI es {v}.", "DNI: {v}", "con DNI {v}", "D.N.I. {v}"],
            "es_nie": ["Mi NIE es {v}.", "NIE: {v}", "número de NIE {v}"]},
    "neg_sentences": ["Uso la versión {ver} (build {build}) en un {device}.", "Pedido {order} del {date}.", "Número de seguimiento {tracking}.",
                      "Factura {invoice} del {date} por {amount}.", "Error {err} a las {ts}.", "Es sobre la incidencia {ticket} otra vez.",
                      "Estamos en {city}, en {street}.", "Mi tarjeta de socio es la {luhnbad}.", "Es el artículo {sku} de {company}.",
                      "Suelo comprar en su tienda de {city}.", "¿Sigue abierta la tienda de {street}?", "Lo he hablado con {role}.",
                      "La tarjeta regalo {luhnbad} aparece como no válida.", "Pedí 2 unidades de {sku} y llegó una."],
    "roles": ["el departamento de contabilidad", "mi gestor", "el administrador de fincas", "la directora financiera", "el equipo de IT"],
    "mobile": ["Enviado desde mi iPhone", "Enviado desde mi Samsung Galaxy", "Obtener Outlook para Android"],
    "subject": ["Reembolso", "Cambio de dirección", "Factura incorrecta", "Cuenta bloqueada", "Derecho de acceso", "Baja", "Paquete perdido"],
    "quote": ["El {d}, a las {time}, {n} <{e}> escribió:", "El {wd}, {d} {n} (<{e}>) escribió:", "{n} <{e}> escribió el {d}:"],
    "outlook": ["De", "Enviado el", "Para", "CC", "Asunto"],
    "fwd": ["---------- Mensaje reenviado ---------", "De", "Fecha", "Asunto", "Para", "CC"],
    "form": {"title": ["Nuevo envío del formulario de contacto", "Formulario web: consulta"], "name": ["Nombre", "Nombre y apellidos"],
             "email": ["Correo electrónico", "Email"], "phone": ["Teléfono", "Móvil"], "address": ["Dirección", "Domicilio"],
             "dob": ["Fecha de nacimiento"], "order": ["Número de pedido"], "message": ["Mensaje", "Consulta"], "cust": ["Nº de cliente"]},
    "agent_greet": ["Hola {n}:", "Hola {n},", "Estimado/a {n}:"],
    "agent_body": ["Gracias por su paciencia. Lo he revisado y {fix}.", "Disculpe las molestias. {fix}."],
    "agent_fix": ["el reembolso de {amount} ya está emitido", "su cuenta está desbloqueada", "la dirección está actualizada",
                  "lo hemos escalado con el expediente {case}"],
    "agent_close": ["Un saludo,", "Saludos cordiales,", "Atentamente,"],
    "agent_title": ["Atención al cliente", "Soporte técnico", "Facturación"],
    "chat_start": ["Chat iniciado el {d} a las {time}", "Conversación con {n}"],
    "chat_joined": ["{n} se ha unido al chat", "Ahora hablas con {n}"],
    "chat_cust": {"open": ["hola, necesito ayuda con mi cuenta", "hola? hay alguien", "me han cobrado dos veces!!", "no puedo entrar"],
                  "ack": ["vale", "sí", "ok", "un momento", "gracias!", "genial, gracias"]},
    "chat_agent": {"hello": ["Hola {n}, gracias por esperar. ¿En qué puedo ayudarte?", "¡Hola {n}!"],
                   "ask": ["¿Me confirmas {what}?", "¿Cuál es {what}?"],
                   "bye": ["¿Puedo ayudarte en algo más?", "Gracias por escribirnos, ¡buen día!"]},
    "what": {"phone": "tu teléfono", "email": "tu correo", "address": "tu dirección", "dob": "tu fecha de nacimiento", "card": "el número de tarjeta",
             "iban": "tu IBAN", "nid": "tu DNI o NIE", "ip": "tu IP"},
    "call": ["Llamada entrante {ts} - {n}, tel. {p}. Motivo: {topic}.", "Hablo con {n} ({p}) a las {time}: {topic}."],
    "call_verif": ["Verificada fecha de nacimiento {dob}.", "Identidad ok (f. nac. {dob})."],
    "call_end": ["Devolvemos llamada en 24h.", "Escalado a segundo nivel.", "Cliente conforme, cierro."],
    "call_topic": ["cobro duplicado", "reembolso", "mudanza", "cuenta bloqueada", "baja", "paquete perdido"],
    "people_rel": ["mi compañera", "mi mujer", "mi marido", "mi hija", "mi hijo", "mi pareja", "mi madre", "mi jefe"],
}

REGION_EXTRA = {
    "au": {"greet_name": ["G'day {n},", "Hey {n},", "Hi {n},"], "closing": ["Cheers,", "Ta,", "Thanks heaps,", "Cheers mate"]},
    "uk": {"greet_name": ["Hiya {n},", "Hi {n},", "Dear {n},"], "closing": ["Kind regards,", "Many thanks,", "Best wishes,", "Cheers,"]},
    "us": {"greet_name": ["Hey {n},", "Hi {n},", "Hello {n},"], "closing": ["Best,", "Thanks!", "Sincerely,", "Thank you,"]},
    "nn": {"greet_name": ["Dear Mr/Ms {n},", "Hello {n},", "Dear {n},"], "closing": ["Thanks in advance and regards,", "Best regards,",
                                                                                   "Waiting your answer,", "Thank you and have a nice day,"]},
}


# ---------------------------------------------------------------------------
# ticket context
# ---------------------------------------------------------------------------

TENANTS = {
    "SE": [("Frostline Telecom", "frostline.se"), ("Vindla Energi", "vindla.se"), ("Bokhyllan Online", "bokhyllan.se")],
    "DE": [("Stadtwerke Kleinau", "stadtwerke-kleinau.de"), ("Kontorhaus Versand", "kontorhaus-versand.de"), ("Feldberg Versicherung", "feldberg-vers.de")],
    "ES": [("Movilia Telecom", "movilia.es"), ("Seguros Alborán", "segurosalboran.es"), ("Librería Tinta Roja", "tintaroja.es")],
    "GB": [("Brightwater Energy", "brightwater-energy.co.uk"), ("Pennant Insurance", "pennant-insurance.co.uk"), ("Kestrel Cloud", "kestrelcloud.io")],
    "US": [("Pinecrest Health", "pinecresthealth.com"), ("Ledgerly", "ledgerly.app"), ("Kestrel Cloud", "kestrelcloud.io")],
    "AU": [("Harbourline Broadband", "harbourline.com.au"), ("Wattle & Co Furniture", "wattleandco.com.au"), ("Ledgerly", "ledgerly.app")],
}
REGION_COUNTRY = {"se": "SE", "de": "DE", "es": "ES", "uk": "GB", "us": "US", "au": "AU"}
REGION_LANG = {"se": "sv", "de": "de", "es": "es"}
COUNTRY_REGION = {v: k for k, v in REGION_COUNTRY.items()}
FOREIGN_PHONE = {"indian": "IN", "nigerian": "NG", "polish": "PL", "turkish": "TR", "irish": "IE", "dutch": "NL"}
HTML_ENTITY_OK = set("åäöÅÄÖüÜéÉèáÁíÍóÓúÚñÑçøØæÆßàâêîôûëïÀÂÊÎÔÛËÏãõ")
TOPIC_ITEMS = {
    "billing": {"card": 0.65, "iban": 0.2}, "refund": {"iban": 0.5, "card": 0.3}, "cancel": {"iban": 0.3, "dob": 0.2, "card": 0.35}, "moving": {"address": 0.85, "phone": 0.3},
    "login": {"ip": 0.5, "password": 0.3, "email": 0.3, "link": 0.35}, "gdpr": {"nid": 0.55, "dob": 0.55, "address": 0.5},
    "delivery": {"address": 0.6, "phone": 0.3}, "tech": {"ip": 0.4, "password": 0.2, "link": 0.3}, "contact": {"person": 0.9, "email": 0.4},
    "claim": {"nid": 0.45, "dob": 0.5, "iban": 0.3}, "payroll": {"nid": 0.7, "iban": 0.4, "dob": 0.3},
    "bug": {"ip": 0.3},
}
BASE_ITEMS = {"phone": 0.45, "email": 0.15, "address": 0.22, "card": 0.2, "iban": 0.14, "nid": 0.18, "dob": 0.16, "ip": 0.1,
              "password": 0.07, "person": 0.4, "link": 0.04}


class Ctx:
    def __init__(self, rng, idx):
        self.rng = rng
        self.idx = idx
        self.region = wchoice(rng, [("se", 17), ("de", 16), ("es", 16), ("uk", 15), ("us", 12), ("au", 12), ("nn", 12)])
        self.lang = REGION_LANG.get(self.region, "en")
        self.country = REGION_COUNTRY.get(self.region) or rng.choice(["SE", "DE", "GB", "ES", "AU", "US", "GB", "SE"])
        self.html = rng.random() < 0.35
        self.d = Doc(self.html)
        self.L = dict(P[self.lang])
        for k, v in REGION_EXTRA.get(self.region, {}).items():
            self.L[k] = v + self.L[k]
        self.tenant = rng.choice(TENANTS[self.country])
        self.now = datetime.datetime(2024, 6, 1, 8, 0) + datetime.timedelta(minutes=rng.randint(0, 60 * 24 * 400))
        self.req = self.person(self.region)
        self.req.dob = rand_date(rng, 1944, 2004)
        self.agent = self.person(COUNTRY_REGION[self.country])
        self.agent.email = "%s.%s@%s" % (fold_ascii(self.agent.call).lower().replace(" ", "-"),
                                         fold_ascii(self.agent.family).lower().replace(" ", "").replace("'", ""), self.tenant[1])
        self.topic = rng.choice(list(P["en"]["topics"]))
        self.people = []
        self.used_names = {self.req.full, self.agent.full}

    # ---- people ------------------------------------------------------------
    def person(self, region, country=None):
        rng = self.rng
        p = Person(rng, wchoice(rng, CULTURE_MIX[region]))
        p.country = country or REGION_COUNTRY.get(region) or self.country
        p.email = email_for(rng, p, p.country, business=rng.random() < 0.25)
        pc = p.country
        if p.culture in FOREIGN_PHONE and rng.random() < 0.3:
            pc = FOREIGN_PHONE[p.culture]
        p.phone = phone_number(rng, pc)
        return p

    def third(self):
        for _ in range(20):
            p = self.person(self.region if self.rng.random() < 0.8 else self.rng.choice(list(CULTURE_MIX)), self.country)
            if p.full not in self.used_names:
                break
        self.used_names.add(p.full)
        self.people.append(p)
        return p

    # ---- encoders -----------------------------------------------------------
    def _html_text(self, s, entities=0.35):
        rng = self.rng
        if not self.html:
            return s
        out = esc(s)
        if rng.random() < entities and any(ch in HTML_ENTITY_OK for ch in s):
            numeric = rng.random() < 0.3
            res = []
            for ch in out:
                if ch in HTML_ENTITY_OK:
                    name = html.entities.codepoint2name.get(ord(ch))
                    res.append("&#%d;" % ord(ch) if numeric or not name else "&%s;" % name)
                else:
                    res.append(ch)
            out = "".join(res)
        if "'" in out and rng.random() < 0.5:
            out = out.replace("'", rng.choice(["&#39;", "&rsquo;", "&#8217;"]))
        return out

    def nm(self, p, role, form=None):
        rng = self.rng
        if form is None:
            form = wchoice(rng, [("full", 50), ("first", 14), ("lower", 5), ("caps_last", 6), ("last_first", 4), ("initial_first", 4),
                                 ("initial_last", 4), ("ascii", 6), ("nick", 4), ("western", 3)])
        s = p.form(form)
        return S(self._html_text(s), "person_name", role, raw=True)

    def em(self, addr, sub="requester"):
        rng = self.rng
        if not self.html:
            return S(addr, "email", sub)
        r = rng.random()
        if r < 0.18:
            return S(esc(addr).replace("@", "&#64;"), "email", sub, raw=True)
        if r < 0.24:
            return S(esc(addr).replace("@", "&#x40;"), "email", sub, raw=True)
        return S(esc(addr), "email", sub, raw=True)

    def em_link(self, addr, sub="requester", bracket=False):
        """E-mail as it appears in running text or a link (two labels in a mailto link)."""
        rng = self.rng
        if self.html and rng.random() < 0.55:
            return [R('<a href="mailto:'), S(esc(addr), "email", sub, raw=True), R('">'), self.em(addr, sub), R("</a>")]
        if not self.html and rng.random() < 0.12:
            return ["mailto:", self.em(addr, sub)]
        return [self.em(addr, sub)]

    def obfuscated_email(self, addr, sub="obfuscated"):
        local, dom = addr.split("@")
        r = self.rng.random()
        if r < 0.3:
            s = "%s at %s" % (local.replace(".", " dot "), dom.replace(".", " dot "))
        elif r < 0.6:
            s = "%s[at]%s" % (local, dom.replace(".", "[dot]"))
        elif r < 0.8:
            s = "%s (at) %s" % (local, dom)
        else:
            s = "%s {at} %s" % (local, dom)
        return S(s, "email", "obfuscated")

    def ph(self, text, sub="requester"):
        if self.html and " " in text and self.rng.random() < 0.25:
            return S(esc(text).replace(" ", "&nbsp;"), "phone", sub, raw=True)
        if self.html and " " in text and self.rng.random() < 0.1:
            head, tail = text.rsplit(" ", 1)
            tag = self.rng.choice(["b", "span", "strong"])
            return S("%s <%s>%s</%s>" % (esc(head), tag, esc(tail), tag), "phone", sub, raw=True)
        return S(text, "phone", sub)

    def ph_link(self, text, e164, sub="requester"):
        if self.html and self.rng.random() < 0.4:
            return [R('<a href="tel:'), S(e164, "phone", sub), R('">'), self.ph(text, sub), R("</a>")]
        return [self.ph(text, sub)]

    def new_phone(self, p=None, sub="requester"):
        """The person's number, freshly formatted (same digits)."""
        p = p or self.req
        rng = self.rng
        text, e164 = p.phone
        return self.ph_link(text, e164, sub)

    def addr(self, lines=None, sub="requester", multiline=None, country=None):
        rng = self.rng
        lines = lines or address_lines(rng, country or self.country)
        if multiline is None:
            multiline = rng.random() < 0.4
        if not multiline:
            if len(lines) == 4 and lines[0].startswith("Flat"):
                lines = ["%s, %s" % (lines[0], lines[1])] + lines[2:]
            if self.country == "GB" and len(lines) == 3 and rng.random() < 0.5:
                s = "%s, %s %s" % (lines[0], lines[1], lines[2])
            else:
                s = ", ".join(lines)
            return S(self._html_text(s, 0.2), "postal_address", sub, raw=True)
        if self.html:
            br = rng.choice(["<br>", "<br>\n", "<br/>", "<br />"])
            return S(br.join(self._html_text(l, 0.2) for l in lines), "postal_address", sub, raw=True)
        return S("\n".join(lines), "postal_address", sub)

    def card(self, sub="card"):
        rng = self.rng
        num, brand = card_number(rng)
        groups = card_groups(num)
        r = rng.random()
        if self.html and r < 0.3:
            tag = rng.choice(["b", "strong", "span", "em"])
            k = rng.randrange(len(groups))
            parts = [("<%s>%s</%s>" % (tag, g, tag)) if i == k else g for i, g in enumerate(groups)]
            return S(" ".join(parts), "payment_card", brand, raw=True)
        if r < 0.55:
            s = " ".join(groups)
        elif r < 0.7:
            s = "-".join(groups)
        else:
            s = num
        if self.html and " " in s and rng.random() < 0.3:
            return S(s.replace(" ", "&nbsp;"), "payment_card", brand, raw=True)
        return S(s, "payment_card", brand)

    def iban(self, cc=None):
        rng = self.rng
        if cc is None:
            cc = self.country if rng.random() < 0.75 else rng.choice(["SE", "DE", "GB", "ES", "FR", "NL", "IE", "IT", "PL", "BE", "AT", "CH", "NO", "DK", "FI", "PT"])
            if cc in ("US", "AU"):
                cc = rng.choice(["GB", "DE", "ES", "NL", "FR", "IE"])
        v = iban_format(rng, iban_for(rng, cc))
        if self.html and " " in v and rng.random() < 0.25:
            return S(v.replace(" ", "&nbsp;"), "iban", cc, raw=True)
        return S(v, "iban", cc)

    def nid_subtype(self):
        c = self.country
        return wchoice(self.rng, NID_BY_COUNTRY[c])

    def nid(self, subtype=None):
        subtype = subtype or self.nid_subtype()
        return S(national_id(self.rng, subtype), "national_id", subtype)

    def dob(self, p=None, style=None):
        p = p or self.req
        if getattr(p, "dob", None) is None:
            p.dob = rand_date(self.rng, 1944, 2004)
        return S(fmt_date(self.rng, p.dob, self.lang, self.region, style), "date_of_birth", "dob")

    def ip(self, v6=None):
        if v6 is None:
            v6 = self.rng.random() < 0.22
        return S(ipv6(self.rng) if v6 else ipv4(self.rng), "ip_address", "ipv6" if v6 else "ipv4")

    def secret(self, kind):
        rng = self.rng
        if kind == "password":
            return S(password(rng), "secret", "password")
        if kind == "url_credentials":
            return S(url_with_credentials(rng), "secret", "url_credentials")
        if kind == "url_token":
            r = rng.random()
            u = slack_webhook(rng) if r < 0.3 else presigned_s3(rng, self.now) if r < 0.6 else token_url(rng)
            return S(esc(u) if self.html else u, "secret", "url_token", raw=True)
        if kind == "pem":
            v = pem_block(rng)
            if self.html:
                return S(v.replace("\n", "<br>\n") if rng.random() < 0.5 else v, "secret", "pem_private_key", raw=True)
            return S(v, "secret", "pem_private_key")
        return S(token(rng, kind), "secret", kind)

    # ---- negatives ------------------------------------------------------------
    def near_date(self, back=120, fwd=30):
        return (self.now + datetime.timedelta(days=self.rng.randint(-back, fwd))).date()

    def ts(self, dt=None):
        rng = self.rng
        dt = dt or (self.now - datetime.timedelta(minutes=rng.randint(0, 60 * 24 * 30)))
        f = rng.choice(["%Y-%m-%d %H:%M:%S", "%Y-%m-%dT%H:%M:%SZ", "%d/%m/%Y %H:%M", "%Y-%m-%d %H:%M", "%d.%m.%Y %H:%M"])
        s = dt.strftime(f)
        if f.endswith("Z") and rng.random() < 0.4:
            s = s[:-1] + ".%03dZ" % rng.randint(0, 999)
        return N(s, "timestamp")

    def resolve(self, key):
        rng = self.rng
        kinds = {"order": "order_number", "invoice": "invoice_number", "ticket": "ticket_number", "case": "case_number",
                 "cust": "customer_number", "tracking": "tracking_number", "ver": "version", "build": "build_number", "uuid": "uuid",
                 "sha": "git_sha", "hash": "hex_hash", "sku": "sku", "amount": "amount", "luhnbad": "luhn_invalid_card",
                 "err": "error_code", "product": "product_name", "company": "company_name"}
        if key in kinds:
            return N(neg_value(rng, kinds[key], self.lang), kinds[key])
        if key == "date":
            return N(fmt_date(rng, self.near_date(), self.lang, self.region), "date")
        if key == "ts":
            return self.ts()
        if key == "time":
            return N("%02d:%02d" % (rng.randint(7, 20), rng.choice([0, 15, 30, 45, 5, 10])), "time")
        if key == "year":
            return str(rng.randint(2008, 2023))
        if key == "month":
            return MONTHS[self.lang][rng.randint(0, 11)]
        if key == "device":
            return rng.choice(DEVICES)
        if key == "city":
            return N(rng.choice({"SE": SE_CITIES, "DE": DE_CITIES, "ES": ES_CITIES, "GB": UK_TOWNS, "US": US_CITIES,
                                 "AU": AU_SUBURBS}[self.country])[0], "city_name")
        if key == "street":
            st = {"SE": SE_STREETS, "DE": DE_STREETS, "ES": ES_STREETS, "GB": UK_STREETS, "US": US_STREETS, "AU": AU_STREETS}[self.country]
            return N(rng.choice(st), "street_name")
        if key == "team":
            return N(rng.choice(self.L["team"]), "team_greeting")
        if key == "role":
            return N(rng.choice(self.L["roles"]), "role_word")
        if key == "exp":
            return "%02d/%02d" % (rng.randint(1, 12), rng.randint(25, 30))
        if key == "cvc":
            return digits(rng, 3)
        raise KeyError(key)

    def f(self, tpl, **slots):
        parts = fill(tpl, slots, self.resolve)
        for i in range(len(parts) - 1):
            a, b = parts[i], parts[i + 1]
            if isinstance(a, (N, S)) and a.src.endswith(".") and isinstance(b, str) and b.startswith("."):
                parts[i + 1] = b[1:]
        if not self.html:
            return parts
        out = []
        for x in parts:
            if isinstance(x, str) and "\n" in x:
                segs = x.split("\n")
                for i, sg in enumerate(segs):
                    if i:
                        out.append(R(self.br + "\n"))
                    if sg:
                        out.append(sg)
            else:
                out.append(x)
        return out

    def pick(self, key):
        return self.rng.choice(self.L[key])

    # ---- layout -----------------------------------------------------------------
    def setup_layout(self):
        rng = self.rng
        self.p_tag = rng.choice(["p", "div", "div", "p"])
        self.br = rng.choice(["<br>", "<br>", "<br/>", "<br />"])
        self.nl_after_br = rng.random() < 0.5

    def para(self, parts):
        d = self.d
        if self.html:
            d.raw("<%s>" % self.p_tag)
            d.emit(parts)
            d.raw("</%s>\n" % self.p_tag)
        else:
            d.emit(parts)
            d.raw("\n\n")

    def lines(self, rows, tag=None):
        """Several lines in one block (a <p>/<div> with <br>, or plain lines)."""
        d = self.d
        rows = [r for r in rows if r is not None]
        if self.html:
            d.raw("<%s>" % (tag or self.p_tag))
            for i, r in enumerate(rows):
                if i:
                    d.raw(self.br + ("\n" if self.nl_after_br else ""))
                d.emit(r)
            d.raw("</%s>\n" % (tag or self.p_tag))
        else:
            for i, r in enumerate(rows):
                if i:
                    d.raw("\n")
                d.emit(r)
            d.raw("\n\n")

    def pre(self, text_parts):
        """Pasted code/log block: <pre> in HTML, as is in plain text."""
        d = self.d
        if self.html:
            open_tag = self.rng.choice(["<pre>", '<pre style="font-family:monospace">', "<pre><code>"])
            d.raw(open_tag)
            d.emit(text_parts)
            d.raw("</code></pre>\n" if open_tag.endswith("<code>") else "</pre>\n")
        else:
            d.emit(text_parts)
            d.raw("\n\n")


# ---------------------------------------------------------------------------
# building blocks
# ---------------------------------------------------------------------------

ITEM_ORDER = ["phone", "email", "address", "card", "iban", "nid", "dob", "ip", "password", "person", "link"]
LINK_TPL = {"en": ["The reset link you sent doesn't work: {v}", "Here's the download link from your email: {v}", "Link: {v}",
                   "I clicked this and got an error: {v}"],
            "sv": ["Återställningslänken funkar inte: {v}", "Länken från mejlet: {v}"],
            "de": ["Der Link aus Ihrer Mail funktioniert nicht: {v}", "Link: {v}"],
            "es": ["El enlace del correo no funciona: {v}", "Enlace: {v}"]}
PHONE_LBL = {"en": ["M:", "Mob:", "Tel:", "Phone:", "T:", "Mobile:"], "sv": ["Tel:", "Mobil:", "Tfn:", "Mob:"],
             "de": ["Tel.:", "Mobil:", "Fon:", "Handy:", "T"], "es": ["Tel.:", "Móvil:", "Tlf:", "Tel"]}
EMAIL_LBL = {"en": ["E:", "Email:", "e-mail:"], "sv": ["E-post:", "Mejl:", "E:"], "de": ["E-Mail:", "Mail:", "E"],
             "es": ["Email:", "Correo:", "E-mail:"]}
TITLES = {"en": ["Office Manager", "Head of Finance", "IT Administrator", "Practice Manager", "Director", "Bookkeeper"],
          "sv": ["Kontorschef", "Ekonomiansvarig", "IT-ansvarig", "VD", "Redovisningskonsult"],
          "de": ["Büroleitung", "Leitung Buchhaltung", "IT-Administrator", "Geschäftsführer", "Praxismanagerin"],
          "es": ["Responsable de administración", "Directora financiera", "Técnico de sistemas", "Gerente", "Contable"]}
WD_FULL = {"en": _l("Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"),
           "sv": _l("måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag"),
           "de": _l("Montag|Dienstag|Mittwoch|Donnerstag|Freitag|Samstag|Sonntag"),
           "es": _l("lunes|martes|miércoles|jueves|viernes|sábado|domingo")}
NAME_FORMS_3RD = [("full", 60), ("lower", 6), ("caps_last", 8), ("initial_first", 6), ("ascii", 8), ("western", 6), ("last_first", 4)]


def pick_items(c, boost=None):
    probs = dict(BASE_ITEMS)
    for k, v in TOPIC_ITEMS.get(c.topic, {}).items():
        probs[k] = max(probs[k], v)
    for k, v in (boost or {}).items():
        probs[k] = max(probs[k], v)
    items = [k for k in ITEM_ORDER if c.rng.random() < probs[k]]
    c.rng.shuffle(items)
    return items


def alt_email(c, p=None):
    p = p or c.req
    for _ in range(5):
        e = email_for(c.rng, p, p.country, business=c.rng.random() < 0.5)
        if e != p.email:
            return e
    return "x" + p.email


def item_value(c, kind, multiline=False):
    if kind == "phone":
        return c.new_phone()
    if kind == "email":
        if c.rng.random() < 0.22:
            return c.obfuscated_email(alt_email(c))
        return c.em_link(alt_email(c))
    if kind == "address":
        return c.addr(multiline=multiline)
    if kind == "card":
        return c.card()
    if kind == "iban":
        return c.iban()
    if kind == "dob":
        return c.dob()
    if kind == "ip":
        return c.ip()
    if kind == "password":
        return c.secret("password")
    if kind == "nid":
        return c.nid()
    raise KeyError(kind)


def third_name(c, p, role="third_party"):
    return c.nm(p, role, wchoice(c.rng, NAME_FORMS_3RD))


def link_value(c):
    """A tokenised URL; in HTML often an <a> whose href and text both carry a label."""
    u = c.secret("url_token")
    if c.html and c.rng.random() < 0.6:
        return [R('<a href="'), u, R('">'), S(u.src, u.cat, u.sub, raw=True), R("</a>")]
    return [u]


def item_sentence(c, kind):
    rng, L = c.rng, c.L
    if kind == "link":
        return c.f(rng.choice(LINK_TPL[c.lang]), v=link_value(c))
    if kind == "nid":
        sub = c.nid_subtype()
        tpls = L.get("nid", {}).get(sub) or P["en"]["nid"][sub]
        return c.f(rng.choice(tpls), v=c.nid(sub))
    if kind == "person":
        p = c.third()
        tpl = rng.choice(L["items"]["person"])
        slots = {"n": third_name(c, p)}
        if "{e}" in tpl:
            slots["e"] = c.em_link(p.email, "third_party")
        if "{p}" in tpl:
            slots["p"] = c.new_phone(p, "third_party")
        return c.f(tpl, **slots)
    tpl = rng.choice(L["items"][kind])
    return c.f(tpl, v=item_value(c, kind, multiline="\n{v}" in tpl))


def greeting(c, to_agent=0.25):
    rng = c.rng
    r = rng.random()
    if r < 0.35:
        parts = c.f(c.pick("greet_team"))
    elif r < 1 - to_agent:
        parts = c.f(c.pick("greet_generic"))
    else:
        tpl = c.pick("greet_name")
        parts = c.f(tpl, n=c.nm(c.agent, "agent", "last" if "Mr" in tpl else rng.choice(["first", "first", "full"])))
    c.para(parts)


def opener(c):
    if c.region == "nn" and c.rng.random() < 0.6:
        return c.f(c.rng.choice(P["en"]["nn_topics"]))
    return c.f(c.rng.choice(c.L["topics"][c.topic]))


def signoff(c, p, role="requester", rich=None, closing=True):
    rng = c.rng
    lang = c.lang
    form = wchoice(rng, [("full", 36), ("first", 26), ("nick", 5), ("initial_last", 5), ("lower", 5), ("caps_last", 6),
                         ("ascii", 5), ("initial_first", 4), ("last_first", 2)])
    rows = []
    name = c.nm(p, role, form)
    if closing:
        cl = c.pick("closing") if role != "agent" else c.pick("agent_close")
        if rng.random() < 0.25:
            rows.append([cl.rstrip(",") + rng.choice([" ", ", ", " / "]), name])
        else:
            rows.append([cl])
            rows.append([name])
    else:
        rows.append([rng.choice(["-- ", "/", "- ", ""]), name])
    if rich is None:
        rich = rng.random() < 0.35
    if rich and c.html and rng.random() < 0.45:
        # signature table
        d = c.d
        c.lines(rows[:-1] if len(rows) > 1 and closing and rows[-1] == [name] else rows)
        d.raw('<table cellpadding="0" cellspacing="0" style="font-size:12px;color:#555"><tr><td style="padding-right:12px;border-right:2px solid #2a7">')
        d.raw("<b>")
        d.emit(c.nm(p, role, "full") if rows[-1] != [name] else name)
        d.raw("</b>")
        if rng.random() < 0.6:
            d.raw(c.br)
            d.emit([rng.choice(TITLES[lang]) + ", ", N(rng.choice(COMPANIES), "company_name")])
        d.raw('</td><td style="padding-left:12px">')
        d.emit(rng.choice(PHONE_LBL[lang]) + " ")
        d.emit(c.new_phone(p, role))
        d.raw(c.br)
        d.emit(rng.choice(EMAIL_LBL[lang]) + " ")
        d.emit(c.em_link(p.email, role))
        if rng.random() < 0.3:
            d.raw(c.br)
            d.emit(c.addr(sub=role, multiline=False))
        d.raw("</td></tr></table>\n")
        return
    if rich:
        if rng.random() < 0.45:
            rows.append([rng.choice(TITLES[lang]) + rng.choice([", ", " | ", "\n" if not c.html else ", "]),
                         N(rng.choice(COMPANIES), "company_name")])
        if rng.random() < 0.3:
            addr = c.addr(sub=role, multiline=rng.random() < 0.6)
            rows.append([addr])
        if rng.random() < 0.8:
            rows.append([rng.choice(PHONE_LBL[lang]) + " ", c.new_phone(p, role)])
        if rng.random() < 0.55:
            rows.append([rng.choice(EMAIL_LBL[lang]) + " ", c.em_link(p.email, role)])
    c.lines(rows)


def mobile_footer(c):
    c.lines([[c.pick("mobile")]])


def quote_header(c, sender, sender_email, sender_role, when):
    """Gmail/Apple style 'On ... wrote:' parts."""
    rng, lang = c.rng, c.lang
    tpl = c.pick("quote")
    d = N(fmt_date(rng, when.date(), lang, c.region), "date")
    tm = N(when.strftime("%H:%M"), "time")
    wd = WEEKDAYS[lang][when.weekday()]
    if lang == "en" and rng.random() < 0.5:
        d = N(when.strftime("%-d %b %Y"), "date")
    n = c.nm(sender, sender_role, wchoice(rng, [("full", 80), ("last_first", 10), ("ascii", 10)]))
    return c.f(tpl, wd=wd, d=d, time=tm, n=n, e=c.em(sender_email, sender_role))


def outlook_header(c, sender, sender_email, srole, to, to_email, trole, when, subject, cc=None):
    rng, lang = c.rng, c.lang
    k = c.L["outlook"]
    wd = WD_FULL[lang][when.weekday()]
    date_s = fmt_date(rng, when.date(), lang, c.region)
    rows = []

    def who(p, e, role):
        form = wchoice(rng, [("full", 55), ("last_first", 35), ("caps_last", 10)])
        out = [c.nm(p, role, form)]
        if e:
            out += [" <", c.em(e, role), ">"]
        return out

    bold = c.html and rng.random() < 0.7
    lab = (lambda s: R("<b>%s:</b> " % esc(s))) if bold else (lambda s: s + ": ")
    rows.append([lab(k[0])] + who(sender, sender_email, srole))
    rows.append([lab(k[1]), wd + ", ", N(date_s, "date"), " " + ("%s" % ("kl. " if lang == "sv" else "")), N(when.strftime("%H:%M"), "time")])
    rows.append([lab(k[2])] + who(to, to_email, trole))
    if cc:
        row = [lab(k[3])]
        for i, (p, e, role) in enumerate(cc):
            if i:
                row.append("; ")
            row += who(p, e, role)
        rows.append(row)
    rows.append([lab(k[4]), subject])
    return rows


def agent_message(c, greet_req=True):
    """Body of an earlier agent reply (as list of paragraph-part lists)."""
    rng = c.rng
    paras = []
    if greet_req:
        paras.append(c.f(c.pick("agent_greet"), n=c.nm(c.req, "requester", rng.choice(["first", "first", "full", "ascii_first"]))))
    fix = c.f(c.pick("agent_fix"))
    tpl = c.pick("agent_body")
    pre, post = tpl.split("{fix}")
    if (not pre or pre.endswith(". ")) and isinstance(fix[0], str):
        fix[0] = fix[0][:1].upper() + fix[0][1:]
    paras.append([pre] + fix + [post])
    if rng.random() < 0.4:
        paras.append(c.f(rng.choice(c.L["neg_sentences"])))
    return paras


def agent_sig_rows(c):
    rng = c.rng
    rows = [[c.pick("agent_close")], [c.nm(c.agent, "agent", rng.choice(["full", "full", "first"]))],
            [c.pick("agent_title") + " | ", N(c.tenant[0], "company_name")]]
    if rng.random() < 0.35:
        ph, e164 = phone_number(rng, c.country)
        rows.append([rng.choice(PHONE_LBL[c.lang]) + " ", c.ph(ph, "agent")])
    if rng.random() < 0.3:
        rows.append([c.em(c.agent.email, "agent")])
    return rows


def quoted_agent(c):
    rng, d = c.rng, c.d
    when = c.now - datetime.timedelta(days=rng.randint(1, 12), minutes=rng.randint(0, 600))
    use_support = rng.random() < 0.4
    sender_email = ("support@" + c.tenant[1]) if use_support else c.agent.email
    outlook = rng.random() < 0.35
    subject = c.f("%s %s" % (rng.choice(["RE:", "Re:", "AW:" if c.lang == "de" else "SV:" if c.lang == "sv" else "RE:"]),
                             c.pick("subject")) + rng.choice(["", " [{ticket}]"]))
    if outlook:
        hdr = outlook_header(c, c.agent, sender_email, "agent" if not use_support else "agent", c.req, c.req.email, "requester",
                             when, subject)
        if c.html:
            d.raw('<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">')
            c.lines(hdr, tag="p")
            d.raw("</div>\n")
        else:
            d.raw(rng.choice(["-----Original Message-----\n", "________________________________\n", ""]))
            c.lines(hdr)
        for para in agent_message(c):
            c.para(para)
        c.lines(agent_sig_rows(c))
        return
    hdr = quote_header(c, c.agent, sender_email, "agent", when)
    if c.html:
        d.raw('<div class="gmail_quote"><div dir="ltr" class="gmail_attr">')
        d.emit(hdr)
        d.raw(c.br + '</div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">\n')
        for para in agent_message(c):
            c.para(para)
        c.lines(agent_sig_rows(c))
        d.raw("</blockquote></div>\n")
    else:
        d.emit(hdr)
        d.raw("\n\n> ")
        d.prefix = "> "
        for para in agent_message(c):
            c.para(para)
        c.lines(agent_sig_rows(c))
        d.prefix = ""
        d.trim()
        d.raw("\n\n")


def item_paragraphs(c, items):
    rng = c.rng
    i = 0
    while i < len(items):
        k = rng.randint(1, 3)
        chunk = items[i:i + k]
        i += k
        parts = []
        for j, it in enumerate(chunk):
            if j:
                parts.append(" ")
            parts += item_sentence(c, it)
        c.para(parts)


# ---------------------------------------------------------------------------
# ticket shapes: prose
# ---------------------------------------------------------------------------

def shape_email(c):
    rng = c.rng
    items = pick_items(c)
    greeting(c)
    if rng.random() < 0.35:
        c.para(c.f(c.pick("intro"), n=c.nm(c.req, "requester", rng.choice(["full", "full", "caps_last", "ascii"]))))
    c.para(opener(c))
    item_paragraphs(c, items)
    if c.topic in ("tech", "bug") and rng.random() < 0.3:
        c.para(c.f(rng.choice(["Here is the key the old contractor left on the server:", "Private key from the config (redacted? no, sorry):",
                               "This is the key we deploy with:"])))
        c.pre([c.secret("pem")])
    if rng.random() < 0.65:
        c.para(c.f(rng.choice(c.L["neg_sentences"])))
    if rng.random() < 0.2:
        c.para(c.f(rng.choice(c.L["neg_sentences"])))
    signoff(c, c.req)
    if rng.random() < 0.2:
        mobile_footer(c)
    if rng.random() < 0.35:
        quoted_agent(c)


def shape_mobile(c):
    rng = c.rng
    items = pick_items(c)[:2]
    if rng.random() < 0.5:
        greeting(c, to_agent=0.4)
    body = opener(c)
    if items:
        body += [" "] + item_sentence(c, items[0])
    c.para(body)
    if len(items) > 1:
        c.para(item_sentence(c, items[1]))
    if rng.random() < 0.7:
        signoff(c, c.req, rich=False, closing=rng.random() < 0.6)
    mobile_footer(c)
    if rng.random() < 0.55:
        quoted_agent(c)


THREAD_INTRO = {
    "en": ["Please update the users on our account {cust} as follows:", "A few changes to our team that you should know about:",
           "Adding my colleagues to this thread so they can follow the case."],
    "sv": ["Uppdatera gärna användarna på konto {cust} enligt nedan:", "Några ändringar i teamet som ni behöver veta:"],
    "de": ["Bitte aktualisieren Sie die Nutzer auf Konto {cust} wie folgt:", "Ein paar Änderungen in unserem Team:"],
    "es": ["Por favor actualicen los usuarios de la cuenta {cust} así:", "Algunos cambios en nuestro equipo:"],
}
THREAD_ROW = {
    "en": ["{n} ({role_t}) - {e} - {p}", "remove {n}, she left in {month}", "add {n}, {e}", "{n} is our new {role_t}, mobile {p}"],
    "sv": ["{n} ({role_t}) - {e} - {p}", "ta bort {n}, slutade i {month}", "lägg till {n}, {e}", "{n} är ny {role_t}, mobil {p}"],
    "de": ["{n} ({role_t}) - {e} - {p}", "{n} bitte entfernen, seit {month} nicht mehr bei uns", "{n} neu hinzufügen, {e}",
           "{n} ist unsere neue {role_t}, mobil {p}"],
    "es": ["{n} ({role_t}) - {e} - {p}", "quitar a {n}, se fue en {month}", "añadir a {n}, {e}", "{n} es la nueva {role_t}, móvil {p}"],
}


def shape_thread(c):
    """Multi-party: the requester names colleagues / family with contacts; Cc line."""
    rng, d = c.rng, c.d
    L = c.L
    ccs = [c.third() for _ in range(rng.randint(1, 3))]
    if rng.random() < 0.6:
        row = ["Cc: "]
        for i, p in enumerate(ccs):
            if i:
                row.append(", ")
            row += [third_name(c, p, "colleague"), " <", c.em(p.email, "colleague"), ">"]
        c.lines([row])
    greeting(c)
    if rng.random() < 0.5:
        c.para(c.f(rng.choice(THREAD_INTRO[c.lang])))
        rows = []
        for p in ccs + [c.third() for _ in range(rng.randint(0, 2))]:
            tpl = rng.choice(THREAD_ROW[c.lang])
            slots = {"n": third_name(c, p, "colleague"), "role_t": rng.choice(TITLES[c.lang])}
            if "{e}" in tpl:
                slots["e"] = c.em_link(p.email, "colleague")
            if "{p}" in tpl:
                slots["p"] = c.new_phone(p, "colleague")
            rows.append(c.f(tpl, **slots))
        if c.html and rng.random() < 0.6:
            d.raw("<ul>\n")
            for r in rows:
                d.raw("<li>")
                d.emit(r)
                d.raw("</li>\n")
            d.raw("</ul>\n")
        else:
            c.lines([["- "] + r for r in rows])
    else:
        c.para(opener(c))
        for p in ccs:
            tpl = rng.choice(L["items"]["person"])
            slots = {"n": third_name(c, p, "third_party")}
            if "{e}" in tpl:
                slots["e"] = c.em_link(p.email, "third_party")
            if "{p}" in tpl:
                slots["p"] = c.new_phone(p, "third_party")
            c.para(c.f(tpl, **slots))
    items = pick_items(c)[:2]
    item_paragraphs(c, [i for i in items if i != "person"])
    if rng.random() < 0.4:
        c.para(c.f(rng.choice(c.L["neg_sentences"])))
    signoff(c, c.req, rich=rng.random() < 0.6)
    if rng.random() < 0.4:
        # quoted earlier message from one of the colleagues
        p = ccs[0]
        when = c.now - datetime.timedelta(hours=rng.randint(2, 200))
        hdr = quote_header(c, p, p.email, "colleague", when)
        paras = [c.f(rng.choice(c.L["greet_name"]).replace("Mr/Ms ", ""), n=c.nm(c.req, "requester", "first")),
                 item_sentence(c, rng.choice(["address", "iban", "card", "link"]))]
        if c.html:
            d.raw("<blockquote>")
            d.emit(hdr)
            d.raw(c.br + "\n")
            for para in paras:
                c.para(para)
            c.lines([[c.pick("closing")], [c.nm(p, "colleague", "first")]])
            d.raw("</blockquote>\n")
        else:
            d.emit(hdr)
            d.raw("\n> ")
            d.prefix = "> "
            for para in paras:
                c.para(para)
            c.lines([[c.pick("closing")], [c.nm(p, "colleague", "first")]])
            d.prefix = ""
            d.trim()
            d.raw("\n\n")


FWD_NOTE = {
    "en": ["See below, forwarding as requested.", "Forwarding the email from {who} - can you sort this?", "FYI, see the message below.",
           "Not sure this is legit, it came from someone claiming to be from your company."],
    "sv": ["Vidarebefordrar enligt önskemål.", "Se mejlet nedan från {who}, kan ni kolla?", "FYI, se nedan."],
    "de": ["Leite Ihnen die Mail unten weiter.", "Siehe unten die Nachricht von {who}, können Sie das klären?", "Zur Info, siehe unten."],
    "es": ["Les reenvío el correo de abajo.", "Os reenvío el mensaje de {who}, ¿podéis revisarlo?", "Para su información, ver abajo."],
}
FWD_WHO = {"en": ["my landlord", "my accountant", "our bookkeeper", "my sister"], "sv": ["min hyresvärd", "vår redovisningskonsult", "min syster"],
           "de": ["meinem Vermieter", "unserem Steuerberater", "meiner Schwester"], "es": ["mi casero", "nuestra gestoría", "mi hermana"]}


def shape_forward(c):
    rng, d = c.rng, c.d
    L = c.L
    sender = c.third()
    when = c.now - datetime.timedelta(days=rng.randint(0, 20), minutes=rng.randint(0, 900))
    note = rng.choice(FWD_NOTE[c.lang])
    if rng.random() < 0.5:
        greeting(c)
    c.para(c.f(note, who=N(rng.choice(FWD_WHO[c.lang]), "role_word")))
    signoff(c, c.req, rich=False)
    k = L["fwd"]
    rows = [[k[0]]]
    bold = c.html and rng.random() < 0.5
    lab = (lambda s: R("<b>%s:</b> " % esc(s))) if bold else (lambda s: s + ": ")
    rows.append([lab(k[1]), third_name(c, sender, "third_party"), " <", c.em(sender.email, "third_party"), ">"])
    rows.append([lab(k[2]), WEEKDAYS[c.lang][when.weekday()] + ", ", N(fmt_date(rng, when.date(), c.lang, c.region), "date"), " ",
                 N(when.strftime("%H:%M"), "time")])
    rows.append([lab(k[3])] + c.f(c.pick("subject") + rng.choice(["", " ({order})", " - {invoice}"])))
    rows.append([lab(k[4]), c.nm(c.req, "requester", rng.choice(["full", "last_first", "lower"])), " <", c.em(c.req.email), ">"])
    if rng.random() < 0.5:
        cc = c.third()
        rows.append([lab(k[5]), third_name(c, cc, "third_party"), " <", c.em(cc.email, "third_party"), ">"])
    c.lines(rows)
    # forwarded body, written by the sender to the requester
    c.para(c.f(rng.choice(L["greet_name"]).replace("Mr/Ms ", ""), n=c.nm(c.req, "requester", rng.choice(["first", "nick", "first"]))))
    c.para(opener(c))
    kinds = pick_items(c, {"iban": 0.4, "address": 0.4})
    keep = [k2 for k2 in kinds if k2 != "person"][:3]
    for k2 in keep:
        if k2 in ("phone", "email"):
            continue
        c.para(item_sentence(c, k2))
    rows = [[c.pick("closing")], [third_name(c, sender, "third_party")]]
    if rng.random() < 0.7:
        rows.append([rng.choice(PHONE_LBL[c.lang]) + " ", c.new_phone(sender, "third_party")])
    if rng.random() < 0.4:
        rows.append([c.addr(sub="third_party", multiline=rng.random() < 0.5)])
    c.lines(rows)


# ---------------------------------------------------------------------------
# ticket shapes: structured
# ---------------------------------------------------------------------------

CHAT_ANSWER = {"en": ["{v}", "it's {v}", "sure - {v}", "{v} I think", "ok: {v}"], "sv": ["{v}", "det är {v}", "japp, {v}"],
               "de": ["{v}", "das ist {v}", "klar: {v}"], "es": ["{v}", "es {v}", "claro, {v}"]}
CHAT_END = {"en": "Chat ended by visitor", "sv": "Chatten avslutades", "de": "Chat beendet", "es": "Chat finalizado"}


def shape_chat(c):
    rng, d = c.rng, c.d
    L = c.L
    start = c.now - datetime.timedelta(minutes=rng.randint(0, 300))
    t = [start]
    cust_form = rng.choice(["full", "first", "first", "lower", "initial_last", "ascii"])
    agent_form = rng.choice(["first", "full", "first"])
    ts_style = rng.choice(["[%H:%M]", "%H:%M:%S", "(%H:%M)", "[%H:%M:%S]"])

    def stamp():
        t[0] += datetime.timedelta(seconds=rng.randint(8, 140))
        return N(t[0].strftime(ts_style), "time")

    rows = []
    rows.append(c.f(rng.choice(L["chat_start"]), d=N(fmt_date(rng, start.date(), c.lang, c.region), "date"),
                    time=N(start.strftime("%H:%M"), "time"), n=c.nm(c.req, "requester", "full")))
    visitor_email = rng.random() < 0.4
    if visitor_email:
        rows.append([rng.choice(["Visitor email: ", "Email: ", "E-mail: "]), c.em(c.req.email)])

    def cust(parts):
        who = c.nm(c.req, "requester", cust_form)
        rows.append([stamp(), " ", who, ": "] + parts)

    def agent(parts):
        rows.append([stamp(), " ", c.nm(c.agent, "agent", agent_form), ": "] + parts)

    cust(c.f(rng.choice(L["chat_cust"]["open"])))
    rows.append(c.f(rng.choice(L["chat_joined"]), n=c.nm(c.agent, "agent", "full" if rng.random() < 0.5 else "first")))
    agent(c.f(rng.choice(L["chat_agent"]["hello"]), n=c.nm(c.req, "requester", rng.choice(["first", "first", "nick"]))))
    cust(opener(c))
    items = pick_items(c, {"phone": 0.6, "dob": 0.35, "address": 0.35})
    for it in items[:4]:
        if it in ("person", "password", "link"):
            cust(item_sentence(c, it))
            continue
        what = L["what"].get(it)
        if what and rng.random() < 0.75:
            agent(c.f(rng.choice(L["chat_agent"]["ask"]), what=what))
            if it == "nid":
                v = c.nid()
            else:
                v = item_value(c, it, multiline=False)
            cust(c.f(rng.choice(CHAT_ANSWER[c.lang]), v=v))
        else:
            cust(item_sentence(c, it))
        if rng.random() < 0.3:
            agent(c.f(rng.choice(L["chat_cust"]["ack"]).capitalize() + "."))
    if rng.random() < 0.6:
        cust(c.f(rng.choice(L["neg_sentences"])))
    agent(c.f(rng.choice(L["chat_agent"]["bye"])))
    cust(c.f(rng.choice(L["chat_cust"]["ack"])))
    rows.append([CHAT_END[c.lang]])
    if c.html:
        style = rng.random()
        for r in rows:
            if style < 0.5:
                d.raw("<div>")
                d.emit(r)
                d.raw("</div>\n")
            else:
                d.raw("<p>")
                d.emit(r)
                d.raw("</p>\n")
    else:
        for r in rows:
            d.emit(r)
            d.raw("\n")


UA = ["Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
      "Mozilla/5.0 (iPhone; CPU iPhone OS 17_6_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Mobile/15E148 Safari/604.1",
      "Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15",
      "Mozilla/5.0 (X11; Linux x86_64; rv:132.0) Gecko/20100101 Firefox/132.0"]
FORM_META = {"en": ["Submitted", "IP address", "User agent", "Page"], "sv": ["Skickat", "IP-adress", "Webbläsare", "Sida"],
             "de": ["Gesendet", "IP-Adresse", "Browser", "Seite"], "es": ["Enviado", "Dirección IP", "Navegador", "Página"]}


def shape_webform(c):
    rng, d = c.rng, c.d
    F = c.L["form"]
    rows = []
    rows.append(("", [rng.choice(F["title"])]))
    rows.append((rng.choice(F["name"]), [c.nm(c.req, "requester", rng.choice(["full", "full", "lower", "caps_last", "last_first", "ascii"]))]))
    rows.append((rng.choice(F["email"]), [c.em(c.req.email)]))
    if rng.random() < 0.85:
        rows.append((rng.choice(F["phone"]), [c.new_phone()]))
    if rng.random() < 0.6:
        rows.append((rng.choice(F["address"]), [c.addr(multiline=c.html and rng.random() < 0.3)]))
    if rng.random() < 0.5:
        rows.append((rng.choice(F["dob"]), [c.dob()]))
    if rng.random() < 0.25:
        sub = c.nid_subtype()
        rows.append((NID_FORM[sub], [c.nid(sub)]))
    if rng.random() < 0.15:
        rows.append((CARD_FORM[c.lang], [c.card()]))
    if rng.random() < 0.5:
        rows.append((rng.choice(F["order"]), [c.resolve("order")]))
    if rng.random() < 0.3:
        rows.append((rng.choice(F["cust"]), [c.resolve("cust")]))
    msg = opener(c)
    items = [i for i in pick_items(c) if i not in ("phone", "address", "dob")][:2]
    for it in items:
        msg += [" "] + item_sentence(c, it)
    rows.append((rng.choice(F["message"]), msg))
    meta = FORM_META[c.lang]
    if rng.random() < 0.7:
        rows.append(("", ["---"]))
        rows.append((meta[0], [c.ts()]))
        if rng.random() < 0.8:
            rows.append((meta[1], [c.ip()]))
        if rng.random() < 0.5:
            rows.append((meta[2], [rng.choice(UA)]))
        if rng.random() < 0.4:
            rows.append((meta[3], ["https://www.%s/%s" % (c.tenant[1], rng.choice(["kontakt", "contact", "support/form", "ayuda"]))]))
    if c.html and rng.random() < 0.6:
        d.raw('<table border="0" cellpadding="4">\n')
        for k, v in rows:
            if not k:
                d.raw('<tr><td colspan="2">')
                d.emit(v)
                d.raw("</td></tr>\n")
                continue
            d.raw("<tr><td><strong>")
            d.text(k)
            d.raw("</strong></td><td>")
            d.emit(v)
            d.raw("</td></tr>\n")
        d.raw("</table>\n")
    else:
        sep = rng.choice([": ", ": ", ":\t", " = "])
        out = []
        for k, v in rows:
            out.append([k + (sep if not k.endswith("?") else " ")] + v if k else v)
        c.lines(out)


def shape_callnote(c):
    rng = c.rng
    L = c.L
    rows = []
    rows.append(c.f(rng.choice(L["call"]), n=c.nm(c.req, "requester", rng.choice(["full", "caps_last", "lower", "initial_first"])),
                    p=c.new_phone(), topic=rng.choice(L["call_topic"])))
    if rng.random() < 0.65:
        rows.append(c.f(rng.choice(L["call_verif"]), dob=c.dob()))
    items = [i for i in pick_items(c, {"address": 0.35, "iban": 0.3, "nid": 0.3}) if i not in ("phone", "dob", "link")][:3]
    short = {"en": {"address": "New addr: ", "iban": "Refund to IBAN ", "card": "Card on file: ", "email": "Alt email ",
                    "ip": "Login IP ", "password": "Cust read out pw ", "nid": "ID: "},
             "sv": {"address": "Ny adr: ", "iban": "Återbet. till IBAN ", "card": "Kort: ", "email": "Alt mejl ", "ip": "IP ",
                    "password": "Kund läste upp lösen ", "nid": "Pnr: "},
             "de": {"address": "Neue Adr.: ", "iban": "Erstattung auf IBAN ", "card": "Karte: ", "email": "Alt. Mail ", "ip": "IP ",
                    "password": "Kunde nannte PW ", "nid": "ID: "},
             "es": {"address": "Nueva dir.: ", "iban": "Reembolso a IBAN ", "card": "Tarjeta: ", "email": "Correo alt. ", "ip": "IP ",
                    "password": "Cliente dictó clave ", "nid": "Doc.: "}}[c.lang]
    for it in items:
        if it == "person":
            p = c.third()
            rows.append([rng.choice(["Also spoke w/ ", "+ ", "Family member on line: ", "CC "]), third_name(c, p), " ", c.new_phone(p, "third_party")])
        else:
            rows.append([short[it], item_value(c, it)])
    if rng.random() < 0.5:
        rows.append(c.f(rng.choice(["Ref {order}", "re inv {invoice}", "case {case}", "{ticket}"])))
    rows.append(c.f(rng.choice(L["call_end"])))
    rows.append([rng.choice(["/", "- ", "-- "]), c.nm(c.agent, "agent", rng.choice(["first", "first", "initial_last"]))])
    if rng.random() < 0.5:
        c.lines(rows)
    else:
        flat = []
        sep = rng.choice([" | ", "; ", " / ", " -- "])
        for i, r in enumerate(rows):
            if i:
                flat.append(sep)
            flat += r
        c.para(flat)


CSV_INTRO = {"en": ["Here's the export of the affected customers:", "These are the records that failed to import:", "Rows from our CRM, see the duplicates:"],
             "sv": ["Här är exporten med de berörda kunderna:", "De här raderna gick inte att importera:"],
             "de": ["Anbei die betroffenen Datensätze:", "Diese Zeilen konnten nicht importiert werden:"],
             "es": ["Adjunto los registros afectados:", "Estas filas no se pudieron importar:"]}
CSV_COLS = ["id", "name", "email", "phone", "dob", "nid", "address", "iban", "ip", "created"]
NID_FIELD = {"se_personnummer": "personnummer", "se_samordningsnummer": "samordningsnummer", "de_steuer_id": "steuer_id", "es_dni": "dni",
             "es_nie": "nie", "uk_nino": "ni_number", "uk_nhs": "nhs_number", "us_ssn": "ssn", "au_tfn": "tfn", "au_abn": "abn",
             "au_medicare": "medicare_no"}
NID_FORM = {"se_personnummer": "Personnummer", "se_samordningsnummer": "Samordningsnummer", "de_steuer_id": "Steuer-ID", "es_dni": "DNI",
            "es_nie": "NIE", "uk_nino": "National Insurance number", "uk_nhs": "NHS number", "us_ssn": "SSN", "au_tfn": "Tax file number",
            "au_abn": "ABN", "au_medicare": "Medicare card number"}
CARD_FORM = {"en": "Card number", "sv": "Kortnummer", "de": "Kartennummer", "es": "Número de tarjeta"}


def record_values(c, p, cols):
    """Plain (unencoded) values for a pasted CSV/JSON record."""
    rng = c.rng
    out = {}
    for col in cols:
        if col == "id":
            out[col] = c.resolve("cust")
        elif col == "name":
            out[col] = S(p.form(rng.choice(["full", "full", "lower", "caps_last", "ascii"])), "person_name", "customer_record")
        elif col == "email":
            out[col] = S(p.email, "email", "customer_record")
        elif col == "phone":
            out[col] = S(p.phone[0] if rng.random() < 0.6 else p.phone[1], "phone", "customer_record")
        elif col == "dob":
            p.dob = rand_date(rng, 1944, 2004)
            out[col] = S(p.dob.isoformat() if rng.random() < 0.6 else fmt_date(rng, p.dob, c.lang, c.region), "date_of_birth", "record")
        elif col == "nid":
            out[col] = S(national_id(rng, c.rec_nid), "national_id", c.rec_nid)
        elif col == "address":
            lines = address_lines(rng, c.country)
            if len(lines) == 4:
                lines = ["%s, %s" % (lines[0], lines[1])] + lines[2:]
            out[col] = S(", ".join(lines), "postal_address", "customer_record")
        elif col == "iban":
            cc = c.country if c.country not in ("US", "AU") else "GB"
            out[col] = S(iban_for(rng, cc), "iban", cc)
        elif col == "ip":
            out[col] = c.ip()
        elif col == "created":
            out[col] = c.ts()
    return out


def shape_csv(c):
    rng = c.rng
    greeting(c)
    c.para(c.f(rng.choice(CSV_INTRO[c.lang])))
    c.rec_nid = c.nid_subtype()
    cols = ["name", "email"] + [k for k in CSV_COLS if k not in ("name", "email") and rng.random() < (0.3 if k == "nid" else 0.45)]
    order = [k for k in CSV_COLS if k in cols]
    sep = rng.choice([",", ";", ",", "\t"])
    hdr_names = {"id": rng.choice(["id", "customer_id", "kundnr"]), "name": rng.choice(["name", "full_name", "Name"]),
                 "email": rng.choice(["email", "e-mail", "mail"]), "phone": rng.choice(["phone", "mobile", "tel"]),
                 "dob": rng.choice(["dob", "birth_date", "date_of_birth"]), "address": rng.choice(["address", "postal_address", "adress"]),
                 "iban": "iban", "ip": rng.choice(["last_ip", "signup_ip", "ip"]), "created": rng.choice(["created_at", "updated"]),
                 "nid": NID_FIELD[c.rec_nid]}
    parts = [sep.join(hdr_names[k] for k in order)]
    for _ in range(rng.randint(2, 5)):
        p = c.third()
        vals = record_values(c, p, order)
        parts.append("\n")
        for j, k in enumerate(order):
            if j:
                parts.append(sep)
            v = vals[k]
            if k == "address" and sep == "," or (k == "name" and "," in v.src and sep == ","):
                parts += ['"', v, '"']
            else:
                parts.append(v)
    c.pre(parts)
    if rng.random() < 0.5:
        c.para(c.f(rng.choice(c.L["neg_sentences"])))
    signoff(c, c.req)


def json_str(c, s, esc_unicode):
    """JSON-encode a string body (without quotes)."""
    enc = json.dumps(s, ensure_ascii=esc_unicode)[1:-1]
    return enc


def shape_json(c):
    rng = c.rng
    greeting(c)
    c.para(c.f(rng.choice({"en": ["The API returns this for the customer:", "Payload we're sending:", "Response body:"],
                            "sv": ["API:t svarar så här:", "Det här skickar vi:"],
                            "de": ["Die API liefert für den Kunden:", "Unser Payload:"],
                            "es": ["La API devuelve esto:", "Este es el payload:"]}[c.lang])))
    esc_u = rng.random() < 0.2
    n = rng.randint(1, 3)
    keys = {"id": rng.choice(["id", "customerId"]), "name": rng.choice(["name", "fullName", "display_name"]), "email": "email",
            "phone": rng.choice(["phone", "mobile", "phoneNumber"]), "dob": rng.choice(["dateOfBirth", "dob", "birth_date"]),
            "address": rng.choice(["address", "postalAddress"]), "iban": "iban", "ip": rng.choice(["lastLoginIp", "ip"]),
            "created": rng.choice(["createdAt", "updated_at"]), "nid": None}
    c.rec_nid = c.nid_subtype()
    keys["nid"] = NID_FIELD[c.rec_nid]
    cols = ["id", "name", "email"] + [k for k in ("phone", "dob", "nid", "address", "iban", "ip", "created") if rng.random() < (0.3 if k == "nid" else 0.5)]
    parts = []
    ind = "  "
    if n > 1:
        parts.append('{\n  "customers": [\n')
        ind = "      "
    for r in range(n):
        p = c.req if (r == 0 and rng.random() < 0.5) else c.third()
        vals = record_values(c, p, cols)
        if n > 1:
            parts.append("    {\n")
        else:
            parts.append("{\n")
        for j, k in enumerate(cols):
            v = vals[k]
            parts.append('%s"%s": ' % (ind, keys[k]))
            if k == "id" and isinstance(v, N) and v.src.isdigit():
                parts.append(N(v.src, v.kind))
            else:
                if isinstance(v, S):
                    v = S(json_str(c, v.src, esc_u), v.cat, v.sub)
                elif isinstance(v, N):
                    v = N(json_str(c, v.src, esc_u), v.kind)
                parts += ['"', v, '"']
            parts.append(",\n" if j < len(cols) - 1 else "\n")
        if n > 1:
            parts.append("    }" + (",\n" if r < n - 1 else "\n"))
        else:
            parts.append("}")
    if n > 1:
        parts.append("  ],\n  \"requestId\": \"")
        parts.append(c.resolve("uuid"))
        parts.append('"\n}')
    c.pre(parts)
    c.para(opener(c))
    signoff(c, c.req)


LOG_INTRO = {"en": ["Here's what we see in the logs:", "Log excerpt from this morning:", "Stack trace below, happens every time:"],
             "sv": ["Så här ser loggen ut:", "Utdrag ur loggen från i morse:"],
             "de": ["Hier ein Auszug aus dem Log:", "Stacktrace unten, passiert jedes Mal:"],
             "es": ["Esto es lo que sale en el log:", "Extracto del log de esta mañana:"]}
CLASSES = ["c.k.api.AuthFilter", "o.s.w.s.DispatcherServlet", "app.sync.worker", "billing.webhooks", "com.ledgerly.payroll.Exporter",
           "nginx", "celery.worker", "sidekiq", "AuthController"]


def log_ts(c, dt):
    return N(dt.strftime(c.rng.choice(["%Y-%m-%d %H:%M:%S,", "%Y-%m-%dT%H:%M:%S.", "%Y-%m-%d %H:%M:%S."])) + "%03d" % c.rng.randint(0, 999)
             + c.rng.choice(["", "Z", " +0100"]), "timestamp")


def shape_log(c):
    rng = c.rng
    greeting(c)
    c.para(opener(c) if rng.random() < 0.5 else c.f(c.rng.choice(c.L["topics"]["tech"])))
    c.para(c.f(rng.choice(LOG_INTRO[c.lang])))
    dt = c.now - datetime.timedelta(minutes=rng.randint(5, 600))
    lines = []
    for _ in range(rng.randint(5, 11)):
        dt += datetime.timedelta(seconds=rng.randint(0, 40), milliseconds=rng.randint(0, 999))
        kind = rng.choice(["login", "access", "req", "conn", "auth", "hook", "xff", "deploy", "signed", "trace", "user"])
        lvl = rng.choice(["INFO ", "WARN ", "ERROR", "DEBUG"])
        cls = rng.choice(CLASSES)
        if kind == "login":
            lines.append([log_ts(c, dt), " %s [%s] %s - login ok user=" % (lvl, rng.choice(["http-nio-8080-exec-3", "main", "worker-2"]), cls),
                          S(c.third().email if rng.random() < 0.5 else c.req.email, "email", "log"), " ip=", c.ip()])
        elif kind == "access":
            lines.append([c.ip(), ' - - [', N(dt.strftime("%d/%b/%Y:%H:%M:%S +0000"), "timestamp"), '] "%s %s HTTP/1.1" %d %d "-" "%s"' % (
                rng.choice(["GET", "POST", "PUT"]), rng.choice(["/api/v1/orders", "/login", "/api/v2/customers/search", "/webhooks/stripe"]),
                rng.choice([200, 401, 403, 429, 502, 504]), rng.randint(100, 9000), rng.choice(["curl/8.5.0", "python-requests/2.32.3", "okhttp/4.12.0"]))])
        elif kind == "req":
            lines.append([log_ts(c, dt), " %s %s request_id=" % (lvl, cls), c.resolve("uuid"), " duration=%dms status=%d" % (
                rng.randint(3, 9000), rng.choice([200, 201, 400, 500]))])
        elif kind == "conn":
            lines.append([log_ts(c, dt), " ERROR %s - could not connect to " % cls, c.secret("url_credentials"), ": connection refused"])
        elif kind == "auth":
            tk = rng.choice(["jwt", "bearer_token", "github_token", "stripe_key", "slack_token"])
            lines.append([log_ts(c, dt), " DEBUG %s outgoing headers: {'Authorization': 'Bearer " % cls, c.secret(tk), "', 'Accept': 'application/json'}"])
        elif kind == "hook":
            lines.append([log_ts(c, dt), " WARN  %s delivery to " % cls, c.secret("url_token"), " failed (HTTP %d)" % rng.choice([404, 410, 500])])
        elif kind == "xff":
            lines.append([log_ts(c, dt), " INFO  X-Forwarded-For: ", c.ip(), ", ", c.ip()])
        elif kind == "deploy":
            lines.append([log_ts(c, dt), " INFO  deploy ", c.resolve("sha"), " version ",
                          N("%d.%d.%d" % (rng.randint(1, 9), rng.randint(0, 30), rng.randint(0, 20)), "version"), " build ", c.resolve("build")])
        elif kind == "signed":
            lines.append([log_ts(c, dt), " INFO  export ready: ", c.secret("url_token")])
        elif kind == "user":
            p = c.third()
            lines.append([log_ts(c, dt), " WARN  %s duplicate customer name=\"" % cls, S(p.full, "person_name", "log"), "\" phone=",
                          S(p.phone[1], "phone", "log")])
        else:
            lines.append(["Traceback (most recent call last):\n  File \"/srv/app/sync.py\", line %d, in run\n    client.push(batch)\n"
                          "requests.exceptions.HTTPError: 401 Client Error: Unauthorized for url: " % rng.randint(20, 400), c.secret("url_token")])
    parts = []
    for i, l in enumerate(lines):
        if i:
            parts.append("\n")
        parts += l
    c.pre(parts)
    if rng.random() < 0.5:
        c.para(c.f(rng.choice(c.L["neg_sentences"])))
    signoff(c, c.req, rich=rng.random() < 0.5)
    if rng.random() < 0.25:
        quoted_agent(c)


ENV_INTRO = {"en": ["Our .env from the staging box, in case it helps:", "Config we're using (copied from the server):", "env vars:"],
             "sv": ["Vår .env från servern:", "Konfigurationen vi kör med:"],
             "de": ["Unsere .env vom Server:", "Die Konfiguration, die wir verwenden:"],
             "es": ["Nuestro .env del servidor:", "La configuración que usamos:"]}


def shape_env(c):
    rng = c.rng
    greeting(c)
    c.para(c.f(rng.choice(c.L["topics"]["tech"])))
    c.para(c.f(rng.choice(ENV_INTRO[c.lang])))
    yaml = rng.random() < 0.25
    entries = [("APP_ENV", "production"), ("APP_DEBUG", "false"), ("APP_URL", "https://shop.%s" % rng.choice(COMPANY_DOMAINS["GB"] + COMPANY_DOMAINS["SE"]))]
    pool = [
        ("APP_VERSION", c.resolve("ver")), ("BUILD_SHA", c.resolve("sha")), ("DB_HOST", "db.internal"), ("DB_PORT", "5432"),
        ("DB_USERNAME", "app"), ("DB_PASSWORD", c.secret("password")), ("DATABASE_URL", c.secret("url_credentials")),
        ("SMTP_PASSWORD", c.secret("password")), ("MAIL_FROM_ADDRESS", S("noreply@" + c.tenant[1], "email", "role_account")),
        ("ADMIN_EMAIL", S(c.req.email, "email", "requester")), ("STRIPE_SECRET_KEY", c.secret("stripe_key")),
        ("STRIPE_PUBLISHABLE_KEY", N("pk_live_" + alnum(rng, 24), "publishable_key")),
        ("AWS_ACCESS_KEY_ID", c.secret("aws_access_key")), ("AWS_SECRET_ACCESS_KEY", c.secret("aws_secret_key")),
        ("AWS_DEFAULT_REGION", "eu-north-1"), ("SLACK_WEBHOOK_URL", S(slack_webhook(rng), "secret", "url_token")),
        ("GITHUB_TOKEN", c.secret("github_token")), ("GOOGLE_MAPS_KEY", c.secret("google_api_key")),
        ("SENDGRID_API_KEY", c.secret("sendgrid_key")), ("NPM_TOKEN", c.secret("npm_token")), ("OPENAI_API_KEY", c.secret("openai_key")),
        ("JWT_SECRET", S(alnum(rng, 64, HEX), "secret", "hex_secret")), ("LOG_LEVEL", "debug"), ("QUEUE_DRIVER", "redis"),
        ("REQUEST_TIMEOUT_MS", "30000"), ("GITLAB_TOKEN", c.secret("gitlab_token")),
        ("AZURE_STORAGE_CONNECTION_STRING", ["DefaultEndpointsProtocol=https;AccountName=%s;AccountKey=" % rng.choice(["kestrelbackup", "ledgerlyfiles"]),
                                             c.secret("azure_account_key"), ";EndpointSuffix=core.windows.net"]),
    ]
    rng.shuffle(pool)
    entries += pool[:rng.randint(6, 12)]
    parts = []
    if yaml:
        parts.append("services:\n  app:\n    environment:\n")
    for i, (k, v) in enumerate(entries):
        if yaml:
            parts += ["      %s: " % k, v] + (["\n"] if i < len(entries) - 1 else [])
        else:
            if i:
                parts.append("\n")
            parts += [rng.choice(["", "", "export "]) + k + "=", v]
    c.pre(parts)
    if rng.random() < 0.3:
        c.para(c.f(rng.choice({"en": ["Yes I know the keys are in there, I'll rotate them afterwards.", "(rotate after reading please)"],
                               "sv": ["Ja, jag vet att nycklarna står där, vi byter dem efteråt."],
                               "de": ["Das Passwort ändern wir danach.", "Ja, die Schlüssel stehen drin, wir rotieren sie danach."],
                               "es": ["Cambiaremos las claves después."]}[c.lang])))
    signoff(c, c.req, rich=rng.random() < 0.5)


CURL_INTRO = {"en": ["This call returns 401 for us:", "Repro:", "Here's the exact request:"], "sv": ["Det här anropet ger 401:", "Så här anropar vi:"],
              "de": ["Dieser Aufruf liefert 401:", "So rufen wir die API auf:"], "es": ["Esta llamada devuelve 401:", "Así llamamos a la API:"]}


def shape_curl(c):
    rng = c.rng
    greeting(c)
    c.para(c.f(rng.choice(c.L["topics"]["tech"])))
    c.para(c.f(rng.choice(CURL_INTRO[c.lang])))
    host = "api." + rng.choice(["kestrelcloud.io", "ledgerly.app", c.tenant[1]])
    p = c.third() if rng.random() < 0.6 else c.req
    parts = ["curl -sS -X %s \"https://%s/v%d/%s\" \\\n" % (rng.choice(["POST", "PUT", "PATCH"]), host, rng.randint(1, 3),
                                                         rng.choice(["customers", "contacts", "users/invite", "orders"]))]
    auth = rng.random()
    if auth < 0.5:
        parts += ["  -H \"Authorization: Bearer ", c.secret(rng.choice(["jwt", "jwt", "bearer_token", "github_token"])), "\" \\\n"]
    elif auth < 0.7:
        user = rng.choice(["api", "admin", "ops"])
        pw = password(rng).replace("'", "").replace('"', "")
        b = base64.b64encode(("%s:%s" % (user, pw)).encode()).decode()
        parts += ["  -H \"Authorization: Basic ", S(b, "secret", "basic_auth"), "\" \\\n"]
    elif auth < 0.85:
        parts += ["  -u \"%s:" % rng.choice(["api", "admin", "ops", "integration"]), S(password(rng).replace('"', ""), "secret", "password"), "\" \\\n"]
    else:
        parts += ["  -H \"X-Api-Key: ", c.secret(rng.choice(["stripe_key", "sendgrid_key", "google_api_key"])), "\" \\\n"]
    parts.append("  -H \"Content-Type: application/json\" \\\n")
    body = ["  -d '{\"name\": \"", S(p.full, "person_name", "payload"), "\", \"email\": \"", S(p.email, "email", "payload"), "\""]
    if rng.random() < 0.6:
        body += [", \"phone\": \"", S(p.phone[1] if rng.random() < 0.6 else p.phone[0], "phone", "payload"), "\""]
    if rng.random() < 0.3:
        body += [", \"ip\": \"", c.ip(), "\""]
    body.append("}'")
    parts += body
    parts += ["\n\n", rng.choice(["HTTP/2 401", "HTTP/1.1 401 Unauthorized", "< HTTP/2 403"]), "\n", '{"error":"invalid_token","request_id":"',
              c.resolve("uuid"), '"}']
    c.pre(parts)
    signoff(c, c.req, rich=rng.random() < 0.4)


SHAPES = [(shape_email, 26), (shape_mobile, 9), (shape_chat, 10), (shape_forward, 8), (shape_webform, 11), (shape_callnote, 7),
          (shape_csv, 5), (shape_json, 5), (shape_log, 6), (shape_env, 4), (shape_curl, 4), (shape_thread, 6)]


# ---------------------------------------------------------------------------
# ticket assembly
# ---------------------------------------------------------------------------

META = {}


def build(rng, idx):
    c = Ctx(rng, idx)
    c.setup_layout()
    shape = wchoice(rng, SHAPES)
    wrap = rng.random() if c.html else 1.0
    if wrap < 0.3:
        c.d.raw("<html><body>\n")
    elif wrap < 0.6:
        c.d.raw('<div dir="ltr">\n')
    shape(c)
    if wrap < 0.3:
        c.d.raw("</body></html>")
    elif wrap < 0.6:
        c.d.raw("</div>")
    text = c.d.value()
    stripped = text.rstrip()
    n = len(stripped.encode("utf-8"))
    labels = [dict(l, subtype=l["subtype"] or l["category"]) for l in c.d.labels]
    assert all(l["end"] <= n for l in labels)
    negs = [x for x in c.d.negs if x["end"] <= n]
    obj = {"id": "h5-%04d" % idx, "content_type": "text/html" if c.html else "text/plain", "text": stripped}
    if rng.random() < 0.5:
        req = c.req
        r = rng.random()
        if r < 0.6:
            name = req.full
        elif r < 0.72:
            name = fold_ascii(req.full)
        elif r < 0.8:
            name = req.full.lower()
        elif r < 0.9:
            name = req.form("western")
        else:
            name = req.form("caps_last")
        known = {"name": name}
        if rng.random() < 0.9:
            e = req.email
            if rng.random() < 0.2:
                local, dom = e.split("@")
                e = "%s@%s" % (".".join(x.capitalize() for x in local.split(".")), dom)
            known["email"] = e
        if rng.random() < 0.5:
            known["phone"] = reformat_phone(rng, req.phone[1]) if rng.random() < 0.6 else req.phone[0]
        if rng.random() < 0.12:
            known["emails"] = [alt_email(c)]
        obj["known"] = known
    obj["labels"] = labels
    obj["negatives"] = negs
    META[idx] = {"region": c.region, "lang": c.lang, "shape": shape.__name__[6:], "country": c.country}
    return obj


def make_ticket(seed, idx):
    rng = random.Random(f"heldout5/{seed}/{idx}")
    last = None
    for _ in range(40):
        obj = build(rng, idx)
        problems = check_ticket(obj)
        if not problems:
            return obj
        last = problems
    raise RuntimeError("ticket %d: could not build a valid ticket: %s" % (idx, last[:3]))


# ---------------------------------------------------------------------------
# checker
# ---------------------------------------------------------------------------

CATEGORIES = ["email", "phone", "payment_card", "iban", "national_id", "ip_address", "secret", "date_of_birth", "person_name", "postal_address"]
BIRTH_CTX = ["dob", "d.o.b", "birth", "born", "född", "födelsedatum", "geburtsdatum", "geb.", "geboren", "nacimiento", "nacido", "nacida",
             "f. nac", "dateofbirth", "birth_date", "date_of_birth"]


def _label_value(raw, s, e, is_html):
    v = raw[s:e].decode("utf-8")
    if is_html:
        v = visible_inline(v)
    if "\\u" in v:
        try:
            v = json.loads('"%s"' % v)
        except ValueError:
            pass
    return v


def check_value(cat, sub, v, before, after=""):
    if cat == "email":
        if sub == "obfuscated":
            return bool(re.search(r"(?i)\bat\b|\[at\]|\(at\)|\{at\}", v))
        return bool(EMAIL_RE.fullmatch(v))
    if cat == "phone":
        nd = len(re.sub(r"\D", "", v))
        return 7 <= nd <= 15 and bool(re.fullmatch(r"[0-9+() ./\-]+", v))
    if cat == "payment_card":
        if not re.fullmatch(r"[0-9 \-]+", v):
            return False
        d = re.sub(r"\D", "", v)
        return card_brand(d, strict=True) is not None and luhn_ok(d)
    if cat == "iban":
        s = re.sub(r"\s", "", v).upper()
        return iban_ok(s) and iban_national_ok(s)
    if cat == "national_id":
        return national_id_ok(sub, v)
    if cat == "ip_address":
        try:
            return ipaddress.ip_address(v).is_global
        except ValueError:
            return False
    if cat == "date_of_birth":
        if not re.search(r"(19|20)?\d\d", v):
            return False
        window = before.lower() if sub == "record" else (before[-60:] + " " + after[:12]).lower()
        return any(k in window for k in BIRTH_CTX)
    if cat == "secret":
        if sub == "pem_private_key":
            return v.startswith("-----BEGIN ") and v.endswith("-----") and "-----END " in v
        if sub == "url_credentials":
            return bool(re.match(r"^[a-z+]+://[^:/\s]*:[^@\s]+@[^\s]+$", v))
        if sub == "url_token":
            return v.startswith("https://") and any(k in v for k in ("X-Amz-Signature=", "token=", "sig=", "hooks.slack.com/services/"))
        if sub == "jwt":
            try:
                h = json.loads(base64.urlsafe_b64decode(v.split(".")[0] + "=="))
                return "alg" in h and v.count(".") == 2
            except ValueError:
                return False
        pats = {"aws_access_key": r"(AKIA|ASIA)[A-Z2-7]{16}", "github_token": r"(gh[pos]_[A-Za-z0-9]{36}|github_pat_[A-Za-z0-9]{22}_[A-Za-z0-9]{59})",
                "slack_token": r"xox[bp]-\d+-\d+-[A-Za-z0-9]+", "stripe_key": r"[sr]k_live_[A-Za-z0-9]{24,99}",
                "google_api_key": r"AIza[A-Za-z0-9_\-]{35}", "sendgrid_key": r"SG\.[A-Za-z0-9_\-]{22}\.[A-Za-z0-9_\-]{43}",
                "npm_token": r"npm_[A-Za-z0-9]{36}", "openai_key": r"sk-proj-[A-Za-z0-9_\-]{40,}", "gitlab_token": r"glpat-[A-Za-z0-9_\-]{20}",
                "aws_secret_key": r"[A-Za-z0-9+/]{40}", "azure_account_key": r"[A-Za-z0-9+/]{86}==", "hex_secret": r"[0-9a-f]{64}",
                "bearer_token": r"[A-Za-z0-9]{32,48}", "basic_auth": r"[A-Za-z0-9+/]+=*", "password": r"\S{4,40}"}
        return sub in pats and bool(re.fullmatch(pats[sub], v))
    if cat == "person_name":
        return 1 < len(v) <= 80 and "@" not in v and "\n" not in v and any(ch.isalpha() for ch in v)
    if cat == "postal_address":
        return any(ch.isdigit() for ch in v) and any(ch.isalpha() for ch in v)
    return False


def check_ticket(obj):
    problems = []
    tid = obj.get("id")
    text = obj.get("text")
    if not isinstance(tid, str) or not isinstance(text, str):
        return ["%s: id/text missing" % tid]
    ct = obj.get("content_type")
    if ct not in ("text/plain", "text/html"):
        problems.append("%s: bad content_type %r" % (tid, ct))
    is_html = ct == "text/html"
    raw = text.encode("utf-8")
    labels = obj.get("labels")
    if not isinstance(labels, list):
        return problems + ["%s: labels missing" % tid]
    known = obj.get("known")
    if known is not None and not (isinstance(known, dict) and set(known) <= {"name", "email", "phone", "emails"}):
        problems.append("%s: bad known" % tid)

    def span_ok(x, what):
        s, e = x.get("start"), x.get("end")
        if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(raw)):
            problems.append("%s: %s offsets out of range %r" % (tid, what, (s, e)))
            return False
        try:
            raw[:s].decode("utf-8")
            piece = raw[s:e].decode("utf-8")
        except UnicodeDecodeError:
            problems.append("%s: %s [%d,%d) not on character boundaries" % (tid, what, s, e))
            return False
        if piece != piece.strip() or (is_html and (re.match(r"(?i)(&nbsp;|<br)", piece) or re.search(r"(?i)(&nbsp;|<br\s*/?>)$", piece))):
            problems.append("%s: %s [%d,%d) has surrounding whitespace: %r" % (tid, what, s, e, piece))
            return False
        return True

    spans = []
    for l in labels:
        if l.get("category") not in CATEGORIES:
            problems.append("%s: bad category %r" % (tid, l.get("category")))
            continue
        if not span_ok(l, "label"):
            continue
        s, e = l["start"], l["end"]
        v = _label_value(raw, s, e, is_html)
        before = visible(raw[:s].decode("utf-8"), is_html)
        after = visible(raw[e:e + 60].decode("utf-8", "ignore"), is_html)
        if not check_value(l["category"], l.get("subtype"), v, before, after):
            problems.append("%s: invalid %s/%s value %r" % (tid, l["category"], l.get("subtype"), v))
        spans.append((s, e))
    spans.sort()
    for (a, b), (c2, d2) in zip(spans, spans[1:]):
        if c2 < b:
            problems.append("%s: overlapping labels at %d" % (tid, c2))
    for n in obj.get("negatives", []):
        if not span_ok(n, "negative"):
            continue
        if any(n["start"] < e and s < n["end"] for s, e in spans):
            problems.append("%s: negative overlaps a label at %d" % (tid, n["start"]))
        if n.get("kind") == "luhn_invalid_card":
            d = re.sub(r"\D", "", raw[n["start"]:n["end"]].decode("utf-8"))
            if luhn_ok(d):
                problems.append("%s: luhn_invalid_card negative is Luhn-valid" % tid)
    for kind, val in unlabelled_flaggable(text, is_html, [l for l in labels if "start" in l]):
        problems.append("%s: unlabelled %s %r" % (tid, kind, val))
    return problems


def check_file(path):
    problems = []
    ids = set()
    cats = collections.Counter()
    subs = collections.Counter()
    negk = collections.Counter()
    docs = html_docs = known_docs = 0
    with open(path, encoding="utf-8") as f:
        for ln, line in enumerate(f, 1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as e:
                problems.append("line %d: bad JSON: %s" % (ln, e))
                continue
            docs += 1
            if obj.get("id") in ids:
                problems.append("line %d: duplicate id %r" % (ln, obj.get("id")))
            ids.add(obj.get("id"))
            html_docs += obj.get("content_type") == "text/html"
            known_docs += bool(obj.get("known"))
            problems += check_ticket(obj)
            for l in obj.get("labels", []):
                cats[l.get("category")] += 1
                subs[(l.get("category"), l.get("subtype"))] += 1
            for n in obj.get("negatives", []):
                negk[n.get("kind")] += 1
    print("documents %d (html %d, with known %d), labels %d, negatives %d" % (docs, html_docs, known_docs, sum(cats.values()), sum(negk.values())))
    for cat in CATEGORIES:
        print("  %-15s %5d" % (cat, cats[cat]))
    for p in problems[:50]:
        print("PROBLEM", p)
    if problems:
        print("%d problems" % len(problems))
        return 1
    print("ok")
    return 0


def print_stats(seed, count):
    region, shape, sub, negk = collections.Counter(), collections.Counter(), collections.Counter(), collections.Counter()
    ct = collections.Counter()
    for i in range(count):
        obj = make_ticket(seed, i)
        region[META[i]["region"]] += 1
        shape[META[i]["shape"]] += 1
        ct[obj["content_type"]] += 1
        for l in obj["labels"]:
            sub[(l["category"], l["subtype"])] += 1
        for n in obj["negatives"]:
            negk[n["kind"]] += 1
    print("content types:", dict(ct))
    print("regions:", dict(region.most_common()))
    print("shapes:", dict(shape.most_common()))
    cur = None
    for (cat, st), n in sorted(sub.items(), key=lambda kv: (CATEGORIES.index(kv[0][0]), -kv[1])):
        if cat != cur:
            print("%s (%d):" % (cat, sum(v for (c2, _), v in sub.items() if c2 == cat)))
            cur = cat
        print("    %-22s %4d" % (st, n))
    print("negatives:", dict(negk.most_common()))
    return 0


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int, default=20261125)
    ap.add_argument("--count", type=int, default=400)
    ap.add_argument("--out", default="corpus.jsonl")
    ap.add_argument("--check", metavar="CORPUS", help="validate a corpus file and exit (0 = ok)")
    ap.add_argument("--stats", action="store_true", help="print language/shape/subtype statistics instead of writing")
    args = ap.parse_args(argv)
    if args.check:
        return check_file(args.check)
    if args.stats:
        return print_stats(args.seed, args.count)
    with open(args.out, "w", encoding="utf-8", newline="\n") as f:
        for i in range(args.count):
            f.write(json.dumps(make_ticket(args.seed, i), ensure_ascii=False) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
