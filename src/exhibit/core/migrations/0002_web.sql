-- Exhibit catalogue: which works the web gallery publishes (all, until the curator says no).
ALTER TABLE works ADD COLUMN on_web TEXT NOT NULL DEFAULT 'yes';
