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
import type { SessionDetail, SessionRater } from '../domain/session.js';
import { inAliasOrder } from '../domain/session.js';
import {
  PACKAGE_FORMAT,
  PACKAGE_VERSION,
  raterLabelsNote,
  samplePath,
  writeFacets,
  writeLongCsv,
  writeSessionJson,
  writeWideCsv,
  writeZip,
} from '../formats/exchange/index.js';
import type {
  PackageManifest,
  RaterLabels,
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
  /** One session. */
  sessionId?: string;
  /** Several sessions; with neither this nor `sessionId`, every session of the workspace. */
  sessionIds?: string[];
  round?: number;
  format: ExportFormat;
  /** Rater names instead of aliases. */
  names?: boolean;
  /** File name without extension; FACETS's specification names its data file after it. */
  baseName?: string;
}

/**
 * Whether an export spans sessions (several, or the whole workspace): then each person has one
 * alias throughout instead of each session's own (see formats/exchange/rater-labels.ts).
 */
export function exportSpansSessions(
  request: Pick<RatingsExportRequest, 'sessionId' | 'sessionIds'>,
) {
  return (
    request.sessionId === undefined &&
    (request.sessionIds === undefined || new Set(request.sessionIds).size !== 1)
  );
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

/** How an export labels raters: what the rater column says, and the order of its columns. */
interface RaterLabeling {
  labels: RaterLabels;
  /** The export spans sessions (several, or the whole workspace). */
  acrossSessions: boolean;
  /** A seat's alias in this export: its session's, or across sessions the workspace's. */
  alias: (seat: SessionRater) => string;
  /** What the rater column says: the alias, or the name when names were asked for. */
  of: (seat: SessionRater) => string;
  /** Across sessions, the alias the seat had in its own session (what the room saw). */
  sessionAlias: (seat: SessionRater) => string | undefined;
  /** Seats in column order: by the alias of this export. */
  order: (seats: readonly SessionRater[]) => SessionRater[];
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
  /** Oldest first; same-day sessions by title. */
  const chronological = (a: SessionDetail, b: SessionDetail) =>
    a.heldOn.localeCompare(b.heldOn) || a.title.localeCompare(b.title) || a.id.localeCompare(b.id);

  const sessionsFor = (request: RatingsExportRequest): SessionDetail[] => {
    if (request.sessionId !== undefined && request.sessionIds !== undefined) {
      throw new ValidationError('sessionIds: give sessionId or sessionIds, not both');
    }
    if (request.sessionId !== undefined) return [sessionOf(request.sessionId)];
    const ids = request.sessionIds ?? store.sessions.list().map((s) => s.id);
    return [...new Set(ids)].map(sessionOf).sort(chronological);
  };

  /**
   * One alias per person for the whole workspace: people numbered in the order they first took
   * part, oldest session first and, within a session, in that session's alias order. Session
   * aliases are drawn at random, so this order ties no alias to a name either. Counted over every
   * session, not only the exported ones, so that two exports across sessions agree (until a
   * session dated before others is added).
   */
  const workspaceAliases = (): Map<string, string> => {
    const aliases = new Map<string, string>();
    const all = store.sessions
      .list()
      .map((s) => sessionOf(s.id))
      .sort(chronological);
    for (const session of all)
      for (const r of inAliasOrder(session.raters))
        if (!aliases.has(r.personId)) aliases.set(r.personId, `R${aliases.size + 1}`);
    return aliases;
  };

  const raterLabeling = (acrossSessions: boolean, names: boolean): RaterLabeling => {
    const aliases = acrossSessions ? workspaceAliases() : null;
    const alias = (seat: SessionRater) =>
      aliases ? (aliases.get(seat.personId) ?? seat.personId) : seat.alias;
    return {
      labels: names ? 'name' : acrossSessions ? 'workspace-alias' : 'session-alias',
      acrossSessions,
      alias,
      of: (seat) => (names ? seat.name : alias(seat)),
      sessionAlias: (seat) => (acrossSessions ? seat.alias : undefined),
      order: (seats) =>
        inAliasOrder(seats.map((seat) => ({ seat, alias: alias(seat) }))).map((x) => x.seat),
    };
  };

  /**
   * Current scores as rows of labels, ordered session (oldest first), round, sample code, rater,
   * criterion. `criterionName` overrides the names of the session's own rubric version.
   */
  const ratingsTable = (
    sessions: SessionDetail[],
    round: number | undefined,
    raters: RaterLabeling,
    criterionName?: (criterionId: string) => string | undefined,
  ): RatingsTable => {
    const rows: RatingRow[] = [];
    const columns = raters.order([
      ...new Map(sessions.flatMap((s) => s.raters).map((r) => [r.personId, r])).values(),
    ]);
    for (const session of sessions) {
      const rubric = rubricOf(session);
      const criterionPos = new Map(rubric.criteria.map((c, i) => [c.id, i]));
      const ownName = new Map(rubric.criteria.map((c) => [c.id, c.name]));
      const nameOf = (id: string) => criterionName?.(id) ?? ownName.get(id) ?? id;
      const codes = new Map(samplesOf(session).map((s) => [s.id, s.code]));
      const seats = new Map(session.raters.map((r) => [r.personId, r]));
      const raterPos = new Map(raters.order(session.raters).map((r, i) => [r.personId, i]));
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
        const seat = seats.get(s.raterId);
        const sessionAlias = seat ? raters.sessionAlias(seat) : undefined;
        rows.push({
          session: session.id,
          round: s.round,
          sample: codes.get(s.sampleId) ?? s.sampleId,
          rater: seat ? raters.of(seat) : s.raterId,
          ...(sessionAlias !== undefined ? { sessionAlias } : {}),
          criterion: nameOf(s.criterionId),
          score: s.score,
        });
      }
    }
    return {
      rows,
      raters: [...new Set(columns.map((r) => raters.of(r)))],
      ...(raters.acrossSessions ? { acrossSessions: true } : {}),
    };
  };

  const sessionJson = (session: SessionDetail, raters: RaterLabeling): SessionJson => {
    const rubric = rubricOf(session);
    const criterionName = new Map(rubric.criteria.map((c) => [c.id, c.name]));
    const samples = samplesOf(session);
    const codes = new Map(samples.map((s) => [s.id, s.code]));
    const seats = new Map(session.raters.map((r) => [r.personId, r]));
    const names = raters.labels === 'name';
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
      raters: raters.order(session.raters).map((r) => {
        const sessionAlias = raters.sessionAlias(r);
        return {
          alias: raters.alias(r),
          ...(sessionAlias !== undefined ? { sessionAlias } : {}),
          ...(names ? { name: r.name } : {}),
        };
      }),
      scores: store.scores.current(session.id).map((s) => {
        const seat = seats.get(s.raterId);
        return {
          round: s.round,
          sample: codes.get(s.sampleId) ?? s.sampleId,
          rater: seat ? raters.of(seat) : s.raterId,
          criterion: criterionName.get(s.criterionId) ?? s.criterionId,
          score: s.score,
          note: s.note,
          recordedAt: s.recordedAt,
        };
      }),
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

  /**
   * FACETS models one rating scale over one set of criteria, so the sessions that have scores
   * must share a rubric and its levels. A criterion keeps its stable key across versions and is
   * named as the newest of those versions names it, so a renamed criterion stays one element.
   */
  const facetsFiles = (
    sessions: SessionDetail[],
    request: RatingsExportRequest,
    raters: RaterLabeling,
    base: string,
  ): ExportFile[] => {
    const scored = sessions.filter((s) =>
      store.scores
        .current(s.id, request.round !== undefined ? { round: request.round } : {})
        .some((x) => x.score !== null),
    );
    if (scored.length === 0) {
      throw new ValidationError(
        request.round !== undefined
          ? `round: there are no scores in round ${request.round} to export; FACETS needs at least one`
          : 'sessionId: there are no scores to export yet; FACETS needs at least one',
      );
    }
    const versions = new Map(scored.map((s) => [s.rubricVersionId, rubricOf(s)]));
    const rubrics = [...versions.values()];
    if (new Set(rubrics.map((r) => r.rubricId)).size > 1) {
      throw new ValidationError(
        `sessionIds: one FACETS run needs sessions on one rubric; these use ${rubrics
          .map((r) => `"${excerpt(r.title, 40)}"`)
          .filter((t, i, all) => all.indexOf(t) === i)
          .join(', ')}: choose the sessions of one of them`,
      );
    }
    const scales = new Set(rubrics.map((r) => r.levels.map((l) => l.value).join(',')));
    if (scales.size > 1) {
      throw new ValidationError(
        'sessionIds: these sessions score on different levels of the rubric; one FACETS run needs one rating scale: choose sessions on the same levels',
      );
    }
    const newest = rubrics.reduce((a, b) => (b.version > a.version ? b : a));
    const nameByKey = new Map<string, string>();
    for (const r of [...rubrics].sort((a, b) => a.version - b.version))
      for (const c of r.criteria) nameByKey.set(c.key, c.name);
    const keyById = new Map(rubrics.flatMap((r) => r.criteria.map((c) => [c.id, c.key])));
    const table = ratingsTable(scored, request.round, raters, (id) =>
      nameByKey.get(keyById.get(id) ?? ''),
    );
    const dataFileName = `${base}.data.txt`;
    const first = scored[0]!;
    const last = scored[scored.length - 1]!;
    const facets = writeFacets({
      title:
        scored.length === 1
          ? first.title
          : `${newest.title}: ${scored.length} sessions from ${first.heldOn} to ${last.heldOn}`,
      rows: table.rows,
      levels: newest.levels.map((l) => l.value),
      dataFileName,
      raters: table.raters,
      sessions: scored.map((s) => ({ id: s.id, label: `${s.heldOn} ${s.title}` })),
      notes: [raterLabelsNote(raters.labels)],
    });
    return [
      { fileName: `${base}.spec.txt`, mediaType: 'text/plain', text: facets.specification },
      { fileName: dataFileName, mediaType: 'text/plain', text: facets.data },
    ];
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
    /**
     * Ratings of one session, several, or all, in one of the export formats; FACETS gives two
     * files. An export across sessions labels each person with one alias throughout.
     */
    exportRatings(request: RatingsExportRequest): ExportFile[] {
      const names = request.names ?? false;
      const sessions = sessionsFor(request);
      const raters = raterLabeling(exportSpansSessions(request), names);
      const base =
        request.baseName ??
        (sessions.length === 1 && !raters.acrossSessions
          ? `${slug(sessions[0]!.title)}-ratings`
          : 'concord-ratings');
      if (request.format === 'json') {
        const text = writeSessionJson(
          sessions.map((s) => sessionJson(s, raters)),
          nowIso(),
          raters.labels,
        );
        return [{ fileName: `${base}.json`, mediaType: 'application/json', text }];
      }
      if (request.format === 'facets') return facetsFiles(sessions, request, raters, base);
      const table = ratingsTable(sessions, request.round, raters);
      const text = request.format === 'long' ? writeLongCsv(table) : writeWideCsv(table);
      return [{ fileName: `${base}.csv`, mediaType: 'text/csv', text }];
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
