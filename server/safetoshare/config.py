"""Settings from the environment (SAFETOSHARE_*), with defaults for a laptop."""
from __future__ import annotations

import os
from dataclasses import dataclass, field


def _int(name: str, default: int) -> int:
    value = os.environ.get(name)
    return int(value) if value else default


def _list(name: str) -> tuple[str, ...]:
    value = os.environ.get(name, "")
    return tuple(v.strip() for v in value.split(",") if v.strip())


@dataclass
class Settings:
    host: str = "127.0.0.1"
    port: int = 8337
    model: str | None = None
    rules_dir: str | None = None
    max_json_bytes: int = 1_000_000  # a letter or a story is a few KB; a 100,000-character story fits
    max_upload_bytes: int = 20_000_000  # a 12 MP JPEG from a phone is 3-8 MB
    max_text_chars: int = 100_000
    request_timeout_s: float = 30.0  # a check that runs longer is stopped with 503
    threads: int = 4
    # Browser extensions allowed to call the API: "*" = any chrome-extension:// or moz-extension://
    # origin (an unpacked extension's id differs per install); or a comma list of exact ids.
    extension_ids: tuple[str, ...] = field(default_factory=lambda: ("*",))

    @classmethod
    def from_env(cls) -> "Settings":
        return cls(
            host=os.environ.get("SAFETOSHARE_HOST", "127.0.0.1"),
            port=_int("SAFETOSHARE_PORT", 8337),
            model=os.environ.get("SAFETOSHARE_MODEL") or None,
            rules_dir=os.environ.get("SAFETOSHARE_RULES") or None,
            max_json_bytes=_int("SAFETOSHARE_MAX_JSON_BYTES", 1_000_000),
            max_upload_bytes=_int("SAFETOSHARE_MAX_UPLOAD_BYTES", 20_000_000),
            max_text_chars=_int("SAFETOSHARE_MAX_TEXT_CHARS", 100_000),
            request_timeout_s=float(os.environ.get("SAFETOSHARE_REQUEST_TIMEOUT") or 30),
            threads=_int("SAFETOSHARE_THREADS", 4),
            extension_ids=_list("SAFETOSHARE_EXTENSION_IDS") or ("*",),
        )
