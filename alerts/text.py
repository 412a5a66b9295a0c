"""Plain-text pieces of an alert shared by every sink and the dashboard: the claim within its sentence,
the deviation in words, the fact in words, which URLs may become links.

Everything here returns UNESCAPED text; each output format escapes it for itself (mrkdwn, HTML, e-mail).
"""

from __future__ import annotations

from urllib.parse import urlsplit

from factstream.models import Alert, Claim, Deviation, Fact

VERDICT_LABELS: dict[str, str] = {
    "supported": "Supported",
    "contradicted": "Contradicted",
    "unverifiable": "Unverifiable",
    "ambiguous": "Ambiguous",
    "conflict": "Sources conflict",
}

_UNSAFE_URL_CHARS = {chr(c) for c in range(0x21)} | {"\x7f", '"', "'", "<", ">", "`", "\\"}

# Invisible characters that reorder what follows them: "\u202e47\u202c countries" is the text "47 countries"
# but displays as "74 countries". Embeddings, overrides and isolates are shown as visible markers (a reader
# should see that the text was tampered with); the three direction marks are dropped (they are common in
# legitimate Arabic text, yet a mark between two digits is enough to swap them on screen).
BIDI_SHOWN = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
BIDI_DROPPED = frozenset("\u200e\u200f\u061c")
_BIDI_TABLE = {ord(ch): f"[U+{ord(ch):04X}]" for ch in BIDI_SHOWN} | {ord(ch): None for ch in BIDI_DROPPED}


def neutralise_bidi(text: str) -> str:
    """The text with bidirectional controls made visible ("[U+202E]") or dropped: what is displayed is
    then the characters in their stored order, as the extractor read them."""
    return text.translate(_BIDI_TABLE)


def safe_url(url: str | None) -> str | None:
    """The URL if it may become a link (http or https with a host, no spaces, quotes or angle brackets).

    Anything else (javascript:, data:, relative paths, garbage) is shown as text, never linked.
    """
    if not url:
        return None
    candidate = url.strip()
    if not candidate or any(ch in _UNSAFE_URL_CHARS for ch in candidate):
        return None
    try:
        parts = urlsplit(candidate)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return None
    return candidate


def split_sentence(claim: Claim) -> tuple[str, str, str]:
    """(before, claim, after): the claim's sentence cut around the claim, for highlighting.

    Uses the offsets when they agree with the texts; otherwise looks the claim's text up in the sentence;
    when it cannot be found the whole sentence is `before` and the claim part is empty.
    """
    sentence = claim.sentence or ""
    start = claim.start - claim.sentence_start
    end = claim.end - claim.sentence_start
    if 0 <= start <= end <= len(sentence) and sentence[start:end] == claim.text:
        return sentence[:start], sentence[start:end], sentence[end:]
    index = sentence.find(claim.text) if claim.text else -1
    if index >= 0:
        return sentence[:index], claim.text, sentence[index + len(claim.text) :]
    return sentence, "", ""


def _number(value: float) -> str:
    if float(value).is_integer():
        return f"{int(value):,}"
    return f"{value:,.2f}".rstrip("0").rstrip(".")


def describe_deviation(deviation: Deviation | None) -> str | None:
    """"+23.3% (+14) vs the fact", "-4.5 percentage points", "1 day off"; None when nothing was measured."""
    if deviation is None:
        return None
    parts: list[str] = []
    if deviation.relative is not None:
        relative = f"{deviation.relative * 100:+.1f}%"
        if deviation.absolute is not None:
            sign = "+" if deviation.absolute >= 0 else "-"
            relative += f" ({sign}{_number(abs(deviation.absolute))})"
        parts.append(relative)
    elif deviation.absolute is not None:
        sign = "+" if deviation.absolute >= 0 else "-"
        parts.append(f"{sign}{_number(abs(deviation.absolute))}")
    if deviation.points is not None:
        parts.append(f"{deviation.points:+.1f} percentage points")
    if deviation.days is not None:
        days = abs(deviation.days)
        parts.append(f"{days} day{'s' if days != 1 else ''} {'late' if deviation.days > 0 else 'early'}"
                     if deviation.days else "same day")
    return ", ".join(parts) or None


def describe_fact(fact: Fact) -> str:
    """"Global Coalition against Daesh — member_count = 74 (as of 2018-02-13)"."""
    name = fact.entity_name or fact.entity_id
    value = _number(fact.value) if isinstance(fact.value, int | float) else str(fact.value)
    unit = f" {fact.unit}" if fact.unit and fact.unit not in ("count", "date") else ""
    when = f" (as of {fact.as_of})" if fact.as_of else ""
    return f"{name} — {fact.metric} = {value}{unit}{when}"


def explanation_of(alert: Alert, lang: str = "en") -> str:
    explanation = alert.verdict.explanation
    return explanation.get(lang) or explanation.get("en") or next(iter(explanation.values()), "")


def headline(alert: Alert) -> str:
    """One line: "Contradicted: “74 countries” — <article title>"."""
    verdict = alert.verdict
    label = VERDICT_LABELS.get(verdict.verdict, verdict.verdict)
    title = verdict.article.title if verdict.article and verdict.article.title else verdict.article_id
    return f"{label}: “{verdict.claim.text}” — {title}"


def single_line(text: str, limit: int = 200) -> str:
    """Text fit for a header or a subject: no line breaks or control characters, bounded length."""
    flat = " ".join("".join(ch if ch.isprintable() else " " for ch in text).split())
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"
