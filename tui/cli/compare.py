"""``threadmark story``, ``threadmark outlet`` and ``threadmark compare`` (issue #24)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from tui.cli.common import _CliError, _open_store


def _safe(text: str) -> str:
    from annotations.util.safe_text import visible

    return visible(text)


def cmd_story(args: argparse.Namespace) -> int:
    """Add articles to a story, list the stories, or remove one (or some of its articles)."""
    from annotations.compare import registry

    if args.action == "list":
        with _open_store(args, readonly=True) as store:
            reg = registry.read(store)
            titles = {s.id: s.title for s in store.article_summaries()}
        for p in reg.problems:
            print(_safe(f"problem: {p}"), file=sys.stderr)
        for name, ids in reg.stories.items():
            print(_safe(f"{name}\t{len(ids)} article(s)"))
            for aid in ids:
                print(_safe(f"  {aid}  {titles.get(aid, '(not in the store)')}"))
        return 0
    with _open_store(args) as store:
        if args.action == "add":
            if not args.ids:
                raise _CliError("story add: give at least one article id")
            members = registry.add_to_story(store, args.name, args.ids)
            print(_safe(f"story {args.name}: {len(members)} article(s)"))
        else:
            registry.remove_story(store, args.name, args.ids)
            print(_safe(f"story {args.name}: " +
                        ("articles removed" if args.ids else "removed")))
    return 0


def cmd_outlet(args: argparse.Namespace) -> int:
    """Set an outlet's country, language and group (and which articles are from it)."""
    from annotations.compare import registry

    if args.action == "list":
        with _open_store(args, readonly=True) as store:
            reg = registry.read(store)
        for o in reg.outlets.values():
            print(_safe("\t".join([o.name, o.country or "-", o.language or "-",
                                   o.group or "-"])))
        return 0
    with _open_store(args) as store:
        o = registry.set_outlet(store, args.name, args.country, args.language, args.group,
                                args.article)
    print(_safe(f"outlet {o.name}: country {o.country or '-'}, language {o.language or '-'}, "
                f"group {o.group or '-'}"))
    return 0


def _summary(report: dict[str, Any]) -> str:
    from annotations.compare.tables import tables

    lines = [f"story: {report['story'] or '(articles given)'} · {report['layer']}"]
    for name, (header, rows) in tables(report).items():
        if name in ("paragraphs", "commenters"):
            continue
        lines.append(f"\n# {name} ({len(rows)})")
        lines.append("\t".join(header))
        lines.extend("\t".join("" if v is None else " ".join(str(v).split())[:80] for v in r)
                     for r in rows[:40])
    return "\n".join(lines)


def cmd_compare(args: argparse.Namespace) -> int:
    """Print or write the comparison of a story or of articles."""
    import gc

    from annotations.compare.registry import RegistryError
    from annotations.compare.report import compare
    from annotations.compare.scope import build_scope

    # a short-lived process that builds every article, comment and tag once: the cyclic GC
    # would only re-scan them (as ``export``; the core library never changes the collector)
    gc.disable()
    readonly = not args.accept
    keep = not getattr(args, "read_only", False)  # --read-only: no file beside the store
    with _open_store(args, readonly=readonly) as store:
        try:
            scope = build_scope(store, args.targets, args.annotator, keep_derived=keep)
            if args.accept:
                from annotations.compare.shared import accept, statements

                found, _ = statements(scope)
                st = next((s for s in found if s.id == args.accept), None)
                if st is None:
                    raise _CliError(f"no shared statement {args.accept[:20]!r} in this comparison")
                accept(store, st)
                print(_safe(f"accepted {st.id}: {len(st.tags)} tags linked"), file=sys.stderr)
                scope = build_scope(store, args.targets, args.annotator, keep_derived=keep)
        except RegistryError as e:
            raise _CliError(str(e)) from None
        report = compare(scope)
    for p in report["problems"]:
        print(_safe(f"problem: {p}"), file=sys.stderr)
    if args.csv:
        _write_csv(Path(args.csv), report, args.force)
    elif args.html:
        from annotations.compare.html_report import html_page
        from annotations.exchange.output import write_output

        write_output(args.html, html_page(report).encode("utf-8"), force=args.force)
    elif args.json:
        import orjson

        from annotations.util.terminal_json import terminal_safe_json

        text = orjson.dumps(report, option=orjson.OPT_INDENT_2).decode("utf-8")
        print(terminal_safe_json(text))
    else:
        print(_safe(_summary(report)))
    return 0


def _write_csv(folder: Path, report: dict[str, Any], force: bool) -> None:
    from annotations.compare.tables import csv_text, tables
    from annotations.exchange.output import write_output

    if folder.exists() and not folder.is_dir():
        raise _CliError(f"{folder}: not a directory")
    folder.mkdir(parents=True, exist_ok=True)
    for name, table in tables(report).items():
        write_output(folder / f"{name}.csv", csv_text(table).encode("utf-8"), force=force)


def add_parsers(sub, common, store_only) -> None:  # argparse's private types
    """The ``story``, ``outlet`` and ``compare`` sub-commands (``compare``'s own
    ``--annotator`` selects whose tags it counts: it takes only ``store_only``'s options)."""
    sp = sub.add_parser("story", parents=[common], help="named sets of articles to compare")
    ss = sp.add_subparsers(dest="action", metavar="ACTION", required=True)
    a = ss.add_parser("add", parents=[common], help="add articles to a story (creates it)")
    a.add_argument("name", metavar="NAME")
    a.add_argument("ids", nargs="+", metavar="ARTICLE_ID")
    ss.add_parser("list", parents=[common], help="list the stories and their articles")
    r = ss.add_parser("remove", parents=[common], help="remove a story (or some articles)")
    r.add_argument("name", metavar="NAME")
    r.add_argument("ids", nargs="*", metavar="ARTICLE_ID")
    sp.set_defaults(func=cmd_story)

    sp = sub.add_parser("outlet", parents=[common], help="an outlet's country, language, group")
    os_ = sp.add_subparsers(dest="action", metavar="ACTION", required=True)
    s = os_.add_parser("set", parents=[common], help="set what is known of an outlet")
    s.add_argument("name", metavar="NAME", help="the outlet (an article's source)")
    s.add_argument("--country", help="e.g. RU")
    s.add_argument("--language", help="e.g. en, ru, zh")
    s.add_argument("--group", help='your label, e.g. "Russian state media"')
    s.add_argument("--article", action="append", metavar="ID",
                   help="this article is from the outlet (repeatable)")
    os_.add_parser("list", parents=[common], help="list the outlets")
    sp.set_defaults(func=cmd_outlet)

    sp = sub.add_parser("compare", parents=[store_only],
                        help="how outlets framed a story: sources, statements, claims, readers")
    sp.add_argument("targets", nargs="+", metavar="STORY|ARTICLE_ID")
    out = sp.add_mutually_exclusive_group()
    out.add_argument("--json", action="store_true", help="print the figures as JSON")
    out.add_argument("--csv", metavar="DIR", help="write one CSV file per table into DIR")
    out.add_argument("--html", metavar="FILE", help="write one self-contained HTML page")
    sp.add_argument("--force", action="store_true", help="replace existing output files")
    sp.add_argument("--annotator", dest="annotator", default=None,
                    help="count only this annotator's tags")
    sp.add_argument("--accept", metavar="STATEMENT",
                    help="accept a proposed shared statement (links its tags) first")
    sp.set_defaults(func=cmd_compare)
