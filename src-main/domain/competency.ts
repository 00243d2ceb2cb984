// Competencies and their learning continua: the levels of one competency across grade bands.

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
