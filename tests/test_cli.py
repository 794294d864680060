"""The `tldops` contract: commands, JSON shapes, exit codes, messages without tracebacks."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import ALTERNATIVE, LAYOUT_A, LAYOUT_B, SMALL_MBOX, expected_edition, run_tldops
from tldops_desktop import __version__, cli

ROOT = Path(__file__).resolve().parent.parent

COMMANDS = ("import", "editions", "search", "show", "diff")


@pytest.fixture
def imported(passphrase: str, run_cli: Any) -> Any:
    result = run_cli("import", SMALL_MBOX, LAYOUT_A, LAYOUT_B, ALTERNATIVE, "--json")
    assert result.code == 0, result.err
    return run_cli


def test_import_report_shape(passphrase: str, run_cli: Any) -> None:
    report = run_cli("import", SMALL_MBOX, LAYOUT_A, LAYOUT_B, ALTERNATIVE, "--json").json()
    assert report["messages_scanned"] == 20
    assert report["editions_found"] == 7
    assert report["imported"] == [
        "20260601-0600", "20260701-0600", "20260801-0600", "20260901-0600",
        "20261001-0600", "20261101-0600",
    ]  # fmt: skip
    assert report["already_present"] == []
    (spoof,) = report["untrusted"]
    assert spoof["stamp"] == "20991201-0600"
    assert spoof["message_id"] == "<20991201-0600.644314ee4c12@lists.dns-oarc.net>"
    assert spoof["reason"]
    for key in ("conflicts", "unplaced_lines", "errors"):
        assert report[key] == []


def test_editions_shape(imported: Any) -> None:
    editions = imported("editions", "--json").json()["editions"]
    assert [e["stamp"] for e in editions][0] == "20261101-0600"
    first = editions[0]
    assert first == {**first, "stamp": "20261101-0600", "members": 200, "contacts": 537,
                     "trusted": True, "current": True}  # fmt: skip
    assert first["date"].startswith("2026-11-01T06:00:00")
    assert sum(e["current"] for e in editions) == 1


def test_every_contact_of_the_latest_edition(imported: Any) -> None:
    found = imported("search", "--json").json()
    assert found["edition"] == "20261101-0600"
    got = [
        {
            "ace": m["tld"]["ace"], "unicode": m["tld"]["unicode"], "country": m["country"],
            "region": m["region"],
            "contacts": [{k: c[k] for k in ("name", "email", "phone", "phone_e164")} for c in m["contacts"]],
        }
        for m in found["results"]
    ]  # fmt: skip
    assert got == expected_edition()["members"]
    positions = [c["position"] for m in found["results"] for c in m["contacts"]]
    assert set(positions) == {1, 2, 3}


@pytest.mark.parametrize("form", [".рф", "рф", ".РФ", "xn--p1ai"])
def test_show_finds_the_idn_member(imported: Any, form: str) -> None:
    shown = imported("show", form, "--json").json()
    assert shown["edition"] == "20261101-0600"
    assert shown["tld"] == {"ace": "xn--p1ai", "unicode": "рф"}
    assert shown["region"] == "EU"
    assert [c["phone_e164"] for c in shown["contacts"]] == ["+79123456062", "+79123456506"]


@pytest.mark.parametrize("form", [".de", "DE", "de"])
def test_show_and_search_de(imported: Any, form: str) -> None:
    assert imported("show", form, "--json").json()["contacts"][0]["email"] == "ops1@nic.de"
    assert imported("search", form, "--json").json()["results"][0]["tld"]["ace"] == "de"


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("www.nic.de", ["de"]),
        ("bbc.co.uk", ["uk"]),
        ("пример.рф", ["xn--p1ai"]),
        ("gb", ["uk"]),
        ("俄罗斯", ["ru", "su", "xn--p1ai", "by", "xn--90ais"]),
    ],
)
def test_search_domains_iso_codes_and_country_ranking(
    imported: Any, query: str, expected: list[str]
) -> None:
    results = imported("search", query, "--json").json()["results"]
    assert [m["tld"]["ace"] for m in results] == expected


def test_show_an_older_edition(imported: Any) -> None:
    shown = imported("show", ".ad", "--edition", "20260601-0600", "--json").json()
    assert shown["edition"] == "20260601-0600"
    assert shown["contacts"][1]["phone"] == "00376312819"


def test_search_region_and_query(imported: Any) -> None:
    results = imported("search", "--region", "NA", "--json").json()["results"]
    assert results and {m["region"] for m in results} == {"NA"}
    assert imported("search", "region:NA", "--json").json()["results"] == results
    # A region's name: as a filter in any spelling, and typed alone as the query.
    ap = imported("search", "region:asia", "--json").json()["results"]
    assert ap and {m["region"] for m in ap} == {"AP"}
    assert imported("search", "--region", "Asia-Pacific", "--json").json()["results"] == ap
    alone = imported("search", "Asia", "Pacific", "--json").json()["results"]
    assert sorted(m["tld"]["ace"] for m in alone) == sorted(m["tld"]["ace"] for m in ap)
    europe = [m["tld"]["ace"] for m in imported("search", "Europe", "--json").json()["results"]]
    assert europe[0] == "eu" and len(europe) > 10
    by_phone = imported("search", "612345193", "--json").json()["results"]
    assert [m["tld"]["ace"] for m in by_phone] == ["an"]  # +31 6 12345193


def test_diff_defaults_to_the_two_latest(imported: Any) -> None:
    diff = imported("diff", "--json").json()
    assert (diff["old"], diff["new"]) == ("20261001-0600", "20261101-0600")
    assert diff["changed"]
    change = diff["changed"][0]["contacts"][0]
    assert change["kind"] in ("changed", "added", "removed")
    explicit = imported("diff", "20261001-0600", "20261101-0600", "--json").json()
    assert explicit == diff
    assert "Changes from 20261001-0600" in imported("diff").out
    # The current edition alone: what it changed, not a comparison with itself.
    assert imported("diff", "20261101-0600", "--json").json() == diff
    assert "'" not in imported("diff").out  # values as written, not Python's repr


@pytest.mark.parametrize(
    ("args", "fragment"),
    [
        (("show", ".xy"), "not a TLD-OPS member"),
        (("show", "not a tld"), "not a ccTLD"),
        (("show", ".de", "--edition", "19990101-0600"), "no edition"),
        (("search", "--region", "MARS"), "Unknown region"),
        (("diff", "19990101-0600", "20261101-0600"), "no edition"),
        (("import", "/nonexistent/mailbox"), None),
    ],
)
def test_user_errors_exit_1_with_a_message(
    imported: Any, args: tuple[str, ...], fragment: str | None
) -> None:
    result = imported(*args)
    if args[0] == "import":  # the report says which path, and the exit code that one failed
        assert result.code == 1 and "does not exist" in result.out
        return
    assert result.code == 1
    assert fragment is not None and fragment.casefold() in result.err.casefold()
    assert "Traceback" not in result.err


def test_commands_before_any_import(passphrase: str, run_cli: Any, data_dir: Path) -> None:
    result = run_cli("search", "x")
    assert result.code == 1 and "import" in result.err
    assert run_cli("editions", "--json").json() == {"editions": []}
    assert not data_dir.exists()


@pytest.mark.parametrize("command", [(), *((c,) for c in COMMANDS)])
def test_version_on_every_command(run_cli: Any, command: tuple[str, ...]) -> None:
    result = run_cli(*command, "--version", data=None)
    assert result.code == 0
    assert __version__ in result.out


@pytest.mark.parametrize("args", [(), ("frobnicate",), ("show",), ("search", "--bogus")])
def test_usage_errors_exit_2(run_cli: Any, args: tuple[str, ...]) -> None:
    result = run_cli(*args, data=None)
    assert result.code == 2
    assert "usage: tldops" in result.err and "error:" in result.err and result.out == ""


@pytest.mark.parametrize(
    ("args", "named"),
    [
        (("--json",), "COMMAND"),
        (("show", "--json"), "CCTLD"),
        (("search", "--bogus", "--json"), "--bogus"),
        (("diff", "--json", "a", "b", "c"), "c"),
        (("sources", "list", "--json", "--bogus"), "--bogus"),
    ],
)
def test_usage_errors_with_json_are_one_json_object(
    run_cli: Any, args: tuple[str, ...], named: str
) -> None:
    result = run_cli(*args, data=None)
    assert result.code == 2 and result.err == ""
    answer = result.json()
    assert answer.keys() == {"error", "message"} and answer["error"] == "usage"
    assert named in answer["message"] and "--help" in answer["message"]


def test_json_after_double_dash_is_a_word_not_the_option(run_cli: Any) -> None:
    result = run_cli("show", "--", "--json", "extra", data=None)
    assert result.code == 2 and "usage: tldops" in result.err and result.out == ""


@pytest.mark.parametrize(
    ("args", "named"),
    [
        (("search", "de", "--jso"), "--jso"),
        (("editions", "--data", "x"), "--data"),
        (("import", "--dry", "x.eml"), "--dry"),
        (("show", ".de", "--ed", "20261101-0600"), "--ed"),
        (("restore", "--li"), "--li"),
    ],
)
def test_an_abbreviated_option_is_a_usage_error(
    run_cli: Any, args: tuple[str, ...], named: str
) -> None:
    """A script's options mean the same in every version: ``--jso`` is not taken for
    ``--json`` (nor ``--pre`` for ``--prefer-copy``, until an option ``--prefix`` comes and
    makes it ambiguous); the option is named as not known, and nothing is done."""
    result = run_cli(*args, data=None)
    assert result.code == 2 and result.out == ""
    assert "usage: tldops" in result.err and named in result.err


def test_an_abbreviated_option_with_json_is_told_as_json(run_cli: Any) -> None:
    result = run_cli("search", "--reg", "EU", "--json", data=None)
    assert result.code == 2 and result.err == ""
    answer = result.json()
    assert answer["error"] == "usage" and "--reg" in answer["message"]


def test_a_whole_option_given_with_its_value_after_equals_still_works(
    run_cli: Any, tmp_path: Path
) -> None:
    result = run_cli(f"--data-dir={tmp_path / 'none'}", "editions", "--json", data=None)
    assert result.code == 0 and result.json() == {"editions": []}


def test_real_process_without_key_exits_1_and_creates_nothing(tmp_path: Path) -> None:
    data = tmp_path / "data"
    done = run_tldops("--data-dir", data, "import", LAYOUT_A, env={"TLDOPS_PASSPHRASE": ""})
    assert done.returncode == 1
    assert b"TLDOPS_PASSPHRASE" in done.stderr
    assert b"Traceback" not in done.stderr
    assert not data.exists()


def test_real_process_passphrase_file_stdin_and_wrong_passphrase(tmp_path: Path) -> None:
    data = tmp_path / "data"
    secret = tmp_path / "pass.txt"
    secret.write_text("s3cret passphrase\n")
    done = run_tldops("--data-dir", data, "--passphrase-file", secret, "import", "-", "--json",
                      stdin=LAYOUT_A.read_bytes())  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert b'"20261101-0600"' in done.stdout
    shown = run_tldops("show", ".рф", "--data-dir", data, "--passphrase-file", secret)
    assert shown.returncode == 0 and "Светлана".encode() in shown.stdout
    secret.write_text("wrong\n")
    wrong = run_tldops("--data-dir", data, "--passphrase-file", secret, "show", ".рф")
    assert wrong.returncode == 1
    assert b"passphrase" in wrong.stderr and b"Traceback" not in wrong.stderr
    assert b"hmac" not in wrong.stderr.lower()  # SQLCipher's own log lines stay quiet


def test_real_process_passphrase_from_standard_input(tmp_path: Path) -> None:
    """`--passphrase-file -`: a secret manager's pipe (`pass show tldops | tldops ...`)."""
    data = tmp_path / "data"
    secret = tmp_path / "pass.txt"
    secret.write_text("s3cret passphrase\n")
    assert (
        run_tldops("--data-dir", data, "--passphrase-file", secret, "import", LAYOUT_A).returncode
        == 0
    )
    shown = run_tldops("--data-dir", data, "--passphrase-file", "-", "show", ".рф",
                       stdin=b"\xef\xbb\xbfs3cret passphrase\r\n")  # fmt: skip
    assert shown.returncode == 0, shown.stderr
    assert "Светлана".encode() in shown.stdout


def test_diff_of_an_empty_database_says_to_import(passphrase: str, run_cli: Any) -> None:
    result = run_cli("diff")
    assert result.code == 1
    assert "only one edition" not in result.err and "import" in result.err


def test_real_process_keyring_backend(tmp_path: Path) -> None:
    env = {
        "PYTHON_KEYRING_BACKEND": "tests.support.memkeyring.FileKeyring",
        "TLDOPS_TEST_KEYRING_FILE": str(tmp_path / "keyring.json"),
        "TLDOPS_DATA_DIR": str(tmp_path / "data"),
        "PYTHONPATH": str(Path(__file__).parent.parent),
    }
    assert run_tldops("import", LAYOUT_A, env=env).returncode == 0
    shown = run_tldops("show", ".de", "--json", env=env)
    assert shown.returncode == 0, shown.stderr
    assert b"ops1@nic.de" in shown.stdout


@pytest.mark.parametrize(
    ("argv", "name"),
    [
        (["import", "x"], "import"),
        (["--data-dir", "d", "show", ".de"], "show"),
        (["--data-dir=d", "--passphrase-file", "f", "search"], "search"),
        (["--help"], None),
        (["--version", "show"], None),
        (["--data-dir", "d"], None),
        (["export", "-o", "x.vcf"], "export"),
    ],
)
def test_the_command_name_is_found_after_the_global_options(
    argv: list[str], name: str | None
) -> None:
    assert cli._command_name(argv) == name


def test_a_builtin_command_does_not_load_the_other_commands(tmp_path: Path) -> None:
    code = (
        "import sys\n"
        "from tldops_desktop import cli\n"
        f"cli.main(['--data-dir', {str(tmp_path / 'data')!r}, 'editions'])\n"
        "print(sorted(m for m in sys.modules if m.startswith('tldops_desktop.commands.')))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )
    assert done.stdout.strip().splitlines()[-1] == "[]"


def test_help_and_mistakes_still_list_every_command(run_cli: Any) -> None:
    listed = run_cli("--help", data=None)
    assert listed.code == 0
    for name in (*cli.BUILTIN_COMMANDS, "export", "qr", "restore", "sources", "coverage"):
        assert name in listed.out
    wrong = run_cli("bogus", data=None)
    assert wrong.code == 2
    assert "restore" in wrong.err and "import" in wrong.err


def test_a_cut_short_edition_is_reported_in_words(
    passphrase: str, run_cli: Any, tmp_path: Path
) -> None:
    data = LAYOUT_A.read_bytes()
    cut = tmp_path / "cut.eml"
    cut.write_bytes(data[: len(data) // 2])
    result = run_cli("import", cut)
    assert result.code == 0, result.err
    assert "imported: none" in result.out
    assert (
        "20261101-0600 may have been cut short (its mail file ends mid-line, before the list's footer): not imported"
        in result.out
    )


@pytest.mark.skipif(sys.platform in ("win32", "darwin"), reason="file names are bytes on Linux")
def test_file_names_that_are_not_utf8_are_imported_and_remembered(
    passphrase: str, run_cli: Any, tmp_path: Path
) -> None:
    """An old Latin-1 host name in a Maildir file name, beside mboxes."""
    maildir = tmp_path / "Maildir"
    for sub in ("cur", "new", "tmp"):
        (maildir / sub).mkdir(parents=True)
    name = os.fsdecode(b"1762160099.M1P1.h\xf6st.example,S=1:2,S")
    (maildir / "cur" / name).write_bytes(LAYOUT_A.read_bytes())
    mbox = tmp_path / "Inbox"
    mbox.write_bytes(SMALL_MBOX.read_bytes())
    first = run_cli("import", mbox, maildir, maildir / "cur" / name)
    assert first.code == 0, first.err
    assert "20261101-0600" in first.out
    again = run_cli("import", "--json")  # the remembered sources, marks read back
    assert again.code == 0, again.err
    assert again.json()["imported"] == []
    listed = run_cli("sources", "list")
    assert listed.code == 0 and "Maildir" in listed.out


@pytest.mark.parametrize("name", sorted(cli.EXAMPLES))
def test_help_ends_with_examples(run_cli: Any, name: str) -> None:
    result = run_cli(name, "--help", data=None)
    assert result.code == 0 and "examples:\n  tldops " + name in result.out


def test_the_text_report_says_at_once_what_was_not_imported(
    passphrase: str, run_cli: Any, tmp_path: Path
) -> None:
    data = LAYOUT_A.read_bytes()
    cut = tmp_path / "cut.eml"
    cut.write_bytes(data[: len(data) // 2])
    not_mail = tmp_path / "picture.bin"
    not_mail.write_bytes(bytes(range(256)) * 8)
    result = run_cli("import", cut, SMALL_MBOX, not_mail)
    lines = result.out.splitlines()
    assert lines[1] == (
        "Not imported: 1 edition with a problem, 1 edition not sent through the TLD-OPS list, "
        "1 file not read as mail."
    ), result.out
    clean = run_cli("import", LAYOUT_B)
    assert "Not imported" not in clean.out
    as_json = run_cli("import", cut, "--json").json()
    assert set(as_json) == {
        "messages_scanned", "editions_found", "imported", "already_present", "reread", "untrusted",
        "conflicts", "unplaced_lines", "errors", "notes", "replies", "bytes_scanned",
        "dry_run", "unchanged_sources", "stopped",
    }  # fmt: skip


@pytest.mark.skipif(os.name != "posix", reason="closes a file descriptor before exec")
def test_real_process_with_standard_output_closed(tmp_path: Path) -> None:
    """Started with no standard output at all (`tldops import ... >&-`, a launcher that
    closes it): Python then has no sys.stdout; the command still does its work, no bug."""
    data = tmp_path / "data"
    secret = tmp_path / "pass.txt"
    secret.write_text("s3cret passphrase\n")
    for command in (["import", LAYOUT_A], ["editions"], ["search", "nl", "--json"]):
        done = subprocess.run(
            [sys.executable, "-m", "tldops_desktop.cli", "--data-dir", str(data),
             "--passphrase-file", str(secret), *map(str, command)],
            stdout=None, stderr=subprocess.PIPE, preexec_fn=lambda: os.close(1),
            timeout=300, check=False,
        )  # fmt: skip
        assert done.returncode == 0, done.stderr
        assert b"internal error" not in done.stderr
    shown = run_tldops("--data-dir", data, "--passphrase-file", secret, "editions")
    assert b"20261101-0600" in shown.stdout


@pytest.mark.skipif(os.name != "posix", reason="closes a file descriptor before exec")
def test_real_process_with_standard_input_closed(tmp_path: Path) -> None:
    """A cron job started with standard input closed (`<&-`) and no passphrase given: the
    message of a missing passphrase, not an internal error."""
    data = tmp_path / "data"
    secret = tmp_path / "pass.txt"
    secret.write_text("s3cret passphrase\n")
    imported = run_tldops("--data-dir", data, "--passphrase-file", secret, "import", LAYOUT_A)
    assert imported.returncode == 0, imported.stderr
    env = {k: v for k, v in os.environ.items() if not k.startswith("TLDOPS_PASSPHRASE")}
    done = subprocess.run(
        [sys.executable, "-m", "tldops_desktop.cli", "--data-dir", str(data), "editions"],
        stdin=None, capture_output=True, preexec_fn=lambda: os.close(0), env=env,
        timeout=300, check=False,
    )  # fmt: skip
    assert done.returncode == 1, done.stderr
    assert b"passphrase" in done.stderr and b"internal error" not in done.stderr
