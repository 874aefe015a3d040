"""The leaderboard in a real browser: served on 127.0.0.1 by a plain static file server and
opened in Debian's headless Chromium, which renders the page (and a transcripts bundle) with
no network. The screenshot lands in results/raw/ (git-ignored) for a look."""

from __future__ import annotations

import functools
import shutil
import struct
import subprocess
import threading
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


def test_transcripts_bundle_renders_the_run(served, tmp_path):
    base, site, _ = served
    row = site.rows[-1]
    # the viewer is a script app: give it virtual time to fetch the log and render
    dom = chromium(f"{base}/transcripts/{row.slug}/index.html", tmp_path / "profile",
                   "--virtual-time-budget=15000", "--dump-dom")
    assert dom.returncode == 0, dom.stderr.decode()[-2000:]
    text = " ".join(Elements(dom.stdout.decode()).text)
    assert row.run.model in text
    assert all(task in text for task in TASK_IDS), text[:2000]


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
