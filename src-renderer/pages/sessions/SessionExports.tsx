// Files out of one session: ratings for analysis (long, wide, FACETS), the session as JSON, and a
// session package for another school's Concord. Every file carries sample codes, never names of
// students.
import { useId, useState } from 'react';
import type { SessionDetail } from '../../../src-main/domain/session.js';
import type { ApiError } from '../../api/errors.js';
import { useMutation } from '../../api/use-mutation.js';
import { ratingsFileName } from '../../lib/download.js';
import { useStatus } from '../../state/status-store.js';
import { Button } from '../../ui/Button.js';
import { useSaveFiles } from '../../ui/use-save-files.js';

type RatingsFormat = 'long' | 'wide' | 'facets' | 'json';
type PackageKind = 'session' | 'scores';

/** One file the page offers: what its button says, and what the file is for. */
interface Choice<K extends string> {
  id: K;
  label: string;
  hint: string;
}

const RATINGS: readonly Choice<RatingsFormat>[] = [
  {
    id: 'long',
    label: 'Download long CSV',
    hint: 'One row per score: which rater gave which sample what score on which criterion, in which round. For working out agreement in a statistics program (R, SPSS, jamovi) or a spreadsheet (Excel, LibreOffice, Google Sheets).',
  },
  {
    id: 'wide',
    label: 'Download wide CSV',
    hint: 'One row per sample and criterion, one column per rater: the layout spreadsheets and agreement tools such as R’s irr package expect.',
  },
  {
    id: 'facets',
    label: 'Download FACETS files',
    hint: 'A specification and a data file for FACETS (many-facet Rasch analysis of rater severity).',
  },
  {
    id: 'json',
    label: 'Download session JSON',
    hint: 'The whole session (rubric, samples, scores, consensus, clarifications) for other tools.',
  },
];

const PACKAGES: readonly Choice<PackageKind>[] = [
  {
    id: 'session',
    label: 'Export session package',
    hint: 'A .concord file another school opens in its own Concord to score the same samples.',
  },
  {
    id: 'scores',
    label: 'Export scores package',
    hint: 'A .concord file with this session’s scores, to send back to the school that shared it.',
  },
];

export function SessionExports({ session }: { session: SessionDetail }) {
  const announce = useStatus((state) => state.announce);
  const saveFiles = useSaveFiles();
  const [names, setNames] = useState(false);
  const namesHint = useId();
  const failed = (error: ApiError) =>
    announce(`The export did not work: ${error.message}`, 'error');

  const ratings = useMutation('exports.ratings', {
    onSuccess: ({ files }, { format }) => {
      // CSV layouts get the session, its rounds and the layout in their name; FACETS keeps the
      // server's names, as its specification file names its data file.
      const named = files.map((file) =>
        format === 'long' || format === 'wide'
          ? { ...file, fileName: ratingsFileName(session, format) }
          : file,
      );
      saveFiles(named);
    },
    onError: failed,
  });
  const packages = useMutation('packages.exportSession', {
    onSuccess: (pkg) => saveFiles([{ ...pkg, mediaType: 'application/zip' }]),
    onError: failed,
  });
  const busy = ratings.pending
    ? ratings.input?.format
    : packages.pending
      ? packages.input?.kind
      : undefined;

  const downloadRatings = (format: RatingsFormat) =>
    ratings.run({ sessionId: session.id, format, names });
  const exportPackage = (kind: PackageKind) => packages.run({ sessionId: session.id, kind, names });

  return (
    <section className="section card session-exports" aria-labelledby="session-exports-title">
      <h2 id="session-exports-title">Export</h2>
      <p className="muted">
        Files for analysis and for other schools. They name samples by their codes only, never by
        student.
      </p>
      <label className="check">
        <input
          type="checkbox"
          checked={names}
          aria-describedby={namesHint}
          onChange={(event) => setNames(event.target.checked)}
        />
        <span>
          Use rater names
          <span id={namesHint} className="check__hint">
            {' '}
            (otherwise raters appear as R1, R2, … as in the session)
          </span>
        </span>
      </label>
      <ExportList
        label="Ratings exports"
        items={RATINGS}
        busy={busy}
        onRun={(format) => void downloadRatings(format)}
      />
      <ExportList
        label="Session packages"
        items={PACKAGES}
        busy={busy}
        onRun={(kind) => void exportPackage(kind)}
      />
    </section>
  );
}

/** A list of export buttons, each with what its file is for; one export at a time. */
function ExportList<K extends string>({
  label,
  items,
  busy,
  onRun,
}: {
  label: string;
  items: readonly Choice<K>[];
  /** The export under way, if any: its button shows progress and every button waits. */
  busy: string | undefined;
  onRun: (id: K) => void;
}) {
  return (
    <ul className="session-exports__list" aria-label={label}>
      {items.map((item) => (
        <li key={item.id}>
          <Button
            variant="secondary"
            busy={busy === item.id}
            disabled={busy !== undefined}
            onClick={() => onRun(item.id)}
          >
            {item.label}
          </Button>
          <span className="muted">{item.hint}</span>
        </li>
      ))}
    </ul>
  );
}
