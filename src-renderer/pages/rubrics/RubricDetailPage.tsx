import { Link, useParams } from 'react-router';
import { useQuery } from '../../api/use-query.js';
import { formatDate, FROZEN_EXPLANATION, plural } from '../../lib/words.js';
import { Badge } from '../../ui/Badge.js';
import { PageHeader } from '../../ui/PageHeader.js';
import { QueryView } from '../../ui/QueryView.js';
import { RubricGrid } from './RubricGrid.js';

export function RubricDetailPage() {
  const { versionId = '' } = useParams();
  const rubric = useQuery('rubrics.get', { versionId });
  return (
    <>
      <PageHeader
        title={rubric.data?.title ?? 'Rubric'}
        before={<Link to="/rubrics">← All rubrics</Link>}
        description={rubric.data?.description || undefined}
      />
      <QueryView query={rubric} what="the rubric">
        {(version) => (
          <>
            <p className="rubric-meta">
              <span>Version {version.version}</span>
              <span>
                {plural(version.criteria.length, 'criterion', 'criteria')} ×{' '}
                {plural(version.levels.length, 'level')}
              </span>
              <span>Created {formatDate(version.createdAt)}</span>
              {version.frozenAt && <Badge tone="info">Frozen</Badge>}
            </p>
            {version.frozenAt && <p className="muted">{FROZEN_EXPLANATION}.</p>}
            <RubricGrid rubric={version} />
          </>
        )}
      </QueryView>
    </>
  );
}
