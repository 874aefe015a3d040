"""The Debian archive is read from the machine's apt configuration, in either file format."""

from __future__ import annotations

import pytest

from bdbench.debian_sources import NoDebianSource, archive_uri


def _apt(tmp_path, sources_list: str = "", parts: dict[str, str] | None = None):
    (tmp_path / "sources.list.d").mkdir()
    (tmp_path / "sources.list").write_text(sources_list)
    for name, text in (parts or {}).items():
        (tmp_path / "sources.list.d" / name).write_text(text)
    return tmp_path


def test_deb822_file_skips_security_and_other_vendors(tmp_path):
    apt = _apt(tmp_path, parts={
        "a-vendor.sources": "Types: deb\nURIs: https://vendor.invalid/apt\nSuites: nodistro\nComponents: main\n",
        "debian.sources": "Types: deb\nURIs: http://security.mirror.invalid/debian-security\nSuites: bookworm-security\n"
                          "Components: main\n\nTypes: deb\n# a comment\nURIs: http://mirror.invalid/debian/\n"
                          "Suites: bookworm bookworm-updates\nComponents: main contrib\n",
    })
    assert archive_uri(apt) == "http://mirror.invalid/debian"


def test_one_line_format_with_options(tmp_path):
    apt = _apt(tmp_path, "# deb http://old.invalid/debian bookworm main\n"
                         "deb [arch=amd64 signed-by=/k.gpg] http://proxy.invalid:3142/debian bookworm main\n")
    assert archive_uri(apt) == "http://proxy.invalid:3142/debian"


def test_no_source_is_a_clear_error(tmp_path):
    with pytest.raises(NoDebianSource, match="sources.list"):
        archive_uri(_apt(tmp_path, "deb http://mirror.invalid/debian-security bookworm-security main\n"))
