// Clients that keep writing while the server comes and goes or is loaded: raters scoring over and
// over (every score tagged by its note) and a facilitator recording consensus on a revealed
// sample. Used by the trust tests and the soak.
import type { RoomClient } from './room-client.js';
import { ApiCallError } from './room-client.js';
import type { Ledger, Write } from './room-ledger.js';

export interface Target {
  client: RoomClient;
  ownerToken: string;
}

export interface DriveOptions {
  sessionId: string;
  /** The server to write to now; null while it is down (nothing is sent then). */
  target(): Target | null;
  running(): boolean;
  ledger: Ledger;
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function send(write: Write, call: () => Promise<unknown>, ledger: Ledger): Promise<void> {
  try {
    await call();
    write.outcome = 'acked';
  } catch (error) {
    if (error instanceof ApiCallError) {
      write.outcome = 'refused';
      ledger.refusals.push(error.message);
    } else {
      // The connection broke: the write may or may not have been committed.
      write.outcome = 'unknown';
      ledger.breaks.push(error instanceof Error ? error.message : String(error));
    }
    await pause(10);
  }
}

/** Each rater cycles over its slots; consecutive scores of a slot always differ. */
export async function driveRaters(
  options: DriveOptions & {
    tokens: string[];
    raterIds: string[];
    sampleIds: string[];
    criterionIds: string[];
    /** What a rater does between two scores (think, read its assignment); nothing by default. */
    afterScore?: (rater: number, n: number, target: Target) => Promise<void>;
  },
): Promise<void> {
  const slots = options.sampleIds.flatMap((sampleId) =>
    options.criterionIds.map((criterionId) => ({ sampleId, criterionId })),
  );
  await Promise.all(
    options.tokens.map(async (token, rater) => {
      for (let n = 0; options.running();) {
        const target = options.target();
        if (!target) {
          await pause(15);
          continue;
        }
        const { sampleId, criterionId } = slots[n % slots.length]!;
        const score = 1 + ((Math.floor(n / slots.length) + rater) % 4);
        const note = `r${rater}-${n}`;
        const slot = `${sampleId}/${options.raterIds[rater]!}/${criterionId}`;
        const write = options.ledger.send(slot, note, score);
        await send(
          write,
          () =>
            target.client.call(token, 'scores.record', {
              sessionId: options.sessionId,
              sampleId,
              criterionId,
              score,
              note,
            }),
          options.ledger,
        );
        await options.afterScore?.(rater, n, target);
        n++;
      }
    }),
  );
}

/** The facilitator records consensus on a revealed sample, criterion after criterion. */
export async function driveConsensus(
  options: DriveOptions & { sampleId: string; criterionIds: string[] },
): Promise<void> {
  for (let n = 0; options.running();) {
    const target = options.target();
    if (!target) {
      await pause(15);
      continue;
    }
    const criterionId = options.criterionIds[n % options.criterionIds.length]!;
    const score = 1 + (Math.floor(n / options.criterionIds.length) % 4);
    const rationale = `c${n}`;
    const write = options.ledger.send(`${options.sampleId}/${criterionId}`, rationale, score);
    await send(
      write,
      () =>
        target.client.call(target.ownerToken, 'consensus.record', {
          sessionId: options.sessionId,
          sampleId: options.sampleId,
          criterionId,
          score,
          rationale,
        }),
      options.ledger,
    );
    n++;
  }
}

/** Resolves once every write sent has its outcome (after a kill, the broken ones fail fast). */
export async function settled(...ledgers: Ledger[]): Promise<void> {
  while (ledgers.some((l) => l.writes.some((w) => w.outcome === 'pending'))) await pause(5);
}
