-- Staff with roles and missions, subscriptions with host-country preferences, advisories and
-- their deliveries (one row per advisory and chat, snapshotted when the advisory is approved),
-- and the verification codes that prove a message came from the embassy through this bot.
CREATE TABLE staff (
    telegram_id INTEGER PRIMARY KEY,   -- numeric Telegram user id, never a username
    role TEXT NOT NULL CHECK (role IN ('admin', 'officer')),
    citizen_country TEXT,              -- the mission: whose citizens (admins: NULL, all)
    host_country TEXT,                 -- and where (admins: NULL, all)
    added_by TEXT NOT NULL,
    added_at TEXT NOT NULL,
    removed_at TEXT                    -- set on removal: every right goes at once; STAFF_IDS never re-adds
);

CREATE TABLE missions (
    citizen_country TEXT NOT NULL,
    host_country TEXT NOT NULL,
    staff_chat_id INTEGER,             -- this mission's own staff group (else STAFF_CHAT_ID)
    PRIMARY KEY (citizen_country, host_country)
);

ALTER TABLE users ADD COLUMN alert_hosts TEXT;   -- JSON list of host countries for advisories (NULL: all)
ALTER TABLE users ADD COLUMN blocked_at TEXT;    -- the user blocked the bot: no advisory goes to them

CREATE TABLE advisories (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,         -- verification code printed on every copy
    texts TEXT NOT NULL,               -- JSON {language: text}
    nationality TEXT,                  -- audience; NULL: anyone
    host_country TEXT,
    language TEXT,
    kind TEXT NOT NULL DEFAULT 'advisory' CHECK (kind IN ('advisory', 'correction', 'withdrawal')),
    corrects INTEGER REFERENCES advisories(id),
    status TEXT NOT NULL CHECK (status IN ('draft', 'awaiting_approval', 'sending', 'sent', 'cancelled')),
    author TEXT NOT NULL,
    approved_by TEXT,
    audience_count INTEGER,
    progress_chat INTEGER,             -- the message edited with the figures while it goes out
    progress_message INTEGER,
    created_at TEXT NOT NULL,
    approved_at TEXT,
    finished_at TEXT
);

CREATE TABLE deliveries (
    id INTEGER PRIMARY KEY,
    advisory_id INTEGER NOT NULL REFERENCES advisories(id),
    chat_id INTEGER NOT NULL,
    user_id TEXT NOT NULL,
    language TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'pending'
        CHECK (status IN ('pending', 'claimed', 'sent', 'blocked', 'failed', 'unknown')),
    attempts INTEGER NOT NULL DEFAULT 0,
    next_at REAL NOT NULL DEFAULT 0,   -- unix time before which it is not tried (429, backoff)
    message_id INTEGER,                -- Telegram's, once sent
    error TEXT,
    updated_at REAL,
    UNIQUE (advisory_id, chat_id)
);
CREATE INDEX deliveries_due ON deliveries(status, next_at);

CREATE TABLE verifications (
    code TEXT PRIMARY KEY,
    kind TEXT NOT NULL,                -- advisory | staff_message
    ref TEXT,                          -- the advisory code, or the case a staff message was about
    text TEXT NOT NULL,                -- what was sent, to show the original
    created_at TEXT NOT NULL
);
