"""``python -m newsparse``: the same command line as the ``newsparse`` script."""

from __future__ import annotations

import sys

from newsparse.cli import main

if __name__ == "__main__":
    sys.exit(main())
