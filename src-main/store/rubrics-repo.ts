import type {
  Criterion,
  PerformanceLevel,
  RubricSummary,
  RubricDraft,
  RubricVersion,
} from '../domain/rubric.js';
import { statements } from './statements.js';
import type { Db } from './workspace.js';
import { newId, nowIso } from './ids.js';

export interface NewRubricVersion extends RubricDraft {
  /** Criterion keys carried over from the previous version, by position; new criteria get new keys. */
  criterionKeys?: (string | undefined)[];
  changeNote?: string;
}

interface VersionRow {
  id: string;
  rubric_id: string;
  version: number;
  title: string;
  description: string;
  grade_band_id: string | null;
  frozen_at: string | null;
  created_at: string;
}

export function rubricsRepo(db: Db) {
  const sql = statements(db);
  const frozenVersions = new Map<string, RubricVersion>();
  const insertVersion = (rubricId: string, version: number, draft: NewRubricVersion): string => {
    const versionId = newId();
    const at = nowIso();
    sql(
      `INSERT INTO rubric_versions (id, rubric_id, version, title, description, grade_band_id, change_note, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      versionId,
      rubricId,
      version,
      draft.title,
      draft.description,
      draft.gradeBandId,
      draft.changeNote ?? '',
      at,
    );
    const level = sql(
      'INSERT INTO rubric_levels (rubric_version_id, value, label, position) VALUES (?, ?, ?, ?)',
    );
    draft.levels.forEach((l, i) => level.run(versionId, l.value, l.label, i));
    const criterion = sql(
      `INSERT INTO rubric_criteria (id, rubric_version_id, criterion_key, name, competency_id, position)
       VALUES (?, ?, ?, ?, ?, ?)`,
    );
    const descriptor = sql(
      'INSERT INTO rubric_descriptors (criterion_id, level_value, descriptor) VALUES (?, ?, ?)',
    );
    draft.criteria.forEach((c, i) => {
      const criterionId = newId();
      criterion.run(
        criterionId,
        versionId,
        draft.criterionKeys?.[i] ?? newId(),
        c.name,
        c.competencyId,
        i,
      );
      for (const l of draft.levels)
        descriptor.run(criterionId, l.value, c.descriptors[String(l.value)] ?? '');
    });
    return versionId;
  };

  return {
    /** Creates a rubric with its first version; returns the version id. */
    create(draft: NewRubricVersion): string {
      return db.transaction(() => {
        const rubricId = newId();
        sql('INSERT INTO rubrics (id, created_at) VALUES (?, ?)').run(rubricId, nowIso());
        return insertVersion(rubricId, 1, draft);
      })();
    },

    /** A frozen version never changes again, so it is read from the file once and then kept. */
    getVersion(versionId: string): RubricVersion | undefined {
      const kept = frozenVersions.get(versionId);
      if (kept) return kept;
      const row = sql('SELECT * FROM rubric_versions WHERE id = ?').get(versionId) as
        VersionRow | undefined;
      if (!row) return undefined;
      const levels = sql(
        'SELECT value, label FROM rubric_levels WHERE rubric_version_id = ? ORDER BY position',
      ).all(versionId) as PerformanceLevel[];
      const criteriaRows = sql(
        `SELECT id, criterion_key, name, competency_id FROM rubric_criteria
           WHERE rubric_version_id = ? ORDER BY position`,
      ).all(versionId) as {
        id: string;
        criterion_key: string;
        name: string;
        competency_id: string | null;
      }[];
      const descriptorRows = sql(
        `SELECT d.criterion_id, d.level_value, d.descriptor FROM rubric_descriptors d
           JOIN rubric_criteria c ON c.id = d.criterion_id WHERE c.rubric_version_id = ?`,
      ).all(versionId) as { criterion_id: string; level_value: number; descriptor: string }[];
      const criteria: Criterion[] = criteriaRows.map((c) => ({
        id: c.id,
        key: c.criterion_key,
        name: c.name,
        competencyId: c.competency_id,
        descriptors: Object.fromEntries(
          descriptorRows
            .filter((d) => d.criterion_id === c.id)
            .map((d) => [String(d.level_value), d.descriptor]),
        ),
      }));
      const version: RubricVersion = {
        id: row.id,
        rubricId: row.rubric_id,
        version: row.version,
        title: row.title,
        description: row.description,
        gradeBandId: row.grade_band_id,
        levels,
        criteria,
        frozenAt: row.frozen_at,
        createdAt: row.created_at,
      };
      if (version.frozenAt !== null) frozenVersions.set(versionId, version);
      return version;
    },

    listSummaries(): RubricSummary[] {
      const rows = sql(
        `SELECT r.id, r.archived, v.id AS version_id, v.version, v.title, v.frozen_at,
             (SELECT COUNT(*) FROM rubric_criteria c WHERE c.rubric_version_id = v.id) AS criteria_count,
             (SELECT COUNT(*) FROM rubric_levels l WHERE l.rubric_version_id = v.id) AS levels_count
           FROM rubrics r
           JOIN rubric_versions v ON v.rubric_id = r.id
           WHERE v.version = (SELECT MAX(x.version) FROM rubric_versions x WHERE x.rubric_id = r.id)
           ORDER BY v.title`,
      ).all() as {
        id: string;
        archived: number;
        version_id: string;
        version: number;
        title: string;
        frozen_at: string | null;
        criteria_count: number;
        levels_count: number;
      }[];
      return rows.map((r) => ({
        id: r.id,
        title: r.title,
        latestVersionId: r.version_id,
        latestVersion: r.version,
        criteriaCount: r.criteria_count,
        levelsCount: r.levels_count,
        archived: r.archived === 1,
        frozen: r.frozen_at !== null,
      }));
    },

    /** A session now depends on this version: it may never change again. */
    freeze(versionId: string): void {
      sql('UPDATE rubric_versions SET frozen_at = ? WHERE id = ? AND frozen_at IS NULL').run(
        nowIso(),
        versionId,
      );
    },

    criterionIdsOf(versionId: string): string[] {
      return (
        sql('SELECT id FROM rubric_criteria WHERE rubric_version_id = ? ORDER BY position').all(
          versionId,
        ) as { id: string }[]
      ).map((r) => r.id);
    },
  };
}
export type RubricsRepo = ReturnType<typeof rubricsRepo>;
