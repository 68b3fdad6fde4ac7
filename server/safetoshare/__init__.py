"""Safe to Share: finds what could identify a donor or recipient before they send or post."""

__version__ = "0.2.0"

from .checker import Checker  # noqa: E402  (re-exported: `from safetoshare import Checker`)

__all__ = ["Checker", "__version__"]
