"""Command line: `safetoshare serve` starts the local server; `safetoshare check` checks files.

Exit codes of `check`: 0 nothing found, 1 findings, 2 error.
"""
from __future__ import annotations

import argparse
import logging
import signal
import socket
import sys

from . import __version__
from .cli_contact import add_contact_parser, contact_command


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="safetoshare", description="Find what could identify a donor or recipient before you send or post.")
    parser.add_argument("--version", action="version", version=f"safetoshare {__version__}")
    sub = parser.add_subparsers(dest="command", required=True)

    serve = sub.add_parser("serve", help="start the local server (127.0.0.1:8337)")
    serve.add_argument("--port", type=int, default=None, help="port (default 8337, or SAFETOSHARE_PORT)")
    serve.add_argument("--host", default=None, help="address to bind (default 127.0.0.1; anything else is exposed to your network)")
    serve.add_argument("--model", default=None, help="spaCy model package to load (default: best installed English model)")

    check = sub.add_parser("check", help="check text, Markdown, HTML files, pictures or folders (- reads standard input)")
    check.add_argument("paths", nargs="+", metavar="PATH",
                       help="a file (.txt, .md, .html, or a picture), a folder (read recursively), or - for standard input")
    check.add_argument("--profile", default=None, help="registry profile (default nmdp-letter); see `safetoshare profiles`")
    check.add_argument("--format", choices=("text", "json", "html"), default="text",
                       help="text (default), json (findings per file) or html (the report, on standard output)")
    check.add_argument("--report", default=None, metavar="FILE", help="also write a self-contained HTML report to FILE")
    check.add_argument("--jobs", "-j", type=int, default=None, metavar="N", help="processes for large batches (default: all cores)")
    check.add_argument("--progress", dest="progress", action="store_true", default=None, help="show a progress bar on standard error (default: only on a terminal)")
    check.add_argument("--no-progress", dest="progress", action="store_false", help="never show a progress bar")
    check.add_argument("--watch", action="append", default=[], metavar="WORDS", help="your own name, family, town or employer to watch for (repeatable)")
    check.add_argument("--allow", action="append", default=[], metavar="WORDS", help="words to let through (repeatable)")
    check.add_argument("--color", choices=("auto", "always", "never"), default="auto",
                       help="highlight findings in colour: auto (default, only on a terminal), always or never")

    add_contact_parser(sub)

    sub.add_parser("profiles", help="list the registry profiles")

    autostart = sub.add_parser("autostart", help="start the checker when you log in (status exits 0 when enabled, 1 when not)")
    autostart.add_argument("action", choices=("enable", "disable", "status"))

    args = parser.parse_args(argv)
    if args.command == "serve":
        return serve_command(args)
    if args.command == "contact":
        return contact_command(args)
    if args.command == "check":
        from .batch import check_command

        return check_command(args)
    if args.command == "autostart":
        from .autostart import autostart_command

        return autostart_command(args.action)
    if args.command == "profiles":
        from .ruleset import load_rules

        for p in load_rules().profiles.values():
            print(f"{p.id:24} {p.channel:7} {p.title}{'  (default)' if p.default else ''}")
        return 0
    return 2


def port_is_free(host: str, port: int) -> bool:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    with socket.socket(family, socket.SOCK_STREAM) as s:
        # as the server itself binds: connections of a stopped server in TIME_WAIT don't count
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            s.bind((host, port))
        except OSError:
            return False
    return True


def _bound(server):
    """(host, port) of each socket waitress listens on (one server or a multi-socket server)."""
    servers = getattr(server, "effective_listen", None)
    if servers:
        return [(h if ":" not in h else f"[{h}]", p) for h, p in servers]
    return [(server.effective_host, server.effective_port)]


def serve_command(args) -> int:
    from waitress import create_server

    from .app import create_app
    from .config import Settings

    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(levelname)s %(message)s")
    settings = Settings.from_env()
    if args.port is not None:
        settings.port = args.port
    if args.host is not None:
        settings.host = args.host
    if args.model:
        settings.model = args.model
    loopback = settings.host in ("127.0.0.1", "localhost", "::1")
    if not loopback:
        print(f"WARNING: binding {settings.host} exposes your drafts' checker to other machines on the network.", file=sys.stderr)
    if settings.port and not port_is_free(settings.host, settings.port):
        print(f"error: port {settings.port} on {settings.host} is already in use (is Safe to Share already running?). "
              f"Stop the other program or choose another port with --port.", file=sys.stderr)
        return 2
    app = create_app(settings)
    if not loopback:
        app.config["SAFETOSHARE_ANY_HOST"] = True
    # waitress reads whole requests before a worker thread sees them, so a slow client ties up
    # no worker; a few threads suit a two-core laptop (spaCy work is serialised anyway).
    listen = [f"{settings.host}:{settings.port}" if ":" not in settings.host else f"[{settings.host}]:{settings.port}"]
    if settings.host == "127.0.0.1" and settings.port and port_is_free("::1", settings.port):
        listen.append(f"[::1]:{settings.port}")  # "localhost" may resolve to IPv6 loopback first
    server = create_server(app, listen=" ".join(listen), threads=settings.threads,
                           channel_timeout=max(1, int(settings.request_timeout_s)),
                           # above the app's own limit, so that the app answers oversize with its JSON 413
                           max_request_body_size=app.config["MAX_CONTENT_LENGTH"] + 1_048_576,
                           ident="safetoshare")
    addresses = ", ".join(f"http://{host}:{port}" for host, port in _bound(server))
    print(f"Safe to Share {__version__} listening on {addresses} (Ctrl+C to stop)", flush=True)

    def _stop(signum, frame):
        print("Safe to Share stopping.", file=sys.stderr, flush=True)
        server.close()
        raise SystemExit(0)

    signal.signal(signal.SIGTERM, _stop)
    signal.signal(signal.SIGINT, _stop)
    try:
        server.run()
    except SystemExit:
        pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
