"""The job-offer checker: red flags with the offer's own words as evidence, salary norms,
reported recruiters, and the answer in the reader's language. No Telegram, no Rasa."""
