// The owner's switch between names and R1..Rn on a screen the room may see (reveal board, live
// board, results). The choice itself is held per session in state/rater-aliases-store.ts.
export function RaterAliasesCheck({
  aliases,
  onChange,
  people,
  className,
}: {
  aliases: boolean;
  onChange: (aliases: boolean) => void;
  /** What the session calls them. */
  people: 'raters' | 'judges';
  /** Where the page places the switch. */
  className?: string;
}) {
  return (
    <label className={['check', className].filter(Boolean).join(' ')}>
      <input
        type="checkbox"
        checked={aliases}
        onChange={(event) => onChange(event.target.checked)}
      />{' '}
      {`Show ${people} as R1..Rn for the room`}
    </label>
  );
}
