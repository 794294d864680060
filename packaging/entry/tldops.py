"""Frozen entry point of the command line (``tldops``): see tldops-desktop.spec."""

from tldops_desktop.cli import main

raise SystemExit(main())
