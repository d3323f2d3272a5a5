"""``python -m tui.cli``: the ``threadmark`` command, as tests and the served app's tabs run it."""

import sys

from tui.cli import main

sys.exit(main())
