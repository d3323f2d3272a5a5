"""``threadmark suggest``: the quotes and claims the finder proposes for an article."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from tui.cli.common import _CliError, _err, _is_article_id, _open_store, _stored_article


def _articles(args: argparse.Namespace) -> tuple[list, set[str]]:
    """The articles of a file, or the stored article with this id (and its rejections)."""
    from annotations.sources.loader import load_article

    path = Path(args.target)
    if path.exists():
        loaded = load_article(path)
        for w in loaded.warnings:
            _err(f"warning: {w}")
        return loaded.articles, set()
    if not _is_article_id(args.target):
        raise _CliError(f"{args.target}: no such file (nor an article id)")
    with _open_store(args, readonly=True) as store:
        art = _stored_article(store, args.target)
        return [art], store.rejected(art.id)


def _line(s) -> str:  # a Suggestion
    from annotations.util.safe_text import visible

    f = s.fields
    if s.kind == "quote":
        who = f.get("speaker") or "?"
        how = ", ".join(x for x in (f.get("cue"), f.get("mode")) if x)
    else:
        who = f.get("claimant") or "-"
        how = f.get("claim_type") or ""
    exact = " ".join(s.exact.split())
    if len(exact) > 90:
        exact = exact[:89] + "…"
    where = f"{s.part} {s.start}-{s.end}"
    return visible(f"{s.kind:<6} {where:<18} {s.score:.2f}  {who} ({how})  {exact}")


def cmd_suggest(args: argparse.Namespace) -> int:
    """Print the suggestions of a file or a stored article."""
    from annotations.suggest import suggest

    arts, rejected = _articles(args)
    kinds = set(args.kind or ("quote", "claim"))
    out: list[tuple[Any, Any]] = []  # (article, suggestion)
    for art in arts:
        found = [s for s in suggest(art, claims="claim" in kinds)
                 if s.kind in kinds and s.score >= args.min_score and s.key not in rejected]
        if args.sort == "score":
            found.sort(key=lambda s: -s.score)
        out.extend((art, s) for s in found)
    if args.json:
        from annotations.util.terminal_json import terminal_safe_json

        items = [{"article_id": a.id, **s.as_json()} for a, s in out]
        print(terminal_safe_json(json.dumps(items, indent=2, ensure_ascii=False)))
        return 0
    for art in arts:
        mine = [s for a, s in out if a is art]
        if len(arts) > 1:
            print(f"# {art.id}")
        for s in mine:
            print(_line(s))
        q = sum(s.kind == "quote" for s in mine)
        print(f"{q} quote(s), {len(mine) - q} claim(s)", file=sys.stderr)
    return 0


def add_parser(sub, common) -> None:  # argparse's private types
    """The ``suggest`` sub-command."""
    sp = sub.add_parser("suggest", parents=[common],
                        help="list the quotes and claims the finder proposes")
    sp.add_argument("target", metavar="FILE|ARTICLE_ID",
                    help="an article file, or the id of an article in the store")
    sp.add_argument("--json", action="store_true", help="print a JSON list")
    sp.add_argument("--kind", action="append", choices=("quote", "claim"),
                    help="only this kind (repeatable; default both)")
    sp.add_argument("--min-score", type=float, default=0.0, metavar="X",
                    help="only suggestions scored X or more (0-1)")
    sp.add_argument("--sort", choices=("position", "score"), default="position",
                    help="reading order (default), or best first")
    sp.set_defaults(func=cmd_suggest)
