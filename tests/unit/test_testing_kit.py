"""The testing kit's decisions: body differences, cassette headers, the replay key, allowed hosts."""

from __future__ import annotations

import json
from types import SimpleNamespace
from typing import Any

import pytest

from mistral_client.testing import MAX_SHOWN_DIFFERENCES, body_differences, json_body_matcher
from mistral_client.testing.pytest_plugin import (
    REPLAY_API_KEY,
    cassette_header,
    replay_api_key,
    with_host,
)

HI = {"model": "m", "messages": [{"role": "user", "content": "hi"}]}


def body(value: Any) -> bytes:
    return json.dumps(value).encode()


@pytest.mark.parametrize(
    ("recorded", "sent", "expected"),
    [
        pytest.param(body(HI), b'{"messages": [{"content": "hi", "role": "user"}], "model": "m"}',
                     [], id="same-json-other-order"),
        pytest.param(None, b"", [], id="both-empty"),
        pytest.param(body(HI), body({**HI, "messages": [{"role": "user", "content": "hello"}]}),
                     ["body differs at $.messages[0].content: recorded 'hi', sent 'hello'"],
                     id="changed-value"),
        pytest.param(body({**HI, "temperature": 0.2}), body(HI),
                     ["body differs at $.temperature: recorded 0.2, sent nothing"], id="key-dropped"),
        pytest.param(body(HI), body({**HI, "messages": [*HI["messages"], {"role": "user"}]}),
                     ["body differs at $.messages[1]: recorded nothing, sent {'role': 'user'}"],
                     id="item-added"),
        pytest.param(body({"stream": True}), body({"stream": 1}),
                     ["body differs at $.stream: recorded True, sent 1"], id="true-is-not-1"),
        pytest.param(body({"a b": 1}), body({"a b": 2}),
                     ['body differs at $["a b"]: recorded 1, sent 2'], id="key-not-a-name"),
        pytest.param(b"abc", b"abd", ["body differs at $: recorded b'abc', sent b'abd'"],
                     id="not-json"),
    ],
)  # fmt: skip
def test_body_differences_name_each_path_with_both_values(recorded, sent, expected):
    """Each differing JSON path is named with the recorded and the sent value."""
    assert body_differences(recorded, sent) == expected


def test_body_differences_are_bounded():
    """Long values are cut, and past a few paths only a count of the rest is given."""
    recorded = {f"k{i}": "x" * 200 for i in range(MAX_SHOWN_DIFFERENCES + 2)}
    lines = body_differences(body(recorded), body({}))
    assert len(lines) == MAX_SHOWN_DIFFERENCES + 1
    assert lines[0] == f"body differs at $.k0: recorded '{'x' * 76}..., sent nothing"
    assert lines[-1] == "... and 2 more differences"


def test_json_body_matcher_reads_vcrpy_arguments_as_sent_then_recorded():
    """vcrpy passes the request being sent first; the message says which value is which."""
    sent, recorded = SimpleNamespace(body=b'{"n": 2}'), SimpleNamespace(body=b'{"n": 1}')
    with pytest.raises(AssertionError) as caught:
        json_body_matcher(sent, recorded)
    assert str(caught.value) == "body differs at $.n: recorded 1, sent 2"
    json_body_matcher(sent, sent)  # equal bodies: no error


@pytest.mark.parametrize(
    ("current_test", "command"),
    [
        pytest.param("tests/test_x.py::test_y (teardown)",
                     "pytest --record-mode=rewrite tests/test_x.py::test_y", id="one-test"),
        pytest.param("test_x.py::test_y[a b] (call)",
                     "pytest --record-mode=rewrite 'test_x.py::test_y[a b]'", id="quoted-param"),
        pytest.param(None, "pytest --record-mode=rewrite", id="outside-pytest"),
    ],
)  # fmt: skip
def test_cassette_header_gives_the_users_rerecord_command(current_test, command):
    """The header names what recorded the cassette and the pytest command that re-records it."""
    header = cassette_header("the real Mistral API", current_test)
    assert header.startswith("# Recorded against the real Mistral API ")
    assert header.endswith(f"# Re-record: {command}\n")
    assert all(line.startswith("# ") for line in header.splitlines())


@pytest.mark.parametrize(
    ("api_key", "cassette", "expected"),
    [
        pytest.param(None, SimpleNamespace(write_protected=True), REPLAY_API_KEY, id="replaying"),
        pytest.param("sk-real", SimpleNamespace(write_protected=True), None, id="key-set"),
        pytest.param(None, SimpleNamespace(write_protected=False), None, id="may-record"),
        pytest.param(None, None, None, id="no-cassette"),
    ],
)
def test_replay_api_key_only_when_no_request_can_reach_the_api(api_key, cassette, expected):
    """A placeholder key is set only for a replaying cassette with no key in the environment."""
    assert replay_api_key(api_key, cassette) == expected


def test_with_host_adds_exactly_the_servers_host():
    """The embedded server's host is allowed exactly, after the patterns already given."""
    assert with_host(None, "http://127.0.0.1:8000") == [r"127\.0\.0\.1$"]
    assert with_host(["example\\.org"], "http://127.0.0.1:1") == ["example\\.org", r"127\.0\.0\.1$"]
