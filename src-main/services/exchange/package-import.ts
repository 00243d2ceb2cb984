// Importing a `.concord` package: merged by ids into this workspace in one transaction, never
// overwriting a score or a judgement, and reported (what was created, matched, added, and the
// conflicts). A judgement session's setup and judgements: package-import-judging.ts.
import { randomBytes } from 'node:crypto';
import { ConflictError, InputError, excerpt } from '../../domain/errors.js';
import { isSampleCode, sampleCodeFrom } from '../../domain/sample.js';
import type { SessionKind } from '../../domain/session.js';
import type { ZipLimits } from '../../formats/exchange/index.js';
import { samplePath } from '../../formats/exchange/index.js';
import type { JobRunner } from '../../jobs/runner.js';
import type { Store } from '../../store/index.js';
import type { ChangeBus } from '../events.js';
import type { ImportReport, Merge } from './import-report.js';
import { importedSetup, mergeJudgements } from './package-import-judging.js';
import type { SessionReads } from './reads.js';

export type { ImportConflict, ImportReport } from './import-report.js';

function freshCode(store: Store): string {
  for (let length = 4; length <= 8; length++) {
    for (let attempt = 0; attempt < 5; attempt++) {
      const code = sampleCodeFrom(randomBytes(length), length);
      if (!store.samples.codeExists(code)) return code;
    }
  }
  throw new Error('Could not find a free sample code.');
}

/** The rubric version: the same one here (frozen, so equal), or added. */
function mergeRubric({ store, pkg, report }: Merge): void {
  const x = store.exchange;
  const rubric = pkg.manifest.session.rubric;
  if (x.hasRubricVersion(rubric.id)) {
    const here = store.rubrics.getVersion(rubric.id)!;
    const ids = new Set(here.criteria.map((c) => c.id));
    if (!rubric.criteria.every((c) => ids.has(c.id))) {
      throw new ConflictError(
        `The rubric version ${rubric.title} (v${rubric.version}) here differs from the package's.`,
      );
    }
    report.matched.rubricVersions++;
  } else {
    // Criterion ids are global: a new version may not take over another version's.
    const taken = rubric.criteria.find((c) => x.hasCriterion(c.id));
    if (taken) {
      throw new ConflictError(
        `Criterion ${taken.name} of the package's rubric is here in another rubric version; the package was not imported.`,
      );
    }
    x.insertRubricVersion(rubric);
    report.created.rubricVersions++;
  }
}

/**
 * The samples (content-addressed): the same content here, or added with the package's file.
 * Returns the code each sample has here: a package's code becomes part of file names on export.
 */
function mergeSamples({ store, pkg, file, report }: Merge): Map<string, string> {
  const x = store.exchange;
  const codes = new Map<string, string>();
  for (const s of pkg.manifest.session.samples) {
    const here = store.samples.get(s.id);
    if (here) {
      if (here.sha256 !== s.sha256) {
        throw new ConflictError(
          `Sample ${here.code} is here with different content; the package was not imported.`,
        );
      }
      codes.set(s.id, here.code);
      report.matched.samples++;
      continue;
    }
    const data = pkg.entries.get(samplePath(s.sha256));
    if (data === undefined) {
      throw new InputError(
        `sample ${s.code} is not in this workspace and its file is not in the package: import the session package first`,
        { file, field: 'session.samples' },
      );
    }
    const { kind, mediaType } = pkg.kinds.get(s.id)!;
    store.samples.putFile(data, mediaType, s.sha256);
    let code = s.code;
    if (!isSampleCode(code) || store.samples.codeExists(code)) {
      code = freshCode(store);
      report.recoded.push({ from: excerpt(s.code, 40), to: code });
    }
    codes.set(s.id, code);
    x.insertSample({ id: s.id, code, kind, sha256: s.sha256 });
    report.created.samples++;
  }
  return codes;
}

/** The raters as people: matched by id, or added under their name (or alias and session). */
function mergePeople({ store, pkg, report }: Merge): void {
  const x = store.exchange;
  const { session } = pkg.manifest;
  for (const r of session.raters) {
    if (x.hasPerson(r.id)) {
      report.matched.people++;
      continue;
    }
    x.insertPerson(r.id, r.name ?? `${r.alias} (${session.title})`);
    report.created.people++;
  }
}

const KIND_WORDS: Record<SessionKind, string> = {
  rubric: 'a rubric meeting',
  judgement: 'a comparative judgement session',
};

/**
 * The session: one here of the same kind on the same rubric version gains the missing samples
 * and raters; a new one is created with its kind (a package without one is a rubric meeting).
 */
function mergeSession({ store, reads, pkg, report }: Merge): void {
  const x = store.exchange;
  const { session } = pkg.manifest;
  const kind = session.kind ?? 'rubric';
  if (x.hasSession(session.id)) {
    const here = reads.sessionOf(session.id);
    if (here.kind !== kind) {
      throw new ConflictError(
        `Session ${session.title} is ${KIND_WORDS[here.kind]} here and ${KIND_WORDS[kind]} in the package; the package was not imported.`,
      );
    }
    if (here.rubricVersionId !== session.rubric.id) {
      throw new ConflictError(
        `Session ${session.title} is here with another rubric version; the package was not imported.`,
      );
    }
    report.matched.sessions++;
    const samplesHere = new Set(x.sessionSampleIds(session.id));
    for (const s of session.samples) {
      if (samplesHere.has(s.id)) continue;
      x.addSessionSample(session.id, s.id);
      report.addedToSession.samples++;
    }
    const ratersHere = new Set(x.sessionRaters(session.id).map((r) => r.personId));
    for (const r of session.raters) {
      if (ratersHere.has(r.id)) continue;
      x.addSessionRater(session.id, r.id, r.alias);
      report.addedToSession.raters++;
    }
  } else {
    x.insertSession({
      id: session.id,
      kind,
      judging: session.judging ? importedSetup(store, session.judging) : null,
      title: session.title,
      heldOn: session.heldOn,
      rubricVersionId: session.rubric.id,
      phase: session.phase,
      currentRound: session.currentRound,
      optionsJson: JSON.stringify(session.options),
    });
    session.samples.forEach((s) => x.addSessionSample(session.id, s.id));
    session.raters.forEach((r) => x.addSessionRater(session.id, r.id, r.alias));
    report.created.sessions++;
  }
}

/**
 * The scores: added where this workspace has none; the same score counted unchanged; a
 * different one, or one of a round not started here, reported as a conflict and left alone.
 */
function mergeScores({ store, pkg, report }: Merge, codes: ReadonlyMap<string, string>): void {
  const x = store.exchange;
  const { manifest } = pkg;
  const { session } = manifest;
  const aliases = new Map(session.raters.map((r) => [r.id, r.alias]));
  const criteria = new Map(session.rubric.criteria.map((c) => [c.id, c.name]));
  const recordedBy = `import:${manifest.sourceWorkspaceId}`;
  for (const s of manifest.scores) {
    const key = {
      sessionId: session.id,
      round: s.round,
      sampleId: s.sampleId,
      raterId: s.raterId,
      criterionId: s.criterionId,
    };
    const label = {
      round: s.round,
      sample: codes.get(s.sampleId)!,
      rater: aliases.get(s.raterId)!,
      criterion: criteria.get(s.criterionId)!,
    };
    if (!x.hasRound(session.id, s.round)) {
      report.conflicts.push({
        what: 'score',
        ...label,
        existing: null,
        incoming: s.score,
        reason: `round ${s.round} has not started in this workspace`,
      });
      continue;
    }
    const current = x.currentScore(key);
    if (current === undefined) {
      x.appendScore(key, s.score, s.note, s.recordedAt, recordedBy);
      report.scoresAdded++;
    } else if (current.score === s.score) {
      report.scoresUnchanged++;
    } else {
      report.conflicts.push({
        what: 'score',
        ...label,
        existing: current.score,
        incoming: s.score,
        reason: 'a different score is already recorded here; it was kept',
      });
    }
  }
}

/** An import that changed something is audited. */
function auditImport({ store, pkg, report }: Merge): void {
  const judgementsAdded = report.judgements?.added ?? 0;
  const changed =
    Object.values(report.created).some((n) => n > 0) ||
    report.addedToSession.raters +
      report.addedToSession.samples +
      report.scoresAdded +
      judgementsAdded >
      0;
  if (!changed) return;
  store.access.audit({
    actor: 'owner',
    action: 'package.imported',
    subjectType: 'session',
    subjectId: pkg.manifest.session.id,
    details: {
      kind: pkg.manifest.kind,
      source: pkg.manifest.sourceWorkspaceId,
      scoresAdded: report.scoresAdded,
      ...(report.judgements && { judgementsAdded }),
      conflicts: report.conflicts.length,
    },
  });
}

/**
 * Merges a package by ids, in one transaction: rubric version (frozen), samples
 * (content-addressed), people, the session, then scores and judgements. A score is added only
 * where this workspace has none for (session, round, sample, rater, criterion); a different
 * score there is reported as a conflict and left alone. A judgement is added only where this
 * workspace has neither it nor its judge's pair; otherwise a different choice is a conflict,
 * left alone. Importing the same package again changes nothing.
 * Scoring rules (phase, locks, reveals) are not applied: this is the facilitator merging
 * another school's work, not a rater scoring.
 */
export async function importPackage(
  reads: SessionReads,
  bus: ChangeBus,
  jobs: JobRunner,
  bytes: Uint8Array,
  file: string,
  limits: ZipLimits | undefined,
): Promise<ImportReport> {
  const { store } = reads;
  // Unzipping, hashing and checking every sample is the slow part: off the event loop.
  const pkg = await jobs.run('readPackage', { bytes, file, limits });
  const { session } = pkg.manifest;
  const report: ImportReport = {
    kind: pkg.manifest.kind,
    sessionId: session.id,
    title: session.title,
    created: { rubricVersions: 0, samples: 0, people: 0, sessions: 0 },
    matched: { rubricVersions: 0, samples: 0, people: 0, sessions: 0 },
    addedToSession: { raters: 0, samples: 0 },
    scoresAdded: 0,
    scoresUnchanged: 0,
    conflicts: [],
    recoded: [],
  };
  const merge: Merge = { store, reads, pkg, file, report };
  store.transaction(() => {
    mergeRubric(merge);
    const codes = mergeSamples(merge);
    mergePeople(merge);
    mergeSession(merge);
    mergeScores(merge, codes);
    mergeJudgements(merge, codes);
    auditImport(merge);
  });
  // Every judging answer reads 'sessions' too, so imported judgements reach the open screens.
  for (const topic of ['rubrics', 'samples', 'people', 'sessions', 'scores'] as const)
    bus.emit({ topic, sessionId: session.id });
  return report;
}
