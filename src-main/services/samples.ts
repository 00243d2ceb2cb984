import { randomBytes } from 'node:crypto';
import type { Actor } from '../domain/actor.js';
import { ForbiddenError, NotFoundError, ValidationError } from '../domain/errors.js';
import type { AnchorEntry, Sample, SampleIdentity, SampleKind } from '../domain/sample.js';
import { sampleCodeFrom } from '../domain/sample.js';
import type { Store } from '../store/index.js';
import type { StoredFile } from '../store/samples-repo.js';
import type { ChangeBus } from './events.js';

export interface AddSample {
  kind: SampleKind;
  /** What raters will receive, already anonymized. */
  file: StoredFile;
  original: StoredFile & { fileName: string };
  studentName: string | null;
  gradeBandId?: string | null;
  competencyId?: string | null;
}

export interface AnchorInput {
  sampleId: string;
  rubricId: string;
  scores: { criterionKey: string; score: number; rationale: string }[];
  gradeBandId?: string | null;
  level?: number | null;
}

export function samplesService(store: Store, bus: ChangeBus) {
  /** A fresh random code; at 32^4 codes a clash is rare, and each is retried with a longer code. */
  const freshCode = (): string => {
    for (let length = 4; length <= 8; length++) {
      for (let attempt = 0; attempt < 5; attempt++) {
        const code = sampleCodeFrom(randomBytes(length), length);
        if (!store.samples.codeExists(code)) return code;
      }
    }
    throw new Error('Could not find a free sample code.');
  };

  const raterCopy = (sampleId: string) => {
    const file = store.samples.fileOf(sampleId);
    if (!file) throw new NotFoundError(`No sample ${sampleId}.`);
    return file;
  };

  return {
    list: (): Sample[] => store.samples.list(),

    /** Owner-only: who wrote the sample. Each look is written to the audit log. */
    identity(sampleId: string): SampleIdentity {
      const identity = store.samples.identity(sampleId);
      if (!identity) throw new NotFoundError(`No sample ${sampleId}.`);
      store.access.audit({
        actor: 'owner',
        action: 'sample.identity_shown',
        subjectType: 'sample',
        subjectId: sampleId,
      });
      return identity;
    },

    anchors: () => store.samples.listAnchorScores(),

    /** The anonymized file as raters receive it; a rater only for samples of its session. */
    content(
      sampleId: string,
      actor: Actor,
      sessionId?: string,
    ): { mediaType: string; base64: string } {
      if (actor.role === 'rater') {
        if (sessionId !== actor.sessionId || !store.sessions.hasSample(actor.sessionId, sampleId)) {
          throw new ForbiddenError('This sample is not part of your session.');
        }
      }
      const file = raterCopy(sampleId);
      return { mediaType: file.mediaType, base64: file.bytes.toString('base64') };
    },

    /** The anonymized file (the bytes a rater receives), for the owner's exports. */
    raterCopy,

    /** Checks the tags an import or an anchor names exist, before any file is touched. */
    checkTags(gradeBandId?: string | null, competencyId?: string | null): void {
      if (gradeBandId && !store.library.listGradeBands().some((b) => b.id === gradeBandId)) {
        throw ValidationError.at(['gradeBandId'], `no grade band ${gradeBandId}`);
      }
      if (competencyId && !store.library.listCompetencies().some((c) => c.id === competencyId)) {
        throw ValidationError.at(['competencyId'], `no competency ${competencyId}`);
      }
    },

    /**
     * Makes a sample an anchor for a rubric: a reference score and a written rationale for every
     * criterion scored (replacing earlier ones for that rubric), tagged by grade band and level.
     */
    setAnchor(input: AnchorInput): AnchorEntry[] {
      if (!store.samples.get(input.sampleId))
        throw new NotFoundError(`No sample ${input.sampleId}.`);
      const versions = store.rubrics.listVersions(input.rubricId);
      const latest = versions.length ? store.rubrics.getVersion(versions.at(-1)!.id) : undefined;
      if (!latest) throw new NotFoundError(`No rubric ${input.rubricId}.`);
      this.checkTags(input.gradeBandId);
      const keys = new Set(latest.criteria.map((c) => c.key));
      const values = new Set(latest.levels.map((l) => l.value));
      if (input.level !== undefined && input.level !== null && !values.has(input.level)) {
        throw ValidationError.at(['level'], `${input.level} is not a level of ${latest.title}`);
      }
      if (input.scores.length === 0) {
        throw ValidationError.at(['scores'], 'give a reference score for at least one criterion');
      }
      for (const s of input.scores) {
        if (!keys.has(s.criterionKey)) {
          throw ValidationError.at(
            ['scores'],
            `${s.criterionKey} is not a criterion of ${latest.title}`,
          );
        }
        if (!values.has(s.score)) {
          throw ValidationError.at(['scores'], `${s.score} is not a level of ${latest.title}`);
        }
        if (s.rationale.trim() === '') {
          throw ValidationError.at(['scores'], `the rationale for ${s.criterionKey} is empty`);
        }
      }
      store.transaction(() => {
        store.samples.replaceAnchorScores(input.sampleId, input.rubricId, input.scores);
        store.samples.setAnchorTags(
          input.sampleId,
          input.gradeBandId ?? store.samples.get(input.sampleId)!.gradeBandId,
          input.level ?? null,
        );
      });
      bus.emit({ topic: 'samples' });
      return store.samples.anchorLibrary().filter((a) => a.sampleId === input.sampleId);
    },

    clearAnchor(sampleId: string): void {
      if (!store.samples.get(sampleId)) throw new NotFoundError(`No sample ${sampleId}.`);
      store.samples.clearAnchor(sampleId);
      bus.emit({ topic: 'samples' });
    },

    anchorLibrary: (): AnchorEntry[] => store.samples.anchorLibrary(),

    add(sample: AddSample): Sample {
      const created = store.samples.insert({
        code: freshCode(),
        kind: sample.kind,
        file: sample.file,
        original: sample.original,
        studentName: sample.studentName,
        gradeBandId: sample.gradeBandId ?? null,
        competencyId: sample.competencyId ?? null,
      });
      bus.emit({ topic: 'samples' });
      return created;
    },
  };
}
export type SamplesService = ReturnType<typeof samplesService>;
