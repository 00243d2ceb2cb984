// FACETS (Linacre) input: a specification file and a data file for a three-facet rating-scale
// analysis: 1 = samples (the examinees), 2 = raters, 3 = criteria. Format as the Facets manual
// describes it (winsteps.com/facetman: "Facets in data =", "Labels of facets and elements =",
// "Model to be used in the analysis =", "Data for analysis ="): `Facets = 3`,
// `Models = ?,?,?,R<max>` (any sample x rater x criterion, a rating scale whose highest category
// is <max>), `Labels =` with each facet followed by numbered elements and closed by `*`, and
// `Data = <file>` whose lines are element numbers in facet order followed by the observation.
// Observations must be integers 0-254; "cannot score" has no observation, so it gets no line.
import type { RatingRow } from './ratings.js';

export interface FacetsInput {
  title: string;
  rows: RatingRow[];
  /** The rubric's scale values, to name the highest category. */
  levels: number[];
  /** The data file's name as the specification refers to it (same folder). */
  dataFileName: string;
}

export interface FacetsFiles {
  specification: string;
  data: string;
  /** Element numbers per facet, in the order of Labels=. */
  elements: { samples: string[]; raters: string[]; criteria: string[] };
}

/** Facets reads `,` `;` `=` and `*` as syntax inside a label line. */
function label(text: string): string {
  return text.replace(/[,;=*\r\n]+/g, ' ').trim() || '-';
}

function numbered(values: Iterable<string>): Map<string, number> {
  const map = new Map<string, number>();
  for (const v of values) if (!map.has(v)) map.set(v, map.size + 1);
  return map;
}

export function writeFacets(input: FacetsInput): FacetsFiles {
  const rounds = new Set(input.rows.map((r) => `${r.session}#${r.round}`));
  if (rounds.size > 1) {
    throw new Error('A FACETS export holds one session and one round; choose them.');
  }
  const samples = numbered([...input.rows.map((r) => r.sample)].sort());
  const raters = numbered(input.rows.map((r) => r.rater));
  const criteria = numbered(input.rows.map((r) => r.criterion));
  const max = Math.max(...input.levels, 1);
  const section = (n: number, name: string, elements: Map<string, number>) => [
    `${n}, ${name}`,
    ...[...elements].map(([text, i]) => `${i} = ${label(text)}`),
    '*',
  ];
  const specification = [
    `Title = ${label(input.title)}`,
    'Facets = 3',
    'Positive = 1 ; samples: higher measure = more proficient work',
    'Noncenter = 1',
    'Inter-rater = 2 ; agreement statistics for the rater facet',
    `Data = ${input.dataFileName}`,
    `Models = ?,?,?,R${max}`,
    '*',
    'Labels =',
    ...section(1, 'Samples', samples),
    ...section(2, 'Raters', raters),
    ...section(3, 'Criteria', criteria),
    '',
  ].join('\n');
  const data: string[] = [];
  for (const r of input.rows) {
    if (r.score === null) continue;
    data.push(
      `${samples.get(r.sample)},${raters.get(r.rater)},${criteria.get(r.criterion)},${r.score}`,
    );
  }
  return {
    specification,
    data: `${data.join('\n')}\n`,
    elements: {
      samples: [...samples.keys()],
      raters: [...raters.keys()],
      criteria: [...criteria.keys()],
    },
  };
}
