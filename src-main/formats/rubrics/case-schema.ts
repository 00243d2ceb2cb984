// The parts of 1EdTech CASE 1.0 / 1.1 JSON that carry a rubric, as zod schemas for reading.
//
// Field names and multiplicities follow the CASE Service specification, Data Model:
// CFRubric §7.1.26, CFRubricCriterion §7.1.27, CFRubricCriterionLevel §7.1.29, and CFPackage
// `CFRubrics` §6.10.5 (https://www.imsglobal.org/spec/case/v1p1/, 1EdTech Final Release 1.1,
// January 2025; 1.0 has the same rubric fields without `extensions`). The same names are used
// by OpenSALT's CASE JSON DTOs and Moodle's gradingform_rubric IMS import.
//
// CASE requires `identifier`, `uri` and `lastChangeDateTime` on every object; everything else
// is optional ([0..1]). Concord keeps only a criterion's CFItemURI (the framework item it
// assesses), so a file that omits the others is still read; fields Concord does not use (feedback, weight, extensions, ...) are accepted and
// ignored. Publishers often write null for an absent optional field, so null is accepted too.
import { z } from 'zod';

const text = z.string().nullish();

/** CASE LinkURI: a link to another CASE object (title, identifier and uri). */
export const caseLinkUriSchema = z.looseObject({
  title: text,
  identifier: text,
  uri: text,
});

export const caseLevelSchema = z.looseObject({
  identifier: text,
  uri: text,
  description: text,
  /** "A qualitative description of this degree of achievement used for column headers". */
  quality: text,
  /** Float in CASE; Concord needs a whole number 0..6. */
  score: z.number().nullish(),
  feedback: text,
  position: z.number().nullish(),
  rubricCriterionId: text,
  lastChangeDateTime: text,
});

export const caseCriterionSchema = z.looseObject({
  identifier: text,
  uri: text,
  category: text,
  description: text,
  CFItemURI: caseLinkUriSchema.nullish(),
  weight: z.number().nullish(),
  position: z.number().nullish(),
  rubricId: text,
  lastChangeDateTime: text,
  CFRubricCriterionLevels: z.array(caseLevelSchema).nullish(),
});

export const caseRubricSchema = z.looseObject({
  identifier: text,
  uri: text,
  title: text,
  description: text,
  lastChangeDateTime: text,
  CFRubricCriteria: z.array(caseCriterionSchema).nullish(),
});

export type CaseLevel = z.infer<typeof caseLevelSchema>;
export type CaseCriterion = z.infer<typeof caseCriterionSchema>;
export type CaseRubric = z.infer<typeof caseRubricSchema>;
