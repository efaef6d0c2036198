-- Exhibit catalogue, schema 1.
CREATE TABLE exhibition (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    languages TEXT NOT NULL,            -- JSON array of BCP 47 tags, source language first
    opening TEXT,
    closing TEXT,
    created TEXT NOT NULL
);

CREATE TABLE sections (
    id INTEGER PRIMARY KEY,
    position INTEGER NOT NULL
);

CREATE TABLE works (
    id INTEGER PRIMARY KEY,
    number INTEGER NOT NULL,
    section_id INTEGER REFERENCES sections(id) ON DELETE SET NULL,
    position INTEGER NOT NULL,
    path TEXT NOT NULL,
    sha256 TEXT NOT NULL UNIQUE,
    size INTEGER NOT NULL,
    mtime REAL NOT NULL,
    format TEXT NOT NULL DEFAULT '',
    date_taken TEXT,
    make TEXT,
    model TEXT,
    lens TEXT,
    exposure_time TEXT,
    f_number REAL,
    iso INTEGER,
    focal_length REAL,
    gps_lat REAL,
    gps_lon REAL,
    gps_alt REAL,
    width INTEGER,
    height INTEGER,
    orientation INTEGER,
    artist TEXT,
    copyright TEXT,
    description TEXT,
    photographer TEXT NOT NULL DEFAULT '',
    print_width_cm REAL,
    print_height_cm REAL,
    edition TEXT NOT NULL DEFAULT '',
    frame_notes TEXT NOT NULL DEFAULT '',
    insurance_value REAL,
    insurance_currency TEXT NOT NULL DEFAULT 'EUR',
    loan_status TEXT NOT NULL DEFAULT 'candidate',
    notes TEXT NOT NULL DEFAULT '',
    added TEXT NOT NULL
);
CREATE INDEX works_order ON works(number);

-- One row per field and language: texts are never packed into one string.
CREATE TABLE texts (
    owner TEXT NOT NULL CHECK (owner IN ('exhibition', 'section', 'work')),
    owner_id INTEGER NOT NULL,
    field TEXT NOT NULL,
    lang TEXT NOT NULL,
    text TEXT NOT NULL,
    status TEXT NOT NULL,
    updated TEXT,
    source_fp TEXT,
    PRIMARY KEY (owner, owner_id, field, lang)
);

CREATE TABLE tags (
    work_id INTEGER NOT NULL REFERENCES works(id) ON DELETE CASCADE,
    tag TEXT NOT NULL,
    PRIMARY KEY (work_id, tag)
);

CREATE TABLE loan_history (
    id INTEGER PRIMARY KEY,
    work_id INTEGER NOT NULL REFERENCES works(id) ON DELETE CASCADE,
    status TEXT NOT NULL,
    at TEXT NOT NULL,
    note TEXT NOT NULL DEFAULT ''
);

CREATE TABLE problems (
    id INTEGER PRIMARY KEY,
    work_id INTEGER NOT NULL REFERENCES works(id) ON DELETE CASCADE,
    code TEXT NOT NULL,
    message TEXT NOT NULL
);
