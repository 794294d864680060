"""Frozen entry point of the desktop app (``tldops-desktop``): see tldops-desktop.spec."""

from tldops_desktop.app import main

raise SystemExit(main())
