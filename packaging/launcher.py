"""Entry point of the standalone build: the same `main()` as `python -m workbench`."""

import sys

from workbench.cli import main

if __name__ == "__main__":
    sys.exit(main())
