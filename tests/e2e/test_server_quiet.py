"""The embedded server prints nothing on stderr when clients leave mid-stream (issue 15, item 4).

Before the fix, a stream whose client disconnected kept being written in one go and asyncio
logged `socket.send() raised exception.` on the stderr of the process running the server: a
user's test session (`running_server()`) or `mistral-client serve`.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import struct
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import httpx

# A stream of a few thousand events: long enough to be mid-way when the client leaves.
BODY = json.dumps({
    "model": "mistral-small-latest", "stream": True, "n": 60,
    "messages": [{"role": "user", "content": "Tell me a long story. " * 8}],
}).encode()  # fmt: skip
REQUEST = (
    b"POST /v1/chat/completions HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer k\r\n"
    b"Content-Type: application/json\r\nContent-Length: %d\r\n\r\n%s" % (len(BODY), BODY)
)

ROOT = Path(__file__).resolve().parents[2]


def drop_streams(url: str, times: int = 4) -> None:
    """Start TIMES long streams and reset each connection after their first bytes."""
    host, port = url.removeprefix("http://").rsplit(":", 1)
    for _ in range(times):
        sock = socket.create_connection((host, int(port)), timeout=10)
        sock.sendall(REQUEST)
        sock.recv(64)  # the stream has started
        # Leave as a killed client does: the connection resets, the server's writes fail.
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        sock.close()


def answers(url: str) -> bool:
    body = {"model": "mistral-small-latest", "messages": [{"role": "user", "content": "hi"}]}
    reply = httpx.post(
        f"{url}/v1/chat/completions", json=body, headers={"authorization": "Bearer k"}
    )
    return reply.status_code == 200


def test_running_server_is_quiet_when_clients_drop_streams():
    """running_server() in a user's process: streams reset mid-way, and stderr stays empty."""
    script = textwrap.dedent("""
        import time
        from mistral_client.testing import running_server
        from tests.e2e.test_server_quiet import answers, drop_streams

        with running_server() as url:
            drop_streams(url)
            time.sleep(0.5)  # the server finishes (or abandons) the streams
            print(answers(url))
    """)
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          cwd=ROOT, timeout=60, check=False)  # fmt: skip
    assert (done.returncode, done.stdout, done.stderr) == (0, "True\n", "")


def test_cli_serve_is_quiet_when_clients_drop_streams(tmp_path: Path):
    """`mistral-client serve`: streams reset mid-way; the server answers on, stderr stays empty."""
    cli = [sys.executable, "-m", "mistral_client._cli", "serve", "--port", "0"]
    # stderr to a file: a pipe nobody reads would fill and stall the server it tests.
    with (tmp_path / "stderr").open("w+") as stderr:
        process = subprocess.Popen(cli, stdout=subprocess.PIPE, stderr=stderr, text=True,
                                   env={**os.environ, "PYTHONUNBUFFERED": "1"})  # fmt: skip
        try:
            assert process.stdout is not None
            banner = process.stdout.readline()
            url = banner.split(" on ", 1)[1].split(" ", 1)[0]
            drop_streams(url)
            time.sleep(0.5)
            assert answers(url)
        finally:
            process.send_signal(signal.SIGINT)
            process.communicate(timeout=15)
        stderr.seek(0)
        assert (process.returncode, stderr.read()) == (0, "")


def drop_conversation_stream(url: str) -> None:
    """Start a long conversation stream and reset the connection after its first bytes."""
    host, port = url.removeprefix("http://").rsplit(":", 1)
    body = json.dumps({"model": "mistral-small-latest", "stream": True,
                       "inputs": "Tell me a long story. " * 40}).encode()  # fmt: skip
    request = (
        b"POST /v1/conversations HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer k\r\n"
        b"Content-Type: application/json\r\nContent-Length: %d\r\n\r\n%s" % (len(body), body)
    )
    sock = socket.create_connection((host, int(port)), timeout=10)
    sock.sendall(request)
    sock.recv(64)  # the stream has started
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    sock.close()


def test_cli_serve_is_quiet_on_any_operation(tmp_path: Path):
    """Issue 18: generic and simulated operations, refusals, faults and a dropped conversation
    stream; `mistral-client serve` answers them all and prints nothing on stderr."""
    cli = [sys.executable, "-m", "mistral_client._cli", "serve", "--port", "0"]
    headers = {"authorization": "Bearer k"}
    with (tmp_path / "stderr").open("w+") as stderr:
        process = subprocess.Popen(cli, stdout=subprocess.PIPE, stderr=stderr, text=True,
                                   env={**os.environ, "PYTHONUNBUFFERED": "1"})  # fmt: skip
        try:
            assert process.stdout is not None
            url = process.stdout.readline().split(" on ", 1)[1].split(" ", 1)[0]
            statuses = [
                httpx.get(f"{url}/v1/observability/judges", headers=headers).status_code,
                httpx.post(f"{url}/v1/moderations", headers=headers,
                           json={"model": "mistral-moderation-latest", "input": "hi"}).status_code,
                httpx.get(f"{url}/v1/agents/nope", headers=headers).status_code,
                httpx.get(f"{url}/v1/nowhere", headers=headers).status_code,
                httpx.put(f"{url}/v1/models", headers=headers).status_code,
                httpx.post(f"{url}/v1/agents", headers=headers, json={}).status_code,
                httpx.get(f"{url}/v1/workflows/events/stream", headers=headers).status_code,
                httpx.get(f"{url}/v1/libraries",
                          headers={**headers, "x-mistral-fault": "503"}).status_code,
            ]  # fmt: skip
            assert statuses == [200, 200, 404, 404, 405, 422, 200, 503]
            drop_conversation_stream(url)
            time.sleep(0.5)
            assert answers(url)
        finally:
            process.send_signal(signal.SIGINT)
            process.communicate(timeout=15)
        stderr.seek(0)
        assert (process.returncode, stderr.read()) == (0, "")
