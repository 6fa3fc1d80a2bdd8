-- Users: only what the bot needs to answer in the right language and send advisories.
-- No names, usernames or phone numbers are stored.
CREATE TABLE users (
    id TEXT PRIMARY KEY,                          -- "tg:<numeric Telegram user id>" or "cli:<name>"
    language TEXT,                                -- language of the last reply
    language_explicit INTEGER NOT NULL DEFAULT 0, -- 1 when chosen with /language
    client_language TEXT,                         -- Telegram client's language_code, as sent
    subscribed INTEGER NOT NULL DEFAULT 0,        -- wants advisories (/subscribe)
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);

-- Every change made for or by staff, and every data deletion, leaves a line here.
CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    action TEXT NOT NULL,
    subject TEXT,
    detail TEXT
);
CREATE INDEX audit_log_subject ON audit_log(subject);
