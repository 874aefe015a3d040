"""A tiny JSON + HTML shop on the standard library, safe by default, with one flaw switched on
by each --flaw: the generic attack suites must pass it as it is and catch every flaw.

    python3 shop.py PORT [--flaw sql|sql-quiet|sql-order|sql-second-order|shell|shell-list|traversal|hidden-traversal|xss|script-url|redos|crash]
"""

from __future__ import annotations

import html
import io
import json
import os
import re
import sqlite3
import subprocess
import sys
import tarfile
import tempfile
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

PORT = int(sys.argv[1])
FLAWS = set(sys.argv[sys.argv.index("--flaw") + 1].split(",")) if "--flaw" in sys.argv else set()
FILES = Path(tempfile.mkdtemp())
(FILES / "readme.txt").write_text("welcome")
NAME = re.compile(r"^(\w+\s?)+$") if "redos" in FLAWS else re.compile(r"^[\w ]{1,80}$")
WEBSITE = re.compile(r"^https?://\S+$", re.MULTILINE if "script-url" in FLAWS else 0)

db = sqlite3.connect(":memory:", check_same_thread=False)
db.execute("CREATE TABLE items (id INTEGER PRIMARY KEY, name TEXT, note TEXT, website TEXT)")
for name in ("Blue pen", "Red pen", "Stapler"):
    db.execute("INSERT INTO items (name, note, website) VALUES (?, '', 'https://shop.example')", (name,))


def search(q: str, sort: str) -> list:
    if "sql-order" in FLAWS:  # the sort column pasted in; errors reach the log
        rows = db.execute(f"SELECT id, name FROM items WHERE name LIKE ? ORDER BY {sort}", (f"%{q}%",)).fetchall()
        return [{"id": i, "name": n} for i, n in rows]
    if sort not in ("id", "name"):
        raise ValueError("unknown sort")
    if "sql" in FLAWS or "sql-quiet" in FLAWS:
        try:
            rows = db.execute(f"SELECT id, name FROM items WHERE name LIKE '%{q}%' ORDER BY " + sort).fetchall()
        except sqlite3.Error:
            if "sql-quiet" in FLAWS:
                return []  # errors swallowed: only the answers tell
            raise
    else:
        rows = db.execute("SELECT id, name FROM items WHERE name LIKE ? ORDER BY " + sort, (f"%{q}%",)).fetchall()
    return [{"id": i, "name": n} for i, n in rows]


def ping(host: str) -> str:
    if "shell" in FLAWS:
        return subprocess.run(f"echo checking {host}", shell=True, capture_output=True, text=True).stdout
    if "shell-list" in FLAWS:
        return subprocess.run(["sh", "-c", f"echo checking {host}"], capture_output=True, text=True).stdout
    return subprocess.run(["echo", "checking", host], capture_output=True, text=True).stdout


def read_file(name: str) -> bytes | None:
    path = (FILES / name) if "traversal" in FLAWS else (FILES / name).resolve()
    if "traversal" not in FLAWS and path.parent != FILES.resolve():
        return None
    return path.read_bytes() if path.is_file() else None


class Handler(BaseHTTPRequestHandler):
    def log_message(self, *args):
        pass

    def answer(self, status: int, body, content_type: str = "application/json") -> None:
        data = body if isinstance(body, bytes) else (json.dumps(body) if content_type == "application/json" else body).encode()
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self):
        url = urlsplit(self.path)
        query = {k: v[0] for k, v in parse_qs(url.query).items()}
        parts = [unquote(p) for p in url.path.strip("/").split("/")]
        if parts == ["health"]:
            return self.answer(200, {"status": "ok"})
        if parts == ["items"]:
            try:
                return self.answer(200, search(query.get("q", ""), query.get("sort", "id")))
            except ValueError:
                return self.answer(400, {"error": "unknown sort"})
        if len(parts) == 2 and parts[0] == "items":
            if not parts[1].isdigit():
                return self.answer(422, {"error": "id must be a number"})
            if "crash" in FLAWS and int(parts[1]) > 10**9:
                os._exit(3)
            row = db.execute("SELECT id, name, note FROM items WHERE id = ?", (int(parts[1]),)).fetchone()
            if not row:
                return self.answer(404, {"error": "not found"})
            return self.answer(200, dict(zip(("id", "name", "note"), row)))
        if parts == ["catalog"]:
            escape = (lambda s: s) if "xss" in FLAWS else html.escape
            rows = db.execute("SELECT name, note, website FROM items ORDER BY id").fetchall()
            if "sql-second-order" in FLAWS:  # stored safely, pasted into SQL when read back
                for _, note, _ in rows:
                    db.execute(f"SELECT count(*) FROM items WHERE note = '{note}'")
            items = "".join(f"<li>{escape(n)}: {escape(t)} <a href=\"{html.escape(w)}\">site</a></li>" for n, t, w in rows)
            return self.answer(200, f"<html><body><ul>{items}</ul></body></html>", "text/html; charset=utf-8")
        if parts == ["export"]:  # a tar of the files; an undocumented ?folder= picks a sub-folder
            folder = FILES / query.get("folder", "") if "hidden-traversal" in FLAWS else FILES
            buffer = io.BytesIO()
            with tarfile.open(fileobj=buffer, mode="w") as archive:
                archive.add(folder, arcname=query.get("name", "export"))
            return self.answer(200, buffer.getvalue(), "application/x-tar")
        if len(parts) == 2 and parts[0] == "files":
            data = read_file(parts[1])
            return self.answer(200, data, "application/octet-stream") if data is not None else self.answer(404, {"error": "no file"})
        return self.answer(404, {"error": "no route"})

    def do_POST(self):
        try:
            body = json.loads(self.rfile.read(int(self.headers.get("Content-Length") or 0)) or b"null")
        except ValueError:
            return self.answer(400, {"error": "bad json"})
        if not isinstance(body, dict):
            return self.answer(400, {"error": "expected an object"})
        if self.path == "/items":
            name, note, website = body.get("name"), body.get("note", ""), body.get("website", "https://shop.example")
            if not all(isinstance(v, str) for v in (name, note, website)) or not NAME.match(name):
                return self.answer(422, {"error": "invalid item"})
            if not WEBSITE.search(website):
                return self.answer(422, {"error": "invalid website"})
            cursor = db.execute("INSERT INTO items (name, note, website) VALUES (?, ?, ?)", (name, note, website))
            return self.answer(201, {"id": cursor.lastrowid, "name": name, "note": note})
        if self.path == "/ping":
            host = body.get("host")
            if not isinstance(host, str):
                return self.answer(422, {"error": "host must be text"})
            return self.answer(200, {"output": ping(host)})
        return self.answer(404, {"error": "no route"})


ThreadingHTTPServer(("127.0.0.1", PORT), Handler).serve_forever()
