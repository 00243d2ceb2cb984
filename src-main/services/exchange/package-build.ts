// Building a `.concord` package of one session: its manifest, and the anonymized files a session
// package carries.
import {
  PACKAGE_FORMAT,
  packageVersionFor,
  samplePath,
  writeZip,
} from '../../formats/exchange/index.js';
import type { PackageJudgement, PackageManifest } from '../../formats/exchange/index.js';
import type { Store } from '../../store/index.js';
import { nowIso } from '../../store/ids.js';
import type { SessionReads } from './reads.js';
import { sessionHeading } from './reads.js';
import { fileSlug } from '../../domain/file-name.js';

/**
 * The judgements made in a judgement session: only judged pairs, never one still waiting on a
 * judge's screen (its winner is not chosen, and the pairing here will hand it out again).
 */
function judgementsMade(store: Store, sessionId: string): PackageJudgement[] {
  return store.judging.all(sessionId).flatMap((j) =>
    j.winnerId === null || j.judgedAt === null
      ? []
      : [
          {
            id: j.id,
            judgeId: j.judgeId,
            leftSampleId: j.leftId,
            rightSampleId: j.rightId,
            winnerSampleId: j.winnerId,
            note: j.note,
            ms: j.ms,
            shownAt: j.shownAt,
            judgedAt: j.judgedAt,
          },
        ],
  );
}

/** The manifest (and the files it names) for one session. */
function buildPackage(
  reads: SessionReads,
  sessionId: string,
  kind: PackageManifest['kind'],
  names: boolean,
): { manifest: PackageManifest; files: Record<string, Uint8Array> } {
  const { store } = reads;
  const session = reads.sessionOf(sessionId);
  const rubric = reads.rubricOf(session);
  const samples = reads.samplesOf(session);
  // A rubric meeting's manifest stays exactly what it was before judgement sessions existed.
  const judging = session.kind === 'judgement' ? session.judging : null;
  const files: Record<string, Uint8Array> = {};
  // A session package carries the anonymized files; a scores package only refers to them.
  if (kind === 'session') {
    for (const s of samples) files[samplePath(s.sha256)] = store.samples.fileOf(s.id)!.bytes;
  }
  const manifest: PackageManifest = {
    format: PACKAGE_FORMAT,
    version: packageVersionFor(judging ? 'judgement' : 'rubric'),
    createdAt: nowIso(),
    sourceWorkspaceId: store.transaction(() => store.exchange.workspaceId()),
    kind,
    session: {
      ...sessionHeading(session),
      ...(judging && { kind: 'judgement' as const }),
      rubric: {
        id: rubric.id,
        rubricId: rubric.rubricId,
        version: rubric.version,
        title: rubric.title,
        description: rubric.description,
        levels: rubric.levels,
        criteria: rubric.criteria.map((c) => ({
          id: c.id,
          key: c.key,
          name: c.name,
          descriptors: c.descriptors,
        })),
      },
      samples: samples.map((s) => ({
        id: s.id,
        code: s.code,
        kind: s.kind,
        mediaType: s.mediaType,
        sha256: s.sha256,
        size: s.size,
        path: samplePath(s.sha256),
      })),
      raters: session.raters.map((r) =>
        names
          ? { id: r.personId, alias: r.alias, name: r.name }
          : { id: r.personId, alias: r.alias },
      ),
      ...(judging && {
        judging: {
          question: judging.question,
          competencyId: judging.competencyId,
          perJudge: judging.perJudge,
        },
      }),
    },
    // The session package keeps the other school blind: it carries no scores.
    scores:
      kind === 'scores'
        ? store.scores.current(sessionId).map((s) => ({
            round: s.round,
            sampleId: s.sampleId,
            raterId: s.raterId,
            criterionId: s.criterionId,
            score: s.score,
            note: s.note,
            recordedAt: s.recordedAt,
          }))
        : [],
    // Like scores, judgements go only in a scores package: the other school judges blind.
    ...(judging && { judgements: kind === 'scores' ? judgementsMade(store, sessionId) : [] }),
  };
  return { manifest, files };
}

/**
 * A `.concord` package of one session. `session`: the set-up, rubric and anonymized files,
 * no scores (the other school scores blind). `scores`: every current score, to send back. A
 * judgement session travels with its kind and setup, and its scores package with the
 * judgements made; judges are raters, named by alias unless `names`.
 */
export function exportPackage(
  reads: SessionReads,
  sessionId: string,
  options: { kind?: PackageManifest['kind']; names?: boolean } = {},
): { fileName: string; bytes: Uint8Array } {
  const kind = options.kind ?? 'session';
  const { manifest, files } = buildPackage(reads, sessionId, kind, options.names ?? false);
  const bytes = writeZip({
    'manifest.json': new TextEncoder().encode(JSON.stringify(manifest, null, 1)),
    ...files,
  });
  const suffix = kind === 'scores' ? '-scores' : '';
  return {
    fileName: `${fileSlug(manifest.session.title, 'session')}-${manifest.session.heldOn}${suffix}.concord`,
    bytes,
  };
}
