-- schema.sql -- the tacitus event store: one schema for SQLite and PostgreSQL.
--
-- The file is compiled into tacitus. It is a list of numbered versions; a
-- store records the version it is at (SQLite: PRAGMA user_version;
-- PostgreSQL: the table tac_meta) and on open every later version is
-- applied in one transaction, in order. A version is never edited once
-- released: change the schema by appending a version (a migration).
--
-- Markers (lines of their own):
--   -- @version N     starts version N
--   -- @sqlite        the following statements are for SQLite only
--   -- @postgresql    ... for PostgreSQL only
--   -- @all           ... for both (the default after @version)
-- Statements end with ';' at the end of a line.
--
-- Tables
--   doc        one row per ingested document (its text is not kept: the
--              sentences that gave events are, in sentence); a document's
--              sentences and mentions are written together, so their row
--              ids are contiguous: first_sentence..last_sentence and
--              first_mention..first_mention+events-1 (so SQLite needs no
--              index on sentence.doc or mention.doc)
--   sentence   the sentences that gave at least one event: provenance
--   event      distinct events: one row per (date, source, target, code),
--              with the number of mentions, sentences and documents that
--              report it (as GDELT's NumMentions / NumSources / NumArticles)
--   mention    every coded event of every sentence, linked to its event by
--              the key (date, source, target, code), to its document and
--              sentence, with the span of the matched words;
--              first_in_sentence / first_in_doc are 1 on the first mention
--              of its event in its sentence / document, so that the
--              distinct counts of event are sums
--   code       the CAMEO codes seen, with their names (for summaries)
-- Actor codes are stored whole ("RUSMIL"); an event without a target has
-- target ''. Dates are ISO text, so text order is date order.

-- @version 1
-- @sqlite
CREATE TABLE doc (
    id        INTEGER PRIMARY KEY,
    doc_id    TEXT NOT NULL UNIQUE,
    date      TEXT NOT NULL,
    source    TEXT,
    url       TEXT,
    title     TEXT,
    sentences INTEGER NOT NULL,
    events    INTEGER NOT NULL,
    first_sentence INTEGER,
    last_sentence  INTEGER,
    first_mention  INTEGER
);
CREATE TABLE sentence (
    id       INTEGER PRIMARY KEY,
    doc      INTEGER NOT NULL REFERENCES doc(id),
    idx      INTEGER NOT NULL,
    headline INTEGER NOT NULL,
    text     TEXT NOT NULL
);
CREATE TABLE event (
    id        INTEGER PRIMARY KEY,
    date      TEXT NOT NULL,
    source    TEXT NOT NULL,
    target    TEXT NOT NULL,
    code      TEXT NOT NULL,
    root      TEXT NOT NULL,
    quad      INTEGER NOT NULL,
    goldstein REAL NOT NULL,
    mentions  INTEGER NOT NULL,
    sentences INTEGER NOT NULL,
    documents INTEGER NOT NULL,
    UNIQUE (source, target, date, code)
);
CREATE INDEX event_target ON event(target, source, date);
CREATE TABLE mention (
    id          INTEGER PRIMARY KEY,
    doc         INTEGER NOT NULL REFERENCES doc(id),
    sentence    INTEGER NOT NULL REFERENCES sentence(id),
    date        TEXT NOT NULL,
    source      TEXT NOT NULL,
    target      TEXT NOT NULL,
    code        TEXT NOT NULL,
    quad        INTEGER NOT NULL,
    goldstein   REAL NOT NULL,
    first_in_sentence INTEGER NOT NULL,
    first_in_doc      INTEGER NOT NULL,
    span_start  INTEGER NOT NULL,
    span_len    INTEGER NOT NULL,
    source_text TEXT,
    target_text TEXT,
    date_prec   TEXT,
    modality    TEXT,
    pattern     TEXT
);
CREATE TABLE code (
    code      TEXT PRIMARY KEY,
    name      TEXT NOT NULL,
    goldstein REAL NOT NULL,
    quad      INTEGER NOT NULL
);
-- full-text index of sentence.text, written by tacitus beside each sentence
-- row (an external-content FTS5 table: the text is not stored twice)
CREATE VIRTUAL TABLE sentence_fts USING fts5(text, content='sentence', content_rowid='id',
    detail=none, columnsize=0);
-- @postgresql
-- Same tables and columns. Unlike SQLite, PostgreSQL would enforce the
-- REFERENCES clauses: a lookup per written row, and a scan of mention for
-- every deleted sentence; the backend writes rows in whole documents, so
-- they are left out here as SQLite leaves them unchecked. Sentence and
-- mention ids are written by tacitus (reserved from the sequences in
-- blocks, see src/store_pg.c): a document's rows stay contiguous.
CREATE TABLE tac_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE doc (
    id        BIGSERIAL PRIMARY KEY,
    doc_id    TEXT COLLATE "C" NOT NULL UNIQUE,
    date      TEXT COLLATE "C" NOT NULL,
    source    TEXT,
    url       TEXT,
    title     TEXT,
    sentences INTEGER NOT NULL,
    events    INTEGER NOT NULL,
    first_sentence BIGINT,
    last_sentence  BIGINT,
    first_mention  BIGINT
);
CREATE TABLE sentence (
    id       BIGSERIAL PRIMARY KEY,
    doc      BIGINT NOT NULL,
    idx      INTEGER NOT NULL,
    headline INTEGER NOT NULL,
    text     TEXT NOT NULL
);
CREATE INDEX sentence_text ON sentence USING gin (to_tsvector('simple', text));
-- PostgreSQL's planner cannot estimate the id-range joins of a document's
-- rows (it guesses 0.5% of the table): these keep --doc and --text on
-- indexes as the tables grow
CREATE INDEX sentence_doc ON sentence(doc);
CREATE TABLE event (
    id        BIGSERIAL PRIMARY KEY,
    date      TEXT COLLATE "C" NOT NULL,
    source    TEXT COLLATE "C" NOT NULL,
    target    TEXT COLLATE "C" NOT NULL,
    code      TEXT COLLATE "C" NOT NULL,
    root      TEXT COLLATE "C" NOT NULL,
    quad      INTEGER NOT NULL,
    goldstein DOUBLE PRECISION NOT NULL,
    mentions  INTEGER NOT NULL,
    sentences INTEGER NOT NULL,
    documents INTEGER NOT NULL,
    UNIQUE (source, target, date, code)
);
CREATE INDEX event_target ON event(target, source, date);
CREATE TABLE mention (
    id          BIGSERIAL PRIMARY KEY,
    doc         BIGINT NOT NULL,
    sentence    BIGINT NOT NULL,
    date        TEXT COLLATE "C" NOT NULL,
    source      TEXT COLLATE "C" NOT NULL,
    target      TEXT COLLATE "C" NOT NULL,
    code        TEXT COLLATE "C" NOT NULL,
    quad        INTEGER NOT NULL,
    goldstein   DOUBLE PRECISION NOT NULL,
    first_in_sentence INTEGER NOT NULL,
    first_in_doc      INTEGER NOT NULL,
    span_start  INTEGER NOT NULL,
    span_len    INTEGER NOT NULL,
    source_text TEXT,
    target_text TEXT,
    date_prec   TEXT,
    modality    TEXT,
    pattern     TEXT
);
CREATE INDEX mention_sentence ON mention(sentence);
CREATE TABLE code (
    code      TEXT COLLATE "C" PRIMARY KEY,
    name      TEXT NOT NULL,
    goldstein DOUBLE PRECISION NOT NULL,
    quad      INTEGER NOT NULL
);
-- round(real, digits) as SQLite computes it, used by the summaries:
-- PostgreSQL rounds only numeric to a number of digits, and a mean that is
-- a tie in decimal (-1.135) must round the same way in both stores. SQLite
-- (printf "%.*f") adds half a unit plus 3e-16 of the value to the exact
-- binary value and truncates; digits 0 adds 0.5 in double and floors.
CREATE FUNCTION round(double precision, integer) RETURNS double precision
    LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
    AS $$SELECT CASE
        WHEN NOT (a < 4503599627370496) THEN $1
        WHEN n = 0 THEN sign($1) * floor(a + 0.5)
        WHEN a < 4e-32 THEN sign($1) * 0
        ELSE sign($1) * trunc(x + x * CASE WHEN n + trunc(e / 3.0) < 15 THEN 3e-16 ELSE 0 END
                              + 0.5 * 10::numeric ^ (-n), n)::double precision
      END
      FROM (SELECT a, n, e, (a * 2::double precision ^ (54 - e))::bigint::numeric
                   * 5::numeric ^ (54 - e) * ('1e-' || (54 - e))::numeric AS x
            FROM (SELECT a, n, e0 - (2::double precision ^ e0 > a)::int
                               + (2::double precision ^ (e0 + 1) <= a)::int AS e
                  FROM (SELECT abs($1) AS a, least(greatest($2, 0), 30) AS n,
                               floor(ln(greatest(abs($1), 1e-300)) / ln(2))::int AS e0) s0) s1) s2$$;
-- @version 2
-- @sqlite
-- The text index merges its segments once 16 of a level are there (FTS5's
-- default is 4): each transaction of an ingest writes one segment, and
-- merging them 4 at a time cost about an eighth of the store's CPU; a
-- search reads at most a few dozen segments instead of a dozen.
INSERT INTO sentence_fts (sentence_fts, rank) VALUES ('automerge', 16);
-- @postgresql
-- (nothing to change: a statement so that the version has one)
SELECT 1;
