// Reading a session package without trusting it: the zip through the safe reader, the manifest
// against its schema, every sample's size, hash and kind (by its bytes), every score and
// judgement against the package's own rubric, samples and raters. Pure: bytes in, a checked
// package out (it runs in a worker).
import { excerpt, InputError } from '../domain/errors.js';
import { SAMPLE_MEDIA_TYPES } from '../domain/sample.js';
import { digest } from './prepare-sample.js';
import type { DetectedKind } from '../formats/samples/kind.js';
import { kindFromBytes } from '../formats/samples/kind.js';
import type { PackageManifest } from '../formats/exchange/manifest.js';
import {
  ManifestSchema,
  PACKAGE_FORMAT,
  PACKAGE_VERSION,
  samplePath,
} from '../formats/exchange/manifest.js';
import type { ZipLimits } from '../formats/exchange/zip.js';
import { readZipSafely } from '../formats/exchange/zip.js';

const PACKAGE_ENTRY = /^samples\/[0-9a-f]{64}$/;

export interface ReadPackage {
  manifest: PackageManifest;
  /** The package's files by entry name (manifest.json and samples/<sha256>). */
  entries: Map<string, Uint8Array>;
  /** Each sample's kind and media type as its bytes say, by sample id. */
  kinds: Map<string, DetectedKind>;
}

type PackageSample = PackageManifest['session']['samples'][number];

/** `sample "S-7F3K": ` when a schema issue is inside a sample that has a code, else nothing. */
function sampleLabel(json: unknown, path: readonly PropertyKey[]): string {
  if (path[0] !== 'session' || path[1] !== 'samples' || typeof path[2] !== 'number') return '';
  const samples = (json as { session?: { samples?: unknown } }).session?.samples;
  const code: unknown = Array.isArray(samples)
    ? (samples[path[2]] as { code?: unknown } | undefined)?.code
    : undefined;
  return typeof code === 'string' ? `sample "${excerpt(code, 40)}": ` : '';
}

/**
 * The kind and media type a package sample is stored with, decided by its bytes: the sender's
 * kind must agree with them (plain text may be declared text or Markdown, which no bytes tell
 * apart), and its media type is never used. Anything else refuses the package.
 */
function storedKind(sample: PackageSample, index: number, data: Uint8Array, file: string) {
  const where = { file, field: `session.samples.${index}.kind` };
  const label = `sample "${excerpt(sample.code, 40)}"`;
  let found: DetectedKind;
  try {
    found = kindFromBytes(data);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    throw new InputError(`${label} (declared ${sample.kind}): ${error.message}`, where);
  }
  if (found.kind === 'text' && (sample.kind === 'text' || sample.kind === 'markdown')) {
    return { kind: sample.kind, mediaType: SAMPLE_MEDIA_TYPES[sample.kind][0] };
  }
  if (found.kind !== sample.kind) {
    throw new InputError(
      `${label} is declared ${sample.kind} (${sample.mediaType}), but its bytes are ` +
        `${found.kind} (${found.mediaType}): refused`,
      where,
    );
  }
  return found;
}

/**
 * Every score and judgement names a sample and a rater of the package itself, and a score a
 * criterion and level of its rubric: nothing an import writes may point outside the package.
 */
function checkReferences(manifest: PackageManifest, file: string): void {
  const { session } = manifest;
  const sampleIds = new Set(session.samples.map((s) => s.id));
  const raterIds = new Set(session.raters.map((r) => r.id));
  const criterionIds = new Set(session.rubric.criteria.map((c) => c.id));
  const levels = new Set(session.rubric.levels.map((l) => l.value));
  manifest.scores.forEach((s, i) => {
    const field = `scores.${i}`;
    if (!sampleIds.has(s.sampleId))
      throw new InputError(`unknown sample ${s.sampleId}`, { file, field });
    if (!raterIds.has(s.raterId))
      throw new InputError(`unknown rater ${s.raterId}`, { file, field });
    if (!criterionIds.has(s.criterionId))
      throw new InputError(`unknown criterion ${s.criterionId}`, { file, field });
    if (s.score !== null && !levels.has(s.score))
      throw new InputError(`score ${s.score} is not a level of the rubric`, { file, field });
  });
  manifest.judgements?.forEach((j, i) => {
    const field = `judgements.${i}`;
    if (!raterIds.has(j.judgeId))
      throw new InputError(`unknown judge ${j.judgeId}`, { file, field });
    for (const sampleId of [j.leftSampleId, j.rightSampleId])
      if (!sampleIds.has(sampleId))
        throw new InputError(`unknown sample ${sampleId}`, { file, field });
  });
}

/** Parses and checks a package completely, before anything is written anywhere. */
export function readPackage(bytes: Uint8Array, file: string, limits?: ZipLimits): ReadPackage {
  const entries = readZipSafely(
    bytes,
    file,
    (name) => name === 'manifest.json' || PACKAGE_ENTRY.test(name),
    limits,
  );
  const raw = entries.get('manifest.json');
  if (!raw) {
    throw new InputError('no manifest.json: this is not a Concord session package', { file });
  }
  let json: unknown;
  try {
    json = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(raw));
  } catch (error) {
    throw new InputError(`manifest.json is not valid JSON (${(error as Error).message})`, {
      file,
    });
  }
  const head = (json ?? {}) as { format?: unknown; version?: unknown };
  if (head.format !== PACKAGE_FORMAT) {
    throw new InputError(
      `manifest.json: format is not "${PACKAGE_FORMAT}": not a Concord session package`,
      { file },
    );
  }
  if (typeof head.version === 'number' && head.version > PACKAGE_VERSION) {
    throw new InputError(
      `the package was written by a newer Concord (package version ${head.version}; this ` +
        `version reads up to ${PACKAGE_VERSION}). Update Concord to import it.`,
      { file },
    );
  }
  const parsed = ManifestSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new InputError(
      `manifest.json does not match the package schema: ${sampleLabel(json, issue.path)}${issue.message}`,
      { file, field: issue.path.join('.') },
    );
  }
  const manifest = parsed.data;
  const { session } = manifest;
  const referenced = new Set<string>();
  const kinds = new Map<string, DetectedKind>();
  for (const [index, s] of session.samples.entries()) {
    const path = samplePath(s.sha256);
    if (s.path !== path) {
      throw new InputError(`sample ${s.code}: its path must be ${path}`, { file, field: 'path' });
    }
    referenced.add(path);
    const data = entries.get(path);
    if (data === undefined) continue;
    const where = { file: `${file}: entry "${path}"` };
    if (data.byteLength !== s.size) {
      throw new InputError(
        `sample ${s.code} has ${data.byteLength} bytes, the manifest says ${s.size}`,
        where,
      );
    }
    if (digest(data) !== s.sha256) {
      throw new InputError(
        `sample ${s.code}: the SHA-256 of its bytes does not match the manifest (tampered or damaged)`,
        where,
      );
    }
    kinds.set(s.id, storedKind(s, index, data, file));
  }
  for (const name of entries.keys()) {
    if (name !== 'manifest.json' && !referenced.has(name)) {
      throw new InputError('refused: no sample in the manifest refers to this entry', {
        file: `${file}: entry "${name}"`,
      });
    }
  }
  checkReferences(manifest, file);
  return { manifest, entries, kinds };
}
