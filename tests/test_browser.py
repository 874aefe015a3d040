"""The leaderboard in a real browser: served on 127.0.0.1 by a plain static file server and
opened in Debian's headless Chromium, which renders the page (and a transcripts bundle) with
no network. The screenshot lands in results/raw/ (git-ignored) for a look.

The leaderboard is static HTML, so --dump-dom sees all of it. The transcripts viewer is a
script app that fetches and unpacks the log in workers; --virtual-time-budget does not wait
for that reliably, so that page is read over the DevTools protocol on a pipe, polling in real
time until the run shows.
"""

from __future__ import annotations

import functools
import json
import os
import select
import shutil
import struct
import subprocess
import threading
import time
import urllib.request
from html.parser import HTMLParser
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from bdbench.report.site import build_site
from conftest import REPO
from synthetic_logs import TASK_IDS, write_matrix

CHROMIUM = shutil.which("chromium")
SCREENSHOT = REPO / "results" / "raw" / "leaderboard-browser-test.png"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--no-first-run", "--disable-sync", "--hide-scrollbars"]

pytestmark = pytest.mark.skipif(CHROMIUM is None, reason="needs Debian's chromium (scripts/setup.sh installs it)")


class _Quiet(SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    root = tmp_path_factory.mktemp("browser")
    write_matrix(root / "logs", epochs=2)
    site = build_site([root / "logs"], root / "site")
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(root / "site")))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}", site, root
    server.shutdown()
    server.server_close()


def chromium(url: str, profile: Path, *extra: str) -> subprocess.CompletedProcess:
    return subprocess.run([CHROMIUM, *FLAGS, f"--user-data-dir={profile}", *extra, url],
                          capture_output=True, timeout=180)


class Elements(HTMLParser):
    """Tags with their attributes, and the page's text."""

    def __init__(self, html: str) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict]] = []
        self.text: list[str] = []
        self.feed(html)

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))

    def handle_data(self, data):
        if data.strip():
            self.text.append(data.strip())

    def having(self, tag: str, **attrs) -> list[dict]:
        return [a for t, a in self.tags if t == tag and all(a.get(k) == v for k, v in attrs.items())]


def test_leaderboard_renders_table_plots_and_links(served, tmp_path):
    base, site, _ = served
    dom = chromium(f"{base}/index.html", tmp_path / "profile", "--dump-dom")
    assert dom.returncode == 0, dom.stderr.decode()[-2000:]
    page = Elements(dom.stdout.decode())
    rows = page.having("tr", **{"class": "run-row"})
    assert [r["data-run"] for r in rows] == [row.run.label for row in site.rows]
    assert rows[0]["data-run"].startswith("bdbench/oracle") and rows[-1]["data-run"].startswith("bdbench/nop")
    assert len(page.having("svg", **{"class": "plot"})) == 2
    assert len(page.having("g", **{"class": "errorbar"})) == (4 + 2) * len(site.rows)
    assert len(page.having("table", **{"class": "confusion"})) == len(site.rows)
    links = [a["href"] for a in page.having("a", **{"class": "transcripts"})]
    assert links == [f"transcripts/{row.slug}/index.html" for row in site.rows]
    for href in links + [a["href"] for a in page.having("a") if a["href"].endswith((".csv", ".json"))]:
        with urllib.request.urlopen(f"{base}/{href}") as response:
            assert response.status == 200, href


class DevTools:
    """A minimal Chrome DevTools Protocol client over --remote-debugging-pipe: Chromium reads
    NUL-terminated JSON commands on fd 3 and writes replies and events on fd 4."""

    def __init__(self, profile: Path) -> None:
        command_read, self._command_write = os.pipe()
        self._reply_read, reply_write = os.pipe()

        def onto_fds_3_and_4():
            # dup first: a pipe end may already be fd 3 or 4, and dup2 onto itself would keep
            # its close-on-exec flag
            commands, replies = os.dup(command_read), os.dup(reply_write)
            os.dup2(commands, 3)
            os.dup2(replies, 4)

        self.process = subprocess.Popen(
            [CHROMIUM, *FLAGS, f"--user-data-dir={profile}", "--remote-debugging-pipe", "about:blank"],
            pass_fds=(3, 4), preexec_fn=onto_fds_3_and_4, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        os.close(command_read)
        os.close(reply_write)
        self._buffer, self._last_id = b"", 0

    def call(self, method: str, params: dict | None = None, session: str | None = None, timeout: float = 60) -> dict:
        self._last_id += 1
        message = {"id": self._last_id, "method": method, "params": params or {}}
        if session:
            message["sessionId"] = session
        os.write(self._command_write, json.dumps(message).encode() + b"\0")
        deadline = time.monotonic() + timeout
        while True:
            while b"\0" in self._buffer:
                raw, self._buffer = self._buffer.split(b"\0", 1)
                reply = json.loads(raw)
                if reply.get("id") == self._last_id:  # anything else is an event
                    assert "error" not in reply, reply
                    return reply["result"]
            ready, _, _ = select.select([self._reply_read], [], [], max(0.0, deadline - time.monotonic()))
            if not ready:
                raise TimeoutError(method)
            chunk = os.read(self._reply_read, 1 << 16)
            assert chunk, "chromium exited"
            self._buffer += chunk

    def page_text_once(self, url: str, until: str, timeout: float = 90) -> str:
        """Open url and return the page's text as soon as it contains `until` (or at timeout)."""
        target = next(t for t in self.call("Target.getTargets")["targetInfos"] if t["type"] == "page")
        session = self.call("Target.attachToTarget", {"targetId": target["targetId"], "flatten": True})["sessionId"]
        self.call("Emulation.setDeviceMetricsOverride",
                  {"width": 1300, "height": 3000, "deviceScaleFactor": 1, "mobile": False}, session)
        self.call("Page.navigate", {"url": url}, session)
        deadline, text = time.monotonic() + timeout, ""
        while time.monotonic() < deadline and until not in text:
            time.sleep(0.5)
            result = self.call("Runtime.evaluate", {"expression": "document.body ? document.body.innerText : ''",
                                                    "returnByValue": True}, session)
            text = result["result"].get("value", "")
        return text

    def close(self) -> None:
        try:
            self.call("Browser.close", timeout=10)
        finally:
            self.process.wait(timeout=30)
            os.close(self._command_write)
            os.close(self._reply_read)


def test_transcripts_bundle_renders_the_run(served, tmp_path):
    base, site, _ = served
    row = site.rows[-1]
    samples = f"{len(TASK_IDS) * 2} Samples"  # 8 tasks x 2 epochs, in the viewer's sample list
    browser = DevTools(tmp_path / "profile")
    try:
        text = browser.page_text_once(f"{base}/transcripts/{row.slug}/index.html", until=samples)
    finally:
        browser.close()
    assert samples in text, text[:2000]
    assert row.run.model in text and TASK_IDS[0] in text


def test_screenshot_shows_the_page(served, tmp_path):
    base, _, _ = served
    SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
    SCREENSHOT.unlink(missing_ok=True)
    shot = chromium(f"{base}/index.html", tmp_path / "profile", "--window-size=1300,2000",
                    f"--screenshot={SCREENSHOT}")
    assert shot.returncode == 0, shot.stderr.decode()[-2000:]
    data = SCREENSHOT.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    assert (width, height) == (1300, 2000)
    assert len(data) > 50_000  # a blank page compresses to a few kilobytes
