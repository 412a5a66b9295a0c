"""Public entry points of claims/: extract, extract_article, detect_lang."""

from __future__ import annotations

from datetime import date, datetime
from hashlib import blake2b
from operator import attrgetter

from claims.engine.extractor import Extractor
from claims.engine.limits import MAX_CHARS, within_bounds
from claims.engine.scanning import detect_lang
from claims.engine.types import Draft
from claims.headline import HEADLINE_MAX_CHARS, headline_text
from claims.languages import SUPPORTED_LANGS, get_language
from factstream.countries import article_country, normalize_country
from factstream.models import Article, Claim

__all__ = ["MAX_CHARS", "detect_lang", "extract", "extract_article"]


def _published_date(published_at: datetime | date | str | None) -> date | None:
    """The publication day as the article states it (its own time zone, not converted to UTC)."""
    if published_at is None:
        return None
    if isinstance(published_at, datetime):
        return published_at.date()
    if isinstance(published_at, date):
        return published_at
    if isinstance(published_at, str):
        value = published_at.strip()
        if not value:
            return None
        try:
            return datetime.fromisoformat(value.replace("Z", "+00:00")).date()
        except ValueError:
            try:
                return date.fromisoformat(value[:10])
            except ValueError:
                raise ValueError(f"published_at is not an ISO 8601 date: {published_at!r}") from None
    raise ValueError(f"published_at must be a datetime, date, ISO string or None, not {type(published_at).__name__}")


def extract(
    text: str,
    lang: str | None = None,
    published_at: datetime | date | str | None = None,
    article_id: str | None = None,
    country: str | None = None,
    headline: str | None = None,
) -> list[Claim]:
    """Every numeric claim in `text`, sorted by start offset (offsets into `text` itself).

    lang: "ar", "en", or None to detect. published_at resolves weekdays and words such as "today"/"أمس";
    without it those dates keep value None (never guessed). country: the outlet's country (ISO 3166-1 alpha-2,
    "SA", "TN"), which resolves a bare local currency word the text leaves open ("دينار" in Tunis). headline: the
    article's title (or its URL's headline words, claims/headline.py), read only for a country that decides such a
    word when the text names none ("عجز موازنة قطر يتقلص" over "22 مليار ريال"). Raises
    ValueError (only) for input it refuses: not a string, over MAX_CHARS characters, an unknown language or
    country, or a text that exhausts the time budget.
    """
    if not isinstance(text, str):
        raise ValueError(f"text must be str, not {type(text).__name__}")
    if len(text) > MAX_CHARS:
        raise ValueError(f"text too long: {len(text)} characters (limit {MAX_CHARS})")
    if lang is not None:
        if not isinstance(lang, str):
            raise ValueError(f"lang must be a string or None, not {type(lang).__name__}")
        lang = lang.strip().lower() or None
        if lang in ("auto", "detect"):
            lang = None
    if lang is not None and lang not in SUPPORTED_LANGS:
        raise ValueError(f"unsupported language {lang!r}: expected one of {', '.join(SUPPORTED_LANGS)}")
    published = _published_date(published_at)
    country = normalize_country(country)
    if headline is not None and not isinstance(headline, str):
        raise ValueError(f"headline must be a string or None, not {type(headline).__name__}")
    if article_id is not None and not isinstance(article_id, str):
        article_id = str(article_id)
    if not text.strip():
        return []
    try:
        if lang is None:
            lang = detect_lang(text)
        extractor = Extractor(get_language(lang), text, published, country, (headline or "")[:HEADLINE_MAX_CHARS])
        drafts = extractor.run()
        return _to_claims(extractor, drafts, lang, article_id)
    except TimeoutError as exc:
        raise ValueError(f"input refused: pattern matching timed out ({exc})") from None
    except (ValueError, RecursionError, MemoryError):
        raise
    except Exception as exc:  # a bug must not take the stream down: report it as a refused input
        raise ValueError(f"claim extraction failed: {type(exc).__name__}: {exc}") from exc


def _to_claims(ex: Extractor, drafts: list[Draft], lang: str, article_id: str | None) -> list[Claim]:
    norm = ex.norm
    original = norm.original
    sentence_cache: dict[int, tuple[str, int, int]] = {}
    claims: list[Claim] = []
    shifted = bool(norm._breaks)  # nothing deleted (English, mostly): normalized offsets are the original ones
    for d in sorted(drafts, key=_START_END):
        if not (within_bounds(d.value) and within_bounds(d.value_high)):
            continue  # a figure beyond 64 bits is not a claim (issue 15, finding 1)
        if shifted:
            start = norm.to_original(d.start)
            end = norm.to_original_end(d.end)
            while end < len(original) and original[end] == "\u0640" and end > start:
                end += 1  # "1436هـ": the tatweel after the marker belongs to it
        else:  # (no deletion: no tatweel either)
            start, end = d.start, d.end
        text = original[start:end]
        sent = sentence_cache.get(d.sentence)
        if sent is None:
            s0, s1 = ex.sentences[d.sentence]
            o0, o1 = (norm.to_original(s0), norm.to_original_end(s1)) if shifted else (s0, s1)
            while shifted and o1 < len(original) and original[o1] == "\u0640" and o1 > o0:
                o1 += 1  # as for a claim: a tatweel ending the sentence stays inside it ("1343 هـ")
            sent = (original[o0:o1], o0, o1)
            sentence_cache[d.sentence] = sent
        claims.append(
            _new_claim({
                "claim_id": _claim_id(article_id, start, end, text),
                "kind": d.kind,
                "value": d.value,
                "value_high": d.value_high,
                "currency": d.currency,
                "currency_candidates": d.currency_candidates,
                "currency_source": _currency_source(d),
                "counted": d.counted,
                "unit": d.unit,
                "qualifier": d.qualifier,
                "precision": d.precision,
                "inferred": d.inferred,
                "calendar": d.calendar,
                "time_ref": d.time_ref,
                "text": text,
                "start": start,
                "end": end,
                "sentence": sent[0],
                "sentence_start": sent[1],
                "sentence_end": sent[2],
                "lang": lang,
            })
        )
    return claims


def _currency_source(d: Draft) -> str | None:
    """Why a money claim has its currency; an amount that took it from the amount it continues ("4 ملايين إسترليني
    ثم 15 مليونا") has it from context."""
    if d.kind != "money":
        return None
    return d.currency_source or ("context" if d.currency else "none")


_START_END = attrgetter("start", "end")
_CLAIM_FIELDS = frozenset(Claim.model_fields)


def _construct(values: dict) -> Claim:
    """Claim.model_construct: no validation. The engine builds every field from validated language data (kinds and
    qualifiers are the model's literals, checked for every corpus example in tests)."""
    return Claim.model_construct(_fields_set=_CLAIM_FIELDS, **values)


def _fast_construct(values: dict) -> Claim:
    """What model_construct does for a model without extras, private attributes or aliases, minus its per-field
    default handling (every field is given): about 4x cheaper per claim."""
    claim = _claim_new(Claim)
    _set_attr(claim, "__dict__", values)
    _set_attr(claim, "__pydantic_fields_set__", _CLAIM_FIELDS)
    _set_attr(claim, "__pydantic_extra__", None)
    _set_attr(claim, "__pydantic_private__", None)
    return claim


_claim_new = Claim.__new__
_set_attr = object.__setattr__


def _pick_constructor():
    """The fast path only when it builds exactly what model_construct builds (checked once, at import)."""
    sample = {name: None for name in Claim.model_fields}
    sample.update(claim_id="x", kind="number", value=1, currency_candidates=[], inferred=False, text="1", start=0,
                  end=1, sentence="1", sentence_start=0, sentence_end=1, lang="en")
    try:
        fast, slow = _fast_construct(dict(sample)), _construct(dict(sample))
        if fast == slow and fast.model_dump() == slow.model_dump() and repr(fast) == repr(slow):
            return _fast_construct
    except Exception:  # a pydantic version with another layout: stay on the public API
        pass
    return _construct


_new_claim = _pick_constructor()


def _fast_claim_id(article_id: str | None, start: int, end: int, text: str) -> str:
    """Claim.make_id (factstream.models.stable_id of the four parts) without its generator and join."""
    return blake2b(f"{article_id or ''}\x1f{start}\x1f{end}\x1f{text}".encode(), digest_size=16).hexdigest()[:20]


def _pick_claim_id():
    """The spelled-out id only while it gives Claim.make_id's ids (checked once, at import: a change of the id scheme
    in factstream/models.py falls back to it)."""
    samples = [(None, 0, 3, "3.5"), ("bbc-1", 12, 20, "٣ ملايين"), ("", 5, 9, "a\x1fb"), ("x", 7, 8, "é")]
    if all(_fast_claim_id(*s) == Claim.make_id(*s) for s in samples):
        return _fast_claim_id
    return Claim.make_id


_claim_id = _pick_claim_id()


def extract_article(article: Article) -> list[Claim]:
    """Claims of an article's body, with its language, publication date, id, country (the article's own, else
    the one factstream/data/countries.yaml knows for its source, else its URL's: factstream.countries.article_country)
    and headline (its title, else its URL's words)."""
    if not isinstance(article, Article):
        raise ValueError(f"expected an Article, not {type(article).__name__}")
    country = article_country(article.country, article.source, article.url)  # the field, the outlet map, the URL
    return extract(article.body, lang=article.lang, published_at=article.published_at, article_id=article.id,
                   country=country, headline=headline_text(article.title, article.url))
