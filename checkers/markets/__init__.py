"""Market prices and exchange rates checked against dated series (issue 13): Brent and WTI daily closes, gold
monthly averages, ECB euro reference rates (and crosses through the euro: the pound or the yen against the
dollar). Which words link a claim to which series, and the margins, are data: links.yaml.

    verdict = check_market(case, today)     # None when the claim is not about a market quantity

Registered in checkers.check.SERIES_CHECKS; the series come with the tables (tables.series).
"""

from checkers.markets.check import check_market
from checkers.markets.links import forget_scans, link_claim, load_links

__all__ = ["check_market", "forget_scans", "link_claim", "load_links"]
