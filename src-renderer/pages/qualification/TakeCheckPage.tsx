// Handing the device to a rater: they choose their own name, and the check opens on a screen of
// its own (no navigation), as in the one-device session flow.
import { Link, useNavigate, useParams } from 'react-router';
import { useApi } from '../../api/api-context.js';
import { useMutation } from '../../api/use-mutation.js';
import { useQuery } from '../../api/use-query.js';
import { ruleWords } from '../../qualification/words.js';
import { Button } from '../../ui/Button.js';
import { PageHeader } from '../../ui/PageHeader.js';
import { QueryView } from '../../ui/QueryView.js';

export function TakeCheckPage() {
  const { setId = '' } = useParams();
  const navigate = useNavigate();
  const { queries } = useApi();
  const set = useQuery('qualification.set', { setId });
  const people = useQuery('people.list', {});
  const start = useMutation('qualification.startAttempt');

  const begin = async (personId: string) => {
    const attempt = await start.run({ setId, personId });
    if (!attempt) return;
    queries.applyChange({ topic: 'scores' });
    void navigate(`/qualify/${encodeURIComponent(attempt.id)}`);
  };

  return (
    <>
      <PageHeader
        title="Who is taking the check?"
        before={<Link to="/qualification">← Qualification checks</Link>}
        description="Hand the device to the rater. They choose their own name, score the anchors alone, and see their feedback as soon as they submit."
      />
      <QueryView query={set} what="the qualification set">
        {(loaded) => (
          <p>
            <strong>{loaded.title}</strong>: {loaded.sampleIds.length} anchor
            {loaded.sampleIds.length === 1 ? '' : 's'}. To pass: {ruleWords(loaded.rule).join('; ')}
            .
          </p>
        )}
      </QueryView>
      {start.error && (
        <p className="notice notice--error" role="alert">
          {start.error.message}
        </p>
      )}
      <QueryView query={people} what="people">
        {(list) => {
          const raters = list.filter((p) => !p.archived && p.roles.includes('rater'));
          if (raters.length === 0) {
            return (
              <p className="muted">
                There are no raters yet. Add people on the <Link to="/raters">Raters</Link> page.
              </p>
            );
          }
          return (
            <ul className="join__names" aria-label="Raters">
              {raters.map((p) => (
                <li key={p.id}>
                  <Button
                    variant="secondary"
                    className="join__pick"
                    disabled={start.pending}
                    onClick={() => void begin(p.id)}
                  >
                    {p.name}
                  </Button>
                </li>
              ))}
            </ul>
          );
        }}
      </QueryView>
    </>
  );
}
