-- Gloss library, schema 6: a post whose file is gone stays in the library, marked missing.
-- An import of a folder sets missing_since (Unix seconds) on the articles under it whose file it
-- no longer finds, and clears it when the file is back; their highlights and notes are kept.
ALTER TABLE articles ADD COLUMN missing_since INTEGER;
CREATE INDEX articles_missing ON articles(id) WHERE missing_since IS NOT NULL;
