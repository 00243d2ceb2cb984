import { randomBytes } from 'node:crypto';
import type { Actor } from '../domain/actor.js';
import { ForbiddenError, NotFoundError } from '../domain/errors.js';
import type { Sample, SampleIdentity, SampleKind } from '../domain/sample.js';
import { sampleCodeFrom } from '../domain/sample.js';
import type { Store } from '../store/index.js';
import type { ChangeBus } from './events.js';

export interface AddSample {
  kind: SampleKind;
  /** What raters will receive, already anonymized. */
  file: { bytes: Uint8Array; mediaType: string };
  original: { bytes: Uint8Array; mediaType: string; fileName: string };
  studentName: string | null;
  gradeBandId?: string | null;
  competencyId?: string | null;
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

  return {
    list: (): Sample[] => store.samples.list(),

    identity(sampleId: string): SampleIdentity {
      const identity = store.samples.identity(sampleId);
      if (!identity) throw new NotFoundError(`No sample ${sampleId}.`);
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
      const file = store.samples.fileOf(sampleId);
      if (!file) throw new NotFoundError(`No sample ${sampleId}.`);
      return { mediaType: file.mediaType, base64: file.bytes.toString('base64') };
    },

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
