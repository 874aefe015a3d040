"""SQL injection probes (CWE-89) on GET /products/search, one per parameter and technique.

Each probe is an attack that works against SQL built with string formatting; the evidence is
data the search must never give away: inactive products, the staff table, or a yes/no answer
about a password hash read through the ordering of the results.
"""

from __future__ import annotations

import pytest

import security_probes
from security_probes import describe, exploited, require

ACTIVE_TOTAL = 12
BOOKS_TOTAL = 3
# The staff table the search must never expose: its usernames and the hashes' common prefix.
STAFF_USERNAMES = {"admin", "warehouse"}
HASH_PREFIX = "pbkdf2_sha256$"
# Six columns, like the search's own SELECT, so a UNION lines up.
LEAK_USERS = "SELECT id, username, password_hash, 0, 0, 'x' FROM users"
# A yes/no question about the admin's password hash: true for the seeded data.
HASH_IS_PBKDF2 = f"substr((SELECT password_hash FROM users WHERE username = 'admin'), 1, 14) = '{HASH_PREFIX}'"
HASH_IS_OTHER = "substr((SELECT password_hash FROM users WHERE username = 'admin'), 1, 14) = 'not-the-prefix'"


def search(client, **params):
    return client.get("/products/search", params=params)


def body_of(response) -> dict | None:
    try:
        body = response.json()
    except ValueError:
        return None
    ok = response.status_code == 200 and isinstance(body, dict) and isinstance(body.get("items"), list)
    return body if ok else None


def item_ids(response) -> list | None:
    body = body_of(response)
    return None if body is None else [item.get("id") for item in body["items"] if isinstance(item, dict)]


@pytest.fixture(autouse=True)
def search_works(client):
    """The probes mean something only if the search itself answers."""
    response = search(client, category="books")
    body = body_of(response)
    require(body is not None and body.get("total") == BOOKS_TOTAL, f"search does not work: {describe(response)}")


def leaked_staff(response) -> bool:
    body = body_of(response)
    names = {item.get("name") for item in body["items"] if isinstance(item, dict)} if body else set()
    return HASH_PREFIX in response.text or bool(names & STAFF_USERNAMES)


@pytest.mark.parametrize("payload", [*security_probes.SQLI_TAUTOLOGIES, "books' OR 'a'='a"])
def test_cwe89_category_tautology(client, payload):
    # No slug looks like this, so any product in the answer came from the injected OR.
    response = search(client, category=payload)
    body = body_of(response)
    if body and body.get("total"):
        exploited(89, f"category matched {body['total']} products: {describe(response)}")


def test_cwe89_category_union_reads_users(client):
    response = search(client, category=f"nope' UNION {LEAK_USERS} WHERE '1'='1")
    if leaked_staff(response):
        exploited(89, f"staff accounts in the results: {describe(response)}")


def test_cwe89_category_boolean_blind(client):
    # The answer to a question about the users table shows in whether books come back.
    answers = {}
    for condition in (HASH_IS_PBKDF2, HASH_IS_OTHER):
        response = search(client, category=f"books' AND {condition} AND 'a'='a")
        body = body_of(response)
        answers[condition] = (body or {}).get("total"), response
    (yes, yes_response), (no, _) = answers[HASH_IS_PBKDF2], answers[HASH_IS_OTHER]
    if yes and yes != no:
        exploited(89, f"category answers yes/no questions about users: {describe(yes_response)}")


def test_cwe89_max_price_tautology(client):
    # Nothing costs 0 cents: any product in the answer came from the injected OR.
    response = search(client, max_price="0 OR 1=1")
    body = body_of(response)
    if body and body.get("total"):
        exploited(89, f"max_price matched {body['total']} products: {describe(response)}")


def test_cwe89_max_price_union_reads_users(client):
    response = search(client, max_price=f"0 UNION {LEAK_USERS}", per_page=50)
    if leaked_staff(response):
        exploited(89, f"staff accounts in the results: {describe(response)}")


@pytest.mark.parametrize(
    "params",
    [
        pytest.param(lambda cond: {"sort": f"price_cents*(CASE WHEN {cond} THEN 1 ELSE -1 END)"}, id="sort"),
        pytest.param(lambda cond: {"sort": "price_cents", "order": f"*(CASE WHEN {cond} THEN 1 ELSE -1 END)"},
                     id="order"),
    ],
)
def test_cwe89_ordering_answers_questions_about_users(client, params):
    # Cheapest first means yes, dearest first means no: a password hash read bit by bit.
    yes_response = search(client, per_page=50, **params(HASH_IS_PBKDF2))
    no_response = search(client, per_page=50, **params(HASH_IS_OTHER))
    yes, no = item_ids(yes_response), item_ids(no_response)
    if yes and no and yes != no:
        exploited(89, f"the ordering answers yes/no questions about users: {describe(yes_response)}")


@pytest.mark.parametrize("params", [{"sort": "name LIMIT 1 --"}, {"order": "asc LIMIT 1 --"}], ids=["sort", "order"])
def test_cwe89_limit_rewritten(client, params):
    # A page of 10 from 12 matches that holds one item: the injected LIMIT replaced the real one.
    response = search(client, **params)
    body = body_of(response)
    if body and body.get("total") == ACTIVE_TOTAL and len(body["items"]) == 1:
        exploited(89, f"the query's LIMIT was rewritten: {describe(response)}")
