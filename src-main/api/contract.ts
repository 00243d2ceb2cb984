// The API contract: every method's input and output schema and its change topics. Pure (zod
// only), shared by the main side, which validates every call, and the renderer, which validates
// every answer and refreshes by the topics. Each area's methods live in contract/<area>.ts; this
// file puts them together.
import type { z } from 'zod';
import type { MethodSpec } from './contract/topics.js';
import { driftMethods } from './contract/drift.js';
import { exchangeMethods } from './contract/exchange.js';
import { judgingMethods } from './contract/judging.js';
import { competencyMethods } from './contract/competencies.js';
import { libraryMethods } from './contract/library.js';
import { qualificationMethods } from './contract/qualification.js';
import { resultMethods } from './contract/results.js';
import { reportMethods } from './contract/reports.js';
import { rubricMethods } from './contract/rubrics.js';
import { sampleMethods } from './contract/samples.js';
import { scoringMethods } from './contract/scoring.js';
import { sessionMethods } from './contract/sessions.js';
import { turnMethods } from './contract/turns.js';
import { workMethods } from './contract/work.js';
import { workspaceMethods } from './contract/workspace.js';

export * from './contract/drift.js';
export * from './contract/exchange.js';
export * from './contract/judging.js';
export * from './contract/competencies.js';
export * from './contract/library.js';
export * from './contract/qualification.js';
export * from './contract/results.js';
export * from './contract/reports.js';
export * from './contract/rubrics.js';
export * from './contract/samples.js';
export * from './contract/scoring.js';
export * from './contract/sessions.js';
export * from './contract/topics.js';
export * from './contract/transport.js';
export * from './contract/turns.js';
export * from './contract/work.js';
export * from './contract/workspace.js';

/**
 * Every method: its input and output schema, the change topics its answer reads and those a call
 * changes. Who may call it is the router's business.
 */
export const contract = {
  ...workspaceMethods,
  ...libraryMethods,
  ...competencyMethods,
  ...rubricMethods,
  ...sampleMethods,
  ...sessionMethods,
  ...turnMethods,
  ...scoringMethods,
  ...judgingMethods,
  ...resultMethods,
  ...reportMethods,
  ...driftMethods,
  ...exchangeMethods,
  ...qualificationMethods,
  ...workMethods,
} as const satisfies Record<string, MethodSpec>;

export type Contract = typeof contract;
export type MethodName = keyof Contract;
export type MethodInput<M extends MethodName> = z.input<Contract[M]['input']>;
export type ParsedInput<M extends MethodName> = z.output<Contract[M]['input']>;
export type MethodOutput<M extends MethodName> = z.output<Contract[M]['output']>;

export const METHOD_NAMES = Object.keys(contract) as MethodName[];

export function isMethodName(value: string): value is MethodName {
  return Object.hasOwn(contract, value);
}
