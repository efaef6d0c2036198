-- Exhibit catalogue: stable ids and a per-field revision history (who, when, which office).
--
-- Every exhibition, section and work gets a uid (a random UUID, version 4) that survives
-- renumbering; packages and the translation export name things by it. Every edit of a field writes one history row: which
-- copy of the catalogue made it (origin, the copy's replica id, and origin_rev, its counter
-- there), the value after the edit (JSON), the author, the office and the time. A merge finds
-- the common base of a field as the newest history row both copies hold.

ALTER TABLE exhibition ADD COLUMN uid TEXT;
UPDATE exhibition SET uid = (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))) WHERE uid IS NULL;
ALTER TABLE sections ADD COLUMN uid TEXT;
UPDATE sections SET uid = (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))) WHERE uid IS NULL;
CREATE UNIQUE INDEX sections_uid ON sections(uid);
ALTER TABLE works ADD COLUMN uid TEXT;
UPDATE works SET uid = (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))) WHERE uid IS NULL;
CREATE UNIQUE INDEX works_uid ON works(uid);

CREATE TRIGGER exhibition_uid AFTER INSERT ON exhibition WHEN NEW.uid IS NULL
BEGIN
    UPDATE exhibition SET uid = (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))) WHERE id = NEW.id;
END;

-- This copy of the catalogue: its replica id (new for every unpacked package), the office and
-- the author its edits are recorded under, and whether edits are being recorded (a merge
-- writes the partner's rows itself).
CREATE TABLE replica (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    replica TEXT NOT NULL,
    office TEXT NOT NULL DEFAULT '',
    author TEXT NOT NULL DEFAULT '',       -- the author setting ('' = the OS user)
    session_author TEXT NOT NULL DEFAULT '',
    recording INTEGER NOT NULL DEFAULT 1
);
INSERT INTO replica (id, replica) VALUES (1, (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))));

CREATE TABLE history (
    rev INTEGER PRIMARY KEY AUTOINCREMENT,
    origin TEXT NOT NULL,
    origin_rev INTEGER NOT NULL,
    entity TEXT NOT NULL CHECK (entity IN ('exhibition', 'section', 'work')),
    uid TEXT NOT NULL,
    field TEXT NOT NULL,
    lang TEXT NOT NULL DEFAULT '',
    value TEXT,                            -- JSON; NULL when removed
    author TEXT NOT NULL DEFAULT '',
    office TEXT NOT NULL DEFAULT '',
    at TEXT NOT NULL,
    UNIQUE (origin, origin_rev)
);
CREATE INDEX history_field ON history(entity, uid, field, lang, rev);

-- Conflicts found by a merge: both copies changed a field differently. Ours stays until
-- resolved; theirs (value, who, when, where, and their history rows) waits here.
CREATE TABLE conflicts (
    id INTEGER PRIMARY KEY,
    package TEXT NOT NULL,
    entity TEXT NOT NULL,
    uid TEXT NOT NULL,
    field TEXT NOT NULL,
    lang TEXT NOT NULL DEFAULT '',
    base TEXT,
    ours TEXT,
    theirs TEXT,
    ours_author TEXT NOT NULL DEFAULT '',
    ours_office TEXT NOT NULL DEFAULT '',
    ours_at TEXT,
    theirs_author TEXT NOT NULL DEFAULT '',
    theirs_office TEXT NOT NULL DEFAULT '',
    theirs_at TEXT,
    theirs_history TEXT NOT NULL DEFAULT '[]',
    created TEXT NOT NULL,
    resolved TEXT,                         -- NULL, 'ours', 'theirs' or 'merged' (settled there)
    resolved_at TEXT
);
CREATE UNIQUE INDEX conflicts_open ON conflicts(entity, uid, field, lang) WHERE resolved IS NULL;

-- Packages sent and merged (what a manifest's base names).
CREATE TABLE exchanges (
    package TEXT PRIMARY KEY,
    direction TEXT NOT NULL CHECK (direction IN ('sent', 'merged')),
    office TEXT NOT NULL DEFAULT '',
    revision INTEGER NOT NULL,
    at TEXT NOT NULL
);

-- history_log: insert (entity, uid, field, lang, value) here and a history row is written with
-- this copy's replica id, author and office, unless the value is what the field's newest row
-- already says, or recording is off.
CREATE VIEW history_log (entity, uid, field, lang, value) AS
    SELECT entity, uid, field, lang, value FROM history WHERE 0;

CREATE TRIGGER history_log_insert INSTEAD OF INSERT ON history_log
WHEN (SELECT recording FROM replica WHERE id = 1) = 1 AND NEW.uid IS NOT NULL
    AND NEW.value IS NOT (
        SELECT h.value FROM history h
        WHERE h.entity = NEW.entity AND h.uid = NEW.uid AND h.field = NEW.field
          AND h.lang = NEW.lang
        ORDER BY h.rev DESC LIMIT 1
    )
BEGIN
    INSERT INTO history (origin, origin_rev, entity, uid, field, lang, value, author, office, at)
    SELECT r.replica,
           (SELECT COALESCE(MAX(origin_rev), 0) + 1 FROM history WHERE origin = r.replica),
           NEW.entity, NEW.uid, NEW.field, NEW.lang, NEW.value, r.session_author, r.office,
           strftime('%Y-%m-%dT%H:%M:%SZ', 'now')
    FROM replica r WHERE r.id = 1;
END;

-- texts, per owner
CREATE TRIGGER history_texts_insert AFTER INSERT ON texts
BEGIN
    INSERT INTO history_log VALUES (
        NEW.owner,
        CASE NEW.owner
            WHEN 'work' THEN (SELECT uid FROM works WHERE id = NEW.owner_id)
            WHEN 'section' THEN (SELECT uid FROM sections WHERE id = NEW.owner_id)
            ELSE (SELECT uid FROM exhibition WHERE id = NEW.owner_id)
        END,
        NEW.field, NEW.lang,
        CASE WHEN trim(NEW.text) = '' THEN NULL ELSE json_array(NEW.text, NEW.status) END
    );
END;
CREATE TRIGGER history_texts_update AFTER UPDATE ON texts
BEGIN
    INSERT INTO history_log VALUES (
        NEW.owner,
        CASE NEW.owner
            WHEN 'work' THEN (SELECT uid FROM works WHERE id = NEW.owner_id)
            WHEN 'section' THEN (SELECT uid FROM sections WHERE id = NEW.owner_id)
            ELSE (SELECT uid FROM exhibition WHERE id = NEW.owner_id)
        END,
        NEW.field, NEW.lang,
        CASE WHEN trim(NEW.text) = '' THEN NULL ELSE json_array(NEW.text, NEW.status) END
    );
END;
CREATE TRIGGER history_texts_delete AFTER DELETE ON texts
BEGIN
    INSERT INTO history_log VALUES (
        OLD.owner,
        CASE OLD.owner
            WHEN 'work' THEN (SELECT uid FROM works WHERE id = OLD.owner_id)
            WHEN 'section' THEN (SELECT uid FROM sections WHERE id = OLD.owner_id)
            ELSE (SELECT uid FROM exhibition WHERE id = OLD.owner_id)
        END,
        OLD.field, OLD.lang, NULL
    );
END;

-- the exhibition's dates
CREATE TRIGGER history_exhibition_update AFTER UPDATE OF opening, closing ON exhibition
BEGIN
    INSERT INTO history_log VALUES ('exhibition', NEW.uid, 'opening', '', json_quote(NEW.opening));
    INSERT INTO history_log VALUES ('exhibition', NEW.uid, 'closing', '', json_quote(NEW.closing));
END;

-- sections come and go
CREATE TRIGGER history_sections_insert AFTER INSERT ON sections
BEGIN
    UPDATE sections SET uid = (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))) WHERE id = NEW.id AND uid IS NULL;
    INSERT INTO history_log
        SELECT 'section', uid, '@present', '', 'true' FROM sections WHERE id = NEW.id;
END;
CREATE TRIGGER history_sections_delete AFTER DELETE ON sections
BEGIN
    INSERT INTO history_log VALUES ('section', OLD.uid, '@present', '', NULL);
END;

-- works: added, removed, moved to another section, tags. The single-valued fields (the work
-- columns declared in core/fields.py) are recorded by triggers the store makes from that
-- declaration when it opens the catalogue for writing, so a column added later is tracked too.
CREATE TRIGGER history_works_insert AFTER INSERT ON works
BEGIN
    UPDATE works SET uid = (lower(hex(randomblob(4))) || '-' || lower(hex(randomblob(2))) || '-4' || substr(lower(hex(randomblob(2))), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(lower(hex(randomblob(2))), 2) || '-' || lower(hex(randomblob(6)))) WHERE id = NEW.id AND uid IS NULL;
    INSERT INTO history_log
        SELECT 'work', w.uid, f.name, '', f.value
        FROM works w, (
            SELECT '@section' AS name,
                   json_quote((SELECT uid FROM sections WHERE id = NEW.section_id)) AS value
            UNION ALL SELECT '@present', 'true'
        ) f
        WHERE w.id = NEW.id;
END;
CREATE TRIGGER history_works_delete AFTER DELETE ON works
BEGIN
    INSERT INTO history_log VALUES ('work', OLD.uid, '@present', '', NULL);
END;
CREATE TRIGGER history_works_section AFTER UPDATE OF section_id ON works
WHEN OLD.section_id IS NOT NEW.section_id
BEGIN
    INSERT INTO history_log VALUES ('work', NEW.uid, '@section', '',
        json_quote((SELECT uid FROM sections WHERE id = NEW.section_id)));
END;
CREATE TRIGGER history_tags_insert AFTER INSERT ON tags
BEGIN
    INSERT INTO history_log
        SELECT 'work', w.uid, 'tags', '',
               (SELECT json_group_array(tag) FROM (
                    SELECT tag FROM tags WHERE work_id = NEW.work_id ORDER BY tag))
        FROM works w WHERE w.id = NEW.work_id;
END;
CREATE TRIGGER history_tags_delete AFTER DELETE ON tags
BEGIN
    INSERT INTO history_log
        SELECT 'work', w.uid, 'tags', '',
               (SELECT json_group_array(tag) FROM (
                    SELECT tag FROM tags WHERE work_id = OLD.work_id ORDER BY tag))
        FROM works w WHERE w.id = OLD.work_id;
END;

-- What the catalogue already held becomes its first history rows (origin 'baseline'), so a
-- copy made from a package shares them with the copy it came from.
INSERT INTO history (origin, origin_rev, entity, uid, field, lang, value, at)
SELECT 'baseline', ROW_NUMBER() OVER (ORDER BY entity, uid, field, lang), entity, uid, field,
       lang, value, strftime('%Y-%m-%dT%H:%M:%SZ', 'now')
FROM (
    SELECT t.owner AS entity,
           CASE t.owner
               WHEN 'work' THEN (SELECT uid FROM works WHERE id = t.owner_id)
               WHEN 'section' THEN (SELECT uid FROM sections WHERE id = t.owner_id)
               ELSE (SELECT uid FROM exhibition WHERE id = t.owner_id)
           END AS uid,
           t.field AS field, t.lang AS lang, json_array(t.text, t.status) AS value
    FROM texts t WHERE trim(t.text) <> ''
    UNION ALL SELECT 'exhibition', uid, 'opening', '', json_quote(opening) FROM exhibition
    UNION ALL SELECT 'exhibition', uid, 'closing', '', json_quote(closing) FROM exhibition
    UNION ALL SELECT 'section', uid, '@present', '', 'true' FROM sections
    UNION ALL SELECT 'work', uid, '@present', '', 'true' FROM works
    UNION ALL SELECT 'work', uid, 'photographer', '', json_quote(photographer) FROM works
    UNION ALL SELECT 'work', uid, 'print_width_cm', '', json_quote(print_width_cm) FROM works
    UNION ALL SELECT 'work', uid, 'print_height_cm', '', json_quote(print_height_cm) FROM works
    UNION ALL SELECT 'work', uid, 'edition', '', json_quote(edition) FROM works
    UNION ALL SELECT 'work', uid, 'frame_notes', '', json_quote(frame_notes) FROM works
    UNION ALL SELECT 'work', uid, 'insurance_value', '', json_quote(insurance_value) FROM works
    UNION ALL SELECT 'work', uid, 'insurance_currency', '', json_quote(insurance_currency)
        FROM works
    UNION ALL SELECT 'work', uid, 'loan_status', '', json_quote(loan_status) FROM works
    UNION ALL SELECT 'work', uid, 'notes', '', json_quote(notes) FROM works
    UNION ALL SELECT 'work', w.uid, '@section', '', json_quote(s.uid)
        FROM works w LEFT JOIN sections s ON s.id = w.section_id
    UNION ALL SELECT 'work', w.uid, 'tags', '',
        (SELECT json_group_array(tag) FROM (SELECT tag FROM tags WHERE work_id = w.id ORDER BY tag))
        FROM works w
    UNION ALL SELECT 'exhibition', e.uid, '@order', '',
        (SELECT json_group_array(uid) FROM (SELECT uid FROM works ORDER BY number))
        FROM exhibition e
    UNION ALL SELECT 'exhibition', e.uid, '@sections', '',
        (SELECT json_group_array(uid) FROM (SELECT uid FROM sections ORDER BY position, id))
        FROM exhibition e
);
