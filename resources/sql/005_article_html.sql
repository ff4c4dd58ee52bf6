-- Gloss library, schema 5: an article's HTML in a table of its own.
-- The indexing pass writes an article's text after its import, and a read position or a note
-- is saved while it is read; each of these rewrites the article's row, which with the HTML in
-- it meant reading and writing the whole HTML again (100 MB and more for a large post).
CREATE TABLE article_html (
    article_id INTEGER PRIMARY KEY REFERENCES articles(id) ON DELETE CASCADE,
    html       TEXT NOT NULL -- what the reader shows (Markdown already rendered)
);
INSERT INTO article_html (article_id, html) SELECT id, html FROM articles;
ALTER TABLE articles DROP COLUMN html;
