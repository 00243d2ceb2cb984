import { useState } from 'react';
import { useQuery } from '../../api/use-query.js';
import { QueryView } from '../../ui/QueryView.js';
import { FirstRun } from './FirstRun.js';
import { Overview } from './Overview.js';
import { hasStartedEmpty, rememberStartedEmpty } from './started-empty.js';

export function HomePage() {
  const info = useQuery('workspace.info', {});
  const [startedEmpty, setStartedEmpty] = useState<string | null>(null);
  return (
    <QueryView query={info} what="the workspace">
      {(workspace) => {
        const welcome =
          workspace.isEmpty && startedEmpty !== workspace.path && !hasStartedEmpty(workspace.path);
        if (welcome) {
          return (
            <FirstRun
              onStartEmpty={() => {
                rememberStartedEmpty(workspace.path);
                setStartedEmpty(workspace.path);
              }}
            />
          );
        }
        return <Overview workspace={workspace} />;
      }}
    </QueryView>
  );
}
