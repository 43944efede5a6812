-- The kg database. This file is the one place the tables are defined; it is
-- compiled into the binary (store/database.cpp) and applied to new databases.
-- PRAGMA user_version holds the schema version below. A database of an older
-- version is migrated when opened (store/store.cpp: version 1 lacked some of
-- the indexes below; version 2 lacked the near-duplicate columns and tables;
-- both are created from this file); a newer one is refused with a message
-- naming both versions.
--
-- Every foreign key has an index whose leading columns are the key (a test
-- checks it): deleting or looking up the parent row must not scan the child
-- table, or a full rebuild becomes quadratic.
--
-- Conventions: byte offsets are into documents.text (the article text after
-- UTF-8 repair and NFC normalization), half-open [begin, end).
--
-- schema_version: 3 (store/store.hpp kSchemaVersion)

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
  extracted           INTEGER NOT NULL DEFAULT 0,  -- 1 once its events are stored
  ingested_at         TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now')),
  duplicate_of        INTEGER REFERENCES documents(id),  -- the stored original it near-duplicates (since version 3)
  duplicate_similarity REAL  -- estimated shingle Jaccard similarity to that group (since version 3)
);
CREATE INDEX documents_external_id ON documents(external_id);
CREATE INDEX documents_date ON documents(date);
CREATE INDEX documents_source ON documents(source);
CREATE INDEX documents_duplicate_of ON documents(duplicate_of);  -- since version 3

-- Near-duplicate detection (extract/text/near_duplicate.hpp, since version 3):
-- each article's MinHash signature (120 little-endian uint32 over the 5-word
-- shingles of its text; none for texts under 30 words) and its 40 LSH band
-- keys, through which a new article finds the stored ones that may be copies.
-- A near-duplicate points at its group's original (documents.duplicate_of,
-- never at another copy), and relations count the group as one article.
CREATE TABLE document_signatures (
  document_id INTEGER NOT NULL PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
  minhash     BLOB NOT NULL
) WITHOUT ROWID;
CREATE TABLE signature_bands (
  key         INTEGER NOT NULL,          -- hash of one band of the signature and its index
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  PRIMARY KEY (key, document_id)
) WITHOUT ROWID;
CREATE INDEX signature_bands_document ON signature_bands(document_id);

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

-- Tokens and parses are not stored: segmentation and parsing are
-- deterministic, so `kg rebuild` recomputes them from the text, which keeps
-- the database small.

-- Full-text index over sentence text (kg search); rowid = sentences.id. It
-- keeps its own copy of the text so rows can be deleted on rebuild (SQLite
-- 3.40 cannot delete from contentless tables without the original text).
CREATE VIRTUAL TABLE sentence_fts USING fts5(text, tokenize='unicode61');

-- Entities: actors merged across articles. `key` is graph/entity_key's
-- identity ("name:barack obama", "code:USAGOV"); an analyst's merge points an
-- entity at the one it was merged into.
CREATE TABLE entities (
  id          INTEGER PRIMARY KEY,
  key         TEXT NOT NULL UNIQUE,
  name        TEXT NOT NULL,
  type        TEXT NOT NULL,             -- PERSON ORG GPE GROUP OTHER
  code        TEXT,                      -- CAMEO actor code
  mentions    INTEGER NOT NULL DEFAULT 0,
  merged_into INTEGER REFERENCES entities(id)
);
CREATE INDEX entities_code ON entities(code);
CREATE INDEX entities_name ON entities(name COLLATE NOCASE);
CREATE INDEX entities_merged_into ON entities(merged_into);  -- since version 2

-- Names an entity was written as; `norm` is the lowercased form used for lookup.
CREATE TABLE aliases (
  entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
  alias     TEXT NOT NULL,
  norm      TEXT NOT NULL,
  count     INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (entity_id, norm)
) WITHOUT ROWID;
CREATE INDEX aliases_norm ON aliases(norm);

-- Roles from appositions ("director of CNCERT").
CREATE TABLE roles (
  entity_id INTEGER NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
  role      TEXT NOT NULL,
  count     INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (entity_id, role)
) WITHOUT ROWID;

CREATE TABLE mentions (
  id          INTEGER PRIMARY KEY,
  document_id INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  sentence_id INTEGER NOT NULL REFERENCES sentences(id) ON DELETE CASCADE,
  entity_id   INTEGER NOT NULL REFERENCES entities(id),
  byte_begin  INTEGER NOT NULL,
  byte_end    INTEGER NOT NULL,
  text        TEXT NOT NULL
);
CREATE INDEX mentions_entity ON mentions(entity_id);
CREATE INDEX mentions_document ON mentions(document_id);
CREATE INDEX mentions_sentence ON mentions(sentence_id);  -- since version 2

-- Merged relations: one row per (actor, action, target, claimed_by); the
-- numbers aggregate the events that support it. claimed_by = 0 means the
-- articles assert it themselves; otherwise it is the entity that claimed it.
CREATE TABLE relations (
  id            INTEGER PRIMARY KEY,
  actor_id      INTEGER NOT NULL REFERENCES entities(id),
  action        TEXT NOT NULL,             -- CAMEO code, or the lemma when uncoded
  action_code   TEXT,
  action_label  TEXT,
  quad_class    INTEGER,
  target_id     INTEGER NOT NULL REFERENCES entities(id),
  claimed_by    INTEGER NOT NULL DEFAULT 0,
  mentions      INTEGER NOT NULL DEFAULT 0,
  articles      INTEGER NOT NULL DEFAULT 0,
  sources       INTEGER NOT NULL DEFAULT 0,
  first_date    TEXT,
  last_date     TEXT,
  asserted      INTEGER NOT NULL DEFAULT 0,
  negated       INTEGER NOT NULL DEFAULT 0,
  hedged        INTEGER NOT NULL DEFAULT 0,
  hypothetical  INTEGER NOT NULL DEFAULT 0,
  planned       INTEGER NOT NULL DEFAULT 0,
  question      INTEGER NOT NULL DEFAULT 0,
  confidence    REAL NOT NULL DEFAULT 0,   -- mean over its events
  speakers      TEXT NOT NULL DEFAULT '',  -- names of those who claimed it, '; '-separated
  UNIQUE (actor_id, action, target_id, claimed_by)
);
CREATE INDEX relations_target ON relations(target_id);
CREATE INDEX relations_action ON relations(action);

-- One row per extracted event, with its evidence: byte offsets into
-- documents.text of the sentence, actor, action and target.
CREATE TABLE events (
  id                INTEGER PRIMARY KEY,
  document_id       INTEGER NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
  sentence_id       INTEGER NOT NULL REFERENCES sentences(id) ON DELETE CASCADE,
  actor_entity_id   INTEGER REFERENCES entities(id),
  actor_text        TEXT,
  actor_begin       INTEGER,
  actor_end         INTEGER,
  actor_code        TEXT,
  action_text       TEXT NOT NULL,
  action_lemma      TEXT NOT NULL,
  action_code       TEXT,
  action_begin      INTEGER NOT NULL,
  action_end        INTEGER NOT NULL,
  target_entity_id  INTEGER REFERENCES entities(id),
  target_text       TEXT,
  target_begin      INTEGER,
  target_end        INTEGER,
  target_code       TEXT,
  modifiers         TEXT NOT NULL DEFAULT '[]',  -- JSON [{role, text, span}]
  speaker_entity_id INTEGER REFERENCES entities(id),
  speaker_text      TEXT,
  carrier_entity_id INTEGER REFERENCES entities(id),
  carrier_text      TEXT,
  claim_of          INTEGER REFERENCES events(id),
  polarity          TEXT NOT NULL,
  modality          TEXT NOT NULL,
  confidence        REAL NOT NULL,
  relation_id       INTEGER REFERENCES relations(id)
);
CREATE INDEX events_document ON events(document_id);
CREATE INDEX events_relation ON events(relation_id);
CREATE INDEX events_actor ON events(actor_entity_id);
CREATE INDEX events_target ON events(target_entity_id);
CREATE INDEX events_sentence ON events(sentence_id);        -- since version 2
CREATE INDEX events_speaker ON events(speaker_entity_id);   -- since version 2
CREATE INDEX events_carrier ON events(carrier_entity_id);   -- since version 2
CREATE INDEX events_claim_of ON events(claim_of);           -- since version 2

-- Analyst corrections, replayed by every ingest and rebuild so they survive:
--   merge: the entity with key `from_key` is merged into the one with `to_key`
--   split: mentions of `from_key` written as `alias` become entity `to_key`
CREATE TABLE corrections (
  id       INTEGER PRIMARY KEY,
  kind     TEXT NOT NULL CHECK (kind IN ('merge', 'split')),
  from_key TEXT NOT NULL,
  alias    TEXT,
  to_key   TEXT NOT NULL,
  created  TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
);
