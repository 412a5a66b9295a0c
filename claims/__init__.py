"""claims: text -> numeric claims. Pure Python (never imports faust or kafka).

Entry point: claims.extract(text, lang=None, published_at=None). See claims/README.md.
"""
