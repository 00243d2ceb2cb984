// Concord's own rubric JSON, version 1:
//
//   {
//     "format": "concord-rubric",        always this text: tells the file from other JSON
//     "version": 1,                      a newer version is refused, never half-read
//     "title": "Argument writing",
//     "description": "",                 optional, default ""
//     "gradeBand": "6-8",                optional, default null
//     "levels": [{ "value": 1, "label": "Not yet" }, ...],          3 to 6, values 0..6 going up
//     "criteria": [
//       { "name": "Claim", "competency": "Communication",           competency optional, default null
//         "descriptors": { "1": "...", "2": "...", ... } }           one per level value
//     ]
//   }
//
// Unknown fields are refused so that a misspelt field is reported rather than silently lost.
import { z } from 'zod';
import { excerpt, InputError } from '../../domain/errors.js';
import { levelDescriptors, plainLevels } from '../../domain/rubric.js';
import { issueError, parseJsonText } from './json-input.js';
import { rubricFileProblems } from './rubric-file.js';
import type { RubricFile } from './rubric-file.js';

export const RUBRIC_JSON_FORMAT = 'concord-rubric';
export const RUBRIC_JSON_VERSION = 1;

const levelSchema = z.strictObject({ value: z.number(), label: z.string() });

const criterionSchema = z.strictObject({
  name: z.string(),
  competency: z.string().nullable().default(null),
  descriptors: z.record(z.string(), z.string()),
});

const fileSchema = z.strictObject({
  format: z.literal(RUBRIC_JSON_FORMAT),
  version: z.literal(RUBRIC_JSON_VERSION),
  title: z.string(),
  description: z.string().default(''),
  gradeBand: z.string().nullable().default(null),
  levels: z.array(levelSchema),
  criteria: z.array(criterionSchema),
});

export function parseRubricJson(text: string, fileName: string): RubricFile {
  const input = parseJsonText(text, fileName);
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    throw new InputError('a Concord rubric file holds one JSON object', { file: fileName });
  }
  checkFormatAndVersion(input as Record<string, unknown>, fileName);

  const parsed = fileSchema.safeParse(input);
  if (!parsed.success) {
    throw issueError(parsed.error.issues[0]!, {
      file: fileName,
      input,
      unknownFieldHint: '(not part of the Concord rubric format)',
    });
  }
  const { title, description, gradeBand, levels, criteria } = parsed.data;
  const file: RubricFile = { title, description, gradeBand, levels, criteria };

  // The domain's paths are the JSON paths of this format, so its problems need no translation.
  const problem = rubricFileProblems(file)[0];
  if (problem) {
    throw new InputError(problem.message, { file: fileName, field: problem.path || undefined });
  }
  const known = new Set(levels.map((l) => String(l.value)));
  criteria.forEach((criterion, i) => {
    const stray = Object.keys(criterion.descriptors).find((key) => !known.has(key));
    if (stray !== undefined) {
      throw new InputError(`there is no level ${excerpt(stray)} in "levels"`, {
        file: fileName,
        field: `criteria[${i}].descriptors.${stray}`,
      });
    }
  });
  return file;
}

function checkFormatAndVersion(input: Record<string, unknown>, file: string): void {
  const { format, version } = input;
  if (format !== RUBRIC_JSON_FORMAT) {
    const found = format === undefined ? 'is missing' : `is ${excerpt(JSON.stringify(format))}`;
    throw new InputError(
      `not a Concord rubric file: "format" ${found}, expected "${RUBRIC_JSON_FORMAT}"`,
      { file, field: 'format' },
    );
  }
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new InputError(
      `"version" must be a whole number from 1 (this Concord writes ${RUBRIC_JSON_VERSION})`,
      { file, field: 'version' },
    );
  }
  if (version > RUBRIC_JSON_VERSION) {
    throw new InputError(
      `this file is version ${version} of the Concord rubric format, this Concord reads up to version ${RUBRIC_JSON_VERSION}: update Concord to import it`,
      { file, field: 'version' },
    );
  }
}

/** Pretty JSON with a fixed key order and descriptors in level order, so exports diff cleanly. */
export function writeRubricJson(file: RubricFile): string {
  const document = {
    format: RUBRIC_JSON_FORMAT,
    version: RUBRIC_JSON_VERSION,
    title: file.title,
    description: file.description,
    gradeBand: file.gradeBand,
    levels: plainLevels(file.levels),
    criteria: file.criteria.map((c) => ({
      name: c.name,
      competency: c.competency,
      descriptors: levelDescriptors(file.levels, c.descriptors),
    })),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}
