"""kill -9 at random moments: every tag whose add() returned is in the store afterwards."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time

from annotations import AnnotationStore
from tests.conftest import RU_SEED

CHILD = r"""
import random, sys
from annotations import AnnotationStore, Anchor, Claim, parse_article
article = parse_article(open(sys.argv[2], encoding="utf-8").read())
rng = random.Random(int(sys.argv[3]))
with AnnotationStore(sys.argv[1]) as store:
    store.add_article(article)
    print("ready", flush=True)
    n = len(article.body)
    while True:
        s = rng.randrange(0, n - 40)
        tag = store.add(Claim(anchor=Anchor.for_span(article, "body", s, s + rng.randint(5, 40)),
                              annotator="crash", note="x" * rng.randint(0, 3000)))
        if rng.random() < 0.2:
            store.update(tag.model_copy(update={"note": "edited"}))
        print(tag.id, flush=True)
"""


def test_sigkill_never_loses_a_returned_tag(tmp_path):
    path = tmp_path / "crash.db"
    rng = random.Random(os.getpid())
    confirmed: set[str] = set()
    for round_ in range(4):
        proc = subprocess.Popen(
            [sys.executable, "-c", CHILD, str(path), str(RU_SEED), str(round_)],
            stdout=subprocess.PIPE, text=True,
        )
        assert proc.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.05, 0.6))
        proc.send_signal(signal.SIGKILL)
        out, _ = proc.communicate(timeout=30)
        ids = [line.strip() for line in out.splitlines() if line.strip()]
        # the last printed line may itself be torn by the kill
        confirmed.update(i for i in ids if len(i) == 36)
        with AnnotationStore(path) as store:
            stored = {t.sid for t in store}
            assert store.problems == []
        missing = confirmed - stored
        assert not missing, f"round {round_}: {len(missing)} confirmed tags lost"
    assert len(confirmed) > 20  # the child really did work between kills
