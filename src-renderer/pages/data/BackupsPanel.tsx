// Backups of this workspace: the list (daily automatic ones, kept 7 days + 4 weeks; manual ones,
// kept until deleted), "Back up now", and a preview of one backup from which it can be restored.
import { useState } from 'react';
import { Link } from 'react-router';
import { useMutation } from '../../api/use-mutation.js';
import { useQuery } from '../../api/use-query.js';
import { formatBytes, plural } from '../../lib/words.js';
import { useStatus } from '../../state/status-store.js';
import { Button } from '../../ui/Button.js';
import { QueryOrEmpty } from '../../ui/QueryOrEmpty.js';
import { Table } from '../../ui/Table.js';
import { numeric } from '../../ui/TableHead.js';
import { BackupPreview } from './BackupPreview.js';
import type { RestoreResult } from './BackupPreview.js';
import { BACKUP_KIND_WORDS, formatDateTime } from './backup-words.js';
import type { BackupInfo } from './backup-words.js';

export function BackupsPanel() {
  const announce = useStatus((state) => state.announce);
  const backups = useQuery('backups.list', {});
  // A backup announces no change to other screens: the list is this one's to refresh.
  const backUp = useMutation('backups.now', {
    onSuccess: (made) => {
      backups.refetch();
      announce(`Backed up: ${formatDateTime(made.takenAt)}, ${formatBytes(made.size)}.`, 'success');
    },
    onError: (error) => announce(`The workspace was not backed up: ${error.message}`, 'error'),
  });
  const [chosen, setChosen] = useState<BackupInfo | null>(null);
  const [restored, setRestored] = useState<{ result: RestoreResult; from: BackupInfo } | null>(
    null,
  );

  return (
    <section className="card section" aria-labelledby="backups-title">
      <div className="data-heading">
        <h2 id="backups-title">Backups</h2>
        <Button variant="primary" busy={backUp.pending} onClick={() => void backUp.run({})}>
          Back up now
        </Button>
      </div>
      <p className="muted">
        Concord copies this workspace once a day while it is open, and keeps the last 7 days and one
        copy a week for 4 weeks. Copies you make with “Back up now” are kept until you delete them
        from the backups folder.
      </p>
      {restored && <RestoredNotice {...restored} />}
      <QueryOrEmpty query={backups} what="the backups" empty={<p>No backups yet.</p>}>
        {(list) => (
          <Table
            caption="Backups of this workspace, newest first"
            captionHidden
            columns={['Taken', 'Kind', numeric('Size'), { label: 'Actions', hidden: true }]}
          >
            <tbody>
              {list.map((backup) => (
                <tr key={backup.name} aria-current={chosen?.name === backup.name || undefined}>
                  <th scope="row">{formatDateTime(backup.takenAt)}</th>
                  <td>{BACKUP_KIND_WORDS[backup.kind]}</td>
                  <td className="numeric">{formatBytes(backup.size)}</td>
                  <td>
                    <Button
                      variant="quiet"
                      aria-label={`Preview the backup of ${formatDateTime(backup.takenAt)}`}
                      onClick={() => setChosen(backup)}
                    >
                      Preview…
                    </Button>
                  </td>
                </tr>
              ))}
            </tbody>
          </Table>
        )}
      </QueryOrEmpty>
      {chosen && (
        <BackupPreview
          key={chosen.name}
          backup={chosen}
          onClose={() => setChosen(null)}
          onRestored={(result) => {
            setChosen(null);
            setRestored({ result, from: chosen });
            backups.refetch();
            announce('The backup was restored.', 'success');
          }}
        />
      )}
    </section>
  );
}

function RestoredNotice({ result, from }: { result: RestoreResult; from: BackupInfo }) {
  const { counts } = result.restored;
  return (
    <div className="notice" role="status">
      <p className="notice__title">Restored the backup of {formatDateTime(from.takenAt)}</p>
      <p>
        This workspace now holds {plural(counts.sessions, 'session')},{' '}
        {plural(counts.samples, 'sample')}, {plural(counts.rubrics, 'rubric')} and{' '}
        {plural(counts.scores, 'score')}. The workspace as it was just before is kept as the backup
        of {formatDateTime(result.safetyCopy.takenAt)}.
        {result.roomClosed && ' The live room was closed: raters join again with a new code.'}
      </p>
      <p>
        <Link to="/sessions">See the sessions</Link>
      </p>
    </div>
  );
}
