"""The consistency verdicts of an article's claims: each sentence's claims, of every kind, read together."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import TYPE_CHECKING

from checkers.consistency import figures
from checkers.consistency.arithmetic import arithmetic_verdicts
from checkers.consistency.calendar import calendar_verdicts
from checkers.consistency.conversions import conversion_verdicts
from factstream.models import ArticleRef, Claim, Verdict

if TYPE_CHECKING:
    from checkers.series import SeriesCatalog


def sentence_groups(claims: Iterable[Claim]) -> dict[figures.SentenceKey, list[Claim]]:
    """Claims by sentence, each group in text order."""
    groups: dict[figures.SentenceKey, list[Claim]] = defaultdict(list)
    for claim in claims:
        groups[figures.sentence_key(claim)].append(claim)
    return {key: figures.by_start(group) for key, group in groups.items()}


def consistency_verdicts(claims: list[Claim], article: ArticleRef, context: Iterable[Claim] = (),
                         series: SeriesCatalog | None = None) -> dict[str, Verdict]:
    """claim_id -> consistency verdict, for the claims of `claims` that a check applies to. `context`: the
    other claims of the same sentences (other kinds, in the stream); a verdict depends only on its sentence's
    claims, so the same sentence gives the same verdict however the claims were batched. `series`: the
    tables' series, whose exchange rates the conversions use (None: the shipped ones)."""
    wanted = {claim.claim_id for claim in claims}
    touched = {figures.sentence_key(claim) for claim in claims}
    pool = {claim.claim_id: claim for claim in [*claims, *context] if figures.sentence_key(claim) in touched}
    found: dict[str, Verdict] = {}
    for group in sentence_groups(pool.values()).values():
        if not any(claim.claim_id in wanted for claim in group):
            continue
        money = [claim for claim in group if claim.kind == "money"]
        if len(money) >= 2:
            found.update(conversion_verdicts(money, article, series))
        if len(group) >= 3 and any(claim.kind == "percent" for claim in group):
            ordered = [claim for claim in group if claim.kind != "date"]
            found.update(arithmetic_verdicts(ordered, article))
        dates = [claim for claim in group if claim.kind == "date"]
        if dates:
            found.update(calendar_verdicts(dates, article))
    return {claim_id: verdict for claim_id, verdict in found.items() if claim_id in wanted}
