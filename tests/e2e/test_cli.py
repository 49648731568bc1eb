"""The `mistral-client` command (issue 15, item 15): version, help, how to connect, faults
documented and logged in one line, an opt-in access log, one-line errors."""

from __future__ import annotations

import contextlib
import os
import signal
import socket
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
import pytest

from mistral_client._cli import main
from mistral_client._version import __version__

ASK = [{"role": "user", "content": "Hi"}]


class Served:
    """A `mistral-client serve` process: its URL, then (once stopped) its output."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.stdout = ""
        self.stderr = ""
        self.returncode: int | None = None

    def chat(self, model: str = "mistral-small-latest", key: str = "k") -> httpx.Response:
        body = {"model": model, "messages": ASK}
        return httpx.post(f"{self.url}/v1/chat/completions", json=body,
                          headers={"authorization": f"Bearer {key}"})  # fmt: skip


@contextmanager
def serving(tmp_path: Path, *options: str) -> Iterator[Served]:
    """Run `mistral-client serve --port 0 OPTIONS`; stop it with Ctrl-C on exit."""
    cli = [sys.executable, "-m", "mistral_client._cli", "serve", "--port", "0", *options]
    with (tmp_path / "stderr").open("w+") as stderr:  # a file: a full pipe would stall it
        process = subprocess.Popen(cli, stdout=subprocess.PIPE, stderr=stderr, text=True,
                                   env={**os.environ, "PYTHONUNBUFFERED": "1"})  # fmt: skip
        assert process.stdout is not None
        first = process.stdout.readline()
        second = process.stdout.readline()
        served = Served(second.split("MISTRAL_BASE_URL=", 1)[1].split()[0])
        try:
            yield served
        finally:
            process.send_signal(signal.SIGINT)
            rest, _ = process.communicate(timeout=15)
            stderr.seek(0)
            served.stdout, served.stderr = first + second + rest, stderr.read()
            served.returncode = process.returncode


def test_version_prints_the_package_version(capsys: pytest.CaptureFixture[str]):
    """--version: `mistral-client <version>` and exit status 0."""
    with pytest.raises(SystemExit) as exited:
        main(["--version"])
    assert exited.value.code == 0
    assert capsys.readouterr().out == f"mistral-client {__version__}\n"


def test_bare_command_prints_help(capsys: pytest.CaptureFixture[str]):
    """No command: the help (usage and the commands), not an argparse error line."""
    assert main([]) == 0
    out, err = capsys.readouterr()
    assert out.startswith("usage: mistral-client")
    assert "serve" in out
    assert "--version" in out
    assert err == ""


def test_serve_help_documents_faults_and_the_key_rule(capsys: pytest.CaptureFixture[str]):
    """serve --help: both ways to inject a fault, every kind, the spec grammar, the key rule."""
    with pytest.raises(SystemExit):
        main(["serve", "--help"])
    out = capsys.readouterr().out
    for needed in ("x-mistral-fault:", ":fault=", "<kind>[x<times>][@<tag>]", "429-wait",
                   "Retry-After", "drop", "stall", "break", "error-event", "not-sse",
                   "Authorization: Bearer <key>", "non-empty", "401", "--api-key",
                   "--access-log", "--model", "Invalid model"):  # fmt: skip
        assert needed in out, needed


def test_serve_with_a_missing_cassette_is_a_one_line_error(capsys: pytest.CaptureFixture[str]):
    """--cassette naming no file: one line on stderr, exit status 2, no server started."""
    assert main(["serve", "--port", "0", "--cassette", "no-such-cassette.yaml"]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err == "mistral-client: error: --cassette no-such-cassette.yaml: no such file\n"


def test_serve_with_a_malformed_cassette_is_a_one_line_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
):
    """A file that is not a cassette: one line naming it, exit status 2."""
    broken = tmp_path / "broken.yaml"
    broken.write_text("interactions: [unclosed\n")
    assert main(["serve", "--port", "0", "--cassette", str(broken)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert err.startswith(f"mistral-client: error: serve: {broken} is not a cassette")


def test_serve_on_a_port_in_use_is_a_one_line_error(capsys: pytest.CaptureFixture[str]):
    """The port is taken: one line with the system's reason, exit status 2."""
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        assert main(["serve", "--port", str(taken.getsockname()[1])]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "Address already in use" in err


def test_serve_prints_how_to_connect_and_stays_quiet(tmp_path: Path):
    """On startup: the URL and the environment a client needs; no access log by default."""
    with serving(tmp_path) as served:
        assert served.chat().status_code == 200
    lines = served.stdout.splitlines()
    assert lines[0].startswith(f"mistral-client {__version__}: Mistral-compatible server on ")
    assert lines[1] == f"Connect a client with: MISTRAL_BASE_URL={served.url} MISTRAL_API_KEY=<any>"
    assert len(lines) == 2
    assert (served.returncode, served.stderr) == (0, "")


def test_serve_access_log_is_opt_in(tmp_path: Path):
    """--access-log: one line per request, method, path and status, on stdout."""
    with serving(tmp_path, "--access-log") as served:
        served.chat()
        served.chat(model="nope")
    log = served.stdout.splitlines()[2:]
    assert len(log) == 2
    assert log[0].startswith("127.0.0.1:")
    assert '"POST /v1/chat/completions" 200' in log[0]
    assert '"POST /v1/chat/completions" 400' in log[1]
    assert served.stderr == ""


@pytest.mark.parametrize("fault", ["503", "drop", "break"])
def test_serve_logs_an_injected_fault_as_one_line(tmp_path: Path, fault: str):
    """An injected fault is one stdout line naming it; no traceback anywhere."""
    with serving(tmp_path) as served:
        body = {"model": f"mistral-small-latest:fault={fault}", "messages": ASK, "stream": True}
        # drop and break close the connection: that is the fault
        with contextlib.suppress(httpx.HTTPError):
            httpx.post(f"{served.url}/v1/chat/completions", json=body,
                       headers={"authorization": "Bearer k"}).read()  # fmt: skip
    assert served.stdout.splitlines()[2:] == [
        f"fault injected: {fault} (spec '{fault}') on POST /v1/chat/completions"
    ]
    assert served.stderr == ""


def test_serve_model_and_api_key_options(tmp_path: Path):
    """--model adds an accepted model; --api-key restricts the keys and the hint says so."""
    with serving(tmp_path, "--model", "my-model", "--api-key", "sesame") as served:
        assert served.chat(model="my-model", key="sesame").status_code == 200
        assert served.chat(model="my-model", key="other").status_code == 401
    assert served.stdout.splitlines()[1].endswith("MISTRAL_API_KEY=<one of the --api-key keys>")
    assert "sesame" not in served.stdout + served.stderr
