"""The flat comment-tree model behind the tree view: navigation and collapsing."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from annotations import parse_article
from benchmarks.synth import make_article_text
from tests.conftest import RU_SEED
from tui.widgets.comment_tree.thread_model import FlatThread

BIG = parse_article(make_article_text(400, seed=11))


def brute_visible(m: FlatThread) -> list[int]:
    """Rows with no collapsed ancestor, found the slow way."""
    out = []
    for i, r in enumerate(m.rows):
        p, hidden = r.parent, False
        while p >= 0:
            hidden = hidden or p in m.collapsed
            p = m.rows[p].parent
        if not hidden:
            out.append(i)
    return out


def test_seed_thread_shape():
    m = FlatThread(parse_article(RU_SEED.read_text(encoding="utf-8")))
    assert [r.comment.id for r in m.rows][:4] == ["1", "1.1", "2", "2.1"]
    assert len(m) == 12 and m.descendants(m.index_of["4"]) == 3
    assert m.set_collapsed(m.index_of["4"], True)
    assert [m.rows[i].comment.id for i in m.visible] == [
        "1", "1.1", "2", "2.1", "3", "3.1", "3.1.1", "4", "5"]
    assert not m.set_collapsed(m.index_of["4"], True)  # no change
    assert not m.set_collapsed(m.index_of["5"], True)  # no replies


OPS = st.lists(st.tuples(st.sampled_from(["collapse", "expand", "reveal", "all", "none"]),
                         st.integers(0, len(FlatThread(BIG)) - 1)), max_size=40)


@settings(max_examples=60, deadline=None)
@given(OPS)
def test_visible_rows_match_brute_force(ops):
    """Collapsing splices the visible list; it must equal a full recomputation after any
    sequence of collapse, expand, reveal, collapse-all and expand-all."""
    m = FlatThread(BIG)
    for op, i in ops:
        if op == "collapse":
            m.set_collapsed(i, True)
        elif op == "expand":
            m.set_collapsed(i, False)
        elif op == "reveal":
            m.reveal(i)
            assert m.is_visible(i)
        elif op == "all":
            m.collapse_all()
        else:
            m.expand_all()
        assert m.visible == brute_visible(m)
