"""Runs the real server (`safetoshare serve ...`) answering /api/v1/health with another version,
as an older installed checker would: python server_as_version.py 0.1.0 serve --port N."""
import sys

import safetoshare

safetoshare.__version__ = sys.argv.pop(1)  # read by the health endpoint when its module is imported

from safetoshare.cli import main  # noqa: E402

sys.exit(main())
