"""``python -m vnfriendship``: the same as the ``vnfriendship`` command."""

import sys

from .cli import main

sys.exit(main())
