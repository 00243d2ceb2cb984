// How an export labels raters: one session's aliases, one alias per person across sessions, or
// names (see formats/exchange/rater-labels.ts).
import type { SessionRater } from '../../domain/session.js';
import { inAliasOrder } from '../../domain/session.js';
import type { RaterLabels } from '../../formats/exchange/index.js';
import type { SessionReads } from './reads.js';
import { chronological } from './reads.js';

/** What the rater column says, and the order of its columns. */
export interface RaterLabeling {
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

/**
 * One alias per person for the whole workspace: people numbered in the order they first took
 * part, oldest session first and, within a session, in that session's alias order. Session
 * aliases are drawn at random, so this order ties no alias to a name either. Counted over every
 * session, not only the exported ones, so that two exports across sessions agree (until a
 * session dated before others is added).
 */
function workspaceAliases(reads: SessionReads): Map<string, string> {
  const aliases = new Map<string, string>();
  const all = reads.store.sessions
    .list()
    .map((s) => reads.sessionOf(s.id))
    .sort(chronological);
  for (const session of all)
    for (const r of inAliasOrder(session.raters))
      if (!aliases.has(r.personId)) aliases.set(r.personId, `R${aliases.size + 1}`);
  return aliases;
}

export function raterLabeling(
  reads: SessionReads,
  acrossSessions: boolean,
  names: boolean,
): RaterLabeling {
  const aliases = acrossSessions ? workspaceAliases(reads) : null;
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
}
