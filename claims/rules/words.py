"""Word sets the rules still hold in Python (moving to the language data)."""

ORDINAL_SUFFIXES = frozenset({"st", "nd", "rd", "th"})
CLOCK_SUFFIXES = frozenset({"am", "pm", "a", "h", "hrs"})  # not "p": "50p" is pence
YEAR_DETERMINERS = frozenset({"the", "its", "their", "his", "her", "our", "this", "whose", "my", "your"})
COUNT_MODIFIERS = frozenset({"more", "other", "new", "additional", "extra", "further"})
UNTIL_WORDS = frozenset({"حتي", "وحتي", "until", "till"})  # also qualifiers ("up to"), but before a year: a date
GMT_WORDS = frozenset({"gmt", "bst", "utc", "est", "et", "cet", "edt", "pst", "pt"})
# Connectors of a run of days before one month name; the range ones give one claim with value_high.
RANGE_WORDS = frozenset({"to", "until", "till", "through", "الي", "حتي", "-", "/"})
DAY_LIST_WORDS = frozenset({"و", "and", "or", "او", "to", "until", "till", "through", "الي", "حتي"})
