"""Dates: calendar values, months, days, numeric dates, years, relative words."""
