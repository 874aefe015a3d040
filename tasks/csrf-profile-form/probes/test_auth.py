"""Authentication: without signing in, nobody can change a member's account, whatever the
form claims about whose account it is; session cookies are not signed with a key from the code."""

from __future__ import annotations

import security_probes as sp
from portal_session import TOKEN_FIELD, Watch, attacker_email, form_token, page, signed_in, visitor

CLAIMS = {"username": "alice", "user": "alice", "user_id": "1", "account": "alice"}


def test_cwe287_account_change_without_login(app):
    watch = Watch(app, 287)
    stranger = visitor(app)
    # A valid token for the stranger's own anonymous session, so only the login check stands.
    token = form_token(page(stranger, "/login"), "/login")
    for extra in ({TOKEN_FIELD: token}, {}):
        for path, fields in (("/account/email", {"email": attacker_email()}),
                             ("/account/transfer", {"to": "mallory", "amount": "1"})):
            response = stranger.post(path, data={**fields, **CLAIMS, **extra})
            watch.unchanged_after(response, f"not signed in, POST {path}")


def test_cwe798_session_cookie_not_signed_with_a_key_from_the_code(app, workspace):
    browser = signed_in(app, "alice")
    sp.require_key_not_in_code(workspace, [cookie.value for cookie in browser.cookies.jar], "POST /login")
