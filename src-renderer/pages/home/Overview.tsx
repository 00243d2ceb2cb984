import type { z } from 'zod';
import type { WorkspaceInfoSchema } from '../../../src-main/api/contract.js';
import { ButtonLink } from '../../ui/ButtonLink.js';
import { PageHeader } from '../../ui/PageHeader.js';
import { CountCards } from './CountCards.js';
import { GettingStarted } from './GettingStarted.js';
import { RecentSessions } from './RecentSessions.js';

type WorkspaceInfo = z.infer<typeof WorkspaceInfoSchema>;

/** Where to start: what the workspace holds, the sessions, and the usual next steps. */
export function Overview({ workspace }: { workspace: WorkspaceInfo }) {
  return (
    <>
      <PageHeader
        title="Home"
        description="Your rubrics, student work, people and calibration sessions at a glance."
        actions={
          <>
            <ButtonLink to="/rubrics/new" variant="primary">
              New rubric
            </ButtonLink>
            <ButtonLink to="/raters">Add a person</ButtonLink>
          </>
        }
      />
      {workspace.isEmpty && <GettingStarted />}
      <CountCards counts={workspace.counts} />
      <RecentSessions />
      <p className="workspace-path muted">
        Workspace file: <span className="mono">{workspace.path}</span>
      </p>
    </>
  );
}
