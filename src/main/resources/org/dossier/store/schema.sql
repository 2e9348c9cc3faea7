-- Dossier corpus store (SQLite), schema version 4 (2 added attribution types, 3 each article's language,
-- 4 names matched across scripts: Cyrillic names romanised in aliases' norms and in name keys).
-- One row per article, corpus-wide entities, every mention and attribution with its offsets, and
-- statements: one per thing said, however many articles report it.
-- Counts used by the queries (entity totals, quotes per month, co-quoted pairs, sources per
-- publisher) are kept up to date as each article is added, in the same transaction.
-- `dossier spark` writes the per-article and entity tables with these columns as Parquet
-- (org.dossier.store.ArticleRows); `dossier import` loads them and computes the rest.

CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);

CREATE TABLE IF NOT EXISTS articles (
  id          INTEGER PRIMARY KEY,
  url         TEXT UNIQUE,                 -- canonical URL when known
  text_sha256 TEXT NOT NULL UNIQUE,        -- of the text with whitespace collapsed: same text, same article
  title       TEXT,
  publisher   TEXT,
  byline      TEXT,
  published   TEXT,                        -- YYYY-MM-DD or NULL
  language    TEXT NOT NULL,               -- ISO 639-1 code of the language the text was read in ("en")
  origin      TEXT NOT NULL,               -- file, file:line or file@offset it was read from
  text        TEXT NOT NULL,
  analysis    TEXT NOT NULL,               -- the `analyze` JSON: every span, for the article view
  ingested_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS articles_published ON articles (published);

-- Corpus entities: one person, organisation or place across all articles.
CREATE TABLE IF NOT EXISTS entities (
  id         INTEGER PRIMARY KEY,
  type       TEXT NOT NULL,                -- PERSON, ORGANIZATION, LOCATION, MISC
  name       TEXT NOT NULL,                -- the fullest name seen most often
  articles   INTEGER NOT NULL DEFAULT 0,
  mentions   INTEGER NOT NULL DEFAULT 0,
  statements INTEGER NOT NULL DEFAULT 0,   -- distinct statements of speech credited to it
  reports    INTEGER NOT NULL DEFAULT 0    -- articles carrying its statements, summed over statements
);
CREATE INDEX IF NOT EXISTS entities_statements ON entities (statements DESC);

-- Every name an entity went by ("Zelenskyy", "Volodymyr Zelensky"), with how often.
CREATE TABLE IF NOT EXISTS aliases (
  entity_id INTEGER NOT NULL REFERENCES entities (id),
  norm      TEXT NOT NULL,                 -- lowercase Latin letters, no accents or punctuation (Cyrillic romanised)
  alias     TEXT NOT NULL,                 -- as first written
  count     INTEGER NOT NULL,
  PRIMARY KEY (entity_id, norm)
);
CREATE INDEX IF NOT EXISTS aliases_norm ON aliases (norm);

-- Spelling-blind keys of names ("pl:zlnsk" for the surname Zelensky), to find merge candidates.
CREATE TABLE IF NOT EXISTS name_keys (
  key       TEXT NOT NULL,
  entity_id INTEGER NOT NULL REFERENCES entities (id),
  PRIMARY KEY (key, entity_id)
) WITHOUT ROWID;

-- Titles written before a name ("president"), with how often.
CREATE TABLE IF NOT EXISTS descriptors (
  entity_id  INTEGER NOT NULL REFERENCES entities (id),
  descriptor TEXT NOT NULL,
  count      INTEGER NOT NULL,
  PRIMARY KEY (entity_id, descriptor)
) WITHOUT ROWID;

-- An article's own entities ("E3" in its analysis) and the corpus entity each became
-- (NULL for unnamed groups such as "oppositionists", which are not one group across articles).
CREATE TABLE IF NOT EXISTS article_entities (
  article_id INTEGER NOT NULL REFERENCES articles (id),
  local_id   TEXT NOT NULL,
  entity_id  INTEGER REFERENCES entities (id),
  type       TEXT NOT NULL,
  name       TEXT NOT NULL,
  published  TEXT,                         -- the article's, for an entity's latest articles
  PRIMARY KEY (article_id, local_id)
);
CREATE INDEX IF NOT EXISTS article_entities_entity ON article_entities (entity_id, published);

CREATE TABLE IF NOT EXISTS mentions (
  article_id INTEGER NOT NULL REFERENCES articles (id),
  local_id   TEXT NOT NULL,                -- the article entity
  start      INTEGER NOT NULL,             -- code points into articles.text, end exclusive
  end        INTEGER NOT NULL,
  text       TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS mentions_article ON mentions (article_id, local_id);  -- an entity's mentions, for the recount

-- One statement, however many articles carry it (wire copy, follow-ups, quotes of quotes).
CREATE TABLE IF NOT EXISTS statements (
  id         INTEGER PRIMARY KEY,
  speaker_id INTEGER REFERENCES entities (id),  -- the first report's resolved source, else a later one's
  content    TEXT NOT NULL,                -- as first reported
  first_article_id INTEGER NOT NULL REFERENCES articles (id),
  first_published  TEXT,                   -- that article's date
  reports    INTEGER NOT NULL,             -- articles carrying it
  type       TEXT NOT NULL DEFAULT 'speech'  -- of its reports: speech, thought, evidence, refusal, other
);
CREATE INDEX IF NOT EXISTS statements_speaker ON statements (speaker_id, first_published);
CREATE INDEX IF NOT EXISTS statements_type ON statements (type, first_published);
CREATE VIRTUAL TABLE IF NOT EXISTS statements_fts USING fts5 (content, content='statements', content_rowid='id');

-- Each attribution as one article reports it.
CREATE TABLE IF NOT EXISTS attributions (
  id           INTEGER PRIMARY KEY,
  article_id   INTEGER NOT NULL REFERENCES articles (id),
  local_id     TEXT NOT NULL,              -- "A7" in the article's analysis
  statement_id INTEGER NOT NULL REFERENCES statements (id),
  kind         TEXT NOT NULL,              -- direct, indirect, mixed
  type         TEXT NOT NULL,              -- speech, thought, evidence, refusal, other; only speech is counted as said
  source_text  TEXT,
  source_entity_id INTEGER REFERENCES entities (id),
  cue          TEXT,
  content      TEXT NOT NULL,
  content_start INTEGER NOT NULL,          -- code points; the analysis JSON has every span
  content_end  INTEGER NOT NULL,
  via          TEXT NOT NULL,              -- JSON array of corpus entity ids, outermost relay first
  confidence   REAL NOT NULL,
  published    TEXT,                       -- the article's, repeated for date-ranged queries
  publisher    TEXT
);
CREATE INDEX IF NOT EXISTS attributions_article ON attributions (article_id);
CREATE INDEX IF NOT EXISTS attributions_speaker ON attributions (source_entity_id, published);
CREATE INDEX IF NOT EXISTS attributions_statement ON attributions (statement_id);
CREATE INDEX IF NOT EXISTS attributions_type ON attributions (type);

CREATE VIRTUAL TABLE IF NOT EXISTS articles_fts USING fts5 (title, text, content='articles', content_rowid='id');

-- Kept up to date per article, so that profiles and rankings read a few rows, not millions.
CREATE TABLE IF NOT EXISTS entity_months (
  entity_id  INTEGER NOT NULL,
  month      TEXT NOT NULL,                -- YYYY-MM, or 'unknown'
  statements INTEGER NOT NULL,
  PRIMARY KEY (entity_id, month)
) WITHOUT ROWID;
-- The names an entity bears in each language's articles, with how many articles use each.
CREATE TABLE IF NOT EXISTS entity_names (
  entity_id INTEGER NOT NULL,
  language  TEXT NOT NULL,
  name      TEXT NOT NULL,                 -- as the article named the entity: a nominative where names inflect
  articles  INTEGER NOT NULL,
  PRIMARY KEY (entity_id, language, name)
) WITHOUT ROWID;
CREATE TABLE IF NOT EXISTS co_quoted (
  entity_id INTEGER NOT NULL,
  other_id  INTEGER NOT NULL,
  articles  INTEGER NOT NULL,              -- articles quoting both
  PRIMARY KEY (entity_id, other_id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS co_quoted_rank ON co_quoted (entity_id, articles DESC);
CREATE TABLE IF NOT EXISTS publisher_sources (
  publisher  TEXT NOT NULL,
  entity_id  INTEGER NOT NULL,
  statements INTEGER NOT NULL,             -- distinct statements this publisher credited to the entity
  PRIMARY KEY (publisher, entity_id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS publisher_sources_rank ON publisher_sources (publisher, statements DESC);

-- Facts of each article (see the analysis JSON): stated relations, dates and stances.
CREATE TABLE IF NOT EXISTS relations (
  article_id  INTEGER NOT NULL REFERENCES articles (id),
  subject_id  INTEGER REFERENCES entities (id),
  predicate   TEXT NOT NULL,               -- spouse_of, widow_of, citizen_of, member_of, holds_position, ...
  object_id   INTEGER REFERENCES entities (id),  -- NULL when the object is a value ("President")
  object_text TEXT NOT NULL,
  evidence_start INTEGER NOT NULL,         -- the sentence that states it, code points into articles.text
  evidence_end   INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS relations_subject ON relations (subject_id);
CREATE INDEX IF NOT EXISTS relations_object ON relations (object_id);
CREATE TABLE IF NOT EXISTS times (
  article_id INTEGER NOT NULL REFERENCES articles (id),
  start      INTEGER NOT NULL,
  end        INTEGER NOT NULL,
  text       TEXT NOT NULL,
  value      TEXT,                          -- ISO-8601, or NULL when relative and the date is unknown
  event      TEXT                           -- what happened then, as written
);
CREATE INDEX IF NOT EXISTS times_article ON times (article_id);
CREATE TABLE IF NOT EXISTS stances (
  article_id  INTEGER NOT NULL REFERENCES articles (id),
  holder_id   INTEGER REFERENCES entities (id),
  holder_text TEXT NOT NULL,
  target_id   INTEGER REFERENCES entities (id),
  target_text TEXT NOT NULL,
  polarity    TEXT NOT NULL,                -- positive, negative
  kind        TEXT NOT NULL,                -- opposes, criticises, distrusts, supports, ...; not_... when denied
  evidence_start INTEGER NOT NULL,
  evidence_end   INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS stances_holder ON stances (holder_id);
CREATE INDEX IF NOT EXISTS stances_target ON stances (target_id);
-- The relations and stances each entity takes part in, with how many articles state them: what
-- its profile lists, kept per article like the counts above.
CREATE TABLE IF NOT EXISTS entity_facts (
  entity_id   INTEGER NOT NULL,             -- subject, object, holder or target
  kind        TEXT NOT NULL,                -- relation, stance
  subject_key TEXT NOT NULL,                -- the subject's entity id, or 't:' and its text
  predicate   TEXT NOT NULL,                -- the relation, or the stance kind and polarity
  object_key  TEXT NOT NULL,
  subject_id  INTEGER,
  subject     TEXT NOT NULL,
  object_id   INTEGER,
  object      TEXT NOT NULL,
  articles    INTEGER NOT NULL,
  PRIMARY KEY (entity_id, kind, subject_key, predicate, object_key)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS entity_facts_rank ON entity_facts (entity_id, kind, articles DESC);
