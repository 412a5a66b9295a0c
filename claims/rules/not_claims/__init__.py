"""Not claims: numbers that name, time, number or identify something (the order is in numbers.py)."""
