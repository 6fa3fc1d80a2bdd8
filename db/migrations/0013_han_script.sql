-- The Chinese script the user writes: 'hant' (Traditional) or 'hans' (Simplified). A user who
-- writes Traditional may be from Taiwan, Hong Kong or Malaysia as well as China: the one-tap
-- nationality question offers those too. Nothing else about the user's writing is kept.
ALTER TABLE users ADD COLUMN han_script TEXT;
