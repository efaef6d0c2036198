"""`python -m exhibit` runs the command line (and, with no command, the desktop app)."""

import sys

from exhibit.cli.main import main

if __name__ == "__main__":
    sys.exit(main())
