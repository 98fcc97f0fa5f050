#!/usr/bin/env python3
"""heldout4: an independent labelled corpus of synthetic helpdesk tickets for hushdesk.

    make_corpus.py --seed 20261124 --count 400 --out corpus.jsonl
    make_corpus.py --check corpus.jsonl [--seed 20261124]

Written without reading the detector, its pattern packs, the main generator or
the other corpora; only ../README.md (format, label conventions) and
../score.py (scorer) were read.  Python 3.11, standard library only.

Ticket i depends only on (seed, i): every ticket has its own random.Random.
"""

import argparse
import base64
import collections
import datetime
import hashlib
import html
import ipaddress
import json
import random
import re
import sys
import unicodedata
from html.entities import codepoint2name

DEFAULT_SEED = 20261124
MIN_BYTES, MAX_BYTES = 50, 4096

# ---------------------------------------------------------------------------
# checksums and independent validators
# ---------------------------------------------------------------------------


def luhn_ok(d):
    s = 0
    for i, ch in enumerate(reversed(d)):
        x = int(ch)
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        s += x
    return s % 10 == 0


def luhn_complete(partial):
    for c in "0123456789":
        if luhn_ok(partial + c):
            return partial + c
    raise AssertionError


def card_brand(d):
    """Brand if the digit string has a real IIN range, a length that brand issues and a valid Luhn sum."""
    if not d.isdigit() or not luhn_ok(d):
        return None
    n = len(d)
    if d[0] == "4" and n in (13, 16, 19):
        return "visa"
    if n == 16 and (51 <= int(d[:2]) <= 55 or 2221 <= int(d[:4]) <= 2720):
        return "mastercard"
    if n == 15 and d[:2] in ("34", "37"):
        return "amex"
    if 16 <= n <= 19 and (d.startswith("6011") or d[:2] == "65" or 644 <= int(d[:3]) <= 649):
        return "discover"
    return None


def card_like(d):
    """Conservative: anything a card detector could reasonably take for a card (used to keep negatives clean)."""
    if not (12 <= len(d) <= 19) or not luhn_ok(d):
        return False
    return d[0] in "23456" or (d[0] == "1" and len(d) == 15)


IBAN_LEN = {"SE": 24, "DE": 22, "GB": 22, "ES": 24, "FR": 27, "NL": 18, "BE": 16, "NO": 15, "AT": 20, "IE": 22,
            "DK": 18, "FI": 18, "IT": 27, "PL": 28, "PT": 25, "CH": 21, "LU": 20}


def _iban_num(s):
    return int("".join(str(int(c, 36)) for c in s))


def iban_mod97_ok(s):
    s = s.upper()
    return len(s) > 4 and s[:2].isalpha() and s[2:4].isdigit() and _iban_num(s[4:] + s[:4]) % 97 == 1


def iban_check(cc, bban):
    return "%02d" % (98 - _iban_num(bban + cc + "00") % 97)


def es_dc(ten):
    w = [1, 2, 4, 8, 5, 10, 9, 7, 3, 6]
    r = 11 - sum(int(a) * b for a, b in zip(ten, w)) % 11
    return 0 if r == 11 else 1 if r == 10 else r


def fr_rib_key(bank, branch, account):
    return 97 - (89 * int(bank) + 15 * int(branch) + 3 * int(account)) % 97


def nl_elf_ok(acct10):
    return sum(int(c) * (10 - i) for i, c in enumerate(acct10)) % 11 == 0


def no_check(first10):
    w = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
    r = sum(int(a) * b for a, b in zip(first10, w)) % 11
    return 0 if r == 0 else (None if r == 1 else 11 - r)


def iban_valid(s):
    """mod-97, country length, and the national check digits this corpus generates (ES, FR, NL, BE, NO)."""
    s = re.sub(r"\s", "", s).upper()
    cc = s[:2]
    if IBAN_LEN.get(cc) != len(s) or not iban_mod97_ok(s):
        return False
    b = s[4:]
    if cc == "ES":
        return es_dc("00" + b[0:8]) == int(b[8]) and es_dc(b[10:20]) == int(b[9])
    if cc == "FR":
        return b.isdigit() and fr_rib_key(b[0:5], b[5:10], b[10:21]) == int(b[21:23])
    if cc == "NL":
        return b[:4].isalpha() and nl_elf_ok(b[4:])
    if cc == "BE":
        return b.isdigit() and (int(b[:10]) % 97 or 97) == int(b[10:12])
    if cc == "NO":
        return b.isdigit() and no_check(b[:10]) == int(b[10])
    if cc in ("GB", "IE"):
        return b[:4].isalpha() and b[4:].isdigit()
    return b.isdigit()


def _date_ok(y, m, d):
    try:
        datetime.date(y, m, d)
        return True
    except ValueError:
        return False


def se_pnr_kind(s):
    """'se_personnummer' / 'se_samordningsnummer' or None."""
    m = re.fullmatch(r"(\d{2})?(\d{2})(\d{2})(\d{2})[-+]?(\d{4})", s)
    if not m:
        return None
    cent, yy, mm, dd, tail = m.groups()
    ten = yy + mm + dd + tail
    if not luhn_ok(ten):
        return None
    y = int((cent or "19") + yy)
    day = int(dd)
    kind = "se_personnummer"
    if day > 60:
        day -= 60
        kind = "se_samordningsnummer"
    return kind if _date_ok(y, int(mm), day) else None


TFN_W = [1, 4, 3, 7, 5, 8, 6, 9, 10]
ABN_W = [10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19]
MEDICARE_W = [1, 3, 7, 9, 1, 3, 7, 9]
NHS_W = [10, 9, 8, 7, 6, 5, 4, 3, 2]
DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"
NINO_BAD_PREFIX = {"BG", "GB", "KN", "NK", "NT", "TN", "ZZ"}


def tfn_ok(d):
    return len(d) == 9 and sum(int(a) * b for a, b in zip(d, TFN_W)) % 11 == 0


def abn_ok(d):
    if len(d) != 11 or d[0] == "0":
        return False
    x = [int(c) for c in d]
    x[0] -= 1
    return sum(a * b for a, b in zip(x, ABN_W)) % 89 == 0


def medicare_ok(d):
    if len(d) not in (10, 11) or d[0] not in "23456":
        return False
    return sum(int(a) * b for a, b in zip(d[:8], MEDICARE_W)) % 10 == int(d[8]) and d[9] != "0"


def nhs_ok(d):
    if len(d) != 10:
        return False
    r = 11 - sum(int(a) * b for a, b in zip(d, NHS_W)) % 11
    r = 0 if r == 11 else r
    return r != 10 and r == int(d[9])


def nino_ok(s):
    s = s.replace(" ", "").upper()
    m = re.fullmatch(r"([A-Z])([A-Z])(\d{6})([A-D])", s)
    if not m:
        return False
    a, b = m.group(1), m.group(2)
    return a not in "DFIQUV" and b not in "DFIOQUV" and a + b not in NINO_BAD_PREFIX


def dni_ok(s):
    s = re.sub(r"[\s.\-]", "", s).upper()
    m = re.fullmatch(r"(\d{8})([A-Z])", s)
    return bool(m) and DNI_LETTERS[int(m.group(1)) % 23] == m.group(2)


def nie_ok(s):
    s = re.sub(r"[\s.\-]", "", s).upper()
    m = re.fullmatch(r"([XYZ])(\d{7})([A-Z])", s)
    return bool(m) and DNI_LETTERS[int(str("XYZ".index(m.group(1))) + m.group(2)) % 23] == m.group(3)


def ssn_ok(s):
    d = re.sub(r"[\s\-]", "", s)
    if not re.fullmatch(r"\d{9}", d):
        return False
    a, g, n = int(d[:3]), int(d[3:5]), int(d[5:])
    return 0 < a < 900 and a != 666 and g != 0 and n != 0


def steuer_id_ok(d):
    if not re.fullmatch(r"[1-9]\d{10}", d):
        return False
    cnt = collections.Counter(d[:10])
    multi = [k for k, v in cnt.items() if v > 1]
    if len(multi) != 1 or cnt[multi[0]] not in (2, 3):
        return False
    if cnt[multi[0]] == 3 and multi[0] * 3 in d[:10]:
        return False
    product = 10
    for c in d[:10]:
        s = (int(c) + product) % 10
        if s == 0:
            s = 10
        product = (s * 2) % 11
    check = 11 - product
    if check == 10:
        check = 0
    return check == int(d[10])


def national_id_ok(sub, text):
    digits = re.sub(r"\D", "", text)
    if sub in ("se_personnummer", "se_samordningsnummer"):
        return se_pnr_kind(re.sub(r"\s", "", text)) == sub
    return {
        "au_tfn": lambda: tfn_ok(digits),
        "au_abn": lambda: abn_ok(digits),
        "au_medicare": lambda: medicare_ok(digits),
        "uk_nino": lambda: nino_ok(text),
        "uk_nhs": lambda: nhs_ok(digits),
        "es_dni": lambda: dni_ok(text),
        "es_nie": lambda: nie_ok(text),
        "us_ssn": lambda: ssn_ok(text),
        "de_steuer_id": lambda: steuer_id_ok(digits),
    }.get(sub, lambda: False)()


# ---------------------------------------------------------------------------
# scanning helpers shared by the generator's self-test and --check
# ---------------------------------------------------------------------------

EMAIL_RE = re.compile(r"[\w.%+'-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}(?![\w-])")
DIGIT_GROUPS_RE = re.compile(r"\d+(?:[ \-\u00a0]\d+)*")
IBAN_CAND_RE = re.compile(r"(?<![A-Za-z0-9])([A-Za-z]{2})(\d{2})((?:[ \u00a0]?[A-Za-z0-9]){8,32})")


def visible_text(raw, is_html):
    """Same reduction as score.py: <br> -> newline, tags removed, entities decoded, nbsp -> space."""
    if not is_html:
        return raw
    raw = re.sub(r"(?i)<br\s*/?>", "\n", raw)
    return html.unescape(re.sub(r"<[^>]*>", "", raw)).replace("\xa0", " ")


def card_windows(text):
    """(start, end, digits) for every run of whole digit groups (single space/dash separators) of 12-19 digits."""
    out = []
    for m in DIGIT_GROUPS_RE.finditer(text):
        groups = [(g.start() + m.start(), g.end() + m.start()) for g in re.finditer(r"\d+", m.group(0))]
        for i in range(len(groups)):
            digits = ""
            for j in range(i, len(groups)):
                digits += text[groups[j][0]:groups[j][1]]
                if len(digits) > 19:
                    break
                if len(digits) >= 12:
                    out.append((groups[i][0], groups[j][1], digits))
    return out


def iban_candidates(text):
    out = []
    for m in IBAN_CAND_RE.finditer(text):
        cc = m.group(1).upper()
        n = IBAN_LEN.get(cc)
        if not n:
            continue
        compact = ""
        end = m.start(3)
        for k in range(m.start(3), m.end(3)):
            ch = text[k]
            if ch.isalnum():
                compact += ch
                end = k + 1
                if len(compact) == n - 4:
                    break
        cand = (cc + m.group(2) + compact).upper()
        if len(cand) == n and iban_mod97_ok(cand):
            out.append((m.start(), end, cand))
    return out


def compact(s):
    return re.sub(r"[\s\-]", "", s)


def pii_leaks(text, is_html, labels):
    """Emails, card-like numbers and valid IBANs that are not inside a label.  labels: (start, end, cat) in bytes."""
    problems = []
    raw_b = text.encode("utf-8")
    # char -> byte offsets
    offs = [0]
    for ch in text:
        offs.append(offs[-1] + len(ch.encode("utf-8")))

    def inside(cs, ce, cats):
        bs, be = offs[cs], offs[ce]
        return any(s <= bs and be <= e and c in cats for s, e, c in labels)

    email_ok = ("email", "secret")
    for m in EMAIL_RE.finditer(text):
        if not inside(m.start(), m.end(), email_ok):
            problems.append("unlabelled email %r" % m.group(0))
    for s, e, d in card_windows(text):
        if card_like(d) and not inside(s, e, CATEGORIES_ALL):
            problems.append("unlabelled card-like number %r" % text[s:e])
    for s, e, c in iban_candidates(text):
        if not inside(s, e, ("iban",)):
            problems.append("unlabelled valid IBAN %r" % c)
    if is_html:
        vis = visible_text(text, True)
        lab_vis = collections.defaultdict(list)
        for s, e, c in labels:
            lab_vis[c].append(compact(visible_text(raw_b[s:e].decode("utf-8"), True)))

        def covered(val, cats):
            v = compact(val)
            return any(v in lv for c in cats for lv in lab_vis[c])

        for m in EMAIL_RE.finditer(vis):
            if not covered(m.group(0), email_ok):
                problems.append("unlabelled email in visible text %r" % m.group(0))
        for s, e, d in card_windows(vis):
            if card_like(d) and not covered(d, CATEGORIES_ALL):
                problems.append("unlabelled card-like number in visible text %r" % vis[s:e])
        for s, e, c in iban_candidates(vis):
            if not covered(c, ("iban",)) and not any(c in lv.upper() for lv in lab_vis["iban"]):
                problems.append("unlabelled valid IBAN in visible text %r" % c)
    return problems


CATEGORIES_ALL = ("email", "phone", "payment_card", "iban", "national_id", "ip_address", "secret", "date_of_birth",
                  "person_name", "postal_address")


# ---------------------------------------------------------------------------
# people: name stock by origin, mixed per country the way the populations are
# (hand-written for this corpus; "A>B" = given name A, called B; "M/F" = gendered surname)
# ---------------------------------------------------------------------------

def _w(s):
    return [x.replace("_", " ") for x in s.split()]


ORIGINS = {
    "sv": ("west", _w("Anna Karin Maja Ingrid Elin Saga Linnéa Agnes Märta Åsa Tove Frida Ebba Sigrid Ylva"),
           _w("Erik Lars Oskar Johan Björn Gustav Per-Olof Hjalmar Stig Anders Nils Viktor Axel Göran Ture"),
           _w("Lindqvist Bergström Sjöberg Åkesson Nyström Holmgren Engström Wallin Ekdahl Löfgren Söderberg "
              "Hedlund Forsberg Strand Sandberg Öberg Wikström Lundgren Blomqvist")),
    "fi": ("west", _w("Aino Satu Päivi Kaisa Riikka Tuuli"), _w("Jukka Teemu Mikko Antti Ilkka Jarmo"),
           _w("Korhonen Mäkinen Heikkinen Virtanen Leinonen Hämäläinen Räsänen Kärkkäinen")),
    "so": ("west", _w("Hodan Faadumo Ayaan Sahra Hibo Ifrah Nasteexo"), _w("Abdirahman Mohamed Liban Abdiwali Mahad Guled"),
           _w("Warsame Jama Abdi Farah Hassan Osman Egal Ismail Yusuf")),
    "ar": ("west", _w("Lina Nour Hiba Rasha Yasmin Dima Layla Rawan"), _w("Rami Yousef Omar Khaled Mahmoud Tariq Bilal Karim Ammar"),
           _w("Haddad Al-Khatib Saleh Hamdan Al-Jubouri Darwish Khalil Al-Masri Nasser Aziz Alsaadi")),
    "fa": ("west", _w("Shirin Parisa Laleh Roxana Negin Mahsa Golnaz"), _w("Dariush Kaveh Babak Arash Cyrus Reza Farhad"),
           _w("Rahimi Moradi Tehrani Jafari Karimi Sadeghi Farahani Hosseini Ghorbani")),
    "tr": ("west", _w("Zeynep Ayşe Elif Gülşen Berivan Deniz Esra Hülya"), _w("Emre Mehmet Murat Cem Hakan Serkan Burak Ümit"),
           _w("Yılmaz Öztürk Çelik Arslan Koç Kılıç Aksoy Aydın Demir Şahin Doğan Kaya Erdoğdu")),
    "pl": ("west", _w("Katarzyna Agnieszka Magdalena Marta Zofia Małgorzata"), _w("Paweł Łukasz Tomasz Krzysztof Piotr Grzegorz"),
           _w("Nowak Wiśniewski/Wiśniewska Kowalczyk Zieliński/Zielińska Wójcik Lewandowski/Lewandowska Mazur Dąbrowski/Dąbrowska Krawczyk")),
    "bs": ("west", _w("Amra Selma Lejla Aida Emina"), _w("Emir Jasmin Adnan Haris Edin"),
           _w("Hodžić Begić Mehmedović Kovačević Hadžić Delić Softić")),
    "er": ("west", _w("Senait Helen Mebrat Saba Ruta"), _w("Yonas Tesfay Dawit Robel Filmon"),
           _w("Tesfamariam Gebremedhin Haile Kidane Berhane Tekle")),
    "de": ("west", _w("Sabine Katrin Ursula Hannah Mia Anneliese Lea Franziska Heike Jana Gudrun Svenja"),
           _w("Jörg Lukas Matthias Felix Dieter Jürgen Maximilian Torsten Uwe Henning Klaus-Peter Jannik"),
           _w("Weiß Müller Schröder Hoffmann Krüger Baumgärtner Becker Schulze Wagner Vogt Köhler Meißner Lange "
              "Brandt Zimmermann von_Ahlen Müller-Brandt Oßwald Großkopf")),
    "ru": ("west", _w("Olga Natalia Swetlana Irina Jelena"), _w("Dmitri Viktor Alexej Sergej Waldemar"),
           _w("Iwanow/Iwanowa Petrow/Petrowa Kusnezow/Kusnezowa Schäfer Reimer Friesen")),
    "gr": ("west", _w("Eleni Sofia Despina Katerina Vasiliki"), _w("Dimitrios Georgios Konstantinos Nikos Kostas Andreas Stavros"),
           _w("Papadopoulos/Papadopoulou Konstantinidis/Konstantinidou Georgiou Christodoulou Papadakis Anagnostopoulos/Anagnostopoulou Karamanlis")),
    "it": ("west", _w("Chiara Giulia Rosa Francesca Carmela"), _w("Giuseppe Marco Salvatore Luca Vincenzo"),
           _w("Russo Esposito Ferraro Lombardi Romano Colombo Di_Stefano")),
    "vi": ("vi", _w("Thi_Lan>Lan Thu_Trang>Trang Ngoc_Anh>Anh Thi_Hoa>Hoa Thuy>Thuy Thị_Lan>Lan Ngọc_Hân>Hân Thu_Hà>Hà"),
           _w("Van_Duc>Duc Minh_Tuan>Tuan Quang>Quang Van_Hung>Hung Minh>Minh Văn_Đức>Đức Minh_Tuấn>Tuấn Bao>Bao"),
           _w("Nguyen Tran Pham Le Vo Huynh Dang Bui Do Hoang Nguyễn Trần Phạm")),
    "zh": ("zh", _w("Xiaoling Mei Jing Yifan Lina Michelle Vivian Winnie Shu-fen Xinyi"),
           _w("Wei Jian Hao Zhiwei Jun Kevin Jason Eric Tony Zihan"),
           _w("Zhang Li Wang Chen Liu Huang Zhou Lin Wu Chan Wong Cheung Lau Tan Lim Ng Ho")),
    "in": ("west", _w("Priya Sunita Ananya Deepika Lakshmi Kavitha Harpreet Pooja Meenakshi"),
           _w("Arjun Rahul Sanjay Vikram Aditya Rohan Gurpreet Karthik Sandeep"),
           _w("Patel Sharma Iyer Reddy Nair Krishnan Singh Sandhu Gill Venkataraman Subramanian Bhattacharya Mehta Chatterjee Rao")),
    "pk": ("west", _w("Ayesha Fatima Nadia Sana Rukhsana Tahmina Shazia"), _w("Imran Tanvir Asif Bilal Faisal Shahid Zubair"),
           _w("Chaudhry Rahman Iqbal Hussain Ahmed Akhtar Khan Uddin Malik Qureshi")),
    "ng": ("west", _w("Ngozi Chiamaka Adaeze Funmilayo Yetunde Abena Folake"),
           _w("Oluwaseun Chidi Tunde Emeka Kwame Obinna Babajide Kofi"),
           _w("Adeyemi Okonkwo Okafor Balogun Nwosu Eze Adebayo Mensah Owusu Oyelaran Boateng")),
    "uk": ("west", _w("Charlotte Amelia Sophie Niamh Eilidh Gemma Hayley Rebecca Bethan Imogen"),
           _w("Oliver Harry George Callum Rhys Jamie Gareth Alistair Liam Toby"),
           _w("Thompson Whitaker Ashworth Pemberton Hughes O'Connell MacLeod Fairbairn Davies Llewellyn Ainsworth "
              "Blackwood Ferguson Pritchard Hargreaves")),
    "ie": ("west", _w("Aoife Siobhán Orla Caoimhe Gráinne"), _w("Cian Pádraig Eoin Ciarán Darragh"),
           _w("O'Brien Murphy Byrne McCarthy Kavanagh Gallagher Ó_Briain Ní_Mhurchú")),
    "au": ("west", _w("Chloe Matilda Kylie Brooke Tahlia Jess Sharni Mackenzie"),
           _w("Jack Lachlan Brodie Darren Mitch Hamish Cooper Shane"),
           _w("Mitchell O'Sullivan Fitzgerald Campbell Pearce McKenzie Harvey Doyle Pickering Treloar")),
    "lb": ("west", _w("Rania Nadine Maya Joumana Rita"), _w("Georges Bilal Fadi Elie Charbel"),
           _w("Khoury Haddad Nasser Saab Karam Fakhoury Chahine")),
    "ph": ("west", _w("Maricel Rowena Jennylyn Kristine Divina"), _w("Jerome Rodel Jomar Aldrin Rommel"),
           _w("Santos dela_Cruz Bautista Reyes Villanueva Manalo Dizon Macaraeg")),
    "np": ("west", _w("Sunita Anjali Pratima Srijana"), _w("Bishal Suman Nabin Prakash"),
           _w("Gurung Shrestha Thapa Tamang Adhikari Rai")),
    "us": ("west", _w("Ashley Megan Kayla Brittany Madison Tiffany Shelby Destiny"),
           _w("Tyler Brandon Cody Austin Dustin Garrett Travis DeShawn"),
           _w("Whitfield Carter Henderson Sullivan Brooks Pruitt Dawson McAllister Jefferson Kowalski")),
    "hisp": ("west", _w("Guadalupe Maritza Esperanza Yesenia Daniela Marisol"),
             _w("José_Luis Alejandro Jesús Rigoberto Héctor Luis_Fernando"),
             _w("Hernández Ramírez Castillo Morales Villanueva Gutiérrez Orozco Delgado")),
    "ko": ("west", _w("Ji-woo Soo-ah Min-seo Hye-jin Eun-ji"), _w("Min-jun Seung-ho Jae-won Dong-hyun"),
           _w("Kim Park Choi Jung Kang Yoon")),
    "et": ("west", _w("Meron Selam Hirut Tigist"), _w("Dawit Abebe Yared Henok"), _w("Bekele Tadesse Girma Alemu Wolde")),
    "es": ("es", _w("Lucía María_José Nuria Pilar Aitana Rocío Montserrat Carmen Inmaculada Begoña Itziar Ainhoa"),
           _w("Javier Álvaro Íñigo Sergio Jordi Xabier Francisco_Javier Raúl Manuel Borja Joan"),
           _w("Pérez Gómez Fernández Ruiz Martínez García Navarro Iglesias Sánchez Ortega Ibáñez Castro Muñoz "
              "Delgado Puig Ferrer Etxeberria Goikoetxea Romero Vázquez Domínguez Gil Herrero Calvo Lozano "
              "de_la_Fuente García-Olmedo")),
    "ma": ("west", _w("Fatima_Zahra Khadija Salma Imane Nawal"), _w("Youssef Hamza Said Mohamed Anouar Rachid"),
           _w("El_Amrani Benali Ouali El_Idrissi Bouzid Tahiri Chakir Aït_Ouahmane")),
    "ro": ("west", _w("Andreea Ioana Elena Mihaela"), _w("Ionuț Mihai Andrei Florin Cătălin"),
           _w("Popescu Ionescu Dumitrescu Munteanu Stan Constantin")),
    "latam": ("es", _w("Yuliana Daniela Maribel Leidy"), _w("Jhon_Fredy Wilson Édgar Cristian"),
              _w("Quispe Mamani Cárdenas Restrepo Villacís Andrade Zambrano Cuesta Mosquera")),
    "br": ("br", _w("Larissa Ana_Clara Juliana Fernanda"), _w("João_Pedro Thiago Rafael Gustavo"),
           _w("Oliveira Souza Carvalho dos_Santos Ferreira Almeida Ribeiro")),
    "ua": ("west", _w("Oksana Iryna Yuliia"), _w("Taras Oleksandr Andrii"),
           _w("Shevchenko Bondarenko Kovalenko Tkachenko Melnyk")),
    "sn": ("west", _w("Aminata Fatou Awa"), _w("Mamadou Ousmane Cheikh"), _w("Diallo Ndiaye Sow Diop Fall")),
    "pt": ("west", _w("Inês Beatriz Mariana"), _w("Tiago Duarte Rui"), _w("Costa Pereira Rodrigues Martins Sousa")),
    "al": ("west", _w("Drita Arta Blerta"), _w("Arben Driton Besnik"), _w("Krasniqi Berisha Gashi Morina Hoxha")),
}

POPULATION = {
    "SE": {"sv": 40, "fi": 6, "so": 8, "ar": 10, "fa": 7, "tr": 6, "pl": 5, "bs": 5, "er": 4, "zh": 2, "in": 3, "vi": 2},
    "DE": {"de": 45, "tr": 14, "pl": 7, "ru": 7, "gr": 5, "it": 4, "ar": 8, "vi": 4, "al": 4, "fa": 2},
    "ES": {"es": 52, "ma": 10, "ro": 8, "latam": 12, "zh": 5, "br": 5, "ua": 4, "sn": 3, "pt": 2},
    "UK": {"uk": 40, "in": 12, "pk": 10, "ng": 10, "pl": 6, "zh": 5, "ie": 6, "gr": 2, "so": 3, "pt": 2},
    "AU": {"au": 38, "vi": 10, "zh": 12, "in": 10, "gr": 5, "it": 4, "lb": 6, "ph": 6, "np": 4, "uk": 4},
    "US": {"us": 40, "hisp": 18, "ko": 6, "in": 8, "zh": 6, "ng": 5, "fa": 3, "vi": 4, "et": 3, "ar": 3, "ph": 3},
}


class Person:
    def __init__(self, full, call, surname, title_surname, gender, origin, region):
        self.full, self.call, self.surname, self.tsur = full, call, surname, title_surname
        self.gender, self.origin, self.region = gender, origin, region
        self.email = None
        self.phone = None  # (text, e164)


def _pick_surname(rng, surnames, gender):
    s = rng.choice(surnames)
    if "/" in s:
        m, f = s.split("/")
        s = f if gender == "f" else m
    return s


def make_person(rng, region, origin=None):
    if origin is None:
        pop = POPULATION[region]
        origin = rng.choices(list(pop), weights=list(pop.values()))[0]
    style, fem, mal, sur = ORIGINS[origin]
    gender = rng.choice("fm")
    given = rng.choice(fem if gender == "f" else mal)
    call = given
    if ">" in given:
        given, call = given.split(">")
    s1 = _pick_surname(rng, sur, gender)
    surname, tsur, full = s1, s1, "%s %s" % (given, s1)
    if style == "es":
        s2 = _pick_surname(rng, sur, gender)
        while s2 == s1:
            s2 = _pick_surname(rng, sur, gender)
        surname = s1 + " " + s2
        full = given + " " + surname
    elif style == "br" and rng.random() < 0.5:
        s2 = _pick_surname(rng, sur, gender)
        if s2 != s1:
            surname, tsur = s1 + " " + s2, s2
            full = "%s %s" % (given, surname)
    elif style == "vi":
        full = "%s %s" % (s1, given) if rng.random() < 0.5 else "%s %s" % (call, s1)
        if not full.startswith(s1):
            given = call
    elif style == "zh" and rng.random() < 0.35 and given not in ("Michelle", "Vivian", "Winnie", "Kevin", "Jason", "Eric", "Tony"):
        full = "%s %s" % (s1, given)
    elif origin == "so" and rng.random() < 0.4:
        surname = tsur = rng.choice(mal)
        full = "%s %s" % (given, surname)
    p = Person(full, call, surname, tsur, gender, origin, region)
    p.given = given
    return p


_TRANS = {"ß": "ss", "ł": "l", "Ł": "L", "ı": "i", "đ": "d", "Đ": "D", "ø": "o", "æ": "ae", "œ": "oe"}


def ascii_fold(s, german=False):
    if german:
        s = s.replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("Ä", "Ae").replace("Ö", "Oe").replace("Ü", "Ue")
    s = "".join(_TRANS.get(c, c) for c in s)
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c))


FREEMAIL = {
    "SE": ["gmail.com", "hotmail.com", "outlook.com", "telia.com", "live.se", "icloud.com", "bredband.net", "yahoo.se"],
    "DE": ["gmx.de", "web.de", "t-online.de", "gmail.com", "posteo.de", "freenet.de", "mailbox.org", "gmx.net"],
    "ES": ["gmail.com", "hotmail.es", "yahoo.es", "outlook.es", "telefonica.net", "icloud.com"],
    "UK": ["gmail.com", "btinternet.com", "outlook.com", "yahoo.co.uk", "sky.com", "hotmail.co.uk"],
    "AU": ["bigpond.com", "gmail.com", "outlook.com.au", "optusnet.com.au", "iinet.net.au", "hotmail.com"],
    "US": ["gmail.com", "yahoo.com", "aol.com", "comcast.net", "icloud.com", "proton.me", "outlook.com"],
}


def make_email(rng, person, domain=None):
    german = person.region == "DE" and rng.random() < 0.7
    parts_given = ascii_fold(person.call, german).lower().replace(" ", "").replace("'", "")
    fam = ascii_fold(person.tsur, german).lower().replace(" ", "").replace("'", "")
    fam2 = ascii_fold(person.surname, german).lower().replace(" ", ".").replace("'", "")
    yy = rng.choice(["%02d" % rng.randint(60, 99), "%02d" % rng.randint(0, 9), str(rng.randint(1, 99)), str(rng.randint(1965, 2004))])
    if domain:
        pat = rng.choice(["{g}.{f}", "{g}.{f}", "{i}{f}", "{g}", "{f}.{g}", "{i}.{f}"])
    else:
        pat = rng.choice(["{g}.{f}", "{g}{f}", "{g}_{f}", "{g}.{f}{y}", "{g}{y}", "{i}{f}{y}", "{f}.{g}", "{g}-{f}",
                          "{g}.{F}", "{g}{i2}{y}"])
    local = pat.format(g=parts_given, f=fam, F=fam2, i=parts_given[:1], y=yy, i2=fam[:1])
    local = re.sub(r"[^a-z0-9._+-]", "", local).strip(".")
    if not domain:
        domain = rng.choice(FREEMAIL[person.region])
    return local + "@" + domain


# ---------------------------------------------------------------------------
# value generators (valid by construction)
# ---------------------------------------------------------------------------

def digits(rng, n, first="0123456789"):
    return rng.choice(first) + "".join(rng.choice("0123456789") for _ in range(n - 1)) if n else ""


def gen_phone(rng, country, kind=None):
    """-> (display text, E.164, 'mobile'|'landline')."""
    kind = kind or ("mobile" if rng.random() < 0.65 else "landline")
    c = country
    if c == "SE":
        if kind == "mobile":
            n = "7" + rng.choice("02369") + digits(rng, 7)
            a, b, c2, d = n[:2], n[2:5], n[5:7], n[7:9]
            fmt = rng.choice(["0{a}-{b} {c} {d}", "0{a} {b} {c} {d}", "0{a}{b}{c}{d}", "0{a}-{b}{c}{d}",
                              "+46 {a} {b} {c} {d}", "+46{a}{b}{c}{d}", "+46 (0){a}-{b} {c} {d}", "0046 {a}-{b} {c} {d}",
                              "+46 {a}-{b} {c} {d}", "0{a}-{b}{c} {d}"])
            return fmt.format(a=a, b=b, c=c2, d=d), "+46" + n, kind
        area, rest = rng.choice([("8", 7), ("31", 6), ("40", 6), ("18", 6), ("13", 6), ("90", 6), ("8", 8)])
        sub = digits(rng, rest, "1234567")
        if rest == 8:
            grp = "%s %s %s" % (sub[:3], sub[3:6], sub[6:])
        elif rest == 7:
            grp = "%s %s %s" % (sub[:3], sub[3:5], sub[5:])
        else:
            grp = "%s %s %s" % (sub[:2], sub[2:4], sub[4:])
        fmt = rng.choice(["0{a}-{g}", "0{a}-{g}", "0{a} {g}", "+46 {a} {g}", "+46 (0){a} {g}", "0{a}-{s}"])
        return fmt.format(a=area, g=grp, s=sub), "+46" + area + sub, kind
    if c == "DE":
        if kind == "mobile":
            pre = rng.choice(["151", "152", "157", "160", "162", "170", "171", "172", "173", "175", "176", "177", "178", "179"])
            sub = digits(rng, rng.choice([7, 8]), "123456789")
            fmt = rng.choice(["0{p} {s}", "0{p}/{s}", "0{p}-{s}", "+49 {p} {s}", "+49 (0){p} {s1} {s2}", "0049 {p} {s}",
                              "+49{p}{s}", "0{p} {s1} {s2}", "+49 {p} {s1} {s2}"])
            return fmt.format(p=pre, s=sub, s1=sub[:4], s2=sub[4:]), "+49" + pre + sub, kind
        area, n = rng.choice([("30", 8), ("89", 8), ("40", 7), ("221", 7), ("69", 8), ("711", 7), ("351", 7), ("341", 7), ("911", 7)])
        sub = digits(rng, n, "23456789")
        fmt = rng.choice(["0{a} {s}", "(0{a}) {s1} {s2}", "0{a}/{s}", "0{a}/{s0}-{dw}", "+49 {a} {s}", "+49 (0){a} {s}",
                          "0049 {a} {s}", "0{a}-{s}", "+49 {a} {s0}-{dw}"])
        return (fmt.format(a=area, s=sub, s1=sub[:4], s2=sub[4:], s0=sub[:-3], dw=sub[-3:]), "+49" + area + sub, kind)
    if c == "ES":
        if kind == "mobile":
            n = "6" + digits(rng, 8) if rng.random() < 0.8 else "7" + rng.choice("1234") + digits(rng, 7)
        else:
            n = rng.choice(["91", "93", "96", "95", "94"]) + digits(rng, 7, "1234567")
        fmt = rng.choice(["{a} {b} {c} {d}", "{n}", "{a3} {b3} {c3}", "+34 {a3} {b3} {c3}", "+34 {n}", "0034 {a} {b} {c} {d}",
                          "(+34) {a3} {b3} {c3}", "+34 {a3}-{b3}-{c3}", "{a3}.{b3}.{c3}"])
        if n[0] == "9" and rng.random() < 0.6:
            fmt = rng.choice(["{x} {y} {z} {w}", "+34 {x} {y} {z} {w}"])
        return fmt.format(n=n, a=n[:3], b=n[3:5], c=n[5:7], d=n[7:], a3=n[:3], b3=n[3:6], c3=n[6:],
                          x=n[:2], y=n[2:5], z=n[5:7], w=n[7:]), "+34" + n, kind
    if c == "UK":
        if kind == "mobile":
            n = "7" + rng.choice("13456789") + digits(rng, 8)
            fmt = rng.choice(["0{a} {b}", "0{a} {b1} {b2}", "+44 {a} {b}", "+44 (0){a} {b}", "0{a}-{b1}-{b2}", "0044 {a} {b}",
                              "+44 (0) {a} {b1} {b2}", "0{a}{b}", "+44{a}{b}"])
            return fmt.format(a=n[:4], b=n[4:], b1=n[4:7], b2=n[7:]), "+44" + n, kind
        area, n = rng.choice([("20", 8), ("161", 7), ("113", 7), ("121", 7), ("131", 7), ("141", 7), ("117", 7), ("29", 8), ("1632", 6)])
        sub = digits(rng, n, "2345789")
        if n == 8:
            g = "%s %s" % (sub[:4], sub[4:])
        elif n == 7:
            g = "%s %s" % (sub[:3], sub[3:])
        else:
            g = sub
        fmt = rng.choice(["0{a} {g}", "+44 (0){a} {g}", "+44 {a} {g}", "(0{a}) {g}", "0{a} {g}", "+44 (0) {a} {g}"])
        return fmt.format(a=area, g=g), "+44" + area + sub, kind
    if c == "AU":
        if kind == "mobile":
            n = "4" + digits(rng, 8)
            fmt = rng.choice(["0{a} {b} {c}", "0{a}{b}{c}", "+61 {a} {b} {c}", "+61 4 {x} {y}", "04{x8}", "0{a}-{b}-{c}",
                              "+61 (0){a} {b} {c}", "0{a} {b}{c}", "04 {x} {y}"])
            return fmt.format(a=n[:3], b=n[3:6], c=n[6:], x=n[1:5], y=n[5:], x8=n[1:]), "+61" + n, kind
        area = rng.choice("2378")
        sub = digits(rng, 8, "3456789")
        fmt = rng.choice(["(0{a}) {s1} {s2}", "0{a} {s1} {s2}", "+61 {a} {s1} {s2}", "0{a}-{s1}-{s2}", "(0{a}) {s}"])
        return fmt.format(a=area, s=sub, s1=sub[:4], s2=sub[4:]), "+61" + area + sub, kind
    if c == "US":
        area = rng.choice(["212", "415", "312", "617", "206", "512", "303", "404", "713", "305", "718", "202", "646", "971", "612", "510", "909"])
        ex = rng.choice("23456789") + digits(rng, 2)
        while ex == "555":
            ex = rng.choice("23456789") + digits(rng, 2)
        ln = digits(rng, 4)
        fmt = rng.choice(["({a}) {e}-{l}", "{a}-{e}-{l}", "{a}.{e}.{l}", "+1 {a} {e} {l}", "+1 ({a}) {e}-{l}", "1-{a}-{e}-{l}",
                          "{a}{e}{l}", "+1-{a}-{e}-{l}", "({a}){e}-{l}"])
        return fmt.format(a=area, e=ex, l=ln), "+1" + area + ex + ln, kind
    raise ValueError(c)


def phone_alt_format(e164):
    """A different rendering of the same number for `known.phone`."""
    k = 2 if e164.startswith("+1") else 3
    return e164[:k] + " " + e164[k:]


def gen_card(rng, brand=None):
    brand = brand or rng.choices(["visa", "mastercard", "amex", "discover"], weights=[45, 35, 12, 8])[0]
    if brand == "visa":
        p, n = "4" + digits(rng, 5), 16
    elif brand == "mastercard":
        p = str(rng.randint(51, 55)) if rng.random() < 0.7 else str(rng.randint(2221, 2720))
        n = 16
    elif brand == "amex":
        p, n = rng.choice(["34", "37"]), 15
    else:
        p, n = rng.choice(["6011", "65", str(rng.randint(644, 649))]), 16
    d = luhn_complete(p + digits(rng, n - len(p) - 1))
    assert card_brand(d) == brand
    return d, brand


def fmt_card(rng, d, sep=None):
    sep = rng.choice([" ", " ", "-", ""]) if sep is None else sep
    if len(d) == 15:
        g = [d[:4], d[4:10], d[10:]]
    else:
        g = [d[i:i + 4] for i in range(0, len(d), 4)]
    return sep.join(g), g


def luhn_invalid_16(rng):
    while True:
        d = rng.choice("45") + digits(rng, 15)
        if not luhn_ok(d):
            return d


def gen_iban(rng, cc):
    if cc == "SE":
        bban = rng.choice(["500", "800", "300", "600", "900", "957"]) + digits(rng, 17)
    elif cc == "DE":
        bban = rng.choice(["10010010", "37040044", "50010517", "20041133", "70020270", "12030000", "43060967", "76050101"]) + digits(rng, 10)
    elif cc == "GB":
        bban = rng.choice(["NWBK", "BARC", "LOYD", "HBUK", "MIDL", "MONZ", "SRLG"]) + digits(rng, 14)
    elif cc == "IE":
        bban = rng.choice(["AIBK", "BOFI", "IPBS"]) + digits(rng, 14)
    elif cc == "ES":
        bank, branch, acct = rng.choice(["2100", "0049", "0182", "2085", "0081", "1465"]), digits(rng, 4), digits(rng, 10)
        bban = bank + branch + str(es_dc("00" + bank + branch)) + str(es_dc(acct)) + acct
    elif cc == "FR":
        bank, branch, acct = rng.choice(["30004", "20041", "30003", "10278", "16606"]), digits(rng, 5), digits(rng, 11)
        bban = bank + branch + acct + "%02d" % fr_rib_key(bank, branch, acct)
    elif cc == "NL":
        while True:
            acct = "0" + digits(rng, 9, "123456789")
            if nl_elf_ok(acct):
                break
        bban = rng.choice(["ABNA", "RABO", "INGB", "SNSB", "TRIO"]) + acct
    elif cc == "BE":
        first = digits(rng, 10)
        bban = first + "%02d" % (int(first) % 97 or 97)
    elif cc == "NO":
        while True:
            first = digits(rng, 10, "123456789")
            ch = no_check(first)
            if ch is not None:
                break
        bban = first + str(ch)
    elif cc == "AT":
        bban = rng.choice(["20111", "12000", "32000", "14000"]) + digits(rng, 11)
    else:
        raise ValueError(cc)
    iban = cc + iban_check(cc, bban) + bban
    assert len(iban) == IBAN_LEN[cc] and iban_valid(iban), iban
    return iban


def fmt_iban(rng, iban, style=None):
    style = style or rng.choices(["groups", "compact", "lower_groups"], weights=[70, 25, 5])[0]
    if style == "compact":
        return iban
    g = " ".join(iban[i:i + 4] for i in range(0, len(iban), 4))
    return g.lower() if style == "lower_groups" else g


def invalid_iban(rng, cc):
    iban = gen_iban(rng, cc)
    bad = iban[:2] + "%02d" % ((int(iban[2:4]) + rng.randint(1, 9)) % 100) + iban[4:]
    if iban_mod97_ok(bad):
        bad = iban[:-1] + str((int(iban[-1]) + 1) % 10)
    assert not iban_mod97_ok(bad)
    return bad


def rand_date(rng, y0, y1):
    start = datetime.date(y0, 1, 1).toordinal()
    end = datetime.date(y1, 12, 31).toordinal()
    return datetime.date.fromordinal(rng.randint(start, end))


def gen_pnr(rng, birth=None, samordning=False):
    birth = birth or rand_date(rng, 1940, 2006)
    day = birth.day + (60 if samordning else 0)
    core = "%02d%02d%02d" % (birth.year % 100, birth.month, day) + digits(rng, 3)
    ten = luhn_complete(core)
    sep = "+" if birth.year < 1926 else "-"
    style = rng.choice(["short", "short", "long_dash", "long", "long_dash"])
    if style == "short":
        return ten[:6] + sep + ten[6:]
    cent = str(birth.year)[:2]
    return cent + ten[:6] + ("-" if style == "long_dash" else "") + ten[6:]


def gen_tfn(rng):
    while True:
        d = digits(rng, 8, "123456789")
        s = sum(int(a) * b for a, b in zip(d, TFN_W))
        last = s % 11
        if last < 10 and tfn_ok(d + str(last)):
            d += str(last)
            return rng.choice(["%s %s %s" % (d[:3], d[3:6], d[6:]), d, "%s-%s-%s" % (d[:3], d[3:6], d[6:])])


def gen_abn(rng):
    while True:
        rest = digits(rng, 9)
        for first in range(10, 100):
            d = str(first) + rest
            if abn_ok(d):
                return rng.choice(["%s %s %s %s" % (d[:2], d[2:5], d[5:8], d[8:]), d])


def gen_medicare(rng):
    d = rng.choice("23456") + digits(rng, 7)
    d += str(sum(int(a) * b for a, b in zip(d, MEDICARE_W)) % 10) + rng.choice("123456789")
    assert medicare_ok(d)
    return rng.choice(["%s %s %s" % (d[:4], d[4:9], d[9]), d, "%s %s %s" % (d[:4], d[4:9], d[9])])


def gen_nino(rng):
    while True:
        a, b = rng.choice("ABCEGHJKLMNOPRSTWXYZ"), rng.choice("ABCEGHJKLMNPRSTWXYZ")
        if a + b not in NINO_BAD_PREFIX:
            break
    d = digits(rng, 6)
    s = a + b + d + rng.choice("ABCD")
    return rng.choice([s, "%s %s %s %s %s" % (s[:2], d[:2], d[2:4], d[4:], s[-1]), s.lower() if rng.random() < 0.1 else s])


def gen_nhs(rng):
    while True:
        d = digits(rng, 9, "123456789")
        r = 11 - sum(int(a) * b for a, b in zip(d, NHS_W)) % 11
        r = 0 if r == 11 else r
        if r != 10:
            d += str(r)
            return rng.choice(["%s %s %s" % (d[:3], d[3:6], d[6:]), d, "%s-%s-%s" % (d[:3], d[3:6], d[6:])])


def gen_dni(rng):
    n = digits(rng, 8, "0123456789")
    s = n + DNI_LETTERS[int(n) % 23]
    return rng.choice([s, s, "%s.%s.%s-%s" % (n[:2], n[2:5], n[5:], s[-1]), n + "-" + s[-1], n + " " + s[-1]])


def gen_nie(rng):
    p = rng.choice("XYZ")
    n = digits(rng, 7)
    s = p + n + DNI_LETTERS[int(str("XYZ".index(p)) + n) % 23]
    return rng.choice([s, s, "%s-%s-%s" % (p, n, s[-1])])


def gen_ssn(rng):
    while True:
        a = rng.randint(1, 899)
        if a != 666:
            break
    g, n = rng.randint(1, 99), rng.randint(1, 9999)
    return rng.choice(["%03d-%02d-%04d" % (a, g, n), "%03d-%02d-%04d" % (a, g, n), "%03d %02d %04d" % (a, g, n), "%03d%02d%04d" % (a, g, n)])


def gen_steuer_id(rng):
    while True:
        d = digits(rng, 10, "123456789")
        for c in "0123456789":
            if steuer_id_ok(d + c):
                d += c
                return rng.choice(["%s %s %s %s" % (d[:2], d[2:5], d[5:8], d[8:]), d, d])


NATID_GEN = {"se_personnummer": gen_pnr, "se_samordningsnummer": lambda r: gen_pnr(r, samordning=True),
             "au_tfn": gen_tfn, "au_abn": gen_abn, "au_medicare": gen_medicare, "uk_nino": gen_nino, "uk_nhs": gen_nhs,
             "es_dni": gen_dni, "es_nie": gen_nie, "us_ssn": gen_ssn, "de_steuer_id": gen_steuer_id}


def gen_ipv4(rng):
    while True:
        a = rng.choice([31, 46, 62, 77, 78, 79, 80, 81, 82, 83, 84, 85, 86, 87, 88, 89, 90, 91, 92, 93, 94, 95, 109, 130,
                        141, 145, 151, 176, 178, 185, 188, 193, 194, 195, 212, 213, 217, 24, 50, 66, 73, 98, 104, 121,
                        124, 139, 150, 203, 220, 49, 58, 101, 110, 120])
        ip = "%d.%d.%d.%d" % (a, rng.randint(0, 255), rng.randint(0, 255), rng.randint(1, 254))
        if ipaddress.ip_address(ip).is_global:
            return ip


def gen_ipv6(rng):
    pre = rng.choice(["2a02:aa1", "2a01:4f8", "2001:9b1", "2a00:801", "2003:e6", "2a0a:a540", "2600:1700", "2601:647",
                      "2405:6e00", "2001:8003", "2a02:c7c", "2a01:cb00", "2800:810", "2c0f:f7a8"])
    groups = ["%x" % rng.randint(0, 0xffff) for _ in range(8 - len(pre.split(":")))]
    full = pre.split(":") + groups
    style = rng.choice(["full", "compressed", "compressed", "zeros"])
    if style == "compressed":
        k = rng.randint(3, 5)
        return ":".join(full[:k]) + "::" + ":".join(full[-rng.randint(1, 2):])
    if style == "zeros":
        return ":".join("%04x" % int(g, 16) for g in full)
    return ":".join(full)


def b64u(b):
    return base64.urlsafe_b64encode(b).rstrip(b"=").decode()


ALNUM = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789"


def rstr(rng, n, alphabet=ALNUM):
    return "".join(rng.choice(alphabet) for _ in range(n))


def gen_jwt(rng, issuer="auth"):
    alg = rng.choice(["HS256", "RS256", "ES256"])
    hdr = {"alg": alg, "typ": "JWT"}
    if alg != "HS256":
        hdr["kid"] = rstr(rng, 8, "abcdef0123456789")
    now = 1795000000 + rng.randint(0, 9000000)
    pl = {"sub": str(rng.randint(10000, 9999999)), "iss": "https://%s.%s" % (issuer, rng.choice(["example.net", "id.local", "login.app"])),
          "iat": now, "exp": now + 3600, "scope": rng.choice(["read write", "tickets:read", "admin"])}
    sig = bytes(rng.getrandbits(8) for _ in range(32 if alg == "HS256" else 64))
    return ".".join([b64u(json.dumps(hdr, separators=(",", ":")).encode()), b64u(json.dumps(pl, separators=(",", ":")).encode()), b64u(sig)])


def gen_pem(rng):
    kind = rng.choice(["EC PRIVATE KEY", "EC PRIVATE KEY", "OPENSSH PRIVATE KEY", "OPENSSH PRIVATE KEY", "PRIVATE KEY", "RSA PRIVATE KEY"])
    if kind == "EC PRIVATE KEY":
        body = base64.b64encode(bytes.fromhex("30770201010420") + bytes(rng.getrandbits(8) for _ in range(114))).decode()
    elif kind == "OPENSSH PRIVATE KEY":
        body = base64.b64encode(b"openssh-key-v1\x00\x00\x00\x00\x04none\x00\x00\x00\x04none\x00\x00\x00\x00\x00\x00\x00\x01\x00\x00\x003\x00\x00\x00\x0bssh-ed25519"
                                + bytes(rng.getrandbits(8) for _ in range(260))).decode()
    elif kind == "PRIVATE KEY":
        body = base64.b64encode(bytes.fromhex("308204bd020100300d06092a864886f70d0101010500048204a7") + bytes(rng.getrandbits(8) for _ in range(330))).decode()
    else:
        body = base64.b64encode(bytes.fromhex("3082025c02010002818100") + bytes(rng.getrandbits(8) for _ in range(560))).decode()
    lines = [body[i:i + (70 if kind == "OPENSSH PRIVATE KEY" else 64)] for i in range(0, len(body), 70 if kind == "OPENSSH PRIVATE KEY" else 64)]
    return "-----BEGIN %s-----\n%s\n-----END %s-----" % (kind, "\n".join(lines), kind)


def gen_secret(rng, kind):
    """Raw secret string of a given kind."""
    if kind == "aws_access_key_id":
        return rng.choice(["AKIA", "ASIA"]) + rstr(rng, 16, "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567")
    if kind == "aws_secret_key":
        return rstr(rng, 40, ALNUM + "/+")
    if kind == "github_pat":
        return "ghp_" + rstr(rng, 36)
    if kind == "github_fine":
        return "github_pat_11" + rstr(rng, 20, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789") + "_" + rstr(rng, 59)
    if kind == "github_app":
        return rng.choice(["ghs_", "gho_"]) + rstr(rng, 36)
    if kind == "gitlab_pat":
        return "glpat-" + rstr(rng, 20, ALNUM + "_-")
    if kind == "slack_bot":
        return "%s-%s-%s-%s" % (rng.choice(["xoxb", "xoxp"]), digits(rng, 12, "123456789"), digits(rng, 13, "123456789"), rstr(rng, 24))
    if kind == "stripe_live":
        return rng.choice(["sk_live_", "rk_live_"]) + rstr(rng, rng.choice([24, 34, 99]))
    if kind == "stripe_whsec":
        return "whsec_" + rstr(rng, 32)
    if kind == "openai":
        return rng.choice(["sk-proj-" + rstr(rng, 64, ALNUM + "_-"), "sk-" + rstr(rng, 20) + "T3BlbkFJ" + rstr(rng, 20)])
    if kind == "google_api":
        return "AIza" + rstr(rng, 35, ALNUM + "_-")
    if kind == "sendgrid":
        return "SG." + rstr(rng, 22, ALNUM + "_-") + "." + rstr(rng, 43, ALNUM + "_-")
    if kind == "npm":
        return "npm_" + rstr(rng, 36)
    if kind == "twilio_token":
        return rstr(rng, 32, "0123456789abcdef")
    if kind == "azure_key":
        return base64.b64encode(bytes(rng.getrandbits(8) for _ in range(64))).decode()
    if kind == "jwt":
        return gen_jwt(rng)
    if kind == "pem":
        return gen_pem(rng)
    raise ValueError(kind)


PASSWORDS_BASE = ["Sommar", "Vinter", "Kalle", "Bamse", "Fussball", "Schatzi", "Hamburg", "Barcelona", "Tortilla", "Sevilla",
                  "Liverpool", "Arsenal", "Kangaroo", "Bondi", "Yankees", "Dragon", "Pumpkin", "Sunshine", "Mango", "Lejon",
                  "Kebab", "Familie", "Mallorca", "Charlie", "Ninja", "Tiger", "Rosa", "Frühling", "Maceta", "Björn"]


def gen_password(rng):
    style = rng.random()
    if style < 0.45:
        return rng.choice(PASSWORDS_BASE) + str(rng.choice([rng.randint(1, 99), rng.randint(1960, 2026)])) + rng.choice(["!", "#", "", "?", "$", "*"])
    if style < 0.75:
        return rstr(rng, rng.randint(10, 16), ALNUM + "!#%&*+-=?@^_")
    if style < 0.9:
        return "-".join(rng.choice(["correct", "horse", "battery", "staple", "blue", "vaca", "gato", "hund", "katt", "moln", "regen"]) for _ in range(3)) + str(rng.randint(1, 9))
    return rng.choice(["Tr0ub4dor&3", "P@ssw0rd2026", "Qwerty!234", "Lösen0rd#1", "Contraseña2026", "Passwort!123", "letmein&99"])


# ---------------------------------------------------------------------------
# postal addresses (street + number (+ unit) + postcode + city (+ state)), as lines
# ---------------------------------------------------------------------------

AU_STREETS = ["Smith St", "Bellbird Cres", "Parramatta Rd", "Chapel Street", "Wattle Avenue", "Gympie Road", "Beach Rd",
              "Hopkins Street", "Kingsway", "Oxley Ave", "Barkly Street", "Canning Hwy", "Magill Road", "Jacaranda Drive",
              "Lygon St", "Boundary Rd", "Military Road", "Banksia Pde"]
AU_SUBURBS = [("Marrickville", "NSW", "2204"), ("Cabramatta", "NSW", "2166"), ("Parramatta", "NSW", "2150"), ("Footscray", "VIC", "3011"),
              ("Box Hill", "VIC", "3128"), ("Springvale", "VIC", "3171"), ("Sunnybank", "QLD", "4109"), ("Toowong", "QLD", "4066"),
              ("Joondalup", "WA", "6027"), ("Mirrabooka", "WA", "6061"), ("Glenelg", "SA", "5045"), ("Belconnen", "ACT", "2617"),
              ("Sandy Bay", "TAS", "7005"), ("Darwin City", "NT", "0800"), ("Lakemba", "NSW", "2195"), ("Fairfield", "NSW", "2165")]
UK_STREETS = ["Kings Road", "Meadow Close", "Albion Terrace", "Stockport Road", "Canal Street", "Victoria Avenue", "Church Lane",
              "Chapel Street", "Wellington Road", "Coronation Street", "Mill Lane", "Beechwood Drive", "Harrow Road", "Leith Walk",
              "Cowbridge Road East", "Soho Road", "Green Lane"]
UK_TOWNS = [("London", "SW3"), ("London", "E17"), ("London", "N15"), ("Leeds", "LS6"), ("Manchester", "M14"), ("Birmingham", "B21"),
            ("Glasgow", "G41"), ("Edinburgh", "EH6"), ("Cardiff", "CF11"), ("Bristol", "BS5"), ("Leicester", "LE4"), ("Bradford", "BD8"),
            ("Sheffield", "S11"), ("Nottingham", "NG7"), ("Belfast", "BT9"), ("Luton", "LU2")]
SE_STREETS = ["Storgatan", "Drottninggatan", "Björkvägen", "Kvarngatan", "Tallstigen", "Östra Hamngatan", "Sveavägen", "Ringvägen",
              "Götgatan", "Vasagatan", "Råbyvägen", "Norra Vallgatan", "Hjalmar Brantingsgatan", "Bergsjövägen", "Rinkebysvängen",
              "Möllevångsgatan", "Trädgårdsgatan"]
SE_CITIES = [("Stockholm", "11"), ("Stockholm", "12"), ("Spånga", "163"), ("Göteborg", "41"), ("Göteborg", "415"), ("Malmö", "21"),
             ("Uppsala", "75"), ("Västerås", "72"), ("Örebro", "70"), ("Linköping", "58"), ("Umeå", "90"), ("Södertälje", "15"),
             ("Tumba", "147"), ("Borlänge", "78"), ("Lund", "22")]
DE_STREETS = ["Hauptstr.", "Lindenallee", "Am Mühlbach", "Karl-Marx-Straße", "Bergstraße", "Schillerplatz", "Goethestr.",
              "Kölner Straße", "Sonnenallee", "Am Lindenhof", "Bahnhofstraße", "Weidenweg", "Ostendstr.", "Münchener Str.",
              "Große Bergstraße", "Auf dem Höchsten", "Theodor-Heuss-Ring"]
DE_CITIES = [("10115", "Berlin"), ("12043", "Berlin"), ("50667", "Köln"), ("80331", "München"), ("20095", "Hamburg"), ("22765", "Hamburg"),
             ("04109", "Leipzig"), ("70173", "Stuttgart"), ("90402", "Nürnberg"), ("44135", "Dortmund"), ("28195", "Bremen"),
             ("60311", "Frankfurt am Main"), ("01067", "Dresden"), ("45127", "Essen"), ("68159", "Mannheim"), ("33602", "Bielefeld")]
ES_STREETS = ["C/ Mayor", "Calle de Alcalá", "Avda. de la Constitución", "Plaza del Pilar", "Carrer de Sants", "Calle Real",
              "Avenida de Andalucía", "C/ San Vicente", "Calle Larios", "Paseo de Gràcia", "Ronda de Toledo", "C/ Doctor Fleming",
              "Camino de los Vinateros", "Carrer de Mallorca", "Calle Ercilla", "Avda. Blasco Ibáñez"]
ES_CITIES = [("28013", "Madrid"), ("28009", "Madrid"), ("28030", "Madrid"), ("08014", "Barcelona"), ("08037", "Barcelona"),
             ("41001", "Sevilla"), ("46002", "València"), ("46021", "Valencia"), ("48001", "Bilbao"), ("29005", "Málaga"),
             ("50001", "Zaragoza"), ("30001", "Murcia"), ("03001", "Alicante"), ("15001", "A Coruña"), ("35002", "Las Palmas de Gran Canaria")]
ES_UNITS = ["3º izq.", "2ºB", "1º dcha.", "bajo", "4º 2ª", "ático", "5º A", "entlo. 1ª", "2º C", "esc. B, 3º 1ª", "4t 2a"]
US_STREETS = ["Maple Ave", "Hudson St", "Wilshire Blvd", "Elm Street", "Martin Luther King Jr Blvd", "Ocean Pkwy", "N Broadway",
              "Peachtree St NE", "W 38th St", "Lake Shore Dr", "Mission St", "SE Division St", "Bissonnet St", "Cedar Ln"]
US_CITIES = [("Springfield", "IL", "62704"), ("Hoboken", "NJ", "07030"), ("Los Angeles", "CA", "90010"), ("Austin", "TX", "78701"),
             ("Brooklyn", "NY", "11230"), ("Atlanta", "GA", "30308"), ("Chicago", "IL", "60640"), ("San Francisco", "CA", "94110"),
             ("Portland", "OR", "97202"), ("Houston", "TX", "77005"), ("Seattle", "WA", "98118"), ("Minneapolis", "MN", "55407"),
             ("Queens", "NY", "11373"), ("Miami", "FL", "33135")]


def uk_postcode(rng, district):
    return "%s %d%s" % (district, rng.randint(1, 9), rng.choice("ABDEFGHJLNPQRSTUWXYZ") + rng.choice("ABDEFGHJLNPQRSTUWXYZ"))


def se_postcode(rng, pre):
    d = pre + digits(rng, 5 - len(pre))
    return d[:3] + " " + d[3:]


def gen_address(rng, country, business=False):
    """-> list of lines (street line(s), postcode/city line)."""
    if country == "AU":
        sub, st, pc = rng.choice(AU_SUBURBS)
        r = rng.random()
        num = rng.randint(1, 240)
        if business:
            street = "Level %d, %d %s" % (rng.randint(1, 12), num, rng.choice(AU_STREETS))
        elif r < 0.25:
            street = "Unit %d/%d %s" % (rng.randint(1, 30), num, rng.choice(AU_STREETS))
        elif r < 0.4:
            street = "%d/%d %s" % (rng.randint(1, 30), num, rng.choice(AU_STREETS))
        elif r < 0.5:
            street = "PO Box %d" % rng.randint(100, 9999)
        else:
            street = "%d %s" % (num, rng.choice(AU_STREETS))
        return [street, "%s %s %s" % (sub.upper() if rng.random() < 0.3 else sub, st, pc)]
    if country == "UK":
        town, dist = rng.choice(UK_TOWNS)
        pc = uk_postcode(rng, dist)
        r = rng.random()
        st = rng.choice(UK_STREETS)
        if business:
            lines = ["Unit %d, %s Business Park" % (rng.randint(1, 40), rng.choice(["Thornbury", "Meridian", "Riverside"])), "%d %s" % (rng.randint(1, 200), st)]
        elif r < 0.3:
            lines = ["Flat %d, %d %s" % (rng.randint(1, 12), rng.randint(1, 220), st)]
        elif r < 0.4:
            lines = ["Flat %d%s" % (rng.randint(1, 9), rng.choice("ABC")), "%s House" % rng.choice(["Mill", "Alder", "Keir Hardie", "Wren"]), "%d %s" % (rng.randint(1, 90), st)]
        else:
            lines = ["%d %s" % (rng.randint(1, 220), st)]
        if rng.random() < 0.5:
            return lines + [town.upper() if rng.random() < 0.5 else town, pc]
        return lines + ["%s %s" % (town, pc)]
    if country == "SE":
        city, pre = rng.choice(SE_CITIES)
        r = rng.random()
        num = "%d%s" % (rng.randint(1, 80), rng.choice(["", "", "", " A", " B", "C"]))
        if r < 0.12 and not business:
            street = "Box %d" % rng.randint(100, 9999)
        elif r < 0.35 and not business:
            street = "%s %s lgh %d" % (rng.choice(SE_STREETS), num, rng.randint(1001, 1604))
        else:
            street = "%s %s" % (rng.choice(SE_STREETS), num)
        lines = [street]
        if rng.random() < 0.08 and not business:
            lines = ["c/o %s" % rng.choice(["Lindqvist", "Warsame", "Hodžić", "Nyström"])] + lines
        return lines + ["%s %s" % (se_postcode(rng, pre), city.upper() if rng.random() < 0.3 else city)]
    if country == "DE":
        pc, city = rng.choice(DE_CITIES)
        r = rng.random()
        num = "%d%s" % (rng.randint(1, 180), rng.choice(["", "", "", "a", "b", " a", "-3"]))
        if r < 0.08 and not business:
            return ["Postfach %s %s %s" % (digits(rng, 2, "123456789"), digits(rng, 2), digits(rng, 2)), "%s %s" % (pc, city)]
        street = "%s %s" % (rng.choice(DE_STREETS), num)
        lines = [street]
        if r < 0.2 and not business:
            lines.append(rng.choice(["Hinterhaus, 3. OG", "c/o Familie Arslan", "Whg. 12", "2. Etage links"]))
        return lines + ["%s %s" % (pc, city)]
    if country == "ES":
        pc, city = rng.choice(ES_CITIES)
        num = rng.randint(1, 220)
        r = rng.random()
        if r < 0.08 and not business:
            return ["Apartado de Correos %d" % rng.randint(100, 9999), "%s %s" % (pc, city)]
        st = rng.choice(ES_STREETS)
        if business:
            street = "%s %d, planta %d" % (st, num, rng.randint(1, 9))
        elif r < 0.7:
            street = "%s %d, %s" % (st, num, rng.choice(ES_UNITS))
        else:
            street = "%s, %d %s" % (st, num, rng.choice(ES_UNITS))
        tail = "%s %s" % (pc, city)
        if rng.random() < 0.25:
            tail += " (%s)" % {"València": "Valencia", "Las Palmas de Gran Canaria": "Las Palmas"}.get(city, city)
        return [street, tail]
    if country == "US":
        city, st, z = rng.choice(US_CITIES)
        if rng.random() < 0.2:
            z += "-%04d" % rng.randint(1, 9999)
        r = rng.random()
        if business:
            street = "%d %s, Suite %d" % (rng.randint(100, 9999), rng.choice(US_STREETS), rng.randint(100, 1200))
        elif r < 0.1:
            street = "PO Box %d" % rng.randint(10, 9999)
        elif r < 0.45:
            street = "%d %s %s" % (rng.randint(1, 9999), rng.choice(US_STREETS), rng.choice(["Apt %d%s" % (rng.randint(1, 30), rng.choice("ABCDR")), "#%d" % rng.randint(2, 40), "Unit %d" % rng.randint(1, 20)]))
        else:
            street = "%d %s" % (rng.randint(1, 9999), rng.choice(US_STREETS))
        return [street, "%s, %s %s" % (city, st, z)]
    raise ValueError(country)


def join_address(rng, lines, multiline, country):
    if multiline:
        return "\n".join(lines)
    if country == "UK" and len(lines) >= 3 and rng.random() < 0.5:
        return ", ".join(lines)
    return ", ".join(lines)


# ---------------------------------------------------------------------------
# dates
# ---------------------------------------------------------------------------

MONTHS = {
    "en": "January February March April May June July August September October November December".split(),
    "sv": "januari februari mars april maj juni juli augusti september oktober november december".split(),
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember".split(),
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split(),
}
WEEKDAYS = {
    "en": "Mon Tue Wed Thu Fri Sat Sun".split(), "sv": "mån tis ons tors fre lör sön".split(),
    "de": "Mo. Di. Mi. Do. Fr. Sa. So.".split(), "es": "lun mar mié jue vie sáb dom".split(),
}


def fmt_date(rng, d, lang, region, style=None):
    """A locale-typical rendering of a date."""
    if lang == "en":
        opts = ["%d/%02d/%d" % (d.month, d.day, d.year), "%s %d, %d" % (MONTHS["en"][d.month - 1], d.day, d.year),
                "%d/%d/%d" % (d.month, d.day, d.year), "%d-%02d-%02d" % (d.year, d.month, d.day)] if region == "US" else \
               ["%02d/%02d/%d" % (d.day, d.month, d.year), "%d %s %d" % (d.day, MONTHS["en"][d.month - 1], d.year),
                "%d %s %d" % (d.day, MONTHS["en"][d.month - 1][:3], d.year), "%d/%d/%d" % (d.day, d.month, d.year),
                "%d-%02d-%02d" % (d.year, d.month, d.day), "%02d.%02d.%d" % (d.day, d.month, d.year),
                "%d%s %s %d" % (d.day, {1: "st", 2: "nd", 3: "rd", 21: "st", 22: "nd", 23: "rd", 31: "st"}.get(d.day, "th"), MONTHS["en"][d.month - 1], d.year)]
    elif lang == "sv":
        opts = ["%d-%02d-%02d" % (d.year, d.month, d.day), "%d-%02d-%02d" % (d.year, d.month, d.day),
                "%d %s %d" % (d.day, MONTHS["sv"][d.month - 1], d.year), "%d/%d %d" % (d.day, d.month, d.year)]
    elif lang == "de":
        opts = ["%02d.%02d.%d" % (d.day, d.month, d.year), "%02d.%02d.%d" % (d.day, d.month, d.year),
                "%d. %s %d" % (d.day, MONTHS["de"][d.month - 1], d.year), "%d.%d.%d" % (d.day, d.month, d.year)]
    else:
        opts = ["%02d/%02d/%d" % (d.day, d.month, d.year), "%d de %s de %d" % (d.day, MONTHS["es"][d.month - 1], d.year),
                "%02d-%02d-%d" % (d.day, d.month, d.year), "%d/%d/%d" % (d.day, d.month, d.year)]
    return opts[style % len(opts)] if style is not None else rng.choice(opts)


# ---------------------------------------------------------------------------
# negatives: things that look like PII to a pattern matcher but are not
# ---------------------------------------------------------------------------

def gen_uuid(rng):
    h = "%032x" % rng.getrandbits(128)
    return "%s-%s-4%s-%s%s-%s" % (h[:8], h[8:12], h[13:16], rng.choice("89ab"), h[17:20], h[20:32])


def ean13(rng, prefix):
    d = prefix + digits(rng, 12 - len(prefix))
    s = sum(int(c) * (3 if i % 2 else 1) for i, c in enumerate(d))
    return d + str((10 - s % 10) % 10)


def gen_negative(rng, kind, lang="en", region="UK"):
    if kind == "order_number":
        return rng.choice(["#%d" % rng.randint(100000, 999999), "%d-%07d-%07d" % (rng.randint(100, 999), rng.randint(0, 9999999), rng.randint(0, 9999999)),
                           "SO-%06d" % rng.randint(0, 999999), "A%d-%05d" % (rng.randint(20, 26), rng.randint(0, 99999)),
                           "%d" % rng.randint(10000000, 99999999), "WEB-%s" % rstr(rng, 6, "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"),
                           "%d-%d" % (rng.randint(100, 999), rng.randint(10000, 99999))])
    if kind == "invoice_number":
        return rng.choice(["INV-2026-%06d" % rng.randint(0, 999999), "F2026/%05d" % rng.randint(0, 99999), "R-2026-11-%04d" % rng.randint(0, 9999),
                           "%d" % rng.randint(1000000, 9999999), "FAC-%d-%04d" % (2026, rng.randint(0, 9999)), "RE%d" % rng.randint(10000000, 99999999)])
    if kind == "ticket_number":
        return rng.choice(["#%d" % rng.randint(10000, 99999), "HD-%d" % rng.randint(1000, 99999), "INC%07d" % rng.randint(0, 9999999),
                           "Ticket#2026%02d%02d%08d" % (rng.randint(10, 11), rng.randint(1, 28), rng.randint(0, 99999999)),
                           "CS-%d" % rng.randint(100000, 999999), "[#%d]" % rng.randint(10000, 99999)])
    if kind == "customer_number":
        return rng.choice(["KD-%09d" % rng.randint(0, 999999999), "%03d %03d %03d" % (rng.randint(100, 999), rng.randint(0, 999), rng.randint(0, 999)),
                           "%04d-%04d" % (rng.randint(1000, 9999), rng.randint(0, 9999)), "CUST-%06d" % rng.randint(0, 999999),
                           "%d" % rng.randint(1000000, 99999999), "C%08d" % rng.randint(0, 99999999)])
    if kind == "tracking_number":
        return rng.choice(["1Z%s%s%s" % (rstr(rng, 3, "0123456789ABCDEFGHJKLMNPRSTUVWXY"), rstr(rng, 3, "ABCDEFGHJKLMNPRSTUVWXY"), digits(rng, 10)),
                           "JJD%018d" % rng.randint(0, 10 ** 18 - 1), "%s%09dSE" % (rng.choice(["UA", "RR", "LX", "CC"]), rng.randint(0, 999999999)),
                           "00340434%012d" % rng.randint(0, 10 ** 12 - 1), "PQ%s%s" % (rstr(rng, 4, "0123456789ABCDEFGHJKLMNPRSTUVWXYZ"), digits(rng, 16)),
                           "33%s%s" % (rstr(rng, 3, "ABCDEFGHJKLMNPQRSTUVWXYZ"), digits(rng, 18)), "9400 1%s %s %s %s %s" % (digits(rng, 3), digits(rng, 4), digits(rng, 4), digits(rng, 4), digits(rng, 2)),
                           "TBA%012d" % rng.randint(0, 10 ** 12 - 1)])
    if kind == "version":
        return rng.choice(["v%d.%d.%d" % (rng.randint(1, 9), rng.randint(0, 30), rng.randint(0, 20)), "%d.%d.%d" % (rng.randint(1, 5), rng.randint(0, 40), rng.randint(0, 12)),
                           "%d.%d.%d-rc.%d" % (rng.randint(1, 5), rng.randint(0, 40), rng.randint(0, 12), rng.randint(1, 4)), "%d.%d" % (rng.randint(1, 12), rng.randint(0, 9))])
    if kind == "os_version":
        return rng.choice(["iOS %d.%d.%d" % (rng.randint(16, 18), rng.randint(0, 6), rng.randint(1, 3)), "Android %d" % rng.randint(12, 15),
                           "Chrome %d.0.%d.%d" % (rng.randint(120, 131), rng.randint(6000, 6800), rng.randint(10, 200)), "Windows 11 %dH2" % rng.randint(22, 24),
                           "FW %d.%02d.%d" % (rng.randint(1, 9), rng.randint(0, 99), rng.randint(100, 999))])
    if kind == "build_number":
        return rng.choice(["%d.%d.%d.%d" % (rng.randint(1, 9), rng.randint(0, 9), rng.randint(0, 9), rng.randint(1000, 9999)),
                           "10.0.%d.%d" % (rng.randint(19041, 26100), rng.randint(1000, 5000)), "2026%02d%02d.%d" % (rng.randint(1, 11), rng.randint(1, 28), rng.randint(1, 9)),
                           "build %d" % rng.randint(1000, 99999)])
    if kind == "timestamp":
        d = rand_date(rng, 2025, 2026)
        t = "%02d:%02d:%02d" % (rng.randint(0, 23), rng.randint(0, 59), rng.randint(0, 59))
        return rng.choice(["%s %s" % (d.isoformat(), t), "%sT%sZ" % (d.isoformat(), t), "%sT%s.%03d+01:00" % (d.isoformat(), t, rng.randint(0, 999)),
                           "%02d/%02d/%d %s" % (d.day, d.month, d.year, t[:5]), "[%s %s]" % (d.isoformat(), t), "%s.%03d" % (t, rng.randint(0, 999))])
    if kind == "unix_timestamp":
        return str(rng.randint(1760000000, 1799999999))
    if kind == "date":
        return fmt_date(rng, rand_date(rng, 2025, 2026), lang, region)
    if kind == "card_expiry":
        return rng.choice(["%02d/%02d" % (rng.randint(1, 12), rng.randint(26, 31)), "%02d/20%02d" % (rng.randint(1, 12), rng.randint(26, 31)),
                           "%02d-%02d" % (rng.randint(1, 12), rng.randint(26, 31))])
    if kind == "amount":
        a = rng.randint(5, 4999)
        c = rng.randint(0, 99)
        if lang == "en":
            return rng.choice(["£%d.%02d" % (a, c), "$%s.%02d" % ("{:,}".format(a), c), "A$%s.%02d" % ("{:,}".format(a), c), "€%d.%02d" % (a, c)]) if region != "US" else "$%s.%02d" % ("{:,}".format(a), c)
        if lang == "sv":
            return rng.choice(["%s,%02d kr" % ("{:,}".format(a).replace(",", " "), c), "%d kr" % a, "%d SEK" % a, "%s:-" % a])
        if lang == "de":
            return rng.choice(["%s,%02d €" % ("{:,}".format(a).replace(",", "."), c), "€ %d,%02d" % (a, c), "%d,%02d EUR" % (a, c)])
        return rng.choice(["%s,%02d €" % ("{:,}".format(a).replace(",", "."), c), "%d,%02d€" % (a, c), "%d,%02d EUR" % (a, c)])
    if kind == "error_code":
        return rng.choice(["0x%08X" % rng.choice([0x80070005, 0x8007045D, 0xC0000022, 0x80004005, 0x800F081F]), "ERR_CONNECTION_RESET", "HTTP 502",
                           "E-%d" % rng.randint(1000, 9999), "AADSTS%d" % rng.choice([50126, 700016, 50076, 53003]), "SQLSTATE[23000]",
                           "error %d" % rng.choice([1603, 1618, 404, 429, 500]), "ORA-%05d" % rng.choice([1017, 12541, 28000]), "DECLINED_51"])
    if kind == "serial_number":
        return rng.choice(["C02%s" % rstr(rng, 9, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"), "%s-%s-%s" % (digits(rng, 4), digits(rng, 4), digits(rng, 4)),
                           "R58N%s" % rstr(rng, 7, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"), "SN%d" % rng.randint(10 ** 9, 10 ** 10 - 1),
                           "%s%s" % (rstr(rng, 2, "ABCDEFGHJKLMNPQRSTUVWXYZ"), digits(rng, 10))])
    if kind == "meter_reading":
        return rng.choice(["%06d,%d kWh" % (rng.randint(0, 99999), rng.randint(0, 9)), "%d kWh" % rng.randint(1000, 99999), "%d m³" % rng.randint(100, 9999),
                           "%05d" % rng.randint(0, 99999)])
    if kind == "postcode":
        return {"SE": lambda: se_postcode(rng, rng.choice(["11", "41", "21", "75"])), "UK": lambda: uk_postcode(rng, rng.choice(UK_TOWNS)[1]),
                "AU": lambda: rng.choice(AU_SUBURBS)[2], "DE": lambda: rng.choice(DE_CITIES)[0], "ES": lambda: rng.choice(ES_CITIES)[0],
                "US": lambda: rng.choice(US_CITIES)[2]}[region]()
    if kind == "luhn_invalid_card":
        d = luhn_invalid_16(rng)
        return " ".join(d[i:i + 4] for i in range(0, 16, 4)) if rng.random() < 0.6 else d
    if kind == "masked_card":
        l4 = digits(rng, 4)
        return rng.choice(["**** **** **** %s" % l4, "XXXX-XXXX-XXXX-%s" % l4, "•••• %s" % l4, "************%s" % l4, "%s******%s" % (digits(rng, 6, "45"), l4)])
    if kind == "uuid":
        return gen_uuid(rng)
    if kind == "git_sha":
        return "%040x" % rng.getrandbits(160) if rng.random() < 0.5 else "%07x" % rng.getrandbits(28)
    if kind == "sha256":
        return "%064x" % rng.getrandbits(256)
    if kind == "md5":
        return "%032x" % rng.getrandbits(128)
    if kind == "example_key":
        return rng.choice(["AKIAIOSFODNN7EXAMPLE", "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
                           "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c",
                           "sk_test_4eC39HqLyjWDarjtT1zdp7dc"])
    if kind == "placeholder":
        return rng.choice(["YOUR_API_KEY", "sk_test_xxxxxxxxxxxxxxxxxxxxxxxx", "<token>", "${GITHUB_TOKEN}", "{{ secrets.NPM_TOKEN }}", "<your-password>",
                           "********", "xxxxxxxx", "REPLACE_ME", "$STRIPE_SECRET_KEY", "ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX", "%API_TOKEN%", "<redacted>"])
    if kind == "base64_data":
        payload = json.dumps({"event": rng.choice(["invoice.paid", "ticket.created", "user.updated"]), "id": rng.randint(1000, 99999), "ok": True}).encode()
        return base64.b64encode(payload).decode()
    if kind == "request_id":
        return rng.choice(["req_" + rstr(rng, 14), gen_uuid(rng), rstr(rng, 8, "0123456789abcdef") + "-" + rstr(rng, 4, "0123456789abcdef"),
                           "cf-ray " + rstr(rng, 16, "0123456789abcdef") + "-ARN"])
    if kind == "object_id":
        return rng.choice(["pi_3" + rstr(rng, 23), "cus_" + rstr(rng, 14), "ch_3" + rstr(rng, 23), "in_1" + rstr(rng, 23), "sub_1" + rstr(rng, 23)])
    if kind == "public_key":
        return "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + rstr(rng, 43, ALNUM + "+/")
    if kind == "org_number":
        while True:
            core = rng.choice(["55", "556", "559", "802", "969"]) + digits(rng, 6)
            core = core[:9]
            d = luhn_complete(core)
            if int(d[2:4]) >= 20:
                return d[:6] + "-" + d[6:]
    if kind == "vat_number":
        return rng.choice(["DE%d" % rng.randint(100000000, 999999999), "GB %03d %04d %02d" % (rng.randint(100, 999), rng.randint(0, 9999), rng.randint(0, 99)),
                           "ESB%08d" % rng.randint(0, 99999999), "SE%d01" % rng.randint(5560000000, 5599999999), "ATU%08d" % rng.randint(0, 99999999)])
    if kind == "company_id":
        return rng.choice(["B-%08d" % rng.randint(0, 99999999), "HRB %d" % rng.randint(10000, 250000), "Company No. %08d" % rng.randint(0, 99999999),
                           "ACN %03d %03d %03d" % (rng.randint(0, 999), rng.randint(0, 999), rng.randint(0, 999)), "EIN %02d-%07d" % (rng.randint(10, 99), rng.randint(0, 9999999))])
    if kind == "bic":
        return rng.choice(["NDEASESS", "ESSESESS", "HANDSESS", "SWEDSESS", "COBADEFFXXX", "DEUTDEDBBER", "CAIXESBBXXX", "BSCHESMM", "BARCGB22",
                           "NWBKGB2L", "INGBNL2A", "GENODEF1M04"])
    if kind == "bankgiro":
        return "%d-%04d" % (rng.randint(100, 9999), rng.randint(0, 9999))
    if kind == "ocr_reference":
        while True:
            d = luhn_complete(rng.choice("789") + digits(rng, rng.choice([11, 12, 13, 15])))
            if not card_like(d):
                return d
    if kind == "ean_barcode":
        return ean13(rng, rng.choice(["73", "40", "84", "93", "50", "00"]))
    if kind == "oid":
        return rng.choice(["1.3.6.1.4.1.311.21.8", "1.2.840.113549.1.1.11", "2.5.4.3", "1.3.6.1.5.5.7.3.1"])
    if kind == "iban_invalid":
        return fmt_iban(rng, invalid_iban(rng, {"SE": "SE", "DE": "DE", "ES": "ES", "UK": "GB", "AU": "GB", "US": "DE"}[region]), rng.choice(["groups", "compact"]))
    if kind == "content_id":
        return "image%03d.png@%08X.%08X" % (rng.randint(1, 9), rng.getrandbits(32), rng.getrandbits(32))
    if kind == "filename":
        return rng.choice(["logo@2x.png", "icon@3x.png", "header@2x.jpg", "avatar@2x.webp"])
    if kind == "port_number":
        return str(rng.choice([8443, 5432, 3306, 6379, 9200, 27017]))
    if kind == "percentage":
        return "%d,%d %%" % (rng.randint(1, 99), rng.randint(0, 9)) if lang in ("sv", "de", "es") else "%d.%d%%" % (rng.randint(1, 99), rng.randint(0, 9))
    if kind == "duration":
        return rng.choice(["%d min" % rng.randint(2, 90), "%d min" % rng.randint(2, 90), "%d s" % rng.randint(20, 600)])
    if kind == "case_number":
        return rng.choice(["Ärende %d" % rng.randint(100000, 999999), "Az. %d/%02d" % (rng.randint(100, 9999), rng.randint(20, 26)), "Exp. %d/2026" % rng.randint(100, 9999)])
    raise ValueError(kind)


COMPANY_NEG = {
    "SE": ["Berglund Logistik AB", "Nordvik Bygg & Fastighet AB", "Lindqvist Redovisning AB", "Hassan Livs HB", "Östermalms Tandvård AB",
           "Café Warsame", "Björkmans Rör AB", "Ahmadi Bilservice"],
    "DE": ["Schneider Haustechnik GmbH", "Yılmaz Gemüsehandel", "Kanzlei Brandt & Partner", "Bäckerei Krüger", "Hoffmann Logistik GmbH & Co. KG",
           "Papadopoulos Gastro GmbH", "Autohaus Meißner", "Ingenieurbüro Wagner"],
    "ES": ["Hermanos García S.L.", "Construcciones Navarro e Hijos S.A.", "Farmacia Ruiz Lozano", "Talleres Etxeberria", "Asesoría Benali",
           "Panadería Muñoz", "Clínica Dental Sánchez", "Transportes Quispe S.L."],
    "UK": ["Patel & Sons Pharmacy Ltd", "Okafor Consulting Ltd", "Whitaker Joinery", "Hughes & Pritchard Solicitors", "MacLeod Fisheries",
           "Chaudhry Cash & Carry", "Ashworth Dental Practice", "Wong's Kitchen"],
    "AU": ["Nguyen Bakery Pty Ltd", "Brightwater Freight Pty Ltd", "Fitzgerald Plumbing", "Khoury Constructions", "Campbell & Doyle Lawyers",
           "Papadakis Fruit Market", "Gurung Cleaning Services", "Santos Family Daycare"],
    "US": ["Henderson & Brooks LLP", "Ramírez Landscaping LLC", "Kim's Dry Cleaning", "Whitfield Dental Group", "Castillo Auto Repair",
           "Okonkwo Pediatrics", "Pruitt Realty", "McAllister Roofing Inc."],
}
CITY_NEG = {"SE": ["Göteborg", "Malmö", "Uppsala", "Kiruna", "Stockholm"], "DE": ["Hamburg", "Köln", "Leipzig", "München", "Bielefeld"],
            "ES": ["Zaragoza", "Valencia", "Sevilla", "Bilbao", "Madrid"], "UK": ["Leeds", "Bristol", "Glasgow", "Manchester", "Cardiff"],
            "AU": ["Brisbane", "Perth", "Geelong", "Adelaide", "Wollongong"], "US": ["Denver", "Phoenix", "Boston", "Atlanta", "Portland"]}
STORE_NEG = {"SE": ["ICA Maxi Lindhagen", "Elgiganten Kungens Kurva", "IKEA Bäckebol", "Stadsbiblioteket"],
             "DE": ["MediaMarkt Alexanderplatz", "Filiale Hamburg-Altona", "Rewe am Marktplatz", "Packstation am Hauptbahnhof"],
             "ES": ["El Corte Inglés de Preciados", "tienda de Plaza Catalunya", "oficina de Correos de Chamartín", "Mercadona de Ruzafa"],
             "UK": ["the Westfield Stratford store", "our Manchester office", "Boots in Leeds city centre", "the Argos in Cardiff Bay"],
             "AU": ["the Chadstone store", "Bunnings Alexandria", "the Parramatta office", "our Fortitude Valley showroom"],
             "US": ["the Union Square store", "our Austin office", "the Target on Flatbush", "the Pike Place location"]}


# ---------------------------------------------------------------------------
# ticket building: parts -> lines -> blocks -> rendered text with byte-exact spans
# part = ("t", text) | ("h", raw html) | ("L", text, category, subtype, raw html or None) | ("N", text, kind, raw or None)
# ---------------------------------------------------------------------------

def T(s):
    return ("t", s)


def H(s):
    return ("h", s)


def L(s, cat, sub=None, h=None):
    return ("L", s, cat, sub, h)


def N(s, kind, h=None):
    return ("N", s, kind, h)


def as_parts(v):
    if v is None:
        return []
    if isinstance(v, str):
        return [T(v)]
    if isinstance(v, tuple):
        return [v]
    out = []
    for x in v:
        out.extend(as_parts(x))
    return out


SLOT_RE = re.compile(r"\{(\w+)\}")

TITLES = {
    "en": {"f": ["Ms", "Mrs", "Dr", "Ms"], "m": ["Mr", "Mr", "Dr"]},
    "de": {"f": ["Frau", "Frau", "Frau Dr."], "m": ["Herr", "Herr", "Herr Dr."]},
    "es": {"f": ["Sra.", "Sra.", "Dña."], "m": ["Sr.", "Sr.", "D."]},
}
COUNTRY_NAME = {"en": {"SE": "Sweden", "DE": "Germany", "ES": "Spain", "UK": "United Kingdom", "AU": "Australia", "US": "USA"},
                "sv": {"SE": "Sverige", "DE": "Tyskland", "ES": "Spanien", "UK": "Storbritannien", "AU": "Australien", "US": "USA"},
                "de": {"SE": "Schweden", "DE": "Deutschland", "ES": "Spanien", "UK": "Großbritannien", "AU": "Australien", "US": "USA"},
                "es": {"SE": "Suecia", "DE": "Alemania", "ES": "España", "UK": "Reino Unido", "AU": "Australia", "US": "EE. UU."}}


class Ctx:
    def __init__(self, rng, lang, region, nn, is_html, style):
        self.rng, self.lang, self.region, self.nn, self.html, self.style = rng, lang, region, nn, is_html, style
        self.blocks = []
        self.ent = is_html and rng.random() < (0.55 if style == "outlook" else 0.2)
        self.br = {"gmail": "<br>", "outlook": "<br>", "apple": "<br>", "desk": rng.choice(["<br>", "<br />", "<br/>"])}.get(style, "<br>")
        self.nl = "\r\n" if (not is_html and rng.random() < 0.07) else "\n"
        self.known = None

    # ---- templates
    def pick(self, d):
        r = self.rng
        if self.lang == "en":
            for k in (("nn",) if self.nn else ()) + ("en_" + self.region, "en"):
                if k in d:
                    return r.choice(d[k])
        return r.choice(d[self.lang])

    def fill(self, tpl, vals):
        out, pos = [], 0
        for m in SLOT_RE.finditer(tpl):
            if m.start() > pos:
                out.append(T(tpl[pos:m.start()]))
            out.extend(as_parts(vals[m.group(1)]))
            pos = m.end()
        if pos < len(tpl):
            out.append(T(tpl[pos:]))
        return out

    def say(self, d, **vals):
        return self.fill(self.pick(d), vals)

    # ---- blocks
    def para(self, *lines):
        ls = [as_parts(x) for x in lines if x is not None]
        if ls:
            self.blocks.append(("p", ls))

    def sig(self, *lines):
        ls = [as_parts(x) for x in lines if x is not None]
        if ls:
            self.blocks.append(("sig", ls))

    def pre(self, lines):
        self.blocks.append(("pre", [as_parts(x) for x in lines]))

    def table(self, rows, delim=None):
        self.blocks.append(("table", [[as_parts(c) for c in row] for row in rows], delim or self.rng.choice([",", ";", "\t", "|"])))

    def quote(self, header, inner, kind="reply"):
        self.blocks.append(("quote", as_parts(header), inner, kind))

    def fwd(self, header_lines, inner):
        self.blocks.append(("fwd", [(lw, as_parts(h)) for lw, h in header_lines], inner))

    class _Capture:
        def __init__(self, ctx):
            self.ctx = ctx

        def __enter__(self):
            self.saved = self.ctx.blocks
            self.ctx.blocks = []
            return self.ctx.blocks

        def __exit__(self, *a):
            self.ctx.blocks = self.saved

    def capture(self):
        return Ctx._Capture(self)

    # ---- values
    def esc(self, s, pre=False):
        if not self.html:
            return s.replace("\n", self.nl) if "\n" in s and self.nl != "\n" else s
        s = html.escape(s, quote=False)
        if self.ent:
            s = "".join(("&%s;" % codepoint2name[ord(c)] if ord(c) in codepoint2name else "&#%d;" % ord(c)) if ord(c) > 127 else c for c in s)
        if not pre:
            s = s.replace("\n", self.br)
        return s

    def name(self, p, form="full", sub=None):
        r = self.rng
        if form == "full":
            return [L(p.full, "person_name", sub or "full")]
        if form == "first":
            return [L(p.call, "person_name", sub or "first")]
        if form == "lower":
            return [L(p.call.lower(), "person_name", sub or "lowercase")]
        if form == "lower_full":
            return [L(p.full.lower(), "person_name", sub or "lowercase")]
        if form == "lf":
            return [L("%s, %s" % (p.surname, p.given), "person_name", sub or "last_first")]
        if form == "initial":
            return [L("%s. %s" % (p.call[0], p.surname), "person_name", sub or "initial_surname")]
        if form == "upper_last":
            return [L("%s %s" % (p.surname.upper(), p.given), "person_name", sub or "upper_surname")]
        if form == "title":
            lang = self.lang if self.lang in TITLES else None
            if not lang:
                return [L(p.full, "person_name", sub or "full")]
            t = r.choice(TITLES[lang][p.gender])
            if lang == "en" and self.region == "US":
                t = t + "."
            return [T(t + " "), L(p.tsur, "person_name", sub or "title_surname")]
        raise ValueError(form)

    def email(self, addr, sub="personal", plain=False, link=True):
        r = self.rng
        if not self.html or plain:
            return [L(addr, "email", sub)]
        x = r.random()
        if x < 0.22 and link:
            return [H('<a href="mailto:'), L(addr, "email", sub), H('"%s>' % (' target="_blank"' if self.style == "gmail" else "")),
                    L(addr, "email", sub), H("</a>")]
        if x < 0.34:
            return [L(addr, "email", sub, addr.replace("@", r.choice(["&#64;", "&#x40;", "&commat;"])))]
        return [L(addr, "email", sub)]

    def obf_email(self, addr):
        r = self.rng
        local, dom = addr.split("@")
        at = {"en": ["at", "[at]", "(at)", "{at}", "AT"], "sv": ["snabel-a", "[at]", "(at)", "at"], "de": ["(at)", "[at]", "at", "{at}", "(ät)"],
              "es": ["arroba", "(arroba)", "[at]", "(at)"]}[self.lang]
        dot = {"en": ["dot", "[dot]", "(dot)"], "sv": ["punkt", "[dot]", "(punkt)"], "de": ["punkt", "[punkt]", "(dot)"], "es": ["punto", "[punto]", "(dot)"]}[self.lang]
        a, dd = r.choice(at), r.choice(dot)
        style = r.random()
        if a.startswith(("[", "{", "(")) and style < 0.5:
            s = local + a + dom.replace(".", dd if dd.startswith("[") else ".")
            if r.random() < 0.5:
                s = local + " " + a + " " + dom
        else:
            s = (local.replace(".", " %s " % dd) if style < 0.7 else local) + " %s " % a + dom.replace(".", " %s " % dd)
        return [L(s, "email", "obfuscated")]

    def phone(self, country=None, kind=None, sub=None, plain=False, value=None):
        r = self.rng
        text, e164, k = value or gen_phone(r, country or self.region, kind)
        sub = sub or k
        if self.html and not plain:
            x = r.random()
            if x < 0.1:
                return [H('<a href="tel:'), L(e164, "phone", sub), H('">'), L(text, "phone", sub), H("</a>")]
            if x < 0.3 and " " in text:
                return [L(text, "phone", sub, self.esc(text).replace(" ", "&nbsp;"))]
        return [L(text, "phone", sub)]

    def phone_ext(self, country=None, plain=False):
        r = self.rng
        ext = {"en": ["ext. %d", "x%d", "ext %d"], "sv": ["ankn. %d", "(vx), ankn. %d"], "de": ["Durchwahl %d", "App. %d"], "es": ["ext. %d", "extensión %d"]}[self.lang]
        return self.phone(country, "landline", "business", plain) + [T(" " + r.choice(ext) % r.randint(10, 4999))]

    def card(self, brand=None, plain=False):
        r = self.rng
        d, b = gen_card(r, brand)
        s, groups = fmt_card(r, d)
        raw = None
        if self.html and not plain and " " in s and r.random() < 0.45:
            k = r.randrange(1, len(groups))
            tag = r.choice(["b", "span", "strong"])
            open_t = "<span style=\"font-size:11pt\">" if tag == "span" else "<%s>" % tag
            raw = " ".join(groups[:k]) + " " + open_t + " ".join(groups[k:k + 1]) + "</%s>" % tag + ("" if k + 1 >= len(groups) else " " + " ".join(groups[k + 1:]))
            if r.random() < 0.3:
                raw = raw.replace(" ", "&nbsp;", 1)
        return [L(s, "payment_card", b, raw)]

    def iban(self, cc=None, plain=False):
        r = self.rng
        cc = cc or {"SE": "SE", "DE": "DE", "ES": "ES", "UK": "GB", "AU": "GB", "US": "DE"}[self.region]
        s = fmt_iban(r, gen_iban(r, cc))
        raw = None
        if self.html and not plain and " " in s and r.random() < 0.3:
            raw = s.replace(" ", "&nbsp;")
        return [L(s, "iban", cc, raw)]

    def nid(self, kind, plain=False):
        v = NATID_GEN[kind](self.rng)
        raw = None
        if self.html and not plain and " " in v and self.rng.random() < 0.25:
            raw = v.replace(" ", "&nbsp;")
        return [L(v, "national_id", kind, raw)]

    def pnr(self, birth=None, samordning=False):
        return [L(gen_pnr(self.rng, birth, samordning), "national_id", "se_samordningsnummer" if samordning else "se_personnummer")]

    def ip(self, v=None):
        v = v or ("ipv4" if self.rng.random() < 0.7 else "ipv6")
        return [L(gen_ipv4(self.rng) if v == "ipv4" else gen_ipv6(self.rng), "ip_address", v)]

    def dob(self, d=None, lang=None):
        d = d or rand_date(self.rng, 1942, 2007)
        return [L(fmt_date(self.rng, d, lang or self.lang, self.region), "date_of_birth", lang or self.lang)]

    def addr(self, country=None, multiline=None, business=False, plain=False, lines=None):
        r = self.rng
        country = country or self.region
        lines = lines or gen_address(r, country, business)
        if multiline is None:
            multiline = r.random() < 0.4
        s = join_address(r, lines, multiline, country)
        return [L(s, "postal_address", ("business_" if business else "") + country.lower() + ("_multiline" if multiline else ""))]

    def secret(self, kind, value=None):
        return [L(value or gen_secret(self.rng, kind), "secret", kind)]

    def neg(self, kind, region=None):
        r = self.rng
        for _ in range(50):
            v = gen_negative(r, kind, self.lang, region or self.region)
            if not any(card_like(d) for _, _, d in card_windows(v)) and not iban_candidates(v):
                return [N(v, kind)]
        raise AssertionError(kind)

    def company(self, region=None):
        return [N(self.rng.choice(COMPANY_NEG[region or self.region]), "company_name")]

    def city(self, region=None):
        return [N(self.rng.choice(CITY_NEG[region or self.region]), "city")]

    def store(self, region=None):
        return [N(self.rng.choice(STORE_NEG[region or self.region]), "store_location")]

    def country(self, region=None):
        return COUNTRY_NAME[self.lang][region or self.region]


class Out:
    def __init__(self, ctx):
        self.ctx, self.buf, self.n, self.labels, self.negs = ctx, [], 0, [], []

    def w(self, s):
        self.buf.append(s)
        self.n += len(s.encode("utf-8"))

    def parts(self, parts, pre=False):
        ctx = self.ctx
        for p in parts:
            k = p[0]
            if k == "t":
                self.w(ctx.esc(p[1], pre))
            elif k == "h":
                if ctx.html:
                    self.w(p[1])
            else:
                raw = p[4] if k == "L" else p[3]
                s = raw if (ctx.html and raw is not None) else ctx.esc(p[1], pre)
                st = self.n
                self.w(s)
                if k == "L":
                    self.labels.append({"start": st, "end": self.n, "category": p[2], "subtype": p[3]})
                else:
                    self.negs.append({"start": st, "end": self.n, "kind": p[2]})

    def text(self):
        return "".join(self.buf)


def plain_lines(ctx, blocks):
    out = []
    for i, b in enumerate(blocks):
        if i:
            out.append([])
        k = b[0]
        if k in ("p", "sig", "pre"):
            out.extend(b[1])
        elif k == "table":
            rows, delim = b[1], b[2]
            for row in rows:
                line = []
                for j, c in enumerate(row):
                    if j:
                        line.append(T(" | " if delim == "|" else delim))
                    line.extend(c)
                out.append(line)
        elif k == "quote":
            out.append(b[1])
            for ln in plain_lines(ctx, b[2]):
                for p in ln:
                    if p[0] in "tLN" and "\n" in p[1]:
                        raise ValueError("newline inside a quoted line")
                out.append([T(">" if not ln else "> ")] + ln)
        elif k == "fwd":
            for lw, parts in b[1]:
                out.append(([T(lw + " ")] if lw else []) + parts)
            out.append([])
            out.extend(plain_lines(ctx, b[2]))
    return out


def render_plain(ctx, out):
    for i, ln in enumerate(plain_lines(ctx, ctx.blocks)):
        if i:
            out.w(ctx.nl)
        out.parts(ln)


OUTLOOK_HEAD = ('<html xmlns:o="urn:schemas-microsoft-com:office:office" xmlns="http://www.w3.org/TR/REC-html40"><head>\n'
                '<meta http-equiv="Content-Type" content="text/html; charset=utf-8"><meta name="Generator" content="Microsoft Word 15 (filtered medium)">\n'
                '</head>\n<body lang="%s" link="#0563C1" vlink="#954F72" style="word-wrap:break-word">\n<div class="WordSection1">\n')
APPLE_HEAD = ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
              '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space; line-break: after-white-space;">')


def render_html(ctx, out):
    st = ctx.style
    if st == "outlook":
        out.w(OUTLOOK_HEAD % {"en": "EN-GB", "sv": "SV", "de": "DE", "es": "ES"}[ctx.lang])
    elif st == "apple":
        out.w(APPLE_HEAD)
    elif st == "gmail":
        out.w('<div dir="ltr">')
    elif ctx.rng.random() < 0.5:
        out.w('<div class="ticket-body">\n')
    html_blocks(ctx, out, ctx.blocks)
    if st == "outlook":
        out.w("</div>\n</body>\n</html>\n")
    elif st == "apple":
        out.w("</body></html>")
    elif st == "gmail":
        out.w("</div>\n")
    elif out.buf[0].startswith('<div class="ticket-body">'):
        out.w("</div>\n")


def html_lines(ctx, out, lines, open_t, close_t, sep=None):
    if sep is not None:
        out.w(open_t)
        for i, ln in enumerate(lines):
            if i:
                out.w(sep)
            out.parts(ln)
        out.w(close_t)
        return
    for ln in lines:
        out.w(open_t)
        if ln:
            out.parts(ln)
        elif ctx.style == "outlook":
            out.w("&nbsp;")
        else:
            out.w("<br>")
        out.w(close_t)


def html_blocks(ctx, out, blocks):
    st, w = ctx.style, out.w
    for i, b in enumerate(blocks):
        k = b[0]
        if i and k in ("p", "sig", "table", "pre"):
            if st == "gmail" or st == "apple":
                w("<div><br></div>\n")
            elif st == "outlook":
                w('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n')
        if k in ("p", "sig"):
            if st in ("gmail", "apple"):
                if k == "sig" and st == "gmail":
                    html_lines(ctx, out, b[1], '<div dir="ltr" class="gmail_signature" data-smartmail="gmail_signature">', "</div>\n", sep=ctx.br)
                else:
                    html_lines(ctx, out, b[1], "<div>", "</div>\n")
            elif st == "outlook":
                if k == "sig":
                    html_lines(ctx, out, b[1], '<p class="MsoNormal"><span style="font-size:10.0pt;color:#595959">', "<o:p></o:p></span></p>\n")
                else:
                    html_lines(ctx, out, b[1], '<p class="MsoNormal">', "<o:p></o:p></p>\n")
            else:
                html_lines(ctx, out, b[1], "<p>", "</p>\n", sep=ctx.br)
        elif k == "pre":
            if st == "gmail":
                html_lines(ctx, out, b[1], '<div><font face="monospace">', "</font></div>\n", sep="<br>")
            elif st == "outlook" and ctx.rng.random() < 0.5:
                html_lines(ctx, out, b[1], '<p class="MsoPlainText"><span style="font-family:Consolas">', "</span><o:p></o:p></p>\n", sep="<br>")
            else:
                w("<pre>")
                for j, ln in enumerate(b[1]):
                    if j:
                        w("\n")
                    out.parts(ln, pre=True)
                w("</pre>\n")
        elif k == "table":
            w('<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">\n<tbody>\n')
            for j, row in enumerate(b[1]):
                w("<tr>")
                for c in row:
                    w("<td>" if j else "<td><b>")
                    out.parts(c)
                    w("</td>\n" if j else "</b></td>\n")
                w("</tr>\n")
            w("</tbody>\n</table>\n")
        elif k == "quote":
            if st == "gmail":
                w('<br><div class="gmail_quote gmail_quote_container"><div dir="ltr" class="gmail_attr">')
                out.parts(b[1])
                w('<br></div><blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid rgb(204,204,204);padding-left:1ex">\n')
                html_blocks(ctx, out, b[2])
                w("</blockquote></div>\n")
            elif st == "apple":
                w('<div><br><blockquote type="cite"><div>')
                out.parts(b[1])
                w('</div><br class="Apple-interchange-newline">')
                html_blocks(ctx, out, b[2])
                w("</blockquote></div>")
            elif st == "outlook":
                w('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n<p class="MsoNormal">')
                out.parts(b[1])
                w('<o:p></o:p></p>\n<blockquote style="border:none;border-left:solid #CCCCCC 1.0pt;padding:0cm 0cm 0cm 6.0pt;margin-left:4.8pt;margin-right:0cm">\n')
                html_blocks(ctx, out, b[2])
                w("</blockquote>\n")
            else:
                w('<div class="quoted"><p>')
                out.parts(b[1])
                w("</p>\n<blockquote>\n")
                html_blocks(ctx, out, b[2])
                w("</blockquote></div>\n")
        elif k == "fwd":
            hdr = [(lw, parts) for lw, parts in b[1] if lw]
            sep_line = [parts for lw, parts in b[1] if not lw]
            if st == "outlook":
                w('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n<div style="border:none;border-top:solid #E1E1E1 1.0pt;padding:3.0pt 0cm 0cm 0cm">\n<p class="MsoNormal">')
                for j, (lw, parts) in enumerate(hdr):
                    if j:
                        w("<br>\n")
                    w("<b>%s</b> " % html.escape(lw, quote=False))
                    out.parts(parts)
                w("<o:p></o:p></p>\n</div>\n")
            else:
                w("<div><br></div>\n<div>" if st in ("gmail", "apple") else "<p>")
                for parts in sep_line:
                    out.parts(parts)
                    w(ctx.br)
                for j, (lw, parts) in enumerate(hdr):
                    if j:
                        w(ctx.br)
                    w("%s " % html.escape(lw, quote=False))
                    out.parts(parts)
                w("</div>\n" if st in ("gmail", "apple") else "</p>\n")
            w('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>\n' if st == "outlook" else "")
            html_blocks(ctx, out, b[2])


# ---------------------------------------------------------------------------
# ticket frame: vendors, greetings, introductions, sign-offs, signatures, quoted replies
# ---------------------------------------------------------------------------

VENDORS = {
    "SE": [("Molnbokning", "molnbokning.se"), ("Fjällpost", "fjallpost.se"), ("Hyresportalen", "hyresportalen.se"), ("Kvittra", "kvittra.io"),
           ("Elnät Mälardalen", "elnatmalardalen.se"), ("Tandvårdsbokaren", "tandvardsbokaren.se")],
    "DE": [("Paketwerk", "paketwerk.de"), ("Stromfuchs", "stromfuchs.de"), ("Kontoblick", "kontoblick.de"), ("Praxisplaner", "praxisplaner.de"),
           ("Ferienhaus-Direkt24", "ferienhaus-direkt24.de"), ("Lohnwerk", "lohnwerk.io")],
    "ES": [("EnvíaYa", "enviaya.es"), ("Facturalia", "facturalia.es"), ("ClínicaCita", "clinicacita.com"), ("TeleMóvil Norte", "telemovilnorte.es"),
           ("Reservas del Sur", "reservasdelsur.es"), ("Nóminas Claras", "nominasclaras.es")],
    "UK": [("Ledgerly", "ledgerly.co.uk"), ("ParcelPoint", "parcelpoint.co.uk"), ("Fernway Energy", "fernway.energy"), ("ClinicDesk", "clinicdesk.co.uk"),
           ("Kettle & Crumb", "kettleandcrumb.co.uk"), ("Payroll Plus", "payrollplus.co.uk")],
    "AU": [("Bellbird Logistics", "bellbirdlogistics.com.au"), ("SunCoast Energy", "suncoastenergy.com.au"), ("TradiePay", "tradiepay.com.au"),
           ("Koala Bookings", "koalabookings.com.au"), ("Outback Outdoors", "outbackoutdoors.com.au"), ("ClinicTime", "clinictime.com.au")],
    "US": [("Ridgeway Health Portal", "ridgewayhealth.com"), ("Ampersand Payroll", "ampersandpayroll.com"), ("Blue Heron Outfitters", "blueheron.shop"),
           ("Cascade Cloud", "cascadecloud.io"), ("Pinecrest Property Mgmt", "pinecrestpm.com"), ("Tally & Co", "tallyco.com")],
}
SUPPORT_LOCAL = {"en": ["support", "help", "customercare", "hello", "care"], "sv": ["kundservice", "support", "hej", "info"],
                 "de": ["service", "kundenservice", "support", "hilfe"], "es": ["soporte", "atencionalcliente", "ayuda", "hola"]}
TEAM = {"en": ["Support", "Customer Care", "Support Team", "Help Desk"], "sv": ["Kundservice", "Support", "Kundtjänst"],
        "de": ["Kundenservice", "Support", "Service-Team"], "es": ["Soporte", "Atención al cliente", "Equipo de soporte"]}

GREET_A = {
    "en": ["Hi {a},", "Hello {a},", "Hey {a},", "Dear {a},", "Hi {a}", "Morning {a},", "Thanks {a},"],
    "en_AU": ["Hi {a},", "G'day {a},", "Hey {a},", "Morning {a},"],
    "nn": ["Dear {a},", "Hello {a},", "Hello dear {a},", "Good day {a},"],
    "sv": ["Hej {a}!", "Hej {a},", "Hejsan {a}!", "Hallå {a},", "Tack {a}!"],
    "de": ["Hallo {a},", "Guten Tag {a},", "Hi {a},", "Moin {a},", "Servus {a},"],
    "es": ["Hola {a}:", "Hola {a},", "Buenos días, {a}:", "Buenas tardes {a},", "Gracias, {a}."],
}
GREET_0 = {
    "en": ["Hi,", "Hello,", "Hi there,", "Hello team,", "Dear Support Team,", "To whom it may concern,", "Hi all,"],
    "en_AU": ["Hi,", "G'day,", "Hi team,", "Hey guys,", "Hello,"],
    "nn": ["Dear Sir or Madam,", "Hello,", "Good day,", "Dear support,", "Hello together,"],
    "sv": ["Hej!", "Hej,", "Hej på er,", "Hejsan!", "God dag,", "Hej kundtjänst!"],
    "de": ["Hallo,", "Guten Tag,", "Sehr geehrte Damen und Herren,", "Hallo zusammen,", "Moin,", "Hallo liebes Support-Team,"],
    "es": ["Hola:", "Hola,", "Buenos días:", "Buenas tardes,", "Hola, equipo:", "Estimados señores:"],
}
GREET_T = {  # formal with title (+ surname only)
    "en": ["Dear {t},", "Hello {t},", "Good morning {t},"],
    "de": ["Sehr geehrte{r} {t},", "Guten Tag {t},", "Hallo {t},"],
    "es": ["Estimad{o} {t}:", "Buenos días, {t}:", "Hola, {t}:"],
}
INTRO = {
    "en": ["My name is {full} and I've been a customer for a few years.", "This is {full} from {company}.", "I'm writing on behalf of {company} – I'm {full}, the office manager.",
           "{full} here, account holder.", "My name's {full}."],
    "nn": ["My name is {full}, I am customer by you since 2021.", "I am {full} and I write you because of a problem.", "Here writes {full}."],
    "sv": ["Jag heter {full} och har varit kund hos er i några år.", "Det här är {full} på {company}.", "{full} heter jag, kontoinnehavare.", "Mitt namn är {full}."],
    "de": ["mein Name ist {full}, ich bin seit einigen Jahren Kundin/Kunde bei Ihnen.", "hier schreibt {full} von der Firma {company}.", "ich bin {full}, Inhaber des Kontos.",
           "{full} hier."],
    "es": ["Me llamo {full} y soy cliente desde hace años.", "Les escribe {full}, de {company}.", "Soy {full}, titular de la cuenta.", "Mi nombre es {full}."],
}
CLOSE = {
    "en": ["Thanks,", "Kind regards,", "Best,", "Thanks in advance,", "Regards,", "Many thanks,", "Best wishes,", "Thank you,"],
    "en_AU": ["Cheers,", "Thanks,", "Kind regards,", "Cheers", "Thanks heaps,"],
    "en_UK": ["Cheers,", "Many thanks,", "Kind regards,", "Best wishes,", "Thanks,", "Ta,"],
    "nn": ["Best regards,", "Thank you in advance,", "Greetings,", "With kind regards,", "Regards,"],
    "sv": ["Mvh,", "Med vänliga hälsningar,", "Hälsningar,", "Tack på förhand!", "Vänliga hälsningar", "MVH"],
    "de": ["Viele Grüße", "Mit freundlichen Grüßen", "Beste Grüße", "LG", "Vielen Dank und viele Grüße", "Freundliche Grüße"],
    "es": ["Saludos,", "Un saludo,", "Gracias,", "Atentamente,", "Un saludo cordial,", "Muchas gracias."],
}
JOB = {
    "en": ["Operations Manager", "Office Administrator", "Practice Manager", "Head of Finance", "Senior Developer", "Bookkeeper",
           "IT Coordinator", "Accounts Payable", "Director", "Payroll Officer"],
    "sv": ["Ekonomiansvarig", "Kontorschef", "IT-samordnare", "Verksamhetschef", "Löneadministratör", "Utvecklare"],
    "de": ["Buchhaltung", "Geschäftsführer", "Teamleitung Einkauf", "IT-Administration", "Praxismanagement", "Personalabteilung"],
    "es": ["Responsable de administración", "Gerente", "Técnico de sistemas", "Jefa de compras", "Administración", "Recursos Humanos"],
}
PHONE_LBL = {"en": ["M: ", "Mob: ", "Mobile: ", "Phone: ", "Cell: ", "m. "], "sv": ["Mobil: ", "Tel: ", "Tfn: ", "M: "],
             "de": ["Mobil: ", "Tel.: ", "Handy: ", "M "], "es": ["Móvil: ", "Tel.: ", "Teléfono: ", "M. "]}
OFFICE_LBL = {"en": ["T: ", "Office: ", "Tel: ", "Direct: ", "Switchboard: "], "sv": ["Växel: ", "Tel: ", "Direkt: "], "de": ["Tel.: ", "Fon ", "Zentrale: ", "T "],
              "es": ["Tel.: ", "Oficina: ", "Centralita: "]}
MOBILE_FOOTER = {"en": ["Sent from my iPhone", "Sent from my Galaxy", "Sent from Outlook for Android", "Get Outlook for iOS"],
                 "sv": ["Skickat från min iPhone", "Skickat från Outlook för Android"], "de": ["Von meinem iPhone gesendet", "Gesendet von Outlook für Android"],
                 "es": ["Enviado desde mi iPhone", "Enviado desde Outlook para Android"]}


def greeting(ctx, agent=None, who=None):
    r = ctx.rng
    if agent is not None and r.random() < 0.55:
        if ctx.lang in ("de", "es") and r.random() < 0.3 or (ctx.lang == "en" and r.random() < 0.12):
            tpl = ctx.pick(GREET_T).replace("{r}", "r" if agent.gender == "m" else "").replace("{o}", "o" if agent.gender == "m" else "a")
            ctx.para(ctx.fill(tpl, {"t": ctx.name(agent, "title")}))
        else:
            ctx.para(ctx.say(GREET_A, a=ctx.name(agent, "first")))
    else:
        ctx.para(ctx.say(GREET_0))


def signoff(ctx, p, company=None, rich=None, allow_multiline=True):
    """Closing + signature for person p; returns nothing. rich: add title/company/phone/address/email."""
    r = ctx.rng
    rich = (r.random() < 0.35) if rich is None else rich
    word = ctx.pick(CLOSE)
    if not rich:
        form = r.choices(["first", "full", "lower"], weights=[55, 40, 5])[0]
        if ctx.lang == "sv" and word in ("Mvh,", "Hälsningar,") and r.random() < 0.4:
            ctx.para([T(word.rstrip(",") + " ")] + ctx.name(p, form))
        else:
            extra = None
            if r.random() < 0.35:
                extra = [T({"en": "Customer no. ", "sv": "Kundnr ", "de": "Kundennr. ", "es": "Nº cliente "}[ctx.lang])] + ctx.neg("customer_number")
            ctx.para(word, ctx.name(p, form), extra)
        if r.random() < 0.15:
            ctx.para(r.choice(MOBILE_FOOTER[ctx.lang]))
        return
    lines = [ctx.name(p, "full")]
    if r.random() < 0.7:
        lines.append([N(r.choice(JOB[ctx.lang]), "job_title")] + ([T(" | ")] + (company or ctx.company()) if r.random() < 0.7 else []))
    if r.random() < 0.8:
        lines.append([T(r.choice(PHONE_LBL[ctx.lang]))] + ctx.phone(value=p.phone))
    if r.random() < 0.3:
        lines.append([T(r.choice(OFFICE_LBL[ctx.lang]))] + ctx.phone(p.region, "landline", "business"))
    if r.random() < 0.45 and p.email:
        lines.append([T(r.choice(["E: ", "", "Email: ", "E-post: " if ctx.lang == "sv" else "E-Mail: " if ctx.lang == "de" else "Correo: " if ctx.lang == "es" else "E: "]))]
                     + (ctx.obf_email(p.email) if r.random() < 0.25 else ctx.email(p.email)))
    if r.random() < 0.4:
        ml = allow_multiline and r.random() < 0.6
        a = ctx.addr(p.region, multiline=ml, business=r.random() < 0.5)
        if r.random() < 0.4:
            a = a + ([T(", ")] if not ml else []) + [N(ctx.country(p.region), "country")] if not ml else [a, [N(ctx.country(p.region), "country")]]
        if ml and isinstance(a[0], list):
            lines.extend(a)
        else:
            lines.append(a)
    if r.random() < 0.2:
        lines.append([T("Org.nr ")] + ctx.neg("org_number") if ctx.lang == "sv" else ctx.neg("company_id"))
    ctx.para(word)
    if r.random() < 0.25:
        lines.insert(0, "-- ")
    ctx.sig(*lines)


def date_header(ctx, client):
    """(header template, date negative) for a quoted reply."""
    r = ctx.rng
    d = rand_date(r, 2026, 2026)
    hh, mm = r.randint(7, 19), r.randint(0, 59)
    lang, wd = ctx.lang, d.weekday()
    mon = MONTHS[lang][d.month - 1]
    if lang == "en":
        if ctx.region == "US":
            ds = "%s, %s %d, %d at %d:%02d %s" % (WEEKDAYS["en"][wd], mon[:3], d.day, d.year, (hh - 1) % 12 + 1, mm, "AM" if hh < 12 else "PM")
            tpl = "On {d} {n} <{e}> wrote:"
        elif client == "apple":
            ds, tpl = "%d %s %d, at %02d:%02d" % (d.day, mon[:3], d.year, hh, mm), "On {d}, {n} <{e}> wrote:"
        else:
            ds, tpl = "%s, %d %s %d at %02d:%02d" % (WEEKDAYS["en"][wd], d.day, mon[:3], d.year, hh, mm), "On {d}, {n} <{e}> wrote:"
    elif lang == "sv":
        if client == "apple":
            ds, tpl = "%d %s. %d kl. %02d:%02d" % (d.day, mon[:3], d.year, hh, mm), "{d} skrev {n} <{e}>:"
        else:
            ds, tpl = "%s %d %s %d kl %02d:%02d" % (WEEKDAYS["sv"][wd], d.day, mon[:3] + ".", d.year, hh, mm), "Den {d} skrev {n} <{e}>:"
    elif lang == "de":
        if client == "apple":
            ds, tpl = "%02d.%02d.%d um %02d:%02d" % (d.day, d.month, d.year, hh, mm), "Am {d} schrieb {n} <{e}>:"
        else:
            ds, tpl = "%s, %d. %s. %d um %02d:%02d Uhr" % (WEEKDAYS["de"][wd].rstrip("."), d.day, mon[:3], d.year, hh, mm), "Am {d} schrieb {n} <{e}>:"
    else:
        if client == "apple":
            ds, tpl = "%d %s %d, a las %d:%02d" % (d.day, mon[:3], d.year, hh, mm), "El {d}, {n} <{e}> escribió:"
        else:
            ds, tpl = "%s, %d %s %d a las %d:%02d" % (WEEKDAYS["es"][wd], d.day, mon[:3], d.year, hh, mm), "El {d}, {n} (<{e}>) escribió:"
    return tpl, ds


AGENT_REPLY = {
    "en": ["Thanks for getting in touch. Could you please confirm the {what} so we can look into this?",
           "Sorry to hear about this. I've escalated it to our {team} team – could you send us the {what}?",
           "Thanks for your patience. To verify the account I'll need the {what}."],
    "sv": ["Tack för att du hör av dig. Kan du bekräfta {what} så att vi kan titta på det?", "Tråkigt att höra. Jag har skickat ärendet vidare – kan du skicka {what}?"],
    "de": ["vielen Dank für Ihre Nachricht. Könnten Sie uns bitte {what} bestätigen?", "das tut uns leid. Ich habe den Fall weitergeleitet – können Sie uns {what} schicken?"],
    "es": ["Gracias por contactar con nosotros. ¿Nos puedes confirmar {what}?", "Lamentamos las molestias. He pasado el caso al equipo técnico; ¿nos envías {what}?"],
}
WHAT = {"en": ["order number", "billing address", "details", "date of birth on the account", "error message"],
        "sv": ["ordernumret", "adressen", "uppgifterna", "felmeddelandet"], "de": ["die Bestellnummer", "die Rechnungsadresse", "die Details", "die Fehlermeldung"],
        "es": ["el número de pedido", "la dirección", "los datos", "el mensaje de error"]}


def quoted_agent_reply(ctx, agent):
    """The support agent's previous message, quoted below the customer's reply."""
    r = ctx.rng
    client = "apple" if ctx.style == "apple" or (not ctx.html and r.random() < 0.2) else "gmail"
    tpl, ds = date_header(ctx, client)
    hdr = ctx.fill(tpl, {"d": [N(ds, "date_header")], "n": ctx.name(agent, "full"), "e": ctx.email(ctx.vendor["support"], "role", link=False)})
    with ctx.capture() as inner:
        ctx.para(ctx.say(GREET_A, a=ctx.name(ctx.req, "first")))
        ctx.para(ctx.fill(r.choice(AGENT_REPLY[ctx.lang]), {"what": r.choice(WHAT[ctx.lang]), "team": "billing"}))
        line2 = [ctx.name(agent, "first")]
        ctx.para(ctx.pick(CLOSE), line2, [N(ctx.vendor["name"], "company_name"), T(" " + r.choice(TEAM[ctx.lang]))] + ([T(" | Ref ")] + ctx.neg("ticket_number") if r.random() < 0.5 else []))
    ctx.quote(hdr, inner)


FWD_WORDS = {
    "en": ("-----Original Message-----", "From:", "Sent:", "To:", "Cc:", "Subject:"),
    "sv": ("-----Ursprungligt meddelande-----", "Från:", "Skickat:", "Till:", "Kopia:", "Ämne:"),
    "de": ("-----Ursprüngliche Nachricht-----", "Von:", "Gesendet:", "An:", "Cc:", "Betreff:"),
    "es": ("-----Mensaje original-----", "De:", "Enviado el:", "Para:", "CC:", "Asunto:"),
}
WEEKDAY_LONG = {"en": "Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split(),
                "sv": "måndag tisdag onsdag torsdag fredag lördag söndag".split(),
                "de": "Montag Dienstag Mittwoch Donnerstag Freitag Samstag Sonntag".split(),
                "es": "lunes martes miércoles jueves viernes sábado domingo".split()}


def sent_date(ctx):
    r = ctx.rng
    d = rand_date(r, 2026, 2026)
    hh, mm = r.randint(7, 19), r.randint(0, 59)
    wd = WEEKDAY_LONG[ctx.lang][d.weekday()]
    mon = MONTHS[ctx.lang][d.month - 1]
    if ctx.lang == "en":
        if ctx.region == "US":
            return "%s, %s %d, %d %d:%02d %s" % (wd, mon, d.day, d.year, (hh - 1) % 12 + 1, mm, "AM" if hh < 12 else "PM")
        return "%s, %d %s %d %02d:%02d" % (wd, d.day, mon, d.year, hh, mm)
    if ctx.lang == "sv":
        return "den %d %s %d %02d:%02d" % (d.day, mon, d.year, hh, mm)
    if ctx.lang == "de":
        return "%s, %d. %s %d %02d:%02d" % (wd, d.day, mon, d.year, hh, mm)
    return "%s, %d de %s de %d %d:%02d" % (wd, d.day, mon, d.year, hh, mm)


def person_addr(ctx, p, form=None, plain=False):
    """'Name <email>' as used in headers; Outlook often 'Last, First'."""
    r = ctx.rng
    form = form or r.choice(["full", "full", "lf"])
    parts = ctx.name(p, form)
    if p.email and r.random() < 0.85:
        parts = parts + [T(" <")] + ctx.email(p.email, link=False, plain=plain) + [T(">")]
    return parts


def outlook_header(ctx, frm, to_parts, cc_people=(), subject="", subject_neg=None):
    w = FWD_WORDS[ctx.lang]
    lines = [("", [T(w[0])])] if not ctx.html else []
    lines.append((w[1], person_addr(ctx, frm)))
    lines.append((w[2], [N(sent_date(ctx), "date_header")]))
    lines.append((w[3], to_parts))
    if cc_people:
        cc = []
        for j, p in enumerate(cc_people):
            if j:
                cc.append(T("; "))
            cc.extend(person_addr(ctx, p))
        lines.append((w[4], cc))
    subj = [T(subject)]
    if subject_neg:
        subj += [T(" ")] + subject_neg
    lines.append((w[5], subj))
    return lines


# ---------------------------------------------------------------------------
# scenarios (ticket bodies).  Each writes paragraphs into ctx; SUBJECTS gives a subject line.
# ---------------------------------------------------------------------------

ID_WORDS = {
    "se_personnummer": {"sv": ["personnummer", "personnr", "pnr"], "en": ["personnummer", "Swedish personal ID number"]},
    "se_samordningsnummer": {"sv": ["samordningsnummer", "samordningsnr"], "en": ["samordningsnummer (coordination number)"]},
    "de_steuer_id": {"de": ["Steuer-ID", "steuerliche Identifikationsnummer", "Steuer-Identifikationsnummer", "IdNr."], "en": ["German tax ID (Steuer-ID)", "Steuer-ID"]},
    "es_dni": {"es": ["DNI", "D.N.I.", "número de DNI"], "en": ["DNI", "Spanish ID (DNI)"]},
    "es_nie": {"es": ["NIE", "número de NIE"], "en": ["NIE"]},
    "uk_nino": {"en": ["National Insurance number", "NI number", "NINO", "NI no."]},
    "uk_nhs": {"en": ["NHS number", "NHS no."]},
    "au_tfn": {"en": ["TFN", "tax file number", "Tax File Number"]},
    "au_abn": {"en": ["ABN", "Australian Business Number"]},
    "au_medicare": {"en": ["Medicare number", "Medicare card no.", "Medicare"]},
    "us_ssn": {"en": ["SSN", "social security number", "Social Security #", "SS#"]},
}
REGION_IDS = {"SE": ["se_personnummer", "se_samordningsnummer"], "DE": ["de_steuer_id"], "ES": ["es_dni", "es_nie"],
              "UK": ["uk_nino", "uk_nhs"], "AU": ["au_tfn", "au_medicare", "au_medicare", "au_abn"], "US": ["us_ssn"]}

DOB_CTX = {
    "en": ["date of birth: {dob}", "DOB {dob}", "D.O.B. {dob}", "born on {dob}", "DOB: {dob}", "date of birth is {dob}", "born {dob}"],
    "sv": ["född {dob}", "födelsedatum: {dob}", "född den {dob}", "födelsedatum {dob}"],
    "de": ["geb. {dob}", "Geburtsdatum: {dob}", "geboren am {dob}", "Geb.-Datum {dob}", "geb. am {dob}"],
    "es": ["fecha de nacimiento: {dob}", "nacid{o} el {dob}", "F. nac.: {dob}", "fecha de nacimiento {dob}", "nacimiento: {dob}"],
}


def dob_phrase(ctx, p=None, d=None):
    tpl = ctx.rng.choice(DOB_CTX[ctx.lang]).replace("{o}", "o" if (p is None or p.gender == "m") else "a")
    return ctx.fill(tpl, {"dob": ctx.dob(d)})


def id_word(ctx, kind):
    w = ID_WORDS[kind]
    return ctx.rng.choice(w.get(ctx.lang) or w["en"])


def id_kind_for(ctx, region=None):
    return ctx.rng.choice(REGION_IDS[region or ctx.region])


STATUS_LINE = {
    "en": ["Error on screen: {err} (app {ver}, {ts}).", "It happened again at {ts} – message {err}, app version {ver}.", "Case ref {case}, error {err} at {ts}."],
    "sv": ["Felet på skärmen: {err} (app {ver}, {ts}).", "Det hände igen {ts} – meddelande {err}, appversion {ver}."],
    "de": ["Fehlermeldung: {err} (App {ver}, {ts}).", "Es ist um {ts} wieder passiert – Meldung {err}, App-Version {ver}."],
    "es": ["Error en pantalla: {err} (app {ver}, {ts}).", "Volvió a pasar a las {ts}: mensaje {err}, versión de la app {ver}."],
}


def status_line(ctx):
    ctx.para(ctx.say(STATUS_LINE, err=ctx.neg("error_code"), ver=ctx.neg("version"), ts=ctx.neg("timestamp"), case=ctx.neg("case_number")))


def sc_delivery(ctx):
    r = ctx.rng
    v = dict(order=ctx.neg("order_number"), trk=ctx.neg("tracking_number"), date=ctx.neg("date"), addr=ctx.addr(multiline=False),
             addrm=ctx.addr(), phone=ctx.phone(value=ctx.req.phone), store=ctx.store(), pc=ctx.neg("postcode"))
    ctx.para(ctx.say({
        "en": ["My order {order} was due on {date} but the tracking ({trk}) has said \"in transit\" for five days now.",
               "I ordered a sofa on {date} (order {order}) and the tracking number {trk} doesn't work on the courier's site.",
               "Parcel {trk} for order {order} was marked as delivered on {date}, but nothing arrived and none of the neighbours have it."],
        "nn": ["I am waiting since one week for my order {order}, the tracking {trk} is not updating since {date}.",
               "The parcel {trk} (order {order}) is showing delivered on {date} but I did not receive nothing."],
        "sv": ["Min beställning {order} skulle komma {date} men spårningen ({trk}) har stått på \"under transport\" i fem dagar.",
               "Jag beställde en soffa {date} (order {order}) och kollinumret {trk} fungerar inte hos transportören.",
               "Paket {trk} (order {order}) står som levererat {date} men inget har kommit och grannarna har inte fått det."],
        "de": ["Meine Bestellung {order} sollte am {date} kommen, aber die Sendungsverfolgung ({trk}) steht seit fünf Tagen auf „in Zustellung“.",
               "Ich habe am {date} ein Sofa bestellt (Auftrag {order}), die Sendungsnummer {trk} funktioniert beim Paketdienst nicht.",
               "Laut Tracking wurde Paket {trk} (Bestellung {order}) am {date} zugestellt – bei mir ist nichts angekommen, auch nicht bei den Nachbarn."],
        "es": ["Mi pedido {order} tenía que llegar el {date} pero el seguimiento ({trk}) lleva cinco días en \"en tránsito\".",
               "Hice un pedido de un sofá el {date} (pedido {order}) y el número de envío {trk} no funciona en la web de la agencia.",
               "El paquete {trk} del pedido {order} aparece como entregado el {date}, pero no ha llegado nada."],
    }, **v))
    ctx.para(ctx.say({
        "en": ["We've since moved, so could you please send it to {addr} instead?", "Please deliver it to this address instead:\n{addrm}\nThe courier can call me on {phone}.",
               "If it can't be redirected, can I pick it up from {store}? Otherwise the driver can ring {phone}.", "Do you even deliver to {pc}? The website says yes, the courier says no."],
        "nn": ["Please you can send it to my new address {addr}? The driver can call me {phone}.", "Please deliver to this address:\n{addrm}"],
        "sv": ["Vi har flyttat sedan dess, kan ni skicka den till {addr} i stället?", "Leverera gärna till den här adressen i stället:\n{addrm}\nBudet kan ringa mig på {phone}.",
               "Går det inte att ändra kan jag hämta i {store}? Annars kan chauffören ringa {phone}.", "Levererar ni ens till {pc}? Webben säger ja, budfirman nej."],
        "de": ["Wir sind inzwischen umgezogen – können Sie das Paket an {addr} umleiten?", "Bitte liefern Sie stattdessen an diese Adresse:\n{addrm}\nDer Fahrer kann mich unter {phone} erreichen.",
               "Falls das nicht geht, kann ich es in der {store} abholen? Sonst bitte unter {phone} anrufen.", "Liefern Sie überhaupt nach {pc}? Laut Website ja, laut Fahrer nein."],
        "es": ["Nos hemos mudado, ¿podéis enviarlo a {addr}?", "Por favor, entregadlo en esta dirección:\n{addrm}\nEl repartidor me puede llamar al {phone}.",
               "Si no se puede, ¿lo puedo recoger en {store}? Si no, que me llamen al {phone}.", "¿Entregáis en el {pc}? La web dice que sí y la agencia que no."],
    }, **v))


def sc_payment(ctx):
    r = ctx.rng
    v = dict(inv=ctx.neg("invoice_number"), amt=ctx.neg("amount"), card=ctx.card(), exp=ctx.neg("card_expiry"), err=ctx.neg("error_code"),
             order=ctx.neg("order_number"), masked=ctx.neg("masked_card"), email=ctx.email(ctx.req.email), bad=ctx.neg("luhn_invalid_card"))
    ctx.para(ctx.say({
        "en": ["I tried to pay invoice {inv} ({amt}) this morning with my card {card}, expiry {exp}, and it was declined with code {err}.",
               "Your checkout keeps rejecting my card. Number is {card}, exp {exp}. The amount was {amt} for order {order}.",
               "Could you please charge {amt} to {card} (exp. {exp}) manually? The online form gives me {err} every time."],
        "nn": ["I want to pay the invoice {inv} of {amt} but the card {card} (valid until {exp}) is refused with {err}. Please can you check?",
               "Payment not working. My card is {card} and expire {exp}, amount {amt}."],
        "sv": ["Jag försökte betala faktura {inv} ({amt}) i morse med mitt kort {card}, giltigt till {exp}, men det nekades med kod {err}.",
               "Kassan nekar mitt kort hela tiden. Kortnummer {card}, utgång {exp}. Det gällde {amt} för order {order}.",
               "Kan ni dra {amt} manuellt från kortet {card} ({exp})? Formuläret ger mig {err} varje gång."],
        "de": ["Ich wollte heute die Rechnung {inv} über {amt} mit meiner Kreditkarte {card} (gültig bis {exp}) bezahlen, die Zahlung wurde aber mit {err} abgelehnt.",
               "Ihr Checkout lehnt meine Karte ständig ab. Kartennummer {card}, Ablauf {exp}, Betrag {amt} für Bestellung {order}.",
               "Könnten Sie die {amt} bitte manuell von der Karte {card} (Ablaufdatum {exp}) abbuchen? Online bekomme ich immer {err}."],
        "es": ["Esta mañana intenté pagar la factura {inv} ({amt}) con mi tarjeta {card}, caducidad {exp}, y me la rechazó con el código {err}.",
               "La pasarela rechaza mi tarjeta una y otra vez. Número {card}, caduca {exp}. Eran {amt} del pedido {order}.",
               "¿Me podéis cobrar los {amt} a mano en la tarjeta {card} (cad. {exp})? El formulario me da {err} siempre."],
    }, **v))
    ctx.para(ctx.say({
        "en": ["My bank says there's no block on their side. The old card ({masked}) expired last month, so please remove it.",
               "Or just send a payment link to {email} and I'll try from my phone.", "(Earlier I typed {bad} by mistake – that one is wrong, ignore it.)"],
        "sv": ["Banken säger att det inte finns någon spärr hos dem. Det gamla kortet ({masked}) har gått ut, så ta gärna bort det.",
               "Eller skicka en betallänk till {email} så testar jag från mobilen.", "(Först skrev jag {bad} av misstag – det numret är fel.)"],
        "de": ["Laut meiner Bank liegt keine Sperre vor. Die alte Karte ({masked}) ist abgelaufen, bitte löschen Sie sie.",
               "Alternativ schicken Sie mir einen Zahlungslink an {email}.", "(Vorhin habe ich aus Versehen {bad} eingegeben – die Nummer ist falsch.)"],
        "es": ["El banco dice que no hay ningún bloqueo. La tarjeta antigua ({masked}) ya caducó, por favor eliminadla.",
               "O mandadme un enlace de pago a {email} y lo intento desde el móvil.", "(Antes puse {bad} por error, ese número está mal.)"],
    }, **v))


def refund_item(ctx):
    return ctx.rng.choice({"en": ["the jacket", "the blender", "two pairs of shoes", "the baby monitor"], "sv": ["jackan", "mixern", "två par skor", "babyvakten"],
                           "de": ["die Jacke", "den Mixer", "zwei Paar Schuhe", "das Babyphone"], "es": ["la chaqueta", "la batidora", "dos pares de zapatos", "el vigilabebés"]}[ctx.lang])


def sc_refund(ctx):
    r = ctx.rng
    holder = ctx.req if r.random() < 0.6 else make_person(r, ctx.req.region)
    cc = None
    if ctx.region in ("AU", "US"):
        cc = r.choice(["DE", "IE", "NL", "FR", "GB"])
    elif ctx.region == "UK":
        cc = r.choice(["GB", "GB", "IE"])
    elif r.random() < 0.15:
        cc = r.choice(["FR", "BE", "NO", "AT", "NL"])
    v = dict(item=refund_item(ctx), date=ctx.neg("date"), rma=ctx.neg("order_number"), amt=ctx.neg("amount"), iban=ctx.iban(cc), bic=ctx.neg("bic"),
             holder=ctx.name(holder, "full"), bad=ctx.neg("iban_invalid"))
    ctx.para(ctx.say({
        "en": ["I returned {item} on {date} (return ref {rma}) and I'm still waiting for the refund of {amt}.",
               "Your colleague promised a refund of {amt} for return {rma} on {date}. Nothing so far."],
        "nn": ["I have sent back {item} at {date} (return number {rma}) and until now I don't have my money {amt} back."],
        "sv": ["Jag returnerade {item} den {date} (returnummer {rma}) och väntar fortfarande på återbetalningen på {amt}.",
               "Er kollega lovade återbetalning på {amt} för retur {rma} den {date}. Inget har kommit."],
        "de": ["Ich habe {item} am {date} zurückgeschickt (Retourennummer {rma}) und warte noch auf die Erstattung von {amt}.",
               "Ihr Kollege hat mir am {date} eine Erstattung von {amt} für Retoure {rma} zugesagt. Bisher nichts."],
        "es": ["Devolví {item} el {date} (nº de devolución {rma}) y todavía no me habéis reembolsado {amt}.",
               "Vuestro compañero me prometió el {date} un reembolso de {amt} por la devolución {rma}. Nada de nada."],
    }, **v))
    ctx.para(ctx.say({
        "en": ["Please pay it back to my bank account: IBAN {iban}, BIC {bic}, account holder {holder}.",
               "The card I paid with is cancelled, so please transfer it instead:\nAccount holder: {holder}\nIBAN: {iban}\nBIC: {bic}",
               "Refund to {iban} (BIC {bic}) please – the account is in the name of {holder}. I think I gave you {bad} before, which had a typo."],
        "sv": ["Sätt in pengarna på mitt konto: IBAN {iban}, BIC {bic}, kontoinnehavare {holder}.",
               "Kortet jag betalade med är spärrat, så för över till:\nKontoinnehavare: {holder}\nIBAN: {iban}\nBIC: {bic}",
               "Återbetala till {iban} (BIC {bic}), kontot står på {holder}. Förra gången skrev jag {bad}, det var fel."],
        "de": ["Bitte überweisen Sie den Betrag auf mein Konto: IBAN {iban}, BIC {bic}, Kontoinhaber: {holder}.",
               "Die Karte, mit der ich bezahlt habe, ist gesperrt. Bitte stattdessen überweisen:\nKontoinhaber: {holder}\nIBAN: {iban}\nBIC: {bic}",
               "Erstattung bitte an {iban} (BIC {bic}), Inhaber {holder}. Die IBAN {bad} aus meiner letzten Mail war falsch, Zahlendreher."],
        "es": ["Por favor, hacedme la transferencia a esta cuenta: IBAN {iban}, BIC {bic}, titular: {holder}.",
               "La tarjeta con la que pagué está cancelada, así que transferidlo a:\nTitular: {holder}\nIBAN: {iban}\nBIC: {bic}",
               "Reembolso a {iban} (BIC {bic}), titular {holder}. El IBAN que os di antes ({bad}) tenía un error."],
    }, **v))


def sc_identity(ctx):
    r = ctx.rng
    kind = id_kind_for(ctx)
    p = ctx.req
    birth = rand_date(r, 1945, 2005)
    idv = ctx.pnr(birth, kind == "se_samordningsnummer") if kind.startswith("se_") else ctx.nid(kind)
    v = dict(full=ctx.name(p, "full"), dobp=dob_phrase(ctx, p, birth), idw=id_word(ctx, kind), id=idv, addr=ctx.addr(multiline=False), addrm=ctx.addr(),
             cust=ctx.neg("customer_number"), date=ctx.neg("date"))
    ctx.para(ctx.say({
        "en": ["You asked me to verify my identity before you can unlock the account. Here you go: {full}, {dobp}, {idw} {id}.",
               "For the verification: my {idw} is {id} and my {dobp}. Customer number {cust}.",
               "I've been locked out since {date}. Details for the security check – name {full}, {dobp}, address {addr}."],
        "nn": ["For to verify me: name is {full}, {dobp}, my {idw} is {id}.", "You ask for identification. {idw}: {id}, {dobp}, customer nr. {cust}."],
        "sv": ["Ni bad mig styrka min identitet innan kontot låses upp. Här: {full}, {idw} {id}, {dobp}.",
               "För verifieringen: mitt {idw} är {id}. Kundnummer {cust}.", "Jag har varit utelåst sedan {date}. Uppgifter för kontrollen: {full}, {dobp}, adress {addr}."],
        "de": ["Sie hatten um eine Identitätsprüfung gebeten. Hier meine Daten: {full}, {dobp}, {idw} {id}.",
               "Für die Verifizierung: meine {idw} lautet {id}, {dobp}. Kundennummer {cust}.",
               "Seit dem {date} komme ich nicht mehr in mein Konto. Daten für die Prüfung – {full}, {dobp}, Anschrift {addr}."],
        "es": ["Me pedís verificar mi identidad para desbloquear la cuenta. Aquí van: {full}, {dobp}, {idw} {id}.",
               "Para la verificación: mi {idw} es {id} y mi {dobp}. Nº de cliente {cust}.",
               "Estoy bloqueado desde el {date}. Datos para la comprobación: {full}, {dobp}, dirección {addr}."],
    }, **v))
    if ctx.region in ("UK", "AU") and r.random() < 0.5:
        k2 = {"UK": "uk_nhs" if kind == "uk_nino" else "uk_nino", "AU": "au_medicare" if kind != "au_medicare" else "au_tfn"}[ctx.region]
        ctx.para(ctx.say({"en": ["In case it helps, my {w} is {x}.", "You also have my {w} on file: {x}."]}, w=id_word(ctx, k2), x=ctx.nid(k2)))
    if r.random() < 0.5:
        ctx.para(ctx.say({
            "en": ["My current address is:\n{addrm}", "Please update the address on file to {addr} while you're at it."],
            "sv": ["Min nuvarande adress är:\n{addrm}", "Uppdatera gärna adressen till {addr} samtidigt."],
            "de": ["Meine aktuelle Anschrift:\n{addrm}", "Bitte aktualisieren Sie bei der Gelegenheit die Adresse auf {addr}."],
            "es": ["Mi dirección actual es:\n{addrm}", "Aprovechad para actualizar la dirección a {addr}, por favor."],
        }, **v))
    if ctx.rng.random() < 0.7:
        status_line(ctx)


def sc_health(ctx):
    r = ctx.rng
    pat = make_person(r, ctx.region)
    birth = rand_date(r, 1935, 2022)
    kind = {"UK": "uk_nhs", "AU": "au_medicare", "US": "us_ssn", "SE": "se_personnummer", "ES": r.choice(["es_dni", "es_nie"]), "DE": None}[ctx.region]
    idv = (ctx.pnr(birth) if kind == "se_personnummer" else ctx.nid(kind)) if kind else ctx.neg("customer_number")
    v = dict(pat=ctx.name(pat, "full"), dobp=dob_phrase(ctx, pat, birth), idw=id_word(ctx, kind) if kind else "Versichertennr.", id=idv, date=ctx.neg("date"),
             tm=ctx.neg("timestamp"), err=ctx.neg("error_code"), phone=ctx.phone(), ver=ctx.neg("version"), pt=ctx.name(pat, "title"))
    ctx.para(ctx.say({
        "en": ["We can't book patient {pat} ({dobp}, {idw} {id}) for {date} – the system says the record is locked by another user.",
               "Patient {pat}, {dobp}, {idw} {id}, shows twice in the patient list after the update to {ver}. Which one should we merge?",
               "The reminder SMS for {pt} went to the wrong number. Correct mobile is {phone}; the appointment is on {date}."],
        "sv": ["Vi kan inte boka patienten {pat} ({idw} {id}) den {date} – systemet säger att journalen är låst.",
               "Patienten {pat}, {dobp}, ligger dubbelt i listan efter uppdateringen till {ver}. Vilken ska vi slå ihop?",
               "Påminnelse-sms:et till {pat} gick till fel nummer. Rätt mobil är {phone}, tiden är {date}."],
        "de": ["Wir können {pat} ({dobp}) nicht für den {date} einbuchen – laut System ist die Akte gesperrt ({err}).",
               "Die Patientin/der Patient {pat}, {dobp}, erscheint seit dem Update auf {ver} doppelt. Welchen Eintrag sollen wir zusammenführen?",
               "Die Erinnerungs-SMS an {pt} ging an die falsche Nummer. Richtig ist {phone}, Termin am {date}."],
        "es": ["No podemos dar cita a {pat} ({idw} {id}, {dobp}) para el {date}: el sistema dice que la ficha está bloqueada.",
               "El paciente {pat}, {dobp}, sale duplicado desde la actualización a la {ver}. ¿Cuál fusionamos?",
               "El SMS de recordatorio para {pt} se envió a un número equivocado. El móvil correcto es {phone}; la cita es el {date}."],
    }, **v))
    ctx.para(ctx.say({
        "en": ["Error shown: {err} at {tm}. This is urgent, we have a full clinic today.", "Can someone call the front desk? We're open until 6."],
        "sv": ["Felet: {err} kl {tm}. Det är bråttom, vi har fullbokat i dag.", "Kan någon ringa receptionen? Vi har öppet till 17."],
        "de": ["Fehlermeldung: {err} um {tm}. Dringend, das Wartezimmer ist voll.", "Kann uns jemand in der Praxis zurückrufen?"],
        "es": ["Error: {err} a las {tm}. Es urgente, tenemos la consulta llena.", "¿Nos puede llamar alguien a recepción?"],
    }, **v))


def sc_payroll(ctx):
    r = ctx.rng
    emp = make_person(r, ctx.region)
    birth = rand_date(r, 1960, 2006)
    kind = {"UK": "uk_nino", "AU": "au_tfn", "US": "us_ssn", "SE": r.choice(["se_personnummer", "se_samordningsnummer"]), "DE": "de_steuer_id",
            "ES": r.choice(["es_dni", "es_nie"])}[ctx.region]
    idv = ctx.pnr(birth, kind == "se_samordningsnummer") if kind.startswith("se_") else ctx.nid(kind)
    extra = [N("%02d/2026" % r.randint(1, 12), "pay_period"), N(str(r.randint(1000, 9999)), "cost_centre")]
    bank = ctx.iban() if ctx.region in ("DE", "ES") or (ctx.region == "SE" and r.random() < 0.3) else None
    v = dict(emp=ctx.name(emp, "full"), first=ctx.name(emp, "first"), idw=id_word(ctx, kind), id=idv, dobp=dob_phrase(ctx, emp, birth), start=ctx.neg("date"),
             iban=bank, addr=ctx.addr(multiline=False), run=ctx.neg("invoice_number"), emn=ctx.neg("customer_number"),
             amt=ctx.neg("amount"), email=ctx.email(make_email(r, emp)))
    ctx.para(ctx.say({
        "en": ["We have a new starter, {emp}, from {start}. The portal won't accept the {idw} {id} – it says \"invalid format\".",
               "Please correct the record for {emp} (employee no. {emn}): {idw} should be {id}, {dobp}.",
               "Payroll run {run} failed for one employee, {emp}. Their {idw} is {id} and home address {addr}."],
        "nn": ["We have new employee {emp} starting {start}. The system is not accepting the {idw} {id}, why?"],
        "sv": ["Vi har en nyanställd, {emp}, från {start}. Portalen godtar inte {idw} {id} – \"ogiltigt format\".",
               "Rätta gärna uppgifterna för {emp} (anst.nr {emn}): {idw} ska vara {id}.", "Lönekörning {run} fallerade för {emp}, {idw} {id}, adress {addr}."],
        "de": ["Wir haben einen neuen Mitarbeiter, {emp}, ab dem {start}. Das Portal akzeptiert die {idw} {id} nicht („ungültiges Format“).",
               "Bitte korrigieren Sie den Datensatz von {emp} (Personalnr. {emn}): {idw} {id}, {dobp}.",
               "Der Lohnlauf {run} ist für {emp} abgebrochen. {idw}: {id}, Anschrift {addr}."],
        "es": ["Tenemos una nueva incorporación, {emp}, desde el {start}. El portal no acepta el {idw} {id}: dice \"formato no válido\".",
               "Corregid por favor la ficha de {emp} (nº empleado {emn}): {idw} {id}, {dobp}.", "La nómina {run} ha fallado para {emp}. {idw}: {id}, domicilio {addr}."],
    }, **v))
    ctx.para(ctx.fill({"en": "Pay period {pp}, cost centre {cc}.", "sv": "Löneperiod {pp}, kostnadsställe {cc}.", "de": "Abrechnungsmonat {pp}, Kostenstelle {cc}.",
                       "es": "Periodo {pp}, centro de coste {cc}."}[ctx.lang], {"pp": [extra[0]], "cc": [extra[1]]}))
    if bank:
        ctx.para(ctx.say({
            "en": ["Salary should go to {iban}. {first}'s email for the payslips is {email}."],
            "sv": ["Lönen ska sättas in på {iban}. Lönespecen skickas till {email}."],
            "de": ["Das Gehalt bitte auf {iban} überweisen. Die Lohnabrechnung an {email}.", "Bankverbindung: {iban}. Gehaltsabrechnung bitte per Mail an {email}."],
            "es": ["La nómina se ingresa en {iban}. Las nóminas en PDF a {email}.", "Cuenta para la nómina: {iban}. Correo de {first}: {email}."],
        }, **v))
    elif r.random() < 0.5:
        ctx.para(ctx.say({
            "en": ["Payslips for {first} to {email}, please."],
            "sv": ["Lönespecen ska gå till {email}."],
            "de": ["Lohnabrechnung bitte an {email}."],
            "es": ["Las nóminas a {email}, por favor."],
        }, **v))


def api_host(ctx):
    return "api." + ctx.vendor["domain"]


def curl_block(ctx, token_kind=None):
    r = ctx.rng
    token_kind = token_kind or r.choice(["jwt", "stripe_live", "openai", "sendgrid", "google_api", "github_pat", "gitlab_pat", "npm", "jwt"])
    tok = gen_secret(r, token_kind)
    lines = []
    path = r.choice(["/v2/orders", "/v1/tickets", "/api/customers/search", "/v3/invoices?status=open", "/v1/webhooks"])
    lines.append([T("$ curl -s -X %s 'https://%s%s' \\" % (r.choice(["GET", "POST", "PATCH"]), api_host(ctx), path))])
    if token_kind == "google_api":
        lines.append([T("    -H 'X-Goog-Api-Key: ")] + ctx.secret(token_kind, tok) + [T("' \\")])
    elif token_kind in ("github_pat", "gitlab_pat") and r.random() < 0.5:
        lines.append([T("    -H 'PRIVATE-TOKEN: " if token_kind == "gitlab_pat" else "    -H 'Authorization: token ")] + ctx.secret(token_kind, tok) + [T("' \\")])
    else:
        lines.append([T("    -H 'Authorization: Bearer ")] + ctx.secret(token_kind, tok) + [T("' \\")])
    lines.append([T("    -H 'Content-Type: application/json' \\")])
    if r.random() < 0.6:
        lines.append([T("""    -d '{"email": \"""")] + ctx.email(ctx.req.email, plain=True) + [T("""\", "customer": \"""")] + ctx.neg("object_id") + [T("""\"}'""")])
    else:
        lines.append([T("""    -d '{"ticket_id": \"""")] + ctx.neg("uuid") + [T("""\"}'""")])
    lines.append([T("")])
    lines.append([T("HTTP/2 %s" % r.choice(["401", "403", "500", "502", "429"]))])
    lines.append([T("x-request-id: ")] + ctx.neg("uuid"))
    lines.append([T("date: ")] + ctx.neg("timestamp"))
    lines.append([T("""{"error":{"code":\"""")] + ctx.neg("error_code") + [T("""\","message":"Request failed"}}""")])
    return lines


def sc_api(ctx):
    r = ctx.rng
    v = dict(ver=ctx.neg("version"), err=ctx.neg("error_code"), req=ctx.neg("request_id"), ts=ctx.neg("timestamp"), ip=ctx.ip("ipv4"), ip6=ctx.ip("ipv6"),
             ph=ctx.neg("placeholder"), date=ctx.neg("date"))
    ctx.para(ctx.say({
        "en": ["Since we upgraded your SDK to {ver} every call to the orders endpoint fails with {err}. Request ID {req}, around {ts}.",
               "Our integration stopped working on {date}. Nothing changed on our side except the SDK bump to {ver}. Example below."],
        "nn": ["Since update to {ver} all calls are failing with {err}. The request id is {req}, time {ts}. Can you check please?"],
        "sv": ["Sedan vi uppgraderade ert SDK till {ver} får vi {err} på alla anrop mot orders. Request-id {req}, runt {ts}.",
               "Integrationen slutade fungera {date}. Vi har inte ändrat något förutom SDK {ver}. Exempel nedan."],
        "de": ["Seit dem Update Ihres SDK auf {ver} schlägt jeder Aufruf mit {err} fehl. Request-ID {req}, gegen {ts}.",
               "Unsere Anbindung funktioniert seit dem {date} nicht mehr. Außer dem SDK-Update auf {ver} haben wir nichts geändert. Beispiel unten."],
        "es": ["Desde que actualizamos vuestro SDK a la {ver} todas las llamadas fallan con {err}. ID de petición {req}, sobre las {ts}.",
               "La integración dejó de funcionar el {date}. Solo hemos actualizado el SDK a la {ver}. Os paso un ejemplo."],
    }, **v))
    ctx.pre(curl_block(ctx))
    ctx.para(ctx.say({
        "en": ["Our outbound IP is {ip} (and {ip6} over IPv6) if you need to allowlist it. In staging we use {ph} and that works fine.",
               "The calls come from {ip}. Please don't tell me to regenerate the key again, I did that twice."],
        "sv": ["Vår utgående IP är {ip} (och {ip6} för IPv6) om ni behöver vitlista den. I staging använder vi {ph} och där funkar det.",
               "Anropen kommer från {ip}. Vi har redan genererat om nyckeln två gånger."],
        "de": ["Unsere ausgehende IP ist {ip} (IPv6: {ip6}), falls Sie sie freischalten müssen. In Staging nutzen wir {ph}, da geht es.",
               "Die Aufrufe kommen von {ip}. Den Schlüssel haben wir schon zweimal neu erzeugt."],
        "es": ["Nuestra IP de salida es {ip} (y {ip6} por IPv6) por si tenéis que permitirla. En staging usamos {ph} y funciona.",
               "Las llamadas salen de {ip}. Ya hemos regenerado la clave dos veces."],
    }, **v))


def url_password(rng):
    return rstr(rng, rng.randint(8, 14), ALNUM + "_~") if rng.random() < 0.7 else rng.choice(PASSWORDS_BASE).replace("ü", "u").replace("ö", "o") + str(rng.randint(10, 99))


def env_lines(ctx):
    r = ctx.rng
    host = r.choice(["db-prod-2.internal", "postgres.railway.internal", "crm-db.cluster-c9x.eu-north-1.rds.amazonaws.com", "10-db"])
    cands = [
        lambda: [T("APP_ENV=production")],
        lambda: [T("APP_VERSION=")] + ctx.neg("version"),
        lambda: [T("DATABASE_URL=")] + ctx.secret("url_credentials", "postgres://%s:%s@%s:5432/%s" % (r.choice(["app", "crm_user", "svc_api"]), url_password(r), host, r.choice(["prod", "crm"]))),
        lambda: [T("DB_PASSWORD=")] + [L(gen_password(r), "secret", "password")],
        lambda: [T("MAIL_FROM=")] + (ctx.email("noreply@" + ctx.vendor["domain"], "role", plain=True) if r.random() < 0.4 else ctx.email(ctx.req.email, plain=True)),
        lambda: [T("SMTP_PASSWORD=")] + [L(gen_password(r), "secret", "password")],
        lambda: [T("STRIPE_SECRET_KEY=")] + ctx.secret("stripe_live"),
        lambda: [T("STRIPE_WEBHOOK_SECRET=")] + ctx.secret("stripe_whsec"),
        lambda: [T("AWS_ACCESS_KEY_ID=")] + ctx.secret("aws_access_key_id"),
        lambda: [T("AWS_SECRET_ACCESS_KEY=")] + ctx.secret("aws_secret_key"),
        lambda: [T("OPENAI_API_KEY=")] + ctx.neg("placeholder"),
        lambda: [T("SLACK_WEBHOOK_URL=")] + ctx.secret("url_token", "https://hooks.slack.com/services/T%s/B%s/%s" % (rstr(r, 8, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"), rstr(r, 10, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789"), rstr(r, 24))),
        lambda: [T("SENTRY_RELEASE=")] + ctx.neg("git_sha"),
        lambda: [T("REDIS_URL=redis://cache:6379/0")],
        lambda: [T("TWILIO_AUTH_TOKEN=")] + ctx.secret("twilio_token"),
        lambda: [T("# old key, rotated: ")] + ctx.neg("example_key"),
        lambda: [T("GITHUB_TOKEN=")] + ctx.secret(r.choice(["github_pat", "github_fine"])),
        lambda: [T("SUPPORT_PHONE=\"")] + ctx.phone(plain=True, sub="business") + [T("\"")],
        lambda: [T("TRUSTED_PROXY=")] + ctx.ip("ipv4"),
        lambda: [T("CHECKSUM_SHA256=")] + ctx.neg("sha256"),
        lambda: [T("SLACK_BOT_TOKEN=")] + ctx.secret("slack_bot"),
        lambda: [T("GOOGLE_MAPS_API_KEY=")] + ctx.secret("google_api"),
        lambda: [T("JWT_SECRET=")] + [L(rstr(r, 48, ALNUM), "secret", "jwt_signing_secret")],
        lambda: [T("REQUEST_TIMEOUT_MS=")] + [N(str(r.choice([30000, 15000, 60000])), "config_number")],
    ]
    idx = sorted(r.sample(range(len(cands)), r.randint(4, 7)))
    if 0 not in idx:
        idx = [0] + idx
    return [cands[i]() for i in idx]


def json_config_lines(ctx):
    r = ctx.rng
    return [
        [T("{")],
        [T('  "ConnectionStrings": {')],
        [T('    "Default": "Server=sql01.%s;Database=crm;User Id=app;Password=' % ctx.vendor["domain"])] + [L(gen_password(r).replace('"', ""), "secret", "password")] + [T(';"')],
        [T("  },")],
        [T('  "Smtp": { "Host": "smtp.office365.com", "User": "')] + ctx.email(ctx.req.email, plain=True) + [T('", "Password": "')] + [L(gen_password(r).replace('"', ""), "secret", "password")] + [T('" },')],
        [T('  "Storage": "DefaultEndpointsProtocol=https;AccountName=%sfiles;AccountKey=' % re.sub(r"[^a-z]", "", ctx.vendor["domain"])[:10])] + ctx.secret("azure_key") + [T(';EndpointSuffix=core.windows.net",')],
        [T('  "BuildId": "')] + ctx.neg("build_number") + [T('",')],
        [T('  "InstanceId": "')] + ctx.neg("uuid") + [T('"')],
        [T("}")],
    ]


def yaml_lines(ctx):
    r = ctx.rng
    return [
        [T("services:")],
        [T("  api:")],
        [T("    image: ghcr.io/%s/api:" % re.sub(r"[^a-z]", "", ctx.vendor["domain"])[:12])] + ctx.neg("version"),
        [T("    environment:")],
        [T("      - NODE_ENV=production")],
        [T("      - DB_PASSWORD=")] + [L(gen_password(r).replace(" ", ""), "secret", "password")],
        [T("      - NPM_TOKEN=")] + (ctx.secret("npm") if r.random() < 0.6 else ctx.neg("placeholder")),
        [T("      - GITLAB_TOKEN=")] + ctx.secret("gitlab_pat"),
        [T("      - SENDGRID_API_KEY=")] + ctx.secret("sendgrid"),
        [T("      - API_URL=https://%s" % api_host(ctx))],
        [T("    ports:")],
        [T('      - "')] + ctx.neg("port_number") + [T(':8080"')],
    ]


def sc_config(ctx):
    r = ctx.rng
    kind = r.choice(["env", "env", "json", "yaml", "key", "key", "properties"])
    if kind != "key":
        v = dict(date=ctx.neg("date"), err=ctx.neg("error_code"), ver=ctx.neg("version"))
        ctx.para(ctx.say({
            "en": ["Deploy is failing after your migration on {date}. Here's our config, maybe you can spot it:", "Getting {err} on startup since {ver}. Config below (prod):",
                   "Pasting the config as requested:"],
            "nn": ["After your migration from {date} our deploy is broken. Here is the config:", "Here the env file like you asked:"],
            "sv": ["Deployen fallerar efter er migrering {date}. Här är vår konfig, ni kanske ser felet:", "Får {err} vid uppstart sedan {ver}. Konfig nedan (prod):",
                   "Klistrar in konfigurationen som ni bad om:"],
            "de": ["Seit Ihrer Migration am {date} schlägt das Deployment fehl. Hier unsere Konfiguration:", "Beim Start kommt {err}, seit Version {ver}. Konfig (Prod) unten:",
                   "Wie gewünscht die Konfiguration:"],
            "es": ["El despliegue falla desde vuestra migración del {date}. Os pego la configuración:", "Nos sale {err} al arrancar desde la {ver}. Configuración (prod):",
                   "Os pego la configuración que pedíais:"],
        }, **v))
    if kind == "key":
        ctx.para(ctx.say({
            "en": ["The SFTP upload from our server fails with \"invalid format\". This is the key we configured in the portal:"],
            "nn": ["The SFTP upload is failing with \"invalid format\". Here is the key we put in the portal:"],
            "sv": ["SFTP-uppladdningen från vår server ger \"invalid format\". Det här är nyckeln vi lagt in i portalen:"],
            "de": ["Der SFTP-Upload von unserem Server scheitert mit „invalid format“. Das ist der Schlüssel, den wir im Portal hinterlegt haben:"],
            "es": ["La subida por SFTP desde nuestro servidor falla con \"invalid format\". Esta es la clave que pusimos en el portal:"],
        }))
        ctx.pre([ctx.secret("pem")])
        ctx.para(ctx.say({
            "en": ["Public part for reference: {pub} – fingerprint {fp}."], "sv": ["Publika delen: {pub} – fingeravtryck {fp}."],
            "de": ["Der öffentliche Teil: {pub} – Fingerprint {fp}."], "es": ["La parte pública: {pub} – huella {fp}."],
        }, pub=ctx.neg("public_key"), fp=[N("SHA256:" + base64.b64encode(bytes(r.getrandbits(8) for _ in range(32))).decode().rstrip("="), "key_fingerprint")]))
    elif kind == "properties":
        user = r.choice(["crm_app", "svc_billing", "app"])
        ctx.pre([[T("spring.datasource.url=jdbc:postgresql://db-prod:5432/crm")], [T("spring.datasource.username=" + user)],
                 [T("spring.datasource.password=")] + [L(gen_password(r), "secret", "password")],
                 [T("spring.mail.username=")] + ctx.email(ctx.req.email, plain=True), [T("spring.mail.password=")] + [L(gen_password(r), "secret", "password")],
                 [T("app.build=")] + ctx.neg("build_number"), [T("")],
                 ctx.neg("timestamp") + [T(" ERROR 1 --- [main] o.h.engine.jdbc.spi.SqlExceptionHelper : FATAL: password authentication failed for user \"%s\"" % user)],
                 [T("\tat org.postgresql.core.v3.ConnectionFactoryImpl.doAuthentication(ConnectionFactoryImpl.java:%d)" % r.randint(500, 800))],
                 [T("\tat org.postgresql.core.v3.ConnectionFactoryImpl.openConnectionImpl(ConnectionFactoryImpl.java:%d)" % r.randint(180, 300))],
                 [T("\tat com.zaxxer.hikari.pool.HikariPool.checkFailFast(HikariPool.java:%d)" % r.randint(500, 600))]])
    else:
        ctx.pre(env_lines(ctx) if kind == "env" else json_config_lines(ctx) if kind == "json" else yaml_lines(ctx))
    if r.random() < 0.5:
        ctx.para(ctx.say({
            "en": ["(Yes, I know I shouldn't paste keys here. I'll rotate them after.)", "Staging is identical except the keys."],
            "sv": ["(Ja, jag vet att man inte ska klistra in nycklar här. Jag byter dem efteråt.)"],
            "de": ["(Ja, ich weiß, Schlüssel gehören nicht in ein Ticket. Ich tausche sie danach.)"],
            "es": ["(Sí, ya sé que no debería pegar claves aquí. Las rotaré luego.)"],
        }))


def sc_ci(ctx):
    r = ctx.rng
    org = re.sub(r"[^a-z]", "", ctx.vendor["domain"])[:10]
    tok = gen_secret(r, "github_app")
    d = rand_date(r, 2026, 2026)
    base = "%sT%02d:%02d" % (d.isoformat(), r.randint(0, 23), r.randint(0, 59))
    lines = [
        [N("%s:%02d.%07dZ" % (base, r.randint(0, 59), r.randint(0, 9999999)), "timestamp"), T(" ##[group]Run actions/checkout@v4")],
        [N("%s:%02d.%07dZ" % (base, r.randint(0, 59), r.randint(0, 9999999)), "timestamp"), T(" git clone ")]
        + ctx.secret("url_credentials", "https://x-access-token:%s@github.com/%s/api.git" % (tok, org)),
        [T("Cloning into 'api'...")],
        [T("HEAD is now at ")] + ctx.neg("git_sha") + [T(" Merge pull request #%d from %s/fix-webhooks" % (r.randint(100, 4999), org))],
        [T("npm ci --registry https://registry.npmjs.org/ ")],
        [T("npm ERR! code E401")],
        [T("npm ERR! Unable to authenticate, your authentication token seems to be invalid.")],
        [T("npm ERR! //registry.npmjs.org/:_authToken=")] + ctx.secret("npm"),
        [T("Deploying build ")] + ctx.neg("build_number") + [T(" to production (runner ")] + ctx.ip("ipv4") + [T(")")],
        [T("Error: Process completed with exit code 1.")],
    ]
    v = dict(date=ctx.neg("date"), job=ctx.neg("build_number"))
    ctx.para(ctx.say({
        "en": ["Our pipeline started failing after your maintenance window on {date}. Log from job {job} below.", "CI is red since {date}, log attached inline:"],
        "sv": ["Vår pipeline började fallera efter ert underhåll {date}. Logg från jobb {job} nedan.", "CI har varit rött sedan {date}, logg nedan:"],
        "de": ["Seit Ihrem Wartungsfenster am {date} schlägt unsere Pipeline fehl. Log von Job {job}:", "CI ist seit dem {date} rot, Log anbei:"],
        "es": ["El pipeline falla desde vuestro mantenimiento del {date}. Log del job {job}:", "La CI está en rojo desde el {date}, os pego el log:"],
    }, **v))
    ctx.pre(lines)


def sc_security(ctx):
    r = ctx.rng
    v = dict(ip=ctx.ip(), ip2=ctx.ip(), ts=ctx.neg("timestamp"), pw=[L(gen_password(r), "secret", "password")], city=ctx.city(), date=ctx.neg("date"),
             email=ctx.email(ctx.req.email), other=ctx.email(make_email(r, make_person(r, ctx.region))))
    ctx.para(ctx.say({
        "en": ["I got an alert that someone signed in to my account from {ip} at {ts}. That wasn't me – I only ever log in from home ({ip2}).",
               "Someone changed the recovery email on my account to {other} on {date}. I did not do this. The login came from {ip}, apparently near {city}."],
        "nn": ["I receive a warning that somebody was logging in my account from {ip} at {ts}. This was not me! My IP at home is {ip2}."],
        "sv": ["Jag fick en varning om att någon loggat in på mitt konto från {ip} kl {ts}. Det var inte jag – jag loggar bara in hemifrån ({ip2}).",
               "Någon bytte återställningsadressen på mitt konto till {other} den {date}. Det var inte jag. Inloggningen kom från {ip}, i närheten av {city}."],
        "de": ["Ich habe eine Warnung bekommen, dass sich jemand um {ts} von {ip} aus in mein Konto eingeloggt hat. Das war ich nicht – ich logge mich nur von zu Hause ein ({ip2}).",
               "Am {date} wurde die Wiederherstellungsadresse in meinem Konto auf {other} geändert. Das war nicht ich. Login von {ip}, angeblich bei {city}."],
        "es": ["Me ha llegado un aviso de que alguien entró en mi cuenta desde {ip} a las {ts}. No fui yo: solo entro desde casa ({ip2}).",
               "Alguien cambió el correo de recuperación de mi cuenta a {other} el {date}. No he sido yo. El acceso vino de {ip}, cerca de {city}."],
    }, **v))
    ctx.para(ctx.say({
        "en": ["I've reset it, but the temporary one you emailed doesn't work either (password: {pw}). Please lock the account and contact me at {email}.",
               "Please lock everything and only contact me at {email}."],
        "sv": ["Jag har återställt det, men det tillfälliga ni mejlade funkar inte heller (lösenord: {pw}). Lås kontot och kontakta mig på {email}.",
               "Lås allt och kontakta mig bara på {email}."],
        "de": ["Ich habe es zurückgesetzt, aber das temporäre aus Ihrer Mail geht auch nicht (Passwort: {pw}). Bitte sperren Sie das Konto, Kontakt nur über {email}.",
               "Bitte alles sperren und mich nur unter {email} kontaktieren."],
        "es": ["Lo he restablecido, pero la temporal que me mandasteis tampoco funciona (contraseña: {pw}). Bloquead la cuenta y escribidme a {email}.",
               "Bloquead todo y contactad solo a {email}, por favor."],
    }, **v))
    if r.random() < 0.5:
        lines = []
        for _ in range(r.randint(2, 4)):
            lines.append(ctx.neg("timestamp") + [T("  %s  " % r.choice(["login_success", "login_failed", "mfa_challenge", "email_changed", "session_created"]))]
                         + ctx.ip() + [T("  %s" % r.choice(["Chrome 131 / Windows", "Safari / iOS", "Firefox 133 / Linux", "okhttp/4.12"]))])
        ctx.pre(lines)


GDPR_LAW = {"en_UK": "Article 15 of the UK GDPR", "en_AU": "Australian Privacy Principle 12", "en_US": "the CCPA", "en": "Article 15 GDPR",
            "sv": "artikel 15 i dataskyddsförordningen (GDPR)", "de": "Art. 15 DSGVO", "es": "el artículo 15 del RGPD"}


def sc_gdpr(ctx):
    r = ctx.rng
    p = ctx.req
    law = GDPR_LAW.get("en_" + ctx.region if ctx.lang == "en" else ctx.lang, GDPR_LAW.get(ctx.lang, GDPR_LAW["en"]))
    kind = id_kind_for(ctx)
    v = dict(idw=id_word(ctx, kind), id=ctx.nid(kind), law=law, full=ctx.name(p, "full"), dobp=dob_phrase(ctx, p), cust=ctx.neg("customer_number"), addr=ctx.addr(multiline=False),
             addrm=ctx.addr(), old=ctx.addr(multiline=False), email=ctx.email(p.email), phone=ctx.phone(value=p.phone), date=ctx.neg("date"),
             oldmail=ctx.email(make_email(r, p)))
    ctx.para(ctx.say({
        "en": ["Under {law} I'd like a copy of all personal data you hold about me. To help you find it: {full}, {dobp}, customer number {cust}, email {email}.",
               "I'm making a request under {law}: please tell me what you store about me and who you share it with. I'm {full} ({dobp}), account {cust}."],
        "sv": ["Enligt {law} begär jag ett registerutdrag med alla personuppgifter ni har om mig. Uppgifter: {full}, {dobp}, kundnummer {cust}, e-post {email}.",
               "Jag begär enligt {law} att få veta vad ni lagrar om mig. Jag heter {full} ({dobp}), kund {cust}."],
        "de": ["Gemäß {law} bitte ich um Auskunft über alle zu meiner Person gespeicherten Daten. Zur Zuordnung: {full}, {dobp}, Kundennummer {cust}, E-Mail {email}.",
               "Hiermit mache ich mein Auskunftsrecht nach {law} geltend. Ich bin {full} ({dobp}), Kundenkonto {cust}."],
        "es": ["De acuerdo con {law} solicito una copia de todos mis datos personales. Para identificarme: {full}, {dobp}, nº de cliente {cust}, correo {email}.",
               "Ejerzo mi derecho de acceso según {law}. Soy {full} ({dobp}), cliente {cust}."],
    }, **v))
    ctx.para(ctx.say({
        "en": ["Please also delete my old address ({old}) and the old email {oldmail}. Current address:\n{addrm}",
               "You can reach me on {phone}. Please confirm by {date} as required."],
        "sv": ["Radera också min gamla adress ({old}) och den gamla e-posten {oldmail}. Nuvarande adress:\n{addrm}", "Ni når mig på {phone}. Svara senast {date}."],
        "de": ["Bitte löschen Sie außerdem meine alte Anschrift ({old}) und die alte Adresse {oldmail}. Aktuelle Anschrift:\n{addrm}",
               "Telefonisch erreichen Sie mich unter {phone}. Bitte antworten Sie bis zum {date}."],
        "es": ["Borrad también mi dirección antigua ({old}) y el correo antiguo {oldmail}. Dirección actual:\n{addrm}", "Podéis llamarme al {phone}. Espero respuesta antes del {date}."],
    }, **v))
    if r.random() < 0.5:
        ctx.para(ctx.say({
            "en": ["If you need to match records, my {idw} is {id}."], "sv": ["Om ni behöver matcha uppgifterna: mitt {idw} är {id}."],
            "de": ["Falls Sie das für den Abgleich brauchen: meine {idw} ist {id}."], "es": ["Por si os hace falta para cruzar datos, mi {idw} es {id}."],
        }, **v))


def reset_url(ctx):
    r = ctx.rng
    style = r.random()
    if style < 0.4:
        return "https://app.%s/reset-password?token=%s&uid=%d" % (ctx.vendor["domain"], rstr(r, 40, ALNUM + "-_"), r.randint(1000, 999999))
    if style < 0.7:
        return "https://%s.s3.eu-north-1.amazonaws.com/exports/%s.csv?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=%s%%2F2026%02d%02d%%2Feu-north-1%%2Fs3%%2Faws4_request&X-Amz-Date=2026%02d%02dT%02d%02d00Z&X-Amz-Expires=3600&X-Amz-SignedHeaders=host&X-Amz-Signature=%s" % (
            re.sub(r"[^a-z]", "", ctx.vendor["domain"])[:12] + "-exports", gen_uuid(r), gen_secret(r, "aws_access_key_id"), r.randint(1, 11), r.randint(1, 28),
            r.randint(1, 11), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), "%064x" % r.getrandbits(256))
    if style < 0.85:
        return "https://%sfiles.blob.core.windows.net/invoices/%s.pdf?sv=2022-11-02&ss=b&srt=o&sp=r&se=2026-12-0%dT10:00:00Z&spr=https&sig=%s%%3D" % (
            re.sub(r"[^a-z]", "", ctx.vendor["domain"])[:10], rstr(r, 8, "0123456789"), r.randint(1, 9), rstr(r, 43, ALNUM))
    return "https://login.%s/magic?email_token=%s&sig=%s" % (ctx.vendor["domain"], rstr(r, 24), "%040x" % r.getrandbits(160))


def url_parts(ctx, url):
    """A tokenised URL as a secret; as a link in HTML (href and text both labelled)."""
    if ctx.html and ctx.rng.random() < 0.6:
        ue = html.escape(url, quote=True)
        return [H('<a href="'), L(url, "secret", "url_token", ue), H('">'), L(url, "secret", "url_token", ue), H("</a>")]
    return [L(url, "secret", "url_token", html.escape(url, quote=False) if ctx.html else None)]


def sc_account(ctx):
    r = ctx.rng
    p = ctx.req
    old = make_email(r, p)
    v = dict(old=ctx.email(old), new=ctx.email(p.email), obf=ctx.obf_email(make_email(r, p)), url=url_parts(ctx, reset_url(ctx)), date=ctx.neg("date"),
             pw=[L(gen_password(r), "secret", "password")], cust=ctx.neg("customer_number"), ph=ctx.neg("placeholder"))
    ctx.para(ctx.say({
        "en": ["Please change the login email on my account (customer {cust}) from {old} to {new}. I no longer have access to the old mailbox.",
               "I can't log in since {date}. The reset link you sent ({url}) says it has expired.",
               "My login is {old} but I'd like everything to go to {new} from now on."],
        "nn": ["Please change my login email from {old} to {new}, the old one is not existing anymore.", "The link for reset password {url} is not working, it say expired."],
        "sv": ["Ändra inloggningsadressen på mitt konto (kund {cust}) från {old} till {new}. Jag kommer inte åt den gamla brevlådan längre.",
               "Jag kan inte logga in sedan {date}. Återställningslänken ni skickade ({url}) har gått ut.", "Jag loggar in med {old} men vill att allt går till {new} framöver."],
        "de": ["Bitte ändern Sie die Login-Adresse meines Kontos (Kunde {cust}) von {old} auf {new}. Auf das alte Postfach habe ich keinen Zugriff mehr.",
               "Ich komme seit dem {date} nicht mehr rein. Der Link aus Ihrer Mail ({url}) ist angeblich abgelaufen.", "Ich melde mich mit {old} an, möchte aber alles an {new} bekommen."],
        "es": ["Cambiad por favor el correo de acceso de mi cuenta (cliente {cust}) de {old} a {new}. Ya no tengo acceso al buzón antiguo.",
               "No puedo entrar desde el {date}. El enlace que me mandasteis ({url}) dice que ha caducado.", "Entro con {old} pero quiero que todo llegue a {new} a partir de ahora."],
    }, **v))
    ctx.para(ctx.say({
        "en": ["If the new one bounces you can also write to {obf}.", "For the record, the one I chose when signing up (password: {pw}) doesn't work either.",
               "The app just says {ph} in the token field, is that normal?"],
        "sv": ["Om den nya studsar kan ni skriva till {obf}.", "Jag satte lösenord: {pw} när jag registrerade mig, det funkar inte heller."],
        "de": ["Falls die neue Adresse nicht geht, schreiben Sie an {obf}.", "Beim Registrieren hatte ich Passwort: {pw} gesetzt, das geht auch nicht."],
        "es": ["Si el nuevo rebota podéis escribir a {obf}.", "Al registrarme puse contraseña: {pw} y tampoco funciona."],
    }, **v))
    if ctx.rng.random() < 0.7:
        status_line(ctx)


CSV_HEAD = {"en": ["name", "email", "mobile", "department", "start_date"], "sv": ["namn", "e-post", "mobil", "avdelning", "startdatum"],
            "de": ["Name", "E-Mail", "Telefon", "Abteilung", "Eintritt"], "es": ["nombre", "correo", "teléfono", "departamento", "fecha_alta"]}
DEPTS = {"en": ["Sales", "Warehouse", "Finance", "Support"], "sv": ["Sälj", "Lager", "Ekonomi", "Kundtjänst"], "de": ["Vertrieb", "Lager", "Buchhaltung", "Service"],
         "es": ["Ventas", "Almacén", "Finanzas", "Atención"]}


def sc_csv(ctx):
    r = ctx.rng
    v = dict(row=[N(str(r.randint(2, 40)), "row_number")], err=ctx.neg("error_code"), date=ctx.neg("date"))
    ctx.para(ctx.say({
        "en": ["The bulk import of our staff list fails at row {row} with {err}. Here's the file (first rows):", "Importing users keeps failing with {err}. CSV below, row {row} seems to be the problem."],
        "sv": ["Massimporten av personallistan fallerar på rad {row} med {err}. Här är filen (första raderna):", "Importen av användare ger {err}. CSV nedan, rad {row} verkar vara problemet."],
        "de": ["Der Massenimport unserer Mitarbeiterliste bricht in Zeile {row} mit {err} ab. Hier die Datei (Anfang):", "Der Benutzerimport scheitert mit {err}. CSV unten, Zeile {row} ist wohl das Problem."],
        "es": ["La importación masiva de la plantilla falla en la fila {row} con {err}. Os pego el fichero (primeras filas):", "Importar usuarios da {err}. CSV abajo, la fila {row} parece ser el problema."],
    }, **v))
    rows = [CSV_HEAD[ctx.lang]]
    for j in range(r.randint(2, 4)):
        p = make_person(r, ctx.region)
        rows.append([ctx.name(p, r.choice(["full", "full", "lf"]) if j else "full"), ctx.email(make_email(r, p, ctx.vendor.get("client_domain")), plain=True),
                     ctx.phone(kind="mobile", plain=True), [N(r.choice(DEPTS[ctx.lang]), "department")], ctx.neg("date")])
    if ctx.html:
        ctx.table(rows)
    else:
        ctx.table(rows, r.choice([",", ";", "\t"]))


def sc_invoice(ctx):
    r = ctx.rng
    fin = make_person(r, ctx.region)
    fin.email = make_email(r, fin, ctx.vendor.get("client_domain"))
    v = dict(cust=ctx.neg("customer_number"), addrb=ctx.addr(business=True, multiline=True), addr1=ctx.addr(business=True, multiline=False), vat=ctx.neg("vat_number"),
             acc=ctx.email(r.choice(["accounts", "invoices", "ap", "faktura", "rechnung", "facturas"]) + "@" + ctx.vendor["client_domain"], "role"),
             inv=ctx.neg("invoice_number"), amt=ctx.neg("amount"), co=ctx.company(), fin=ctx.name(fin, "full"), finmail=ctx.email(fin.email), date=ctx.neg("date"),
             ocr=ctx.neg("ocr_reference"), pct=ctx.neg("percentage"))
    ctx.para(ctx.say({
        "en": ["Please update the billing address on our account (customer no. {cust}) to:\n{addrb}\nVAT number stays {vat}.",
               "Invoice {inv} for {amt} was sent to the wrong entity. It should be {co}, {addr1}.",
               "Could you re-issue {inv} with our new address ({addr1})? Our auditors won't accept it otherwise."],
        "sv": ["Uppdatera fakturaadressen på vårt konto (kundnr {cust}) till:\n{addrb}\nMomsreg.nr är fortfarande {vat}.",
               "Faktura {inv} på {amt} ställdes ut på fel bolag. Det ska vara {co}, {addr1}. OCR {ocr} stämmer inte heller.",
               "Kan ni skicka om {inv} med vår nya adress ({addr1})? Revisorn godkänner den inte annars."],
        "de": ["Bitte ändern Sie die Rechnungsanschrift für unser Konto (Kd.-Nr. {cust}) auf:\n{addrb}\nUSt-IdNr. bleibt {vat}.",
               "Die Rechnung {inv} über {amt} ging an die falsche Firma. Richtig ist {co}, {addr1}. Der Rabatt von {pct} fehlt außerdem.",
               "Können Sie {inv} mit unserer neuen Anschrift ({addr1}) neu ausstellen? Sonst akzeptiert sie unser Steuerberater nicht."],
        "es": ["Actualizad la dirección de facturación de nuestra cuenta (cliente {cust}) a:\n{addrb}\nEl CIF/NIF-IVA sigue siendo {vat}.",
               "La factura {inv} de {amt} salió a nombre de otra empresa. Debe ser {co}, {addr1}.",
               "¿Podéis volver a emitir la {inv} con la dirección nueva ({addr1})? La gestoría no la acepta si no."],
    }, **v))
    if r.random() < 0.45:
        ctx.para(ctx.say({
            "en": ["The download link in your email doesn't open for our auditor: {url}", "Your portal gave me this link for the PDF, but it errors: {url}"],
            "sv": ["Nedladdningslänken i ert mejl går inte att öppna för revisorn: {url}"],
            "de": ["Der Download-Link aus Ihrer Mail funktioniert bei unserem Steuerberater nicht: {url}"],
            "es": ["El enlace de descarga de vuestro correo no le funciona a la gestoría: {url}"],
        }, url=url_parts(ctx, reset_url(ctx))))
    ctx.para(ctx.say({
        "en": ["From now on invoices should go to {acc}, attention {fin} ({finmail}).", "Questions about payment terms to {fin} please, {finmail}. Due date was {date}."],
        "sv": ["Framöver ska fakturor gå till {acc}, att. {fin} ({finmail}).", "Frågor om betalningsvillkor till {fin}, {finmail}. Förfallodag var {date}."],
        "de": ["Rechnungen bitte künftig an {acc}, z. Hd. {fin} ({finmail}).", "Fragen zu Zahlungszielen bitte an {fin}, {finmail}. Fällig war sie am {date}."],
        "es": ["A partir de ahora las facturas a {acc}, a la atención de {fin} ({finmail}).", "Dudas sobre plazos de pago a {fin}, {finmail}. Vencía el {date}."],
    }, **v))


DEVICES = {"en": ["router", "smart meter", "card terminal", "label printer", "tablet"], "sv": ["router", "elmätare", "kortterminal", "etikettskrivare"],
           "de": ["Router", "Smart Meter", "Kartenterminal", "Etikettendrucker"], "es": ["router", "contador inteligente", "datáfono", "impresora de etiquetas"]}


def sc_device(ctx):
    r = ctx.rng
    v = dict(dev=r.choice(DEVICES[ctx.lang]), sn=ctx.neg("serial_number"), ver=ctx.neg("os_version"), build=ctx.neg("build_number"), err=ctx.neg("error_code"),
             ip=ctx.ip("ipv4"), ip6=ctx.ip("ipv6"), dur=ctx.neg("duration"), ean=ctx.neg("ean_barcode"), oid=ctx.neg("oid"), phone=ctx.phone(value=ctx.req.phone),
             date=ctx.neg("date"), mac=ctx.neg("serial_number"))
    ctx.para(ctx.say({
        "en": ["My {dev} (serial {sn}, firmware {ver}) keeps dropping out, roughly every {dur}. The log shows {err}.",
               "Since the update to {build} the {dev} won't pair. Serial {sn}, box barcode {ean}. It was bought on {date}."],
        "nn": ["The {dev} (serial {sn}) is disconnecting all the time since the firmware {ver}. In the log I see {err}."],
        "sv": ["Min {dev} (serienr {sn}, firmware {ver}) tappar anslutningen ungefär var {dur}. Loggen visar {err}.",
               "Sedan uppdateringen till {build} går det inte att parkoppla min {dev}. Serienr {sn}, streckkod {ean}. Köpt {date}."],
        "de": ["Mein {dev} (Seriennr. {sn}, Firmware {ver}) verliert ständig die Verbindung, etwa alle {dur}. Im Log steht {err}.",
               "Seit dem Update auf {build} lässt sich das {dev} nicht mehr koppeln. Seriennummer {sn}, EAN {ean}, gekauft am {date}."],
        "es": ["Mi {dev} (nº de serie {sn}, firmware {ver}) se desconecta cada {dur} más o menos. En el log sale {err}.",
               "Desde la actualización a la {build} el {dev} no se empareja. Nº de serie {sn}, código de barras {ean}, comprado el {date}."],
    }, **v))
    ctx.para(ctx.say({
        "en": ["My public IP right now is {ip} (IPv6 {ip6}), if that helps. SNMP shows OID {oid} as down.", "If you need to remote in, call me first on {phone}. Public IP: {ip}."],
        "sv": ["Min publika IP just nu är {ip} (IPv6 {ip6}) om det hjälper.", "Om ni behöver fjärrstyra, ring mig först på {phone}. Publik IP: {ip}."],
        "de": ["Meine öffentliche IP ist gerade {ip} (IPv6 {ip6}), falls das hilft.", "Falls Sie per Fernwartung drauf müssen, rufen Sie mich vorher unter {phone} an. Öffentliche IP: {ip}."],
        "es": ["Mi IP pública ahora mismo es {ip} (IPv6 {ip6}), por si sirve.", "Si necesitáis conectaros en remoto, llamadme antes al {phone}. IP pública: {ip}."],
    }, **v))


def sc_appointment(ctx):
    r = ctx.rng
    child = make_person(r, ctx.region)
    child.surname = ctx.req.surname
    f = child.gender == "f"
    rel = {"en": ("My daughter", "my daughter") if f else ("My son", "my son"), "sv": ("Min dotter", "min dotter") if f else ("Min son", "min son"),
           "de": ("Meine Tochter", "meine Tochter") if f else ("Mein Sohn", "meinen Sohn"), "es": ("Mi hija", "a mi hija") if f else ("Mi hijo", "a mi hijo")}[ctx.lang]
    v = dict(rel=rel[0], rel2=rel[1], date=ctx.neg("date"), date2=ctx.neg("date"), ref=ctx.neg("order_number"), child=ctx.name(child, "first"),
             dobp=dob_phrase(ctx, child, rand_date(r, 2012, 2023)), phone=ctx.phone(value=ctx.req.phone), alt=ctx.phone(kind="landline"), store=ctx.store())
    ctx.para(ctx.say({
        "en": ["I need to move my appointment on {date} to any time the following week. Booking ref {ref}.",
               "Can you cancel the booking {ref} for {date}? Something's come up at work."],
        "sv": ["Jag behöver flytta min tid {date} till någon gång veckan efter. Bokningsnummer {ref}.", "Kan ni avboka {ref} den {date}? Det har kommit upp något på jobbet."],
        "de": ["Ich muss meinen Termin am {date} auf die Woche danach verschieben. Buchungsnummer {ref}.", "Können Sie die Buchung {ref} für den {date} stornieren? Mir ist beruflich etwas dazwischengekommen."],
        "es": ["Necesito cambiar mi cita del {date} a cualquier día de la semana siguiente. Reserva {ref}.", "¿Podéis anular la reserva {ref} del {date}? Me ha surgido algo en el trabajo."],
    }, **v))
    ctx.para(ctx.say({
        "en": ["{rel} {child} ({dobp}) also has one on {date2} – please keep that one. Best number is {phone}, or {alt} during the day.",
               "Please add {rel2} {child} as well ({dobp}). Call me on {phone} to confirm."],
        "sv": ["{rel} {child} ({dobp}) har också en tid {date2} – den vill vi behålla. Nås bäst på {phone}, eller {alt} dagtid.",
               "Lägg gärna till {rel2} {child} också, {dobp}. Ring mig på {phone} för att bekräfta."],
        "de": ["{rel} {child} ({dobp}) hat am {date2} ebenfalls einen Termin – den bitte behalten. Am besten erreichbar unter {phone}, tagsüber {alt}.",
               "Bitte tragen Sie auch {rel2} {child} ein, {dobp}. Rückruf zur Bestätigung bitte unter {phone}."],
        "es": ["{rel} {child} ({dobp}) también tiene cita el {date2}; esa la mantenemos. Mejor al {phone}, o al {alt} por la mañana.",
               "Añadid también {rel2} {child}, {dobp}. Llamadme al {phone} para confirmar."],
    }, **v))


def sc_contact_update(ctx):
    r = ctx.rng
    v = dict(new=ctx.phone(value=ctx.req.phone), old=ctx.phone(kind="mobile"), addr=ctx.addr(multiline=False), addrm=ctx.addr(), date=ctx.neg("date"),
             cust=ctx.neg("customer_number"), pc=ctx.neg("postcode"), city=ctx.city(), email=ctx.email(ctx.req.email), ctry=ctx.country())
    ctx.para(ctx.say({
        "en": ["Please update my details on account {cust}. New mobile: {new} (the old {old} is disconnected).",
               "Quick one – my number changed from {old} to {new}. Everything else stays the same."],
        "nn": ["Please change my phone number in the account {cust}, new is {new}, old {old} is not working more."],
        "sv": ["Uppdatera gärna mina uppgifter på konto {cust}. Nytt mobilnummer: {new} (det gamla {old} är uppsagt).", "Snabbt ärende – mitt nummer har ändrats från {old} till {new}."],
        "de": ["Bitte aktualisieren Sie meine Daten zu Konto {cust}. Neue Handynummer: {new} (die alte {old} ist abgemeldet).", "Kurze Info: meine Nummer hat sich von {old} auf {new} geändert."],
        "es": ["Actualizad mis datos de la cuenta {cust}, por favor. Móvil nuevo: {new} (el antiguo {old} ya no funciona).", "Una cosa rápida: mi número ha cambiado de {old} a {new}."],
    }, **v))
    ctx.para(ctx.say({
        "en": ["We're also moving on {date}. New address:\n{addrm}", "From {date} the address is {addr}, {ctry}. (Not {city} any more!)", "Address from {date}: {addr}. Email stays {email}."],
        "sv": ["Vi flyttar också den {date}. Ny adress:\n{addrm}", "Från {date} gäller adressen {addr}. (Inte {city} längre!)", "Adress från {date}: {addr}. E-post är fortfarande {email}."],
        "de": ["Außerdem ziehen wir am {date} um. Neue Anschrift:\n{addrm}", "Ab dem {date} gilt die Adresse {addr}, {ctry}. (Nicht mehr {city}!)", "Anschrift ab {date}: {addr}. E-Mail bleibt {email}."],
        "es": ["Además nos mudamos el {date}. Dirección nueva:\n{addrm}", "Desde el {date} la dirección es {addr}, {ctry}. (¡Ya no en {city}!)", "Dirección desde el {date}: {addr}. El correo sigue siendo {email}."],
    }, **v))
    if ctx.rng.random() < 0.7:
        status_line(ctx)


def sc_cancel(ctx):
    r = ctx.rng
    cc = None if ctx.region in ("SE", "DE", "ES", "UK") else r.choice(["DE", "NL", "IE"])
    v = dict(cust=ctx.neg("customer_number"), iban=ctx.iban(cc), mandate=[N("MD-%s-%06d" % (rstr(r, 4, "ABCDEFGHJKLMNPQRSTUVWXYZ"), r.randint(0, 999999)), "mandate_reference")],
             date=ctx.neg("date"), masked=ctx.neg("masked_card"), amt=ctx.neg("amount"), bg=ctx.neg("bankgiro"), case=ctx.neg("case_number"))
    ctx.para(ctx.say({
        "en": ["Please cancel my subscription (customer {cust}) effective {date} and stop the direct debit from {iban}, mandate reference {mandate}.",
               "I want to cancel. You've charged {amt} twice to the card ending {masked} and once by direct debit from {iban}."],
        "sv": ["Säg upp mitt abonnemang (kund {cust}) från {date} och stoppa autogirot. Ni har dragit {amt} två gånger; jag betalade redan till bankgiro {bg}.",
               "Jag vill säga upp. Ni har dragit {amt} från kortet som slutar på {masked} och en gång från {iban}. {case}."],
        "de": ["Hiermit kündige ich mein Abo (Kunde {cust}) zum {date} und widerrufe das SEPA-Lastschriftmandat {mandate} für das Konto {iban}.",
               "Ich möchte kündigen. Sie haben {amt} doppelt abgebucht, einmal von der Karte {masked} und einmal per Lastschrift von {iban}. {case}."],
        "es": ["Quiero dar de baja mi suscripción (cliente {cust}) a partir del {date} y anular la domiciliación en {iban}, referencia de mandato {mandate}.",
               "Quiero darme de baja. Me habéis cobrado {amt} dos veces: en la tarjeta acabada en {masked} y por domiciliación en {iban}. {case}."],
    }, **v))


def sc_meter(ctx):
    r = ctx.rng
    v = dict(read=ctx.neg("meter_reading"), read2=ctx.neg("meter_reading"), sn=ctx.neg("serial_number"), date=ctx.neg("date"), addr=ctx.addr(multiline=False),
             addrm=ctx.addr(), cust=ctx.neg("customer_number"), amt=ctx.neg("amount"), iban=ctx.iban() if ctx.region in ("DE", "ES", "SE") else ctx.neg("masked_card"),
             phone=ctx.phone(value=ctx.req.phone))
    ctx.para(ctx.say({
        "en": ["I'm moving out on {date}. Final meter reading: {read} (meter {sn}). Please send the final bill to my new address:\n{addrm}",
               "Your estimate of {amt} is way off. Actual reading today is {read}, last one was {read2}. Supply address {addr}, account {cust}."],
        "sv": ["Jag flyttar {date}. Slutavläsning: {read} (mätare {sn}). Skicka slutfakturan till min nya adress:\n{addrm}",
               "Er uppskattning på {amt} stämmer inte alls. Mätarställning i dag {read}, förra {read2}. Anläggningsadress {addr}, kundnr {cust}."],
        "de": ["Ich ziehe am {date} aus. Zählerstand bei Auszug: {read} (Zähler {sn}). Die Schlussrechnung bitte an meine neue Anschrift:\n{addrm}",
               "Ihre Schätzung von {amt} ist völlig daneben. Zählerstand heute {read}, zuletzt {read2}. Lieferstelle {addr}, Vertragskonto {cust}."],
        "es": ["Me mudo el {date}. Lectura final del contador: {read} (contador {sn}). Mandad la última factura a mi nueva dirección:\n{addrm}",
               "Vuestra estimación de {amt} no tiene sentido. Lectura de hoy {read}, la anterior {read2}. Suministro en {addr}, contrato {cust}."],
    }, **v))
    if r.random() < 0.6:
        ctx.para(ctx.say({
            "en": ["Any credit can go back to the account you debit ({iban}). Call {phone} if anything's unclear."],
            "sv": ["Eventuellt överskott kan sättas in på {iban}. Ring {phone} om något är oklart."],
            "de": ["Ein Guthaben bitte auf {iban} erstatten. Bei Fragen: {phone}."],
            "es": ["Si sale a devolver, ingresadlo en {iban}. Cualquier duda, al {phone}."],
        }, **v))


SCENARIOS = {
    "delivery": (sc_delivery, 11), "payment": (sc_payment, 10), "refund": (sc_refund, 7), "identity": (sc_identity, 13), "health": (sc_health, 8),
    "payroll": (sc_payroll, 9), "api": (sc_api, 7), "config": (sc_config, 9), "ci": (sc_ci, 5), "security": (sc_security, 7), "gdpr": (sc_gdpr, 5),
    "account": (sc_account, 9), "csv": (sc_csv, 4), "invoice": (sc_invoice, 6), "device": (sc_device, 5), "appointment": (sc_appointment, 6),
    "contact_update": (sc_contact_update, 7), "cancel": (sc_cancel, 5), "meter": (sc_meter, 4),
}
SUBJECTS = {
    "en": {"delivery": "Where is my parcel?", "payment": "Card declined", "refund": "Refund still missing", "identity": "Account locked", "health": "Booking error",
           "payroll": "Payroll portal error", "api": "API returns errors", "config": "Deploy failing", "ci": "Pipeline broken", "security": "Suspicious login!!",
           "gdpr": "Subject access request", "account": "Change login email", "csv": "CSV import fails", "invoice": "Billing address", "device": "Device keeps disconnecting",
           "appointment": "Reschedule", "contact_update": "New phone number", "cancel": "Cancellation", "meter": "Meter reading"},
    "sv": {"delivery": "Var är mitt paket?", "payment": "Kortet nekas", "refund": "Återbetalning saknas", "identity": "Kontot låst", "health": "Fel vid bokning",
           "payroll": "Fel i lönesystemet", "api": "API-fel", "config": "Deploy fallerar", "ci": "Pipeline trasig", "security": "Misstänkt inloggning",
           "gdpr": "Begäran om registerutdrag", "account": "Byta e-post", "csv": "Import fungerar inte", "invoice": "Fakturaadress", "device": "Enheten tappar anslutning",
           "appointment": "Boka om", "contact_update": "Nytt nummer", "cancel": "Uppsägning", "meter": "Mätarställning"},
    "de": {"delivery": "Wo bleibt mein Paket?", "payment": "Karte abgelehnt", "refund": "Erstattung fehlt", "identity": "Konto gesperrt", "health": "Fehler bei Terminbuchung",
           "payroll": "Fehler im Lohnportal", "api": "API-Fehler", "config": "Deployment schlägt fehl", "ci": "Pipeline kaputt", "security": "Verdächtiger Login",
           "gdpr": "Auskunftsersuchen Art. 15 DSGVO", "account": "Login-Adresse ändern", "csv": "CSV-Import", "invoice": "Rechnungsanschrift", "device": "Gerät verliert Verbindung",
           "appointment": "Termin verschieben", "contact_update": "Neue Telefonnummer", "cancel": "Kündigung", "meter": "Zählerstand"},
    "es": {"delivery": "¿Dónde está mi paquete?", "payment": "Tarjeta rechazada", "refund": "Reembolso pendiente", "identity": "Cuenta bloqueada", "health": "Error al dar cita",
           "payroll": "Error en el portal de nóminas", "api": "Errores en la API", "config": "Falla el despliegue", "ci": "Pipeline roto", "security": "Acceso sospechoso",
           "gdpr": "Derecho de acceso", "account": "Cambiar correo", "csv": "Falla la importación", "invoice": "Dirección de facturación", "device": "El aparato se desconecta",
           "appointment": "Cambiar cita", "contact_update": "Nuevo teléfono", "cancel": "Baja", "meter": "Lectura del contador"},
}


# ---------------------------------------------------------------------------
# ticket formats: e-mail, web form, chat transcript, short mobile message, forwarded thread
# ---------------------------------------------------------------------------

def intro(ctx):
    ctx.para(ctx.say(INTRO, full=ctx.name(ctx.req, "full"), company=ctx.company()))


def extra_people(ctx):
    """Occasional paragraph naming colleagues / family (names in running text, with titles, surname only)."""
    r = ctx.rng
    o = make_person(r, ctx.req.region)
    o.email = make_email(r, o, ctx.vendor.get("client_domain") if r.random() < 0.5 else None)
    v = dict(full=ctx.name(o, "full"), first=ctx.name(o, "first"), title=ctx.name(o, "title"), email=ctx.email(o.email), phone=ctx.phone(o.region, "mobile"),
             date=ctx.neg("date"), init=ctx.name(o, "initial"))
    ctx.para(ctx.say({
        "en": ["I'm away from {date}; my colleague {full} ({email}) will handle this in the meantime.", "{title} from our accounts team is cc'd – please keep {first} in the loop.",
               "If I'm not around, {first} on {phone} can answer questions.", "This was already raised by {init} last month, no reply."],
        "nn": ["From {date} I am in holiday, my colleague {full} ({email}) is taking over.", "Please put also {title} in copy, {first} is responsible for the payments."],
        "sv": ["Jag är ledig från {date}; min kollega {full} ({email}) tar över under tiden.", "{full} på ekonomi är med på kopia – håll {first} informerad.",
               "Om jag inte är på plats kan {first} på {phone} svara på frågor.", "Det här tog {init} upp redan förra månaden, utan svar."],
        "de": ["Ab dem {date} bin ich im Urlaub; meine Kollegin/mein Kollege {full} ({email}) übernimmt.", "{title} aus der Buchhaltung ist in Kopie – bitte {first} auf dem Laufenden halten.",
               "Falls ich nicht erreichbar bin: {title} unter {phone}.", "Das hatte {init} schon letzten Monat gemeldet, ohne Antwort."],
        "es": ["Estaré fuera desde el {date}; mi compañer@ {full} ({email}) se encarga mientras tanto.", "{title}, de contabilidad, va en copia: por favor, mantened informad@ a {first}.",
               "Si no estoy, {first} os puede atender en el {phone}.", "Esto ya lo comunicó {init} el mes pasado y nadie respondió."],
    }, **v))


def fmt_email(ctx, scen_key):
    r = ctx.rng
    scen = SCENARIOS[scen_key][0]
    if r.random() < 0.1:
        w = {"en": "Subject:", "sv": "Ämne:", "de": "Betreff:", "es": "Asunto:"}[ctx.lang]
        ctx.para([T("%s %s " % (w, SUBJECTS[ctx.lang][scen_key]))] + ctx.neg("ticket_number"))
    greeting(ctx, ctx.agent if r.random() < 0.6 else None)
    if r.random() < 0.3:
        intro(ctx)
    scen(ctx)
    if r.random() < 0.45:
        filler(ctx)
    if r.random() < 0.18:
        extra_people(ctx)
    signoff(ctx, ctx.req, allow_multiline=True)
    x = r.random()
    if x < 0.13:
        if ctx.style == "outlook" and r.random() < 0.8:
            quoted_outlook(ctx)
        else:
            quoted_agent_reply(ctx, ctx.agent)


def quoted_outlook(ctx):
    r = ctx.rng
    ag = ctx.agent
    ag.email = ag.email or ctx.vendor["support"]
    hdr = outlook_header(ctx, ag, person_addr(ctx, ctx.req, "full"), subject="RE: " + SUBJECTS[ctx.lang][ctx.scen], subject_neg=ctx.neg("ticket_number"))
    with ctx.capture() as inner:
        ctx.para(ctx.say(GREET_A, a=ctx.name(ctx.req, "first")))
        ctx.para(ctx.fill(r.choice(AGENT_REPLY[ctx.lang]), {"what": r.choice(WHAT[ctx.lang]), "team": "billing"}))
        ctx.para(ctx.pick(CLOSE), ctx.name(ag, "full"), [N(ctx.vendor["name"], "company_name"), T(" " + r.choice(TEAM[ctx.lang]) + " | ")] + ctx.phone(ctx.vendor["region"], "landline", "business"))
    ctx.fwd(hdr, inner)


FORM_WORDS = {
    "en": ("New submission from your contact form", "Name", "First name", "Last name", "Email", "Phone", "Order number", "Subject", "Message", "Submitted", "IP address"),
    "sv": ("Nytt meddelande via kontaktformuläret", "Namn", "Förnamn", "Efternamn", "E-post", "Telefon", "Ordernummer", "Ämne", "Meddelande", "Skickat", "IP-adress"),
    "de": ("Neue Anfrage über das Kontaktformular", "Name", "Vorname", "Nachname", "E-Mail", "Telefon", "Bestellnummer", "Betreff", "Nachricht", "Gesendet", "IP-Adresse"),
    "es": ("Nuevo mensaje desde el formulario de contacto", "Nombre", "Nombre", "Apellidos", "Correo electrónico", "Teléfono", "Nº de pedido", "Asunto", "Mensaje", "Enviado", "Dirección IP"),
}


def fmt_form(ctx, scen_key):
    r = ctx.rng
    w = FORM_WORDS[ctx.lang]
    p = ctx.req
    lines = [[T(w[0])]]
    if r.random() < 0.35:
        lines.append([T(w[2] + ": "), L(p.given, "person_name", "first")])
        lines.append([T(w[3] + ": "), L(p.surname, "person_name", "surname")])
    else:
        lines.append([T(w[1] + ": ")] + ctx.name(p, "lower_full" if r.random() < 0.08 else "full"))
    lines.append([T(w[4] + ": ")] + ctx.email(p.email))
    if r.random() < 0.7:
        lines.append([T(w[5] + ": ")] + ctx.phone(value=p.phone))
    if r.random() < 0.6:
        lines.append([T(w[6] + ": ")] + ctx.neg("order_number"))
    if scen_key in ("identity", "gdpr", "payroll", "account", "security") and r.random() < 0.6:
        birth = rand_date(r, 1945, 2006)
        lines.append([T({"en": "Date of birth", "sv": "Födelsedatum", "de": "Geburtsdatum", "es": "Fecha de nacimiento"}[ctx.lang] + ": ")] + ctx.dob(birth))
        if r.random() < 0.6:
            kind = id_kind_for(ctx)
            idv = ctx.pnr(birth, kind == "se_samordningsnummer") if kind.startswith("se_") else ctx.nid(kind)
            iw = id_word(ctx, kind)
            lines.append([T(iw[:1].upper() + iw[1:] + ": ")] + idv)
    lines.append([T(w[7] + ": " + SUBJECTS[ctx.lang][scen_key])])
    if r.random() < 0.4:
        lines.append([T(w[9] + ": ")] + ctx.neg("timestamp"))
        if r.random() < 0.6:
            lines.append([T(w[10] + ": ")] + ctx.ip())
    ctx.para(*lines)
    ctx.para(w[8] + ":")
    SCENARIOS[scen_key][0](ctx)
    if r.random() < 0.5:
        ctx.para(ctx.pick(CLOSE), ctx.name(p, r.choice(["first", "full"])))


CHAT_FLOWS = {
    "en": [
        ["V:hi, my payment keeps failing", "A:Hi {vf}, I'm {af}. Which card are you using? Just the last four digits please.", "V:{card} exp {exp}",
         "A:Please don't post full card numbers in chat, {vf} – I've flagged this transcript for redaction. What error do you see?", "V:sorry. it says {err}",
         "A:Thanks, I've raised it with our payments team, reference {ref}.", "V:ok thx"],
        ["V:hi, I need to change the delivery address on my order", "A:Hi {vf}, thanks for contacting {vendor}! I'm {af}. Could I get the email address on the order?",
         "V:{email}", "A:Thanks! And the new address?", "V:{addr}", "A:Done. Is {phone} still the best number for the driver?", "V:no use {phone2} pls",
         "A:Updated. Anything else I can help with today?", "V:nope thanks {af}"],
        ["V:i can't log in, it says my account is locked", "A:Sorry about that {vf}. For security, can you confirm your date of birth?", "V:{dob}",
         "A:Thank you. And the postcode on the account?", "V:{pc}", "A:Great, I've unlocked it. I'll send a reset link to {email}.", "V:cheers"],
    ],
    "sv": [
        ["V:hej, betalningen går inte igenom", "A:Hej {vf}, {af} här. Vilket kort använder du? Bara de fyra sista siffrorna.", "V:{card} giltigt till {exp}",
         "A:Skriv inte hela kortnumret i chatten, {vf} – jag har flaggat loggen för maskning. Vilket fel får du?", "V:förlåt. det står {err}",
         "A:Tack, jag har skickat det till betalteamet, referens {ref}.", "V:ok tack"],
        ["V:hej, jag behöver ändra leveransadressen på min order", "A:Hej {vf}! Du pratar med {af} på {vendor}. Vilken e-postadress står på ordern?", "V:{email}",
         "A:Tack! Och den nya adressen?", "V:{addr}", "A:Klart. Är {phone} fortfarande bästa numret till budet?", "V:nej ta {phone2}", "A:Uppdaterat. Något mer?", "V:nej tack {af}"],
        ["V:jag kommer inte in, kontot är låst", "A:Tråkigt {vf}. Av säkerhetsskäl, kan du bekräfta ditt födelsedatum?", "V:{dob}", "A:Tack. Och postnumret på kontot?",
         "V:{pc}", "A:Toppen, nu är det upplåst. Jag skickar en återställningslänk till {email}.", "V:tack!"],
    ],
    "de": [
        ["V:hallo, meine Zahlung klappt nicht", "A:Hallo {vf}, hier ist {af}. Welche Karte nutzen Sie? Bitte nur die letzten vier Ziffern.", "V:{card} gültig bis {exp}",
         "A:Bitte keine vollständigen Kartennummern in den Chat, {vf} – ich lasse das Protokoll schwärzen. Welche Fehlermeldung sehen Sie?", "V:sorry. da steht {err}",
         "A:Danke, ich habe es an das Payment-Team gegeben, Referenz {ref}.", "V:ok danke"],
        ["V:hallo, ich muss die Lieferadresse meiner Bestellung ändern", "A:Hallo {vf}, hier ist {af} von {vendor}. Welche E-Mail-Adresse steht in der Bestellung?", "V:{email}",
         "A:Danke! Und die neue Adresse?", "V:{addr}", "A:Erledigt. Ist {phone} noch die beste Nummer für den Fahrer?", "V:nein bitte {phone2}", "A:Aktualisiert. Noch etwas?", "V:nein danke {af}"],
        ["V:ich komme nicht mehr rein, Konto gesperrt", "A:Das tut mir leid, {vf}. Zur Sicherheit: können Sie mir Ihr Geburtsdatum nennen?", "V:{dob}",
         "A:Danke. Und die Postleitzahl im Konto?", "V:{pc}", "A:Super, ist entsperrt. Ich schicke einen Link an {email}.", "V:danke!"],
    ],
    "es": [
        ["V:hola, el pago me falla todo el rato", "A:Hola {vf}, soy {af}. ¿Qué tarjeta usas? Solo los cuatro últimos dígitos, por favor.", "V:{card} caduca {exp}",
         "A:No pongas el número completo en el chat, {vf}; he marcado la conversación para ocultarlo. ¿Qué error te sale?", "V:perdón. pone {err}",
         "A:Gracias, lo he pasado al equipo de pagos, referencia {ref}.", "V:vale gracias"],
        ["V:hola, tengo que cambiar la dirección de entrega de mi pedido", "A:Hola {vf}, te atiende {af} de {vendor}. ¿Qué correo tiene el pedido?", "V:{email}",
         "A:¡Gracias! ¿Y la dirección nueva?", "V:{addr}", "A:Hecho. ¿Sigue siendo {phone} el mejor número para el repartidor?", "V:no, mejor {phone2}", "A:Actualizado. ¿Algo más?",
         "V:nada más, gracias {af}"],
        ["V:no puedo entrar, dice que la cuenta está bloqueada", "A:Lo siento, {vf}. Por seguridad, ¿me confirmas tu fecha de nacimiento?", "V:{dob}",
         "A:Gracias. ¿Y el código postal de la cuenta?", "V:{pc}", "A:Perfecto, desbloqueada. Te mando un enlace a {email}.", "V:gracias!"],
    ],
}


def fmt_chat(ctx, scen_key):
    r = ctx.rng
    p, ag = ctx.req, ctx.agent
    flow = r.choice(CHAT_FLOWS[ctx.lang])
    d = rand_date(r, 2026, 2026)
    hh, mm = r.randint(8, 20), r.randint(0, 50)
    title = {"en": "Chat transcript", "sv": "Chattlogg", "de": "Chatprotokoll", "es": "Transcripción del chat"}[ctx.lang]
    head = [T(title + " – "), N(ctx.vendor["name"], "company_name"), T(" – "), N(d.isoformat(), "date"), T(" – ID "), N(rstr(r, 10, "abcdefghijkmnpqrstuvwxyz23456789"), "chat_id")]
    vis = {"en": "Visitor", "sv": "Besökare", "de": "Besucher", "es": "Visitante"}[ctx.lang]
    agw = {"en": "Agent", "sv": "Handläggare", "de": "Mitarbeiter", "es": "Agente"}[ctx.lang]
    lines = [head, [T(vis + ": ")] + ctx.name(p, "full") + [T(" (")] + ctx.email(p.email, link=False) + [T(")")]]
    style = r.choice(["paren", "plain", "initial", "role", "role"])
    vid = [N("%s %d" % (vis, r.randint(1000, 99999)), "visitor_id")]
    vals = dict(vf=ctx.name(p, "first"), af=ctx.name(ag, "first"), vendor=[N(ctx.vendor["name"], "company_name")], email=ctx.email(p.email), addr=ctx.addr(multiline=False),
                phone=ctx.phone(value=p.phone), phone2=ctx.phone(kind="mobile"), dob=ctx.dob(), pc=ctx.neg("postcode"), card=ctx.card(plain=True),
                exp=ctx.neg("card_expiry"), err=ctx.neg("error_code"), ref=ctx.neg("ticket_number"))
    body = []
    for step in flow:
        who, txt = step.split(":", 1)
        mm += r.randint(0, 2)
        stamp = [T("[%02d:%02d] " % (hh + mm // 60, mm % 60))]
        if who == "V" and style == "role":
            spk = vid + [T(": ")]
        elif who == "V":
            spk = ([T(vis + " (")] + ctx.name(p, "first") + [T("): ")]) if style == "paren" else (ctx.name(p, "full") + [T(": ")]) if style == "plain" else \
                (ctx.name(p, "first") + [T(": ")])
        else:
            spk = ([T(agw + " (")] + ctx.name(ag, "first") + [T("): ")]) if style in ("paren", "role") else (ctx.name(ag, "full") + [T(": ")]) if style == "plain" else \
                ([L("%s %s." % (ag.call, ag.surname[0]), "person_name", "first_initial"), T(": ")])
        body.append(stamp + spk + ctx.fill(txt, vals))
    ctx.para(*lines)
    ctx.para(*body)


MOBILE = {
    "en": ["can u just charge this card instead {card} exp {exp} thx {lf}", "hi its {lf} again, parcel still not here?? order {order}. call me {phone}", "hey can u change my address to {addr} thx {lf}",
           "{lf} here – ur app charged me twice, card ending {masked}. pls fix. {phone}", "hi this is {lf}, locked out again lol. my email is {email}", "{lf} here, pls reply to {obf} not the work one"],
    "en_AU": ["hey its {lf}, parcel still hasnt turned up. order {order}. ring me on {phone} cheers", "hiya can u update my address to {addr} ta {lf}"],
    "sv": ["svara till {obf} istället tack, jobbmejlen läser jag inte /{lf}", "kan ni dra det på det här kortet istället {card} {exp} tack /{lf}", "hej det är {lf}, paketet har fortfarande inte kommit. order {order}. ring mig på {phone}", "hej kan ni ändra min adress till {addr} tack /{lf}",
           "hallå {lf} här, appen drog pengar två ggr, kort som slutar på {masked}. {phone}"],
    "de": ["bitte antwortet an {obf}, nicht an die firmenadresse. {lf}", "könnt ihr bitte diese karte belasten {card} gültig bis {exp} danke {lf}", "hallo hier ist {lf}, paket ist immer noch nicht da. bestellung {order}. bitte ruft mich an {phone}", "hi könnt ihr meine adresse ändern auf {addr} danke {lf}",
           "{lf} hier, eure app hat doppelt abgebucht, karte endet auf {masked}. {phone}"],
    "es": ["contestadme a {obf} porfa, el del trabajo no lo miro. {lf}", "cobradlo mejor en esta tarjeta {card} cad {exp} gracias {lf}", "hola soy {lf}, el paquete sigue sin llegar. pedido {order}. me llamáis al {phone}?", "hola podeis cambiar mi direccion a {addr} gracias {lf}",
           "{lf} aquí, la app me ha cobrado dos veces, tarjeta acabada en {masked}. {phone}"],
}


def fmt_mobile(ctx, scen_key):
    r = ctx.rng
    p = ctx.req
    vals = dict(lf=ctx.name(p, "lower"), order=ctx.neg("order_number"), phone=ctx.phone(value=p.phone), addr=ctx.addr(multiline=False),
                masked=ctx.neg("masked_card"), email=ctx.email(p.email), card=ctx.card(), exp=ctx.neg("card_expiry"), obf=ctx.obf_email(p.email))
    ctx.para(ctx.say(MOBILE, **vals) + ([T(" (ref ")] + ctx.neg("ticket_number") + [T(")")] if r.random() < 0.5 else []))
    if r.random() < 0.5:
        ctx.para(r.choice(MOBILE_FOOTER[ctx.lang]))


def fmt_fwd(ctx, scen_key):
    """The requester forwards a customer's / colleague's message to support."""
    r = ctx.rng
    orig = make_person(r, ctx.region)
    orig.email = make_email(r, orig)
    orig.phone = gen_phone(r, ctx.region, "mobile")
    greeting(ctx, ctx.agent if r.random() < 0.5 else None)
    ctx.para(ctx.say({
        "en": ["Forwarding this from our customer {n}, can you have a look? We can't see anything wrong on our side.", "See below from {n} – FYI and please advise.",
               "Please see the email from {n} below. Can you help?"],
        "nn": ["I forward you the mail from {n}, please check.", "See below the message of {n}."],
        "sv": ["Vidarebefordrar från vår kund {n}, kan ni titta på det? Vi ser inget fel hos oss.", "Se nedan från {n} – kan ni hjälpa till?"],
        "de": ["ich leite Ihnen die Nachricht von {n} weiter, können Sie sich das ansehen?", "siehe unten die Mail von {n} – bitte um Rückmeldung."],
        "es": ["Os reenvío el correo de {n}, ¿le podéis echar un vistazo?", "Mirad abajo el mensaje de {n}, ¿nos ayudáis?"],
    }, n=ctx.name(orig, r.choice(["full", "title", "full"]))))
    signoff(ctx, ctx.req, rich=r.random() < 0.5, allow_multiline=True)
    hdr = outlook_header(ctx, orig, person_addr(ctx, ctx.req), cc_people=[make_colleague(ctx)] if r.random() < 0.35 else (),
                         subject=SUBJECTS[ctx.lang][scen_key], subject_neg=ctx.neg("ticket_number") if r.random() < 0.5 else None)
    with ctx.capture() as inner:
        saved = ctx.req
        ctx.req = orig
        greeting(ctx, saved if r.random() < 0.6 else None)
        SCENARIOS[scen_key][0](ctx)
        signoff(ctx, orig, rich=r.random() < 0.3, allow_multiline=False)
        ctx.req = saved
    ctx.fwd(hdr, inner)


def make_colleague(ctx):
    o = make_person(ctx.rng, ctx.region)
    o.email = make_email(ctx.rng, o, ctx.vendor["client_domain"])
    return o


META = {
    "en": ["Ticket {tn} | Priority: {prio} | Channel: {ch} | Received {ts} | SLA due {ts2}", "{tn} · Status: Open · Customer ID {cust} · Created {ts}",
           "Ticket {tn} - created {ts} via {ch} - account {cust}"],
    "sv": ["Ärende {tn} | Prioritet: {prio} | Kanal: {ch} | Inkommet {ts} | Svar senast {ts2}", "{tn} · Status: Öppen · Kund-ID {cust} · Skapad {ts}"],
    "de": ["Ticket {tn} | Priorität: {prio} | Kanal: {ch} | Eingang {ts} | SLA bis {ts2}", "{tn} · Status: Offen · Kunden-ID {cust} · Erstellt {ts}"],
    "es": ["Ticket {tn} | Prioridad: {prio} | Canal: {ch} | Recibido {ts} | SLA {ts2}", "{tn} · Estado: Abierto · ID cliente {cust} · Creado {ts}"],
}
PRIO = {"en": ["Normal", "High", "Low", "Urgent"], "sv": ["Normal", "Hög", "Låg"], "de": ["Normal", "Hoch", "Niedrig"], "es": ["Normal", "Alta", "Baja"]}
CHANNEL = {"en": ["Email", "Web form", "Chat", "App"], "sv": ["E-post", "Webbformulär", "Chatt"], "de": ["E-Mail", "Webformular", "Chat"], "es": ["Correo", "Formulario web", "Chat"]}


def ticket_meta(ctx):
    r = ctx.rng
    ctx.para(ctx.say(META, tn=ctx.neg("ticket_number"), prio=r.choice(PRIO[ctx.lang]), ch=r.choice(CHANNEL[ctx.lang]), ts=ctx.neg("timestamp"),
                     ts2=ctx.neg("timestamp"), cust=ctx.neg("customer_number")))


BOTS = {"en": ["Ava", "Max", "Sam", "Olivia", "Leo"], "sv": ["Alva", "Elsa", "Nova", "Tage"], "de": ["Lena", "Paul", "Emma", "Jonas"], "es": ["Lola", "Sara", "Hugo", "Irene"]}
BRANDS = {"en": ["Alexa", "Siri", "Cortana", "Jenkins", "Evri", "Hermes"], "sv": ["Alexa", "Siri", "Bring", "Jenkins", "Hemköp"], "de": ["Alexa", "Siri", "Hermes", "Jenkins", "Rossmann"],
          "es": ["Alexa", "Siri", "Seur", "Jenkins", "Mercadona"]}


def filler(ctx):
    """A sentence with things that look like names, numbers or addresses but are none of them."""
    r = ctx.rng
    v = dict(bot=[N(r.choice(BOTS[ctx.lang]), "bot_name")], brand=[N(r.choice(BRANDS[ctx.lang]), "brand_name")], order=ctx.neg("order_number"),
             inv=ctx.neg("invoice_number"), city=ctx.city(), store=ctx.store(), ver=ctx.neg("version"), amt=ctx.neg("amount"), co=ctx.company(),
             tn=ctx.neg("ticket_number"), cust=ctx.neg("customer_number"), date=ctx.neg("date"), pct=ctx.neg("percentage"))
    ctx.para(ctx.say({
        "en": ["Your chatbot {bot} just kept sending me back to the FAQ.", "I also asked {brand} and it had no idea either, which tells you something.",
               "Ref: order {order} / invoice {inv} / previous ticket {tn}.", "For context we're the {city} branch of {co}, not the head office.",
               "The app is on {ver}, and I was charged {amt} on {date}.", "I already spoke to someone at {store} who told me to email you."],
        "nn": ["Your chatbot {bot} was not helping me at all.", "Reference: order {order}, invoice {inv}, old ticket {tn}."],
        "sv": ["Er chattbot {bot} skickade mig bara tillbaka till FAQ:n.", "Ref: order {order} / faktura {inv} / tidigare ärende {tn}.",
               "Vi är {city}-kontoret på {co}, inte huvudkontoret.", "Appen är version {ver} och jag drogs {amt} den {date}.", "Jag har redan pratat med någon på {store}."],
        "de": ["Ihr Chatbot {bot} hat mich nur immer wieder zu den FAQ geschickt.", "Bezug: Bestellung {order} / Rechnung {inv} / altes Ticket {tn}.",
               "Zur Einordnung: wir sind die Niederlassung {city} von {co}, nicht die Zentrale.", "Die App ist auf {ver}, abgebucht wurden {amt} am {date}.",
               "Ich war schon in der {store}, dort hat man mich an Sie verwiesen."],
        "es": ["Vuestro asistente virtual {bot} solo me mandaba a las preguntas frecuentes.", "Ref.: pedido {order} / factura {inv} / ticket anterior {tn}.",
               "Para que os situéis: somos la delegación de {city} de {co}, no la central.", "La app está en la {ver} y me cobraron {amt} el {date}.",
               "Ya pregunté en {store} y me dijeron que os escribiera."],
    }, **v))


FORMATS = {"email": (fmt_email, 63), "form": (fmt_form, 12), "chat": (fmt_chat, 9), "mobile": (fmt_mobile, 9), "fwd": (fmt_fwd, 6)}


# ---------------------------------------------------------------------------
# one ticket
# ---------------------------------------------------------------------------

LANGS = ["en", "sv", "de", "es"]
EN_REGIONS = {"UK": 30, "AU": 28, "US": 24, "nn": 18}
HTML_STYLES = {"gmail": 30, "outlook": 28, "apple": 15, "desk": 27}


def choose(rng, weights):
    return rng.choices(list(weights), weights=[w if not isinstance(w, tuple) else w[1] for w in weights.values()])[0]


def build_ticket(rng, idx):
    lang = rng.choice(LANGS)
    nn = False
    if lang == "en":
        reg = choose(rng, EN_REGIONS)
        if reg == "nn":
            nn = True
            region = rng.choice(["SE", "DE", "ES", "SE", "DE", "ES", "UK", "AU"])
            vendor_region = rng.choice(["UK", "US", "AU"]) if region in ("SE", "DE", "ES") else rng.choice(["SE", "DE", "ES"])
        else:
            region = vendor_region = reg
    else:
        region = vendor_region = {"sv": "SE", "de": "DE", "es": "ES"}[lang]
    is_html = rng.random() < 0.375
    style = choose(rng, HTML_STYLES) if is_html else None
    ctx = Ctx(rng, lang, region, nn, is_html, style)
    fmt_key = choose(rng, {k: v[1] for k, v in FORMATS.items()})
    if fmt_key == "chat" and rng.random() < 0.5:
        fmt_key = "email"
    scen_key = choose(rng, {k: v[1] for k, v in SCENARIOS.items()})
    ctx.scen = scen_key
    req = make_person(rng, region)
    req.email = make_email(rng, req)
    req.phone = gen_phone(rng, region, "mobile")
    ctx.req = req
    vname, vdom = rng.choice(VENDORS[vendor_region])
    ctx.vendor = {"name": vname, "domain": vdom, "support": rng.choice(SUPPORT_LOCAL[lang]) + "@" + vdom, "region": vendor_region,
                  "client_domain": re.sub(r"[^a-z]", "", ascii_fold(rng.choice(COMPANY_NEG[region]).split()[0]).lower())[:12] + rng.choice(
                      {"SE": [".se"], "DE": [".de"], "ES": [".es", ".com"], "UK": [".co.uk"], "AU": [".com.au"], "US": [".com"]}[region])}
    ctx.agent = make_person(rng, vendor_region)
    if fmt_key != "mobile" and rng.random() < 0.6:
        ticket_meta(ctx)
    FORMATS[fmt_key][0](ctx, scen_key)

    known = None
    if rng.random() < 0.41:
        known = {"name": req.full}
        if rng.random() < 0.85:
            known["email"] = req.email
        if rng.random() < 0.35:
            known["phone"] = req.phone[1] if rng.random() < 0.6 else phone_alt_format(req.phone[1])
        if rng.random() < 0.15:
            known["emails"] = [make_email(rng, req, ctx.vendor["client_domain"])]
    out = Out(ctx)
    (render_html if is_html else render_plain)(ctx, out)
    text = out.text()
    rec = {"id": "h4-%04d" % idx, "content_type": "text/html" if is_html else "text/plain", "text": text}
    if known:
        rec["known"] = known
    rec["labels"] = sorted(out.labels, key=lambda x: x["start"])
    rec["negatives"] = sorted(out.negs, key=lambda x: x["start"])
    rec["_meta"] = {"lang": lang + ("_nn" if nn else ""), "region": region, "format": fmt_key, "scenario": scen_key, "style": style}
    return rec


def fold(s):
    s = unicodedata.normalize("NFKD", s)
    return "".join(c for c in s if not unicodedata.combining(c)).casefold().strip()


def ticket_problems(rec):
    """Structural + semantic problems of one record (used by the generator and by --check)."""
    probs = []
    text = rec.get("text")
    if not isinstance(text, str):
        return ["text missing"]
    raw = text.encode("utf-8")
    is_html = rec.get("content_type") == "text/html"
    if rec.get("content_type") not in ("text/plain", "text/html"):
        probs.append("bad content_type")
    spans = []
    for l in rec.get("labels", []):
        s, e, c = l.get("start"), l.get("end"), l.get("category")
        if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(raw)):
            probs.append("label out of range %r" % l)
            continue
        for b in (s, e):
            if b < len(raw) and (raw[b] & 0xC0) == 0x80:
                probs.append("label offset not on a UTF-8 boundary %r" % l)
        if c not in CATEGORIES_ALL:
            probs.append("unknown category %r" % c)
        spans.append((s, e, c, l.get("subtype")))
    spans.sort()
    for a, b in zip(spans, spans[1:]):
        if b[0] < a[1]:
            probs.append("overlapping labels %r %r" % (a, b))
    for n in rec.get("negatives", []):
        s, e = n.get("start"), n.get("end")
        if not (isinstance(s, int) and isinstance(e, int) and 0 <= s < e <= len(raw)):
            probs.append("negative out of range %r" % n)
            continue
        for b in (s, e):
            if b < len(raw) and (raw[b] & 0xC0) == 0x80:
                probs.append("negative offset not on a UTF-8 boundary %r" % n)
        if any(s < le and ls < e for ls, le, _, _ in spans):
            probs.append("negative overlaps a label %r" % n)
    for s, e, c, sub in spans:
        val = raw[s:e].decode("utf-8", "replace")
        vis = visible_text(val, is_html).strip()
        if c == "payment_card" and not card_brand(re.sub(r"\D", "", vis)):
            probs.append("card label fails Luhn/IIN/length: %r" % vis)
        elif c == "iban" and not iban_valid(vis):
            probs.append("iban label invalid: %r" % vis)
        elif c == "national_id" and not national_id_ok(sub, vis):
            probs.append("national id label fails its check (%s): %r" % (sub, vis))
        elif c == "email" and sub != "obfuscated" and not EMAIL_RE.fullmatch(vis):
            probs.append("email label is not an address: %r" % vis)
        elif c == "ip_address":
            try:
                ipaddress.ip_address(vis)
            except ValueError:
                probs.append("ip label invalid: %r" % vis)
        elif c == "phone" and not (7 <= len(re.sub(r"\D", "", vis)) <= 15):
            probs.append("phone label digit count: %r" % vis)
        elif c == "secret" and sub == "pem" and not (vis.startswith("-----BEGIN ") and vis.endswith("-----")):
            probs.append("pem label not a whole block")
        elif c == "postal_address" and not re.search(r"\d", vis):
            probs.append("address label without a number: %r" % vis)
        if vis != vis.strip() or not vis:
            probs.append("label with surrounding whitespace: %r" % val)
    neg_ok = [(n["start"], n["end"]) for n in rec.get("negatives", []) if n.get("kind") == "filename"]
    leaks = pii_leaks(text, is_html, [(s, e, c) for s, e, c, _ in spans] + [(s, e, "email") for s, e in neg_ok])
    probs.extend(leaks)
    known = rec.get("known")
    if known:
        words = set(fold(known["name"]).split())
        names = [fold(visible_text(raw[s:e].decode("utf-8"), is_html)).replace(",", " ").split() for s, e, c, _ in spans if c == "person_name"]
        if not any(n and set(n) <= words for n in names):
            probs.append("known name %r not labelled in text" % known["name"])
    return probs


def make_ticket(seed, idx):
    last = None
    for attempt in range(60):
        rng = random.Random("heldout4/%d/%d/%d" % (seed, idx, attempt))
        try:
            rec = build_ticket(rng, idx)
        except ValueError as e:  # e.g. a multi-line value that would have to sit inside a "> " quote
            last = str(e)
            continue
        n = len(rec["text"].encode("utf-8"))
        if not (MIN_BYTES <= n <= MAX_BYTES):
            last = "size %d" % n
            continue
        probs = ticket_problems(rec)
        if probs:
            last = probs
            continue
        return rec
    raise RuntimeError("ticket %d: no valid attempt (%s)" % (idx, last))


def dump(rec):
    rec = {k: v for k, v in rec.items() if not k.startswith("_")}
    return json.dumps(rec, ensure_ascii=False, separators=(",", ":"))


def generate(seed, count):
    return [make_ticket(seed, i) for i in range(count)]


def stats(recs):
    c = collections.Counter()
    for r in recs:
        m = r["_meta"]
        c["lang:" + m["lang"]] += 1
        c["region:" + m["region"]] += 1
        c["content_type:" + r["content_type"]] += 1
        c["format:" + m["format"]] += 1
        c["scenario:" + m["scenario"]] += 1
        if m["style"]:
            c["html_style:" + m["style"]] += 1
        if "known" in r:
            c["known"] += 1
        for l in r["labels"]:
            c["label:" + l["category"]] += 1
            c["sub:%s/%s" % (l["category"], l["subtype"])] += 1
        for n in r["negatives"]:
            c["neg:" + n["kind"]] += 1
        c["labels"] += len(r["labels"])
        c["negatives"] += len(r["negatives"])
        c["bytes"] += len(r["text"].encode("utf-8"))
    return c


def check(path, seed):
    errors = []
    lines = open(path, "rb").read().split(b"\n")
    if lines and lines[-1] == b"":
        lines = lines[:-1]
    recs, ids = [], set()
    for i, ln in enumerate(lines, 1):
        try:
            rec = json.loads(ln.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as e:
            errors.append("line %d: not JSON (%s)" % (i, e))
            continue
        recs.append(rec)
        if rec.get("id") in ids:
            errors.append("line %d: duplicate id %r" % (i, rec.get("id")))
        ids.add(rec.get("id"))
        for p in ticket_problems(rec):
            errors.append("line %d (%s): %s" % (i, rec.get("id"), p))
    fresh = "".join(dump(r) + "\n" for r in generate(seed, len(lines))).encode("utf-8")
    if fresh != open(path, "rb").read():
        errors.append("file differs from a fresh generation with --seed %d --count %d" % (seed, len(lines)))
    for e in errors[:50]:
        print(e, file=sys.stderr)
    n_lab = sum(len(r.get("labels", [])) for r in recs)
    n_neg = sum(len(r.get("negatives", [])) for r in recs)
    print("%s: %d tickets, %d labels, %d negatives, %d problems" % (path, len(recs), n_lab, n_neg, len(errors)))
    return 1 if errors else 0


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int, default=DEFAULT_SEED)
    ap.add_argument("--count", type=int, default=400)
    ap.add_argument("--out", default="-")
    ap.add_argument("--check", metavar="FILE")
    ap.add_argument("--stats", action="store_true", help="print counts per language/category/subtype/negative kind to stderr")
    a = ap.parse_args(argv)
    if a.check:
        return check(a.check, a.seed)
    recs = generate(a.seed, a.count)
    data = "".join(dump(r) + "\n" for r in recs)
    if a.out == "-":
        sys.stdout.write(data)
    else:
        with open(a.out, "w", encoding="utf-8", newline="") as f:
            f.write(data)
    if a.stats:
        for k, v in sorted(stats(recs).items()):
            print("%-50s %d" % (k, v), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
