"""Consistency checks that need no reference fact: figures of one sentence checked against each other.

- conversions: an amount and its equivalent in another currency ("4.7 مليار درهم (1.3 مليار دولار)", "£3bn
  ($5.6bn)"), checked with the day's rate (ECB, a peg, else the World Bank's annual official rate);
- arithmetic: a change stated both ways ("rose 10% to $110m from $100m", "ارتفع من 100 إلى 120 بنسبة 20%").

They read the other claims of the claim's sentence, of every kind (`siblings`): `check_claims` receives the
claims of other kinds through its `context` argument (the stream's ClaimBatch.context), so a batch of one kind
gets the same verdicts as the whole article checked at once. See checkers/README.md.
"""

from checkers.consistency.check import consistency_verdicts, sentence_groups
from checkers.consistency.rates import fx_converter

__all__ = ["consistency_verdicts", "fx_converter", "sentence_groups"]
