import { describe, expect, it } from 'vitest';
import { demoContent } from '../../src-main/services/demo/content.js';
import type { DemoContent } from '../../src-main/services/demo/content.js';

const content: DemoContent = demoContent();
const { rubric, session } = content;
const criteria = rubric.criteria.map((c) => c.name);
const cell = (sample: string, criterion: string) => `${sample}|${criterion}`;

/** Round-1 scores grouped by sample x criterion, cannot-score entries left out. */
function scoresByItem(): Map<string, { rater: string; score: number }[]> {
  const items = new Map<string, { rater: string; score: number }[]>();
  for (const s of session.scores) {
    const key = cell(s.sample, s.criterion);
    const list = items.get(key) ?? [];
    if (s.score !== null) list.push({ rater: s.rater, score: s.score });
    items.set(key, list);
  }
  return items;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length / 2;
  return sorted.length % 2 === 1 ? sorted[Math.floor(mid)]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

describe('demo content: the rubric', () => {
  it('has four levels Not yet..Advanced valued 1..4 for the 6-8 band', () => {
    expect(rubric.levels).toEqual([
      { value: 1, label: 'Not yet' },
      { value: 2, label: 'Emerging' },
      { value: 3, label: 'Proficient' },
      { value: 4, label: 'Advanced' },
    ]);
    expect(rubric.gradeBand).toBe('6-8');
    expect(content.gradeBands).toContain(rubric.gradeBand);
  });

  it('has four criteria, each tied to a listed competency with a full descriptor per level', () => {
    expect(criteria).toHaveLength(4);
    expect(new Set(criteria).size).toBe(4);
    const competencies = new Set(content.competencies.map((c) => c.name));
    expect(content.competencies.length).toBeGreaterThanOrEqual(5);
    for (const criterion of rubric.criteria) {
      expect(competencies.has(criterion.competency)).toBe(true);
      expect(Object.keys(criterion.descriptors).sort()).toEqual(['1', '2', '3', '4']);
      for (const text of Object.values(criterion.descriptors)) {
        expect(text.length).toBeGreaterThan(40);
        expect(text).toMatch(/[.!?)]$/);
      }
    }
  });
});

describe('demo content: people and samples', () => {
  it('has six raters, one of them the facilitator, and a coach who does not rate', () => {
    const raters = content.people.filter((p) => p.roles.includes('rater'));
    const facilitators = content.people.filter((p) => p.roles.includes('facilitator'));
    const coaches = content.people.filter((p) => p.roles.includes('coach'));
    expect(raters).toHaveLength(6);
    expect(facilitators).toHaveLength(1);
    expect(facilitators[0]!.roles).toContain('rater');
    expect(facilitators[0]!.name).toBe(session.facilitator);
    expect(coaches).toHaveLength(1);
    expect(coaches[0]!.roles).not.toContain('rater');
    expect(new Set(content.people.map((p) => p.name)).size).toBe(content.people.length);
  });

  it('has about ten samples of several kinds with matching media types', () => {
    const { samples } = content;
    expect(samples.length).toBeGreaterThanOrEqual(9);
    expect(samples.length).toBeLessThanOrEqual(12);
    expect(new Set(samples.map((s) => s.fileName)).size).toBe(samples.length);
    const count = (kind: string) => samples.filter((s) => s.kind === kind).length;
    expect(count('pdf')).toBe(2);
    expect(count('image')).toBe(2);
    expect(count('text') + count('markdown')).toBe(samples.length - 4);
    expect(count('markdown')).toBeGreaterThanOrEqual(1);
    const mediaTypes = {
      text: 'text/plain',
      markdown: 'text/markdown',
      pdf: 'application/pdf',
      image: 'image/png',
    };
    for (const s of samples) {
      expect(s.mediaType).toBe(mediaTypes[s.kind]);
      expect(s.bytes.length).toBeGreaterThan(200);
      expect(s.fileName.startsWith(s.studentName)).toBe(true);
    }
  });

  it('writes student pieces of a realistic length, some naming the student', () => {
    const decoder = new TextDecoder('utf-8', { fatal: true });
    const written = content.samples.filter((s) => s.kind === 'text' || s.kind === 'markdown');
    let named = 0;
    for (const s of written) {
      const text = decoder.decode(s.bytes);
      const words = text.split(/\s+/).filter((w) => /[A-Za-z0-9]/.test(w)).length;
      expect(words, s.fileName).toBeGreaterThanOrEqual(75);
      expect(words, s.fileName).toBeLessThanOrEqual(210);
      const [first, last] = s.studentName.split(' ');
      if (text.includes(s.studentName) || text.includes(`${first} ${last![0]}`)) named++;
    }
    expect(named).toBeGreaterThanOrEqual(3);
    expect(named).toBeLessThan(written.length);
  });

  it('has exactly two anchors with a reference score and rationale for every criterion', () => {
    const anchors = content.samples.filter((s) => s.anchor !== undefined);
    expect(anchors).toHaveLength(2);
    for (const a of anchors) {
      expect(Object.keys(a.anchor!).sort()).toEqual([...criteria].sort());
      for (const { score, rationale } of Object.values(a.anchor!)) {
        expect(rubric.levels.map((l) => l.value)).toContain(score);
        expect(rationale.length).toBeGreaterThan(30);
      }
      expect(session.samples).toContain(a.fileName);
    }
  });

  it('is the same, byte for byte, on every call, and calls do not share objects', () => {
    // Functions (a PDF's re-render) are compared by what they produce, not by identity.
    const comparable = (value: DemoContent) =>
      JSON.stringify(value, (_key, v: unknown) => (v instanceof Uint8Array ? Array.from(v) : v));
    const again = demoContent();
    expect(comparable(again)).toBe(comparable(content));
    const redact = (text: string) => text.toUpperCase();
    for (const [i, sample] of again.samples.entries()) {
      expect(sample.rerender?.(redact)).toEqual(content.samples[i]!.rerender?.(redact));
    }
    again.session.scores[0]!.score = 99;
    again.samples[0]!.anchor![criteria[0]!]!.score = 99;
    expect(comparable(demoContent())).toBe(comparable(content));
  });
});

describe('demo content: the finished session', () => {
  it('references only known raters, samples and criteria', () => {
    const raters = new Set(
      content.people.filter((p) => p.roles.includes('rater')).map((p) => p.name),
    );
    const files = new Set(content.samples.map((s) => s.fileName));
    expect(session.raters).toHaveLength(6);
    expect(session.raters.every((r) => raters.has(r))).toBe(true);
    expect(session.samples.length).toBeGreaterThanOrEqual(7);
    expect(session.samples.length).toBeLessThan(content.samples.length);
    expect(session.samples.every((s) => files.has(s))).toBe(true);
    expect(session.heldOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(Number.isNaN(Date.parse(session.heldOn))).toBe(false);
    for (const s of session.scores) {
      expect(session.samples).toContain(s.sample);
      expect(session.raters).toContain(s.rater);
      expect(criteria).toContain(s.criterion);
    }
    for (const c of session.consensus) {
      expect(session.samples).toContain(c.sample);
      expect(criteria).toContain(c.criterion);
    }
    for (const c of session.clarifications) {
      if (c.criterion !== null) expect(criteria).toContain(c.criterion);
      expect(c.text.length).toBeGreaterThan(40);
    }
    expect(session.clarifications.length).toBeGreaterThanOrEqual(2);
    expect(session.clarifications.length).toBeLessThanOrEqual(3);
  });

  it('has every rater score every sample x criterion exactly once, on the 1..4 scale', () => {
    const seen = new Map<string, number>();
    for (const s of session.scores) {
      const key = `${s.sample}|${s.rater}|${s.criterion}`;
      seen.set(key, (seen.get(key) ?? 0) + 1);
      if (s.score !== null) expect([1, 2, 3, 4]).toContain(s.score);
    }
    expect(session.scores).toHaveLength(session.samples.length * session.raters.length * 4);
    for (const sample of session.samples) {
      for (const rater of session.raters) {
        for (const criterion of criteria)
          expect(seen.get(`${sample}|${rater}|${criterion}`)).toBe(1);
      }
    }
  });

  it('uses "cannot score" once or twice, each time with a note saying why', () => {
    const cannot = session.scores.filter((s) => s.score === null);
    expect(cannot.length).toBeGreaterThanOrEqual(1);
    expect(cannot.length).toBeLessThanOrEqual(2);
    for (const s of cannot) expect(s.note).not.toBe('');
    const notes = session.scores.filter((s) => s.note !== '').length;
    expect(notes).toBeGreaterThan(20);
    expect(notes).toBeLessThan(session.scores.length / 2);
  });

  it('records a consensus with a rationale for every sample x criterion, near the median', () => {
    expect(session.consensus).toHaveLength(session.samples.length * 4);
    const items = scoresByItem();
    const keys = new Set<string>();
    for (const c of session.consensus) {
      keys.add(cell(c.sample, c.criterion));
      expect([1, 2, 3, 4]).toContain(c.score);
      expect(c.rationale.length).toBeGreaterThan(20);
      const scores = items.get(cell(c.sample, c.criterion))!.map((s) => s.score);
      expect(Math.abs(c.score - median(scores)), cell(c.sample, c.criterion)).toBeLessThanOrEqual(
        0.5,
      );
    }
    expect(keys.size).toBe(session.consensus.length);
  });

  it("settles the anchors' consensus at (or next to) their reference scores", () => {
    for (const sample of content.samples.filter((s) => s.anchor !== undefined)) {
      for (const [criterion, ref] of Object.entries(sample.anchor!)) {
        const c = session.consensus.find(
          (x) => x.sample === sample.fileName && x.criterion === criterion,
        );
        expect(Math.abs(c!.score - ref.score)).toBeLessThanOrEqual(1);
      }
    }
  });
});

describe('demo content: the agreement looks like a real team', () => {
  const items = scoresByItem();
  let pairs = 0;
  let exact = 0;
  let nonAdjacent = 0;
  const contested = new Set<string>();
  for (const [key, list] of items) {
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        pairs++;
        const gap = Math.abs(list[i]!.score - list[j]!.score);
        if (gap === 0) exact++;
        if (gap >= 2) {
          nonAdjacent++;
          contested.add(key.split('|')[0]!);
        }
      }
    }
  }
  const unanimous = [...items.values()].filter(
    (list) => list.length === 6 && list.every((s) => s.score === list[0]!.score),
  ).length;

  it('has exact agreement on 40-80% of rater pairs and mostly within one level', () => {
    expect(exact / pairs).toBeGreaterThanOrEqual(0.4);
    expect(exact / pairs).toBeLessThanOrEqual(0.8);
    expect(nonAdjacent / pairs).toBeLessThan(0.05);
  });

  it('has a few unanimous items and exactly one contested sample with a two-level split', () => {
    expect(unanimous).toBeGreaterThanOrEqual(3);
    expect(nonAdjacent).toBeGreaterThan(0);
    expect(contested.size).toBe(1);
  });

  it('has one rater about half a level harsh and one about half a level lenient', () => {
    const consensus = new Map(session.consensus.map((c) => [cell(c.sample, c.criterion), c.score]));
    const severity = new Map<string, number>();
    for (const rater of session.raters) {
      const diffs = session.scores
        .filter((s) => s.rater === rater && s.score !== null)
        .map((s) => s.score! - consensus.get(cell(s.sample, s.criterion))!);
      severity.set(rater, diffs.reduce((a, b) => a + b, 0) / diffs.length);
    }
    const values = [...severity.values()].sort((a, b) => a - b);
    expect(values[0]).toBeLessThanOrEqual(-0.35);
    expect(values[0]).toBeGreaterThanOrEqual(-0.7);
    expect(values[5]).toBeGreaterThanOrEqual(0.35);
    expect(values[5]).toBeLessThanOrEqual(0.7);
    for (const v of values.slice(1, 5)) expect(Math.abs(v)).toBeLessThan(0.2);
  });
});
