"""Telegram bot that keeps citizens out of scam compounds (see README.md)."""
