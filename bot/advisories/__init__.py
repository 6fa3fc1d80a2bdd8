"""Advisories: written and approved by staff, delivered to subscribers at Telegram's pace, verifiable."""
