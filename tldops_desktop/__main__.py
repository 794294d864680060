"""``python -m tldops_desktop`` starts the desktop app."""

from tldops_desktop.app import main

raise SystemExit(main())
