"""Every limit of factstream in one place: what each bounds, and why it has the value it has.

Plain constants, so that the pure packages (claims/, checkers/, alerts/) and streams/ import them without reading
the environment. Values are unchanged from before they were gathered here.

Two kinds of limit:
- fixed guards, part of the code's contract (a library call refuses an input over them, always);
- defaults of operator settings (`DEFAULT_*`): factstream.settings.Settings takes its defaults from here, and the
  environment (FACTSTREAM_MAX_ARTICLE_BYTES, FACTSTREAM_MAX_CLAIMS_PER_ARTICLE, FACTSTREAM_MAX_ATTEMPTS) overrides
  them per deployment.

Where two limits seem to bound the same thing, they guard different doors:

- Text length. `MAX_CHARS` (2,000,000 characters) is what `claims.extract()` accepts from any caller: the command
  line, bench/, tests, a library user. `DEFAULT_MAX_ARTICLE_BYTES` (1 MiB of JSON record) is what the stream accepts
  from Kafka, checked before the record is even decoded (factstream.articles.parse_article). A body inside a 1 MiB
  record is at most ~1 M characters (half that in Arabic, 2 bytes a letter in UTF-8), so in the pipeline the byte
  limit always applies first and `MAX_CHARS` never fires; it still protects every other caller of the library.
- Claims per text. `MAX_CLAIMS` (20,000) is the extractor's own refusal, during extraction, of a text made of numbers
  (a data dump): it bounds the extractor's memory and time. `DEFAULT_MAX_CLAIMS_PER_ARTICLE` (2,000) is the stream's
  refusal, after extraction, of an article whose claims would fan out into that many verdicts and alert lookups. In
  the stream an article goes to the dead letters at 2,001 claims (or earlier, at 20,001 numeric expressions, when
  the extractor refuses first); `factstream extract` / `check` and the library stop only at 20,000.
- Record sizes. A Kafka record is at most 1 MiB by the broker's default (message.max.bytes): an article record may
  use all of it (`DEFAULT_MAX_ARTICLE_BYTES`), a claims batch half (`MAX_BATCH_BYTES`: an article with many claims
  of one kind is sent as several batches) and a dead letter 900 KiB (`DEAD_LETTER_MAX_BYTES`: room for the headers
  and the fields around the copied original).
"""

from __future__ import annotations

# --- Input accepted by the stream (defaults of Settings fields) -----------------------------------------------------

DEFAULT_MAX_ARTICLE_BYTES = 1024 * 1024
"""Largest article record the stream decodes (FACTSTREAM_MAX_ARTICLE_BYTES): the broker's default record size."""

MIN_MAX_ARTICLE_BYTES = 1024
"""Smallest value FACTSTREAM_MAX_ARTICLE_BYTES may be set to: below it even a short article would be refused."""

DEFAULT_MAX_CLAIMS_PER_ARTICLE = 2000
"""Claims an article may yield in the stream (FACTSTREAM_MAX_CLAIMS_PER_ARTICLE): real articles hold a few dozen
figures; a list of 100,000 numbers would fan out into 100,000 verdicts."""

DEFAULT_MAX_ATTEMPTS = 3
"""Failed attempts at processing one message before it goes to the dead letters (FACTSTREAM_MAX_ATTEMPTS); a
ValueError (bad input) is never retried."""

# --- Feeds fetched over HTTP (factstream_cli/fetch.py, `factstream feed URL`) -----------------------------------------

DEFAULT_FEED_MAX_BYTES = 8 * 1024 * 1024
"""Largest feed body read, after decompression (FACTSTREAM_FEED_MAX_BYTES): a busy RSS feed is a few hundred KiB;
a 100 MiB response is cut off instead of read whole."""

DEFAULT_FEED_TIMEOUT_S = 30.0
"""Seconds for the whole fetch, connect, redirects and every read together (FACTSTREAM_FEED_TIMEOUT_S): a server
that drips a byte a second ends with an error instead of outliving a per-read timeout."""

# --- Extraction (claims/) -------------------------------------------------------------------------------------------

MAX_CHARS = 2_000_000
"""Longest text claims.extract() accepts, in characters, from any caller (see the module docstring for how it
relates to DEFAULT_MAX_ARTICLE_BYTES)."""

MAX_CLAIMS = 20_000
"""Numeric expressions one text may hold before the extractor refuses it: bounds its memory and time on a data
dump (the stream's own, lower limit is DEFAULT_MAX_CLAIMS_PER_ARTICLE)."""

MAX_ANCHORS = 100_000
"""Number-like tokens one text may hold before the extractor refuses it, checked before any parsing: the cheap
first refusal of a text that is all numbers."""

MAX_SENTENCE_CHARS = 1500
"""Longest stretch treated as one sentence; a longer run without a full stop is cut at a space, so that the
work per sentence stays bounded."""

MAX_DIGITS = 24
"""Most digits a plain digit run may have to be read as a number (10 more characters with separators and decimal
mark): a longer run is an identifier, not a figure, and Decimal arithmetic on what is read stays cheap."""

MAX_CLAIM_VALUE = 2**63 - 1
"""Largest magnitude a claim's value (and value_high) may have: the largest signed 64-bit integer. orjson refuses
integers beyond 64 bits, the checkers' tables hold 64-bit numbers, and no checkable figure comes near it; a
larger figure ("100000000000000000000 countries") is not a claim (issue 15, finding 1)."""

EXTRACT_DEADLINE_BASE_S = 5.0
"""Time budget of one extraction, in seconds, before the per-size part below: a text that exhausts the budget is
refused with a ValueError instead of holding a worker."""

EXTRACT_SECONDS_PER_MB = 20.0
"""Extra time budget per million characters: generous (extraction runs at ~1 M characters/s), so that only an
adversarial input gets near it."""

# --- Checking (checkers/) -------------------------------------------------------------------------------------------

MAX_DATE_WINDOW_DAYS = 3 * 366
"""The longest window an undated article may be given (Article.published_window): past a few years a price, a rate
or "last year" means too many things to check."""

SENTENCE_MEMORY = 2048
"""Sentence scans the checkers keep per reference-tables object: an article's claims arrive as one batch per kind,
close together, and one sentence often holds claims of several kinds. Bounded: a worker reads an endless stream of
new sentences."""

TITLE_MEMORY = 512
"""Title scans kept per reference-tables object, for the same reason as SENTENCE_MEMORY."""

TEXT_MEMO_LIMIT = 200_000
"""Distinct token readings a phrase index (checkers/text.py) remembers before its memo starts afresh: a worker
reads an unbounded vocabulary of names and numbers, and most tokens find nothing."""

# --- Stream (streams/) ----------------------------------------------------------------------------------------------

LONG_ARTICLE_CHARS = 100_000
"""Articles longer than this (a few in a million: full reports, transcripts) are extracted in a worker thread: at
~1 M characters/s the extractor would otherwise hold the event loop (web server, heartbeats) noticeably long."""

MAX_BATCH_BYTES = 512 * 1024
"""Largest claims batch, one Kafka record: half the broker's default record size, so a batch is always sendable;
an article with more claims of one kind is sent as several batches."""

MAX_OBSERVATIONS_PER_KEY = 50
"""Observations kept per entity|metric|period key for conflict detection: enough outlets to compare with, and a
bounded table row."""

STALLED_S = 10.0
"""Seconds a partition's next record may stay unprocessed before the consumer reads again from that record."""

NEW_TOPIC_METADATA_WAIT_S = 60.0
"""Seconds the worker waits, at start, for a topic it has just created (a table's changelog) to appear in the
broker's metadata before it joins its group: the broker applies a new topic a moment after it answers the creation,
seconds later on a loaded machine, and a group assigned meanwhile leaves the topic's partitions out."""

NEW_TOPIC_METADATA_POLL_S = 0.2
"""Pause between two metadata requests while waiting for a new topic (NEW_TOPIC_METADATA_WAIT_S)."""

# --- Dead letters (factstream.models) -------------------------------------------------------------------------------

DEAD_LETTER_MAX_BYTES = 900 * 1024
"""Largest dead letter, as JSON: it must fit in one Kafka record (1 MiB by default) with room to spare; a bigger
one drops its copy of the original record, saying so."""

DEAD_LETTER_MAX_ERROR_CHARS = 4000
"""Longest error text kept in a dead letter; the rest is cut, with the number of characters cut."""

# --- Alerts and review API (alerts/) --------------------------------------------------------------------------------

MAX_ALERTS = 10_000
"""Alerts the in-memory store keeps for the dashboard; older ones drop out first."""

MAX_REVIEW_BODY = 16 * 1024
"""Largest review request body, in bytes, the web API reads."""

MAX_PAGE = 500
"""Largest `limit` a client may ask of the alerts API in one page."""

DEFAULT_PAGE = 50
"""Page size of the alerts API when the client gives no `limit`."""

MAX_REVIEWER_LENGTH = 200
"""Longest reviewer name a review may carry."""

MAX_REVIEW_NOTE_CHARS = 4000
"""Longest note a review may carry."""

MAX_BACKOFF_S = 30.0
"""Longest wait between two attempts of an alert sink (webhook, e-mail)."""
