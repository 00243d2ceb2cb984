// Competencies and their learning continua: the levels of one competency across grade bands.
import type { Problem } from './errors.js';

export interface GradeBand {
  id: string;
  name: string;
}

export interface Competency {
  id: string;
  name: string;
  description: string;
  archived: boolean;
}

/** One level of a competency's continuum in one grade band. */
export interface ContinuumLevel {
  value: number;
  label: string;
  descriptor: string;
}

/** A competency's continuum: per grade band (in band order) its levels, lowest first. */
export interface Continuum {
  competencyId: string;
  bands: { gradeBandId: string; gradeBandName: string; levels: ContinuumLevel[] }[];
}

/** Problems with one band's continuum levels, each naming its field (same scale rules as rubrics). */
export function continuumProblems(levels: ContinuumLevel[]): Problem[] {
  const problems: Problem[] = [];
  const add = (path: Problem['path'], message: string) => problems.push({ path, message });
  if (levels.length < 3 || levels.length > 6) {
    add(['levels'], `a continuum has 3 to 6 levels, not ${levels.length}`);
  }
  levels.forEach((level, i) => {
    if (!Number.isInteger(level.value) || level.value < 0 || level.value > 6) {
      add(['levels', i, 'value'], `${level.value} is not a whole number from 0 to 6`);
    }
    if (i > 0 && level.value <= levels[i - 1]!.value) {
      add(
        ['levels', i, 'value'],
        `levels must go up, ${level.value} follows ${levels[i - 1]!.value}`,
      );
    }
    if (level.label.trim() === '') add(['levels', i, 'label'], 'every level needs a label');
    if (level.descriptor.trim() === '') {
      add(['levels', i, 'descriptor'], `level ${level.value} needs a descriptor`);
    }
  });
  return problems;
}
