// Rubrics and their versions: create, edit (in place until a session freezes a version, then as
// version n+1), history with what changed, duplicate, archive, import and export of files.
import { NotFoundError, ValidationError } from '../domain/errors.js';
import type { RubricDraft, RubricSummary, RubricVersion } from '../domain/rubric.js';
import { levelDescriptors, plainLevels, rubricProblems } from '../domain/rubric.js';
import type { RubricDiff } from '../domain/rubric-diff.js';
import { diffRubricVersions, isEmptyDiff } from '../domain/rubric-diff.js';
import type { RubricFile, RubricFormat } from '../formats/rubrics/index.js';
import {
  parseRubricFile,
  RUBRIC_FILE_EXTENSIONS,
  writeRubricFile,
} from '../formats/rubrics/index.js';
import type { Store } from '../store/index.js';
import type { NewRubricVersion, VersionEntry } from '../store/rubrics-repo.js';
import type { ChangeBus } from './events.js';
import { fileSlug } from '../domain/file-name.js';

/** A draft as the editor sends it: each criterion may name the key of the criterion it continues. */
export interface RubricEditDraft extends Omit<RubricDraft, 'criteria'> {
  criteria: (RubricDraft['criteria'][number] & { key?: string | undefined })[];
}

export interface RubricHistoryEntry extends VersionEntry {
  /** What changed from the version before; null for version 1. */
  diff: RubricDiff | null;
}

export interface RubricHistory {
  rubricId: string;
  archived: boolean;
  /** Oldest first. */
  versions: RubricHistoryEntry[];
}

export interface RubricImportResult {
  version: RubricVersion;
  createdCompetencies: string[];
  createdGradeBands: string[];
}

export interface RubricExport {
  fileName: string;
  text: string;
}

const sameName = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

/** A rubric's file name: its title's slug, its version and the format's extension. */
export function fileNameFor(title: string, version: number, format: RubricFormat): string {
  return `${fileSlug(title, 'rubric')}-v${version}${RUBRIC_FILE_EXTENSIONS[format]}`;
}

export function rubricsService(store: Store, bus: ChangeBus) {
  const get = (versionId: string): RubricVersion => {
    const version = store.rubrics.getVersion(versionId);
    if (!version) throw new NotFoundError(`No rubric version ${versionId}.`);
    return version;
  };

  /** Domain rules plus: every competency and grade band named must exist. */
  const check = (draft: RubricDraft) => {
    const problems = rubricProblems(draft);
    if (
      draft.gradeBandId !== null &&
      !store.library.listGradeBands().some((b) => b.id === draft.gradeBandId)
    ) {
      problems.push({ path: ['gradeBandId'], message: `no grade band ${draft.gradeBandId}` });
    }
    const competencies = new Set(store.library.listCompetencies().map((c) => c.id));
    draft.criteria.forEach((c, i) => {
      if (c.competencyId !== null && !competencies.has(c.competencyId)) {
        problems.push({
          path: ['criteria', i, 'competencyId'],
          message: `no competency ${c.competencyId}`,
        });
      }
    });
    if (problems.length > 0) throw new ValidationError(problems);
  };

  const plain = (draft: RubricEditDraft): RubricDraft => ({
    title: draft.title,
    description: draft.description,
    gradeBandId: draft.gradeBandId,
    levels: plainLevels(draft.levels),
    criteria: draft.criteria.map((c) => ({
      name: c.name,
      competencyId: c.competencyId,
      descriptors: levelDescriptors(draft.levels, c.descriptors),
    })),
  });

  /**
   * Which key of `base` each draft criterion continues. With keys in the draft, by key (a key
   * the base does not have, or one given twice, starts a new criterion); without, by position.
   */
  const keysFor = (base: RubricVersion, draft: RubricEditDraft): (string | undefined)[] => {
    if (!draft.criteria.some((c) => c.key !== undefined)) {
      return draft.criteria.map((_, i) => base.criteria[i]?.key);
    }
    const known = new Set(base.criteria.map((c) => c.key));
    const used = new Set<string>();
    return draft.criteria.map((c) => {
      if (c.key === undefined || !known.has(c.key) || used.has(c.key)) return undefined;
      used.add(c.key);
      return c.key;
    });
  };

  const toDraft = (version: RubricVersion): RubricDraft => ({
    title: version.title,
    description: version.description,
    gradeBandId: version.gradeBandId,
    levels: version.levels,
    criteria: version.criteria.map((c) => ({
      name: c.name,
      competencyId: c.competencyId,
      descriptors: c.descriptors,
      frameworkItem: c.frameworkItem ?? null,
    })),
  });

  const names = () => {
    const competencies = new Map(store.library.listCompetencies().map((c) => [c.id, c.name]));
    const bands = new Map(store.library.listGradeBands().map((b) => [b.id, b.name]));
    return {
      competency: (id: string) => competencies.get(id),
      gradeBand: (id: string) => bands.get(id),
    };
  };

  /** The version as a file's exchange shape: competencies and grade band by name. */
  const toFile = (version: RubricVersion): RubricFile => {
    const n = names();
    return {
      title: version.title,
      description: version.description,
      gradeBand: version.gradeBandId === null ? null : (n.gradeBand(version.gradeBandId) ?? null),
      levels: plainLevels(version.levels),
      criteria: version.criteria.map((c) => ({
        name: c.name,
        competency: c.competencyId === null ? null : (n.competency(c.competencyId) ?? null),
        descriptors: { ...c.descriptors },
        ...(c.frameworkItem ? { frameworkItem: c.frameworkItem } : {}),
      })),
    };
  };

  const rubricIdOf = (rubricId: string) => {
    if (!store.rubrics.rubricExists(rubricId)) throw new NotFoundError(`No rubric ${rubricId}.`);
  };

  return {
    /** Archived rubrics are left out unless asked for: pickers never offer them. */
    list(options: { includeArchived?: boolean } = {}): RubricSummary[] {
      const all = store.rubrics.listSummaries();
      return options.includeArchived ? all : all.filter((r) => !r.archived);
    },

    get,

    create(draft: NewRubricVersion): RubricVersion {
      check(draft);
      const versionId = store.rubrics.create(draft);
      bus.emit({ topic: 'rubrics' });
      return get(versionId);
    },

    /**
     * Saves an edit of a version. A version no session uses is changed in place; a frozen one is
     * never touched: the edit becomes version n+1, criteria keeping their keys where they go on.
     * An edit that changes nothing in a frozen version returns it as it is.
     */
    update(versionId: string, draft: RubricEditDraft, changeNote = ''): RubricVersion {
      const base = get(versionId);
      const next = plain(draft);
      check(next);
      const criterionKeys = keysFor(base, draft);
      const keyed = {
        ...next,
        criteria: next.criteria.map((c, i) => ({ ...c, key: criterionKeys[i] ?? '' })),
      };
      const row: NewRubricVersion = { ...next, criterionKeys, changeNote: changeNote.trim() };
      let resultId: string;
      if (base.frozenAt === null) {
        store.rubrics.replaceVersion(versionId, row);
        resultId = versionId;
      } else {
        if (isEmptyDiff(diffRubricVersions(base, keyed)) && changeNote.trim() === '') return base;
        resultId = store.rubrics.addVersion(base.rubricId, row);
      }
      bus.emit({ topic: 'rubrics' });
      return get(resultId);
    },

    history(rubricId: string): RubricHistory {
      rubricIdOf(rubricId);
      const n = names();
      const entries = store.rubrics.listVersions(rubricId);
      let previous: RubricVersion | null = null;
      const versions = entries.map((entry): RubricHistoryEntry => {
        const version = get(entry.id);
        const diff = previous === null ? null : diffRubricVersions(previous, version, n);
        previous = version;
        return { ...entry, diff };
      });
      return { rubricId, archived: store.rubrics.isArchived(rubricId), versions };
    },

    /** A new rubric (version 1, new criterion keys) with this version's content. */
    duplicate(versionId: string, title: string): RubricVersion {
      const base = get(versionId);
      return this.create({
        ...toDraft(base),
        title,
        changeNote: `Copied from “${base.title}”, version ${base.version}`,
      });
    },

    archive(rubricId: string, archived: boolean): RubricSummary {
      rubricIdOf(rubricId);
      store.rubrics.setArchived(rubricId, archived);
      bus.emit({ topic: 'rubrics' });
      return store.rubrics.listSummaries().find((r) => r.id === rubricId)!;
    },

    /** The latest version of a rubric, by rubric id or by any of its version ids. */
    resolveVersion(id: string): RubricVersion {
      const byVersion = store.rubrics.getVersion(id);
      if (byVersion) return byVersion;
      const versions = store.rubrics.listVersions(id);
      const latest = versions[versions.length - 1];
      if (!latest) throw new NotFoundError(`No rubric or rubric version ${id}.`);
      return get(latest.id);
    },

    /**
     * Reads a rubric file and stores it as a new rubric, in one transaction. Competencies and
     * grade bands are matched by name (case aside) and created when missing. A refused file
     * (InputError naming line/field, or ValidationError) leaves the workspace as it was.
     */
    import(fileName: string, text: string, format?: RubricFormat): RubricImportResult {
      const file = parseRubricFile(fileName, text, format ? { format } : {});
      const createdCompetencies: string[] = [];
      const createdGradeBands: string[] = [];
      const versionId = store.transaction(() => {
        let gradeBandId: string | null = null;
        if (file.gradeBand !== null && file.gradeBand.trim() !== '') {
          const band = store.library
            .listGradeBands()
            .find((b) => sameName(b.name, file.gradeBand!));
          if (band) gradeBandId = band.id;
          else {
            gradeBandId = store.library.addGradeBand(file.gradeBand.trim()).id;
            createdGradeBands.push(file.gradeBand.trim());
          }
        }
        const competencies = store.library.listCompetencies();
        const competencyIdOf = (name: string | null): string | null => {
          if (name === null || name.trim() === '') return null;
          const found = competencies.find((c) => sameName(c.name, name));
          if (found) return found.id;
          const created = store.library.addCompetency(name.trim(), '');
          competencies.push(created);
          createdCompetencies.push(created.name);
          return created.id;
        };
        const draft: NewRubricVersion = {
          title: file.title.trim(),
          description: file.description,
          gradeBandId,
          levels: file.levels,
          criteria: file.criteria.map((c) => ({
            name: c.name,
            competencyId: competencyIdOf(c.competency),
            descriptors: c.descriptors,
            frameworkItem: c.frameworkItem ?? null,
          })),
          changeNote: `Imported from ${fileName}`,
        };
        check(draft);
        return store.rubrics.create(draft);
      });
      bus.emit({ topic: 'rubrics' });
      return { version: get(versionId), createdCompetencies, createdGradeBands };
    },

    /** One version as a file: CSV, Concord JSON, or CASE (identifiers seeded by the rubric id). */
    export(versionId: string, format: RubricFormat): RubricExport {
      const version = get(versionId);
      const file = toFile(version);
      const text =
        format === 'case'
          ? writeRubricFile(file, 'case', {
              lastChangeDateTime: version.createdAt,
              idSeed: version.rubricId,
            })
          : writeRubricFile(file, format);
      return { fileName: fileNameFor(version.title, version.version, format), text };
    },
  };
}
