"""The extraction engine: text -> anchors -> windows of tokens -> rules -> drafts.

- limits.py: the extraction limits (from factstream.limits) and the context window sizes.
- types.py: tokens (Tok), drafts of claims (Draft), number expressions (NumberExpr), Skip (a span that is no claim).
- scanning.py: masks (URLs, e-mails, hashtags), sentence bounds, anchor positions, detect_lang.
- tiling.py: a window of text -> tokens.
- cursor.py: Cursor, the token helpers every rule uses over one window's tokens.
- parse.py: Window, the one parse loop that states the rule order (not claims, dates, quantities).
- extractor.py: Extractor, one run over one text (sentences, windows, currency cues, time references).

The rules themselves live in claims/rules/, one module per dimension.
"""
