-- The running bot's heartbeat: `python -m bot health` reads it and applies nothing.
-- One row: when the bot last reached Telegram (a poll answered, or the webhook info read),
-- and whether it serves with the model ('full') or without it ('limited').
CREATE TABLE heartbeat (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    at REAL NOT NULL,          -- unix time of the last beat
    mode TEXT NOT NULL,        -- 'full' or 'limited'
    channel TEXT NOT NULL,     -- 'polling', 'webhook' or 'terminal'
    pid INTEGER NOT NULL
);
