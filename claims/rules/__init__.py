"""Rules per dimension (numbers, money, percent, counts, dates, not-claims), each a mixin of
claims.engine.cursor.Cursor; modules named *_ar / *_en hold what only one language does. claims/engine/parse.py
joins them and states the order."""
