"""Numbers in digits and in words (the base of money, percent and counts)."""
