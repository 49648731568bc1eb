"""httpx's default TLS context, with its CA certificates loaded at the first TLS handshake.

Why this is written by hand over the ssl module: httpx has no lazy option. Every httpx client
builds its context when it is created (``httpx.create_ssl_context()``, which runs
``ssl.create_default_context(cafile=certifi.where())``), and parsing certifi's CA bundle is
about 20 ms of the ~37 ms an ``httpx.Client()`` costs (Python 3.11, httpx 0.28.1). A first call
to an http:// server (the embedded server, tests, a local proxy) paid that for certificates it
never uses. Here the same context is built without its CAs, and they are loaded, once and under
a lock, by ``wrap_socket`` and ``wrap_bio``: every TLS handshake starts there (httpcore's sync
backend, TLS-in-TLS through a proxy, anyio's TLSStream, trio's SSLStream, and asyncio's
SSLProtocol, which aiohttp's connector uses).

Everything else is what httpx 0.28 does with ``verify=True, trust_env=True``: the CA source
(``SSL_CERT_FILE``, else ``SSL_CERT_DIR``, else certifi, read when the client is created) and
the context ``ssl.create_default_context`` makes for ``Purpose.SERVER_AUTH``. Two differences
remain: a CA file that exists but does not parse fails each https connection attempt (a
connection error) instead of the client's creation, and anyio runs ``wrap_bio`` of a context
that is not exactly ``ssl.SSLContext`` in a worker thread (so the load happens off the event
loop; on aiohttp, asyncio calls ``wrap_bio`` in the loop, as httpx loaded the CAs there before).
"""

from __future__ import annotations

import os
import ssl
import sys
import threading
from typing import TYPE_CHECKING

import httpx

if TYPE_CHECKING:
    import socket

# httpx 0.27 builds its default context differently (ciphers, ALPN, post-handshake auth, CA
# paths checked to exist): it keeps its own default there.
LAZY = tuple(int(part) for part in httpx.__version__.split(".")[:2]) >= (0, 28)


class LazyCAContext(ssl.SSLContext):
    """An SSLContext that loads its CA certificates when the first connection is wrapped."""

    _ca_file: str | None
    _ca_path: str | None
    _ca_lock: threading.Lock
    _ca_loaded: bool

    def load_cas(self) -> None:
        """Load the CA certificates, once.

        Certifi's bundle, unless the environment named a file or a directory when the context
        was made.
        """
        if self._ca_loaded:
            return
        with self._ca_lock:
            if self._ca_loaded:
                return
            cafile, capath = self._ca_file, self._ca_path
            if cafile is None and capath is None:
                import certifi  # only now: it is a module import and a file lookup

                cafile = certifi.where()
            self.load_verify_locations(cafile, capath)
            self._ca_loaded = True

    def wrap_socket(
        self,
        sock: socket.socket,
        server_side: bool = False,
        do_handshake_on_connect: bool = True,
        suppress_ragged_eofs: bool = True,
        server_hostname: str | bytes | None = None,
        session: ssl.SSLSession | None = None,
    ) -> ssl.SSLSocket:
        self.load_cas()
        return super().wrap_socket(
            sock,
            server_side=server_side,
            do_handshake_on_connect=do_handshake_on_connect,
            suppress_ragged_eofs=suppress_ragged_eofs,
            server_hostname=server_hostname,
            session=session,
        )

    def wrap_bio(
        self,
        incoming: ssl.MemoryBIO,
        outgoing: ssl.MemoryBIO,
        server_side: bool = False,
        server_hostname: str | bytes | None = None,
        session: ssl.SSLSession | None = None,
    ) -> ssl.SSLObject:
        self.load_cas()
        return super().wrap_bio(
            incoming,
            outgoing,
            server_side=server_side,
            server_hostname=server_hostname,
            session=session,
        )


def default_context() -> ssl.SSLContext | None:
    """The context httpx makes for verify=True, trust_env=True, but with its CAs loaded lazily.

    None when httpx should build its own: under httpx 0.27, or when SSL_CERT_FILE names no
    file, so that httpx reports it when the client is created, as it always did.
    """
    if not LAZY:
        return None
    # httpx 0.28's create_ssl_context: SSL_CERT_FILE, then SSL_CERT_DIR, then certifi.
    cafile = os.environ.get("SSL_CERT_FILE") or None
    capath = None if cafile else os.environ.get("SSL_CERT_DIR") or None
    if cafile is not None and not os.path.isfile(cafile):
        return None
    # ssl.create_default_context(Purpose.SERVER_AUTH), without load_verify_locations.
    context = LazyCAContext(ssl.PROTOCOL_TLS_CLIENT)
    context.verify_mode = ssl.CERT_REQUIRED
    context.check_hostname = True
    if sys.version_info >= (3, 13):
        context.verify_flags |= ssl.VERIFY_X509_PARTIAL_CHAIN | ssl.VERIFY_X509_STRICT
    if hasattr(context, "keylog_filename"):
        keylogfile = os.environ.get("SSLKEYLOGFILE")
        if keylogfile and not sys.flags.ignore_environment:
            context.keylog_filename = keylogfile
    context._ca_file, context._ca_path = cafile, capath
    context._ca_lock = threading.Lock()
    context._ca_loaded = False
    return context
