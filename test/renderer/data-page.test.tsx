// @vitest-environment happy-dom
// The Data page's pieces against a scripted api: the import report in words (conflicts listed,
// yours kept), and restoring a backup only after the preview and an explicit confirmation.
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { createMemoryRouter, RouterProvider } from 'react-router';
import type { MethodOutput } from '../../src-main/api/contract.js';
import { ApiProvider } from '../../src-renderer/api/ApiProvider.js';
import { BackupsPanel } from '../../src-renderer/pages/data/BackupsPanel.js';
import { ImportReportView } from '../../src-renderer/pages/data/ImportReportView.js';
import { ScriptedClient } from './fakes.js';

afterEach(cleanup);

function renderWith(client: ScriptedClient, element: React.ReactElement) {
  const router = createMemoryRouter([{ path: '/', element }], { initialEntries: ['/'] });
  return render(
    <ApiProvider client={client}>
      <RouterProvider router={router} />
    </ApiProvider>,
  );
}

const none = { rubricVersions: 0, samples: 0, people: 0, sessions: 0 };
const report = (
  over: Partial<MethodOutput<'packages.import'>>,
): MethodOutput<'packages.import'> => ({
  kind: 'scores',
  sessionId: 'ses_1',
  title: 'October moderation',
  created: none,
  matched: { rubricVersions: 1, samples: 2, people: 3, sessions: 1 },
  addedToSession: { raters: 0, samples: 0 },
  scoresAdded: 0,
  scoresUnchanged: 4,
  conflicts: [],
  recoded: [],
  ...over,
});

describe('ImportReportView', () => {
  it('says when a package brought nothing new', () => {
    renderWith(
      new ScriptedClient({}),
      <ImportReportView fileName="a.concord" report={report({})} />,
    );
    const region = screen.getByRole('region', { name: 'Import report' });
    expect(region.textContent).toContain('Nothing new in a.concord');
    expect(region.textContent).toContain(
      'Already here (skipped)1 session, 1 rubric version, 2 samples, 3 people, 4 scores',
    );
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('lists a conflicting judgement with the sample each side chose', () => {
    const conflicts = [
      {
        what: 'judgement' as const,
        round: 1,
        sample: 'S-7F3K vs S-2Q9M',
        rater: 'R2',
        criterion: 'judgement',
        existing: null,
        incoming: null,
        chosenHere: 'S-7F3K',
        chosenInPackage: 'S-2Q9M',
        reason: 'this judgement chose S-7F3K here',
      },
    ];
    renderWith(
      new ScriptedClient({}),
      <ImportReportView
        fileName="b.concord"
        report={report({ judgements: { added: 4, unchanged: 2 }, conflicts })}
      />,
    );
    const region = screen.getByRole('region', { name: 'Import report' });
    expect(region.textContent).toContain('1 judgement differs from yours; yours was kept');
    expect(region.textContent).toContain('2 judgements');
    const table = screen.getByRole('table', { name: /Judgements not applied/ });
    expect(table.textContent).toContain('chose S-7F3K');
    expect(table.textContent).toContain('chose S-2Q9M');
  });

  it('lists each conflicting score with the one kept', () => {
    const conflicts = [
      {
        what: 'score' as const,
        round: 1,
        sample: 'S-7F3K',
        rater: 'R2',
        criterion: 'Claim',
        existing: 3,
        incoming: 2,
        reason: 'a different score is already recorded here',
      },
    ];
    renderWith(
      new ScriptedClient({}),
      <ImportReportView fileName="b.concord" report={report({ scoresAdded: 5, conflicts })} />,
    );
    const region = screen.getByRole('region', { name: 'Import report' });
    expect(region.textContent).toContain('Imported b.concord into “October moderation”.');
    expect(region.textContent).toContain('Scores added5');
    expect(region.textContent).toContain('1 score differs from yours; yours was kept');
    const row = within(screen.getByRole('table')).getByRole('row', { name: /S-7F3K/ });
    expect(
      within(row)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    ).toEqual(['1', 'R2', 'Claim', '3', '2', 'a different score is already recorded here']);
  });
});

describe('BackupsPanel', () => {
  const backup = {
    name: 'ws-2026-11-20-100000-manual.sqlite',
    kind: 'manual' as const,
    takenAt: '2026-11-20T10:00:00Z',
    size: 2048,
  };
  const preview = {
    name: backup.name,
    schemaVersion: 9,
    counts: { rubrics: 1, samples: 10, people: 7, sessions: 2, scores: 120 },
    sessions: [{ id: 'ses_1', title: 'October moderation', heldOn: '2026-10-14', phase: 'closed' }],
    lastActivity: '2026-11-20T09:59:00Z',
  };

  it('restores only after the preview and a confirmation, then says what it did', async () => {
    const client = new ScriptedClient({})
      .on('backups.list', () => [backup])
      .on('backups.preview', () => preview)
      .on('backups.restore', () => ({
        restored: preview,
        safetyCopy: { ...backup, name: 'x-before-restore', kind: 'before-restore' },
        roomClosed: true,
      }));
    renderWith(client, <BackupsPanel />);
    fireEvent.click(await screen.findByRole('button', { name: /^Preview the backup of / }));
    const region = await screen.findByRole('region', { name: /^Backup of / });
    await within(region).findByText('October moderation');
    expect(within(region).getByText('120')).toBeTruthy();

    fireEvent.click(within(region).getByRole('button', { name: 'Restore this backup…' }));
    expect(client.count('backups.restore')).toBe(0);
    const confirm = within(region).getByRole('group');
    expect(confirm.textContent).toContain('2 sessions, 10 samples and 120 scores');
    fireEvent.click(within(confirm).getByRole('button', { name: 'Cancel' }));
    expect(within(region).queryByRole('group')).toBeNull();

    fireEvent.click(within(region).getByRole('button', { name: 'Restore this backup…' }));
    fireEvent.click(within(region).getByRole('button', { name: 'Yes, restore this backup' }));
    const notice = await screen.findByText(/^Restored the backup of /);
    expect(client.calls.filter((c) => c.method === 'backups.restore')).toEqual([
      { method: 'backups.restore', input: { name: backup.name } },
    ]);
    expect(notice.parentElement?.textContent).toContain('The live room was closed');
    expect(screen.queryByRole('region', { name: /^Backup of / })).toBeNull();
  });
});
