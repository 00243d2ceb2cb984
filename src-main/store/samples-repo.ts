import { createHash } from 'node:crypto';
import type { AnchorScore, Sample, SampleIdentity, SampleKind } from '../domain/sample.js';
import { statements } from './statements.js';
import type { Db } from './workspace.js';
import { newId, nowIso } from './ids.js';

export interface NewSample {
  code: string;
  kind: SampleKind;
  /** The anonymized file raters receive. */
  file: { bytes: Uint8Array; mediaType: string };
  /** The file as it arrived: owner-only. */
  original: { bytes: Uint8Array; mediaType: string; fileName: string };
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
  /** Stores bytes once under their SHA-256; storing them again is a no-op. */
  const putFile = (bytes: Uint8Array, mediaType: string): string => {
    const sha = sha256Hex(bytes);
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
        const fileSha = putFile(sample.file.bytes, sample.file.mediaType);
        const originalSha = putFile(sample.original.bytes, sample.original.mediaType);
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
