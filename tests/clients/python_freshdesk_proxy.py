#!/usr/bin/env python3
"""Drive python-freshdesk (PyPI: python-freshdesk) through the hushdesk proxy
and check what the client gets back after redaction.

Usage: python_freshdesk_proxy.py BASE_URL API_KEY CA_FILE PLAN_JSON

  BASE_URL   the proxy, e.g. https://127.0.0.1:8443 (scheme, host, port; no path)
  API_KEY    the key the helpdesk behind the proxy expects
  CA_FILE    PEM file trusted for BASE_URL's certificate; "-" for the
             system roots
  PLAN_JSON  a JSON object naming the planted test values and the files to
             upload (written by the Rust test, which checks the helpdesk's
             store against the same values):
               name, email, phone   the requester (identity fields: kept)
               card, iban, other_email
                                    personal data planted in free text
               cc_email             a third-party address (kept by default)
               contact_name, contact_email
                                    a contact to create
               personal_file        path of a file whose name holds `name`
               plain_file           path of a file with a harmless name

python-freshdesk builds https://{domain}/api/v2/... from a *.freshdesk.com domain
and refuses other domains, so the API object is built with a placeholder domain
and its URL prefix (`_api_prefix`) is pointed at BASE_URL. Everything else is
the library's own code path: JSON bodies, its multipart encoding (`tags[]`,
`custom_fields[k]`, `attachments[]`), page walking and search quoting.

Prints one line per check, then one line `RESULT {json}` with the ids the
Rust side needs, then "N passed, N failed"; exits 1 on any failure.
"""

import json
import os
import sys
import traceback
from urllib.parse import urlsplit

import requests
from freshdesk.api import API
from freshdesk.v2.errors import FreshdeskNotFound, FreshdeskUnauthorized


def make_api(base, key, ca):
    if ca:
        # requests lets REQUESTS_CA_BUNDLE / CURL_CA_BUNDLE override a
        # Session's `verify`, so point them at the CA file as well.
        os.environ["REQUESTS_CA_BUNDLE"] = ca
        os.environ["CURL_CA_BUNDLE"] = ca
    api = API("sandbox.freshdesk.com", key, verify=ca if ca else True)
    api._api_prefix = base.rstrip("/") + "/api/v2/"
    return api


class Checks:
    def __init__(self):
        self.passed = 0
        self.failed = 0

    def run(self, name, fn):
        try:
            fn()
        except Exception:  # report and continue with the next check
            self.failed += 1
            print("FAIL", name)
            traceback.print_exc(file=sys.stdout)
        else:
            self.passed += 1
            print("ok  ", name)


def via_proxy(base, url):
    """The same path and query on the proxy: the sandbox's attachment URLs
    point at the sandbox itself, and fetching them through the proxy also
    checks that a binary download passes through untouched."""
    parts = urlsplit(url)
    return base.rstrip("/") + parts.path + ("?" + parts.query if parts.query else "")


def expect(actual, wanted, what):
    if actual != wanted:
        raise AssertionError("{}: expected {!r}, got {!r}".format(what, wanted, actual))


def expect_absent(text, values, what):
    for value in values:
        if value in (text or ""):
            raise AssertionError("{} still holds a planted value: {!r}".format(what, text))


def main():
    if len(sys.argv) < 5:
        print(__doc__)
        return 2
    base, key, ca, plan = sys.argv[1], sys.argv[2], sys.argv[3], json.loads(sys.argv[4])
    ca = None if ca == "-" else ca
    api = make_api(base, key, ca)
    checks = Checks()
    state = {}
    free_text = [plan["card"], plan["iban"], plan["other_email"], plan["phone"]]

    def json_create():
        t = api.tickets.create_ticket(
            "Refund to card {}".format(plan["card"]),
            name=plan["name"],
            email=plan["email"],
            phone=plan["phone"],
            description=(
                "<div><p>Hello, this is {name}. My card is <b>{card}</b> and my IBAN is "
                "{iban}.</p><p>Call me on {phone} or write to {email}; my colleague "
                "{other} knows too.</p></div>"
            ).format(
                name=plan["name"],
                card=plan["card"],
                iban=plan["iban"],
                phone=plan["phone"],
                email=plan["email"],
                other=plan["other_email"],
            ),
            tags=["billing"],
            priority=2,
        )
        expect_absent(t.subject, free_text, "returned subject")
        expect(t.subject.startswith("Refund to card "), True, "subject kept around the redaction")
        expect_absent(t.description, free_text + [plan["name"], plan["email"]], "returned description")
        expect_absent(t.description_text, free_text + [plan["name"], plan["email"]], "returned description_text")
        expect("<b>" in t.description, True, "HTML markup kept")
        expect(t.tags, ["billing", "retention:30d"], "retention tag merged with the client's tag")
        expect(t.priority, "medium", "priority (client maps 2 to medium)")
        expect(t.created_at.tzinfo is not None, True, "created_at parsed with a zone")
        full = api.tickets.get_ticket(t.id, "requester")
        expect(full.requester["email"], plan["email"], "requester email kept")
        expect(full.requester["name"], plan["name"], "requester name kept")
        state["json_id"] = t.id

    def multipart_create():
        t = api.tickets.create_ticket(
            "Passport copy",
            name=plan["name"],
            email=plan["email"],
            description="<p>My card {} as asked</p>".format(plan["card"]),
            tags=["kyc", "vip"],
            cc_emails=[plan["cc_email"]],
            custom_fields={"cf_note": "call me on {}".format(plan["phone"]), "cf_flag": True},
            attachments=[plan["personal_file"], plan["plain_file"]],
        )
        expect(t.tags, ["kyc", "vip", "retention:30d"], "tags[] parts plus the retention tag")
        expect(t.cc_emails, [plan["cc_email"]], "third-party cc_emails[] kept")
        expect(t.custom_fields.get("cf_flag"), True, "custom_fields[cf_flag] part")
        expect_absent(t.custom_fields.get("cf_note"), free_text, "custom_fields[cf_note]")
        expect(t.custom_fields.get("cf_note", "").startswith("call me on "), True, "custom field text kept")
        expect_absent(t.description_text, free_text, "multipart description_text")
        names = [a["name"] for a in t.attachments]
        expect(len(names), 2, "two attachments")
        renamed, plain = names
        expect(renamed.startswith("attachment-") and renamed.endswith(".pdf"), True, "personal file name renamed: " + renamed)
        expect(plain, os.path.basename(plan["plain_file"]), "harmless file name kept")
        expect(t.attachments[0]["content_type"], "application/pdf", "content type guessed from the extension")
        for attachment, path in zip(t.attachments, [plan["personal_file"], plan["plain_file"]]):
            with open(path, "rb") as f:
                data = f.read()
            got = requests.get(via_proxy(base, attachment["attachment_url"]), verify=ca if ca else True, timeout=10)
            expect(got.status_code, 200, "attachment_url status")
            expect(got.content == data, True, "attachment bytes identical")
        state["mp_id"] = t.id
        state["renamed"] = renamed

    def update():
        t = api.tickets.update_ticket(
            state["json_id"], subject="Please delete my data", tags=["escalated"], priority=4
        )
        expect(t.tags, ["escalated", "retention:erasure"], "update: tags replaced, erasure class merged")
        expect(t.priority, "urgent", "priority")
        t = api.tickets.update_ticket(state["json_id"], status=3)
        expect(t.tags, ["escalated", "retention:erasure"], "update without tags leaves the tag set alone")
        expect(t.status, "pending", "status")

    def reply():
        c = api.comments.create_reply(
            state["json_id"],
            "<p>Refunded to {}. Contact {} if needed.</p>".format(plan["card"], plan["other_email"]),
        )
        expect(c.source, "reply", "reply source")
        expect(c.ticket_id, state["json_id"], "ticket_id")
        expect_absent(c.body, free_text, "reply body")
        expect(c.body_text.startswith("Refunded to "), True, "reply text kept around the redaction")

    def note():
        c = api.comments.create_note(state["json_id"], "Customer IBAN {}".format(plan["iban"]), private=True)
        expect(c.source, "note", "note source")
        expect(c.private, True, "private note")
        expect_absent(c.body, free_text, "note body")
        comments = api.comments.list_comments(state["json_id"])
        expect(len(comments), 2, "conversations listed")
        for comment in comments:
            expect_absent(comment.body, free_text, "listed conversation")

    def contacts():
        c = api.contacts.create_contact(
            name=plan["contact_name"],
            email=plan["contact_email"],
            description="Paid with card {}".format(plan["card"]),
        )
        expect(c.name, plan["contact_name"], "contact name kept")
        expect(c.email, plan["contact_email"], "contact email kept")
        expect_absent(c.description, free_text, "contact description")
        everyone = api.contacts.list_contacts()
        expect(c.id in [x.id for x in everyone], True, "contact listed")
        found = api.contacts.list_contacts(email=plan["contact_email"])
        expect([x.id for x in found], [c.id], "email filter (query passed through)")
        state["contact_id"] = c.id

    def list_paginated():
        state["bulk_ids"] = []
        for i in range(3):
            t = api.tickets.create_ticket("Bulk %d" % i, email="bulk@example.com", description="d")
            expect(t.tags, ["retention:standard"], "default class tag")
            state["bulk_ids"].append(t.id)
        everything = api.tickets.list_tickets(filter_name=None, per_page=2)
        expect(len(everything), 5, "all pages walked (per_page=2)")
        page2 = api.tickets.list_tickets(filter_name=None, per_page=2, page=2)
        expect(len(page2), 2, "explicit page 2")
        for t in everything:
            expect_absent(t.subject, free_text, "listed subject")

    def search():
        found = api.tickets.filter_tickets("tag:'vip' AND priority:1")
        expect([t.id for t in found], [state["mp_id"]], "search by tag and priority")
        found = api.tickets.filter_tickets("tag:'retention:standard'")
        expect(sorted(t.id for t in found), sorted(state["bulk_ids"]), "search by the retention tag")
        found = api.tickets.filter_tickets("tag:'retention:erasure' OR tag:'kyc'")
        expect(sorted(t.id for t in found), sorted([state["json_id"], state["mp_id"]]), "OR search")

    def errors():
        try:
            api.tickets.get_ticket(999999)
        except FreshdeskNotFound:
            pass
        else:
            raise AssertionError("unknown ticket did not raise FreshdeskNotFound")
        bad = make_api(base, key + "-wrong", ca)
        try:
            bad.tickets.get_ticket(state["json_id"])
        except FreshdeskUnauthorized as e:
            expect(str(e), "You have to be logged in to perform this action.", "401 message")
        else:
            raise AssertionError("wrong key did not raise FreshdeskUnauthorized")

    for name, fn in [
        ("create ticket (JSON, HTML description)", json_create),
        ("create ticket (multipart: attachments, tags[], custom_fields[k])", multipart_create),
        ("update ticket (with and without tags)", update),
        ("reply", reply),
        ("note + list conversations", note),
        ("contacts create/list", contacts),
        ("list tickets with pagination", list_paginated),
        ("search tickets", search),
        ("404 and 401 pass through", errors),
    ]:
        checks.run(name, fn)
    print("RESULT " + json.dumps(state))
    print("{} passed, {} failed".format(checks.passed, checks.failed))
    return 0 if checks.failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
