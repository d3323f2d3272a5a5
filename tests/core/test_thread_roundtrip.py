"""Property tests: random comment trees rendered into the thread format parse back identically."""

from __future__ import annotations

from datetime import datetime

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotations import parse_article
from annotations.model.article import Comment
from annotations.model.thread import is_header_line, render_comments

_chars = st.characters(
    blacklist_categories=("Cc", "Cs", "Zl", "Zp", "Zs"), blacklist_characters="()"
)
word = st.text(_chars, min_size=1, max_size=8)
# handles and names: words joined by single spaces
handle = st.lists(word, min_size=1, max_size=3).map(" ".join)
name = st.none() | handle


def _line_ok(line: str) -> bool:
    return not is_header_line(line)


body_line = (
    st.lists(word | st.sampled_from(["1.", "2.", "-", "«»", "[@click=app.quit]x[/]"]),
             min_size=1, max_size=6)
    .map(" ".join)
    .filter(_line_ok)
)
body = st.lists(body_line | st.just(""), min_size=1, max_size=5).map("\n".join).filter(
    lambda t: t.strip() and not t.startswith("\n") and not t.endswith("\n")
)
when = st.datetimes(min_value=datetime(1990, 1, 1), max_value=datetime(2099, 12, 31)).map(
    lambda d: d.replace(second=0, microsecond=0)
)


def comments(depth: int):
    replies = st.just([]) if depth >= 4 else st.lists(
        st.deferred(lambda: comments(depth + 1)), max_size=3
    )
    return st.builds(
        lambda a, n, w, t, r: {"author": a, "name": n, "posted_at": w, "text": t, "replies": r},
        handle, name, when, body, replies,
    )


def with_ids(nodes, prefix=""):
    return [
        Comment(id=f"{prefix}{i}", author=n["author"], name=n["name"], posted_at=n["posted_at"],
                text=n["text"], replies=with_ids(n["replies"], f"{prefix}{i}."))
        for i, n in enumerate(nodes, 1)
    ]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(comments(0), min_size=1, max_size=4), st.booleans(), st.booleans())
def test_render_then_parse_is_identity(nodes, status_style, crlf):
    tree = with_ids(nodes)
    text = "A title\n\nA body paragraph.\n\n" + "\n".join(render_comments(tree, 2, status_style))
    if crlf:
        text = text.replace("\n", "\r\n")
    parsed = parse_article(text)
    assert parsed.body == "A body paragraph."
    assert [c.model_dump() for c in parsed.comments] == [c.model_dump() for c in tree]
