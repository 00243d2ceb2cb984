import { createHash } from 'node:crypto';
import type {
  AnchorEntry,
  AnchorScore,
  NameCandidateReview,
  Redaction,
  Sample,
  SampleIdentity,
  SampleKind,
} from '../domain/sample.js';
import { statements } from './statements.js';
import type { Db } from './workspace.js';
import { newId, nowIso } from './ids.js';

export interface StoredFile {
  bytes: Uint8Array;
  mediaType: string;
  sha256?: string;
}

export interface NewSample {
  code: string;
  kind: SampleKind;
  /** The anonymized file raters receive; `sha256` when already computed (off the event loop). */
  file: StoredFile;
  /** The file as it arrived: owner-only. */
  original: StoredFile & { fileName: string };
  studentName: string | null;
  gradeBandId: string | null;
  competencyId: string | null;
}

interface SampleRow {
  id: string;
  code: string;
  kind: SampleKind;
  media_type: string;
  file_sha256: string;
  size: number;
  grade_band_id: string | null;
  competency_id: string | null;
  is_anchor: number;
}

const SAMPLE_SELECT = `SELECT s.id, s.code, s.kind, f.media_type, s.file_sha256, f.size, s.grade_band_id,
  s.competency_id, s.is_anchor FROM samples s JOIN files f ON f.sha256 = s.file_sha256`;

function toSample(r: SampleRow): Sample {
  return {
    id: r.id,
    code: r.code,
    kind: r.kind,
    mediaType: r.media_type,
    sha256: r.file_sha256,
    size: r.size,
    gradeBandId: r.grade_band_id,
    competencyId: r.competency_id,
    isAnchor: r.is_anchor === 1,
  };
}

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

export function samplesRepo(db: Db) {
  const sql = statements(db);
  /** Stores bytes once under their SHA-256 (given, or computed here); again is a no-op. */
  const putFile = (bytes: Uint8Array, mediaType: string, known?: string): string => {
    const sha = known ?? sha256Hex(bytes);
    sql(
      `INSERT INTO files (sha256, size, media_type, bytes, created_at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (sha256) DO NOTHING`,
    ).run(
      sha,
      bytes.byteLength,
      mediaType,
      Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength),
      nowIso(),
    );
    return sha;
  };

  return {
    putFile,

    codeExists(code: string): boolean {
      return sql('SELECT 1 FROM samples WHERE code = ?').get(code) !== undefined;
    },

    /** The sample whose original file has these bytes, if one was imported before. */
    findByOriginal(originalSha256: string): Sample | undefined {
      const row = sql(
        `${SAMPLE_SELECT} JOIN sample_identities i ON i.sample_id = s.id WHERE i.original_sha256 = ?`,
      ).get(originalSha256) as SampleRow | undefined;
      return row ? toSample(row) : undefined;
    },

    insert(sample: NewSample): Sample {
      return db.transaction(() => {
        const id = newId();
        const fileSha = putFile(sample.file.bytes, sample.file.mediaType, sample.file.sha256);
        const originalSha = putFile(
          sample.original.bytes,
          sample.original.mediaType,
          sample.original.sha256,
        );
        sql(
          `INSERT INTO samples (id, code, kind, file_sha256, grade_band_id, competency_id, created_at)
           VALUES (?, ?, ?, ?, ?, ?, ?)`,
        ).run(
          id,
          sample.code,
          sample.kind,
          fileSha,
          sample.gradeBandId,
          sample.competencyId,
          nowIso(),
        );
        sql(
          `INSERT INTO sample_identities (sample_id, original_file_name, original_sha256, student_name)
           VALUES (?, ?, ?, ?)`,
        ).run(id, sample.original.fileName, originalSha, sample.studentName);
        return this.get(id)!;
      })();
    },

    get(id: string): Sample | undefined {
      const row = sql(`${SAMPLE_SELECT} WHERE s.id = ?`).get(id) as SampleRow | undefined;
      return row ? toSample(row) : undefined;
    },

    list(): Sample[] {
      return (
        sql(`${SAMPLE_SELECT} WHERE s.archived = 0 ORDER BY s.code`).all() as SampleRow[]
      ).map(toSample);
    },

    /** The anonymized bytes raters receive. */
    fileOf(sampleId: string): { bytes: Buffer; mediaType: string } | undefined {
      const row = sql(
        'SELECT f.bytes, f.media_type FROM samples s JOIN files f ON f.sha256 = s.file_sha256 WHERE s.id = ?',
      ).get(sampleId) as { bytes: Buffer; media_type: string } | undefined;
      return row ? { bytes: row.bytes, mediaType: row.media_type } : undefined;
    },

    identity(sampleId: string): SampleIdentity | undefined {
      const row = sql(
        'SELECT sample_id, original_file_name, student_name FROM sample_identities WHERE sample_id = ?',
      ).get(sampleId) as
        { sample_id: string; original_file_name: string; student_name: string | null } | undefined;
      return row
        ? {
            sampleId: row.sample_id,
            originalFileName: row.original_file_name,
            studentName: row.student_name,
          }
        : undefined;
    },

    /** Owner-only: the file as it arrived, to re-run anonymization from. */
    originalOf(
      sampleId: string,
    ): { bytes: Buffer; mediaType: string; fileName: string } | undefined {
      const row = sql(
        `SELECT f.bytes, f.media_type, i.original_file_name FROM sample_identities i
         JOIN files f ON f.sha256 = i.original_sha256 WHERE i.sample_id = ?`,
      ).get(sampleId) as
        { bytes: Buffer; media_type: string; original_file_name: string } | undefined;
      return row
        ? { bytes: row.bytes, mediaType: row.media_type, fileName: row.original_file_name }
        : undefined;
    },

    /** Points the sample at a new anonymized file; the old bytes stay, content-addressed. */
    setFile(sampleId: string, bytes: Uint8Array, mediaType: string): void {
      const sha = putFile(bytes, mediaType);
      sql('UPDATE samples SET file_sha256 = ? WHERE id = ?').run(sha, sampleId);
    },

    setStudentName(sampleId: string, studentName: string | null): void {
      sql('UPDATE sample_identities SET student_name = ? WHERE sample_id = ?').run(
        studentName,
        sampleId,
      );
    },

    redactions(sampleId: string): Redaction[] {
      return (
        sql(
          `SELECT id, sample_id, kind, name, page, x, y, width, height FROM redactions
           WHERE sample_id = ? ORDER BY kind, page, created_at, id`,
        ).all(sampleId) as (Omit<Redaction, 'sampleId'> & { sample_id: string })[]
      ).map(({ id, sample_id, ...r }) => ({ id, sampleId: sample_id, ...r }));
    },

    addRedaction(redaction: Omit<Redaction, 'id'>): string {
      const id = newId();
      sql(
        `INSERT INTO redactions (id, sample_id, kind, name, page, x, y, width, height, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      ).run(
        id,
        redaction.sampleId,
        redaction.kind,
        redaction.name,
        redaction.page,
        redaction.x,
        redaction.y,
        redaction.width,
        redaction.height,
        nowIso(),
      );
      return id;
    },

    removeRedaction(sampleId: string, redactionId: string): boolean {
      return (
        sql('DELETE FROM redactions WHERE id = ? AND sample_id = ?').run(redactionId, sampleId)
          .changes > 0
      );
    },

    candidates(sampleId: string): NameCandidateReview[] {
      return sql(
        `SELECT name, occurrences, context, status FROM sample_name_candidates
         WHERE sample_id = ? ORDER BY occurrences DESC, name`,
      ).all(sampleId) as NameCandidateReview[];
    },

    addCandidate(sampleId: string, candidate: Omit<NameCandidateReview, 'status'>): void {
      sql(
        `INSERT INTO sample_name_candidates (sample_id, name, occurrences, context, status)
         VALUES (?, ?, ?, ?, 'pending') ON CONFLICT (sample_id, name) DO NOTHING`,
      ).run(sampleId, candidate.name, candidate.occurrences, candidate.context);
    },

    setCandidateStatus(
      sampleId: string,
      name: string,
      status: NameCandidateReview['status'],
    ): void {
      sql('UPDATE sample_name_candidates SET status = ? WHERE sample_id = ? AND name = ?').run(
        status,
        sampleId,
        name,
      );
    },

    pendingCandidateCounts(): Map<string, number> {
      const rows = sql(
        `SELECT sample_id, COUNT(*) AS n FROM sample_name_candidates WHERE status = 'pending'
         GROUP BY sample_id`,
      ).all() as { sample_id: string; n: number }[];
      return new Map(rows.map((r) => [r.sample_id, r.n]));
    },

    setAnchorTags(sampleId: string, gradeBandId: string | null, level: number | null): void {
      sql('UPDATE samples SET grade_band_id = ?, anchor_level = ? WHERE id = ?').run(
        gradeBandId,
        level,
        sampleId,
      );
    },

    /** Replaces the sample's reference scores for one rubric (an anchor for that rubric). */
    replaceAnchorScores(
      sampleId: string,
      rubricId: string,
      scores: Omit<AnchorScore, 'sampleId'>[],
    ): void {
      sql('DELETE FROM anchor_scores WHERE sample_id = ? AND rubric_id = ?').run(
        sampleId,
        rubricId,
      );
      this.setAnchorScores(sampleId, rubricId, scores);
    },

    /** No longer an anchor: its reference scores for every rubric go. */
    clearAnchor(sampleId: string): void {
      sql('DELETE FROM anchor_scores WHERE sample_id = ?').run(sampleId);
      sql('UPDATE samples SET is_anchor = 0, anchor_level = NULL WHERE id = ?').run(sampleId);
    },

    anchorLibrary(): AnchorEntry[] {
      const rows = sql(
        `SELECT s.id, s.code, s.kind, s.grade_band_id, g.name AS grade_band_name, s.anchor_level,
           a.rubric_id, a.criterion_key, a.score, a.rationale, c.name AS criterion_name,
           (SELECT v.title FROM rubric_versions v WHERE v.rubric_id = a.rubric_id
              ORDER BY v.version DESC LIMIT 1) AS rubric_title
         FROM samples s
         JOIN anchor_scores a ON a.sample_id = s.id
         LEFT JOIN grade_bands g ON g.id = s.grade_band_id
         -- The criterion as the rubric's latest version names and orders it.
         LEFT JOIN rubric_criteria c ON c.criterion_key = a.criterion_key AND c.rubric_version_id =
           (SELECT v.id FROM rubric_versions v WHERE v.rubric_id = a.rubric_id
              ORDER BY v.version DESC LIMIT 1)
         WHERE s.is_anchor = 1 AND s.archived = 0
         ORDER BY g.position, s.anchor_level, s.code, a.rubric_id, c.position, a.criterion_key`,
      ).all() as {
        id: string;
        code: string;
        kind: SampleKind;
        grade_band_id: string | null;
        grade_band_name: string | null;
        anchor_level: number | null;
        rubric_id: string;
        rubric_title: string | null;
        criterion_key: string;
        criterion_name: string | null;
        score: number;
        rationale: string;
      }[];
      const entries = new Map<string, AnchorEntry>();
      for (const r of rows) {
        const key = `${r.id} ${r.rubric_id}`;
        let entry = entries.get(key);
        if (!entry) {
          entry = {
            sampleId: r.id,
            code: r.code,
            kind: r.kind,
            gradeBandId: r.grade_band_id,
            gradeBandName: r.grade_band_name,
            level: r.anchor_level,
            rubricId: r.rubric_id,
            rubricTitle: r.rubric_title ?? '',
            scores: [],
          };
          entries.set(key, entry);
        }
        entry.scores.push({
          criterionKey: r.criterion_key,
          criterionName: r.criterion_name ?? r.criterion_key,
          score: r.score,
          rationale: r.rationale,
        });
      }
      return [...entries.values()];
    },

    setAnchorScores(
      sampleId: string,
      rubricId: string,
      scores: Omit<AnchorScore, 'sampleId'>[],
    ): void {
      db.transaction(() => {
        sql('UPDATE samples SET is_anchor = 1 WHERE id = ?').run(sampleId);
        const put = sql(
          `INSERT INTO anchor_scores (sample_id, rubric_id, criterion_key, score, rationale) VALUES (?, ?, ?, ?, ?)
           ON CONFLICT (sample_id, rubric_id, criterion_key) DO UPDATE SET score = excluded.score, rationale = excluded.rationale`,
        );
        for (const s of scores) put.run(sampleId, rubricId, s.criterionKey, s.score, s.rationale);
      })();
    },

    listAnchorScores(): AnchorScore[] {
      return (
        sql(
          'SELECT sample_id, criterion_key, score, rationale FROM anchor_scores ORDER BY sample_id',
        ).all() as { sample_id: string; criterion_key: string; score: number; rationale: string }[]
      ).map((r) => ({
        sampleId: r.sample_id,
        criterionKey: r.criterion_key,
        score: r.score,
        rationale: r.rationale,
      }));
    },
  };
}
export type SamplesRepo = ReturnType<typeof samplesRepo>;
