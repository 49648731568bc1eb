"""The TLS context of the clients Mistral makes itself: httpx's default, CAs loaded at first use."""

from __future__ import annotations

import asyncio
import json
import shutil
import socket
import ssl
import subprocess
import sys
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import certifi
import httpx
import pytest

from mistral_client import Mistral, _tls
from mistral_client.testing import running_server

from ..helpers import API_KEY, MESSAGES, completion

MODEL = "mistral-small-latest"


@pytest.fixture(autouse=True)
def no_ca_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """httpx picks its CAs from SSL_CERT_FILE or SSL_CERT_DIR: none is set unless a test does."""
    for name in ("SSL_CERT_FILE", "SSL_CERT_DIR", "SSLKEYLOGFILE"):
        monkeypatch.delenv(name, raising=False)


@pytest.fixture
def made(monkeypatch: pytest.MonkeyPatch) -> list[ssl.SSLContext | None]:
    """The contexts _tls.default_context() returns during the test, in order."""
    contexts: list[ssl.SSLContext | None] = []
    original = _tls.default_context

    def record() -> ssl.SSLContext | None:
        contexts.append(original())
        return contexts[-1]

    monkeypatch.setattr(_tls, "default_context", record)
    return contexts


@pytest.fixture
def loads(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str | None, str | None]]:
    """The (cafile, capath) of every load_verify_locations on a lazy context."""
    calls: list[tuple[str | None, str | None]] = []

    def load(self: ssl.SSLContext, cafile: str | None = None, capath: str | None = None) -> None:
        calls.append((cafile, capath))
        ssl.SSLContext.load_verify_locations(self, cafile, capath)

    monkeypatch.setattr(_tls.LazyCAContext, "load_verify_locations", load)
    return calls


def context_of(client: httpx.Client | httpx.AsyncClient) -> ssl.SSLContext:
    """The context a client's transport hands to its connections."""
    transport: Any = client._transport
    if hasattr(transport, "ssl_context"):  # httpx_aiohttp's AiohttpTransport
        return transport.ssl_context  # type: ignore[no-any-return]
    return transport._pool._ssl_context  # type: ignore[no-any-return]  # httpx's own


def cas(context: ssl.SSLContext) -> int:
    return context.cert_store_stats()["x509_ca"]


def wrap(context: ssl.SSLContext) -> None:
    """Start a client connection the way httpcore, anyio and asyncio do: no network."""
    context.wrap_bio(ssl.MemoryBIO(), ssl.MemoryBIO(), server_hostname="api.mistral.ai")


def settings(context: ssl.SSLContext) -> dict[str, object]:
    """What a TLS client context decides, but for its CAs. ALPN cannot be read back from a
    context; httpx 0.28 sets none on it, httpcore sets it before each connection."""
    return {
        "protocol": context.protocol,
        "verify_mode": context.verify_mode,
        "check_hostname": context.check_hostname,
        "verify_flags": context.verify_flags,
        "options": context.options,
        "minimum_version": context.minimum_version,
        "maximum_version": context.maximum_version,
        "ciphers": [cipher["name"] for cipher in context.get_ciphers()],
        "hostname_checks_common_name": context.hostname_checks_common_name,
        "post_handshake_auth": context.post_handshake_auth,
        "security_level": context.security_level,
        "keylog_filename": context.keylog_filename,
        "sni_callback": context.sni_callback,
    }


@pytest.fixture(scope="module")
def url() -> Iterator[str]:
    with running_server() as base:
        yield base


def test_calls_over_http_load_no_ca_certificate(url: str, made: list[ssl.SSLContext | None]):
    """A sync and an async call to an http:// server: both clients Mistral made have httpx's
    context without a CA certificate loaded (certifi's bundle is never parsed)."""
    with Mistral(api_key=API_KEY, server_url=url) as client:
        client.chat.complete(model=MODEL, messages=MESSAGES)

        async def call() -> ssl.SSLContext:
            await client.chat.complete_async(model=MODEL, messages=MESSAGES)
            return context_of(client._async_client())

        async_context = asyncio.run(call())
        sync_context = context_of(client._sync_client())
    assert made == [sync_context, async_context]
    for context in (sync_context, async_context):
        assert isinstance(context, _tls.LazyCAContext)
        assert cas(context) == 0


def test_clients_passed_in_keep_their_own_context(made: list[ssl.SSLContext | None]):
    """client= and async_client= are used as they are."""
    own, own_async = httpx.Client(), httpx.AsyncClient()
    client = Mistral(api_key=API_KEY, client=own, async_client=own_async)
    assert client._sync_client() is own
    assert client._async_client() is own_async
    assert made == []
    own.close()
    asyncio.run(own_async.aclose())


def test_context_settings_equal_httpx_default(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """Same verification and settings as httpx.create_ssl_context() (SSLKEYLOGFILE included),
    and once a connection is wrapped, the same CA certificates."""
    monkeypatch.setenv("SSLKEYLOGFILE", str(tmp_path / "keys.log"))
    ours, theirs = _tls.default_context(), httpx.create_ssl_context()
    assert ours is not None
    assert settings(ours) == settings(theirs)
    assert ours.verify_mode == ssl.CERT_REQUIRED
    assert ours.check_hostname
    assert cas(ours) == 0 < cas(theirs)
    wrap(ours)
    assert ours.get_ca_certs(binary_form=True) == theirs.get_ca_certs(binary_form=True)


def test_wrap_bio_loads_certifi_once(
    loads: list[tuple[str | None, str | None]], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    """Without SSL_CERT_FILE/SSL_CERT_DIR when the context was made, the first wrap_bio loads
    certifi's bundle (a variable set later is not read, as httpx reads it at creation)."""
    context = _tls.default_context()
    assert context is not None
    monkeypatch.setenv("SSL_CERT_FILE", str(tmp_path / "later.pem"))
    wrap(context)
    wrap(context)
    assert loads == [(certifi.where(), None)]
    assert cas(context) > 0


def test_wrap_socket_loads_the_cas(loads: list[tuple[str | None, str | None]]):
    """httpcore's sync backend wraps a socket: the CAs are there before its handshake."""
    context = _tls.default_context()
    assert context is not None
    ours, theirs = socket.socketpair()
    with (
        theirs,
        context.wrap_socket(ours, server_hostname="api.mistral.ai", do_handshake_on_connect=False),
    ):
        assert loads == [(certifi.where(), None)]
        assert cas(context) > 0


def test_concurrent_first_connections_load_once(loads: list[tuple[str | None, str | None]]):
    """Threads starting their first connections together: one load, all of them see the CAs."""
    context = _tls.default_context()
    assert context is not None
    start = threading.Barrier(4)
    seen: list[int] = []

    def connect() -> None:
        start.wait()
        wrap(context)
        seen.append(cas(context))

    threads = [threading.Thread(target=connect) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len(loads) == 1
    assert len(seen) == 4
    assert min(seen) > 0


def first_certificate() -> str:
    bundle = Path(certifi.where()).read_text(encoding="ascii")
    end = "-----END CERTIFICATE-----"
    return bundle[bundle.index("-----BEGIN CERTIFICATE-----") : bundle.index(end) + len(end)]


def test_ssl_cert_file_is_honoured_before_ssl_cert_dir(
    loads: list[tuple[str | None, str | None]], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    """SSL_CERT_FILE wins over SSL_CERT_DIR, as in httpx; its certificates are the ones loaded."""
    cafile = tmp_path / "one.pem"
    cafile.write_text(first_certificate() + "\n", encoding="ascii")
    monkeypatch.setenv("SSL_CERT_FILE", str(cafile))
    monkeypatch.setenv("SSL_CERT_DIR", str(tmp_path))
    context = _tls.default_context()
    assert context is not None
    assert cas(context) == 0
    wrap(context)
    assert loads == [(str(cafile), None)]
    assert cas(context) == 1
    httpx_default = httpx.create_ssl_context()
    assert context.get_ca_certs(binary_form=True) == httpx_default.get_ca_certs(binary_form=True)


def test_ssl_cert_dir_is_honoured(
    loads: list[tuple[str | None, str | None]], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    """SSL_CERT_DIR alone: the directory is given to OpenSSL as httpx does (capath)."""
    monkeypatch.setenv("SSL_CERT_DIR", str(tmp_path))
    context = _tls.default_context()
    assert context is not None
    wrap(context)
    assert loads == [(None, str(tmp_path))]


def test_a_missing_ssl_cert_file_fails_when_the_client_is_made(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    """As with httpx: not at the first https request, but when the client is created."""
    monkeypatch.setenv("SSL_CERT_FILE", str(tmp_path / "missing.pem"))
    with pytest.raises(FileNotFoundError):
        httpx.Client()
    with pytest.raises(FileNotFoundError):
        Mistral(api_key=API_KEY)._sync_client()


# A certificate authority made for the test, and a server certificate for 127.0.0.1 it signs.
OPENSSL_CONFIG = """\
[req]
distinguished_name = dn
prompt = no
[dn]
CN = mistral-client test
[ca]
basicConstraints = critical, CA:TRUE
keyUsage = critical, keyCertSign, cRLSign
subjectKeyIdentifier = hash
[leaf]
basicConstraints = critical, CA:FALSE
keyUsage = critical, digitalSignature
extendedKeyUsage = serverAuth
subjectAltName = IP:127.0.0.1
subjectKeyIdentifier = hash
authorityKeyIdentifier = keyid
"""


def make_certificates(folder: Path) -> None:
    """ca.pem, and leaf.pem + leaf.key for 127.0.0.1, with the openssl command."""
    (folder / "openssl.cnf").write_text(OPENSSL_CONFIG, encoding="ascii")
    key = ["-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes"]
    for command in (
        ["req", "-x509", "-config", "openssl.cnf", "-extensions", "ca", *key, "-days", "2",
         "-subj", "/CN=mistral-client test CA", "-keyout", "ca.key", "-out", "ca.pem"],
        ["req", "-new", "-config", "openssl.cnf", *key, "-subj", "/CN=127.0.0.1",
         "-keyout", "leaf.key", "-out", "leaf.csr"],
        ["x509", "-req", "-in", "leaf.csr", "-CA", "ca.pem", "-CAkey", "ca.key", "-set_serial",
         "2", "-days", "2", "-extfile", "openssl.cnf", "-extensions", "leaf", "-out", "leaf.pem"],
    ):  # fmt: skip
        subprocess.run(["openssl", *command], cwd=folder, check=True, capture_output=True)


class Completions(BaseHTTPRequestHandler):
    def do_POST(self) -> None:
        self.rfile.read(int(self.headers["content-length"]))
        body = json.dumps(completion()).encode()
        self.send_response(200)
        self.send_header("content-type", "application/json")
        self.send_header("content-length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: Any) -> None:
        pass


@pytest.fixture
def https_url(tmp_path: Path) -> Iterator[str]:
    """An https:// server on 127.0.0.1 answering every POST with a completion."""
    make_certificates(tmp_path)
    server_context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    server_context.load_cert_chain(tmp_path / "leaf.pem", tmp_path / "leaf.key")
    server = ThreadingHTTPServer(("127.0.0.1", 0), Completions)
    server.socket = server_context.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"https://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


@pytest.mark.skipif(shutil.which("openssl") is None, reason="needs the openssl command")
@pytest.mark.parametrize("path", ["sync", "aiohttp", "httpx async"])
def test_every_handshake_path_verifies_with_the_lazy_cas(
    path: str,
    https_url: str,
    made: list[ssl.SSLContext | None],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
):
    """Real handshakes with a server only SSL_CERT_FILE's CA vouches for: httpcore's sync
    backend (wrap_socket), aiohttp on asyncio (wrap_bio) and httpcore on anyio (wrap_bio in a
    worker thread, the async client used without the aiohttp extra) all verify the server, so
    the CAs were loaded before the handshake; and a context with no CA fails."""
    monkeypatch.setenv("SSL_CERT_FILE", str(tmp_path / "ca.pem"))
    if path == "httpx async":
        monkeypatch.setitem(sys.modules, "httpx_aiohttp", None)
    with Mistral(api_key=API_KEY, server_url=https_url, max_retries=0) as client:
        if path == "sync":
            reply = client.chat.complete(model=MODEL, messages=MESSAGES)
        else:

            async def call() -> Any:
                return await client.chat.complete_async(model=MODEL, messages=MESSAGES)

            reply = asyncio.run(call())
    assert reply.choices[0].message.content == "Hi!"
    [context] = made
    assert context is not None
    assert cas(context) == 1

    unloaded = ssl.SSLContext(ssl.PROTOCOL_TLS_CLIENT)
    with httpx.Client(verify=unloaded) as plain, pytest.raises(httpx.ConnectError, match="CERT"):
        plain.post(https_url, json={})
