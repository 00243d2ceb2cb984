// The exchange shape every rubric format reads into and writes from. It carries names, not
// database ids: the rubric service maps competency and grade band names to ids later, so the
// formats stay pure and a file means the same thing in any workspace.
import { pathText } from '../../domain/errors.js';
import { rubricProblems } from '../../domain/rubric.js';
import type { FrameworkItem, PerformanceLevel } from '../../domain/rubric.js';

export interface RubricFileCriterion {
  name: string;
  /** Competency name as the file spells it; null when the criterion names none. */
  competency: string | null;
  /** Descriptor per level value (the key is `String(level.value)`). */
  descriptors: Record<string, string>;
  /** The framework item the criterion assesses (CASE only); absent when it links none. */
  frameworkItem?: FrameworkItem;
}

export interface RubricFile {
  title: string;
  description: string;
  /** Grade band name (e.g. "6-8"); null when the file names none. */
  gradeBand: string | null;
  levels: PerformanceLevel[];
  criteria: RubricFileCriterion[];
}

/** One domain problem, with the place it points at taken apart so a format can locate it. */
export interface RubricFileProblem {
  /** Path in the RubricFile, as the domain writes it: `levels[1].value`, `criteria[0].descriptors.3`. */
  path: string;
  message: string;
  /** Index into `levels` when the problem is about one level. */
  level?: number;
  /** Index into `criteria` when the problem is about one criterion. */
  criterion?: number;
  /** Level value (descriptor key) when the problem is about one descriptor. */
  descriptor?: string;
}

/**
 * What makes the file unusable as a rubric, in the domain's words and order. The rules live in
 * `rubricProblems` alone; this only reads each problem's path so importers can point at the line
 * or field of their own format.
 */
export function rubricFileProblems(file: RubricFile): RubricFileProblem[] {
  return rubricProblems(file).map(({ path, message }) => {
    const result: RubricFileProblem = { path: pathText(path), message };
    const [root, index, part, key] = path;
    if (root === 'levels' && typeof index === 'number') result.level = index;
    if (root === 'criteria' && typeof index === 'number') {
      result.criterion = index;
      if (part === 'descriptors' && key !== undefined) result.descriptor = String(key);
    }
    return result;
  });
}

/** A title for files that carry none: the file name without folders and extension. */
export function titleFromFileName(fileName: string): string {
  const base = fileName.slice(Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
  const dot = base.lastIndexOf('.');
  return (dot > 0 ? base.slice(0, dot) : base).trim();
}
