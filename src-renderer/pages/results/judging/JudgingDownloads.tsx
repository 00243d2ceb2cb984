// The two files of a judgement session: every judgement made, and the scale (each sample's
// ability with its interval). Both name samples by code and judges by alias only.
import type { ApiError } from '../../../api/errors.js';
import { useMutation } from '../../../api/use-mutation.js';
import { useStatus } from '../../../state/status-store.js';
import { Button } from '../../../ui/Button.js';
import { useSaveFiles } from '../../../ui/use-save-files.js';

type What = 'judgements' | 'estimates';

const FILES: readonly { what: What; label: string; hint: string }[] = [
  {
    what: 'judgements',
    label: 'Judgements (CSV)',
    hint: 'One row per choice: which judge saw which two samples and chose which',
  },
  {
    what: 'estimates',
    label: 'Scale (CSV)',
    hint: 'One row per sample: its ability, standard error, wins and comparisons',
  },
];

export function JudgingDownloads({ sessionId }: { sessionId: string }) {
  const announce = useStatus((state) => state.announce);
  const saveFiles = useSaveFiles();
  const exported = useMutation('judging.export', {
    onSuccess: (file) => saveFiles([file]),
    onError: (error: ApiError) => announce(`The download did not work: ${error.message}`, 'error'),
  });
  const busy = exported.pending ? exported.input?.what : undefined;
  return (
    <div className="badges" role="group" aria-label="Downloads">
      {FILES.map((file) => (
        <Button
          key={file.what}
          variant="secondary"
          title={file.hint}
          busy={busy === file.what}
          disabled={busy !== undefined}
          onClick={() => void exported.run({ sessionId, what: file.what })}
        >
          <span className="visually-hidden">Download </span>
          {file.label}
        </Button>
      ))}
    </div>
  );
}
