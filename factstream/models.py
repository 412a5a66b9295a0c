"""The project's data model: one pydantic v2 model per concept.

Article, Claim, Fact, Verdict, Alert and DeadLetter are shared by the stream (streams/), the offline command
line (factstream check / extract) and the pure packages (claims/, checkers/, alerts/). Nothing here imports
faust or kafka.
"""

from __future__ import annotations

import hashlib
from datetime import UTC, date, datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from factstream import limits
from factstream.countries import normalize_country

ClaimKind = Literal["percent", "money", "count", "number", "date"]
CLAIM_KINDS: tuple[ClaimKind, ...] = ("percent", "money", "count", "number", "date")

VerdictStatus = Literal["supported", "contradicted", "unverifiable", "ambiguous", "conflict"]
VERDICT_STATUSES: tuple[VerdictStatus, ...] = (
    "supported",
    "contradicted",
    "unverifiable",
    "ambiguous",
    "conflict",
)

CurrencySource = Literal["explicit", "context", "outlet_country", "none"]
Qualifier = Literal["about", "more than", "less than", "at least", "at most", "up to", "exactly"]


def utcnow() -> datetime:
    return datetime.now(UTC)


def stable_id(*parts: object, length: int = 20) -> str:
    """A deterministic id from its parts: reprocessing the same input yields the same id."""
    digest = hashlib.blake2b("\x1f".join(str(p) for p in parts).encode("utf-8"), digest_size=16)
    return digest.hexdigest()[:length]


class DateWindow(BaseModel):
    """The days an undated article may have appeared (an archive whose dates were lost, "2004-01-01/2005-12-31").

    Used only when published_at is missing: a check that needs the article's day then holds a claim to every day of
    the window, and says so. Accepts {"start", "end"} or the ISO interval string "START/END"."""

    model_config = ConfigDict(frozen=True)

    start: date
    end: date

    @model_validator(mode="before")
    @classmethod
    def _from_interval(cls, value: Any) -> Any:
        if isinstance(value, str):
            start, sep, end = value.strip().partition("/")
            if not sep or not start.strip() or not end.strip():
                raise ValueError(f"a date window is 'START/END' (ISO dates), not {value!r}")
            return {"start": start.strip(), "end": end.strip()}
        return value

    @model_validator(mode="after")
    def _ordered(self) -> DateWindow:
        if self.end < self.start:
            raise ValueError(f"the window ends ({self.end}) before it starts ({self.start})")
        if (self.end - self.start).days > limits.MAX_DATE_WINDOW_DAYS:
            raise ValueError(f"a date window spans at most {limits.MAX_DATE_WINDOW_DAYS} days")
        return self

    def __str__(self) -> str:
        return f"{self.start.isoformat()}/{self.end.isoformat()}"


class Article(BaseModel):
    """One article of the input feed (topic `articles`, key = id)."""

    model_config = ConfigDict(extra="ignore", str_strip_whitespace=False)

    id: str = Field(min_length=1, max_length=512)
    url: str | None = None
    source: str | None = None
    lang: Literal["ar", "en"] | None = None
    published_at: datetime | None = None
    title: str | None = None
    body: str = Field(min_length=1)
    # The outlet's country (ISO 3166-1 alpha-2, upper-cased on input): resolves a bare local currency word such as
    # "دينار" or "pound" when the text does not (issue 14). None: the outlet map of factstream/countries.py, if any.
    country: str | None = None
    # When published_at is unknown: the days the article may have appeared (see DateWindow).
    published_window: DateWindow | None = None

    @field_validator("country", mode="before")
    @classmethod
    def _country_code(cls, value: Any) -> str | None:
        return normalize_country(value)

    @field_validator("id")
    @classmethod
    def _id_is_not_blank(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("id must not be blank")
        return value

    @field_validator("body")
    @classmethod
    def _body_is_not_blank(cls, value: str) -> str:
        if not value.strip():
            raise ValueError("body must not be blank")
        return value

    @field_validator("lang", mode="before")
    @classmethod
    def _lang_lower(cls, value: Any) -> Any:
        if isinstance(value, str):
            value = value.strip().lower() or None
            if value in ("auto", "detect"):
                return None
        return value

    @property
    def ref(self) -> ArticleRef:
        return ArticleRef(
            id=self.id,
            url=self.url,
            source=self.source,
            lang=self.lang,
            published_at=self.published_at,
            title=self.title,
            published_window=self.published_window,
        )


class ArticleRef(BaseModel):
    """What a verdict or alert carries about its article (no body)."""

    id: str
    url: str | None = None
    source: str | None = None
    lang: str | None = None
    published_at: datetime | None = None
    title: str | None = None
    published_window: DateWindow | None = None


class Claim(BaseModel):
    """One numeric claim found in a text. Offsets always point into the ORIGINAL text."""

    claim_id: str
    kind: ClaimKind
    # percent: the figure (98% -> 98); money: full units (200 million -> 200000000); count/number: the number;
    # date: ISO 8601 at the stated precision ("2014-09-11", "2014-09", "2014", "--09-11", "--09").
    value: float | int | str | None
    # Upper end of a range ("between 3 and 5 million": value 3000000, value_high 5000000).
    value_high: float | int | str | None = None
    currency: str | None = None
    # Candidate currencies when the text names an ambiguous one (a bare "ريال" or "دينار").
    currency_candidates: list[str] = Field(default_factory=list)
    # Money: why that currency: "explicit" (the amount names it: "$", "دينار كويتي"), "context" (a currency or
    # country the sentence, paragraph or article names), "outlet_country" (the article's country), "none" (unknown:
    # see currency_candidates). None for other kinds.
    currency_source: CurrencySource | None = None
    counted: str | None = None
    unit: str | None = None
    qualifier: Qualifier | None = None
    # Dates: "day" | "month" | "year"; whether the value was inferred (weekday or relative word resolved
    # against published_at); the calendar the text used ("gregorian" | "hijri").
    precision: str | None = None
    inferred: bool = False
    calendar: str | None = None
    # The time the claim is about when its sentence states one: the ISO value of the nearest date claim in the
    # same sentence ("74 countries on 11 September 2014" -> "2014-09-11"). Checkers use it to pick the fact.
    time_ref: str | None = None
    text: str
    start: int
    end: int
    sentence: str
    sentence_start: int
    sentence_end: int
    lang: str

    @staticmethod
    def make_id(article_id: str | None, start: int, end: int, text: str) -> str:
        return stable_id(article_id or "", start, end, text)


class SeriesPoint(BaseModel):
    """One dated value of a reference series (a day's close, a month's average), for the evidence chart."""

    date: str  # ISO date (YYYY-MM-DD; a month's or year's value is dated to its first day)
    value: float


class Fact(BaseModel):
    """One reference figure with its source."""

    table: str  # which reference pack/table it came from
    entity_id: str
    entity_name: str | None = None
    metric: str
    value: float | int | str
    unit: str | None = None
    as_of: str | None = None
    valid_from: str | None = None
    valid_to: str | None = None
    source_url: str | None = None
    source_quote: str | None = None
    # For a fact read off a dated series: a few points around the claim's time (the dashboard draws them with
    # the claimed value marked). None for curated facts and yearly tables.
    series: list[SeriesPoint] | None = None


class Deviation(BaseModel):
    absolute: float | None = None
    relative: float | None = None  # (claim - fact) / fact
    points: float | None = None  # percentage points, for percent claims
    days: int | None = None  # for dates


VerdictExplanation = dict[str, str]  # language code -> one sentence ("en" always present)


class Verdict(BaseModel):
    """The outcome of checking one claim (topic `verdicts`)."""

    verdict_id: str
    article_id: str
    article: ArticleRef | None = None
    claim: Claim
    verdict: VerdictStatus
    fact: Fact | None = None
    deviation: Deviation | None = None
    explanation: VerdictExplanation = Field(default_factory=dict)
    entity_id: str | None = None
    metric: str | None = None
    period: str | None = None  # the time the claim is about, as ISO text
    other_sources: list[dict[str, Any]] = Field(default_factory=list)  # for `conflict`
    checked_at: datetime = Field(default_factory=utcnow)

    @staticmethod
    def make_id(claim_id: str, status: str) -> str:
        return stable_id(claim_id, status)


class Alert(BaseModel):
    """A verdict that fact-checkers must see (topic `alerts`). One per claim: alert_id == claim_id."""

    alert_id: str
    verdict: Verdict
    priority: float = 0.0
    prominence: Literal["title", "lead", "body"] = "body"
    created_at: datetime = Field(default_factory=utcnow)


class Review(BaseModel):
    """A fact-checker's decision on an alert (compacted topic `reviews`, key = alert_id)."""

    alert_id: str
    decision: Literal["confirmed", "dismissed"]
    note: str | None = Field(default=None, max_length=limits.MAX_REVIEW_NOTE_CHARS)
    reviewer: str | None = None
    checker: str | None = None  # claim kind / table that produced the alert, for per-checker precision
    reviewed_at: datetime = Field(default_factory=utcnow)


# A dead letter must fit in one Kafka record (message.max.bytes is 1 MiB by default), with room to spare.
DEAD_LETTER_MAX_BYTES = limits.DEAD_LETTER_MAX_BYTES
DEAD_LETTER_MAX_ERROR_CHARS = limits.DEAD_LETTER_MAX_ERROR_CHARS


class DeadLetter(BaseModel):
    """An input that could not be processed, kept with its reason (topic `deadletter`)."""

    stage: str  # e.g. "decode-article", "extract", "check", "feed", "webhook"
    error: str
    topic: str | None = None
    partition: int | None = None
    offset: int | None = None
    key: str | None = None
    value: str | None = None  # the original bytes: UTF-8 text, or base64 when not valid UTF-8
    value_encoding: Literal["utf-8", "base64"] = "utf-8"
    attempts: int = 1
    failed_at: datetime = Field(default_factory=utcnow)

    @classmethod
    def from_bytes(cls, raw: bytes | None, **fields: Any) -> DeadLetter:
        """The letter for `raw`, small enough to be sent: a Kafka record is at most 1 MiB by default, so a
        letter that would be bigger (a huge record, base64 growth, a long error) keeps its error cut short and
        drops the copy of the original, saying so; the original stays at its topic/partition/offset."""
        import base64

        error = str(fields.pop("error", ""))
        if len(error) > DEAD_LETTER_MAX_ERROR_CHARS:
            cut = len(error) - DEAD_LETTER_MAX_ERROR_CHARS
            error = f"{error[:DEAD_LETTER_MAX_ERROR_CHARS]}… ({cut:,} more characters)"
        if raw is None:
            return cls(value=None, error=error, **fields)
        try:
            letter = cls(value=raw.decode("utf-8"), value_encoding="utf-8", error=error, **fields)
        except UnicodeDecodeError:
            letter = cls(value=base64.b64encode(raw).decode("ascii"), value_encoding="base64", error=error, **fields)
        if len(letter.model_dump_json()) <= DEAD_LETTER_MAX_BYTES:
            return letter
        note = (f" (the original record of {len(raw):,} bytes is not kept here: over the dead-letter limit of "
                f"{DEAD_LETTER_MAX_BYTES:,} bytes)")
        return cls(value=None, error=error + note, **fields)

    def original_bytes(self) -> bytes | None:
        import base64

        if self.value is None:
            return None
        if self.value_encoding == "base64":
            return base64.b64decode(self.value)
        return self.value.encode("utf-8")


class ClaimBatch(BaseModel):
    """The claims of one kind found in one article, with what checkers need of the article (topics claims-*)."""

    article: ArticleRef
    kind: ClaimKind
    claims: list[Claim]
    # The article's claims of other kinds (or in another split batch) that share a sentence with `claims`: the
    # consistency checks (checkers.consistency) read a sentence's every figure, as `factstream check` does.
    context: list[Claim] = Field(default_factory=list)
    # When the article reached Kafka (the record's timestamp, epoch seconds): latency is measured from it.
    received_at: float | None = None
