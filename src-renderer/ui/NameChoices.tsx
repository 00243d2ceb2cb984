// "Which one are you?": people as buttons, each teacher picking their own name, whether joining
// from their own device, taking a turn on a shared one, or starting a qualification check.
import type { ReactNode } from 'react';
import { Button } from './Button.js';

export interface NameChoice {
  key: string;
  name: string;
  busy?: boolean;
  disabled: boolean;
  /** A word after the name, e.g. whether this teacher has had a turn. */
  note?: ReactNode;
  onPick: () => void;
}

export function NameChoices({
  choices,
  label = 'Raters in this session',
}: {
  choices: readonly NameChoice[];
  /** The list's name for screen readers. */
  label?: string;
}) {
  return (
    <ul className="join__names" aria-label={label}>
      {choices.map((choice) => (
        <li key={choice.key}>
          <Button
            variant="secondary"
            className="join__pick"
            busy={choice.busy}
            disabled={choice.disabled}
            onClick={choice.onPick}
          >
            {choice.name}
          </Button>
          {choice.note && (
            <>
              {' '}
              <span className="muted">{choice.note}</span>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}
