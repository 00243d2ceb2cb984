// What every session report's header says of its copy and of the people in it, one way for the
// meeting's report and the judgement session's.
import type { Html } from './html.js';
import { html } from './html.js';

/** "Owner's copy" with what it holds that the team's does not, or "Team copy". */
export function copyNote(copy: 'owner' | 'team', ownerHolds: string): Html {
  return copy === 'owner'
    ? html`<p><span class="copy">Owner’s copy</span> ${ownerHolds}</p>`
    : html`<p><span class="copy">Team copy</span></p>`;
}

/**
 * "3: R1 Ana Silva, R2 Ben Okafor, R3" with, in the team copy of a session that hides names,
 * why only aliases are written.
 */
export function peopleList(
  people: readonly { label: string; name: string | null }[],
  copy: 'owner' | 'team',
  noun: 'raters' | 'judges',
): string {
  const listed = people.map((p) => (p.name ? `${p.label} ${p.name}` : p.label));
  const hidden =
    copy === 'team' && people.some((p) => p.name === null)
      ? ` (names hidden: the session shows ${noun} as R1..Rn)`
      : '';
  return `${people.length}: ${listed.join(', ')}${hidden}`;
}
