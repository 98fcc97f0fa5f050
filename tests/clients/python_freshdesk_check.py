#!/usr/bin/env python3
"""Drive python-freshdesk (PyPI: python-freshdesk) against a Freshdesk-compatible
server and check what the client gets back.

Usage: python_freshdesk_check.py BASE_URL API_KEY [CA_FILE]

  BASE_URL  e.g. https://127.0.0.1:8443 (scheme, host, port; no path)
  API_KEY   the key the server expects as the Basic-auth username
  CA_FILE   PEM file trusted for BASE_URL's certificate (default: system roots)

python-freshdesk builds https://{domain}/api/v2/... from a *.freshdesk.com domain
and refuses other domains, so the API object is built with a placeholder domain
and its URL prefix (`_api_prefix`) is pointed at BASE_URL. TLS verification
goes through the client's own requests.Session (`verify=CA_FILE`).

Prints one line per check and a closing line "N passed, N failed"; exits 1 on
any failure.
"""

import os
import sys
import tempfile
import traceback

import requests
from freshdesk.api import API
from freshdesk.v2.errors import FreshdeskError, FreshdeskNotFound, FreshdeskUnauthorized


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


def expect(actual, wanted, what):
    if actual != wanted:
        raise AssertionError("{}: expected {!r}, got {!r}".format(what, wanted, actual))


def main():
    if len(sys.argv) < 3:
        print(__doc__)
        return 2
    base, key = sys.argv[1], sys.argv[2]
    ca = sys.argv[3] if len(sys.argv) > 3 else None
    api = make_api(base, key, ca)
    checks = Checks()
    state = {}
    tmp = tempfile.mkdtemp(prefix="pyfd-")

    def json_create():
        t = api.tickets.create_ticket(
            "JSON subject",
            email="py.requester@example.com",
            description="<div>Hello <b>there</b></div>",
            tags=["py"],
            priority=2,
        )
        expect(t.subject, "JSON subject", "subject")
        expect(t.priority, "medium", "priority (client maps 2 to medium)")
        expect(t.status, "open", "status default")
        expect(t.tags, ["py"], "tags")
        expect(t.description_text, "Hello there", "description_text")
        expect(t.created_at.tzinfo is not None, True, "created_at parsed with a zone")
        state["json_id"] = t.id

    def multipart_create():
        paths = []
        for name, data in (("notes.txt", b"plain text file"), ("pixel.png", b"\x89PNG fake")):
            path = os.path.join(tmp, name)
            with open(path, "wb") as f:
                f.write(data)
            paths.append((path, data))
        t = api.tickets.create_ticket(
            "Multipart subject",
            email="py.requester@example.com",
            description="<p>with files</p>",
            tags=["mp1", "mp2"],
            cc_emails=["cc.person@example.com"],
            custom_fields={"cf_text": "value", "cf_flag": True},
            attachments=[p for p, _ in paths],
        )
        expect(t.tags, ["mp1", "mp2"], "tags[] parts")
        expect(t.cc_emails, ["cc.person@example.com"], "cc_emails[] parts")
        expect(t.custom_fields, {"cf_text": "value", "cf_flag": True}, "custom_fields[k] parts")
        expect([a["name"] for a in t.attachments], ["notes.txt", "pixel.png"], "attachment names")
        expect(t.attachments[1]["content_type"], "image/png", "content type guessed from the filename")
        for attachment, (_, data) in zip(t.attachments, paths):
            got = requests.get(attachment["attachment_url"], verify=ca if ca else True, timeout=10)
            expect(got.status_code, 200, "attachment_url status")
            expect(got.content, data, "attachment bytes")
        state["mp_id"] = t.id

    def update():
        t = api.tickets.update_ticket(state["json_id"], tags=["replaced"], priority=4)
        expect(t.tags, ["replaced"], "tags replaced")
        expect(t.priority, "urgent", "priority")

    def reply():
        c = api.comments.create_reply(state["json_id"], "<p>We are on it</p>")
        expect(c.source, "reply", "reply source")
        expect(c.body_text, "We are on it", "body_text")
        expect(c.ticket_id, state["json_id"], "ticket_id")

    def note():
        c = api.comments.create_note(state["json_id"], "<p>internal</p>")
        expect(c.source, "note", "note source")
        expect(c.private, True, "notes default to private")
        comments = api.comments.list_comments(state["json_id"])
        expect(len(comments), 2, "conversations listed")

    def view_with_includes():
        t = api.tickets.get_ticket(state["json_id"], "conversations", "requester", "stats")
        expect(len(t.conversations), 2, "embedded conversations")
        expect(t.requester["email"], "py.requester@example.com", "embedded requester")

    def contacts():
        c = api.contacts.create_contact(name="Py Contact", email="py.contact@example.com")
        expect(c.name, "Py Contact", "contact name")
        try:
            api.contacts.create_contact(name="Again", email="py.contact@example.com")
        except FreshdeskError as e:
            expect("409" in str(e), True, "duplicate email answered 409")
        else:
            raise AssertionError("duplicate contact was accepted")
        everyone = api.contacts.list_contacts()
        expect(c.id in [x.id for x in everyone], True, "contact listed")
        found = api.contacts.list_contacts(email="py.contact@example.com")
        expect([x.id for x in found], [c.id], "email filter")
        updated = api.contacts.update_contact(c.id, job_title="Tester")
        expect(updated.job_title, "Tester", "contact update")
        api.contacts.soft_delete_contact(c.id)
        api.contacts.restore_contact(c.id)
        expect(api.contacts.get_contact(c.id).deleted, False, "restored")
        api.contacts.permanently_delete_contact(c.id)
        try:
            api.contacts.get_contact(c.id)
        except FreshdeskNotFound:
            pass
        else:
            raise AssertionError("hard-deleted contact still found")

    def list_paginated():
        for i in range(3):
            api.tickets.create_ticket("Bulk %d" % i, email="bulk@example.com", description="d")
        everything = api.tickets.list_tickets(filter_name=None, per_page=2)
        expect(len(everything), 5, "all pages walked (per_page=2)")
        page2 = api.tickets.list_tickets(filter_name=None, per_page=2, page=2)
        expect(len(page2), 2, "explicit page 2")

    def search():
        found = api.tickets.filter_tickets("tag:'mp1' AND priority:1")
        expect([t.id for t in found], [state["mp_id"]], "search by tag and priority")
        found = api.tickets.filter_tickets("tag:'replaced' OR tag:'mp2'")
        expect(sorted(t.id for t in found), sorted([state["json_id"], state["mp_id"]]), "OR search")

    def delete():
        api.tickets.delete_ticket(state["mp_id"])
        deleted = api.tickets.list_deleted_tickets()
        expect([t.id for t in deleted], [state["mp_id"]], "deleted filter")

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
        ("create ticket (JSON)", json_create),
        ("create ticket (multipart: attachments, tags, custom_fields)", multipart_create),
        ("update ticket", update),
        ("reply", reply),
        ("note + list conversations", note),
        ("view with include", view_with_includes),
        ("contacts create/list/update/delete", contacts),
        ("list tickets with pagination", list_paginated),
        ("search tickets", search),
        ("delete ticket", delete),
        ("401 and 404 errors", errors),
    ]:
        checks.run(name, fn)
    print("{} passed, {} failed".format(checks.passed, checks.failed))
    return 0 if checks.failed == 0 else 1


if __name__ == "__main__":
    sys.exit(main())
