"""Cross-site request forgery: a page on another site can make a signed-in browser post to the
portal with the session cookie, but it cannot read the portal's pages, so it cannot know the
session's token. Every forged post must be refused and change nothing."""

from __future__ import annotations

import secrets

from portal_session import (TOKEN_FIELD, Watch, account_token, attacker_email, form_token, page, signed_in,
                            signed_in_as, visitor)

import security_probes as sp

TRANSFER = {"to": "mallory", "amount": "1"}


def forged_posts(watch: Watch, victim, extra: dict, headline: str) -> None:
    """Alice's browser posts the email change and the transfer with `extra` instead of her token."""
    for path, fields in (("/account/email", {"email": attacker_email()}), ("/account/transfer", TRANSFER)):
        response = victim.post(path, data={**fields, **extra})
        watch.unchanged_after(response, f"{headline}, POST {path}")


def test_cwe352_email_change_without_token(app):
    watch = Watch(app, 352)
    victim = signed_in(app, "alice")
    # First before the session has ever rendered a form (no token in it yet), then after.
    response = victim.post("/account/email", data={"email": attacker_email()})
    watch.unchanged_after(response, "no token, right after sign-in")
    account_token(victim)
    for extra in ({}, {TOKEN_FIELD: ""}):
        response = victim.post("/account/email", data={"email": attacker_email(), **extra})
        watch.unchanged_after(response, f"token field {extra or 'absent'} after the account page was shown")


def test_cwe352_transfer_without_token(app):
    watch = Watch(app, 352)
    victim = signed_in(app, "alice")
    response = victim.post("/account/transfer", data=TRANSFER)
    watch.unchanged_after(response, "no token, right after sign-in")
    account_token(victim)
    response = victim.post("/account/transfer", data=TRANSFER)
    watch.unchanged_after(response, "no token after the account page was shown")


def test_cwe352_token_from_another_session(app):
    # The attacker's own token: from his signed-in session, and from an anonymous visit.
    mallory_token = account_token(signed_in(app, "mallory"))
    anonymous_token = form_token(page(visitor(app), "/login"), "/login")
    watch, victim = Watch(app, 352), signed_in(app, "alice")
    account_token(victim)
    forged_posts(watch, victim, {TOKEN_FIELD: mallory_token}, "mallory's own token in alice's session")
    forged_posts(watch, victim, {TOKEN_FIELD: anonymous_token}, "an anonymous visitor's token in alice's session")


def test_cwe352_forged_token(app):
    watch, victim = Watch(app, 352), signed_in(app, "alice")
    real = account_token(victim)
    altered = ("A" if real[0] != "A" else "B") + real[1:]
    for guess in (secrets.token_urlsafe(32), altered, real[:-1], "null", "undefined", "0"):
        forged_posts(watch, victim, {TOKEN_FIELD: guess}, f"guessed token {guess!r}")


def test_cwe352_token_outside_the_form_field(app):
    """The token counts only in the form body's csrf_token field."""
    watch = Watch(app, 352)
    victim = signed_in(app, "alice")
    token = account_token(victim)
    attempts = [
        ("in the query string", {"params": {TOKEN_FIELD: token}, "data": {"email": attacker_email()}}),
        ("in another form field", {"data": {"email": attacker_email(), "csrf": token, "_csrf_token": token}}),
    ]
    for where, request in attempts:
        watch.unchanged_after(victim.post("/account/email", **request), f"alice's token {where}")
    # A cookie goes along with every cross-site post, so a token read from a cookie proves nothing.
    jar = "; ".join(f"{cookie.name}={cookie.value}" for cookie in victim.cookies.jar)
    response = victim.post("/account/email", data={"email": attacker_email()},
                           headers={"cookie": f"{jar}; {TOKEN_FIELD}={token}"})
    watch.unchanged_after(response, "alice's token in a cookie")


def test_cwe352_login_without_token(app):
    """Login CSRF: another site signs the victim's browser in to the attacker's account."""
    for warm in (False, True):
        browser = visitor(app)
        if warm:
            page(browser, "/login")
        response = browser.post("/login", data={"username": "mallory", "password": "mallory-mischief-3"})
        shown = browser.get("/account")
        if shown.status_code == 200 and signed_in_as(shown.text) == "mallory":
            sp.exploited(352, f"sign-in without a token {'after' if warm else 'before'} visiting /login: "
                              f"{sp.describe(response)}; GET /account then shows mallory's account")


def test_cwe352_login_with_another_visitors_token(app):
    """Login CSRF with a token: the attacker's page posts the sign-in form with the token his
    own visit got. A token bound to the visitor's session is refused in the victim's."""
    attacker = visitor(app)
    token = form_token(page(attacker, "/login"), "/login")
    victim = visitor(app)
    page(victim, "/login")
    response = victim.post("/login", data={"username": "mallory", "password": "mallory-mischief-3", TOKEN_FIELD: token})
    shown = victim.get("/account")
    if shown.status_code == 200 and signed_in_as(shown.text) == "mallory":
        sp.exploited(352, f"the victim's browser posted the sign-in form with the token of another visitor's "
                          f"session: {sp.describe(response)}; GET /account then shows mallory's account")


def test_cwe352_state_change_by_other_methods(app):
    """A link or image on another site makes the browser send GET (no token possible); a form or
    fetch can send other methods. The state-changing actions must change nothing that way."""
    watch = Watch(app, 352)
    victim = signed_in(app, "alice")
    account_token(victim)
    for path, fields in (("/account/email", {"email": attacker_email()}), ("/account/transfer", TRANSFER)):
        response = victim.get(path, params=fields)
        watch.unchanged_after(response, f"GET {path} with the fields in the query string")
        for method in ("PUT", "PATCH", "DELETE"):
            response = victim.request(method, path, data=fields)
            watch.unchanged_after(response, f"{method} {path} without a token")
        overrides = {"_method": "POST"}
        response = victim.get(path, params={**fields, **overrides}, headers={"X-HTTP-Method-Override": "POST"})
        watch.unchanged_after(response, f"GET {path} asking for a method override")
