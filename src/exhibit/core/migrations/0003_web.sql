-- Exhibit catalogue: the web gallery. Which works it publishes (all, until the curator says
-- no), where it is published (its address makes the labels' QR codes) and which language the
-- pages show first ('' = the source language).
ALTER TABLE works ADD COLUMN on_web TEXT NOT NULL DEFAULT 'yes';
ALTER TABLE exhibition ADD COLUMN web_address TEXT NOT NULL DEFAULT '';
ALTER TABLE exhibition ADD COLUMN first_language TEXT NOT NULL DEFAULT '';
