-- Gloss library, schema 1. Applied inside one transaction by Database::open.

-- The category tree: Hexo's [a, b, c] is the path a > b > c.
CREATE TABLE categories (
    id        INTEGER PRIMARY KEY,
    parent_id INTEGER REFERENCES categories(id),
    name      TEXT NOT NULL
);
CREATE UNIQUE INDEX categories_parent_name ON categories(ifnull(parent_id, 0), name);

CREATE TABLE articles (
    id            INTEGER PRIMARY KEY,
    source_path   TEXT NOT NULL UNIQUE,       -- absolute path of the post file
    source_root   TEXT NOT NULL,              -- the folder it was imported from
    file_size     INTEGER NOT NULL,
    file_mtime    INTEGER NOT NULL,           -- ms since the epoch; a cheap "unchanged" test
    content_hash  BLOB NOT NULL,              -- SHA-256 of the file's bytes
    title         TEXT NOT NULL,
    author        TEXT NOT NULL DEFAULT '',
    published_at  INTEGER,                    -- Unix seconds; NULL when the date is unknown
    date_raw      TEXT NOT NULL DEFAULT '',   -- the post's own date text, even when not a date
    modified_at   INTEGER,                    -- the post's `updated`
    modified_raw  TEXT NOT NULL DEFAULT '',
    header_image  TEXT NOT NULL DEFAULT '',
    body_format   TEXT NOT NULL CHECK (body_format IN ('html', 'markdown')),
    html          TEXT NOT NULL,              -- what the reader shows
    text          TEXT NOT NULL,              -- plain text for search and anchoring
    excerpt       TEXT NOT NULL DEFAULT '',
    note          TEXT NOT NULL DEFAULT '',   -- the reader's note on the whole article
    imported_at   INTEGER NOT NULL,
    updated_at    INTEGER NOT NULL,
    read_at       INTEGER,                    -- NULL while unread
    read_position REAL NOT NULL DEFAULT 0,
    indexed       INTEGER NOT NULL DEFAULT 0  -- 1 when articles_fts holds this row's current text
);
CREATE INDEX articles_published ON articles(published_at);
CREATE INDEX articles_unindexed ON articles(id) WHERE indexed = 0;

CREATE TABLE article_categories (
    category_id INTEGER NOT NULL REFERENCES categories(id),
    article_id  INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    PRIMARY KEY (category_id, article_id)
) WITHOUT ROWID;
CREATE INDEX article_categories_article ON article_categories(article_id);

CREATE TABLE tags (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE
);
CREATE TABLE article_tags (
    article_id INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    tag_id     INTEGER NOT NULL REFERENCES tags(id),
    PRIMARY KEY (article_id, tag_id)
) WITHOUT ROWID;
CREATE INDEX article_tags_tag ON article_tags(tag_id);

-- A highlight is never deleted by an import: an article that carries one cannot be deleted.
CREATE TABLE highlights (
    id           INTEGER PRIMARY KEY,
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
CREATE INDEX highlights_article ON highlights(article_id, start_offset);

-- Full-text search. The article index is written by SearchIndexer right after an import
-- (articles.indexed records what it holds); the highlight index follows its table by triggers.
CREATE VIRTUAL TABLE articles_fts USING fts5(
    title, author, text, content='articles', content_rowid='id', tokenize='gloss_cjk');
-- Pending terms are flushed to a new segment when this many bytes pile up (default 1 MB).
-- With CJK bigrams the vocabulary is large: bigger, fewer segments make indexing 1.6x faster.
INSERT INTO articles_fts(articles_fts, rank) VALUES ('hashsize', 67108864);

CREATE VIRTUAL TABLE highlights_fts USING fts5(
    exact, note, content='highlights', content_rowid='id', tokenize='gloss_cjk');
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
