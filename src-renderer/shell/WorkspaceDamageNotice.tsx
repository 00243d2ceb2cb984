import { useQuery } from '../api/use-query.js';
import { ErrorNotice } from '../ui/ErrorNotice.js';

/**
 * The workspace opens after a quick check and gets its full one a moment later; if that finds
 * damage, it is said on every page until the workspace is restored.
 */
export function WorkspaceDamageNotice() {
  const info = useQuery('workspace.info', {});
  const damage = info.data?.damage;
  if (!damage) return null;
  return <ErrorNotice title="This workspace is damaged" message={damage} />;
}
