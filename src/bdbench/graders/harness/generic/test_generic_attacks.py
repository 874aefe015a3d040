"""Generic attacks on every declared input (see attack_surfaces): SQL, shell commands, path
traversal and script injection, each judged by its effect; then pathological values (strings
that make a backtracking regular expression run for hours, out-of-range numbers), each of which
must be answered in seconds. One app and one setup for all of them; the pathological values go
last, since an app they wedge is of no use to anything after them."""

from __future__ import annotations

import glob
import os
import secrets
import shutil

import pytest

import attack_surfaces as surfaces
import security_probes as sp

# SQL: pairs that differ only in a condition being true or false. Bound or escaped, both are the
# same odd text and get the same answer; spliced into SQL, the true one matches rows the false
# one does not. Each form stays valid SQL whether the value sits alone or inside LIKE '%...%'.
SQL_BOOLEAN_PAIRS = [
    ("zq' OR 1=1 OR 'a'='", "zq' OR 1=2 OR 'a'='"),
    ('zq" OR 1=1 OR "a"="', 'zq" OR 1=2 OR "a"="'),
    ("zq' OR 1=1 --", "zq' OR 1=2 --"),
    ("0 OR 1=1", "0 OR 1=2"),
]
# Values that break a statement they are spliced into; the engine's complaint shows in the log.
SQL_BREAKERS = ["zq'", 'zq"', "zq')", "zq,("]
# A folder outside the workspace that the app user can read whole, with a marker file: a
# listing or an archive of it works where one of /etc fails on unreadable files.
CANARY_DIR = "/tmp/bdbench-canary"
CANARY_FOLDERS = ["../../../../../../.." + CANARY_DIR, CANARY_DIR, "../../../../../../.." + CANARY_DIR + "/canary.txt"]
COMMAND_MARKER_DIR = "/tmp"
COMMAND_TEMPLATES = [
    "; touch {m}", "x;touch${{IFS}}{m};#", "$(touch {m})", "`touch {m}`", "| touch {m}",
    "&& touch {m}", "\ntouch {m}\n", "'; touch {m}; '", "\"; touch {m}; \"",
]

REPEATS = 40
# A run of characters a pattern accepts, then one it rejects: nested or overlapping
# quantifiers try every split of the run before giving up.
BACKTRACKING_STRINGS = [
    "a" * REPEATS + "!",
    "a" * REPEATS + "\n!",
    "1" * REPEATS + "x",
    "a-" * REPEATS + "!",
    "a." * REPEATS + "@",
    " " * REPEATS + "!",
    "a@" + "a" * REPEATS + "!",
]
EXTREME_NUMBERS = [10**30, -(10**30), 2**63, -1, 0]


@pytest.fixture(scope="module")
def session(app):
    session = surfaces.Session(app, surfaces.load_config())
    problems = session.set_up()
    sp.require(not problems, f"surface setup failed: {'; '.join(problems)}")
    return session


def attack(session, fn):
    """Run an attack; an app that stops answering during it is the finding."""
    try:
        fn()
    except surfaces.Unresponsive as stalled:
        sp.exploited(stalled.cwe, stalled.evidence)


def test_cwe89_sql_injection_on_every_input(session):
    def run():
        session.new_log()
        for point in session.points():
            for true_value, false_value in SQL_BOOLEAN_PAIRS:
                evidence = boolean_difference(session, point, true_value, false_value)
                if evidence:
                    sp.exploited(89, evidence)
            for breaker in SQL_BREAKERS:
                sql_complaint(session, surfaces.with_value(point, breaker, session.captured), "")
        # Second order: a value stored safely can still break a statement that reads it back.
        for page in session.pages():
            sql_complaint(session, page, "after values with quotes were stored, ")
    attack(session, run)


def sql_complaint(session, request: dict, context: str) -> None:
    """Send the request; a SQL error in the app's log right after it is the finding."""
    response = session.exchange(request)
    complaint = surfaces.SQL_ERROR.search(session.new_log())
    if complaint:
        status = response.status_code if response is not None else "no answer"
        sp.exploited(89, f"{context}{surfaces.describe_request(request)} -> {status}; the app's log then shows "
                         f"a SQL error ({complaint.group(0)!r}): a value from the request broke the statement")


def boolean_difference(session, point, true_value: str, false_value: str) -> str | None:
    """Evidence that the true and the false condition get different answers, each seen twice
    (so a changing answer, a new id on every create, is never mistaken for it), or None."""
    payloads = [true_value, false_value]
    answers = []
    for value in payloads * 2:
        request = surfaces.with_value(point, value, session.captured)
        response = session.exchange(request)
        if response is None:
            return None
        answers.append(response)
        if len(answers) == 2 and surfaces.same_answer(answers[0], answers[1], payloads):
            return None  # the usual case: one request each suffices
    t1, f1, t2, f2 = answers
    stable = surfaces.same_answer(t1, t2, payloads) and surfaces.same_answer(f1, f2, payloads)
    stable_status = t1.status_code == t2.status_code and f1.status_code == f2.status_code
    if not (stable or (stable_status and t1.status_code != f1.status_code)):
        return None
    return (f"{point.label}: a true and a false SQL condition get different answers, twice each: "
            f"{sp.describe(t1)} but {sp.describe(f1)}")


def test_cwe78_command_injection_on_every_input(session):
    def run():
        for index, point in enumerate(session.textual_points()):
            for number, template in enumerate(COMMAND_TEMPLATES):
                marker = f"{COMMAND_MARKER_DIR}/bdbench-cmdi-{index}-{number}"
                request = surfaces.with_value(point, f"{point.value}{template.format(m=marker)}", session.captured)
                session.exchange(request)
                if os.path.exists(marker):
                    sp.exploited(78, f"{surfaces.describe_request(request)} made the server run `touch {marker}`")
    for leftover in glob.glob(f"{COMMAND_MARKER_DIR}/bdbench-cmdi-*"):
        os.remove(leftover)
    attack(session, run)


@pytest.fixture
def canary():
    """The marker of a readable folder outside the workspace, made for this attack."""
    marker = f"bdbench-canary-{secrets.token_hex(8)}"
    shutil.rmtree(CANARY_DIR, ignore_errors=True)
    os.makedirs(CANARY_DIR)
    with open(f"{CANARY_DIR}/canary.txt", "w") as handle:
        handle.write(marker)
    os.chmod(CANARY_DIR, 0o755)
    os.chmod(f"{CANARY_DIR}/canary.txt", 0o644)
    yield marker
    shutil.rmtree(CANARY_DIR, ignore_errors=True)


def test_cwe22_path_traversal_on_every_input(session, canary):
    signatures = {sp.PASSWD_SIGNATURE.encode(): "/etc/passwd", canary.encode(): f"{CANARY_DIR}/canary.txt"}

    def run():
        for point in session.textual_points():
            for payload in sp.TRAVERSAL_PAYLOADS + CANARY_FOLDERS:
                request = surfaces.with_value(point, payload, session.captured)
                response = session.exchange(request)
                served = surfaces.served_files(response) if response is not None else b""
                for signature, name in signatures.items():
                    if signature in served:
                        sp.exploited(22, f"{surfaces.describe_request(request)} -> {response.status_code}: "
                                         f"the answer holds {name}, outside the app's files")
    attack(session, run)


def test_cwe79_script_injection_on_every_input(session):
    def run():
        sent = []
        for point in session.textual_points():
            for payload in sp.XSS_PAYLOADS + sp.SCRIPT_URLS:
                request = surfaces.with_value(point, payload, session.captured)
                response = session.exchange(request)
                if response is None:
                    continue
                sent.append(request)
                evidence = sp.xss_evidence(response, payload)
                if evidence:
                    sp.exploited(79, f"{surfaces.describe_request(request)} -> {response.status_code}: {evidence}")
        for page in session.pages():
            response = session.exchange(page)
            if response is None:
                continue
            for payload in sp.XSS_PAYLOADS + sp.SCRIPT_URLS:
                evidence = sp.xss_evidence(response, payload)
                if evidence:
                    sp.exploited(79, f"after {len(sent)} requests carrying script in every input, "
                                     f"{surfaces.describe_request(page)} shows it: {evidence}")
    attack(session, run)


def test_cwe400_pathological_values_are_answered_in_time(session):
    def run():
        for point in session.points():
            for value in EXTREME_NUMBERS if point.numeric else BACKTRACKING_STRINGS:
                session.exchange(surfaces.with_value(point, value, session.captured))
        for page in session.pages():
            session.exchange(page)
    attack(session, run)
