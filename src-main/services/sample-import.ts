// Importing work samples and keeping their rater copies anonymized. Every file is anonymized
// before it is stored: roster names go automatically (the roster is the owner's explicit list),
// other names found by NLP wait as suggestions for the facilitator, and manual boxes can be drawn
// later. The original stays owner-side (sample_identities -> files) so that every change re-runs
// the anonymization from it with the full set of names and boxes.
import type { Actor } from '../domain/actor.js';
import {
  ConflictError,
  InputError,
  messageOf,
  NotFoundError,
  ValidationError,
} from '../domain/errors.js';
import type { ImportResult, NameCandidateReview, Redaction, Sample } from '../domain/sample.js';
import { nameRedaction } from '../domain/sample.js';
import type { Box } from '../jobs/anonymize.js';
import { parseRoster } from '../formats/samples/roster.js';
import type { JobRunner } from '../jobs/runner.js';
import type { Store } from '../store/index.js';
import type { ChangeBus } from './events.js';
import type { SamplesService } from './samples.js';
import type { WorkService } from './work.js';

export interface ImportFile {
  name: string;
  bytes: Uint8Array;
}

export interface ImportOptions {
  /** Full names on the class roster; each is redacted wherever it appears. */
  roster?: readonly string[];
  gradeBandId?: string | null;
  competencyId?: string | null;
}

export type ImportProgress = (done: number, total: number, result: ImportResult) => void;

function reasonOf(error: unknown): string {
  if (error instanceof InputError) return error.message;
  return `cannot be read (${messageOf(error)})`;
}

export function sampleImportService(
  store: Store,
  bus: ChangeBus,
  deps: { samples: SamplesService; jobs: JobRunner; work: WorkService },
) {
  const { samples, jobs, work } = deps;
  // Re-renders and imports run one at a time, so two edits of one sample cannot interleave
  // (each reads the redactions, renders, then writes).
  let queue: Promise<unknown> = Promise.resolve();
  const serial = <T>(work: () => Promise<T>): Promise<T> => {
    const run = queue.then(work, work);
    queue = run.catch(() => undefined);
    return run;
  };

  const sampleOrThrow = (sampleId: string): Sample => {
    const sample = store.samples.get(sampleId);
    if (!sample) throw new NotFoundError(`No sample ${sampleId}.`);
    return sample;
  };

  /** The names and boxes that apply to a sample now. */
  const redactionSet = (sampleId: string) => {
    const redactions = store.samples.redactions(sampleId);
    const names = redactions.filter((r) => r.kind !== 'box' && r.name !== null).map((r) => r.name!);
    const boxes: Box[] = redactions
      .filter((r) => r.kind === 'box')
      .map((r) => ({ page: r.page!, x: r.x!, y: r.y!, width: r.width!, height: r.height! }));
    return { names, boxes };
  };

  /** Re-produces the rater copy from the original with every current redaction. */
  const rerender = async (sampleId: string): Promise<Sample> => {
    const sample = sampleOrThrow(sampleId);
    const original = store.samples.originalOf(sampleId);
    if (!original) throw new NotFoundError(`No original file for sample ${sample.code}.`);
    const { names, boxes } = redactionSet(sampleId);
    // Rendering every page of a PDF takes seconds: in a job, its progress on the owner's screen.
    const copy = await work.track(`Anonymizing ${sample.code}`, 'pages', (progress) =>
      jobs.run(
        'anonymize',
        {
          kind: sample.kind,
          mediaType: original.mediaType,
          original: original.bytes,
          names,
          boxes,
        },
        progress,
      ),
    );
    store.samples.setFile(sampleId, copy.bytes, copy.mediaType);
    bus.emit({ topic: 'samples' });
    return sampleOrThrow(sampleId);
  };

  async function importOne(file: ImportFile, options: ImportOptions): Promise<ImportResult> {
    const originalSha = await jobs.run('digest', { bytes: file.bytes });
    const existing = store.samples.findByOriginal(originalSha);
    if (existing) {
      return {
        name: file.name,
        status: 'duplicate',
        reason: `already imported as ${existing.code}`,
        sampleId: existing.id,
        code: existing.code,
        kind: existing.kind,
      };
    }
    try {
      const roster = options.roster ?? [];
      const prepared = await work.track(`Anonymizing ${file.name}`, 'pages', (progress) =>
        jobs.run('prepareSample', { name: file.name, bytes: file.bytes, roster }, progress),
      );
      const { kind, mediaType, copy, rosterNames: found, candidates } = prepared;
      const sample = store.transaction(() => {
        const created = samples.add({
          kind,
          file: copy,
          original: { bytes: file.bytes, mediaType, fileName: file.name, sha256: originalSha },
          studentName: found[0] ?? null,
          gradeBandId: options.gradeBandId ?? null,
          competencyId: options.competencyId ?? null,
        });
        for (const name of found) {
          store.samples.addRedaction(nameRedaction(created.id, 'roster_name', name));
        }
        for (const candidate of candidates) store.samples.addCandidate(created.id, candidate);
        return created;
      });
      return {
        name: file.name,
        status: 'imported',
        sampleId: sample.id,
        code: sample.code,
        kind,
        rosterNames: found,
        candidates: candidates.length,
      };
    } catch (error) {
      if (error instanceof NotFoundError || error instanceof ValidationError) throw error;
      // A full disk or a read-only workspace is not the file's fault: say what it really is.
      const storage = store.explainFailure(error);
      return { name: file.name, status: 'skipped', reason: storage?.message ?? reasonOf(error) };
    }
  }

  return {
    /**
     * Imports each file on its own (its own transaction): an unreadable file is reported and
     * skipped, and the rest continue. A file whose original bytes were imported before is a
     * duplicate and is not stored again.
     */
    importFiles(
      files: readonly ImportFile[],
      options: ImportOptions = {},
      onProgress?: ImportProgress,
    ): Promise<ImportResult[]> {
      return serial(async () => {
        const results: ImportResult[] = [];
        for (const [i, file] of files.entries()) {
          const result = await importOne(file, options);
          results.push(result);
          onProgress?.(i + 1, files.length, result);
        }
        return results;
      });
    },

    /** The names on a roster file; an InputError names the line of a bad row. */
    parseRoster: (text: string, fileName?: string): string[] => parseRoster(text, fileName),

    /** Owner-only: the suggested names of a sample, with their review status. */
    candidates(sampleId: string): NameCandidateReview[] {
      sampleOrThrow(sampleId);
      return store.samples.candidates(sampleId);
    },

    /** Owner-only: how many suggested names each sample still has waiting for review. */
    reviewQueue: (): { sampleId: string; pendingNames: number }[] =>
      [...store.samples.pendingCandidateCounts()].map(([sampleId, pendingNames]) => ({
        sampleId,
        pendingNames,
      })),

    /** Owner-only: every redaction of a sample (roster names, confirmed names, boxes). */
    redactions(sampleId: string): Redaction[] {
      sampleOrThrow(sampleId);
      return store.samples.redactions(sampleId);
    },

    /** Redacts these names (suggested or typed by the facilitator) and re-renders the copy. */
    confirmNames(sampleId: string, names: readonly string[]): Promise<Sample> {
      return serial(async () => {
        sampleOrThrow(sampleId);
        const clean = [...new Set(names.map((n) => n.replace(/\s+/g, ' ').trim()))];
        if (clean.length === 0 || clean.some((n) => n.length < 2)) {
          throw ValidationError.at(['names'], 'give at least one name of two or more letters');
        }
        const already = new Set(
          store.samples.redactions(sampleId).flatMap((r) => (r.name ? [r.name.toLowerCase()] : [])),
        );
        store.transaction(() => {
          for (const name of clean) {
            store.samples.setCandidateStatus(sampleId, name, 'confirmed');
            if (already.has(name.toLowerCase())) continue;
            store.samples.addRedaction(nameRedaction(sampleId, 'confirmed_name', name));
          }
        });
        return rerender(sampleId);
      });
    },

    /** Marks suggestions as not names (nothing is redacted; the copy stays as it is). */
    dismissNames(sampleId: string, names: readonly string[]): void {
      sampleOrThrow(sampleId);
      store.transaction(() => {
        for (const name of names) store.samples.setCandidateStatus(sampleId, name, 'dismissed');
      });
      bus.emit({ topic: 'samples' });
    },

    /** A black box burned into the page (PDF) or image; fractions of its width and height. */
    addRedactionBox(sampleId: string, box: Box): Promise<Redaction> {
      return serial(async () => {
        const sample = sampleOrThrow(sampleId);
        if (sample.kind !== 'pdf' && sample.kind !== 'image') {
          throw ValidationError.at(['page'], 'redaction boxes apply to PDFs and images only');
        }
        const eps = 1e-9;
        if (box.x < 0 || box.y < 0 || box.x + box.width > 1 + eps || box.y + box.height > 1 + eps) {
          throw ValidationError.at(
            ['x'],
            'the box must lie within the page (fractions from 0 to 1)',
          );
        }
        const original = store.samples.originalOf(sampleId)!;
        const pages = await jobs.run('pageCount', { kind: sample.kind, bytes: original.bytes });
        if (box.page < 1 || box.page > pages) {
          throw ValidationError.at(
            ['page'],
            `the sample has ${pages} page${pages === 1 ? '' : 's'}`,
          );
        }
        const id = store.samples.addRedaction({
          sampleId,
          kind: 'box',
          name: null,
          page: box.page,
          x: box.x,
          y: box.y,
          width: Math.min(box.width, 1 - box.x),
          height: Math.min(box.height, 1 - box.y),
        });
        await rerender(sampleId);
        return store.samples.redactions(sampleId).find((r) => r.id === id)!;
      });
    },

    removeRedactionBox(sampleId: string, redactionId: string): Promise<Sample> {
      return serial(async () => {
        sampleOrThrow(sampleId);
        const redaction = store.samples.redactions(sampleId).find((r) => r.id === redactionId);
        if (!redaction) throw new NotFoundError(`No redaction ${redactionId} on this sample.`);
        if (redaction.kind !== 'box') {
          throw new ConflictError('Only a redaction box can be removed; names stay redacted.');
        }
        store.samples.removeRedaction(sampleId, redactionId);
        return rerender(sampleId);
      });
    },

    /** Owner-only, never for raters or exports: the file as it arrived. */
    original(sampleId: string, actor: Actor) {
      if (actor.role !== 'owner') throw new NotFoundError(`No sample ${sampleId}.`);
      const original = store.samples.originalOf(sampleId);
      if (!original) throw new NotFoundError(`No sample ${sampleId}.`);
      // The original carries the student's name and file name: a reveal of identity.
      store.access.audit({
        actor: 'owner',
        action: 'sample.original_opened',
        subjectType: 'sample',
        subjectId: sampleId,
      });
      return {
        mediaType: original.mediaType,
        fileName: original.fileName,
        base64: original.bytes.toString('base64'),
      };
    },

    rerender: (sampleId: string) => serial(() => rerender(sampleId)),
  };
}
export type SampleImportService = ReturnType<typeof sampleImportService>;
