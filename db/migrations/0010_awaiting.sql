-- What the bot waits for from this user next, outside any form: "add:<CASE>" (a reporter adds
-- information to their case) or "ask:<CASE>" (staff write a question for a reporter). Kept in
-- the database so a restart does not turn the next message into something else.
ALTER TABLE users ADD COLUMN awaiting TEXT;
ALTER TABLE users ADD COLUMN awaiting_at REAL;
