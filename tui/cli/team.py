"""The commands that reach beyond one store and one terminal: fetch, serve, remote, sync,
agree (``tui.cli`` wires them into the parser)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from tui.cli.common import (
    _check_articles,
    _CliError,
    _err,
    _open_store,
    _print_report,
    _StoreWhenNeeded,
)


def _download_with_progress(url: str, folder: Path, timeout: float,
                            force: bool = False) -> Path:
    """``fetch.download`` with a progress bar on a terminal."""
    from annotations.sources.fetch import download

    if not sys.stderr.isatty():
        return download(url, folder, timeout=timeout, force=force)
    from rich.progress import DownloadColumn, Progress, TransferSpeedColumn

    with Progress(*Progress.get_default_columns(), DownloadColumn(), TransferSpeedColumn(),
                  transient=True) as progress:
        task = progress.add_task(url[:50], total=None)
        return download(url, folder, timeout=timeout, force=force, progress=lambda n, total:
                        progress.update(task, completed=n, total=total))


def cmd_fetch(args: argparse.Namespace) -> int:
    """Download pages and threads, keep them under sources/, and import them. A store that
    does not exist yet is made only once something was fetched (a failed fetch leaves none)."""
    import os

    from annotations.errors import ThreadmarkError
    from annotations.sources.fetch import without_credentials
    from annotations.sources.loader import InputError, load_article
    from annotations.util.safe_text import visible

    failed = 0
    # in use elsewhere, or --read-only (fetch writes): said before anything is downloaded
    with _StoreWhenNeeded(args) as needed:
        folder = Path(os.path.realpath(needed.path)).parent / "sources"
        fetched = []
        for given in args.urls:
            url = without_credentials(given)  # what is shown; the download uses ``given``
            try:
                kept = _download_with_progress(given, folder, args.timeout,
                                               getattr(args, "force", False))
            except ThreadmarkError as e:
                _err(str(e))
                failed += 1
                continue
            try:
                loaded = load_article(kept)
            except InputError as e:
                _err(f"{url}: {str(e).split(': ', 1)[-1]} (kept as {kept})")
                failed += 1
                continue
            for w in loaded.warnings:
                _err(f"warning: {w}")
            fetched.append((url, kept, loaded))
        for url, kept, loaded in fetched:
            for article in loaded.articles:
                res = needed.get().add_article(article)
                state = "added" if res.new else "already there"
                print(visible(f"{url}: {state}: {article.title[:70]} "
                              f"({article.source or '-'}, {article.comment_count()} comments) "
                              f"from {kept.name}"))
    return 2 if failed else 0


def cmd_serve(args: argparse.Namespace) -> int:
    """Serve the app to browsers (textual-serve); each tab is its own process."""
    from annotations.settings import default_store_path
    from tui.cli.serve import make_server
    from tui.cli.serve_guard import tab_count

    store = Path(args.store).expanduser() if args.store else default_store_path()
    server = make_server(store, host=args.host, port=args.port, public=args.public,
                         annotator=getattr(args, "as_annotator", None), max_tabs=args.max_tabs)
    print(f"threadmark: serving {store} on {server.guard.origin}/ (at most "
          f"{tab_count(args.max_tabs)} at once; ctrl+c stops)", file=sys.stderr)
    server.serve()
    return 0


def cmd_remote(args: argparse.Namespace) -> int:
    """Show or set the git remote this store syncs through, or make a new team repository."""
    from annotations.util.safe_text import visible

    if args.action == "init":
        from annotations.team.sync import init_remote

        init_remote(Path(args.path).expanduser())
        print(f"{visible(str(args.path))}: a new team repository "
              f"(threadmark remote set {visible(str(args.path))})")
        return 0
    with _open_store(args, readonly=args.action == "show") as store:
        state = store.meta("sync") or {}
        if args.action == "set":
            if state.get("remote") != args.url:  # another team: nothing of the old clone
                from annotations.team.sync import forget_clone

                forget_clone(store.path)
                state = {}
            store.set_meta("sync", {**state, "remote": args.url})
            print(f"{visible(str(store.path))}: syncs through {visible(args.url)}")
        else:
            print(visible(state.get("remote") or "(no remote: threadmark remote set URL)"))
    return 0


def cmd_sync(args: argparse.Namespace) -> int:
    """Pull the team's tags, push this analyst's (see annotations/team/sync.py)."""
    from annotations.settings import LOGIN, annotator_source, load_settings
    from annotations.team.sync import sync

    settings = load_settings()[0]
    me, where = annotator_source(getattr(args, "as_annotator", None), settings)
    take = getattr(args, "take_over", None)
    if take is not None:
        if where != LOGIN and take != me:
            raise _CliError(f"--take-over {take}: you sync as {me} ({where})")
        me, where = take, "--take-over"
    with _open_store(args) as store:
        report = sync(store, me, progress=(lambda t: print(f"sync: {t}", file=sys.stderr))
                      if sys.stderr.isatty() else None, from_login=where == LOGIN,
                      take_over=take is not None, curator=settings.curator,
                      curates=settings.curates)
    _print_report(report)
    return 0


def _without_curated(tags: list) -> list:
    """``tags`` less the curated layer's, with a note on stderr of how many were left out."""
    from annotations.settings import load_settings
    from annotations.team.curation import is_curated

    curator = load_settings()[0].curator
    kept = [t for t in tags if not is_curated(t, curator)]
    if len(kept) < len(tags):
        _err(f"left out {len(tags) - len(kept)} curated tag(s) (--include-curated counts them)")
    return kept


def cmd_agree(args: argparse.Namespace) -> int:
    """Agreement figures of several annotators' tags."""
    from annotations.team.agreement import agreement
    from annotations.team.agreement_report import report_csv, report_dict
    from tui.cli.agree_table import report_table

    with _open_store(args, readonly=True) as store:
        _check_articles(store, args.article)
        ids = args.article or [a.id for a in store.articles()]
        tags = [t for aid in ids for t in store.tags(article_id=aid)]
    names = [a.strip() for a in args.annotators.split(",")] if args.annotators else None
    if names is None and not args.include_curated:  # it copies whoever it agrees with
        tags = _without_curated(tags)
    if names is not None and len(names) < 2:
        raise _CliError("--annotators: name two or more, comma-separated")
    found = sorted({t.annotator for t in tags})
    if names is None and len(found) < 2:
        raise _CliError(f"{store.path}: tags by {len(found)} annotator(s); agreement needs two")
    rep = agreement(tags, names, kinds=args.kind or ("quote", "stance", "claim"),
                    threshold=None if args.exact else args.threshold)
    if args.json:
        import json

        from annotations.util.terminal_json import terminal_safe_json

        print(terminal_safe_json(json.dumps(report_dict(rep), indent=2, ensure_ascii=False)))
    elif args.csv:
        from annotations.util.safe_text import visible

        text = report_csv(rep)
        sys.stdout.write(visible(text) if sys.stdout.isatty() else text)
    else:
        from rich.console import Console

        console = Console()
        if not console.is_terminal:  # a pipe or a file: room for every column
            console = Console(width=140)
        console.print(report_table(rep))
    return 0
