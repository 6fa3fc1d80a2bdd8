"""Shared test helpers: the fake Bot API, a running bot, a Telegram user, recording stand-ins."""
