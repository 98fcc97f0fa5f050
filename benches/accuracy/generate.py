#!/usr/bin/env python3
"""Synthetic helpdesk-ticket corpus with byte-exact PII labels.

    generate.py [--seed 42] [--count 2000] [--out corpus.jsonl]
    generate.py --bench-text tickets_mixed.txt [--seed 7]

Each JSONL line is a `hushdesk scan --jsonl` input object plus `labels`
(spans that must be detected) and `negatives` (spans that must not be). All
offsets are UTF-8 byte offsets into `text`; for HTML tickets they point into
the HTML source (entities and inline tags inside a value included).

Everything is derived from the seed; ticket i depends only on (seed, i).
"""

import argparse
import html
import html.entities
import json
import random
import re
import sys
import os

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

import pii  # noqa: E402
from lang import (ARTIFACT_INTRO, CLOSING, COMPANIES, EMAIL_DOMAINS, FILLER, FIRST, GREET, GREET_NAMED,  # noqa: E402
                  INTRO, LABELS, LAST, MONTHS, PROSE, NID_NAMES, NIDS_BY_COUNTRY, PII_SENT, PRODUCTS, QUOTE_BODY,
                  QUOTE_HEADER, SUBJECTS, TITLES, VENDORS, WEEKDAYS)

LOCALES = [("en", "AU", 15), ("en", "GB", 15), ("en", "US", 14), ("sv", "SE", 20), ("de", "DE", 18), ("es", "ES", 18)]
IBAN_HOME = {"AU": ["GB", "DE", "FR", "NL"], "GB": ["GB"], "US": ["GB", "DE", "NL"], "SE": ["SE"], "DE": ["DE"],
             "ES": ["ES"]}
ENT = {chr(cp): "&%s;" % name for cp, name in html.entities.codepoint2name.items() if cp > 127}

TRANSLIT = str.maketrans({"å": "a", "ä": "a", "ö": "o", "ü": "u", "é": "e", "á": "a", "í": "i", "ó": "o",
                          "ú": "u", "ñ": "n", "ß": "ss", "'": "", " ": "", "Å": "a", "Ä": "a", "Ö": "o",
                          "Ü": "u", "É": "e", "Á": "a", "Í": "i", "Ó": "o", "Ú": "u", "Ñ": "n"})


def translit(s):
    return s.translate(TRANSLIT).lower()


# ------------------------------------------------------------------ people

class Person:
    def __init__(self, rng, lang, country, domain=None):
        self.first = rng.choice(FIRST[lang])
        self.last = rng.choice(LAST[lang])
        if lang == "es" and rng.random() < 0.5:
            self.last += " " + rng.choice(LAST[lang])
        self.full = "%s %s" % (self.first, self.last)
        f, l = translit(self.first), translit(self.last.split(" ")[0])
        local = rng.choice([f + "." + l, f + l, f[0] + "." + l, f + "_" + l, f, f + "." + l + str(rng.randint(1, 99)),
                            l + "." + f, f + str(rng.randint(70, 99))])
        self.domain = domain or rng.choice(EMAIL_DOMAINS[country])
        self.email = local + "@" + self.domain
        self.user, self.host = local, self.domain
        self.phones = pii.phone(rng, country)
        self.phone = self.phones[0] if rng.random() < 0.6 else rng.choice(self.phones)


def obfuscate_email(rng, local, host):
    style = rng.randrange(5)
    if style == 0:
        return local.replace(".", " dot ") + " at " + host.replace(".", " dot ")
    if style == 1:
        return local + "[at]" + host.replace(".", "[dot]")
    if style == 2:
        return local + " (at) " + host
    if style == 3:
        return local + " AT " + host.replace(".", " DOT ")
    return local + "(at)" + host.replace(".", "(dot)")


# ------------------------------------------------------------------ dates / addresses

def fmt_date(rng, lang, country, y, m, d):
    mon = MONTHS[lang][m - 1]
    if lang == "en":
        if country == "US":
            opts = ["%02d/%02d/%d" % (m, d, y), "%s %d, %d" % (mon, d, y), "%d/%d/%d" % (m, d, y), "%d-%02d-%02d" % (y, m, d)]
        else:
            opts = ["%02d/%02d/%d" % (d, m, y), "%d %s %d" % (d, mon, y), "%d %s %d" % (d, mon[:3], y),
                    "%d-%02d-%02d" % (y, m, d), "%d/%d/%d" % (d, m, y)]
    elif lang == "sv":
        opts = ["%d-%02d-%02d" % (y, m, d), "%d %s %d" % (d, mon, y), "%d/%d %d" % (d, m, y)]
    elif lang == "de":
        opts = ["%02d.%02d.%d" % (d, m, y), "%d. %s %d" % (d, mon, y), "%d.%d.%d" % (d, m, y)]
    else:
        opts = ["%02d/%02d/%d" % (d, m, y), "%d de %s de %d" % (d, mon, y), "%02d-%02d-%d" % (d, m, y)]
    return rng.choice(opts)


def address(rng, country, multiline):
    nl = "\n" if multiline else ", "
    if country == "AU":
        st = rng.choice(["George Street", "Wattle Avenue", "Beach Road", "Kingsford Smith Drive", "Banksia Crescent",
                         "Station Street", "Macquarie Street", "Ocean Parade", "Jacaranda Close"])
        city, state, pc = rng.choice([("Sydney", "NSW", "2000"), ("Surry Hills", "NSW", "2010"), ("Melbourne", "VIC", "3000"),
                                      ("Fitzroy", "VIC", "3065"), ("Brisbane", "QLD", "4000"), ("Perth", "WA", "6000"),
                                      ("Adelaide", "SA", "5000"), ("Hobart", "TAS", "7000"), ("Newcastle", "NSW", "2300")])
        unit = rng.choice(["", "", "Unit %d/" % rng.randint(1, 30), "%d/" % rng.randint(1, 12)])
        return "%s%d %s%s%s %s %s" % (unit, rng.randint(1, 250), st, nl, city, state, pc)
    if country == "GB":
        st = rng.choice(["Station Road", "High Street", "Church Lane", "Victoria Road", "Mill Lane", "Queen's Road",
                         "Kingsway", "Park Avenue", "Albion Terrace"])
        town, area = rng.choice([("London", "NW1"), ("London", "SE15"), ("Leeds", "LS6"), ("Manchester", "M20"),
                                 ("Bristol", "BS8"), ("Edinburgh", "EH3"), ("Cardiff", "CF10"), ("Norwich", "NR2"), ("York", "YO10")])
        pc = "%s %d%s" % (area, rng.randint(1, 9), "".join(rng.choice("ABDEFGHJLNPQRSTUWXYZ") for _ in range(2)))
        flat = rng.choice(["", "", "Flat %d, " % rng.randint(1, 12)])
        if multiline:
            return "%s%d %s\n%s\n%s" % (flat, rng.randint(1, 180), st, town, pc)
        return "%s%d %s, %s %s" % (flat, rng.randint(1, 180), st, town, pc)
    if country == "SE":
        st = rng.choice(["Storgatan", "Drottninggatan", "Kungsgatan", "Vasagatan", "Björkvägen", "Ringvägen",
                         "Sveavägen", "Östra Hamngatan", "Långgatan", "Skolvägen", "Åkervägen"])
        city, p = rng.choice([("Stockholm", "11"), ("Göteborg", "41"), ("Malmö", "21"), ("Uppsala", "75"), ("Umeå", "90"),
                              ("Västerås", "72"), ("Örebro", "70"), ("Lund", "22")])
        pc = "%s%d %02d" % (p, rng.randint(0, 9), rng.randint(10, 99))
        num = "%d%s" % (rng.randint(1, 120), rng.choice(["", "", "", "A", "B"]))
        lgh = rng.choice(["", "", "", ", lgh %d" % rng.randint(1001, 1504)])
        return "%s %s%s%s%s %s" % (st, num, lgh, nl, pc, city)
    if country == "DE":
        st = rng.choice(["Hauptstraße", "Bahnhofstraße", "Schillerstraße", "Goethestraße", "Lindenweg", "Am Mühlbach",
                         "Königsallee", "Gartenstraße", "Friedrichstr."])
        city, p = rng.choice([("Berlin", "10"), ("Hamburg", "20"), ("München", "80"), ("Köln", "50"),
                              ("Frankfurt am Main", "60"), ("Stuttgart", "70"), ("Leipzig", "04"), ("Düsseldorf", "40")])
        return "%s %d%s%s%s%03d %s" % (st, rng.randint(1, 140), rng.choice(["", "", "a"]), nl, p, rng.randint(0, 999), city)
    if country == "ES":
        st = rng.choice(["Calle Mayor", "Calle de Alcalá", "Avenida de la Constitución", "Calle Serrano",
                         "Paseo de Gracia", "Calle Larios", "Avda. Diagonal", "C/ San Fernando", "Plaza de España"])
        city, p = rng.choice([("Madrid", "28"), ("Barcelona", "08"), ("Valencia", "46"), ("Sevilla", "41"),
                              ("Málaga", "29"), ("Bilbao", "48"), ("Zaragoza", "50")])
        num = rng.choice(["%d" % rng.randint(1, 200), ", %d" % rng.randint(1, 200)])
        piso = rng.choice(["", "", ", %dº %s" % (rng.randint(1, 8), rng.choice("ABCD"))])
        return "%s%s%s%s%s%03d %s" % (st, " " + num if not num.startswith(",") else num, piso, nl, p, rng.randint(0, 999), city)
    st = rng.choice(["Oak Street", "Maple Avenue", "Main Street", "Sunset Boulevard", "Pine Street", "Elm Drive",
                     "Lakeview Road", "Washington Ave"])
    city, state, p = rng.choice([("Springfield", "IL", "627"), ("Portland", "OR", "972"), ("Austin", "TX", "787"),
                                 ("Seattle", "WA", "981"), ("Denver", "CO", "802"), ("Boston", "MA", "021"), ("Atlanta", "GA", "303")])
    apt = rng.choice(["", "", ", Apt %d%s" % (rng.randint(1, 30), rng.choice("ABC")), " Suite %d" % rng.randint(100, 900)])
    return "%d %s%s%s%s, %s %s%02d" % (rng.randint(10, 9999), st, apt, nl, city, state, p, rng.randint(0, 99))


def vary_case(rng, s):
    r = rng.random()
    if r < 0.65:
        return s
    if r < 0.82:
        return s.lower()
    if r < 0.92:
        return s.upper()
    return s[:1].upper() + s[1:].lower()


# ------------------------------------------------------------------ slot context
# Pieces: ("t", text) | ("p", text, category, subtype) | ("n", text, kind) | ("mailto", email, subtype)
#         | ("link", url, category, subtype)

class Ctx:
    def __init__(self, rng, lang, country, req, agent, vendor, company, html_mode):
        self.rng, self.lang, self.country = rng, lang, country
        self.req, self.agent, self.vendor, self.company = req, agent, vendor, company
        self.html = html_mode
        self.in_quote = False
        self.sentence_reset()

    def sentence_reset(self):
        self.nid_type = None
        self.other = None

    def other_person(self, new=False):
        if self.other is None or new:
            r = self.rng
            lang = self.lang if r.random() < 0.85 else r.choice(list(FIRST))
            self.other = Person(r, lang, self.country if lang == self.lang else {"en": "GB", "sv": "SE", "de": "DE", "es": "ES"}[lang],
                                domain=self.req.domain if r.random() < 0.4 else None)
        return self.other

    def fill(self, template):
        self.sentence_reset()
        out = []
        for i, part in enumerate(re.split(r"\{(\w+)\}", template)):
            if i % 2 == 0:
                if part:
                    out.append(("t", part))
            else:
                res = getattr(self, "s_" + part)()
                if isinstance(res, str):
                    out.append(("t", res))
                elif isinstance(res, tuple):
                    out.append(res)
                else:
                    out.extend(res)
        return out

    # ---- names
    def s_req_full(self):
        return ("p", self.req.full, "person_name", "requester")

    def s_req_first(self):
        return ("p", self.req.first, "person_name", "requester")

    def s_qname_rev(self):
        return ("p", "%s, %s" % (self._qp.last, self._qp.first), "person_name", self._qsub)

    def s_other_full(self):
        return ("p", self.other_person(new=True).full, "person_name", "other")

    def s_other_first(self):
        return ("p", self.other_person(new=True).first, "person_name", "other")

    def s_agent_first(self):
        return ("p", self.agent.first, "person_name", "agent")

    def s_agent_last(self):
        return ("p", self.agent.last, "person_name", "agent")

    def s_agent_full(self):
        return ("p", self.agent.full, "person_name", "agent")

    def s_company(self):
        return self.company

    def s_vendor(self):
        return self.vendor[0]

    def s_product(self):
        return self.rng.choice(PRODUCTS)

    def s_subject(self):
        return self.rng.choice(SUBJECTS)

    def s_weekday(self):
        return self.rng.choice(WEEKDAYS[self.lang])

    def s_n(self):
        return str(self.rng.choice([2, 3, 4, 5, 8, 12, 15, 20, 25, 40, 60, 120]))

    # ---- contact
    def s_req_email(self):
        if self.rng.random() < 0.25 and not self.in_quote:
            return ("mailto", self.req.email, None)
        return ("p", self.req.email, "email", None)

    def s_email(self):
        p = self.other or self.other_person()
        return ("p", p.email, "email", None)

    def s_obf_email(self):
        p = self.req if self.rng.random() < 0.5 else self.other_person()
        return ("p", obfuscate_email(self.rng, p.user, p.host), "email", "obfuscated")

    def s_req_phone(self):
        return ("p", self.req.phone, "phone", None)

    def s_phone(self):
        p = self.other or self.other_person()
        return ("p", self.rng.choice(p.phones), "phone", None)

    # ---- financial
    def s_card(self):
        num, brand = pii.card_number(self.rng)
        return ("p", pii.format_card(self.rng, num), "payment_card", brand)

    def s_exp(self):
        return "%02d/%02d" % (self.rng.randint(1, 12), self.rng.randint(25, 31))

    def s_iban(self):
        r = self.rng
        c = r.choice(IBAN_HOME[self.country]) if r.random() < 0.85 else r.choice(list(pii.IBAN_LENGTHS))
        return ("p", pii.format_iban(r, pii.iban(r, c)), "iban", c.lower())

    # ---- ids
    def s_nid_name(self):
        self.nid_type = self.rng.choice(NIDS_BY_COUNTRY[self.country])
        return self.rng.choice(NID_NAMES[self.nid_type])

    def s_nid(self):
        t = self.nid_type or self.rng.choice(NIDS_BY_COUNTRY[self.country])
        return ("p", pii.NATIONAL_IDS[t](self.rng), "national_id", t)

    def s_ip(self):
        return ("p", pii.ipv4(self.rng), "ip_address", "ipv4")

    def s_ip6(self):
        return ("p", pii.ipv6(self.rng), "ip_address", "ipv6")

    def s_dob(self):
        y, m, d = pii._rand_birth(self.rng)
        return ("p", fmt_date(self.rng, self.lang, self.country, y, m, d), "date_of_birth", None)

    def s_addr(self):
        return ("p", address(self.rng, self.country, False), "postal_address", None)

    def s_addr_ml(self):
        return ("p", address(self.rng, self.country, not self.in_quote), "postal_address", None)

    # ---- labels with varied casing
    def _label(self, key):
        return vary_case(self.rng, self.rng.choice(LABELS[self.lang][key]))

    def s_L_phone(self):
        return self._label("phone")

    def s_L_email(self):
        return self._label("email")

    def s_L_pw(self):
        return self._label("pw")

    def s_L_dob(self):
        return self._label("dob")

    def s_L_card(self):
        return self._label("card")

    def s_L_iban(self):
        return self._label("iban")

    def s_L_addr(self):
        return self._label("addr")

    # ---- secrets
    def s_pw(self):
        return ("p", pii.password(self.rng), "secret", "password")

    def s_token(self):
        r = self.rng
        kind = r.choice(["github", "gitlab", "slack", "stripe", "openai", "aws", "jwt"])
        val = {"github": pii.github_token, "gitlab": pii.gitlab_token, "slack": pii.slack_token,
               "stripe": pii.stripe_key, "openai": pii.openai_key, "aws": pii.aws_key_id, "jwt": pii.jwt}[kind](r)
        return ("p", val, "secret", kind)

    def url_token(self):
        r = self.rng
        dom = self.vendor[1]
        k = r.randrange(5)
        if k == 0:
            return ("https://%s-exports.s3.eu-north-1.amazonaws.com/reports/report-%d.csv?X-Amz-Algorithm=AWS4-HMAC-SHA256"
                    "&X-Amz-Credential=%s%%2F20240314%%2Feu-north-1%%2Fs3%%2Faws4_request&X-Amz-Date=20240314T091233Z"
                    "&X-Amz-Expires=3600&X-Amz-SignedHeaders=host&X-Amz-Signature=%s"
                    % (dom.split(".")[0], r.randint(100, 9999), pii.aws_key_id(r), pii.hex_str(r, 64)))
        if k == 1:
            return "https://app.%s/password/reset?token=%s" % (dom, pii.rand_str(r, pii.B64URL, 40))
        if k == 2:
            return "https://hooks.slack.com/services/T%s/B%s/%s" % (
                pii.rand_str(r, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789", 9), pii.rand_str(r, "ABCDEFGHJKLMNPQRSTUVWXYZ0123456789", 10),
                pii.rand_str(r, pii.ALNUM, 24))
        if k == 3:
            return "https://files.%s/download/invoice-%d.pdf?expires=1718000000&token=%s" % (
                dom, r.randint(1000, 99999), pii.rand_str(r, pii.ALNUM, 32))
        return "https://%sstore.blob.core.windows.net/exports/data.zip?sv=2022-11-02&ss=b&srt=o&sp=r&se=2024-06-30T18:00:00Z&sig=%s%%3D" % (
            dom.split(".")[0], pii.rand_str(r, pii.ALNUM + "%", 43))

    def s_url_token(self):
        u = self.url_token()
        if self.html and self.rng.random() < 0.3:
            return ("link", u, "secret", "url_token")
        return ("p", u, "secret", "url_token")

    def s_url_cred(self):
        r = self.rng
        pw = pii.rand_str(r, pii.ALNUM, r.randint(8, 16))
        dom = self.vendor[1]
        u = r.choice(["postgres://app_user:%s@db.internal.%s:5432/prod" % (pw, dom),
                      "https://deploy:%s@git.%s/ops/infra.git" % (pw, dom),
                      "amqp://worker:%s@mq.%s:5672/" % (pw, dom),
                      "mysql://root:%s@mysql.%s:3306/shop" % (pw, dom),
                      "ftp://upload:%s@ftp.%s/incoming/" % (pw, dom),
                      "redis://default:%s@cache.%s:6379/0" % (pw, dom)])
        return ("p", u, "secret", "url_credentials")

    # ---- negatives
    def s_order(self):
        r = self.rng
        return ("n", r.choice([str(r.randint(100000, 9999999)), "ORD-%d" % r.randint(100000, 999999),
                               "%d-%04d" % (r.randint(1000, 9999), r.randint(0, 9999)), "A%d" % r.randint(1000000, 9999999)]),
                "order_number")

    def s_invoice(self):
        r = self.rng
        return ("n", r.choice(["INV-%d-%05d" % (r.randint(2019, 2025), r.randint(1, 99999)), "%d-%04d" % (r.randint(2019, 2025), r.randint(1, 9999)),
                               "F%d%05d" % (r.randint(2019, 2025), r.randint(1, 99999)), str(r.randint(10000000, 99999999))]), "invoice_number")

    def s_version(self):
        r = self.rng
        v = "%d.%d.%d" % (r.randint(1, 12), r.randint(0, 30), r.randint(0, 40))
        return ("n", r.choice([v, "v" + v, v]), "version")

    def s_build(self):
        r = self.rng
        v = "%d.%d.%d.%d" % (r.randint(1, 20), r.randint(0, 12), r.randint(0, 9), r.randint(0, 250))
        word = r.choice(["build ", "Build ", "version ", ""])
        val = ("v" + v) if (not word or r.random() < 0.3) else v
        return [("t", word), ("n", val, "build_number")]

    def s_ts(self):
        r = self.rng
        y, mo, d, h, mi, s = r.randint(2022, 2025), r.randint(1, 12), r.randint(1, 28), r.randint(0, 23), r.randint(0, 59), r.randint(0, 59)
        return ("n", r.choice(["%d-%02d-%02dT%02d:%02d:%02dZ" % (y, mo, d, h, mi, s), "%d-%02d-%02d %02d:%02d:%02d" % (y, mo, d, h, mi, s),
                               "%d-%02d-%02dT%02d:%02d:%02d.%03d+01:00" % (y, mo, d, h, mi, s, r.randint(0, 999)),
                               "%02d:%02d" % (h, mi), "%02d/%02d/%d %02d:%02d" % (d, mo, y, h, mi)]), "timestamp")

    def s_date(self):
        r = self.rng
        return ("n", fmt_date(r, self.lang, self.country, r.randint(2019, 2025), r.randint(1, 12), r.randint(1, 28)), "date")

    def s_badcard(self):
        return ("n", pii.format_card(self.rng, pii.luhn_invalid_16(self.rng)), "luhn_invalid_card")

    def uuid(self):
        r = self.rng
        return "%08x-%04x-4%03x-%04x-%012x" % (r.getrandbits(32), r.getrandbits(16), r.getrandbits(12),
                                               0x8000 | r.getrandbits(14), r.getrandbits(48))

    def s_uuid(self):
        return ("n", self.uuid(), "uuid")

    def s_sha(self):
        return ("n", pii.hex_str(self.rng, self.rng.choice([40, 40, 7, 10, 12])), "git_sha")

    def s_accession(self):
        r = self.rng
        return ("n", r.choice(["GSE%d" % r.randint(10000, 299999), "SRR%d" % r.randint(1000000, 29999999),
                               "PRJNA%d" % r.randint(100000, 999999), "ENSG%011d" % r.randint(1, 299999),
                               "NM_%06d.%d" % (r.randint(1, 999999), r.randint(1, 9)), "ERR%d" % r.randint(100000, 9999999)]), "accession_id")

    def s_tracking(self):
        r = self.rng
        s10 = pii.digits(r, 8)
        w = [8, 6, 4, 2, 3, 5, 9, 7]
        c = 11 - sum(int(a) * b for a, b in zip(s10, w)) % 11
        c = {10: 0, 11: 5}.get(c, c)
        usps = "94" + pii.digits(r, 20)
        return ("n", r.choice(["1Z%s%s" % (pii.rand_str(r, "ABCDEFGHJKLMNPRSTVWXY0123456789", 6), pii.digits(r, 10)),
                               "RR%s%dSE" % (s10, c), "00340434%s" % pii.digits(r, 12), " ".join(usps[i:i + 4] for i in range(0, 22, 4)),
                               "JJD%s" % pii.digits(r, 18), pii.digits(r, 10)]), "tracking_number")

    def s_amount(self):
        r = self.rng
        a = r.randint(5, 4999) + r.choice([0, 0.5, 0.99, 0.95, 0.9, 0.45])
        if self.country in ("SE",):
            v = r.choice(["%s kr" % ("{:,.2f}".format(a).replace(",", " ").replace(".", ",")), "SEK %d" % a, "%d:-" % a])
        elif self.country in ("DE", "ES"):
            s = "{:,.2f}".format(a).replace(",", "X").replace(".", ",").replace("X", ".")
            v = r.choice(["%s €" % s, "€%s" % s, "EUR %s" % s, "%s EUR" % s])
        elif self.country == "GB":
            v = r.choice(["£{:,.2f}".format(a), "GBP {:,.2f}".format(a)])
        elif self.country == "AU":
            v = r.choice(["${:,.2f}".format(a), "AUD {:,.2f}".format(a), "A${:,.2f}".format(a)])
        else:
            v = r.choice(["${:,.2f}".format(a), "USD {:,.2f}".format(a), "${:,.0f}".format(a)])
        return ("n", v, "amount")

    def s_ticket(self):
        r = self.rng
        return ("n", r.choice(["#%d" % r.randint(10000, 999999), "TCK-%d" % r.randint(10000, 99999), "%d" % r.randint(100000, 999999)]),
                "ticket_number")

    def s_errcode(self):
        r = self.rng
        return ("n", r.choice(["0x%08X" % r.getrandbits(32), "E%d" % r.randint(1000, 9999), "ERR-%d" % r.randint(100, 9999),
                               "HTTP %d" % r.choice([401, 403, 404, 500, 502, 503])]), "error_code")

    def s_custno(self):
        r = self.rng
        return ("n", r.choice(["KD-%d" % r.randint(100000, 999999), "C%07d" % r.randint(1, 9999999), str(r.randint(10000000, 99999999))]),
                "customer_number")


# ------------------------------------------------------------------ artifacts (pasted logs, config, code)

def artifact(ctx):
    r = ctx.rng
    kind = r.choice(["log", "log", "env", "yaml", "trace", "curl", "pem", "code", "code"])
    P = []

    def t(s):
        P.append(("t", s))

    def add(res):
        if isinstance(res, list):
            P.extend(res)
        elif isinstance(res, str):
            t(res)
        else:
            P.append(res)

    if kind == "log":
        for i in range(r.randint(3, 8)):
            add(ctx.s_ts() if r.random() < 0.8 else ("t", "%s %02d %02d:%02d:%02d" % (r.choice(["Mar", "Apr", "Okt", "Dec"]), r.randint(1, 28),
                                                                                        r.randint(0, 23), r.randint(0, 59), r.randint(0, 59))))
            t(" %s [%s] " % (r.choice(["INFO", "WARN", "ERROR", "DEBUG", "info", "error"]), r.choice(["main", "worker-3", "http-nio-8080-exec-7", "sync"])))
            m = r.randrange(9)
            if m == 0:
                t("login failed user=")
                add(("p", ctx.req.email if r.random() < 0.5 else ctx.other_person(new=True).email, "email", None))
                t(" ip=")
                add(ctx.s_ip())
            elif m == 1:
                t("GET /api/v2/orders/%d 200 %dms client=" % (r.randint(10000, 999999), r.randint(3, 900)))
                add(ctx.s_ip() if r.random() < 0.7 else ctx.s_ip6())
            elif m == 2:
                t("request_id=")
                add(ctx.s_uuid())
                t(" status=%d duration=%dms" % (r.choice([200, 401, 500, 503]), r.randint(3, 4000)))
            elif m == 3:
                t("payment declined card=**** **** **** %s order=" % pii.digits(r, 4))
                add(ctx.s_order())
            elif m == 4:
                t("connection from ")
                add(ctx.s_ip6())
                t(" port %d closed" % r.randint(1024, 65535))
            elif m == 5:
                t("starting ")
                add(ctx.s_build())
                t(" commit ")
                add(ctx.s_sha())
            elif m == 6:
                t("retrying job %d (attempt %d/5) after %dms" % (r.randint(100, 99999), r.randint(1, 5), r.randint(100, 9000)))
            elif m == 7:
                t("sent notification to ")
                add(("p", ctx.other_person(new=True).email, "email", None))
            else:
                t("upstream ")
                add(ctx.s_ip())
                t(":%d timed out" % r.choice([443, 8080, 5432, 6379]))
            t("\n")
    elif kind == "env":
        t("APP_ENV=production\nAPP_VERSION=")
        add(ctx.s_version())
        t("\nDATABASE_URL=")
        add(ctx.s_url_cred())
        lines = r.sample(["stripe", "aws", "slack", "redis", "smtp", "openai", "github"], r.randint(2, 4))
        for ln in lines:
            if ln == "stripe":
                t("\nSTRIPE_SECRET_KEY=")
                add(("p", pii.stripe_key(r), "secret", "stripe"))
            elif ln == "aws":
                t("\nAWS_ACCESS_KEY_ID=")
                add(("p", pii.aws_key_id(r), "secret", "aws"))
                t("\nAWS_SECRET_ACCESS_KEY=")
                add(("p", pii.aws_secret(r), "secret", "aws_secret"))
            elif ln == "slack":
                t("\nSLACK_BOT_TOKEN=")
                add(("p", pii.slack_token(r), "secret", "slack"))
            elif ln == "redis":
                t("\nREDIS_HOST=")
                add(ctx.s_ip())
                t("\nREDIS_PORT=6379")
            elif ln == "smtp":
                t("\nSMTP_USER=")
                add(("p", ctx.req.email, "email", None))
                t("\nSMTP_PASSWORD=")
                add(ctx.s_pw())
            elif ln == "openai":
                t("\nOPENAI_API_KEY=")
                add(("p", pii.openai_key(r), "secret", "openai"))
            else:
                t("\nGITHUB_TOKEN=")
                add(("p", pii.github_token(r), "secret", "github"))
        t("\nLOG_LEVEL=debug\nWORKERS=%d\n" % r.randint(2, 16))
    elif kind == "yaml":
        t("smtp:\n  host: smtp.%s\n  port: 587\n  user: " % ctx.req.domain)
        add(("p", ctx.req.email, "email", None))
        t("\n  password: ")
        add(ctx.s_pw())
        t("\ngitlab:\n  url: https://gitlab.%s\n  token: " % ctx.vendor[1])
        add(("p", pii.gitlab_token(r), "secret", "gitlab"))
        t("\nrelease: ")
        add(ctx.s_version())
        t("\n")
    elif kind == "trace":
        cls = r.choice(["InvoiceService", "SyncWorker", "ExportJob", "TicketController"])
        if r.random() < 0.5:
            tr = ("Exception in thread \"main\" java.lang.NullPointerException: Cannot invoke \"String.length()\"\n"
                  "\tat com.%s.billing.%s.render(%s.java:%d)\n\tat com.%s.billing.%s.run(%s.java:%d)\n"
                  "\tat java.base/java.util.concurrent.ThreadPoolExecutor.runWorker(ThreadPoolExecutor.java:1136)\n"
                  "\tat java.base/java.lang.Thread.run(Thread.java:833)" % (
                      ctx.vendor[0].lower(), cls, cls, r.randint(20, 900), ctx.vendor[0].lower(), cls, cls, r.randint(20, 900)))
        else:
            tr = ("Traceback (most recent call last):\n  File \"/srv/app/sync/worker.py\", line %d, in run\n"
                  "    result = client.push(batch, timeout=%d)\n  File \"/srv/app/sync/client.py\", line %d, in push\n"
                  "    raise SyncError(f\"batch {batch.id} rejected: {resp.status_code}\")\nsync.errors.SyncError: batch %d rejected: 422"
                  % (r.randint(20, 400), r.randint(5, 60), r.randint(20, 400), r.randint(1000, 99999)))
        add(("n", tr, "code_sample"))
        t("\n")
    elif kind == "curl":
        t("curl -X %s https://api.%s/v2/tickets/%d/notes \\\n  -H \"Authorization: Bearer " % (
            r.choice(["POST", "GET", "PUT"]), ctx.vendor[1], r.randint(1000, 99999)))
        add(("p", pii.jwt(r), "secret", "jwt") if r.random() < 0.6 else ctx.s_token())
        t("\" \\\n  -H \"Content-Type: application/json\" \\\n  -d '{\"body\": \"test note\", \"private\": true}'\n")
    elif kind == "pem":
        add(("p", pii.pem_private_key(r), "secret", "private_key"))
        t("\n")
    else:
        code = r.choice([
            "SELECT id, status, created_at FROM orders WHERE status = 'pending' AND total > 1500 ORDER BY created_at DESC LIMIT 50;",
            "const retries = 3;\nfor (let i = 0; i < retries; i++) {\n  await sync({ batchSize: 250, timeoutMs: 30000 });\n}",
            "if response.status_code == 429:\n    time.sleep(int(response.headers.get('Retry-After', '30')))",
            "=IF(ISBLANK(B2), 0, VLOOKUP(B2, Rates!A2:C400, 3, FALSE) * 1.25)",
            "<input type=\"text\" name=\"qty\" maxlength=\"4\" pattern=\"[0-9]{1,4}\">",
            "$ export-tool --from 2024-01-01 --to 2024-03-31 --format csv --chunk 10000",
        ])
        add(("n", code, "code_sample"))
        t("\n")
    return kind, P


# ------------------------------------------------------------------ document builder

class Doc:
    def __init__(self, html_mode, entities, br):
        self.html, self.ent, self.br = html_mode, entities, br
        self.parts, self.pos = [], 0
        self.labels, self.negatives, self.values = [], [], []
        self.quote_prefix = ""

    def raw(self, s):
        self.parts.append(s)
        self.pos += len(s.encode("utf-8"))

    def esc(self, s, pre=False):
        if self.html:
            s = html.escape(s, quote=False)
            if self.ent:
                s = "".join(ENT.get(c, c) for c in s)
            if not pre:
                s = s.replace("\n", self.br)
        elif self.quote_prefix:
            s = s.replace("\n", "\n" + self.quote_prefix)
        return s

    def label(self, src, value, cat, sub):
        start = self.pos
        self.raw(src)
        self.labels.append({"start": start, "end": self.pos, "category": cat, "subtype": sub})
        self.values.append(value)

    def html_value(self, rng, value, cat, pre):
        src = self.esc(value, pre)
        if not self.html or pre:
            return src
        if cat == "email" and "@" in value and rng.random() < 0.25:
            return src.replace("@", rng.choice(["&#64;", "&#x40;", "&commat;"]))
        if cat in ("payment_card", "iban", "phone", "national_id") and rng.random() < 0.25:
            sep = " " if " " in value else ("-" if "-" in value else None)
            if sep:
                groups = src.split(sep)
                if len(groups) >= 3 and rng.random() < 0.6:
                    j = rng.randint(1, len(groups) - 2)
                    tag = rng.choice(["b", "span", "strong", "span style=\"color:#1f497d\""])
                    groups[j] = "<%s>%s</%s>" % (tag, groups[j], tag.split(" ")[0])
                    return sep.join(groups)
                if sep == " ":
                    return src.replace(" ", "&nbsp;")
        return src

    def piece(self, rng, p, pre=False):
        kind = p[0]
        if kind == "t":
            self.raw(self.esc(p[1], pre))
        elif kind == "p":
            self.label(self.html_value(rng, p[1], p[2], pre), p[1], p[2], p[3])
        elif kind == "n":
            start = self.pos
            self.raw(self.esc(p[1], pre))
            self.negatives.append({"start": start, "end": self.pos, "kind": p[2]})
        elif kind == "mailto":
            if self.html and not pre:
                self.raw('<a href="mailto:')
                self.label(p[1], p[1], "email", p[2])
                self.raw('">')
                self.label(self.esc(p[1]), p[1], "email", p[2])
                self.raw("</a>")
            else:
                if rng.random() < 0.5:
                    self.raw("mailto:")
                self.label(self.esc(p[1]), p[1], "email", p[2])
        elif kind == "link":
            self.raw('<a href="')
            self.label(html.escape(p[1]), p[1], p[2], p[3])
            self.raw('" target="_blank">')
            self.label(self.esc(p[1]), p[1], p[2], p[3])
            self.raw("</a>")
        else:
            raise ValueError(kind)

    def text(self):
        return "".join(self.parts)


# ------------------------------------------------------------------ ticket assembly

PII_KINDS = [("email", 13), ("phone", 13), ("name", 8), ("card", 10), ("iban", 10), ("nid", 15), ("ip", 8),
             ("secret", 9), ("dob", 6), ("addr", 7)]


def weighted(rng, items):
    total = sum(w for _, w in items)
    x = rng.uniform(0, total)
    for v, w in items:
        x -= w
        if x <= 0:
            return v
    return items[-1][0]


def prose(rng, lang):
    a, b, c, d = PROSE[lang]
    if lang == "sv":  # verb-second: put the subject first
        subj = rng.choice(b)
        s = "%s %s %s%s" % (subj[0].upper() + subj[1:], rng.choice(c), rng.choice(a).lower(), rng.choice(d))
    else:
        s = "%s %s %s%s" % (rng.choice(a), rng.choice(b), rng.choice(c), rng.choice(d))
    return [("t", s + rng.choice([".", ".", ".", "!", "..."]))]


def sentence_join(rng, sents):
    """Join sentence piece lists into one paragraph, sometimes with line breaks."""
    out = []
    for i, s in enumerate(sents):
        if i:
            out.append(("t", "\n" if rng.random() < 0.15 else " "))
        out.extend(s)
    return out


def build_ticket(seed, idx, bench=False):
    rng = random.Random("%s:%d:%s" % (seed, idx, "bench" if bench else "corpus"))
    lang, country = weighted(rng, [((l, c), w) for l, c, w in LOCALES])
    html_mode = (not bench) and rng.random() < 0.4
    req = Person(rng, lang, country)
    vendor = rng.choice(VENDORS)
    agent = Person(rng, rng.choice([lang, lang, "en"]), country, domain=vendor[1])
    company = rng.choice(COMPANIES)
    ctx = Ctx(rng, lang, country, req, agent, vendor, company, html_mode)
    has_known = rng.random() < 0.5

    blocks = []  # ("para", pieces) | ("pre", pieces) | ("sig", pieces) | ("quote", header, body)
    # greeting
    followup = rng.random() < 0.3
    if followup:
        blocks.append(("para", ctx.fill(rng.choice(GREET_NAMED[lang]))))
    else:
        blocks.append(("para", ctx.fill(rng.choice(GREET[lang]))))
    if rng.random() < 0.45:
        blocks.append(("para", ctx.fill(rng.choice(INTRO[lang]))))

    # body
    n_par = rng.randint(4, 8) if bench else rng.randint(3, 7)
    fill_per_par = (3, 7)
    pii_total = rng.randint(1, 2) if bench else rng.randint(1, 3)
    req_email_in_body = False
    paras = []
    for _ in range(n_par):
        paras.append([ctx.fill(rng.choice(FILLER[lang])) if rng.random() < 0.55 else prose(rng, lang)
                      for _ in range(rng.randint(*fill_per_par))])
    for _ in range(pii_total):
        kind = weighted(rng, PII_KINDS)
        tpl = rng.choice(PII_SENT[lang][kind])
        if "{req_email}" in tpl:
            req_email_in_body = True
        s = ctx.fill(tpl)
        par = rng.choice(paras)
        par.insert(rng.randint(0, len(par)), s)
    for par in paras:
        blocks.append(("para", sentence_join(rng, par)))

    if rng.random() < (0.2 if bench else 0.3):
        kind, P = artifact(ctx)
        blocks.append(("para", [("t", rng.choice(ARTIFACT_INTRO[lang]))]))
        blocks.append(("pre", P))

    # closing + signature
    sig = [("t", rng.choice(CLOSING[lang]) + "\n")]
    style = rng.random()
    name_piece = ("p", req.full, "person_name", "requester")
    if style < 0.15:
        casual = {"en": ["Thanks, ", "Cheers, ", "Thx "], "sv": ["Tack, ", "Mvh "], "de": ["Danke, ", "Gruß "],
                  "es": ["Gracias, ", "Saludos, "]}[lang] + ["/", "– ", "-- "]
        sig = [("t", rng.choice(casual)), ("p", req.first, "person_name", "requester")]
    else:
        sig.append(name_piece if rng.random() < 0.85 else ("p", req.first, "person_name", "requester"))
    email_in_sig = False
    if style >= 0.15:
        if rng.random() < 0.5:
            sig += [("t", "\n%s | %s" % (rng.choice(TITLES[lang]), company) if rng.random() < 0.5 else "\n" + company)]
        if rng.random() < (0.85 if has_known else 0.6):
            sig += [("t", "\n" + ctx._label("phone") + rng.choice([": ", " ", ". "])), ("p", req.phone, "phone", None)]
        if rng.random() < (0.5 if req_email_in_body else (0.9 if has_known else 0.5)):
            email_in_sig = True
            sig += [("t", "\n" + ctx._label("email") + rng.choice([": ", " "]))]
            sig.append(("mailto", req.email, None) if rng.random() < 0.4 else ("p", req.email, "email", None))
        if rng.random() < 0.25:
            sig += [("t", "\n"), ("p", address(rng, country, rng.random() < 0.5), "postal_address", None)]
    blocks.append(("sig", sig))

    # quoted previous message
    if rng.random() < (0.15 if bench else 0.3):
        ctx.in_quote = True
        from_agent = rng.random() < 0.6
        qp = agent if from_agent else ctx.other_person(new=True)
        ctx._qp, ctx._qsub = qp, ("agent" if from_agent else "other")
        y, m, d = rng.randint(2023, 2025), rng.randint(1, 12), rng.randint(1, 28)
        wd = rng.choice(WEEKDAYS[lang])[:3].capitalize() + ","
        mail_date = ("%s %d %s %d at %02d:%02d" if lang == "en" else "%s %d %s %d, %02d:%02d") % (
            wd, d, MONTHS[lang][m - 1][:3], y, rng.randint(7, 18), rng.randint(0, 59))
        qdate = rng.choice([mail_date,
                            fmt_date(rng, lang, country, y, m, d) + " %02d:%02d" % (rng.randint(7, 18), rng.randint(0, 59)),
                            fmt_date(rng, lang, country, y, m, d)])
        tpl = rng.choice(QUOTE_HEADER[lang])
        tpl = tpl.replace("{qdate}", "\x00").replace("{qname}", "\x01").replace("{qemail}", "\x02")
        header = []
        for part in re.split(r"([\x00\x01\x02])", tpl):
            if part == "\x00":
                header.append(("n", qdate, "timestamp"))
            elif part == "\x01":
                header.append(("p", qp.full, "person_name", ctx._qsub))
            elif part == "\x02":
                header.append(("p", qp.email, "email", None))
            elif part:
                header.extend(ctx.fill(part))
        if from_agent:
            body = ctx.fill(rng.choice(QUOTE_BODY[lang]))
        else:
            body = ctx.fill(rng.choice(PII_SENT[lang][weighted(rng, PII_KINDS)]))
            body = [("t", rng.choice(GREET[lang]) + "\n\n")] + body + [("t", "\n\n")] + [("p", qp.first, "person_name", "other")]
        blocks.append(("quote", header, body))
        ctx.in_quote = False

    # render
    entities = html_mode and rng.random() < 0.35
    br = rng.choice(["<br>", "<br>\n", "<br />"])
    doc = Doc(html_mode, entities, br)
    wrap = rng.choice(["p", "div"])
    if html_mode and rng.random() < 0.3:
        doc.raw('<div dir="ltr">')
    for b in blocks:
        if b[0] == "para" or b[0] == "sig":
            if html_mode:
                cls = ' class="signature"' if b[0] == "sig" and rng.random() < 0.5 else ""
                doc.raw("<%s%s>" % (wrap, cls))
                for p in b[1]:
                    doc.piece(rng, p)
                doc.raw("</%s>\n" % wrap if rng.random() < 0.5 else "</%s>" % wrap)
                if wrap == "div" and rng.random() < 0.3:
                    doc.raw("<div><br></div>")
            else:
                for p in b[1]:
                    doc.piece(rng, p)
                doc.raw("\n\n")
        elif b[0] == "pre":
            if html_mode:
                opener = rng.choice(["<pre>", "<pre><code>", '<pre style="font-family:monospace">'])
                doc.raw(opener)
                for p in b[1]:
                    doc.piece(rng, p, pre=True)
                doc.raw("</code></pre>\n" if opener == "<pre><code>" else "</pre>\n")
            else:
                for p in b[1]:
                    doc.piece(rng, p)
                doc.raw("\n")
        elif b[0] == "quote":
            _, header, body = b
            if html_mode:
                doc.raw('<div class="quote-header">')
                for p in header:
                    doc.piece(rng, p)
                doc.raw('</div>\n<blockquote type="cite" style="margin:0 0 0 .8ex;border-left:1px #ccc solid;padding-left:1ex">')
                for p in body:
                    doc.piece(rng, p)
                doc.raw("</blockquote>\n")
            else:
                for p in header:
                    doc.piece(rng, p)
                doc.raw("\n")
                doc.quote_prefix = "> "
                doc.raw("> ")
                for p in body:
                    doc.piece(rng, p)
                doc.quote_prefix = ""
                doc.raw("\n")
    if html_mode and doc.parts[0] == '<div dir="ltr">':
        doc.raw("</div>")

    item = {"id": "t%05d" % idx if not bench else idx, "content_type": "text/html" if html_mode else "text/plain",
            "text": doc.text()}
    if has_known:
        known = {"name": req.full}
        if rng.random() < 0.85:
            known["email"] = req.email
        if rng.random() < 0.6:
            known["phone"] = rng.choice(req.phones)
        if rng.random() < 0.15:
            known["emails"] = [ctx.other_person(new=True).email]
        item["known"] = known
    item["labels"] = doc.labels
    item["negatives"] = doc.negatives
    item["_values"] = doc.values
    item["_locale"] = "%s-%s" % (lang, country)
    del req_email_in_body, email_in_sig
    return item


def public(item):
    return {k: v for k, v in item.items() if not k.startswith("_")}


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", default=42, type=int)
    ap.add_argument("--count", default=2000, type=int)
    ap.add_argument("--out", default="-", help="JSONL output file (default stdout)")
    ap.add_argument("--bench-text", metavar="OUT", help="write plain ticket text for the throughput benchmark instead")
    ap.add_argument("--bench-bytes", type=int, default=1_300_000, help="target size for --bench-text")
    args = ap.parse_args(argv)

    if args.bench_text:
        chunks, size, i = [], 0, 0
        while size < args.bench_bytes:
            t = build_ticket(args.seed, i, bench=True)["text"].rstrip("\n") + "\n"
            chunks.append(t)
            size += len(t.encode("utf-8")) + 5
            i += 1
        with open(args.bench_text, "w", encoding="utf-8", newline="\n") as f:
            f.write("----\n".join(chunks))
        print("wrote %d tickets, %d bytes to %s" % (i, size, args.bench_text), file=sys.stderr)
        return 0

    out = sys.stdout if args.out == "-" else open(args.out, "w", encoding="utf-8", newline="\n")
    try:
        for i in range(args.count):
            out.write(json.dumps(public(build_ticket(args.seed, i)), ensure_ascii=False) + "\n")
    finally:
        if out is not sys.stdout:
            out.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
