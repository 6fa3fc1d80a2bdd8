-- Who and where: the citizen country picks the embassy, the host country the local numbers.
-- Nationality starts as a guess from the language and is confirmed with one tap.
ALTER TABLE users ADD COLUMN nationality TEXT;                                -- ISO 3166-1 alpha-2
ALTER TABLE users ADD COLUMN nationality_confirmed INTEGER NOT NULL DEFAULT 0; -- 1 after the user tapped it
ALTER TABLE users ADD COLUMN host_country TEXT;                               -- where the user is (KH, MM, LA, TH, VN)
