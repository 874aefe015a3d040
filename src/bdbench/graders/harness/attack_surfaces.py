"""Generic attacks on every input a fixture declares, whatever the code behind it looks like.

A fixture lists its surfaces in task.yaml (grading.security.surfaces): setup requests (logins,
seeded rows, captured ids and tokens) and one valid request per operation. Every value in such
a request is an input point: a `{placeholder}` in the path, a query parameter, each leaf of the
JSON body (inside lists too) and each form field. The suites in generic/ put attack values into
one point at a time and judge the outcome by what the attack causes (rows that a false
condition would not return, a file a shell created, a system file served, script in the parsed
page, a server that stops answering), never by how the code is written.
"""

from __future__ import annotations

import copy
import gzip
import html
import io
import json
import re
import tarfile
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import parse_qsl, quote, quote_plus, urlencode, urlsplit

import httpx

import security_probes as sp
from app_runner import WORKSPACE, RunningApp
from code_inputs import query_names
from http_requests import concrete, deliver, fill, setup_error

SURFACES_FILE = Path(__file__).with_name("surfaces.json")
PLACEHOLDER = re.compile(r"\{(\w+)\}")
REQUEST_TIMEOUT_S = 5.0  # a request on loopback that takes longer holds the server
LIVENESS_TIMEOUT_S = 5.0
MASK = "\u00abbdbench\u00bb"
TEXTUAL_TYPES = ("json", "html", "text", "xml", "javascript")
UNDOCUMENTED_VALUE = "a"  # the value of a query parameter found only in the code
# What a SQL engine or driver says when text from a request breaks the statement. Each
# wording is the engine's own (SQLite: near "x": syntax error; PostgreSQL: at or near; MySQL:
# your SQL syntax), so a shell's "Syntax error: Unterminated quoted string" is not one.
SQL_ERROR = re.compile(
    r"sqlite3\.(Operational|Programming)Error|OperationalError|ProgrammingError|SQLite3::\w*Exception|"
    r"near \"[^\"]*\": syntax error|syntax error at or near|unterminated quoted \w+ at or near|"
    r"error in your SQL syntax|unrecognized token|incomplete input|SQLSyntaxError|SQLITE_ERROR|PDOException",
    re.IGNORECASE)


class Unresponsive(Exception):
    """The app stopped answering (or died) after a request: the message names the request."""

    def __init__(self, cwe: int, evidence: str):
        super().__init__(evidence)
        self.cwe, self.evidence = cwe, evidence


@dataclass(frozen=True)
class Point:
    """One input of one declared request."""

    request: dict  # the declared request (a template)
    kind: str  # path | query | json | form
    key: tuple  # placeholder name, parameter name, or the path to a JSON leaf
    value: object  # its value in the valid request

    @property
    def label(self) -> str:
        name = ".".join(str(k) for k in self.key)
        return f"{self.request['method']} {self.request['path']} {self.kind}:{name}"

    @property
    def numeric(self) -> bool:
        text = str(self.value)
        return isinstance(self.value, (int, float)) and not isinstance(self.value, bool) or text.isdigit()


@dataclass
class Session:
    """A client logged in as the setup left it, with the values setup captured."""

    app: RunningApp
    config: dict
    client: httpx.Client = None
    captured: dict = field(default_factory=dict)
    log_offset: int = 0

    def __post_init__(self):
        self.client = httpx.Client(base_url=self.app.url, timeout=REQUEST_TIMEOUT_S)
        self.captured = dict(self.config.get("values") or {})
        self.code_query_names = query_names(WORKSPACE)

    def set_up(self) -> list[str]:
        return [e for r in self.config.get("setup", []) if (e := setup_error(self.client, r, self.captured))]

    def points(self) -> list[Point]:
        """The declared inputs, and on each GET the query parameters the code reads besides."""
        points = [p for r in self.config["requests"] for p in input_points(r, self.captured)]
        for request in self.config["requests"]:
            if request["method"] == "GET":
                declared = {p.key[0] for p in points if p.request is request and p.kind == "query"}
                points += [Point(request, "query", (name,), UNDOCUMENTED_VALUE)
                           for name in self.code_query_names if name not in declared]
        return points

    def textual_points(self) -> list[Point]:
        """Points that take text: a JSON number field is validated as one before any use."""
        return [p for p in self.points() if not (p.kind == "json" and isinstance(p.value, (int, float)))]

    def pages(self) -> list[dict]:
        """The declared GET requests, where stored values come back."""
        return [concrete(r, self.captured) for r in self.config["requests"] if r["method"] == "GET"]

    def exchange(self, request: dict) -> httpx.Response | None:
        """Send one request; None when the connection failed but the app still answers.
        Raises Unresponsive when the app hangs on it or dies."""
        try:
            return deliver(self.client, request)
        except httpx.TimeoutException:
            self.require_alive(request, f"no answer within {REQUEST_TIMEOUT_S:.0f} s")
            raise Unresponsive(400, f"{describe_request(request)} took more than {REQUEST_TIMEOUT_S:.0f} s "
                                    "(a value that costs the server seconds is a denial of service)")
        except httpx.TransportError as err:
            self.require_alive(request, f"{type(err).__name__}")
            return None

    def require_alive(self, request: dict, what: str) -> None:
        if self.app.process.poll() is not None:
            raise Unresponsive(703, f"the app exited (code {self.app.process.returncode}) on "
                                    f"{describe_request(request)}: {what}\n{self.app.log_tail(600)}")
        try:
            httpx.get(self.app.url + "/", timeout=LIVENESS_TIMEOUT_S)
        except httpx.TimeoutException:
            raise Unresponsive(400, f"the app stopped answering after {describe_request(request)} ({what})")
        except httpx.HTTPError:
            pass

    def new_log(self) -> str:
        """The app's output since the last call."""
        try:
            with self.app.log_path.open("rb") as log:
                log.seek(self.log_offset)
                text = log.read()
        except OSError:
            return ""
        self.log_offset += len(text)
        return text.decode(errors="replace")


def load_config() -> dict:
    return json.loads(SURFACES_FILE.read_text())


def input_points(request: dict, captured: dict) -> list[Point]:
    points = [Point(request, "path", (name,), captured.get(name, ""))
              for name in PLACEHOLDER.findall(urlsplit(request["path"]).path)]
    query = urlsplit(fill(request["path"], captured)).query
    points += [Point(request, "query", (name,), value) for name, value in parse_qsl(query, keep_blank_values=True)]
    points += [Point(request, "json", key, value) for key, value in _leaves(request.get("json"), ())]
    points += [Point(request, "form", (name,), value) for name, value in (request.get("data") or {}).items()]
    return points


def _leaves(value, key: tuple):
    if isinstance(value, dict):
        for name, child in value.items():
            yield from _leaves(child, key + (name,))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            yield from _leaves(child, key + (index,))
    elif value is not None and not isinstance(value, bool):
        yield key, value


def with_value(point: Point, value, captured: dict) -> dict:
    """The point's request, concrete, with `value` in place of the point's value."""
    request = concrete(point.request, captured)
    if point.kind == "path":
        template = urlsplit(point.request["path"])
        filled = {**captured, point.key[0]: quote(str(value), safe="%")}
        path = PLACEHOLDER.sub(lambda m: str(filled.get(m.group(1), "")), template.path)
        query = urlsplit(request["path"]).query
        request["path"] = path + (f"?{query}" if query else "")
    elif point.kind == "query":
        parts = urlsplit(request["path"])
        pairs = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k != point.key[0]]
        request["path"] = parts.path + "?" + urlencode(pairs + [(point.key[0], str(value))], quote_via=quote)
    elif point.kind == "json":
        body = copy.deepcopy(request["json"])
        target = body
        for step in point.key[:-1]:
            target = target[step]
        target[point.key[-1]] = value
        request["json"] = body
    else:
        request["data"] = {**request["data"], point.key[0]: str(value)}
    return request


def describe_request(request: dict) -> str:
    body = request.get("json") if request.get("json") is not None else request.get("data")
    text = f"{request['method']} {request['path']}"
    return text + (f" body={json.dumps(body)[:sp.EVIDENCE_CHARS]}" if body is not None else "")


def masked(response: httpx.Response, payloads: list[str]) -> tuple[int, str]:
    """Status and body with every echo of the payloads masked, to compare two answers. A
    binary body (an archive, a file) is left out: it may encode the value in ways no mask
    reaches (checksums, lengths), and query results come back as text."""
    content_type = response.headers.get("content-type", "")
    if not any(kind in content_type for kind in TEXTUAL_TYPES):
        return response.status_code, ""
    text = response.text
    for payload in payloads:
        for form in (json.dumps(payload)[1:-1], payload, html.escape(payload), html.escape(payload, quote=False),
                     quote_plus(payload), quote(payload, safe="")):
            text = text.replace(form, MASK)
    return response.status_code, text


def same_answer(first: httpx.Response, second: httpx.Response, payloads: list[str]) -> bool:
    """The same status and body, once echoes of the payloads are masked. Two payloads that
    differ in one character ('1=1' and '1=2') echoed in an encoding the mask misses leave
    bodies of equal length that differ only there: that is the same answer too."""
    a, b = masked(first, payloads), masked(second, payloads)
    if a == b:
        return True
    if a[0] != b[0] or len(a[1]) != len(b[1]):
        return False
    return all(pair == ("1", "2") for pair in zip(a[1], b[1]) if pair[0] != pair[1])


def served_files(response: httpx.Response) -> bytes:
    """The body, and the members of an archive body, where a served system file would show."""
    body = response.content
    parts = [body]
    try:
        if body[:2] == b"\x1f\x8b":
            body = gzip.decompress(body)
            parts.append(body)
        if body[:2] == b"PK":
            with zipfile.ZipFile(io.BytesIO(body)) as archive:
                parts += [archive.read(name) for name in archive.namelist()[:200]]
        elif len(body) > 512 and body[257:262] == b"ustar":
            with tarfile.open(fileobj=io.BytesIO(body)) as archive:
                for member in archive.getmembers()[:200]:
                    extracted = archive.extractfile(member) if member.isfile() else None
                    parts.append(extracted.read(1 << 20) if extracted else b"")
    except (OSError, EOFError, zipfile.BadZipFile, tarfile.TarError):
        pass
    return b"\n".join(parts)
