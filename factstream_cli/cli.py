"""The `factstream` command line. Heavy imports (faust, kafka) happen inside the commands that need them."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Iterator, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

import orjson

from factstream.settings import Settings
from factstream_cli.inputs import (
    InputError,
    decode_text,
    looks_like_jsonl,
    numbered_lines,
    read_input,
    undated_window,
    utf8_problem,
    window_of,
    with_undated_window,
)
from factstream_cli.kafka_access import KafkaAccessError


def _settings(args: argparse.Namespace) -> Settings:
    overrides: dict[str, Any] = {}
    if getattr(args, "reference", None):
        overrides["reference"] = [Path(p) for p in args.reference]
    if getattr(args, "replace_reference", False):
        overrides["replace_reference"] = True
    if getattr(args, "brokers", None):
        overrides["brokers"] = args.brokers
    settings = Settings(**overrides)
    return settings


def _kafka_settings(args: argparse.Namespace) -> Settings:
    """Settings for a command that talks to Kafka: with TLS or SASL configured, one connection is tried first so a
    wrong password or an untrusted CA is one line naming it (KafkaAccessError), before anything is written."""
    from factstream_cli.kafka_access import check_kafka_access

    settings = _settings(args)
    check_kafka_access(settings)
    return settings


def _load_tables(settings: Settings):  # -> checkers.ReferenceTables
    import checkers

    if not settings.reference and not settings.replace_reference:
        return checkers.load_default_tables()
    return checkers.ReferenceTables.load(settings.reference, include_default=not settings.replace_reference)


def _parse_date(text: str | None) -> datetime | None:
    if not text:
        return None
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        try:
            day = date.fromisoformat(text)
        except ValueError:
            raise SystemExit(f"factstream: not an ISO 8601 date: {text!r}") from None
        return datetime(day.year, day.month, day.day)


def _dump(obj: Any) -> bytes:
    return orjson.dumps(obj, option=orjson.OPT_NON_STR_KEYS)


# --------------------------------------------------------------------------------------------- extract
def _extract_line(line: bytes, number: int, args: argparse.Namespace, lang: str | None) -> dict[str, Any]:
    """One output record of `extract --jsonl`: the claims of one input line, or that line's error."""
    import claims
    from factstream.countries import article_country

    record_id: Any = None
    try:
        problem = utf8_problem(line)
        if problem is not None:
            raise ValueError(problem)
        record = orjson.loads(line)
        if not isinstance(record, dict):
            raise ValueError("each line must be a JSON object")
        record_id = record.get("id")
        record = with_undated_window(record, None if args.published_at else args.undated_window)
        window = window_of(record.get("published_window"))
        text = record.get("text", record.get("body"))
        if not isinstance(text, str):
            raise ValueError("missing string field 'text' (or 'body')")
        found = claims.extract(
            text,
            lang=record.get("lang") or lang,
            published_at=record.get("published_at") or args.published_at,
            article_id=str(record_id) if record_id is not None else None,
            country=article_country(record.get("country"), record.get("source"), record.get("url")),  # as an Article
            headline=claims.headline_text(record.get("title"), record.get("url")),
        )
        result: dict[str, Any] = {"id": record_id, "claims": [c.model_dump(mode="json") for c in found]}
        if window is not None:
            result["published_window"] = window  # for whatever checks the claims next
        return result
    except (ValueError, orjson.JSONDecodeError) as exc:
        return {"id": record_id, "line": number, "error": str(exc)}


def cmd_extract(args: argparse.Namespace) -> int:
    import claims

    lang = None if args.lang in (None, "auto") else args.lang
    out = sys.stdout.buffer
    if args.jsonl:
        failures = seen = 0
        for number, line in enumerate(sys.stdin.buffer, start=1):
            if not line.strip():
                continue
            seen += 1
            result = _extract_line(line.removeprefix(b"\xef\xbb\xbf") if number == 1 else line, number, args, lang)
            failures += "error" in result
            out.write(_dump(result) + b"\n")
        out.flush()
        if not seen:
            raise InputError("stdin is empty (no JSON lines)")
        return 1 if failures else 0
    data, name = read_input("-")
    text = decode_text(data, name)
    try:
        found = claims.extract(text, lang=lang, published_at=args.published_at)
    except ValueError as exc:
        raise InputError(str(exc)) from None
    out.write(orjson.dumps([c.model_dump(mode="json") for c in found], option=orjson.OPT_INDENT_2))
    out.write(b"\n")
    return 0


# ----------------------------------------------------------------------------------------------- check
def _find_feed_metadata(path: Path, text: str) -> dict[str, Any]:
    """The record of a JSONL file beside `path` whose body is this text (the seed folder has such a pair)."""
    if not path.parent.is_dir():
        return {}
    for sibling in sorted(path.parent.glob("*.jsonl")):
        try:
            for line in sibling.read_bytes().splitlines():
                record = orjson.loads(line) if line.strip() else None
                if isinstance(record, dict) and str(record.get("body", "")).strip() == text.strip():
                    print(f"(metadata from {sibling.name}: id {record.get('id')}, published_at "
                          f"{record.get('published_at')})", file=sys.stderr)
                    return record
        except (OSError, orjson.JSONDecodeError):
            continue
    return {}


def _article_from_text_file(path: Path, text: str, args: argparse.Namespace) -> Any:
    """A plain text file is one article. Its metadata comes from the options, or from a feed record with the
    same body in a JSONL file beside it (as the seed folder has), which is said on stderr."""
    from factstream.models import Article

    published_at = _parse_date(args.published_at)
    meta = _find_feed_metadata(path, text) if published_at is None else {}
    return Article(
        id=str(meta.get("id") or path.stem),
        url=meta.get("url"),
        source=meta.get("source"),
        lang=args.lang if args.lang not in (None, "auto") else meta.get("lang"),
        published_at=published_at or meta.get("published_at"),
        title=meta.get("title"),
        country=meta.get("country"),
        published_window=meta.get("published_window")
        or (None if published_at or meta.get("published_at") else args.undated_window),
        body=text,
    )


def _article_from_line(line: bytes, args: argparse.Namespace) -> Any:
    """The Article of one JSONL line, or the ArticleError saying why the line is none."""
    from factstream.articles import ArticleError, article_from_mapping

    problem = utf8_problem(line)
    if problem is not None:
        return ArticleError(problem)
    try:
        record = orjson.loads(line)
    except orjson.JSONDecodeError as exc:
        return ArticleError(f"not JSON: {exc}")
    if isinstance(record, dict):
        if args.lang not in (None, "auto") and not record.get("lang"):
            record["lang"] = args.lang
        if args.published_at and not record.get("published_at"):
            record["published_at"] = args.published_at
        record = with_undated_window(record, args.undated_window)
    try:
        return article_from_mapping(record)
    except ArticleError as exc:
        return exc


def _read_articles(args: argparse.Namespace) -> Iterator[tuple[int, Any]]:
    """(line number, Article or ArticleError) for every record of the input; a bad line is that line's error."""
    data, name = read_input(args.file)
    if args.jsonl or looks_like_jsonl(data):
        for number, line in numbered_lines(data):
            yield number, _article_from_line(line, args)
        return
    path = Path(name) if args.file not in (None, "-") else Path("stdin")
    yield 1, _article_from_text_file(path, decode_text(data, name), args)


def _check_jsonl(args: argparse.Namespace, tables: Any) -> int:
    from factstream.articles import ArticleError
    from factstream_cli.pipeline import check_article

    out = sys.stdout.buffer
    failures = 0
    for number, article in _read_articles(args):
        if isinstance(article, ArticleError):
            failures += 1
            out.write(_dump({"id": None, "line": number, "error": str(article)}) + b"\n")
            continue
        try:
            verdicts = check_article(article, tables)
            out.write(_dump({"id": article.id, "verdicts": [v.model_dump(mode="json") for v in verdicts]}))
        except ValueError as exc:
            failures += 1
            out.write(_dump({"id": article.id, "line": number, "error": str(exc)}))
        out.write(b"\n")
    out.flush()
    return 1 if failures else 0


def cmd_check(args: argparse.Namespace) -> int:
    from factstream.articles import ArticleError
    from factstream_cli.pipeline import check_article

    tables = _load_tables(_settings(args))
    if args.jsonl:
        return _check_jsonl(args, tables)
    failures = 0
    results = []
    for number, article in _read_articles(args):
        if isinstance(article, ArticleError):
            failures += 1
            print(f"line {number}: {article}", file=sys.stderr)
            continue
        try:
            results.append((article, check_article(article, tables)))
        except ValueError as exc:
            failures += 1
            print(f"{article.id}: {exc}", file=sys.stderr)
    if args.json:
        document = {
            "articles": [
                {"id": article.id, "verdicts": [v.model_dump(mode="json") for v in verdicts]}
                for article, verdicts in results
            ]
        }
        sys.stdout.buffer.write(orjson.dumps(document, option=orjson.OPT_INDENT_2) + b"\n")
    else:
        from factstream_cli.verdict_table import print_verdict_tables

        print_verdict_tables(results)
    return 1 if failures else 0


# ------------------------------------------------------------------------------------------------ feed
def cmd_feed(args: argparse.Namespace) -> int:
    from factstream_cli.feed import feed

    return feed(args.source, _kafka_settings(args), topic=args.topic, quiet=args.quiet)


# --------------------------------------------------------------------------------------------- worker
def cmd_worker(args: argparse.Namespace) -> int:
    settings = _kafka_settings(args)  # before Faust is imported: a refused connection is one line, not a retry loop
    from streams.app import run_worker

    if args.web_port:
        settings = settings.model_copy(update={"web_port": args.web_port})
    run_worker(settings, loglevel=args.loglevel)
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from factstream_cli.demo import run_demo

    return run_demo(args)


def cmd_broker(args: argparse.Namespace) -> int:
    from factstream_cli.localbroker import broker_command

    data_dir = Path(args.data_dir) if args.data_dir else None
    return broker_command(args.action, data_dir, port=args.port, security=args.security)


def cmd_topology(args: argparse.Namespace) -> int:
    from streams.topology import describe

    print(describe(_settings(args).topic_prefix))
    return 0


def cmd_reference(args: argparse.Namespace) -> int:
    import checkers
    from checkers.series import validate_paths  # series packs too; other packs go to checkers.validate_paths

    if args.action == "import":
        from factstream_cli.reference_import import run

        return run(args)
    paths = [Path(p) for p in args.paths]
    problems = validate_paths(paths, publishing=args.action == "load")
    for problem in problems:
        print(str(problem), file=sys.stderr)
    if args.action == "validate":
        if not problems:
            print(f"ok: {len(paths)} path(s), no problems")
        return 1 if problems else 0
    if problems:
        print("nothing loaded: fix the problems above first", file=sys.stderr)
        return 1
    from factstream_cli.kafka_tools import publish_reference

    count = publish_reference(_kafka_settings(args), checkers.records_from_paths(paths))
    print(f"published {count} reference rows")
    return 0


def cmd_deadletter(args: argparse.Namespace) -> int:
    from factstream_cli import kafka_tools

    return kafka_tools.deadletter_command(_kafka_settings(args), args)


def cmd_export(args: argparse.Namespace) -> int:
    from factstream_cli import kafka_tools

    return kafka_tools.export_claimreview(_kafka_settings(args), args.output)


# ------------------------------------------------------------------------------------------------ main
class _Parser(argparse.ArgumentParser):
    """An argument parser whose errors are one line naming the problem (not the whole usage block)."""

    def error(self, message: str) -> Any:
        self.exit(2, f"{self.prog}: {message} (see `{self.prog} --help`)\n")


def _add_article_options(p: argparse.ArgumentParser) -> None:
    """What `extract` and `check` both know of their articles: the language and the window of undated ones."""
    p.add_argument("--lang", choices=["ar", "en", "auto"], default="auto")
    p.add_argument("--undated-window", type=undated_window, metavar="START/END",
                   help="the days an article with neither published_at nor published_window may have appeared "
                        "(an archive whose dates were lost, e.g. 2004-01-01/2005-12-31)")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="factstream", description=__doc__)
    parser.add_argument("--debug", action="store_true", help="show the Python traceback of an unexpected error")
    parser.add_argument("--brokers", help="Kafka bootstrap servers (default: FACTSTREAM_BROKERS or 127.0.0.1:9092)")
    sub = parser.add_subparsers(dest="command", required=True)

    def add_reference_options(p: argparse.ArgumentParser) -> None:
        p.add_argument("--reference", action="append", metavar="PATH", help="add a reference pack (repeatable)")
        p.add_argument("--replace-reference", action="store_true", help="use only the --reference packs")

    p = sub.add_parser("extract", help="print the numeric claims of text on stdin as JSON")
    p.add_argument("--published-at", help="ISO date weekdays and relative dates resolve against")
    p.add_argument("--jsonl", action="store_true", help='stdin is JSON lines {"id","text","lang"?,"published_at"?,'
                   '"country"?,"published_window"?}')
    _add_article_options(p)
    p.set_defaults(func=cmd_extract)

    p = sub.add_parser("check", help="extract and check claims with no broker")
    p.add_argument("file", nargs="?", default="-", help="text file, JSONL articles, or - for stdin")
    p.add_argument("--published-at", help="ISO date of publication (for a plain text file)")
    group = p.add_mutually_exclusive_group()
    group.add_argument("--json", action="store_true", help="one JSON document")
    group.add_argument("--jsonl", action="store_true", help='JSON lines in, {"id","verdicts"} lines out')
    _add_article_options(p)
    add_reference_options(p)
    p.set_defaults(func=cmd_check)

    p = sub.add_parser("feed", help="publish articles from JSONL, RSS/Atom (file or URL) or stdin")
    p.add_argument("source", help="PATH, URL or -")
    p.add_argument("--topic", help="topic name without prefix (default: articles)", default="articles")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    p.set_defaults(func=cmd_feed)

    p = sub.add_parser("worker", help="run the Faust worker with every agent")
    p.add_argument("--loglevel", "-l", default="info", choices=["debug", "info", "warn", "error"])
    p.add_argument("--web-port", type=int)
    add_reference_options(p)
    p.set_defaults(func=cmd_worker)

    p = sub.add_parser("demo", help="start a local broker and a worker, feed the seed article, show alerts")
    p.add_argument("--corpus", default=None,
                   help="folder of real articles (default: $FACTSTREAM_CORPUS_DIR, else ../shared/corpus)")
    p.add_argument("--corpus-limit", type=int, default=200, help="real articles to feed besides the seed")
    p.add_argument("--keep-running", action="store_true", help="leave broker and worker running at the end")
    p.add_argument("--timeout", type=float, default=180.0)
    p.set_defaults(func=cmd_demo)

    p = sub.add_parser("broker", help="the local Kafka broker for development and tests")
    p.add_argument("action", choices=["start", "stop", "status"])
    p.add_argument("--data-dir")
    p.add_argument("--port", type=int, default=9092)
    p.add_argument("--security", choices=["plaintext", "sasl_ssl", "ssl"], default="plaintext",
                   help="sasl_ssl: SCRAM-SHA-512 over TLS with a private CA; ssl: TLS with client certificates; "
                        "both write DATA_DIR/client.env with the client settings")
    p.set_defaults(func=cmd_broker)

    p = sub.add_parser("topology", help="print every topic with who writes and reads it")
    p.set_defaults(func=cmd_topology)

    p = sub.add_parser("reference", help="validate, load or import reference packs")
    p.add_argument("action", choices=["validate", "load", "import"])
    p.add_argument("paths", nargs="+", help="packs; for import: wdi|eia|gold|ecb then the upstream files")
    from factstream_cli.reference_import import add_import_options

    add_import_options(p)
    p.set_defaults(func=cmd_reference)

    p = sub.add_parser("deadletter", help="inspect and replay dead letters")
    p.add_argument("action", choices=["list", "show", "replay"])
    p.add_argument("ids", nargs="*", help="partition:offset of dead letters (show/replay; replay: default all)")
    p.add_argument("--stage", help="only dead letters of this stage")
    p.set_defaults(func=cmd_deadletter)

    p = sub.add_parser("export", help="export reviewed alerts")
    p.add_argument("format", choices=["claimreview"])
    p.add_argument("--output", "-o", default="-")
    p.set_defaults(func=cmd_export)
    _accept_debug_after_the_command(sub)
    return parser


def _accept_debug_after_the_command(sub: Any) -> None:
    """`--debug` also after the sub-command (`factstream check --debug x`); SUPPRESS keeps a flag given before it."""
    for command in sub.choices.values():
        command.add_argument("--debug", action="store_true", default=argparse.SUPPRESS, help=argparse.SUPPRESS)


def main(argv: Sequence[str] | None = None) -> int:
    import warnings

    warnings.filterwarnings("ignore", category=DeprecationWarning)
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
    except InputError as exc:
        print(f"factstream {args.command}: {exc}", file=sys.stderr)
        return 2
    except KafkaAccessError as exc:
        print(f"factstream {args.command}: {exc}", file=sys.stderr)
        return 1
    except Exception as exc:
        if args.debug:
            raise
        print(f"factstream {args.command}: {describe_error(exc)} (run with --debug for the traceback)", file=sys.stderr)
        return 1


def describe_error(exc: BaseException) -> str:
    """One line for an unexpected error: what the user can act on, not a traceback."""
    if isinstance(exc, FileNotFoundError) and exc.filename:
        return f"no such file: {exc.filename}"
    if isinstance(exc, PermissionError) and exc.filename:
        return f"cannot read {exc.filename}: permission denied"
    if isinstance(exc, OSError) and exc.filename:
        return f"{exc.filename}: {exc.strerror or exc}"
    errors = getattr(exc, "errors", None)
    if callable(errors) and type(exc).__name__ == "ValidationError":  # pydantic: the first field and why
        first = errors()[0] if errors() else {}
        where = ".".join(str(part) for part in first.get("loc", ())) or type(exc).__name__
        return f"invalid {getattr(exc, 'title', 'value')} field {where}: {first.get('msg', exc)}"
    lines = [line.strip() for line in str(exc).strip().splitlines() if line.strip()]
    first_line = lines[0] if lines else ""
    if first_line.endswith(":") and len(lines) > 1:  # "3 problem(s) in reference data:" names none: add the first
        first_line += f" {lines[1]}" + (f" (and {len(lines) - 2} more)" if len(lines) > 2 else "")
    return f"{type(exc).__name__}: {first_line}" if first_line else type(exc).__name__


if __name__ == "__main__":
    sys.exit(main())
