-- Exhibit catalogue: the catalogue as a book. The cover photo's focal point, chosen by the
-- curator ('x,y' as shares of the photo's width and height from its top left corner, '' = the
-- centre), and the colophon's ISBN (ISBN-13, '' = none) and print run (copies, NULL = not said).
ALTER TABLE exhibition ADD COLUMN cover_focus TEXT NOT NULL DEFAULT '';
ALTER TABLE exhibition ADD COLUMN isbn TEXT NOT NULL DEFAULT '';
ALTER TABLE exhibition ADD COLUMN print_run INTEGER;
