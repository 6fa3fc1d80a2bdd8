"""Cases: a report confirmed by its reporter becomes a case with a code, stored durably
before the bot says it was received; staff work it, the reporter follows it."""
