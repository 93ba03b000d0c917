"""The unit of work: one news article as read from an input."""

import hashlib
from dataclasses import dataclass


@dataclass(frozen=True)
class Article:
    """One input article.

    ``text`` is the article body as read (after a leading date marker is removed); every
    evidence offset counts Unicode code points in it. ``source`` names where it came from
    (a path, ``<stdin>``, or ``path:line`` for a JSON Lines record).
    """

    text: str
    source: str
    date: str | None = None  # YYYY-MM-DD
    url: str | None = None
    title: str | None = None
    publisher: str | None = None

    @property
    def sha256(self) -> str:
        """The content hash: the article's identity."""
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    @property
    def key(self) -> str:
        """A short, stable key (first 16 hex digits of the content hash) used in IRIs."""
        return self.sha256[:16]
