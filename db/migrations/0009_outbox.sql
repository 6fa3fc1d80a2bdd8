-- Notices waiting to be delivered to another chat (the staff chat, a reporter), written in the
-- same process step that decided them (e.g. a custom action filing a case), delivered by the
-- running channel, kept until sent so a restart loses none.
CREATE TABLE outbox (
    id INTEGER PRIMARY KEY,
    target TEXT NOT NULL,       -- 'staff' or a user id
    text TEXT NOT NULL,
    buttons TEXT NOT NULL,      -- JSON list of {"title", "payload"} (unsigned: signed when sent)
    silent INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL,
    sent_at TEXT
);
CREATE INDEX outbox_pending ON outbox(sent_at);
