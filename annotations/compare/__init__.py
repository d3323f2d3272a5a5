"""Comparing how outlets frame one story (issue #24): stories and outlets (``registry``),
what is counted (``scope``), and the figures — sources (``sources``), shared statements
(``shared``), claims (``claims``), readers (``readers``), distinctive words (``words``) —
gathered by ``report.compare``. No textual here: the CLI, the screen and the HTML page draw
from the same data."""
