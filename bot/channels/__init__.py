"""Channels: Telegram and the terminal chat, thin shells around `bot.core.Assistant`."""
