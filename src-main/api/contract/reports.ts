// Reports (owner only): the HTML of a session or rater report, whether this process can print a
// PDF and how, and the printed PDF itself.
import { z } from 'zod';
import { id } from './common.js';
import type { AreaMethods } from './topics.js';
import { NAMED_FIGURES_READ } from './topics.js';

export const ReportRequestSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('session'), sessionId: id, copy: z.enum(['team', 'owner']) }).strict(),
  z.object({ kind: z.literal('rater'), personId: id }).strict(),
]);

export const reportMethods = {
  'reports.printer': {
    input: z.object({}).strict(),
    output: z.object({ available: z.boolean(), how: z.string() }),
    reads: [],
    changes: [],
  },
  'reports.html': {
    input: ReportRequestSchema,
    output: z.object({ html: z.string(), baseName: z.string(), title: z.string() }),
    reads: NAMED_FIGURES_READ,
    changes: [],
  },
  'reports.pdf': {
    input: ReportRequestSchema,
    output: z.object({ fileName: z.string(), base64: z.string() }),
    reads: NAMED_FIGURES_READ,
    changes: [],
  },
} as const satisfies AreaMethods;
