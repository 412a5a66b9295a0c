"""factstream: event-driven fact-checking of numeric claims in the news.

This package holds what the pure packages (claims/, checkers/, alerts/) and the stream (streams/) share:
the data model, the settings, the limits and the metrics. It imports no other package of the project, and never
imports faust at import time.
"""

__version__ = "0.1.0"
