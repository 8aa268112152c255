"""``python -m vnfriendship``: the same as the ``vnfriendship`` command."""

import sys

from ._cli import main

sys.exit(main())
