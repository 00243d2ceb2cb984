// Forward-only schema migrations; `PRAGMA user_version` records the last one applied.
// Plain SQL that PostgreSQL also accepts wherever a standard form exists (see DESIGN.md, The store).

export interface Migration {
  version: number;
  description: string;
  sql: string;
}

export const migrations: readonly Migration[] = [
  {
    version: 1,
    description: 'the whole calibration domain',
    sql: `
CREATE TABLE workspace_meta (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);

CREATE TABLE grade_bands (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  position INTEGER NOT NULL
);

CREATE TABLE competencies (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  position INTEGER NOT NULL,
  archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1))
);

-- The learning continuum: one competency's levels and descriptors per grade band.
CREATE TABLE continuum_levels (
  competency_id TEXT NOT NULL REFERENCES competencies(id),
  grade_band_id TEXT NOT NULL REFERENCES grade_bands(id),
  level_value INTEGER NOT NULL,
  label TEXT NOT NULL,
  descriptor TEXT NOT NULL,
  PRIMARY KEY (competency_id, grade_band_id, level_value)
);

CREATE TABLE rubrics (
  id TEXT PRIMARY KEY,
  archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
  created_at TEXT NOT NULL
);

-- A version is frozen (frozen_at set) once a session uses it; edits then make a new version.
CREATE TABLE rubric_versions (
  id TEXT PRIMARY KEY,
  rubric_id TEXT NOT NULL REFERENCES rubrics(id),
  version INTEGER NOT NULL,
  title TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  grade_band_id TEXT REFERENCES grade_bands(id),
  change_note TEXT NOT NULL DEFAULT '',
  frozen_at TEXT,
  created_at TEXT NOT NULL,
  UNIQUE (rubric_id, version)
);

CREATE TABLE rubric_levels (
  rubric_version_id TEXT NOT NULL REFERENCES rubric_versions(id),
  value INTEGER NOT NULL,
  label TEXT NOT NULL,
  position INTEGER NOT NULL,
  PRIMARY KEY (rubric_version_id, value)
);

CREATE TABLE rubric_criteria (
  id TEXT PRIMARY KEY,
  rubric_version_id TEXT NOT NULL REFERENCES rubric_versions(id),
  criterion_key TEXT NOT NULL,
  name TEXT NOT NULL,
  competency_id TEXT REFERENCES competencies(id),
  position INTEGER NOT NULL,
  UNIQUE (rubric_version_id, criterion_key)
);

CREATE TABLE rubric_descriptors (
  criterion_id TEXT NOT NULL REFERENCES rubric_criteria(id),
  level_value INTEGER NOT NULL,
  descriptor TEXT NOT NULL,
  PRIMARY KEY (criterion_id, level_value)
);

-- Content-addressed file bytes: a file stored twice is stored once.
CREATE TABLE files (
  sha256 TEXT PRIMARY KEY,
  size INTEGER NOT NULL,
  media_type TEXT NOT NULL,
  bytes BLOB NOT NULL,
  created_at TEXT NOT NULL
);

-- What raters may know of a sample: its random code and the anonymized file.
CREATE TABLE samples (
  id TEXT PRIMARY KEY,
  code TEXT NOT NULL UNIQUE,
  kind TEXT NOT NULL CHECK (kind IN ('pdf', 'image', 'text', 'markdown', 'docx')),
  file_sha256 TEXT NOT NULL REFERENCES files(sha256),
  grade_band_id TEXT REFERENCES grade_bands(id),
  competency_id TEXT REFERENCES competencies(id),
  is_anchor INTEGER NOT NULL DEFAULT 0 CHECK (is_anchor IN (0, 1)),
  archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
  created_at TEXT NOT NULL
);

-- Owner-only re-identification data, kept apart so no rater query can join its way to it.
CREATE TABLE sample_identities (
  sample_id TEXT PRIMARY KEY REFERENCES samples(id),
  original_file_name TEXT NOT NULL,
  original_sha256 TEXT NOT NULL REFERENCES files(sha256),
  student_name TEXT
);

CREATE TABLE redactions (
  id TEXT PRIMARY KEY,
  sample_id TEXT NOT NULL REFERENCES samples(id),
  kind TEXT NOT NULL CHECK (kind IN ('roster_name', 'confirmed_name', 'box')),
  page INTEGER,
  x REAL, y REAL, width REAL, height REAL,
  created_at TEXT NOT NULL
);

-- Reference scores of an anchor sample, by criterion key so they follow the rubric across versions.
CREATE TABLE anchor_scores (
  sample_id TEXT NOT NULL REFERENCES samples(id),
  rubric_id TEXT NOT NULL REFERENCES rubrics(id),
  criterion_key TEXT NOT NULL,
  score INTEGER NOT NULL,
  rationale TEXT NOT NULL,
  PRIMARY KEY (sample_id, rubric_id, criterion_key)
);

CREATE TABLE people (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  archived INTEGER NOT NULL DEFAULT 0 CHECK (archived IN (0, 1)),
  created_at TEXT NOT NULL
);

CREATE TABLE person_roles (
  person_id TEXT NOT NULL REFERENCES people(id),
  role TEXT NOT NULL CHECK (role IN ('rater', 'facilitator', 'coach')),
  PRIMARY KEY (person_id, role)
);

CREATE TABLE sessions (
  id TEXT PRIMARY KEY,
  title TEXT NOT NULL,
  held_on TEXT NOT NULL,
  rubric_version_id TEXT NOT NULL REFERENCES rubric_versions(id),
  facilitator_id TEXT REFERENCES people(id),
  phase TEXT NOT NULL CHECK (phase IN ('draft', 'scoring', 'revealed', 'closed')),
  current_round INTEGER NOT NULL DEFAULT 1,
  options_json TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

CREATE TABLE session_samples (
  session_id TEXT NOT NULL REFERENCES sessions(id),
  sample_id TEXT NOT NULL REFERENCES samples(id),
  position INTEGER NOT NULL,
  PRIMARY KEY (session_id, sample_id)
);

CREATE TABLE session_raters (
  session_id TEXT NOT NULL REFERENCES sessions(id),
  person_id TEXT NOT NULL REFERENCES people(id),
  alias TEXT NOT NULL,
  position INTEGER NOT NULL,
  PRIMARY KEY (session_id, person_id),
  UNIQUE (session_id, alias)
);

CREATE TABLE rounds (
  session_id TEXT NOT NULL REFERENCES sessions(id),
  round_number INTEGER NOT NULL,
  started_at TEXT NOT NULL,
  revealed_at TEXT,
  PRIMARY KEY (session_id, round_number)
);

-- A rater's submission locks their scores for the round.
CREATE TABLE round_submissions (
  session_id TEXT NOT NULL,
  round_number INTEGER NOT NULL,
  rater_id TEXT NOT NULL REFERENCES people(id),
  submitted_at TEXT NOT NULL,
  PRIMARY KEY (session_id, round_number, rater_id),
  FOREIGN KEY (session_id, round_number) REFERENCES rounds(session_id, round_number)
);

-- Append-only: a change of mind is a new event; nothing a rater entered is overwritten.
CREATE TABLE score_events (
  id INTEGER PRIMARY KEY,
  session_id TEXT NOT NULL,
  round_number INTEGER NOT NULL,
  sample_id TEXT NOT NULL REFERENCES samples(id),
  rater_id TEXT NOT NULL REFERENCES people(id),
  criterion_id TEXT NOT NULL REFERENCES rubric_criteria(id),
  score INTEGER,
  note TEXT NOT NULL DEFAULT '',
  recorded_at TEXT NOT NULL,
  recorded_by TEXT NOT NULL,
  FOREIGN KEY (session_id, round_number) REFERENCES rounds(session_id, round_number)
);
-- The head of each rater's log per sample and criterion: written in the same transaction as the
-- event, so the current score is one lookup rather than a search of the whole log.
CREATE TABLE score_heads (
  session_id TEXT NOT NULL,
  round_number INTEGER NOT NULL,
  sample_id TEXT NOT NULL,
  rater_id TEXT NOT NULL,
  criterion_id TEXT NOT NULL,
  event_id INTEGER NOT NULL REFERENCES score_events(id),
  PRIMARY KEY (session_id, round_number, sample_id, rater_id, criterion_id)
);

CREATE VIEW current_scores AS
SELECT h.session_id, h.round_number, h.sample_id, h.rater_id, h.criterion_id,
  e.id AS event_id, e.score, e.note, e.recorded_at, e.recorded_by
FROM score_heads h JOIN score_events e ON e.id = h.event_id;

CREATE TABLE consensus_scores (
  session_id TEXT NOT NULL REFERENCES sessions(id),
  sample_id TEXT NOT NULL REFERENCES samples(id),
  criterion_id TEXT NOT NULL REFERENCES rubric_criteria(id),
  score INTEGER NOT NULL,
  rationale TEXT NOT NULL,
  recorded_at TEXT NOT NULL,
  recorded_by TEXT NOT NULL,
  PRIMARY KEY (session_id, sample_id, criterion_id)
);

-- Rubric clarifications the team agreed on during discussion.
CREATE TABLE clarifications (
  id TEXT PRIMARY KEY,
  session_id TEXT NOT NULL REFERENCES sessions(id),
  criterion_id TEXT REFERENCES rubric_criteria(id),
  text TEXT NOT NULL,
  created_at TEXT NOT NULL
);

-- Samples revealed one at a time; revealing a sample ends its scoring for the round.
CREATE TABLE sample_reveals (
  session_id TEXT NOT NULL,
  round_number INTEGER NOT NULL,
  sample_id TEXT NOT NULL REFERENCES samples(id),
  revealed_at TEXT NOT NULL,
  PRIMARY KEY (session_id, round_number, sample_id),
  FOREIGN KEY (session_id, round_number) REFERENCES rounds(session_id, round_number)
);

-- The protocol phase running now, so every screen in the room shows the same countdown.
CREATE TABLE session_timers (
  session_id TEXT PRIMARY KEY REFERENCES sessions(id),
  phase_index INTEGER NOT NULL,
  started_at TEXT NOT NULL
);

-- Short codes teachers type (or scan) to join a live session.
CREATE TABLE join_codes (
  code TEXT PRIMARY KEY,
  session_id TEXT NOT NULL REFERENCES sessions(id),
  created_at TEXT NOT NULL,
  closed_at TEXT
);

-- Rater access to one session; only a hash of the token is kept.
CREATE TABLE rater_tokens (
  token_sha256 TEXT PRIMARY KEY,
  session_id TEXT NOT NULL REFERENCES sessions(id),
  person_id TEXT NOT NULL REFERENCES people(id),
  created_at TEXT NOT NULL,
  revoked_at TEXT
);

CREATE TABLE audit_log (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  action TEXT NOT NULL,
  subject_type TEXT NOT NULL,
  subject_id TEXT NOT NULL,
  details_json TEXT NOT NULL DEFAULT '{}'
);
`,
  },
  {
    version: 2,
    description: 'sample anonymization review: redacted names, suggested names, anchor levels',
    sql: `
-- The name a roster_name or confirmed_name redaction removes (owner-only, like the table).
ALTER TABLE redactions ADD COLUMN name TEXT;
CREATE INDEX redactions_by_sample ON redactions (sample_id);

-- Names the NLP pass suggested for a sample, waiting for the facilitator's review (owner-only).
CREATE TABLE sample_name_candidates (
  sample_id TEXT NOT NULL REFERENCES samples(id),
  name TEXT NOT NULL,
  occurrences INTEGER NOT NULL,
  context TEXT NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('pending', 'confirmed', 'dismissed')),
  PRIMARY KEY (sample_id, name)
);

-- The performance level an anchor sample exemplifies overall (its tag in the anchor library).
ALTER TABLE samples ADD COLUMN anchor_level INTEGER;
`,
  },
  {
    version: 3,
    description: 'qualification checks: anchor sets with a pass rule, and raters’ attempts',
    sql: `
CREATE TABLE qualification_sets (
  id TEXT PRIMARY KEY,
  title TEXT NOT NULL,
  rubric_version_id TEXT NOT NULL REFERENCES rubric_versions(id),
  -- QualificationRule (domain/qualification.ts) as JSON: minExact, minWithinOne, maxNonAdjacent.
  rule_json TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

CREATE TABLE qualification_set_samples (
  set_id TEXT NOT NULL REFERENCES qualification_sets(id),
  sample_id TEXT NOT NULL REFERENCES samples(id),
  position INTEGER NOT NULL,
  PRIMARY KEY (set_id, sample_id)
);

-- One rater's attempt. The result is kept as it was judged at submission (rule, references and
-- rationales included), so editing the set later never changes a past verdict.
CREATE TABLE qualification_attempts (
  id TEXT PRIMARY KEY,
  set_id TEXT NOT NULL REFERENCES qualification_sets(id),
  person_id TEXT NOT NULL REFERENCES people(id),
  started_at TEXT NOT NULL,
  finished_at TEXT,
  passed INTEGER CHECK (passed IN (0, 1)),
  items INTEGER,
  exact INTEGER,
  within_one INTEGER,
  non_adjacent INTEGER,
  missing INTEGER,
  result_json TEXT
);
CREATE INDEX qualification_attempts_by_set ON qualification_attempts (set_id);

CREATE TABLE qualification_attempt_scores (
  attempt_id TEXT NOT NULL REFERENCES qualification_attempts(id),
  sample_id TEXT NOT NULL REFERENCES samples(id),
  criterion_key TEXT NOT NULL,
  score INTEGER NOT NULL,
  recorded_at TEXT NOT NULL,
  PRIMARY KEY (attempt_id, sample_id, criterion_key)
);
`,
  },
  {
    version: 4,
    description: 'qualification attempts taken with their own token, never the owner’s',
    sql: `
-- Access to one qualification attempt; only a hash of the token is kept (like rater_tokens).
CREATE TABLE attempt_tokens (
  token_sha256 TEXT PRIMARY KEY,
  attempt_id TEXT NOT NULL REFERENCES qualification_attempts(id),
  created_at TEXT NOT NULL,
  revoked_at TEXT
);
`,
  },
  {
    version: 5,
    description: 'score heads carry their score, readable by round from one index',
    sql: `
-- The drift view and the Rasch estimate read every current score of a round at once (300,000 in
-- a large workspace). The head keeps a copy of its event's score, set by the triggers below
-- whoever writes the head (events are append-only, so the copy never goes stale), and the index
-- covers the read: no visit to the heads table nor to the log. Criterion before rater: rows come
-- in runs of one sample and criterion, which the reader codes once per run.
ALTER TABLE score_heads ADD COLUMN score INTEGER;
UPDATE score_heads SET score = (SELECT e.score FROM score_events e WHERE e.id = score_heads.event_id);
CREATE TRIGGER score_heads_score_on_insert AFTER INSERT ON score_heads
BEGIN
  UPDATE score_heads SET score = (SELECT e.score FROM score_events e WHERE e.id = NEW.event_id)
   WHERE rowid = NEW.rowid;
END;
CREATE TRIGGER score_heads_score_on_move AFTER UPDATE OF event_id ON score_heads
BEGIN
  UPDATE score_heads SET score = (SELECT e.score FROM score_events e WHERE e.id = NEW.event_id)
   WHERE rowid = NEW.rowid;
END;
CREATE INDEX score_heads_by_round
  ON score_heads (session_id, round_number, sample_id, criterion_id, rater_id, score);
`,
  },
  {
    version: 6,
    description: 'random rater aliases; one-device turns that lock the owner until a PIN',
    sql: `
-- Aliases used to follow the order raters were chosen in, which a rater could guess from any
-- list of names. Sessions whose scores no rater has seen yet get a random order now; revealed
-- sessions keep theirs (the team has already seen them, and exports name them).
UPDATE session_raters SET alias = 'tmp-' || person_id
 WHERE session_id IN (SELECT s.id FROM sessions s
                       WHERE s.phase IN ('draft', 'scoring') AND s.current_round = 1
                         AND NOT EXISTS (SELECT 1 FROM sample_reveals r WHERE r.session_id = s.id));
UPDATE session_raters SET alias = 'R' || shuffled.n
  FROM (SELECT session_id, person_id,
               ROW_NUMBER() OVER (PARTITION BY session_id ORDER BY random()) AS n
          FROM session_raters WHERE alias LIKE 'tmp-%') AS shuffled
 WHERE session_raters.session_id = shuffled.session_id
   AND session_raters.person_id = shuffled.person_id;

-- Why a join code stopped working: 'guessing' when a run of wrong codes retired it, so the
-- facilitator is told and issues a new one rather than getting one silently.
ALTER TABLE join_codes ADD COLUMN closed_reason TEXT;

-- One device taking turns (hot seat): while a row is here the owner's access is locked to the
-- turns of this session until the facilitator's PIN unlocks it; it survives reloads and restarts.
CREATE TABLE turn_locks (
  session_id TEXT PRIMARY KEY REFERENCES sessions(id),
  pin_salt TEXT NOT NULL,
  pin_hash TEXT NOT NULL,
  current_rater_id TEXT REFERENCES people(id),
  started_at TEXT NOT NULL
);

-- Raters who ended their turn: taking another needs the facilitator's PIN, so nobody can open a
-- colleague's finished turn and read their scores.
CREATE TABLE turn_ends (
  session_id TEXT NOT NULL REFERENCES turn_locks(session_id) ON DELETE CASCADE,
  person_id TEXT NOT NULL REFERENCES people(id),
  PRIMARY KEY (session_id, person_id)
);
`,
  },
  {
    version: 7,
    description: 'criteria keep the framework item (CASE CFItem) they were imported with',
    sql: `
-- The item of a published framework a criterion assesses, as the framework names it, so that a
-- CASE export links that item rather than one made up from the competency name. All three are
-- null for a criterion that links none (every criterion before this version).
ALTER TABLE rubric_criteria ADD COLUMN framework_item_identifier TEXT;
ALTER TABLE rubric_criteria ADD COLUMN framework_item_uri TEXT;
ALTER TABLE rubric_criteria ADD COLUMN framework_item_title TEXT;
`,
  },
  {
    version: 8,
    description: 'comparative judgement sessions: their question and the judgements',
    sql: `
-- Every session before this version is a rubric meeting.
ALTER TABLE sessions ADD COLUMN kind TEXT NOT NULL DEFAULT 'rubric'
  CHECK (kind IN ('rubric', 'judgement'));

CREATE TABLE judging_setups (
  session_id TEXT PRIMARY KEY REFERENCES sessions(id),
  question TEXT NOT NULL,
  competency_id TEXT REFERENCES competencies(id),
  per_judge INTEGER NOT NULL CHECK (per_judge BETWEEN 1 AND 500)
);

-- One row per pair shown to a judge; the winner is null while the pair is on the judge's screen.
-- pair_key holds the two sample ids in byte order, so the unique key keeps a judge from ever
-- getting the same pair twice, in either order. Ids are random: a judge learns nothing of how
-- many judgements the others have made.
CREATE TABLE judgements (
  id TEXT PRIMARY KEY,
  session_id TEXT NOT NULL REFERENCES sessions(id),
  judge_id TEXT NOT NULL REFERENCES people(id),
  left_sample_id TEXT NOT NULL REFERENCES samples(id),
  right_sample_id TEXT NOT NULL REFERENCES samples(id),
  pair_key TEXT NOT NULL,
  winner_sample_id TEXT REFERENCES samples(id),
  note TEXT NOT NULL DEFAULT '',
  ms INTEGER,
  shown_at TEXT NOT NULL,
  judged_at TEXT,
  CHECK (left_sample_id <> right_sample_id),
  CHECK (winner_sample_id IS NULL OR winner_sample_id IN (left_sample_id, right_sample_id)),
  UNIQUE (session_id, judge_id, pair_key)
);
-- At most one pair waits on a judge's screen.
CREATE UNIQUE INDEX judgements_one_open_pair ON judgements (session_id, judge_id)
  WHERE winner_sample_id IS NULL;
CREATE INDEX judgements_by_session ON judgements (session_id, judged_at);
`,
  },
];

export const LATEST_SCHEMA_VERSION = migrations[migrations.length - 1]!.version;
