"""`make demo` runs the documented workflow against the embedded server and exits 0."""

from __future__ import annotations

import socket

import pytest

from mistral_client import demo
from mistral_client.testing import running_server


def test_demo_runs_every_workflow_offline(capsys: pytest.CaptureFixture[str]):
    """Without MISTRAL_API_KEY: complete, stream, multi-turn, JSON, tools, async; exit 0."""
    assert demo.main() == 0
    out, err = capsys.readouterr()
    assert err == ""
    assert "against the embedded Mistral-compatible server" in out
    for section in ("chat.complete", "chat.stream", "multi-turn", "JSON mode", "tool call round trip",
                    "chat.complete_async x3", "chat.stream_async"):  # fmt: skip
        assert f"== {section}" in out
    assert "model called get_weather({'city': 'Paris'})" in out
    # Structured output and the tool loop (issue 9).
    assert "== structured output: chat.parse(response_format=Painter)" in out
    assert "parsed:      Painter(name=" in out
    assert "== tool loop: chat.run_tools(tools=[get_weather])" in out
    assert "  assistant -> get_weather(" in out
    assert "  tool get_weather: " in out
    assert "(2 model calls, 4 messages in the transcript)" in out
    assert "== chat.parse_async" in out
    # The bulk step's progress bar is drawn on stdout, as the demo asks; stderr stays empty.
    assert "== chat.complete_many" in out
    assert "12/12" in out
    assert "12 of 12 answered" in out


def test_demo_runs_a_batch_job_to_completion(capsys: pytest.CaptureFixture[str]):
    """The batch step: a job polled QUEUED → SUCCESS on the embedded server, three answers."""
    assert demo.main() == 0
    out, err = capsys.readouterr()
    assert err == ""
    assert "== batch.run: a batch job, polled to completion" in out
    assert "job SUCCESS: 3/3 done" in out
    assert "q2 -> " in out


def test_demo_batch_progress_never_shows_zero_of_zero(capsys: pytest.CaptureFixture[str]):
    """A job not yet counted shows its status alone, never `0/0`."""
    assert demo.main() == 0
    out = capsys.readouterr().out
    assert "0/0" not in out
    assert "  job " in out


def test_demo_with_a_key_and_no_network_ends_in_one_line(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
):
    """MISTRAL_API_KEY set, nothing reachable: one line saying what failed and how to go offline."""
    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    monkeypatch.setenv("MISTRAL_API_KEY", "sk-demo")
    monkeypatch.setenv("MISTRAL_BASE_URL", f"http://127.0.0.1:{port}")
    assert demo.main() == 1
    out, err = capsys.readouterr()
    assert "against the server at MISTRAL_BASE_URL" in out
    lines = err.strip().splitlines()
    assert len(lines) == 1
    assert "APIConnectionError" in lines[0]
    assert "Unset MISTRAL_API_KEY to run it offline" in lines[0]
    assert "sk-demo" not in out + err


def test_demo_with_a_key_says_when_it_talks_to_the_embedded_server(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
):
    """MISTRAL_BASE_URL pointing at `mistral-client serve`: the output says so."""
    with running_server() as url:
        monkeypatch.setenv("MISTRAL_API_KEY", "sk-demo")
        monkeypatch.setenv("MISTRAL_BASE_URL", url)
        assert demo.main() == 0
    out = capsys.readouterr().out
    assert "(answered by the mistral-client embedded server)" in out
