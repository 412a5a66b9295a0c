"""Who may use the dashboard and the API, and as which reviewer.

Credentials:
- FACTSTREAM_DASHBOARD_TOKENS_FILE: one reviewer per line, "<name> <sha256 hex of that reviewer's token>"
  (the name may hold spaces; the hash is the last field; blank lines and lines starting with # are skipped).
  Only hashes are stored, so the file is not itself a credential. Tokens must be random (e.g. 32 bytes from
  `secrets.token_urlsafe`): an unsalted hash is fine for random tokens, not for passwords.
- FACTSTREAM_DASHBOARD_TOKEN: one shared token, reviewing as "editor".
- Neither, on a loopback-only server: no token; everything is accepted as reviewer "local", but only with a
  loopback Host header (localhost, 127.0.0.1 or [::1] with the server's port). A page on another site that
  re-points its own name at 127.0.0.1 (DNS rebinding) sends its own name as Host and is refused.

The reviewer recorded with a review is always the one the credential names, never what a request says.
"""

from __future__ import annotations

import hashlib
import hmac
import re
from pathlib import Path
from typing import Any

from aiohttp import web

TOKEN_COOKIE = "token"
SINGLE_TOKEN_REVIEWER = "editor"
LOCAL_REVIEWER = "local"
MAX_REVIEWER_LENGTH = 200
LOOPBACK_NAMES = ("localhost", "127.0.0.1", "[::1]")
_SHA256_HEX = re.compile(r"[0-9a-f]{64}")


class TokensFileError(ValueError):
    """The tokens file cannot be used; the message names the file and the line."""


def token_hash(token: str) -> str:
    """What the tokens file stores for a token: the SHA-256 of its UTF-8 bytes, lowercase hex."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def load_tokens_file(path: Path) -> dict[str, str]:
    """{token hash: reviewer name} from a tokens file. Raises TokensFileError on any unusable line:
    a server that half-read its reviewers would lock some of them out without saying why."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise TokensFileError(f"cannot read the dashboard tokens file {path}: {exc}") from None
    reviewers: dict[str, str] = {}
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        name, _, digest = line.rpartition(" ")
        name, digest = " ".join(name.split()), digest.lower()
        where = f"{path}, line {number}"
        if not _SHA256_HEX.fullmatch(digest):
            raise TokensFileError(f"{where}: expected '<reviewer name> <64 hex digits of sha256(token)>'")
        if not name or len(name) > MAX_REVIEWER_LENGTH or not name.isprintable():
            raise TokensFileError(f"{where}: the reviewer name must be 1–{MAX_REVIEWER_LENGTH} printable characters")
        if digest in reviewers:
            raise TokensFileError(f"{where}: the same token hash is already given to {reviewers[digest]!r}")
        reviewers[digest] = name
    if not reviewers:
        raise TokensFileError(f"the dashboard tokens file {path} names no reviewer")
    return reviewers


class Access:
    """The access rules of one server, built from the settings at start (a bad tokens file fails here)."""

    def __init__(self, settings: Any) -> None:
        self.requires_token: bool = settings.dashboard_requires_token()
        self.port: int = settings.web_port
        self._reviewers: dict[str, str] = {}  # token hash -> reviewer name
        single = settings.dashboard_token_value()
        if single:
            self._reviewers[token_hash(single)] = SINGLE_TOKEN_REVIEWER
        tokens_file = getattr(settings, "dashboard_tokens_file", None)
        if tokens_file is not None:
            self._reviewers.update(load_tokens_file(Path(tokens_file)))

    @property
    def has_credentials(self) -> bool:
        return bool(self._reviewers)

    def reviewer_for_token(self, candidate: str | None) -> str | None:
        """The reviewer a token belongs to, or None. Compares hashes in constant time, against every entry."""
        if not candidate:
            return None
        try:
            digest = token_hash(candidate)
        except UnicodeEncodeError:  # undecodable bytes in a header arrive as lone surrogates
            return None
        found: str | None = None
        for stored, name in self._reviewers.items():
            if hmac.compare_digest(stored, digest):
                found = name
        return found

    def reviewer(self, request: web.Request) -> str | None:
        """The reviewer this request acts as, or None when it is not allowed in."""
        if not self.requires_token:
            return LOCAL_REVIEWER if self.host_allowed(request.headers.get("Host")) else None
        header = request.headers.get("Authorization", "")
        scheme, _, credentials = header.partition(" ")
        if scheme.lower() == "bearer":
            reviewer = self.reviewer_for_token(credentials.strip())
            if reviewer is not None:
                return reviewer
        try:
            cookie = request.cookies.get(TOKEN_COOKIE)
        except (ValueError, UnicodeError):  # a Cookie header the parser cannot read: no credential
            return None
        return self.reviewer_for_token(cookie)

    def host_allowed(self, host: str | None) -> bool:
        """With a token, any Host (the token is the defence). Without one, loopback names only."""
        if self.requires_token:
            return True
        if not host:
            return False
        allowed = {f"{name}:{self.port}" for name in LOOPBACK_NAMES}
        if self.port == 80:
            allowed.update(LOOPBACK_NAMES)
        return host.strip().lower() in allowed
