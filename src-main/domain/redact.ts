// Roster redaction of plain text: every name on the owner's explicit list goes, whatever the case.

export const REDACTION_MARK = '[name]';

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Every written form of the roster names, longest first, as one whole-word pattern (or null). */
export function namePattern(fullNames: readonly string[]): RegExp | null {
  const forms = new Set<string>();
  for (const full of fullNames) {
    const parts = full
      .trim()
      .split(/\s+/)
      .filter((p) => p.length > 1);
    if (parts.length === 0) continue;
    const first = parts[0]!;
    const last = parts[parts.length - 1]!;
    forms.add(parts.join(' '));
    if (parts.length > 1) {
      forms.add(`${last}, ${first}`);
      forms.add(`${last}, ${first[0]}.`);
      forms.add(`${first} ${last[0]}.`);
      forms.add(`${first[0]}. ${last}`);
    }
    for (const part of parts) forms.add(part);
  }
  const ordered = [...forms].sort((a, b) => b.length - a.length).map(escapeRegExp);
  if (ordered.length === 0) return null;
  // Letters on either side mean another word ("Mayapple"), so the match must stand alone.
  // Whitespace inside a form matches any run of whitespace (a name broken over a line).
  const alternatives = ordered.map((f) => f.replace(/ /g, '\\s+'));
  return new RegExp(`(?<![\\p{L}])(?:${alternatives.join('|')})(?:['’]s)?(?![\\p{L}])`, 'giu');
}

export interface NameMatch {
  start: number;
  end: number;
}

/** Where the names occur in text (UTF-16 offsets, end exclusive), in order, never overlapping. */
export function findNames(text: string, fullNames: readonly string[]): NameMatch[] {
  const pattern = namePattern(fullNames);
  if (!pattern) return [];
  return [...text.matchAll(pattern)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/**
 * Removes each full name and each of its parts (first, last) as a whole word, with possessives
 * ("Maya's") and initials after a surname ("Okafor, M.") — longest forms first so "Maya Okafor"
 * becomes one mark, not two.
 */
export function redactNames(text: string, fullNames: readonly string[]): string {
  const pattern = namePattern(fullNames);
  return pattern ? text.replace(pattern, REDACTION_MARK) : text;
}
