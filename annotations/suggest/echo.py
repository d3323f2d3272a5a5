"""Quotes inside comments. A reader who repeats the article's words quotes the article: the
words go to the article's speaker of them (or to the outlet, for its own prose), never to the
commenter. Other quoted words in a comment are attributed by the comment's own cues, read by
the finder of the comment's language. Words are matched per script: runs of letters for
spaced scripts, single characters for Chinese and Japanese (which do not space words)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .lang import find_quotes_in, script_language
from .marks import quoted
from .suggestion import Suggestion

if TYPE_CHECKING:
    from annotations.model.article import Article


_WORD_RE = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff]|[^\W\u3040-\u30ff"
                      r"\u3400-\u4dbf\u4e00-\u9fff]+")
MARKS = frozenset("\"“”„«»‘’「」『』")
N = 3  # words per shingle
N_CJK = 4  # characters per shingle where words are not spaced


def _shingles(words: list[str], n: int = N) -> list[tuple[str, ...]]:
    return [tuple(words[i : i + n]) for i in range(max(0, len(words) - n + 1))]


@dataclass
class ArticleEcho:
    """An index of the article's word triples, to find the text a comment repeats."""

    article: Article
    quotes: list[Suggestion]
    index: dict[tuple[str, ...], int]
    n: int = N

    @classmethod
    def of(cls, article: Article, quotes: list[Suggestion]) -> ArticleEcho:
        """Index ``article``'s body (``quotes``: its body quote suggestions)."""
        index: dict[tuple[str, ...], int] = {}
        matches = list(_WORD_RE.finditer(article.body))
        words = [m.group().lower() for m in matches]
        n = N_CJK if script_language(article.body) in ("zh", "ja") else N
        for i, sh in enumerate(_shingles(words, n)):
            index.setdefault(sh, matches[i].start())
        return cls(article, quotes, index, n)

    def outlet(self) -> str:
        """Who speaks in the article's own prose: its outlet, its site, or its author."""
        a = self.article
        if a.source:
            return a.source
        if a.url:
            from annotations.sources.urls import host

            return host(a.url)
        return a.authors[0] if a.authors else "the article"

    def source_of(self, text: str) -> int | None:
        """Where in the body ``text`` comes from, when most of its word triples are there."""
        words = [w.lower() for w in _WORD_RE.findall(text)]
        sh = _shingles(words, self.n)
        if len(sh) < 2:
            return None
        hits = [self.index[s] for s in sh if s in self.index]
        if len(hits) * 2 < len(sh):
            return None
        hits.sort()
        return hits[len(hits) // 2]

    def comment_quotes(self, part: str, text: str, author: str,
                       bounds: list[tuple[int, int]] | None = None,
                       lines: list[tuple[int, int]] | None = None) -> list[Suggestion]:
        """The quotes of one comment (``bounds`` and ``lines``: its sentences, when already
        known: see ``find_quotes_in``)."""
        if not MARKS.intersection(text):
            return []
        out: list[Suggestion] = []
        echoed: list[tuple[int, int]] = []
        for g in quoted(text):
            inner = text[g.inner_start:g.inner_end]
            pos = self.source_of(inner)
            if pos is None:
                continue
            q = next((s for s in self.quotes if s.start <= pos < s.end), None)
            fields = dict(q.fields) if q and q.fields.get("speaker") else {
                "speaker": self.outlet(), "speaker_role": None}
            fields["cue"] = "quoting the article"
            fields["mode"] = "direct"
            out.append(Suggestion("quote", part, g.start, g.end, text[g.start:g.end],
                                  fields, 0.8))
            echoed.append((g.start, g.end))
        for f in find_quotes_in(text, self.article.language, indirect=False,
                                bounds=bounds, lines=lines):
            if f.speaker is None or f.speaker == author or any(
                    a < f.end and f.start < b for a, b in echoed):
                continue
            out.append(Suggestion("quote", part, f.start, f.end, text[f.start:f.end],
                                  {"speaker": f.speaker, "speaker_role": f.role, "cue": f.cue,
                                   "mode": f.mode}, f.score * 0.9))
        return sorted(out, key=lambda s: s.start)
