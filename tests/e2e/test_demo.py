"""`make demo` runs the documented workflow against the embedded server and exits 0."""

from __future__ import annotations

import pytest

from mistral_client import demo


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
    assert "== chat.complete_many_sync" in out
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
