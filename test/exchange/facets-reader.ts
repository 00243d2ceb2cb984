// Reads a FACETS specification and data file back by the rules of the Facets manual
// (winsteps.com/facetman), independently of Concord's writer, for the parts Concord writes:
//
// - `;` starts a comment, to the end of the line; blank lines are ignored.
// - A specification is `Name = value`, names compared without case.
// - `Models =`: a model on the same line and/or on the lines after it, closed by `*`. A model is
//   one term per facet (`?`, optionally `B` for a bias/interaction term) and then the scale.
// - `Labels =`: blocks, each a facet line `number, name[, anchoring]`, then element lines
//   `number = label[, measure[, group]]`, closed by `*`. A line after `*` that does not start
//   with a facet number ends Labels= and is a specification again.
// - A data line: one element number per facet, then the observation.
//
// Anything it does not understand is an error: a file Concord writes holds nothing else.

export interface FacetsLabelsBlock {
  number: number;
  name: string;
  /** The facet's anchoring code (`D`: dummy facet, every element anchored at 0), or ''. */
  anchoring: string;
  elements: Map<number, string>;
}

export interface FacetsModel {
  /** One per facet: `?` or `?B`. */
  terms: string[];
  scale: { code: string; max: number; keep: boolean };
}

export interface FacetsSpec {
  /** Every `Name = value` other than Models= and Labels=, by lower-case name. */
  settings: Map<string, string>;
  facets: number;
  models: FacetsModel[];
  labels: FacetsLabelsBlock[];
  dataFile: string;
  comments: string[];
}

export interface FacetsObservation {
  line: number;
  elements: number[];
  score: number;
}

function uncomment(line: string): { text: string; comment: string | null } {
  const at = line.indexOf(';');
  return at < 0
    ? { text: line.trim(), comment: null }
    : { text: line.slice(0, at).trim(), comment: line.slice(at + 1).trim() };
}

const SETTING = /^([A-Za-z][A-Za-z -]*?)\s*=\s*(.*)$/;
const FACET_LINE = /^(\d+)\s*,\s*([^,]+?)\s*(?:,\s*([A-Za-z]*)\s*)?$/;
const ELEMENT_LINE = /^(\d+)\s*=\s*([^,]*?)\s*(?:,.*)?$/;
const TERM = /^\?B?$/;
const SCALE = /^R(\d+)(K?)$/;

function parseModel(text: string, facets: number, where: string): FacetsModel {
  const parts = text.split(',').map((p) => p.trim());
  const terms = parts.slice(0, -1);
  const scale = parts[parts.length - 1] ?? '';
  if (terms.length !== facets) {
    throw new Error(`${where}: ${terms.length} facet terms, Facets = ${facets}`);
  }
  for (const t of terms) if (!TERM.test(t)) throw new Error(`${where}: term "${t}"`);
  const m = SCALE.exec(scale);
  if (!m) throw new Error(`${where}: scale "${scale}" is not R<n> or R<n>K`);
  return { terms, scale: { code: scale, max: Number(m[1]), keep: m[2] === 'K' } };
}

export function readFacetsSpec(text: string): FacetsSpec {
  const settings = new Map<string, string>();
  const models: FacetsModel[] = [];
  const labels: FacetsLabelsBlock[] = [];
  const comments: string[] = [];
  let mode: 'spec' | 'models' | 'labels' | 'elements' = 'spec';
  let facets = 0;
  let block: FacetsLabelsBlock | null = null;
  for (const [i, raw] of text.split('\n').entries()) {
    const where = `spec line ${i + 1}`;
    const { text: line, comment } = uncomment(raw);
    if (comment !== null && line === '') comments.push(comment);
    if (line === '') continue;
    if (mode === 'models') {
      if (line === '*') mode = 'spec';
      else models.push(parseModel(line, facets, where));
      continue;
    }
    if (mode === 'elements') {
      if (line === '*') {
        mode = 'labels';
        block = null;
        continue;
      }
      const m = ELEMENT_LINE.exec(line);
      if (!m) throw new Error(`${where}: not an element line: "${line}"`);
      const n = Number(m[1]);
      if (block!.elements.has(n)) throw new Error(`${where}: element ${n} twice`);
      block!.elements.set(n, m[2]!);
      continue;
    }
    if (mode === 'labels') {
      const f = FACET_LINE.exec(line);
      if (f) {
        block = { number: Number(f[1]), name: f[2]!, anchoring: f[3] ?? '', elements: new Map() };
        labels.push(block);
        mode = 'elements';
        continue;
      }
      mode = 'spec';
    }
    const s = SETTING.exec(line);
    if (!s) throw new Error(`${where}: not a specification: "${line}"`);
    const name = s[1]!.toLowerCase();
    const value = s[2]!.trim();
    if (name === 'models' || name === 'model') {
      if (facets === 0) throw new Error(`${where}: Models= before Facets=`);
      if (value !== '') models.push(parseModel(value, facets, where));
      mode = 'models';
    } else if (name === 'labels') {
      mode = 'labels';
    } else {
      if (name === 'facets') facets = Number(value);
      settings.set(name, value);
    }
  }
  if (mode === 'elements') throw new Error('Labels=: the last facet is not closed by *');
  if (mode === 'models') throw new Error('Models=: not closed by *');
  const dataFile = settings.get('data');
  if (dataFile === undefined) throw new Error('no Data=');
  return { settings, facets, models, labels, dataFile, comments };
}

/**
 * The data file's observations, each checked against the specification: one element number per
 * facet, each listed in that facet's Labels= block, and an integer score within every model's
 * scale (0 to its highest category).
 */
export function readFacetsData(spec: FacetsSpec, text: string): FacetsObservation[] {
  if (spec.labels.length !== spec.facets) {
    throw new Error(`Facets = ${spec.facets} but Labels= has ${spec.labels.length} facets`);
  }
  spec.labels.forEach((b, i) => {
    if (b.number !== i + 1) throw new Error(`Labels= facet ${b.number} in place ${i + 1}`);
  });
  if (spec.models.length === 0) throw new Error('no model');
  const max = Math.min(...spec.models.map((m) => m.scale.max));
  const out: FacetsObservation[] = [];
  text.split('\n').forEach((raw, i) => {
    const line = uncomment(raw).text;
    if (line === '') return;
    const where = `data line ${i + 1}`;
    const cells = line.split(',').map((c) => c.trim());
    if (cells.length !== spec.facets + 1) {
      throw new Error(`${where}: ${cells.length} fields, expected ${spec.facets} + 1`);
    }
    const numbers = cells.map((c) => {
      if (!/^\d+$/.test(c)) throw new Error(`${where}: "${c}" is not a whole number`);
      return Number(c);
    });
    const elements = numbers.slice(0, -1);
    elements.forEach((n, f) => {
      if (!spec.labels[f]!.elements.has(n)) {
        throw new Error(
          `${where}: element ${n} is not in facet ${f + 1} (${spec.labels[f]!.name})`,
        );
      }
    });
    const score = numbers[numbers.length - 1]!;
    if (score > max || score > 254) throw new Error(`${where}: score ${score} above R${max}`);
    out.push({ line: i + 1, elements, score });
  });
  return out;
}

/** The label of each observation's element in each facet, e.g. ['S-7F3K', 'R2', 'Claim']. */
export function labelled(spec: FacetsSpec, o: FacetsObservation): string[] {
  return o.elements.map((n, f) => spec.labels[f]!.elements.get(n)!);
}
