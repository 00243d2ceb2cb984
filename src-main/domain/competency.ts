// Competencies and their learning continua: the levels of one competency across grade bands.
import type { Problem } from './errors.js';
import { scaleProblems } from './rubric.js';

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
  return scaleProblems(levels, 'continuum', (level, i) =>
    level.descriptor.trim() === ''
      ? [{ path: ['levels', i, 'descriptor'], message: `level ${level.value} needs a descriptor` }]
      : [],
  );
}
