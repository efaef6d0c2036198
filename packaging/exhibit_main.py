"""Entry point of the bundled app (PyInstaller): the same `exhibit` command line.

``freeze_support`` lets the import's worker processes start from the frozen executable.
"""

import multiprocessing
import sys

from exhibit.cli.main import main

if __name__ == "__main__":
    multiprocessing.freeze_support()
    sys.exit(main())
