"""Extractors every format shares: dates, bylines, attribution, furniture."""
