-- Gloss library, schema 4: ids that survive copying a library or moving annotations to another
-- one, tags on highlights, and the time an article's note last changed.
-- gloss_tag_key() is registered by Database before migrating (see TagName).

-- The library's own id, made once: a random (version 4) UUID, spelled out in SQL as SQLite
-- has no function for it.
INSERT OR IGNORE INTO settings (key, value) VALUES ('library/id',
    lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2)
          || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2)
          || '-' || hex(randomblob(6))));

-- Highlights get a uuid: the table is made again, as SQLite cannot add a UNIQUE column. Ids are
-- kept, so the search index (keyed by rowid) still matches. A row inserted without a uuid gets a
-- random one, like the rows copied here.
CREATE TABLE highlights_new (
    id           INTEGER PRIMARY KEY,
    uuid         TEXT NOT NULL UNIQUE CHECK (length(uuid) = 36) DEFAULT (lower(
        hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || substr(hex(randomblob(2)), 2)
        || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || substr(hex(randomblob(2)), 2)
        || '-' || hex(randomblob(6)))),
    article_id   INTEGER NOT NULL REFERENCES articles(id) ON DELETE RESTRICT,
    color        TEXT NOT NULL,
    exact        TEXT NOT NULL,
    prefix       TEXT NOT NULL DEFAULT '',
    suffix       TEXT NOT NULL DEFAULT '',
    start_offset INTEGER NOT NULL,
    end_offset   INTEGER NOT NULL,
    note         TEXT NOT NULL DEFAULT '',
    created_at   INTEGER NOT NULL,
    updated_at   INTEGER NOT NULL,
    anchor_state TEXT NOT NULL DEFAULT 'ok' CHECK (anchor_state IN ('ok', 'moved', 'orphaned'))
);
INSERT INTO highlights_new (id, article_id, color, exact, prefix, suffix, start_offset,
                            end_offset, note, created_at, updated_at, anchor_state)
    SELECT id, article_id, color, exact, prefix, suffix, start_offset, end_offset, note,
           created_at, updated_at, anchor_state FROM highlights ORDER BY id;
-- Dropping the table drops its triggers first; the index keeps its rows.
DROP TABLE highlights;
ALTER TABLE highlights_new RENAME TO highlights;
CREATE INDEX highlights_article ON highlights(article_id, start_offset);
CREATE TRIGGER highlights_fts_insert AFTER INSERT ON highlights BEGIN
    INSERT INTO highlights_fts(rowid, exact, note) VALUES (new.id, new.exact, new.note);
END;
CREATE TRIGGER highlights_fts_delete AFTER DELETE ON highlights BEGIN
    INSERT INTO highlights_fts(highlights_fts, rowid, exact, note)
        VALUES ('delete', old.id, old.exact, old.note);
END;
CREATE TRIGGER highlights_fts_update AFTER UPDATE OF exact, note ON highlights BEGIN
    INSERT INTO highlights_fts(highlights_fts, rowid, exact, note)
        VALUES ('delete', old.id, old.exact, old.note);
    INSERT INTO highlights_fts(rowid, exact, note) VALUES (new.id, new.exact, new.note);
END;

-- Tags are one tag whatever their case or Unicode form: name_key is the name in NFC,
-- case-folded. Tags that now share a key become the first of them. Gloss writes name_key with
-- every tag; a row written by another program without one is still found by its name.
ALTER TABLE tags ADD COLUMN name_key TEXT;
UPDATE tags SET name_key = gloss_tag_key(name);
INSERT OR IGNORE INTO article_tags (article_id, tag_id)
    SELECT at.article_id, k.keep FROM article_tags at
    JOIN tags t ON t.id = at.tag_id
    JOIN (SELECT name_key, min(id) AS keep FROM tags GROUP BY name_key) k
        ON k.name_key = t.name_key
    WHERE at.tag_id != k.keep;
DELETE FROM article_tags WHERE tag_id NOT IN (SELECT min(id) FROM tags GROUP BY name_key);
DELETE FROM tags WHERE id NOT IN (SELECT min(id) FROM tags GROUP BY name_key);
CREATE UNIQUE INDEX tags_name_key ON tags(name_key);

CREATE TABLE highlight_tags (
    highlight_id INTEGER NOT NULL REFERENCES highlights(id) ON DELETE CASCADE,
    tag_id       INTEGER NOT NULL REFERENCES tags(id),
    PRIMARY KEY (highlight_id, tag_id)
) WITHOUT ROWID;
CREATE INDEX highlight_tags_tag ON highlight_tags(tag_id, highlight_id);

-- When the article's own note last changed (Unix seconds), so that merging annotations from
-- another library can tell the newer note. Notes written before this version count as written
-- now: a note brought in later replaces them only if it was written after this update.
ALTER TABLE articles ADD COLUMN note_updated_at INTEGER;
UPDATE articles SET note_updated_at = CAST(strftime('%s', 'now') AS INTEGER) WHERE note != '';
