-- Exhibit catalogue: the loan record, crates and condition checks (issue 12).
-- Texts per language of the loan (borrower, address, purpose, conditions, credit line, a
-- work's process) are rows in `texts` like every other text and need no column.

ALTER TABLE exhibition ADD COLUMN loan_number TEXT NOT NULL DEFAULT '';
ALTER TABLE exhibition ADD COLUMN lender_authoriser TEXT NOT NULL DEFAULT '';
ALTER TABLE exhibition ADD COLUMN dispatch_date TEXT;
ALTER TABLE exhibition ADD COLUMN return_due TEXT;
ALTER TABLE exhibition ADD COLUMN shipper TEXT NOT NULL DEFAULT '';
ALTER TABLE exhibition ADD COLUMN cover TEXT NOT NULL DEFAULT 'insurance';
ALTER TABLE exhibition ADD COLUMN insurer TEXT NOT NULL DEFAULT '';
ALTER TABLE exhibition ADD COLUMN policy_number TEXT NOT NULL DEFAULT '';
ALTER TABLE exhibition ADD COLUMN loan_currency TEXT NOT NULL DEFAULT 'EUR';
ALTER TABLE exhibition ADD COLUMN insurance_excess REAL;

ALTER TABLE works ADD COLUMN mount_width_cm REAL;
ALTER TABLE works ADD COLUMN mount_height_cm REAL;
ALTER TABLE works ADD COLUMN frame_width_cm REAL;
ALTER TABLE works ADD COLUMN frame_height_cm REAL;
ALTER TABLE works ADD COLUMN frame_depth_cm REAL;
-- the number of the crate the work travels in (a row of `crates`), '' for none
ALTER TABLE works ADD COLUMN crate TEXT NOT NULL DEFAULT '';

CREATE TABLE crates (
    number TEXT PRIMARY KEY,
    width_cm REAL,
    height_cm REAL,
    depth_cm REAL,
    weight_kg REAL,
    notes TEXT NOT NULL DEFAULT ''
);

-- One condition check of one work at one hand-over (Spectrum: condition checking).
CREATE TABLE condition_checks (
    id INTEGER PRIMARY KEY,
    work_id INTEGER NOT NULL REFERENCES works(id) ON DELETE CASCADE,
    event TEXT NOT NULL CHECK (event IN ('dispatch', 'arrival', 'venue-dispatch', 'return', 'check')),
    date TEXT NOT NULL,
    place TEXT NOT NULL DEFAULT '',
    examiner TEXT NOT NULL DEFAULT '',
    note TEXT NOT NULL DEFAULT '',
    created TEXT NOT NULL
);
CREATE INDEX condition_checks_work ON condition_checks(work_id, date, id);

CREATE TABLE condition_grades (
    check_id INTEGER NOT NULL REFERENCES condition_checks(id) ON DELETE CASCADE,
    zone TEXT NOT NULL,
    grade TEXT NOT NULL,
    PRIMARY KEY (check_id, zone)
);

-- Photos of damage: referenced like originals (path, hash, size), never modified.
CREATE TABLE condition_photos (
    id INTEGER PRIMARY KEY,
    check_id INTEGER NOT NULL REFERENCES condition_checks(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    path TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    size INTEGER NOT NULL
);
