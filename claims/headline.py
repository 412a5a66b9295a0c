"""An article's headline as extraction context: its title, else the words of its URL's last path segment (news sites
put the headline there: ".../14-تريليون-درهم-حجم-التجارة-الخارجية-للإمارات", ".../kenya-maize-price-declines").
A reader sees the headline before the first paragraph, so a country it names tells whose ريال, دينار or shilling
the text means when the text itself does not say (claims/rules/money_context.py). Pure string work, no I/O."""

from __future__ import annotations

from urllib.parse import unquote, urlsplit

import regex

HEADLINE_MAX_CHARS = 300  # a headline, not a body: longer input is cut (the context is a hint, never the text)
_SLUG_SEPARATORS = regex.compile(r"[-_+~.]+")
_PAGE_SUFFIXES = (".html", ".htm", ".aspx", ".asp", ".php", ".shtml", ".cms")
_LETTERS = regex.compile(r"\p{L}{2,}")
MIN_SLUG_WORDS = 3  # "news465611.htm", "amp", "print~446513" name no headline; a slug has several words


def headline_text(title: str | None, url: str | None) -> str:
    """The title when there is one, else the headline words of `url`'s path, else ""."""
    if isinstance(title, str) and title.strip():
        return title.strip()[:HEADLINE_MAX_CHARS]
    if not isinstance(url, str) or not url.strip():
        return ""
    try:
        path = unquote(urlsplit(url.strip()).path)
    except ValueError:
        return ""  # a malformed URL is no headline
    for segment in reversed([s for s in path.split("/") if s]):
        lowered = segment.lower()
        for suffix in _PAGE_SUFFIXES:
            if lowered.endswith(suffix):
                segment = segment[: -len(suffix)]
                break
        words = [w for w in _SLUG_SEPARATORS.split(segment) if w]
        if sum(1 for w in words if _LETTERS.search(w)) >= MIN_SLUG_WORDS:
            return " ".join(words)[:HEADLINE_MAX_CHARS]
    return ""
