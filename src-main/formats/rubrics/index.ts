// Rubric import and export: one entry point over the three formats. Pure: text in, data out;
// every refusal is an InputError naming the line (CSV) or JSON path (JSON, CASE) and why. The
// CSV reader also reads Canvas's rubric CSV (canvas.ts), told apart by its header; nothing is
// written in that layout.
import { parseRubricCase, writeRubricCase } from './case.js';
import type { CaseReadOptions, CaseWriteOptions } from './case.js';
import { parseRubricCsv, writeRubricCsv } from './csv.js';
import { parseRubricJson, writeRubricJson } from './json.js';
import type { RubricFile } from './rubric-file.js';

export type { RubricFile, RubricFileCriterion, RubricFileProblem } from './rubric-file.js';
export { rubricFileProblems } from './rubric-file.js';
export { parseRubricCsv, writeRubricCsv } from './csv.js';
export {
  parseRubricJson,
  writeRubricJson,
  RUBRIC_JSON_FORMAT,
  RUBRIC_JSON_VERSION,
} from './json.js';
export { parseRubricCase, writeRubricCase } from './case.js';
export type { CaseReadOptions, CaseWriteOptions } from './case.js';

export type RubricFormat = 'csv' | 'json' | 'case';

/** File name endings for exports; `.case.json` keeps a CASE file recognisable as JSON. */
export const RUBRIC_FILE_EXTENSIONS: Record<RubricFormat, string> = {
  csv: '.csv',
  json: '.rubric.json',
  case: '.case.json',
};

const CSV_EXTENSIONS = /\.(csv|tsv|txt)$/i;

/**
 * Which format a file is in. Never throws: text that will not parse goes to the parser its
 * name or first character points at, so that parser can say what is wrong with it.
 */
export function detectRubricFormat(fileName: string, text: string): RubricFormat {
  if (CSV_EXTENSIONS.test(fileName)) return 'csv';
  const start = text.replace(/^\uFEFF/, '').trimStart();
  if (!start.startsWith('{') && !/\.json$/i.test(fileName)) return 'csv';
  let root: unknown;
  try {
    root = JSON.parse(start);
  } catch {
    return 'json';
  }
  if (root === null || typeof root !== 'object' || Array.isArray(root)) return 'json';
  const keys = root as Record<string, unknown>;
  if (keys.format !== undefined) return 'json';
  const caseKeys = ['CFRubrics', 'CFRubricCriteria', 'CFDocument', 'CFItems'];
  return caseKeys.some((key) => key in keys) ? 'case' : 'json';
}

export interface ParseRubricOptions extends CaseReadOptions {
  /** Skip detection, e.g. when the user picked the format. */
  format?: RubricFormat;
}

export function parseRubricFile(
  fileName: string,
  text: string,
  options: ParseRubricOptions = {},
): RubricFile {
  const format = options.format ?? detectRubricFormat(fileName, text);
  if (format === 'csv') return parseRubricCsv(text, fileName);
  if (format === 'json') return parseRubricJson(text, fileName);
  return parseRubricCase(text, fileName, options);
}

export function writeRubricFile(file: RubricFile, format: 'csv' | 'json'): string;
export function writeRubricFile(
  file: RubricFile,
  format: 'case',
  options: CaseWriteOptions,
): string;
export function writeRubricFile(
  file: RubricFile,
  format: RubricFormat,
  options?: CaseWriteOptions,
): string;
export function writeRubricFile(
  file: RubricFile,
  format: RubricFormat,
  options?: CaseWriteOptions,
): string {
  if (format === 'csv') return writeRubricCsv(file);
  if (format === 'json') return writeRubricJson(file);
  if (!options) throw new Error('writing CASE needs options.lastChangeDateTime');
  return writeRubricCase(file, options);
}
