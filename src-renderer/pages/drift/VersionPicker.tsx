// Which rubric version the coach is looking at. Figures never mix versions, so the choice is in
// the address (?version=…) and every drift page follows it; without one, the server picks the
// version with the most revealed sessions.
import { useSearchParams } from 'react-router';
import type { MethodOutput } from '../../../src-main/api/contract.js';
import { plural } from '../../lib/words.js';
import { SelectField } from '../../ui/SelectField.js';

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
  return (
    <SelectField
      label="Rubric version"
      hint="Figures come from the revealed sessions of one rubric version; versions are never mixed."
      className="version-picker"
      value={value}
      onChange={(event) => onChange(event.target.value)}
      options={versions.map((v) => ({
        value: v.rubricVersionId,
        label: `${v.title}, version ${v.version} (${plural(v.sessions, 'session')})`,
      }))}
    />
  );
}
