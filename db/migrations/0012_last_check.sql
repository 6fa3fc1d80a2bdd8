-- The verdict of the last offer this user had checked, so that "so I shouldn't go?" is answered
-- about that offer: JSON {"risk", "score", "flags": [[id, ratio]], "at"}. Never the offer's text.
-- On the user's row, so /delete removes it with the rest.
ALTER TABLE users ADD COLUMN last_check TEXT;
