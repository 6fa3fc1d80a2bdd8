-- Discreet mode and /wipe: the ids (never the text) of the messages in a private chat, so the bot
-- can delete them later, even after a restart. `delete_at` (unix time) is when they go.
ALTER TABLE users ADD COLUMN discreet_minutes INTEGER;   -- NULL: off

CREATE TABLE chat_messages (
    id INTEGER PRIMARY KEY,
    user_id TEXT NOT NULL,          -- users.id ("tg:<id>")
    chat_id INTEGER NOT NULL,
    message_id INTEGER NOT NULL,
    at REAL NOT NULL,
    delete_at REAL,                 -- NULL: kept
    done INTEGER NOT NULL DEFAULT 0,  -- 1 once deleted (or Telegram no longer allows it)
    UNIQUE (chat_id, message_id)
);
CREATE INDEX chat_messages_due ON chat_messages(done, delete_at);
CREATE INDEX chat_messages_user ON chat_messages(user_id);
