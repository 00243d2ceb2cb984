// Importing what a package carries of a comparative judgement session: its setup, for a session
// new here, and the judgements made, merged by id. A judgement here is never changed: the
// package's judgement of it with another choice, or of a pair its judge already has here (a
// judge never gets a pair twice), is listed as a conflict, never a failure half-way.
import { ConflictError } from '../../domain/errors.js';
import type { JudgingSetup } from '../../domain/judging.js';
import type { PackageJudgement } from '../../formats/exchange/index.js';
import type { Store } from '../../store/index.js';
import { pairKey } from '../../store/judging-repo.js';
import type { JudgementConflict, Merge } from './import-report.js';

/** The setup a session new here gets: the package's, less a competency this workspace lacks. */
export function importedSetup(store: Store, setup: JudgingSetup): JudgingSetup {
  const { question, competencyId, perJudge } = setup;
  const known = competencyId !== null && store.exchange.hasCompetency(competencyId);
  return { question, competencyId: known ? competencyId : null, perJudge };
}

/**
 * What became of one judgement of the package. A conflict meets a judgement here: the same one
 * (`same`) or the judge's other showing of the pair (`pair`), with its choice (null: on screen).
 */
type Outcome =
  | { is: 'added' | 'unchanged' }
  | { is: 'conflict'; meets: 'same' | 'pair'; chosenHere: string | null };

function mergeOne(store: Store, sessionId: string, j: PackageJudgement): Outcome {
  const x = store.exchange;
  const same = x.judgementById(j.id);
  if (same) {
    // Ids are random: the same id naming another pair is a damaged or forged package.
    const key = pairKey(j.leftSampleId, j.rightSampleId);
    if (same.sessionId !== sessionId || same.judgeId !== j.judgeId || same.pairKey !== key) {
      throw new ConflictError(
        `Judgement ${j.id} is here for another pair or judge; the package was not imported.`,
      );
    }
    if (same.winnerId === j.winnerSampleId) return { is: 'unchanged' };
    return { is: 'conflict', meets: 'same', chosenHere: same.winnerId };
  }
  const pair = x.judgementOfPair(sessionId, j.judgeId, j.leftSampleId, j.rightSampleId);
  if (pair) return { is: 'conflict', meets: 'pair', chosenHere: pair.winnerId };
  x.insertJudgement({
    id: j.id,
    sessionId,
    judgeId: j.judgeId,
    leftId: j.leftSampleId,
    rightId: j.rightSampleId,
    winnerId: j.winnerSampleId,
    note: j.note,
    ms: j.ms,
    shownAt: j.shownAt,
    judgedAt: j.judgedAt,
  });
  return { is: 'added' };
}

/**
 * The judgements of a judgement session's package (none in a session package): each added
 * where this workspace has neither it nor its judge's pair, counted unchanged where it is here
 * with the same choice, and otherwise listed as a conflict. Nothing for a rubric meeting.
 */
export function mergeJudgements(
  { store, pkg, report }: Merge,
  codes: ReadonlyMap<string, string>,
): void {
  const { manifest } = pkg;
  const { session } = manifest;
  if (session.kind !== 'judgement') return;
  const tally = { added: 0, unchanged: 0 };
  report.judgements = tally;
  const aliases = new Map(session.raters.map((r) => [r.id, r.alias]));
  const code = (sampleId: string) => codes.get(sampleId)!;
  for (const j of manifest.judgements ?? []) {
    const outcome = mergeOne(store, session.id, j);
    if (outcome.is !== 'conflict') {
      tally[outcome.is]++;
      continue;
    }
    // The judgement here is of the package's pair, so both its samples have a code here.
    const chosenHere = outcome.chosenHere === null ? null : code(outcome.chosenHere);
    const chosenInPackage = code(j.winnerSampleId);
    const conflict: JudgementConflict = {
      what: 'judgement',
      round: 1,
      sample: `${code(j.leftSampleId)} vs ${code(j.rightSampleId)}`,
      rater: aliases.get(j.judgeId)!,
      criterion: 'judgement',
      existing: null,
      incoming: null,
      chosenHere,
      chosenInPackage,
      reason: conflictReason(outcome.meets, chosenHere, chosenInPackage),
    };
    report.conflicts.push(conflict);
  }
}

/** Why a judgement was not added, naming both choices: a list of conflicts shows no more. */
function conflictReason(meets: 'same' | 'pair', here: string | null, incoming: string): string {
  const inPackage = `the package chose ${incoming}`;
  if (here === null) {
    return `this pair waits on the judge's screen here, and a judge sees a pair only once; ${inPackage}, which was not added`;
  }
  return meets === 'same'
    ? `${here} was chosen here and kept; ${inPackage}`
    : `the judge already judged this pair here (chose ${here}), and a judge judges a pair only once; that judgement was kept, ${inPackage}`;
}
