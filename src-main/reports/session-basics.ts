// What the report of a rubric meeting and of a comparative judgement session read from the
// workspace alike: the session and its rubric, the header's facts, and who a copy may name. One
// rule for both reports, so a copy that hides names hides them the same way in each.
import { NotFoundError } from '../domain/errors.js';
import type { RubricVersion } from '../domain/rubric.js';
import type { SessionDetail, SessionPhase } from '../domain/session.js';
import { inAliasOrder } from '../domain/session.js';
import type { Store } from '../store/index.js';

export type ReportCopy = 'owner' | 'team';

/** A seat as a copy writes it: the alias, and the name where this copy may show it. */
export interface ReportSeat {
  label: string;
  name: string | null;
}

/** The facts every session report's header states. */
export interface SessionBasics {
  copy: ReportCopy;
  title: string;
  heldOn: string;
  phase: SessionPhase;
  generatedAt: string;
  rubric: { title: string; version: number };
  facilitator: string | null;
}

export interface ReportSession {
  session: SessionDetail;
  rubric: RubricVersion;
  basics: SessionBasics;
  /** The session's seats in alias order; `name` is null where names are hidden in this copy. */
  seats: ReportSeat[];
  /** The students' names, for the class-roster redaction of free text. */
  roster: string[];
}

/** The session a report covers, read once for either kind of report. */
export function reportSession(
  store: Store,
  sessionId: string,
  copy: ReportCopy,
  seated: 'raters' | 'judges',
  now: Date,
): ReportSession {
  const session = store.sessions.get(sessionId);
  if (!session) throw new NotFoundError(`No session ${sessionId}.`);
  const rubric = store.rubrics.getVersion(session.rubricVersionId)!;
  const roster = session.sampleIds
    .map((id) => store.samples.identity(id)?.studentName ?? null)
    .filter((name): name is string => name !== null && name.trim() !== '');
  const { seats, facilitator } = namedInCopy(store, session, copy, seated);
  return {
    session,
    rubric,
    seats,
    roster,
    basics: {
      copy,
      title: session.title,
      heldOn: session.heldOn,
      phase: session.phase,
      generatedAt: now.toISOString(),
      rubric: { title: rubric.title, version: rubric.version },
      facilitator,
    },
  };
}

/**
 * Who this copy may name: the owner's copy names everyone; the team's names the seats only where
 * the session shows names, and then words a facilitator who also took a seat as "one of the
 * raters" (or judges), since their name would say who sat behind an alias.
 */
function namedInCopy(
  store: Store,
  session: SessionDetail,
  copy: ReportCopy,
  seated: 'raters' | 'judges',
): { seats: ReportSeat[]; facilitator: string | null } {
  const showNames = copy === 'owner' || !session.options.hideRaterNames;
  const seats = inAliasOrder(session.raters).map((r) => ({
    label: r.alias,
    name: showNames ? r.name : null,
  }));
  const id = session.facilitatorId;
  if (id === null) return { seats, facilitator: null };
  const sat = session.raters.some((r) => r.personId === id);
  if (sat && !showNames) return { seats, facilitator: `one of the ${seated}` };
  const person = store.library.listPeople().find((p) => p.id === id);
  return { seats, facilitator: person?.name ?? null };
}
