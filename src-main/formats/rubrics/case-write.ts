// Writes a RubricFile as one CASE CFRubric (mapping in case.ts, field sources in
// case-schema.ts). Identifiers are name-based UUIDs, so the same rubric exported twice keeps
// its identifiers; the time is a parameter because pure code reads no clock. A criterion
// imported from a framework links that framework's CFItem (identifier, uri and title as read);
// any other criterion with a competency links an item named after the competency.
import type { RubricFile, RubricFileCriterion } from './rubric-file.js';
import { uuidV5 } from './uuid-v5.js';

/** Namespace of Concord's name-based CASE identifiers (a fixed, arbitrary UUID). */
export const CONCORD_CASE_NAMESPACE = 'c0a7c0d0-5e55-4c1e-9d2a-7b1f0e6c3a11';

export interface CaseWriteOptions {
  /** ISO 8601 date-time written as every `lastChangeDateTime`. */
  lastChangeDateTime: string;
  /**
   * What identifiers are derived from, with each object's place in the rubric. The service
   * passes the rubric's own id so a renamed rubric keeps its identifiers. Default: the title.
   */
  idSeed?: string;
  /**
   * Base of each object's `uri`, e.g. "https://case.example.org/ims/case/v1p0", giving
   * `<base>/CFRubrics/<identifier>`. Default: `urn:uuid:<identifier>`.
   */
  baseUri?: string;
}

/**
 * The identifier of the CFItem Concord writes for a competency no framework linked: it depends on
 * the name only, so every criterion and rubric naming the same competency links the same item.
 */
export function competencyItemIdentifier(competency: string): string {
  return uuidV5(`competency/${competency}`, CONCORD_CASE_NAMESPACE);
}

export function writeRubricCase(file: RubricFile, options: CaseWriteOptions): string {
  const seed = options.idSeed ?? file.title;
  const base = options.baseUri?.replace(/\/+$/, '');
  const id = (path: string): string => uuidV5(`${seed}/${path}`, CONCORD_CASE_NAMESPACE);
  const uri = (kind: string, identifier: string): string =>
    base === undefined ? `urn:uuid:${identifier}` : `${base}/${kind}/${identifier}`;
  const when = options.lastChangeDateTime;

  const rubricId = id('rubric');
  const rubric = {
    identifier: rubricId,
    uri: uri('CFRubrics', rubricId),
    title: file.title,
    description: file.description,
    lastChangeDateTime: when,
    CFRubricCriteria: file.criteria.map((criterion, i) => {
      const criterionId = id(`criteria/${i}`);
      const item = itemLink(criterion, (identifier) => uri('CFItems', identifier));
      return {
        identifier: criterionId,
        uri: uri('CFRubricCriteria', criterionId),
        // Both, since readers differ: some show the category, others (Moodle) the description.
        category: criterion.name,
        description: criterion.name,
        ...(item === undefined ? {} : { CFItemURI: item }),
        position: i + 1,
        rubricId,
        lastChangeDateTime: when,
        CFRubricCriterionLevels: file.levels.map((level, j) => {
          const levelId = id(`criteria/${i}/levels/${level.value}`);
          return {
            identifier: levelId,
            uri: uri('CFRubricCriterionLevels', levelId),
            description: criterion.descriptors[String(level.value)] ?? '',
            quality: level.label,
            score: level.value,
            position: j + 1,
            rubricCriterionId: criterionId,
            lastChangeDateTime: when,
          };
        }),
      };
    }),
  };
  return `${JSON.stringify(rubric, null, 2)}\n`;
}

/** The CFItemURI of a criterion: its framework's item, else one for its competency, else none. */
function itemLink(
  criterion: RubricFileCriterion,
  uriOf: (identifier: string) => string,
): { title: string; identifier: string; uri: string } | undefined {
  const item = criterion.frameworkItem;
  if (item) {
    return {
      title: item.title !== '' ? item.title : (criterion.competency ?? ''),
      identifier: item.identifier,
      uri: item.uri !== '' ? item.uri : uriOf(item.identifier),
    };
  }
  if (criterion.competency === null) return undefined;
  const identifier = competencyItemIdentifier(criterion.competency);
  return { title: criterion.competency, identifier, uri: uriOf(identifier) };
}
