"""The pytest plugin in a user's project: pytest runs inside the test (pytester), on fresh files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml

pytest_plugins = ["pytester"]

CONFTEST = 'pytest_plugins = ["mistral_client.testing.pytest_plugin"]\n'
CHAT = "mistral-small-latest"


def write_cassette(path: Path, content: str) -> None:
    """One recorded chat completion: the user said `content`, the model answered "recorded"."""
    request = {"model": CHAT, "messages": [{"role": "user", "content": content}]}
    reply = {
        "id": "cmpl-1", "object": "chat.completion", "model": CHAT, "created": 1,
        "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
        "choices": [{"index": 0, "finish_reason": "stop",
                     "message": {"role": "assistant", "content": "recorded"}}],
    }  # fmt: skip
    interaction = {
        "request": {
            "body": json.dumps(request),
            "headers": {"content-type": ["application/json"]},
            "method": "POST",
            "uri": "https://api.mistral.ai/v1/chat/completions",
        },
        "response": {
            "body": {"string": json.dumps(reply)},
            "headers": {"content-type": ["application/json"]},
            "status": {"code": 200, "message": "OK"},
        },
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(yaml.safe_dump({"interactions": [interaction], "version": 1}))


@pytest.fixture
def project(pytester: pytest.Pytester) -> pytest.Pytester:
    """A user's project whose conftest enables the plugin, and no MISTRAL_API_KEY."""
    pytester.makeconftest(CONFTEST)
    return pytester


def test_plugin_without_pytest_recording_fails_in_one_line_naming_the_install(
    pytester: pytest.Pytester,
) -> None:
    """Without pytest-recording, pytest stops with one line naming the extra to install."""
    pytester.makeconftest(
        "import sys\n"
        "# As if neither were installed: importing either raises ImportError.\n"
        "sys.modules['pytest_recording'] = sys.modules['vcr'] = None\n" + CONFTEST
    )
    pytester.makepyfile("def test_nothing(): pass")
    result = pytester.runpytest_subprocess("-p", "no:recording")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    assert "INTERNALERROR" not in result.stdout.str()
    assert [line for line in result.errlines if line.strip()] == [
        "ERROR: mistral_client.testing.pytest_plugin needs pytest-recording, which is not "
        "installed (or disabled): pip install 'mistral-client[testing]'"
    ]


def replay(project: pytest.Pytester, sent: str) -> pytest.RunResult:
    """Run a test that sends SENT where its cassette recorded "hi", with no MISTRAL_API_KEY."""
    write_cassette(project.path / "cassettes/test_replay/test_sends.yaml", "hi")
    project.makepyfile(
        test_replay=f"""
        import os
        import pytest
        from mistral_client import Mistral

        @pytest.mark.vcr
        def test_sends():
            with Mistral() as client:
                res = client.chat.complete(
                    model={CHAT!r}, messages=[{{"role": "user", "content": {sent!r}}}]
                )
            assert res.choices[0].message.content == "recorded"

        def test_key_is_unset_again():
            assert "MISTRAL_API_KEY" not in os.environ
        """
    )
    return project.runpytest()


def test_replay_without_api_key_uses_a_placeholder_for_that_test_only(
    project: pytest.Pytester,
) -> None:
    """A cassette replays with no MISTRAL_API_KEY set; the placeholder is gone after the test."""
    replay(project, "hi").assert_outcomes(passed=2)


def test_recorded_cassette_header_gives_the_pytest_rerecord_command(
    project: pytest.Pytester,
) -> None:
    """A recorded cassette's header says how to re-record it with pytest, for this test."""
    project.makepyfile(
        test_header=f"""
        import pytest
        from mistral_client import Mistral

        @pytest.mark.vcr
        def test_records(mistral_server):
            with Mistral(api_key="k", server_url=mistral_server) as client:
                client.chat.complete(model={CHAT!r}, messages=[{{"role": "user", "content": "hi"}}])
        """
    )
    project.runpytest("--record-mode=rewrite").assert_outcomes(passed=1)
    text = (project.path / "cassettes/test_header/test_records.yaml").read_text()
    assert "# Re-record: pytest --record-mode=rewrite test_header.py::test_records\n" in text
    assert "make record" not in text


def test_mistral_server_works_under_block_network_with_no_extra_flag(
    project: pytest.Pytester,
) -> None:
    """--block-network lets tests reach the embedded server, and still blocks everything else."""
    project.makepyfile(
        test_blocked=f"""
        import socket
        import pytest
        from mistral_client import Mistral

        def test_reaches_the_embedded_server(mistral_server):
            with Mistral(api_key="k", server_url=mistral_server) as client:
                client.chat.complete(model={CHAT!r}, messages=[{{"role": "user", "content": "hi"}}])

        def test_reaches_it_through_mistral_client(mistral_client):
            mistral_client.chat.complete(model={CHAT!r}, messages=[{{"role": "user", "content": "hi"}}])

        def connect(host):
            with socket.socket() as sock, pytest.raises(RuntimeError, match="Network is disabled"):
                sock.connect((host, 9))

        def test_other_loopback_addresses_stay_blocked(mistral_server):
            connect("127.0.0.2")

        def test_loopback_stays_blocked_without_the_server():
            connect("127.0.0.1")
        """
    )
    project.runpytest("--block-network").assert_outcomes(passed=4)


def test_body_mismatch_on_replay_names_the_json_path_and_both_values(
    project: pytest.Pytester,
) -> None:
    """A request whose body differs from the recorded one says where, and both values."""
    result = replay(project, "hello")
    result.assert_outcomes(failed=1, passed=1)
    result.stdout.fnmatch_lines(
        ["*body differs at $.messages[[]0[]].content: recorded 'hi', sent 'hello'"]
    )


def test_mistral_client_fixture_is_bound_to_the_server_and_closed_after(
    project: pytest.Pytester,
) -> None:
    """mistral_client talks to mistral_server and is closed when its test ends."""
    project.makepyfile(
        test_fixture=f"""
        CALLS = []

        def test_uses_the_embedded_server(mistral_client, mistral_server):
            close = mistral_client.close
            mistral_client.close = lambda: (CALLS.append("close"), close())
            assert mistral_client.server_url == mistral_server
            res = mistral_client.chat.complete(
                model={CHAT!r}, messages=[{{"role": "user", "content": "hi"}}]
            )
            assert "You said: hi" in res.choices[0].message.content
            assert CALLS == []

        def test_the_client_was_closed():
            assert CALLS == ["close"]
        """
    )
    project.runpytest().assert_outcomes(passed=2)
