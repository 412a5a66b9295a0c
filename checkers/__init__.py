"""checkers: reference tables, matching, comparison, verdicts. Pure Python (never imports faust or kafka)."""
