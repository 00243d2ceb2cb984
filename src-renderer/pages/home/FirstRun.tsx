import { useMutation } from '../../api/use-mutation.js';
import { useStatus } from '../../state/status-store.js';
import { Button } from '../../ui/Button.js';
import { ErrorNotice } from '../../ui/ErrorNotice.js';
import { PageHeader } from '../../ui/PageHeader.js';

/** The welcome for an empty workspace: try Concord on demo data, or set up your own. */
export function FirstRun({ onStartEmpty }: { onStartEmpty: () => void }) {
  const loadDemo = useMutation('workspace.loadDemo');
  const announce = useStatus((state) => state.announce);

  const load = async () => {
    const result = await loadDemo.run({});
    if (!result) return;
    if (result.loaded) announce('The demo workspace is loaded. Have a look around.', 'success');
    else announce('This workspace already holds data, so the demo was not added to it.', 'info');
  };

  return (
    <section className="first-run" aria-labelledby="first-run-title">
      <PageHeader title="Welcome to Concord" />
      <div className="first-run__intro">
        <p>
          Concord helps a teacher team score the same student work against a shared rubric, each on
          their own first, and then compare and discuss the scores.
        </p>
        <p>
          It shows how closely the team agrees, and how each person’s scoring changes over time.
          Everything stays on this computer.
        </p>
      </div>
      <h2 id="first-run-title" className="first-run__question">
        How would you like to begin?
      </h2>
      <div className="first-run__choices">
        <div className="choice">
          <Button variant="primary" busy={loadDemo.pending} onClick={() => void load()}>
            {loadDemo.pending ? 'Loading the demo workspace…' : 'Load the demo workspace'}
          </Button>
          <p className="choice__hint">
            A sample rubric, ten pieces of student work, six raters and four finished sessions to
            explore.
          </p>
        </div>
        <div className="choice">
          <Button variant="secondary" onClick={onStartEmpty} disabled={loadDemo.pending}>
            Start empty
          </Button>
          <p className="choice__hint">Set up your own rubrics, samples and people.</p>
        </div>
      </div>
      {loadDemo.error && (
        <ErrorNotice title="The demo could not be loaded" message={loadDemo.error.message} />
      )}
    </section>
  );
}
