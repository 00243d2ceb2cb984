// Which rubric version the coach is looking at. Figures never mix versions, so the choice is in
// the address (?version=…) and every drift page follows it; without one, the server picks the
// version with the most revealed sessions.
import { useId } from 'react';
import { useSearchParams } from 'react-router';
import type { MethodOutput } from '../../../src-main/api/contract.js';
import { plural } from '../../lib/words.js';

export type VersionChoice = MethodOutput<'drift.versions'>[number];

export function useChosenVersion(): [string | undefined, (id: string) => void] {
  const [params, setParams] = useSearchParams();
  const chosen = params.get('version') ?? undefined;
  const choose = (id: string) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        next.set('version', id);
        return next;
      },
      { replace: true },
    );
  return [chosen, choose];
}

/** "?version=…" to keep the choice on a link to another drift page. */
export function versionQuery(id: string | undefined): string {
  return id === undefined ? '' : `?version=${encodeURIComponent(id)}`;
}

export function VersionPicker({
  versions,
  value,
  onChange,
}: {
  versions: VersionChoice[];
  value: string;
  onChange: (id: string) => void;
}) {
  const id = useId();
  return (
    <div className="field version-picker">
      <label htmlFor={id} className="field__label">
        Rubric version
      </label>
      <p id={`${id}-hint`} className="field__hint">
        Figures come from the revealed sessions of one rubric version; versions are never mixed.
      </p>
      <select
        id={id}
        className="field__input"
        aria-describedby={`${id}-hint`}
        value={value}
        onChange={(event) => onChange(event.target.value)}
      >
        {versions.map((v) => (
          <option key={v.rubricVersionId} value={v.rubricVersionId}>
            {`${v.title}, version ${v.version} (${plural(v.sessions, 'session')})`}
          </option>
        ))}
      </select>
    </div>
  );
}
