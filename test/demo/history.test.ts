// The demo's earlier sessions: what the coach's drift view is built to show on first run.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { demoContent } from '../../src-main/services/demo/content.js';
import { demoHistory } from '../../src-main/services/demo/history.js';
import type { Change } from '../../src-main/services/events.js';
import type { TempApp } from '../helpers/workspace.js';
import { openTempApp } from '../helpers/workspace.js';

describe('demo history: content', () => {
  const content = demoContent();
  const history = demoHistory(content);
  const criteria = content.rubric.criteria.map((c) => c.name);
  const anchors = content.samples.filter((s) => s.anchor).map((s) => s.fileName);

  it('is three sessions before October, the same on every run', () => {
    expect(history).toHaveLength(3);
    const dates = history.map((s) => s.heldOn);
    expect([...dates].sort()).toEqual(dates);
    for (const date of dates) expect(date < content.session.heldOn).toBe(true);
    expect(JSON.stringify(demoHistory(demoContent()))).toBe(JSON.stringify(history));
  });

  it('has every rater score every sample and criterion once, anchors included', () => {
    for (const session of history) {
      expect(session.raters).toEqual(content.session.raters);
      for (const anchor of anchors) expect(session.samples).toContain(anchor);
      expect(session.consensus).toHaveLength(session.samples.length * criteria.length);
      const keys = new Set(session.scores.map((s) => `${s.sample}|${s.rater}|${s.criterion}`));
      expect(keys.size).toBe(session.samples.length * session.raters.length * criteria.length);
      expect(session.scores).toHaveLength(keys.size);
      for (const s of session.scores) expect([1, 2, 3, 4]).toContain(s.score);
    }
  });
});

describe('demo history: in the workspace', () => {
  let app: TempApp;
  let changes: Change[];
  beforeEach(() => {
    app = openTempApp();
    changes = [];
    app.services.bus.subscribe((change) => changes.push(change));
    app.services.demo.load();
  });
  afterEach(() => app.dispose());

  it('announces the load once, not once per score (open screens refetch once)', () => {
    expect(changes).toEqual([{ topic: 'workspace' }]);
  });

  it('keeps October the latest session, every session closed', () => {
    const sessions = app.services.sessions.list();
    expect(sessions).toHaveLength(4);
    expect(sessions[0]!.title).toBe(demoContent().session.title);
    expect(sessions.every((s) => s.phase === 'closed')).toBe(true);
  });

  it('gives the drift view trends and alerts: Marcus harsh, Hannah drifting lenient', () => {
    const { report } = app.services.drift.report();
    expect(report.sessions.map((s) => s.date)).toEqual([
      '2026-02-11',
      '2026-04-15',
      '2026-06-03',
      '2026-10-14',
    ]);
    const byName = new Map(report.raters.map((r) => [r.name, r]));
    const marcus = byName.get('Marcus Bell')!;
    expect(marcus.sessions).toHaveLength(4);
    for (const s of marcus.sessions) expect(s.consensus.severity!).toBeLessThan(-0.25);
    const hannah = byName.get('Hannah Kowalski')!;
    const leans = hannah.sessions.map((s) => s.consensus.severity!);
    expect(leans[3]!).toBeGreaterThan(leans[0]!);
    expect(hannah.trend.slope!).toBeLessThan(-0.05);
    expect(hannah.alerts.map((a) => a.kind)).toContain('decline');
    const current = report.raters.flatMap((r) => r.alerts);
    expect(current.length).toBeGreaterThanOrEqual(2);
    for (const alert of current) expect(alert.message).toMatch(/^\S.+\)$|%$/);
  });
});
