-- Gloss library, schema 2: settings that belong to a library (not to a machine), such as
-- whether its articles may load remote images.
CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;
