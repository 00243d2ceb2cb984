// Exports (ratings as long/wide CSV, FACETS, session JSON) and session packages (`.concord`) for
// asynchronous, cross-school moderation. Everything that leaves the workspace carries sample
// codes and anonymized files only: `sample_identities` is never read here.
import { randomBytes } from 'node:crypto';
import {
  ConflictError,
  InputError,
  NotFoundError,
  ValidationError,
  excerpt,
} from '../domain/errors.js';
import type { RubricVersion } from '../domain/rubric.js';
import type { Sample } from '../domain/sample.js';
import { isSampleCode, sampleCodeFrom } from '../domain/sample.js';
import type { SessionDetail } from '../domain/session.js';
import { inAliasOrder } from '../domain/session.js';
import {
  PACKAGE_FORMAT,
  PACKAGE_VERSION,
  samplePath,
  writeFacets,
  writeLongCsv,
  writeSessionJson,
  writeWideCsv,
  writeZip,
} from '../formats/exchange/index.js';
import type {
  PackageManifest,
  RatingRow,
  RatingsTable,
  SessionJson,
  ZipLimits,
} from '../formats/exchange/index.js';
import type { JobRunner } from '../jobs/runner.js';
import type { Store } from '../store/index.js';
import { nowIso } from '../store/ids.js';
import type { ChangeBus } from './events.js';

export const EXPORT_FORMATS = ['long', 'wide', 'facets', 'json'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface RatingsExportRequest {
  /** One session, or every session of the workspace. */
  sessionId?: string;
  round?: number;
  format: ExportFormat;
  /** Rater names instead of the session's aliases (R1..Rn). */
  names?: boolean;
  /** File name without extension; FACETS's specification names its data file after it. */
  baseName?: string;
}

export interface ExportFile {
  fileName: string;
  mediaType: string;
  text: string;
}

export interface ImportConflict {
  round: number;
  sample: string;
  rater: string;
  criterion: string;
  /** The score this workspace holds, which stays. */
  existing: number | null;
  /** The package's score, which was not applied. */
  incoming: number | null;
  reason: string;
}

export interface ImportReport {
  kind: PackageManifest['kind'];
  sessionId: string;
  title: string;
  created: { rubricVersions: number; samples: number; people: number; sessions: number };
  matched: { rubricVersions: number; samples: number; people: number; sessions: number };
  /** Raters and samples added to a session that was already here. */
  addedToSession: { raters: number; samples: number };
  scoresAdded: number;
  scoresUnchanged: number;
  conflicts: ImportConflict[];
  /**
   * Samples whose code was taken here by another sample, or was not a Concord code (S-7F3K),
   * and the code they got instead.
   */
  recoded: { from: string; to: string }[];
}

function slug(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/[^\w\s-]/g, '')
      .trim()
      .replace(/\s+/g, '-')
      .toLowerCase()
      .slice(0, 60) || 'session'
  );
}

export function exchangeService(store: Store, bus: ChangeBus, jobs: JobRunner) {
  const sessionOf = (sessionId: string): SessionDetail => {
    const session = store.sessions.get(sessionId);
    if (!session) throw new NotFoundError(`No session ${sessionId}.`);
    return session;
  };
  const rubricOf = (session: SessionDetail): RubricVersion =>
    store.rubrics.getVersion(session.rubricVersionId)!;
  const samplesOf = (session: SessionDetail): Sample[] =>
    session.sampleIds.map((id) => store.samples.get(id)!);
  const raterLabel = (session: SessionDetail, names: boolean) => {
    const labels = new Map(session.raters.map((r) => [r.personId, names ? r.name : r.alias]));
    return (personId: string) => labels.get(personId) ?? personId;
  };

  const sessionsFor = (sessionId: string | undefined): SessionDetail[] =>
    sessionId !== undefined
      ? [sessionOf(sessionId)]
      : store.sessions
          .list()
          .reverse()
          .map((s) => sessionOf(s.id));

  /** Current scores as rows of labels, ordered round, sample code, rater, criterion. */
  const ratingsTable = (sessions: SessionDetail[], round: number | undefined, names: boolean) => {
    const rows: RatingRow[] = [];
    const raters: string[] = [];
    for (const session of sessions) {
      const rubric = rubricOf(session);
      const criterionPos = new Map(rubric.criteria.map((c, i) => [c.id, i]));
      const criterionName = new Map(rubric.criteria.map((c) => [c.id, c.name]));
      const codes = new Map(samplesOf(session).map((s) => [s.id, s.code]));
      const seats = inAliasOrder(session.raters);
      const raterPos = new Map(seats.map((r, i) => [r.personId, i]));
      const label = raterLabel(session, names);
      for (const r of seats)
        if (!raters.includes(label(r.personId))) raters.push(label(r.personId));
      const scores = store.scores
        .current(session.id, round !== undefined ? { round } : {})
        .sort(
          (a, b) =>
            a.round - b.round ||
            (codes.get(a.sampleId) ?? '').localeCompare(codes.get(b.sampleId) ?? '') ||
            (raterPos.get(a.raterId) ?? 0) - (raterPos.get(b.raterId) ?? 0) ||
            (criterionPos.get(a.criterionId) ?? 0) - (criterionPos.get(b.criterionId) ?? 0),
        );
      for (const s of scores) {
        rows.push({
          session: session.id,
          round: s.round,
          sample: codes.get(s.sampleId) ?? s.sampleId,
          rater: label(s.raterId),
          criterion: criterionName.get(s.criterionId) ?? s.criterionId,
          score: s.score,
        });
      }
    }
    return { rows, raters } satisfies RatingsTable;
  };

  const sessionJson = (session: SessionDetail, names: boolean): SessionJson => {
    const rubric = rubricOf(session);
    const criterionName = new Map(rubric.criteria.map((c) => [c.id, c.name]));
    const samples = samplesOf(session);
    const codes = new Map(samples.map((s) => [s.id, s.code]));
    const label = raterLabel(session, names);
    return {
      id: session.id,
      title: session.title,
      heldOn: session.heldOn,
      phase: session.phase,
      currentRound: session.currentRound,
      options: session.options,
      rubric: {
        title: rubric.title,
        version: rubric.version,
        levels: rubric.levels,
        criteria: rubric.criteria.map((c) => ({
          key: c.key,
          name: c.name,
          descriptors: c.descriptors,
        })),
      },
      samples: samples.map((s) => ({
        code: s.code,
        kind: s.kind,
        mediaType: s.mediaType,
        sha256: s.sha256,
        isAnchor: s.isAnchor,
      })),
      raters: inAliasOrder(session.raters).map((r) =>
        names ? { alias: r.alias, name: r.name } : { alias: r.alias },
      ),
      scores: store.scores.current(session.id).map((s) => ({
        round: s.round,
        sample: codes.get(s.sampleId) ?? s.sampleId,
        rater: label(s.raterId),
        criterion: criterionName.get(s.criterionId) ?? s.criterionId,
        score: s.score,
        note: s.note,
        recordedAt: s.recordedAt,
      })),
      consensus: store.scores.consensus(session.id).map((c) => ({
        sample: codes.get(c.sampleId) ?? c.sampleId,
        criterion: criterionName.get(c.criterionId) ?? c.criterionId,
        score: c.score,
        rationale: c.rationale,
      })),
      clarifications: store.scores.clarifications(session.id).map((c) => ({
        criterion: c.criterionId === null ? null : (criterionName.get(c.criterionId) ?? null),
        text: c.text,
      })),
    };
  };

  /** The manifest (and the files it names) for one session. */
  const buildPackage = (
    sessionId: string,
    kind: PackageManifest['kind'],
    names: boolean,
  ): { manifest: PackageManifest; files: Record<string, Uint8Array> } => {
    const session = sessionOf(sessionId);
    const rubric = rubricOf(session);
    const samples = samplesOf(session);
    const files: Record<string, Uint8Array> = {};
    // A session package carries the anonymized files; a scores package only refers to them.
    if (kind === 'session') {
      for (const s of samples) files[samplePath(s.sha256)] = store.samples.fileOf(s.id)!.bytes;
    }
    const manifest: PackageManifest = {
      format: PACKAGE_FORMAT,
      version: PACKAGE_VERSION,
      createdAt: nowIso(),
      sourceWorkspaceId: store.transaction(() => store.exchange.workspaceId()),
      kind,
      session: {
        id: session.id,
        title: session.title,
        heldOn: session.heldOn,
        phase: session.phase,
        currentRound: session.currentRound,
        options: session.options,
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
    };
    return { manifest, files };
  };

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
    /** Ratings of one session (or all) in one of the export formats; FACETS gives two files. */
    exportRatings(request: RatingsExportRequest): ExportFile[] {
      const names = request.names ?? false;
      const sessions = sessionsFor(request.sessionId);
      const base =
        request.baseName ??
        (sessions.length === 1 ? `${slug(sessions[0]!.title)}-ratings` : 'concord-ratings');
      if (request.format === 'json') {
        const text = writeSessionJson(
          sessions.map((s) => sessionJson(s, names)),
          nowIso(),
        );
        return [{ fileName: `${base}.json`, mediaType: 'application/json', text }];
      }
      const table = ratingsTable(sessions, request.round, names);
      if (request.format === 'long')
        return [{ fileName: `${base}.csv`, mediaType: 'text/csv', text: writeLongCsv(table) }];
      if (request.format === 'wide')
        return [{ fileName: `${base}.csv`, mediaType: 'text/csv', text: writeWideCsv(table) }];
      if (sessions.length !== 1) {
        throw new ValidationError('sessionId: a FACETS export holds one session; choose it');
      }
      const session = sessions[0]!;
      const rounds = new Set(table.rows.map((r) => r.round));
      if (request.round === undefined && rounds.size > 1) {
        throw new ValidationError(
          `round: this session has scores in rounds ${[...rounds].join(', ')}; choose one for FACETS`,
        );
      }
      const dataFileName = `${base}.data.txt`;
      const facets = writeFacets({
        title: session.title,
        rows: table.rows,
        levels: rubricOf(session).levels.map((l) => l.value),
        dataFileName,
      });
      return [
        { fileName: `${base}.spec.txt`, mediaType: 'text/plain', text: facets.specification },
        { fileName: dataFileName, mediaType: 'text/plain', text: facets.data },
      ];
    },

    /**
     * A `.concord` package of one session. `session`: the set-up, rubric and anonymized files,
     * no scores (the other school scores blind). `scores`: every current score, to send back.
     */
    exportPackage(
      sessionId: string,
      options: { kind?: PackageManifest['kind']; names?: boolean } = {},
    ): { fileName: string; bytes: Uint8Array } {
      const kind = options.kind ?? 'session';
      const { manifest, files } = buildPackage(sessionId, kind, options.names ?? false);
      const bytes = writeZip({
        'manifest.json': new TextEncoder().encode(JSON.stringify(manifest, null, 1)),
        ...files,
      });
      const suffix = kind === 'scores' ? '-scores' : '';
      return {
        fileName: `${slug(manifest.session.title)}-${manifest.session.heldOn}${suffix}.concord`,
        bytes,
      };
    },

    /**
     * Merges a package by ids, in one transaction: rubric version (frozen), samples
     * (content-addressed), people, the session, then scores. A score is added only where this
     * workspace has none for (session, round, sample, rater, criterion); a different score there
     * is reported as a conflict and left alone. Importing the same package again changes nothing.
     * Scoring rules (phase, locks, reveals) are not applied: this is the facilitator merging
     * another school's work, not a rater scoring.
     */
    async importPackage(
      bytes: Uint8Array,
      file = 'package',
      limits?: ZipLimits,
    ): Promise<ImportReport> {
      // Unzipping, hashing and checking every sample is the slow part: off the event loop.
      const { manifest, entries, kinds } = await jobs.run('readPackage', { bytes, file, limits });
      const { session } = manifest;
      const report: ImportReport = {
        kind: manifest.kind,
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
      const x = store.exchange;
      store.transaction(() => {
        const rubric = session.rubric;
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

        // The codes samples have here: a package's code becomes part of file names on export.
        const codes = new Map<string, string>();
        for (const s of session.samples) {
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
          const data = entries.get(samplePath(s.sha256));
          if (data === undefined) {
            throw new InputError(
              `sample ${s.code} is not in this workspace and its file is not in the package: import the session package first`,
              { file, field: 'session.samples' },
            );
          }
          const { kind, mediaType } = kinds.get(s.id)!;
          store.samples.putFile(data, mediaType, s.sha256);
          let code = s.code;
          if (!isSampleCode(code) || store.samples.codeExists(code)) {
            code = freshCode();
            report.recoded.push({ from: excerpt(s.code, 40), to: code });
          }
          codes.set(s.id, code);
          x.insertSample({ id: s.id, code, kind, sha256: s.sha256 });
          report.created.samples++;
        }

        for (const r of session.raters) {
          if (x.hasPerson(r.id)) {
            report.matched.people++;
            continue;
          }
          x.insertPerson(r.id, r.name ?? `${r.alias} (${session.title})`);
          report.created.people++;
        }

        if (x.hasSession(session.id)) {
          const here = sessionOf(session.id);
          if (here.rubricVersionId !== rubric.id) {
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
            title: session.title,
            heldOn: session.heldOn,
            rubricVersionId: rubric.id,
            phase: session.phase,
            currentRound: session.currentRound,
            optionsJson: JSON.stringify(session.options),
          });
          session.samples.forEach((s) => x.addSessionSample(session.id, s.id));
          session.raters.forEach((r) => x.addSessionRater(session.id, r.id, r.alias));
          report.created.sessions++;
        }

        const aliases = new Map(session.raters.map((r) => [r.id, r.alias]));
        const criteria = new Map(rubric.criteria.map((c) => [c.id, c.name]));
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
              ...label,
              existing: current.score,
              incoming: s.score,
              reason: 'a different score is already recorded here; it was kept',
            });
          }
        }
        const changed =
          Object.values(report.created).some((n) => n > 0) ||
          report.addedToSession.raters + report.addedToSession.samples + report.scoresAdded > 0;
        if (changed) {
          store.access.audit({
            actor: 'owner',
            action: 'package.imported',
            subjectType: 'session',
            subjectId: session.id,
            details: {
              kind: manifest.kind,
              source: manifest.sourceWorkspaceId,
              scoresAdded: report.scoresAdded,
              conflicts: report.conflicts.length,
            },
          });
        }
      });
      for (const topic of ['rubrics', 'samples', 'people', 'sessions', 'scores'] as const)
        bus.emit({ topic, sessionId: session.id });
      return report;
    },
  };
}
