"""alerts: turning verdicts into alerts and delivering them (webhook, e-mail, JSONL), the review dashboard's
rendering, ClaimReview output. Never imports faust."""
