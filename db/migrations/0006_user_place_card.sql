-- Where the user said they are now (the gazetteer's English name, e.g. 'Myawaddy'), so the
-- card can add the mission across the border where people from there come out; and when
-- the emergency card was last shown, so a repeat within minutes is the short version.
ALTER TABLE users ADD COLUMN place TEXT;
ALTER TABLE users ADD COLUMN last_card_at REAL;
