-- Reports that became cases: a code the reporter sees, a status staff change, a timeline.
-- `answers` keeps only what the reporter agreed to share with their embassy.
CREATE TABLE cases (
    id INTEGER PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,              -- CASE-YYYY-NNNNN
    kind TEXT NOT NULL,                     -- 'missing', 'detained', 'recruiter'
    status TEXT NOT NULL DEFAULT 'new',     -- new, acknowledged, in_progress, resolved, closed
    reporter TEXT NOT NULL,                 -- users.id of who reported it
    reporter_language TEXT NOT NULL,
    nationality TEXT,                       -- of the reported person, when known
    host_country TEXT,
    answers TEXT NOT NULL,                  -- JSON
    draft TEXT NOT NULL UNIQUE,             -- the confirmed draft: a double confirmation is one case
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
);
CREATE INDEX cases_reporter ON cases(reporter);
CREATE INDEX cases_status ON cases(status, created_at);

CREATE TABLE case_events (
    id INTEGER PRIMARY KEY,
    case_id INTEGER NOT NULL REFERENCES cases(id),
    at TEXT NOT NULL,
    actor TEXT NOT NULL,
    kind TEXT NOT NULL,                     -- 'created', 'status'
    detail TEXT                             -- JSON
);
CREATE INDEX case_events_case ON case_events(case_id);

-- The last number given out per year, for case codes.
CREATE TABLE case_counters (
    year INTEGER PRIMARY KEY,
    last INTEGER NOT NULL
);

-- A report summarised and waiting for the reporter's "send": confirmed once, it becomes a case.
CREATE TABLE case_drafts (
    token TEXT PRIMARY KEY,
    reporter TEXT NOT NULL,
    kind TEXT NOT NULL,
    language TEXT NOT NULL,
    nationality TEXT,
    host_country TEXT,
    answers TEXT NOT NULL,                  -- JSON
    created_at TEXT NOT NULL
);
