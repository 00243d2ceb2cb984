import { Link, useParams } from 'react-router';
import type { RubricVersion } from '../../../src-main/domain/rubric.js';
import { useQuery } from '../../api/use-query.js';
import { formatDate, FROZEN_EXPLANATION, plural } from '../../lib/words.js';
import { Badge } from '../../ui/Badge.js';
import { PageHeader } from '../../ui/PageHeader.js';
import { QueryView } from '../../ui/QueryView.js';
import { RubricActions } from './RubricActions.js';
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
        {(version) => <RubricDetail version={version} />}
      </QueryView>
    </>
  );
}

function RubricDetail({ version }: { version: RubricVersion }) {
  const history = useQuery('rubrics.history', { rubricId: version.rubricId });
  const versions = history.data?.versions ?? [];
  const latest = versions[versions.length - 1];
  const archived = history.data?.archived ?? false;
  return (
    <>
      <p className="rubric-meta">
        <span>Version {version.version}</span>
        <span>
          {plural(version.criteria.length, 'criterion', 'criteria')} ×{' '}
          {plural(version.levels.length, 'level')}
        </span>
        <span>Created {formatDate(version.createdAt)}</span>
        {version.frozenAt && <Badge tone="info">Frozen</Badge>}
        {archived && <Badge>Archived</Badge>}
      </p>
      {version.frozenAt && <p className="muted">{FROZEN_EXPLANATION}.</p>}
      {latest && latest.id !== version.id && (
        <div className="notice notice--info" role="note">
          <p>
            This is version {version.version}. The latest is{' '}
            <Link to={`/rubrics/${encodeURIComponent(latest.id)}`}>version {latest.version}</Link>.
          </p>
        </div>
      )}
      <RubricActions version={version} archived={archived} />
      <RubricGrid rubric={version} />
    </>
  );
}
