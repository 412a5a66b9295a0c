"""claims: text -> numeric claims (percent, money, count, number, date). Pure Python (no faust, no kafka).

    import claims
    claims.extract(text, lang=None, published_at=None, article_id=None, country=None, headline=None) -> list[Claim]
    claims.extract_article(article) -> list[Claim]
    claims.detect_lang(text) -> "ar" | "en"
    claims.headline_text(title, url) -> str   (an article's headline: its title, else its URL's words)

Language data lives in claims/languages/<lang>.yaml; the engine is claims/engine.py.
"""

from claims.api import MAX_CHARS, detect_lang, extract, extract_article
from claims.headline import headline_text

__all__ = ["MAX_CHARS", "detect_lang", "extract", "extract_article", "headline_text"]
