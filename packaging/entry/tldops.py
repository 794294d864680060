"""Frozen entry point of the command line (``tldops``): see tldops-desktop.spec."""

import sys

from tldops_desktop.mail.examine_worker import FLAG
from tldops_desktop.mail.examine_worker import main as examine_worker

if sys.argv[1:2] == [FLAG]:  # an import's worker process (tldops_desktop/mail/pool.py)
    raise SystemExit(examine_worker())

from tldops_desktop.cli import main

raise SystemExit(main())
