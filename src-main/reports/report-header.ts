// What every session report's header says, one way for the meeting's report and the judgement
// session's: the title, the copy and the facts of the session, and the people in it.
import { longDate } from './format.js';
import type { Html } from './html.js';
import { html } from './html.js';
import type { ReportCopy, ReportSeat, SessionBasics } from './session-basics.js';

/** One line of the header's facts: its name and what it says (text, or markup). */
export type Fact = readonly [name: string, value: string | number | Html];

/**
 * The header: title, what the report is and when the session was held, the copy, then the facts,
 * from the date to when the report was made. `facts` are the report's own, between those.
 */
export function reportHeader(
  data: SessionBasics,
  head: { kind: string; ownerHolds: string; facts: readonly Fact[] },
): Html {
  const facts: Fact[] = [
    ['Date', longDate(data.heldOn)],
    ...head.facts,
    ['Status', data.phase],
    ['Report made', longDate(data.generatedAt)],
  ];
  return html`<h1>${data.title}</h1>
    <p class="subtitle">${head.kind} · ${longDate(data.heldOn)}</p>
    ${copyNote(data.copy, head.ownerHolds)}
    <dl class="facts">
      ${facts.map(
        ([name, value]) =>
          html` <dt>${name}</dt>
            <dd>${value}</dd>`,
      )}
    </dl>`;
}

/** The facilitator's fact, the name as this copy may give it. */
export function facilitatorFact(data: SessionBasics): Fact {
  return ['Facilitator', data.facilitator ?? 'not recorded'];
}

/** "Owner's copy" with what it holds that the team's does not, or "Team copy". */
function copyNote(copy: ReportCopy, ownerHolds: string): Html {
  return copy === 'owner'
    ? html`<p><span class="copy">Owner’s copy</span> ${ownerHolds}</p>`
    : html`<p><span class="copy">Team copy</span></p>`;
}

/** A seat as this copy may name it: "R2 Ben Okafor", or the alias alone. */
function seatName(seat: ReportSeat): string {
  return seat.name ? `${seat.label} ${seat.name}` : seat.label;
}

/** The seat with this alias, named as this copy may; the alias alone for one not in the list. */
export function seatNamed(seats: readonly ReportSeat[], label: string): string {
  const seat = seats.find((s) => s.label === label);
  return seat ? seatName(seat) : label;
}

/**
 * "3: R1 Ana Silva, R2 Ben Okafor, R3" with, in the team copy of a session that hides names,
 * why only aliases are written.
 */
export function peopleList(
  people: readonly ReportSeat[],
  copy: ReportCopy,
  noun: 'raters' | 'judges',
): string {
  const hidden =
    copy === 'team' && people.some((p) => p.name === null)
      ? ` (names hidden: the session shows ${noun} as R1..Rn)`
      : '';
  return `${people.length}: ${people.map(seatName).join(', ')}${hidden}`;
}
