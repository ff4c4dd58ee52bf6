-- Gloss library, schema 3: an article's own note is searched like highlight notes. The index
-- follows articles.note by triggers and holds only articles that have a note.
CREATE VIRTUAL TABLE article_notes_fts USING fts5(
    note, content='articles', content_rowid='id', tokenize='gloss_cjk');
INSERT INTO article_notes_fts(rowid, note) SELECT id, note FROM articles WHERE note != '';
CREATE TRIGGER article_notes_fts_update AFTER UPDATE OF note ON articles BEGIN
    INSERT INTO article_notes_fts(article_notes_fts, rowid, note)
        SELECT 'delete', old.id, old.note WHERE old.note != '';
    INSERT INTO article_notes_fts(rowid, note) SELECT new.id, new.note WHERE new.note != '';
END;
CREATE TRIGGER article_notes_fts_delete AFTER DELETE ON articles WHEN old.note != '' BEGIN
    INSERT INTO article_notes_fts(article_notes_fts, rowid, note)
        VALUES ('delete', old.id, old.note);
END;
