// Exchange: ratings exports, session packages (.concord) and backups. Owner only.
import { z } from 'zod';
import { empty, id } from './common.js';
import type { AreaMethods } from './topics.js';
import { NAMED_FIGURES_READ } from './topics.js';
import { WorkspaceCountsSchema } from './workspace.js';

export const EXPORT_FORMATS = ['long', 'wide', 'facets', 'json'] as const;

export const ExportFileSchema = z.object({
  fileName: z.string(),
  mediaType: z.string(),
  text: z.string(),
});

const conflictPlace = {
  round: z.number().int(),
  sample: z.string(),
  rater: z.string(),
  criterion: z.string(),
  reason: z.string(),
};

/** A score or a judgement of the package not applied: this workspace holds another. */
export const ImportConflictSchema = z.discriminatedUnion('what', [
  z.object({
    ...conflictPlace,
    what: z.literal('score'),
    existing: z.number().int().nullable(),
    incoming: z.number().int().nullable(),
  }),
  z.object({
    ...conflictPlace,
    what: z.literal('judgement'),
    existing: z.null(),
    incoming: z.null(),
    /** The code of the sample chosen here (kept); null while the pair waits on a screen. */
    chosenHere: z.string().nullable(),
    chosenInPackage: z.string(),
  }),
]);

const entityCounts = z.object({
  rubricVersions: z.number().int(),
  samples: z.number().int(),
  people: z.number().int(),
  sessions: z.number().int(),
});

export const ImportReportSchema = z.object({
  kind: z.enum(['session', 'scores']),
  sessionId: id,
  title: z.string(),
  created: entityCounts,
  matched: entityCounts,
  addedToSession: z.object({ raters: z.number().int(), samples: z.number().int() }),
  scoresAdded: z.number().int(),
  scoresUnchanged: z.number().int(),
  /** A judgement session's judgements; absent for a rubric meeting. */
  judgements: z.object({ added: z.number().int(), unchanged: z.number().int() }).optional(),
  conflicts: z.array(ImportConflictSchema),
  recoded: z.array(z.object({ from: z.string(), to: z.string() })),
});

export const BackupInfoSchema = z.object({
  name: z.string(),
  kind: z.enum(['auto', 'manual', 'before-restore']),
  takenAt: z.string(),
  size: z.number().int(),
});

export const BackupPreviewSchema = z.object({
  name: z.string(),
  schemaVersion: z.number().int(),
  counts: WorkspaceCountsSchema.extend({ scores: z.number().int() }),
  sessions: z.array(
    z.object({ id: z.string(), title: z.string(), heldOn: z.string(), phase: z.string() }),
  ),
  lastActivity: z.string().nullable(),
});

/** A package as base64 in a JSON call: at most ~512 MB of zip. */
const base64 = z
  .string()
  .max(700_000_000)
  .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'must be base64');

export const exchangeMethods = {
  'exports.ratings': {
    input: z
      .object({
        /** One session: its own aliases (R1..Rn), as the room saw them. */
        sessionId: id.optional(),
        /**
         * Several sessions; with neither, every session. Across sessions each person has one
         * alias throughout.
         */
        sessionIds: z.array(id).min(1).max(1000).optional(),
        round: z.number().int().min(1).max(10).optional(),
        format: z.enum(EXPORT_FORMATS),
        names: z.boolean().optional(),
      })
      .strict(),
    /** One file, or two for FACETS (specification + data). */
    output: z.object({ files: z.array(ExportFileSchema).min(1) }),
    reads: NAMED_FIGURES_READ,
    changes: [],
  },
  'packages.exportSession': {
    input: z
      .object({
        sessionId: id,
        kind: z.enum(['session', 'scores']).optional(),
        names: z.boolean().optional(),
      })
      .strict(),
    output: z.object({ fileName: z.string(), base64: z.string() }),
    reads: NAMED_FIGURES_READ,
    changes: [],
  },
  'packages.import': {
    input: z.object({ base64, fileName: z.string().max(255).optional() }).strict(),
    output: ImportReportSchema,
    reads: [],
    changes: ['rubrics', 'samples', 'people', 'sessions', 'scores'],
  },
  'backups.list': { input: empty, output: z.array(BackupInfoSchema), reads: [], changes: [] },
  'backups.now': { input: empty, output: BackupInfoSchema, reads: [], changes: [] },
  'backups.preview': {
    input: z.object({ name: z.string().min(1).max(255) }).strict(),
    output: BackupPreviewSchema,
    reads: [],
    changes: [],
  },
  /** Replaces the open workspace with a backup, after keeping the current state as a backup. */
  'backups.restore': {
    input: z.object({ name: z.string().min(1).max(255) }).strict(),
    output: z.object({
      restored: BackupPreviewSchema,
      safetyCopy: BackupInfoSchema,
      roomClosed: z.boolean(),
    }),
    reads: [],
    changes: ['workspace'],
  },
} as const satisfies AreaMethods;
