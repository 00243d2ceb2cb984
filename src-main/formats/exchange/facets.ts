// FACETS (Linacre) input: a specification file and a data file for a many-facet rating-scale
// analysis. Format as the Facets manual describes it (winsteps.com/facetman: "Facets in data =",
// "Model to be used in the analysis =", "Labels of facets and elements =", "Data for analysis =",
// "Dummy facets for interactions", "Rating scale codes"):
//
// - Facets 1 = samples (the examinees), 2 = raters, 3 = criteria; when the ratings span more than
//   one session, a session facet follows, and when they span more than one round, a round facet.
//   Sessions and rounds are dummy facets (`D` in their Labels= line: every element anchored at 0),
//   so they never shift a measure; they are there for the rater x session and rater x round
//   interactions (bias analysis, Tables 12-14), which is how FACETS answers "did this rater drift".
// - `Models =` has one `?` per facet and the scale `R<highest level>K`: categories 0..highest, and
//   K (Keep) so a level nobody used this time stays a level instead of FACETS renumbering the
//   categories above it. A scale whose levels skip values (0, 2, 4) has structural gaps that K would
//   turn into impossible categories, so it gets `R<highest>` and a comment saying why. With session
//   or round facets there is one model line per interaction, rater and that facet marked `B`; every
//   line models every observation alike (the first one matching is used), and FACETS runs one bias
//   analysis per line with `B`s.
// - `Labels =`: each facet as `n, Name[, D]`, then `element = label` lines, closed by `*`.
// - The data file: one line per observation, element numbers in facet order, then the score.
//   Observations must be integers 0-254; "cannot score" has no observation, so it gets no line.
import type { RatingRow } from './ratings.js';

export interface FacetsSession {
  /** As rows name it (`RatingRow.session`). */
  id: string;
  /** What FACETS shows for it, e.g. its date and title. */
  label: string;
}

export interface FacetsInput {
  title: string;
  rows: RatingRow[];
  /** The rubric's scale values, to name the highest category. */
  levels: number[];
  /** The data file's name as the specification refers to it (same folder). */
  dataFileName: string;
  /** Rater element order (alias order); raters not listed follow in order of appearance. */
  raters?: string[];
  /** Session elements in order, with labels; sessions not listed follow, labelled by id. */
  sessions?: FacetsSession[];
  /** Comment lines at the top of the specification, e.g. what the rater labels mean. */
  notes?: string[];
}

export interface FacetsFiles {
  specification: string;
  data: string;
}

/** Facets reads `,` `;` `=` and `*` as syntax inside a label line. */
function label(text: string): string {
  return text.replace(/[,;=*\r\n]+/g, ' ').trim() || '-';
}

function comment(text: string): string {
  return `; ${text.replace(/[\r\n]+/g, ' ')}`.trimEnd();
}

function numbered(values: Iterable<string>): Map<string, number> {
  const map = new Map<string, number>();
  for (const v of values) if (!map.has(v)) map.set(v, map.size + 1);
  return map;
}

interface Facet {
  name: string;
  dummy: boolean;
  /** Element number per key, and the label each element gets. */
  elements: Map<string, number>;
  labelOf: (key: string) => string;
  of: (row: RatingRow) => string;
}

/** `R<max>K`, or `R<max>` when the levels skip values (see the header). */
export function facetsScale(levels: readonly number[]): { code: string; keeps: boolean } {
  const sorted = [...new Set(levels)].sort((a, b) => a - b);
  const max = sorted.length > 0 ? sorted[sorted.length - 1]! : 1;
  const consecutive = sorted.every((v, i) => i === 0 || v === sorted[i - 1]! + 1);
  return consecutive ? { code: `R${max}K`, keeps: true } : { code: `R${max}`, keeps: false };
}

export function writeFacets(input: FacetsInput): FacetsFiles {
  const scored = input.rows.filter((r) => r.score !== null);
  const sessionLabels = new Map((input.sessions ?? []).map((s) => [s.id, s.label]));
  const rowSessions = new Set(scored.map((r) => r.session));
  const rowRounds = [...new Set(scored.map((r) => r.round))].sort((a, b) => a - b);

  const facets: Facet[] = [
    {
      name: 'Samples',
      dummy: false,
      elements: numbered(scored.map((r) => r.sample).sort()),
      labelOf: (key) => key,
      of: (r) => r.sample,
    },
    {
      name: 'Raters',
      dummy: false,
      elements: numbered([
        ...(input.raters ?? []).filter((r) => scored.some((row) => row.rater === r)),
        ...scored.map((r) => r.rater),
      ]),
      labelOf: (key) => key,
      of: (r) => r.rater,
    },
    {
      name: 'Criteria',
      dummy: false,
      elements: numbered(scored.map((r) => r.criterion)),
      labelOf: (key) => key,
      of: (r) => r.criterion,
    },
  ];
  const interactions: { facet: number; why: string }[] = [];
  if (rowSessions.size > 1) {
    interactions.push({
      facet: facets.length,
      why: 'rater x session: did a rater score harsher or softer in one session than in others',
    });
    facets.push({
      name: 'Sessions',
      dummy: true,
      elements: numbered([
        ...(input.sessions ?? []).map((s) => s.id).filter((id) => rowSessions.has(id)),
        ...scored.map((r) => r.session),
      ]),
      labelOf: (key) => sessionLabels.get(key) ?? key,
      of: (r) => r.session,
    });
  }
  if (rowRounds.length > 1) {
    interactions.push({
      facet: facets.length,
      why: 'rater x round: how far each rater moved after the discussion',
    });
    facets.push({
      name: 'Rounds',
      dummy: true,
      // The round's own number is its element number, so "2" means round 2 everywhere.
      elements: new Map(rowRounds.map((r) => [String(r), r])),
      labelOf: (key) => `Round ${key}`,
      of: (r) => String(r.round),
    });
  }

  const scale = facetsScale(input.levels);
  const terms = facets.map(() => '?');
  const models =
    interactions.length === 0
      ? [`Models = ${[...terms, scale.code].join(',')}`, '*']
      : [
          'Models =',
          ...interactions.map(({ facet, why }) => {
            const marked = terms.map((t, i) => (i === 1 || i === facet ? `${t}B` : t));
            return `${[...marked, scale.code].join(',')} ; ${why}`;
          }),
          '*',
        ];
  const notes = [
    `Concord ratings for FACETS. Facets: ${facets.map((f, i) => `${i + 1} ${f.name.toLowerCase()}`).join(', ')}.`,
    ...(input.notes ?? []),
    scale.keeps
      ? `Scale ${scale.code}: K keeps a level nobody used this time as a level.`
      : `Scale ${scale.code}: the rubric's levels skip values, so FACETS numbers the levels it finds consecutively.`,
    ...(interactions.length > 0
      ? [
          `${interactions.map((x) => facets[x.facet]!.name).join(' and ')}: dummy facets (D, anchored at 0) that move no measure;`,
          'each model line asks FACETS for one interaction with the raters (bias tables 12-14).',
        ]
      : []),
  ];
  const labels = facets.flatMap((f, i) => [
    `${i + 1}, ${f.name}${f.dummy ? ', D' : ''}`,
    ...[...f.elements].map(([key, n]) => `${n} = ${label(f.labelOf(key))}`),
    '*',
  ]);
  const specification = [
    ...notes.map(comment),
    `Title = ${label(input.title)}`,
    `Facets = ${facets.length}`,
    'Positive = 1 ; samples: higher measure = more proficient work',
    'Noncenter = 1',
    'Inter-rater = 2 ; agreement statistics for the rater facet',
    ...models,
    'Labels =',
    ...labels,
    `Data = ${input.dataFileName}`,
    '',
  ].join('\n');
  const data = scored.map((r) =>
    [...facets.map((f) => f.elements.get(f.of(r))!), r.score].join(','),
  );
  return { specification, data: data.length > 0 ? `${data.join('\n')}\n` : '' };
}
