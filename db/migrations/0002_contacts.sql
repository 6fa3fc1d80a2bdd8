-- Contacts: embassy missions, home-country hotlines, local emergency numbers, organisations.
-- Filled from db/seeds/contacts.yaml on first start and by `python -m bot contacts import FILE`
-- (bot/contacts_import.py). `data` keeps the whole entry as imported, so no field of the
-- research (alternatives, additional sources, notes) is lost; the other columns are copies
-- of it for querying and listing.
CREATE TABLE contacts (
    id TEXT PRIMARY KEY,               -- the entry's id (derived for entries that have none, see contacts_import)
    section TEXT NOT NULL CHECK (section IN ('missions', 'home_hotlines', 'local_emergency', 'organisations')),
    citizen_country TEXT,              -- ISO 3166-1 alpha-2: whose citizens the entry serves
    host_country TEXT,                 -- ISO 3166-1 alpha-2: where it is (organisations: their `country`)
    source TEXT,
    source_date TEXT,                  -- as published: "2024-02-21", "~2021-08", "undated (...)"
    confidence TEXT CHECK (confidence IN ('high', 'medium', 'low')),
    note TEXT,
    data TEXT NOT NULL,                -- the whole entry as JSON
    position INTEGER NOT NULL,         -- order within the section: file order when first inserted
    updated_at TEXT NOT NULL
);
CREATE INDEX contacts_section_citizen_host ON contacts(section, citizen_country, host_country);
CREATE INDEX contacts_section_host ON contacts(section, host_country);

-- The file's `meta` block (compiled date, warning, phone format), one row per key.
CREATE TABLE contacts_meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL,               -- JSON
    updated_at TEXT NOT NULL
);
