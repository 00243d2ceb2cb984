// The scoring keyboard of every scoring screen, and the radios it moves the focus between. The
// listener sits on the window so a rater can score without first clicking into the rubric; the
// focus follows each choice so a screen reader announces what was chosen.
import { useCallback, useEffect, useRef, useState } from 'react';
import { isTypingTarget, keyAction } from './keys.js';

/** What a rater chose for a criterion: a level's value, or null for "cannot score". */
export type Choice = number | null;

/** Each choice's radio button registers here (with null when it leaves the page). */
export type RegisterRadio = (
  criterionId: string,
  choice: Choice,
  element: HTMLButtonElement | null,
) => void;

export interface ScoringKeysOptions<C extends { id: string }> {
  /** The rubric's criteria, in the order the arrows move through them. */
  criteria: readonly C[];
  /** The rubric's level values in order. */
  levels: readonly number[];
  /** False while scores cannot change: keys then do nothing. */
  active: boolean;
  /** Whether N marks a criterion "cannot score" on this screen. */
  cannotScore: boolean;
  /** The current sample's choice for a criterion; undefined while not scored. */
  choiceOf: (criterion: C) => Choice | undefined;
  onChoose: (criterion: C, choice: Choice) => void;
}

export interface ScoringKeys {
  /** The index of the criterion the keys act on. */
  cursor: number;
  setCursor: (index: number) => void;
  registerRadio: RegisterRadio;
}

const radioId = (criterionId: string, choice: Choice) => `${criterionId}|${choice ?? 'cannot'}`;

export function useScoringKeys<C extends { id: string }>({
  criteria,
  levels,
  active,
  cannotScore,
  choiceOf,
  onChoose,
}: ScoringKeysOptions<C>): ScoringKeys {
  const radios = useRef(new Map<string, HTMLButtonElement>());
  const [cursor, setCursor] = useState(0);

  const registerRadio = useCallback<RegisterRadio>((criterionId, choice, element) => {
    const id = radioId(criterionId, choice);
    if (element) radios.current.set(id, element);
    else radios.current.delete(id);
  }, []);

  useEffect(() => {
    if (!active) return;
    const focus = (criterionId: string, choice: Choice) =>
      radios.current.get(radioId(criterionId, choice))?.focus();
    // A criterion's tab stop is its chosen radio, or its first level while nothing is chosen.
    const focusCriterion = (index: number) => {
      setCursor(index);
      const criterion = criteria[index];
      const first = levels[0];
      if (!criterion || first === undefined) return;
      const chosen = choiceOf(criterion);
      const target = radios.current.get(
        radioId(criterion.id, chosen === undefined ? first : chosen),
      );
      (target ?? radios.current.get(radioId(criterion.id, first)))?.focus();
    };
    const onKey = (event: KeyboardEvent) => {
      if (event.altKey || event.ctrlKey || event.metaKey || isTypingTarget(event.target)) return;
      const criterion = criteria[cursor];
      if (!criterion) return;
      const action = keyAction(event.key, {
        levels,
        criterionIndex: cursor,
        criteriaCount: criteria.length,
        current: choiceOf(criterion),
      });
      if (!action || (action.type === 'cannot' && !cannotScore)) return;
      event.preventDefault();
      if (action.type === 'criterion') {
        focusCriterion(action.index);
        return;
      }
      const choice = action.type === 'score' ? action.value : null;
      onChoose(criterion, choice);
      focus(criterion.id, choice);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [active, criteria, levels, cannotScore, cursor, choiceOf, onChoose]);

  return { cursor, setCursor, registerRadio };
}
