// The manifest of a session package (`.concord`): a zip holding `manifest.json` and the
// anonymized sample files under `samples/<sha256>`. Never student identities, never original
// files. Pure zod schema: what an import accepts, checked before anything is written.
import { z } from 'zod';
import { ALL_SAMPLE_MEDIA_TYPES, SAMPLE_KINDS, SAMPLE_MEDIA_TYPES } from '../../domain/sample.js';
import { SESSION_KINDS, SESSION_PHASES } from '../../domain/session.js';
import { distinctBy, id, sha256, shortText, time } from './manifest-fields.js';
import {
  PackageJudgementSchema,
  PackageJudgingSetupSchema,
  packageVersionFor,
} from './manifest-judging.js';

export const PACKAGE_FORMAT = 'concord-session';
/**
 * The newest package version this Concord reads; newer ones are refused. Bumped when an older
 * Concord could not read a package correctly: version 2 added comparative judgement sessions
 * (manifest-judging.ts). Each package is written with the lowest version that reads it right.
 */
export const PACKAGE_VERSION = 2;

export const PackageLevelSchema = z.object({
  value: z.number().int().min(0).max(254),
  label: shortText,
});

export const PackageRubricSchema = z.object({
  id,
  rubricId: id,
  version: z.number().int().min(1),
  title: shortText,
  description: z.string().max(20_000),
  levels: distinctBy(PackageLevelSchema, 'value').min(1).max(12),
  criteria: distinctBy(
    z.object({
      id,
      key: id,
      name: shortText,
      descriptors: z.record(z.string(), z.string().max(20_000)),
    }),
    'id',
  )
    .min(1)
    .max(100),
});

export const PackageSampleSchema = z
  .object({
    id,
    /** Any text here; an import keeps it only if it is a Concord code (S-7F3K), else recodes. */
    code: z.string().min(1).max(32),
    kind: z.enum(SAMPLE_KINDS),
    /** A word from the sender, checked against the kind; the bytes decide what is stored. */
    mediaType: z
      .string()
      .max(200)
      .refine((type) => (ALL_SAMPLE_MEDIA_TYPES as readonly string[]).includes(type), {
        message: `is not a media type of a sample Concord supports (${ALL_SAMPLE_MEDIA_TYPES.join(', ')})`,
      }),
    sha256,
    size: z.number().int().min(0),
    /** Where the bytes are in the zip: always `samples/<sha256>`. */
    path: z.string().max(200),
  })
  .superRefine((sample, ctx) => {
    const types: readonly string[] = SAMPLE_MEDIA_TYPES[sample.kind];
    if (!types.includes(sample.mediaType)) {
      ctx.addIssue({
        code: 'custom',
        message: `${sample.mediaType} is not a media type of a ${sample.kind} sample (${types.join(', ')})`,
        path: ['mediaType'],
      });
    }
  });

export const PackageRaterSchema = z.object({
  id,
  alias: z.string().min(1).max(32),
  /** Present only when the exporting owner chose to share names. */
  name: shortText.optional(),
});

export const PackageScoreSchema = z.object({
  round: z.number().int().min(1).max(10),
  sampleId: id,
  raterId: id,
  criterionId: id,
  score: z.number().int().min(0).max(254).nullable(),
  note: z.string().max(5_000),
  recordedAt: time,
});

/** The session's options as `SessionOptions` has them; checked so that a package cannot plant junk. */
export const PackageOptionsSchema = z.object({
  blind: z.boolean(),
  randomizeOrder: z.boolean(),
  hideRaterNames: z.boolean(),
  rounds: z.union([z.literal(1), z.literal(2)]),
  protocol: z
    .array(
      z.object({
        name: shortText,
        minutes: z.number().int().min(1).max(240),
        perSample: z.boolean(),
      }),
    )
    .max(12),
});

export const PackageSessionSchema = z.object({
  id,
  /** Absent in a rubric meeting's package (and in every package before version 2). */
  kind: z.enum(SESSION_KINDS).optional(),
  title: shortText,
  heldOn: z.string().max(40),
  phase: z.enum(SESSION_PHASES),
  currentRound: z.number().int().min(1).max(10),
  options: PackageOptionsSchema,
  rubric: PackageRubricSchema,
  samples: distinctBy(PackageSampleSchema, 'id').max(1000),
  raters: distinctBy(PackageRaterSchema, 'id').max(500),
  /** A judgement session's question and size; present exactly when `kind` is "judgement". */
  judging: PackageJudgingSetupSchema.optional(),
});

export const ManifestSchema = z
  .object({
    format: z.literal(PACKAGE_FORMAT),
    version: z.number().int().min(1).max(PACKAGE_VERSION),
    createdAt: time,
    sourceWorkspaceId: id,
    /** session: the set-up to score elsewhere; scores: the scores sent back (or shared). */
    kind: z.enum(['session', 'scores']),
    session: PackageSessionSchema,
    scores: z.array(PackageScoreSchema).max(1_000_000),
    /** A judgement session's judgements made (none in a session package); absent for a meeting. */
    judgements: distinctBy(PackageJudgementSchema, 'id').max(1_000_000).optional(),
  })
  .superRefine((m, ctx) => {
    const issue = (message: string, path: (string | number)[]) =>
      ctx.addIssue({ code: 'custom', message, path });
    const sessionKind = m.session.kind ?? 'rubric';
    const needed = packageVersionFor(sessionKind);
    if (m.version < needed)
      issue(`this session needs package version ${needed} or later`, ['version']);
    if (sessionKind === 'judgement') {
      if (!m.session.judging) issue('a judgement session needs its setup', ['session', 'judging']);
    } else {
      if (m.session.judging) issue('only a judgement session has one', ['session', 'judging']);
      if (m.judgements?.length) issue('only a judgement session has judgements', ['judgements']);
    }
  });

export type PackageManifest = z.infer<typeof ManifestSchema>;
export type PackageSession = z.infer<typeof PackageSessionSchema>;
export type PackageScore = z.infer<typeof PackageScoreSchema>;

export function samplePath(sha: string): string {
  return `samples/${sha}`;
}
