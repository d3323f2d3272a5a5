"""The ``threadmark`` command. Heavy imports (textual, the store) happen only where needed."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence


def _err(msg: str) -> None:
    print(f"threadmark: {msg}", file=sys.stderr)


def cmd_inspect(args: argparse.Namespace) -> int:
    """Print one parsed article: an outline, or the documented JSON shape."""
    from annotations.loader import InputError, load_article
    from annotations.serialize import article_outline, article_to_json

    try:
        loaded = load_article(args.file)
    except InputError as e:
        _err(str(e))
        return 2
    for w in loaded.warnings:
        _err(f"warning: {w}")
    print(article_to_json(loaded.article) if args.json else article_outline(loaded.article))
    return 0


def cmd_schema(args: argparse.Namespace) -> int:
    """Print the JSON Schema of one annotation (generated from the models)."""
    import json

    from annotations.models import annotation_json_schema

    print(json.dumps(annotation_json_schema(), indent=2, ensure_ascii=False))
    return 0


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of every sub-command."""
    p = argparse.ArgumentParser(
        prog="threadmark",
        description="Read articles beside their comment threads; tag quotes, stances, claims.",
    )
    sub = p.add_subparsers(dest="command", metavar="COMMAND")
    sp = sub.add_parser("inspect", help="print a parsed article (outline, or --json)")
    sp.add_argument("file", help="article file (.txt in the outlets' form, or .json)")
    sp.add_argument("--json", action="store_true", help="print the JSON shape")
    sp.set_defaults(func=cmd_inspect)
    sp = sub.add_parser("schema", help="print the JSON Schema of an annotation")
    sp.set_defaults(func=cmd_schema)
    return p


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``threadmark`` console script."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help()
        return 0
    try:
        return args.func(args)
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
