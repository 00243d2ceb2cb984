import type {
  Criterion,
  FrameworkItem,
  PerformanceLevel,
  RubricSummary,
  RubricDraft,
  RubricVersion,
} from '../domain/rubric.js';
import { statements } from './statements.js';
import type { Db } from './workspace.js';
import { newId, nowIso } from './ids.js';
import { ConflictError } from '../domain/errors.js';

export interface NewRubricVersion extends RubricDraft {
  /** Criterion keys carried over from the previous version, by position; new criteria get new keys. */
  criterionKeys?: (string | undefined)[];
  changeNote?: string;
}

/** One version as the history lists it. */
export interface VersionEntry {
  id: string;
  version: number;
  title: string;
  changeNote: string;
  createdAt: string;
  frozenAt: string | null;
}

/** A criterion's framework link as stored: three nullable columns, all null for no link. */
interface LinkColumns {
  framework_item_identifier: string | null;
  framework_item_uri: string | null;
  framework_item_title: string | null;
}

const LINK_COLUMNS = 'framework_item_identifier, framework_item_uri, framework_item_title';

function linkOf(row: LinkColumns): FrameworkItem | null {
  if (row.framework_item_identifier === null) return null;
  return {
    identifier: row.framework_item_identifier,
    uri: row.framework_item_uri ?? '',
    title: row.framework_item_title ?? '',
  };
}

function linkValues(item: FrameworkItem | null): [string | null, string | null, string | null] {
  return item === null ? [null, null, null] : [item.identifier, item.uri, item.title];
}

/** What a criterion of an earlier state had: its competency and framework link. */
interface Before {
  competencyId: string | null;
  item: FrameworkItem | null;
}

/**
 * The link a criterion gets: the draft's when it names one (or null); otherwise the one it had,
 * while its competency stays the same (a link names the item the competency came from).
 */
function linkAfter(
  c: NewRubricVersion['criteria'][number],
  before: Before | undefined,
): FrameworkItem | null {
  if (c.frameworkItem !== undefined) return c.frameworkItem;
  return before !== undefined && before.competencyId === c.competencyId ? before.item : null;
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
  const insertLevels = (versionId: string, draft: NewRubricVersion) => {
    const level = sql(
      'INSERT INTO rubric_levels (rubric_version_id, value, label, position) VALUES (?, ?, ?, ?)',
    );
    draft.levels.forEach((l, i) => level.run(versionId, l.value, l.label, i));
  };
  const insertDescriptors = (
    criterionId: string,
    draft: NewRubricVersion,
    c: NewRubricVersion['criteria'][number],
  ) => {
    const descriptor = sql(
      'INSERT INTO rubric_descriptors (criterion_id, level_value, descriptor) VALUES (?, ?, ?)',
    );
    for (const l of draft.levels)
      descriptor.run(criterionId, l.value, c.descriptors[String(l.value)] ?? '');
  };
  const insertCriterion = (
    versionId: string,
    draft: NewRubricVersion,
    c: NewRubricVersion['criteria'][number],
    key: string,
    position: number,
    before?: Before,
  ) => {
    const criterionId = newId();
    sql(
      `INSERT INTO rubric_criteria (id, rubric_version_id, criterion_key, name, competency_id, position, ${LINK_COLUMNS})
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      criterionId,
      versionId,
      key,
      c.name,
      c.competencyId,
      position,
      ...linkValues(linkAfter(c, before)),
    );
    insertDescriptors(criterionId, draft, c);
  };
  /** The criteria of a version by key, as an edit of it starts from. */
  const beforeOf = (versionId: string): Map<string, Before & { id: string }> =>
    new Map(
      (
        sql(
          `SELECT id, criterion_key, competency_id, ${LINK_COLUMNS} FROM rubric_criteria
             WHERE rubric_version_id = ?`,
        ).all(versionId) as (LinkColumns & {
          id: string;
          criterion_key: string;
          competency_id: string | null;
        })[]
      ).map((r) => [r.criterion_key, { id: r.id, competencyId: r.competency_id, item: linkOf(r) }]),
    );
  const insertVersion = (
    rubricId: string,
    version: number,
    draft: NewRubricVersion,
    before?: Map<string, Before>,
  ): string => {
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
    insertLevels(versionId, draft);
    draft.criteria.forEach((c, i) => {
      const key = draft.criterionKeys?.[i];
      insertCriterion(
        versionId,
        draft,
        c,
        key ?? newId(),
        i,
        key === undefined ? undefined : before?.get(key),
      );
    });
    return versionId;
  };
  const frozenAtOf = (versionId: string): string | null | undefined =>
    (
      sql('SELECT frozen_at FROM rubric_versions WHERE id = ?').get(versionId) as
        { frozen_at: string | null } | undefined
    )?.frozen_at;

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
        `SELECT id, criterion_key, name, competency_id, ${LINK_COLUMNS} FROM rubric_criteria
           WHERE rubric_version_id = ? ORDER BY position`,
      ).all(versionId) as (LinkColumns & {
        id: string;
        criterion_key: string;
        name: string;
        competency_id: string | null;
      })[];
      const descriptorRows = sql(
        `SELECT d.criterion_id, d.level_value, d.descriptor FROM rubric_descriptors d
           JOIN rubric_criteria c ON c.id = d.criterion_id WHERE c.rubric_version_id = ?`,
      ).all(versionId) as { criterion_id: string; level_value: number; descriptor: string }[];
      const criteria: Criterion[] = criteriaRows.map((c) => {
        const item = linkOf(c);
        return {
          id: c.id,
          key: c.criterion_key,
          name: c.name,
          competencyId: c.competency_id,
          descriptors: Object.fromEntries(
            descriptorRows
              .filter((d) => d.criterion_id === c.id)
              .map((d) => [String(d.level_value), d.descriptor]),
          ),
          ...(item === null ? {} : { frameworkItem: item }),
        };
      });
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

    /**
     * Adds version n+1 to a rubric (every earlier version stays as it is); returns its id. A
     * criterion carrying a key of version n keeps its framework link unless its competency
     * changes or the draft names another.
     */
    addVersion(rubricId: string, draft: NewRubricVersion): string {
      return db.transaction(() => {
        const latest = sql(
          'SELECT id, version FROM rubric_versions WHERE rubric_id = ? ORDER BY version DESC LIMIT 1',
        ).get(rubricId) as { id: string; version: number } | undefined;
        if (!latest) throw new ConflictError(`No rubric ${rubricId}.`);
        return insertVersion(rubricId, latest.version + 1, draft, beforeOf(latest.id));
      })();
    },

    /**
     * Rewrites a version that no session uses yet, in one transaction. Criteria whose key is in
     * `criterionKeys` keep their row (and id), and their framework link while their competency
     * stays; the rest are removed or added. A frozen version is refused with a ConflictError and
     * left exactly as it was.
     */
    replaceVersion(versionId: string, draft: NewRubricVersion): void {
      db.transaction(() => {
        const frozenAt = frozenAtOf(versionId);
        if (frozenAt === undefined) throw new ConflictError(`No rubric version ${versionId}.`);
        if (frozenAt !== null) {
          throw new ConflictError(
            `Rubric version ${versionId} is frozen: a session uses it, so it is never changed.`,
          );
        }
        sql(
          `UPDATE rubric_versions
             SET title = ?, description = ?, grade_band_id = ?, change_note = COALESCE(?, change_note)
             WHERE id = ? AND frozen_at IS NULL`,
        ).run(
          draft.title,
          draft.description,
          draft.gradeBandId,
          // An edit without a note keeps the note the version had (e.g. where it was imported from).
          draft.changeNote ? draft.changeNote : null,
          versionId,
        );
        sql('DELETE FROM rubric_levels WHERE rubric_version_id = ?').run(versionId);
        insertLevels(versionId, draft);
        const existing = beforeOf(versionId);
        sql(
          `DELETE FROM rubric_descriptors WHERE criterion_id IN
             (SELECT id FROM rubric_criteria WHERE rubric_version_id = ?)`,
        ).run(versionId);
        const kept = new Set<string>();
        const keys = draft.criteria.map((_, i) => {
          const key = draft.criterionKeys?.[i];
          if (key !== undefined && existing.has(key) && !kept.has(key)) {
            kept.add(key);
            return key;
          }
          return undefined;
        });
        for (const [key, { id }] of existing) {
          if (!kept.has(key)) sql('DELETE FROM rubric_criteria WHERE id = ?').run(id);
        }
        draft.criteria.forEach((c, i) => {
          const key = keys[i];
          if (key === undefined) {
            insertCriterion(versionId, draft, c, newId(), i);
            return;
          }
          const before = existing.get(key)!;
          sql(
            `UPDATE rubric_criteria SET name = ?, competency_id = ?, position = ?,
               framework_item_identifier = ?, framework_item_uri = ?, framework_item_title = ?
               WHERE id = ?`,
          ).run(c.name, c.competencyId, i, ...linkValues(linkAfter(c, before)), before.id);
          insertDescriptors(before.id, draft, c);
        });
      })();
    },

    /** Every version of a rubric, oldest first. */
    listVersions(rubricId: string): VersionEntry[] {
      return (
        sql(
          `SELECT id, version, title, change_note, created_at, frozen_at FROM rubric_versions
             WHERE rubric_id = ? ORDER BY version`,
        ).all(rubricId) as {
          id: string;
          version: number;
          title: string;
          change_note: string;
          created_at: string;
          frozen_at: string | null;
        }[]
      ).map((r) => ({
        id: r.id,
        version: r.version,
        title: r.title,
        changeNote: r.change_note,
        createdAt: r.created_at,
        frozenAt: r.frozen_at,
      }));
    },

    rubricExists(rubricId: string): boolean {
      return sql('SELECT 1 AS x FROM rubrics WHERE id = ?').get(rubricId) !== undefined;
    },

    isArchived(rubricId: string): boolean {
      const row = sql('SELECT archived FROM rubrics WHERE id = ?').get(rubricId) as
        { archived: number } | undefined;
      return row?.archived === 1;
    },

    setArchived(rubricId: string, archived: boolean): void {
      sql('UPDATE rubrics SET archived = ? WHERE id = ?').run(archived ? 1 : 0, rubricId);
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
