"""Wording: explanations in English and the article's language, from templates kept as data (templates.py)."""
