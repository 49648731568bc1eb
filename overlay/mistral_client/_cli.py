"""The `mistral-client` command: `mistral-client serve [options]`, `mistral-client --version`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ._version import __version__

SERVE_EPILOG = """\
API key:
  every request needs `Authorization: Bearer <key>`. Any non-empty key is accepted, unless
  --api-key is given: then only those keys are (a wrong or missing key gets 401, in the shape
  of Mistral's gateway). The key is never logged.

models:
  Mistral's catalogue (GET /v1/models lists it: mistral-small-latest, mistral-large-latest,
  codestral-latest, mistral-embed, ...), fine-tuned ids (ft:<base>:...), and the --model ids.
  Any other model gets Mistral's 400: {"object":"error","message":"Invalid model: <name>",
  "type":"invalid_model","param":null,"code":"1500"}.

what it answers:
  every operation of Mistral's API, checked against the spec (422 naming the field) and answered
  in the spec's shape: chat, FIM, embeddings, models, files, batch jobs, moderation,
  classification, OCR, audio, agents and conversations simulated; every other operation built
  from its schema, the same request getting the same answer. What is created (agents,
  conversations, libraries, ...) exists until deleted; an id never issued is a 404.

fault injection (any operation):
  header       x-mistral-fault: <spec>
  model name   mistral-small-latest:fault=<spec>   (the suffix is removed before answering)
  spec         <kind>[x<times>][@<tag>]
    kind       an HTTP status: 500, 503, ... ; 429 (Retry-After: 0) or 429-wait (Retry-After: 1)
               drop         the connection closes mid-response
               stall        a stream goes silent after two events
               break        a stream's connection closes after two events
               error-event  a stream sends an error event after two events
               not-sse      a JSON 200 answers a stream request
    x<times>   only the first N requests carrying this exact spec fail (503x2: retries succeed)
    @<tag>     any text, to give a test its own counter (503x2@test-42)
  Each injected fault is logged as one line on standard output.

examples:
  mistral-client serve
  mistral-client serve --port 0 --access-log --model my-local-model
  curl -H 'x-mistral-fault: 503x2' ...   # the first two requests fail, the third answers
"""


def parser() -> argparse.ArgumentParser:
    """The command line's parser."""
    main_parser = argparse.ArgumentParser(
        prog="mistral-client",
        description="mistral-client tools: a client for the Mistral AI API, and its test server.",
    )
    main_parser.add_argument("--version", action="version", version=f"mistral-client {__version__}")
    commands = main_parser.add_subparsers(dest="command", metavar="COMMAND")
    serve = commands.add_parser(
        "serve",
        help="run the embedded Mistral-compatible server (Ctrl-C stops it)",
        description="A Mistral-compatible HTTP server for offline development and tests:\n"
        "deterministic replies, requests validated against Mistral's spec, injected faults.",
        epilog=SERVE_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    serve.add_argument("--host", default="127.0.0.1", help="address to bind (default: loopback)")
    serve.add_argument("--port", type=int, default=8000, help="port (default: 8000; 0: any free)")
    serve.add_argument("--cassette", metavar="FILE",
                       help="replay the answers recorded in FILE (any operation)")  # fmt: skip
    serve.add_argument("--model", action="append", default=[], metavar="NAME",
                       help="accept and list this model id too (repeatable)")  # fmt: skip
    serve.add_argument("--api-key", action="append", metavar="KEY",
                       help="accept only this key (repeatable; default: any key)")  # fmt: skip
    serve.add_argument("--access-log", action="store_true",
                       help="print one line per request on standard output")  # fmt: skip
    return main_parser


def connect_hint(url: str, keys_given: bool) -> str:
    """What `serve` prints once it listens: where, and the environment a client needs."""
    key = "<one of the --api-key keys>" if keys_given else "<any>"
    return (
        f"mistral-client {__version__}: Mistral-compatible server on {url} (Ctrl-C stops it)\n"
        f"Connect a client with: MISTRAL_BASE_URL={url} MISTRAL_API_KEY={key}"
    )


def fail(message: str) -> int:
    """Print MESSAGE as the command's one-line error; the exit status of a usage error."""
    print(f"mistral-client: error: {message}", file=sys.stderr)
    return 2


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    args = parser().parse_args(argv)
    if args.command is None:
        parser().print_help()
        return 0
    try:
        from .server import serve as run
    except ImportError as exc:  # pragma: no cover - depends on the installed extras
        return fail(f"serve needs: pip install 'mistral-client[server]' ({exc})")
    if args.cassette and not Path(args.cassette).is_file():
        return fail(f"--cassette {args.cassette}: no such file")
    options = {
        "extra_models": args.model,
        "api_keys": frozenset(args.api_key) if args.api_key else None,
        "access_log": args.access_log,
        **({"cassette": args.cassette} if args.cassette else {}),
    }

    def ready(url: str) -> None:
        print(connect_hint(url, keys_given=bool(args.api_key)), flush=True)

    try:
        run(args.host, args.port, on_ready=ready, **options)
    except (OSError, ValueError) as exc:
        # A port in use, an unreadable or malformed cassette: one line, not a traceback.
        return fail(f"serve: {exc}")
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
