"""The ``threadmark`` command. Heavy imports (textual, the store) happen only where needed."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from tui.cli.args import (
    DEFAULT_MAX_TABS,
    OneLineParser,
    path_arg,
    port_number,
    positive_int,
    timeout_arg,
    url_arg,
)
from tui.cli.common import (
    _check_articles,
    _CliError,
    _err,
    _is_article_id,
    _one_line,
    _open_store,
    _print_report,
    _stored_article,
    _StoreWhenNeeded,
)
from tui.cli.team import cmd_agree, cmd_fetch, cmd_remote, cmd_serve, cmd_sync


def cmd_inspect(args: argparse.Namespace) -> int:
    """Print one parsed article: an outline, or the documented JSON shape."""
    from annotations.model.serialize import write_article_json, write_article_outline
    from annotations.sources.loader import InputError, load_article

    if Path(args.file).exists() or not _is_article_id(args.file):
        try:
            loaded = load_article(args.file)
        except InputError as e:
            _err(str(e))
            return 2
        for w in loaded.warnings:
            _err(f"warning: {w}")
        arts = loaded.articles
    else:  # an article id, as `suggest` takes
        with _open_store(args, readonly=True) as store:
            arts = [_stored_article(store, args.file)]
    if args.json:  # one article: its object; several (a Disqus export): a list of them
        def write(text: str) -> None:  # streamed: a deep thread's JSON is never held whole
            sys.stdout.write(_for_terminal(text, "json"))

        write("[\n" if len(arts) > 1 else "")
        for i, a in enumerate(arts):
            write(",\n" if i else "")
            write_article_json(a, write)
        write("\n]\n" if len(arts) > 1 else "\n")
    else:
        for i, a in enumerate(arts):  # streamed, as the JSON
            sys.stdout.write("\n\n" if i else "")
            write_article_outline(a, sys.stdout.write)
        sys.stdout.write("\n")
    return 0


def _for_terminal(text: str, fmt: str) -> str:
    """Output for stdout: JSON with terminal-active characters as escapes (same value);
    other text with control characters shown as symbols when stdout is a terminal."""
    if fmt in ("json", "jsonl", "w3c"):
        from annotations.util.terminal_json import terminal_safe_json

        return terminal_safe_json(text)
    if sys.stdout.isatty():
        from annotations.util.safe_text import visible

        return visible(text)
    return text


def cmd_check(args: argparse.Namespace) -> int:
    """Check every record of the store; with --repair keep every good line of a damaged one."""
    if args.repair:
        from annotations.store.file.repair import repair

        if args.read_only:
            raise _CliError("check --repair writes the store; --read-only refuses it")
        from annotations.settings import default_store_path

        report = repair(Path(args.store).expanduser() if args.store else default_store_path())
        for line in report.lines():
            print(line)
        return 0
    with _open_store(args, readonly=True) as store:
        problems = store.check()
        n_articles = len(store.articles(include_superseded=True))
        n_tags = len(store)
    from annotations.util.safe_text import visible

    for p in problems:
        print(visible(p))
    print(visible(f"{store.path}: {n_articles} article(s), {n_tags} valid tag(s), "
                  f"{len(problems)} problem(s)"))
    return 2 if problems else 0


def cmd_schema(args: argparse.Namespace) -> int:
    """Print the JSON Schema of one annotation, or of the JSON export document."""
    import json

    from annotations.model.models import annotation_json_schema, export_json_schema

    schema = export_json_schema() if args.export else annotation_json_schema()
    print(json.dumps(schema, indent=2, ensure_ascii=False))
    return 0


def cmd_export(args: argparse.Namespace) -> int:
    """Write tags in json, jsonl, w3c or csv to a file or stdout."""
    import gc

    from annotations.exchange.export import Selection, export_bytes

    # a short-lived process that builds every tag once: the cyclic GC would only re-scan
    # them (the command's choice; the core library never changes the collector for good)
    gc.disable()
    with _open_store(args, readonly=True) as store:
        _check_articles(store, args.article)
        sel = Selection(article_ids=args.article, kinds=args.kind, annotator=args.annotator)
        if args.with_articles and args.format != "json":
            raise _CliError("--with-articles goes with --format json")
        data = export_bytes(store, args.format, sel, with_articles=args.with_articles)
        n = len(store.problems)
    if args.output and args.output != "-":
        from annotations.exchange.output import write_output

        out = write_output(args.output, data, force=args.force)
        print(f"wrote {out} ({args.format}, {len(data):,} bytes)", file=sys.stderr)
    else:
        sys.stdout.write(_for_terminal(data.decode(), args.format))
    if n:
        _err(f"warning: {n} bad record(s) in the store were not exported")
    return 0


def cmd_import_annotations(args: argparse.Namespace) -> int:
    """Merge exported tags (json, jsonl, w3c) into the store and print a summary."""
    from annotations.exchange.importer import ImportFileError, import_files
    from tui.cli.import_hints import hints, refuse_csv

    paths = [Path(f) for f in args.files]
    refuse_csv(paths)
    with _open_store(args) as store:
        try:
            report = import_files(store, paths)
        except ImportFileError as e:
            raise _CliError(f"{e} (nothing imported)") from None
    _print_report(report)
    lines, code = hints(report)
    for line in lines:
        _err(line)
    return code


def cmd_import(args: argparse.Namespace) -> int:
    """Add article files or whole folders to the store, without opening the UI (the app's
    path: ``annotations.sources.adding.add_file``, its messages and its error policy)."""
    from annotations.sources.adding import add_file
    from annotations.sources.input_files import article_files

    files = article_files(args.paths)
    added = known = bad = 0
    readonly = bool(getattr(args, "read_only", False))
    with _StoreWhenNeeded(args) as needed:  # every file bad: no empty store left behind
        progress = None
        if len(files) > 5 and sys.stderr.isatty():
            from rich.progress import Progress

            progress = Progress(transient=True)
            progress.start()
            task = progress.add_task("importing", total=len(files))
        kept = None  # the comparison's derived data of the files: written once, at the end
        try:
            for f in files:
                store = needed.opened  # opened: files added before are not parsed again
                if store is not None and kept is None:
                    from annotations.compare.derived import DerivedData

                    kept = DerivedData(store.path, writable=not readonly)
                one = add_file(store if store is not None else needed.get, Path(f), readonly,
                               keep=False,  # each thread let go of once stored
                               derive=kept if kept is not None else True)
                for severity, text in one.messages:
                    _err(f"warning: {text}" if severity == "warning" else text)
                added += one.new
                known += one.known
                bad += one.failed
                if progress is not None:
                    progress.advance(task)
        finally:  # the summary ends the output whatever stopped the import
            if kept is not None:
                kept.save()
            if progress is not None:
                progress.stop()
            print(f"added {added}, already there {known}, failed {bad}")
    return 2 if bad else 0  # some files were not imported: a script must be able to tell


def _run_tui(args: argparse.Namespace, open_paths: Sequence[str] = ()) -> int:
    from tui.startup import pause_collector

    pause_collector()  # until the first frame is out (tui/startup.py)
    from tui.app import ThreadmarkApp

    app = ThreadmarkApp(store_path=args.store, open_paths=list(open_paths),
                        annotator=getattr(args, "as_annotator", None),
                        readonly=getattr(args, "read_only", False),
                        served_tab=getattr(args, "served_tab", False))
    app.run()
    return app.return_code or 0


def cmd_open(args: argparse.Namespace) -> int:
    """Add one or two article files to the store and open them (two: side by side)."""
    return _run_tui(args, args.files)



def _closed_pipe() -> int:
    """The reader of stdout went away: point stdout at /dev/null so the interpreter's last
    flush cannot fail too, and exit with the status of a process ended by SIGPIPE."""
    import os
    import signal

    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, sys.stdout.fileno())
    os.close(devnull)
    return 128 + signal.SIGPIPE


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of every sub-command."""
    p = OneLineParser(
        prog="threadmark",
        description="Read articles beside their comment threads; tag quotes, stances, claims.",
    )
    # the global options, accepted after the sub-command too (there they override)
    common = OneLineParser(add_help=False)
    common.add_argument("--store", metavar="PATH", default=argparse.SUPPRESS, type=path_arg,
                        help="the store file (default: $THREADMARK_STORE or the user data dir)")
    common.add_argument("--read-only", action="store_true", default=argparse.SUPPRESS,
                        help="open the store read-only")
    store_only = common  # export's --annotator filters: it takes only these two
    common = OneLineParser(add_help=False, parents=[store_only])
    common.add_argument("--annotator", dest="as_annotator", metavar="NAME",
                        default=argparse.SUPPRESS, help="your name on the tags you make")
    p.add_argument("--store", metavar="PATH", default=None, type=path_arg,
                   help="the store file (default: $THREADMARK_STORE or the user data dir)")
    p.add_argument("--annotator", dest="as_annotator", metavar="NAME", default=None,
                   help="your name on the tags you make (default: $THREADMARK_ANNOTATOR, "
                   "then settings)")
    p.add_argument("--read-only", action="store_true",
                   help="open the store read-only (e.g. while another threadmark has it)")
    p.add_argument("--served-tab", action="store_true", help=argparse.SUPPRESS)
    sub = p.add_subparsers(dest="command", metavar="COMMAND")
    sp = sub.add_parser("open", parents=[common], help="open one or two article files")
    sp.add_argument("files", nargs="+", metavar="FILE", type=path_arg,
                    help="one file, or two to compare")
    sp.set_defaults(func=cmd_open)

    sp = sub.add_parser("serve", parents=[common],
                        help="serve the app to web browsers (textual-serve)")
    sp.add_argument("--host", default="127.0.0.1", help="address to bind (default 127.0.0.1)")
    sp.add_argument("--port", type=port_number, default=8000, help="port (default 8000)")
    sp.add_argument("--max-tabs", type=positive_int, default=DEFAULT_MAX_TABS, metavar="N",
                    help="browser tabs (app processes) served at once "
                         f"(default {DEFAULT_MAX_TABS})")
    sp.add_argument("--public", action="store_true",
                    help="allow a non-local --host (no authentication: prefer an SSH tunnel)")
    sp.set_defaults(func=cmd_serve)

    sp = sub.add_parser("inspect", parents=[common],
                        help="print a parsed article (outline, or --json)")
    sp.add_argument("file", metavar="FILE|ID", type=path_arg,
                    help="article file (.txt in the outlets' form, or .json), or a stored "
                         "article's id")
    sp.add_argument("--json", action="store_true", help="print the JSON shape")
    sp.set_defaults(func=cmd_inspect)
    sp = sub.add_parser("schema", parents=[common], help="print the JSON Schema of an annotation")
    sp.add_argument("--export", action="store_true",
                    help="the schema of the whole json export document instead")
    sp.set_defaults(func=cmd_schema)

    sp = sub.add_parser("export", parents=[store_only], help="export tags (json, jsonl, w3c, csv)")
    sp.add_argument("--article", action="append", metavar="ID", help="only this article")
    sp.add_argument("--kind", action="append", choices=["quote", "stance", "claim"])
    sp.add_argument("--annotator", dest="annotator", default=None, help="only this annotator")
    sp.add_argument("--format", default="json", choices=["json", "jsonl", "w3c", "csv"])
    sp.add_argument("-o", "--output", metavar="FILE", help="write here (default: stdout)")
    sp.add_argument("--force", action="store_true", help="replace an existing output file")
    sp.add_argument("--with-articles", action="store_true",
                    help="json: carry the articles' text, so an import restores everything")
    sp.set_defaults(func=cmd_export)

    sp = sub.add_parser("check", parents=[common],
                        help="validate every record; --repair a damaged store")
    sp.add_argument("--repair", action="store_true",
                    help="keep every good line of a damaged store (after a backup)")
    sp.set_defaults(func=cmd_check)

    sp = sub.add_parser("remote", parents=[common], help="the git remote the store syncs through")
    rsub = sp.add_subparsers(dest="action", metavar="ACTION", required=True)
    rs = rsub.add_parser("set", parents=[common], help="set the remote (any git URL or a path)")
    rs.add_argument("url", metavar="URL")
    rsub.add_parser("show", parents=[common], help="print the remote")
    ri = rsub.add_parser("init", help="make a new bare team repository at PATH")
    ri.add_argument("path", metavar="PATH")
    sp.set_defaults(func=cmd_remote)

    sp = sub.add_parser("sync", parents=[common],
                        help="pull the team's tags and push yours through the git remote")
    sp.add_argument("--take-over", metavar="NAME", default=None,
                    help="sync as NAME, moving the name to this store from another one")
    sp.set_defaults(func=cmd_sync)

    sp = sub.add_parser("agree", parents=[common],
                        help="agreement of several annotators (F1, Cohen, Fleiss, Krippendorff)")
    sp.add_argument("--article", action="append", metavar="ID", help="only this article")
    sp.add_argument("--kind", action="append", choices=["quote", "stance", "claim"])
    sp.add_argument("--annotators", metavar="A,B,...", help="these annotators (default: all)")
    sp.add_argument("--threshold", type=float, default=0.5,
                    help="overlap (of the union) that makes two spans one unit (default 0.5)")
    sp.add_argument("--exact", action="store_true", help="match spans by exact offsets only")
    sp.add_argument("--include-curated", action="store_true",
                    help="count the review screen's curated layer as an annotator too")
    out = sp.add_mutually_exclusive_group()
    out.add_argument("--json", action="store_true", help="print JSON")
    out.add_argument("--csv", action="store_true", help="print CSV rows")
    sp.set_defaults(func=cmd_agree)

    sp = sub.add_parser("import-annotations", parents=[common],
                        help="merge exported tags (json, jsonl, w3c) into the store")
    sp.add_argument("files", nargs="+", metavar="FILE", type=path_arg)
    sp.set_defaults(func=cmd_import_annotations)

    sp = sub.add_parser("fetch", parents=[common],
                        help="download news pages, Reddit or Hacker News threads and import them")
    sp.add_argument("urls", nargs="+", metavar="URL", type=url_arg)
    sp.add_argument("--timeout", type=timeout_arg, default=20.0, metavar="S",
                    help="give up on a download after S seconds in all (default 20)")
    sp.add_argument("--force", action="store_true",
                    help="download again even when the same URL was saved a moment ago")
    sp.set_defaults(func=cmd_fetch)

    sp = sub.add_parser("import", parents=[common], help="add article files or folders")
    sp.add_argument("paths", nargs="+", metavar="PATH", type=path_arg)
    sp.set_defaults(func=cmd_import)

    from tui.cli.suggest import add_parser as add_suggest

    add_suggest(sub, common)
    from tui.cli.compare import add_parsers as add_compare

    add_compare(sub, common, store_only)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``threadmark`` console script."""
    parser = build_parser()
    args = parser.parse_args(argv)
    from annotations.errors import ThreadmarkError

    if args.command is None:
        args.func = _run_tui
    try:
        code = args.func(args)
        sys.stdout.flush()  # a closed pipe shows here, not at interpreter exit
        return code
    except BrokenPipeError:  # `threadmark ... | head`: stop quietly, as cat and grep do
        return _closed_pipe()
    except (_CliError, ThreadmarkError) as e:  # one line, exit status 2
        _err(_one_line(str(e)))
        return 2
    except OSError as e:  # the disk or the system refused: still one line
        where = f"{e.filename}: " if e.filename else ""
        _err(_one_line(f"{where}{e.strerror or e}"))
        return 2
    except KeyboardInterrupt:
        return 130

