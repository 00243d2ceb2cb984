// What the clients were told, to hold the workspace to it (the trust tests, the soak): every
// write carries a unique tag (a score's note, a consensus rationale), so each acknowledged write
// can be found again.
import type { Database } from 'better-sqlite3';

/** acked: HTTP 200 came back; refused: the server answered otherwise; unknown: no answer. */
export type Outcome = 'pending' | 'acked' | 'refused' | 'unknown';

export interface Write {
  slot: string;
  tag: string;
  score: number;
  outcome: Outcome;
}

/** Writes in the order they were sent; within a slot only one client writes, one at a time. */
export class Ledger {
  readonly writes: Write[] = [];
  readonly refusals: string[] = [];
  /** Why the writes without an answer got none (a broken connection, a refused one). */
  readonly breaks: string[] = [];
  private readonly bySlot = new Map<string, Write[]>();

  send(slot: string, tag: string, score: number): Write {
    const write: Write = { slot, tag, score, outcome: 'pending' };
    this.writes.push(write);
    const mine = this.bySlot.get(slot);
    if (mine) mine.push(write);
    else this.bySlot.set(slot, [write]);
    return write;
  }

  count(outcome: Outcome): number {
    return this.writes.filter((w) => w.outcome === outcome).length;
  }

  /**
   * The tags the slot may show now: its last acknowledged write, or any later one that got no
   * answer (it may have been committed just before the crash). `null` stands for "nothing".
   */
  allowedLatest(slot: string): Set<string | null> {
    const mine = this.bySlot.get(slot) ?? [];
    const lastAck = mine.map((w) => w.outcome).lastIndexOf('acked');
    const allowed = new Set<string | null>(lastAck === -1 ? [null] : [mine[lastAck]!.tag]);
    for (const w of mine.slice(lastAck + 1)) if (w.outcome !== 'refused') allowed.add(w.tag);
    return allowed;
  }

  slots(): string[] {
    return [...this.bySlot.keys()];
  }
}

export function integrityProblems(db: Database): string[] {
  const lines = (db.pragma('integrity_check') as { integrity_check: string }[]).map(
    (r) => r.integrity_check,
  );
  const problems = lines.filter((line) => line !== 'ok').map((line) => `integrity: ${line}`);
  const orphans = db.pragma('foreign_key_check') as unknown[];
  if (orphans.length > 0) problems.push(`${orphans.length} rows break a foreign key`);
  return problems;
}

/** Scores: every acknowledged note stored with its value; each slot's head is its newest event. */
export function scoreProblems(db: Database, sessionId: string, ledger: Ledger): string[] {
  const problems: string[] = [];
  const events = new Map(
    (
      db
        .prepare(
          `SELECT note, score, sample_id || '/' || rater_id || '/' || criterion_id AS slot
           FROM score_events WHERE session_id = ?`,
        )
        .all(sessionId) as { note: string; score: number; slot: string }[]
    ).map((e) => [e.note, e]),
  );
  const sentTags = new Set(ledger.writes.map((w) => w.tag));
  for (const w of ledger.writes) {
    const stored = events.get(w.tag);
    if (w.outcome === 'acked' && !stored) problems.push(`acknowledged score ${w.tag} is missing`);
    if (stored && (stored.score !== w.score || stored.slot !== w.slot))
      problems.push(`score ${w.tag} stored as ${stored.score} on ${stored.slot}`);
    if (w.outcome === 'refused' && stored) problems.push(`refused score ${w.tag} was stored`);
  }
  for (const tag of events.keys())
    if (!sentTags.has(tag)) problems.push(`score ${tag} was never sent`);

  // A score is two rows (the event, the head that points at it): both or neither.
  const halfWritten = db
    .prepare(
      `SELECT COUNT(*) AS n FROM (
         SELECT sample_id, rater_id, criterion_id, MAX(id) AS newest FROM score_events
         WHERE session_id = ? GROUP BY round_number, sample_id, rater_id, criterion_id) e
       LEFT JOIN score_heads h ON h.session_id = ? AND h.sample_id = e.sample_id
         AND h.rater_id = e.rater_id AND h.criterion_id = e.criterion_id
       WHERE h.event_id IS NOT e.newest`,
    )
    .get(sessionId, sessionId) as { n: number };
  if (halfWritten.n > 0) problems.push(`${halfWritten.n} scores without their head`);

  const heads = new Map(
    (
      db
        .prepare(
          `SELECT note, sample_id || '/' || rater_id || '/' || criterion_id AS slot
           FROM current_scores WHERE session_id = ?`,
        )
        .all(sessionId) as { note: string; slot: string }[]
    ).map((h) => [h.slot, h.note]),
  );
  for (const slot of ledger.slots()) {
    const shown = heads.get(slot) ?? null;
    if (!ledger.allowedLatest(slot).has(shown))
      problems.push(`${slot} shows ${shown ?? 'nothing'}, not its last acknowledged score`);
  }
  return problems;
}

/** Consensus: the acknowledged value kept, and its audit entry written with it or not at all. */
export function consensusProblems(db: Database, sessionId: string, ledger: Ledger): string[] {
  const problems: string[] = [];
  const rows = db
    .prepare(
      `SELECT sample_id || '/' || criterion_id AS slot, score, rationale
       FROM consensus_scores WHERE session_id = ?`,
    )
    .all(sessionId) as { slot: string; score: number; rationale: string }[];
  const stored = new Map(rows.map((r) => [r.slot, r]));
  for (const slot of ledger.slots()) {
    const row = stored.get(slot);
    if (!ledger.allowedLatest(slot).has(row?.rationale ?? null))
      problems.push(`consensus ${slot} is ${row?.rationale ?? 'missing'}`);
  }
  const audits = db
    .prepare(
      `SELECT json_extract(details_json, '$.sampleId') || '/' ||
         json_extract(details_json, '$.criterionId') AS slot,
         json_extract(details_json, '$.score') AS score
       FROM audit_log WHERE action = 'consensus.recorded' AND subject_id = ? ORDER BY id`,
    )
    .all(sessionId) as { slot: string; score: number }[];
  const lastAudit = new Map(audits.map((a) => [a.slot, a.score]));
  for (const row of rows) {
    if (lastAudit.get(row.slot) !== row.score)
      problems.push(
        `consensus ${row.slot} = ${row.score} but its audit says ${lastAudit.get(row.slot)}`,
      );
  }
  const acked = ledger.count('acked');
  const sent = acked + ledger.count('unknown');
  if (audits.length < acked || audits.length > sent)
    problems.push(`${audits.length} consensus audits for ${acked} acknowledged, ${sent} sent`);
  return problems;
}
