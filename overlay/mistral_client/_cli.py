"""The `mistral-client` command: `mistral-client serve [--host H] [--port N] [--cassette FILE]`."""

from __future__ import annotations

import argparse
import sys


def main(argv: list[str] | None = None) -> int:
    """Run the command line; returns the exit status."""
    parser = argparse.ArgumentParser(prog="mistral-client", description="mistral-client tools")
    commands = parser.add_subparsers(dest="command", required=True)
    serve = commands.add_parser(
        "serve",
        help="run the embedded Mistral-compatible server (Ctrl-C stops it)",
        description="A Mistral-compatible HTTP server for offline development and tests.",
    )
    serve.add_argument("--host", default="127.0.0.1", help="address to bind (default: loopback)")
    serve.add_argument("--port", type=int, default=8000, help="port (default: 8000)")
    serve.add_argument("--cassette", help="serve the recorded responses of this cassette file")
    args = parser.parse_args(argv)
    try:
        from .server import serve as run
    except ImportError as exc:  # pragma: no cover - depends on the installed extras
        print(f"mistral-client serve needs: pip install 'mistral-client[server]' ({exc})")
        return 2
    options = {"cassette": args.cassette} if args.cassette else {}
    run(args.host, args.port, **options)
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
