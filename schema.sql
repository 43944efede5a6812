-- The kg database. This file is the one place the tables are defined; it is
-- compiled into the binary (store/database.cpp) and applied to new databases.
-- PRAGMA user_version holds the schema version below; a database with another
-- version is refused with a message naming both.
--
-- Conventions: byte offsets are into documents.text (the article text after
-- UTF-8 repair and NFC normalization), half-open [begin, end).
--
-- schema_version: 1

-- One row per article. content_hash makes re-ingesting the same article a no-op.
CREATE TABLE documents (
  id                  INTEGER PRIMARY KEY,
  external_id         TEXT,              -- the article's own id (JSON "id"), else the file name
  title               TEXT,
  date                TEXT,              -- YYYY-MM-DD when known
  source              TEXT,              -- publisher or feed
  url                 TEXT,
  origin              TEXT NOT NULL,     -- where it was read: FILE or FILE:LINE
  metadata            TEXT NOT NULL DEFAULT '{}',  -- other input fields, as a JSON object
  text                TEXT NOT NULL,
  content_hash        TEXT NOT NULL UNIQUE,  -- SHA-256 of title and text
  paragraphs          INTEGER NOT NULL,
  repeated_paragraphs INTEGER NOT NULL,  -- verbatim repeats, not segmented again
  ingested_at         TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
CREATE INDEX documents_external_id ON documents(external_id);
CREATE INDEX documents_date ON documents(date);
CREATE INDEX documents_source ON documents(source);

-- Sentences of the first copy of every paragraph.
CREATE TABLE sentences (
  id          INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  idx         INTEGER NOT NULL,          -- 0-based position in the document
  paragraph   INTEGER NOT NULL,          -- 0-based paragraph index
  byte_begin  INTEGER NOT NULL,
  byte_end    INTEGER NOT NULL,
  words       INTEGER NOT NULL,
  UNIQUE (document_id, idx)
);

-- Tokens are not stored: segmentation is deterministic and fast, so they are
-- recomputed from the text when needed, which keeps the database small.
