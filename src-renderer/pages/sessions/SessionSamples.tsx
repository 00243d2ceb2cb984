import { useQuery } from '../../api/use-query.js';
import { KIND_WORDS } from '../../lib/words.js';
import { Badge } from '../../ui/Badge.js';
import { QueryView } from '../../ui/QueryView.js';
import { Table } from '../../ui/Table.js';

export function SessionSamples({
  sampleIds,
  anchorWords = 'Anchor',
}: {
  sampleIds: string[];
  /** How an anchor is marked; a judgement session says that judges are not told. */
  anchorWords?: string;
}) {
  const samples = useQuery('samples.list', {});
  return (
    <section className="section" aria-labelledby="session-samples-title">
      <h2 id="session-samples-title">Samples</h2>
      <QueryView query={samples} what="samples">
        {(all) => {
          const byId = new Map(all.map((sample) => [sample.id, sample]));
          return (
            <Table
              caption="Samples in this session"
              captionHidden
              columns={['Code', 'Kind', 'Anchor']}
            >
              <tbody>
                {sampleIds.map((id) => {
                  const sample = byId.get(id);
                  return (
                    <tr key={id}>
                      <th scope="row" className="mono">
                        {sample?.code ?? id}
                      </th>
                      <td>{sample ? KIND_WORDS[sample.kind] : 'Unknown'}</td>
                      <td>
                        {sample?.isAnchor ? <Badge tone="accent">{anchorWords}</Badge> : null}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </Table>
          );
        }}
      </QueryView>
    </section>
  );
}
