// One backup, opened read-only: what it holds, and restoring it after an explicit confirmation.
import { useId, useState } from 'react';
import type { MethodOutput } from '../../../src-main/api/contract.js';
import type { SessionPhase } from '../../../src-main/domain/session.js';
import { useMutation } from '../../api/use-mutation.js';
import { useQuery } from '../../api/use-query.js';
import { formatDate, PHASE_WORDS, plural } from '../../lib/words.js';
import { Button } from '../../ui/Button.js';
import { ErrorNotice } from '../../ui/ErrorNotice.js';
import { QueryView } from '../../ui/QueryView.js';
import { Table } from '../../ui/Table.js';
import { TermList } from '../../ui/TermList.js';
import { formatDateTime } from './backup-words.js';
import type { BackupInfo } from './backup-words.js';

export type RestoreResult = MethodOutput<'backups.restore'>;

function phaseWords(phase: string): string {
  return Object.hasOwn(PHASE_WORDS, phase) ? PHASE_WORDS[phase as SessionPhase] : phase;
}

export function BackupPreview({
  backup,
  onClose,
  onRestored,
}: {
  backup: BackupInfo;
  onClose: () => void;
  onRestored: (result: RestoreResult) => void;
}) {
  const preview = useQuery('backups.preview', { name: backup.name });
  // Every screen reads the restored workspace from then on: the write path refreshes them all.
  const restore = useMutation('backups.restore', { onSuccess: onRestored });
  const [confirming, setConfirming] = useState(false);
  const titleId = useId();
  const warningId = useId();
  const when = formatDateTime(backup.takenAt);

  return (
    <div className="backup-preview" role="region" aria-labelledby={titleId}>
      <div className="data-heading">
        <h3 id={titleId}>Backup of {when}</h3>
        <Button variant="quiet" onClick={onClose}>
          Close preview
        </Button>
      </div>
      <QueryView query={preview} what="what the backup holds">
        {(held) => (
          <>
            <TermList
              className="facts"
              label="What this backup holds"
              terms={[
                { term: 'Rubrics', value: held.counts.rubrics },
                { term: 'Samples', value: held.counts.samples },
                { term: 'People', value: held.counts.people },
                { term: 'Sessions', value: held.counts.sessions },
                { term: 'Scores', value: held.counts.scores },
                {
                  term: 'Last change in it',
                  value: held.lastActivity ? formatDateTime(held.lastActivity) : 'empty workspace',
                },
              ]}
            />
            {held.sessions.length > 0 && (
              <Table caption="Sessions in this backup" columns={['Session', 'Held on', 'Stage']}>
                <tbody>
                  {held.sessions.map((s) => (
                    <tr key={s.id}>
                      <th scope="row">{s.title}</th>
                      <td>{formatDate(s.heldOn)}</td>
                      <td>{phaseWords(s.phase)}</td>
                    </tr>
                  ))}
                </tbody>
              </Table>
            )}
            {!confirming ? (
              <Button variant="danger" onClick={() => setConfirming(true)}>
                Restore this backup…
              </Button>
            ) : (
              <div className="notice restore-confirm" role="group" aria-describedby={warningId}>
                <p className="notice__title">Replace this workspace with the backup of {when}?</p>
                <div id={warningId}>
                  <p>
                    Everything in this workspace becomes what the backup holds:{' '}
                    {plural(held.counts.sessions, 'session')},{' '}
                    {plural(held.counts.samples, 'sample')} and{' '}
                    {plural(held.counts.scores, 'score')}. Work done since then is taken away.
                  </p>
                  <p>
                    First, the workspace as it is now is kept as a backup (“Taken before a
                    restore”), so you can go back to it. A live room closes, and raters join again
                    with a new code.
                  </p>
                </div>
                <div className="form__actions">
                  <Button
                    variant="danger"
                    busy={restore.pending}
                    onClick={() => void restore.run({ name: backup.name })}
                  >
                    Yes, restore this backup
                  </Button>
                  <Button disabled={restore.pending} onClick={() => setConfirming(false)}>
                    Cancel
                  </Button>
                </div>
              </div>
            )}
            {restore.error && (
              <ErrorNotice title="The backup was not restored" message={restore.error.message}>
                <p>This workspace was not changed.</p>
              </ErrorNotice>
            )}
          </>
        )}
      </QueryView>
    </div>
  );
}
