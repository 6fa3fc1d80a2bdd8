-- Recruiter identifiers reported as scam-compound recruiters (phone numbers, @handles,
-- links), normalised the way bot/risk.py extracts them from offers, so a checked offer's
-- identifiers can be matched exactly. Staff add entries from the CLI; a later flow adds
-- user reports. Every addition also leaves a line in audit_log.
CREATE TABLE reported_recruiters (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('phone', 'handle', 'link')),
    value TEXT NOT NULL,                 -- phone: digits (with country code when known); handle: lower-case, no @; link: host/path, lower-case
    note TEXT,
    source TEXT,                         -- who reported it: the staff actor ("staff:<id>", "cli:<login>"), later user reports
    created_at TEXT NOT NULL,
    UNIQUE (kind, value)
);
CREATE INDEX reported_recruiters_value ON reported_recruiters(value);
