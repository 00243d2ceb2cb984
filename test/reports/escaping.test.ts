// Every text value of a report is escaped: names, rationales and clarifications typed by people
// cannot add markup to the document (checked on a report built from hostile values).
import { describe, expect, it } from 'vitest';
import type { SessionReportData } from '../../src-main/reports/session-data.js';
import { renderSessionReport } from '../../src-main/reports/session-report.js';
import { computeAgreementReport } from '../../src-main/stats/index.js';
import type { Rating } from '../../src-main/stats/index.js';

const HOSTILE = '<img src=x onerror=alert(1)>';
const CRITERION = '<script>alert("c")</script>';

function data(copy: 'owner' | 'team'): SessionReportData {
  const ratings: Rating[] = [];
  const samples = ['S-AAAA', 'S-BBBB', 'S-CCCC'];
  samples.forEach((sample, i) => {
    for (const rater of ['R1', 'R2', 'R3']) {
      ratings.push({ sample, rater, criterion: CRITERION, score: 1 + ((i + rater.length) % 3) });
    }
  });
  const levels = [
    { value: 1, label: 'Not yet' },
    { value: 2, label: `Emerging ${HOSTILE}` },
    { value: 3, label: 'Proficient' },
  ];
  return {
    copy,
    title: `Title ${HOSTILE}`,
    heldOn: '2026-10-14',
    phase: 'closed',
    generatedAt: '2026-11-01T00:00:00.000Z',
    rubric: { title: `Rubric ${HOSTILE}`, version: 2 },
    levels,
    participants: ['R1', 'R2', 'R3'].map((label) => ({ label, name: `${label} ${HOSTILE}` })),
    facilitator: `Facilitator ${HOSTILE}`,
    criteria: [CRITERION],
    rounds: [{ round: 1, report: computeAgreementReport(ratings, { levels: [1, 2, 3] }) }],
    samples: samples.map((code) => ({
      code,
      criteria: [
        {
          criterion: CRITERION,
          rounds: [{ round: 1, counts: [1, 1, 1], cannotScore: 0 }],
          consensus: 2,
          rationale: `Because ${HOSTILE} & "quotes"`,
        },
      ],
    })),
    clarifications: [{ criterion: null, text: `Read it as ${HOSTILE}` }],
    flagged: copy === 'owner' ? [{ label: 'R2', name: HOSTILE, reasons: [HOSTILE] }] : null,
  };
}

describe('escaping', () => {
  it('no value typed by a person becomes markup, in the text or in the charts', () => {
    for (const copy of ['owner', 'team'] as const) {
      const doc = renderSessionReport(data(copy));
      expect(doc).not.toContain('<img');
      expect(doc).not.toContain('<script');
      expect(doc).toContain('&lt;img src=x onerror=alert(1)&gt;');
      expect(doc).toContain('&lt;script&gt;alert(&quot;c&quot;)&lt;/script&gt;');
      expect(doc).toContain('Because &lt;img src=x onerror=alert(1)&gt; &amp; &quot;quotes&quot;');
    }
  });

  it('the flagged section is in the owner’s copy only', () => {
    expect(renderSessionReport(data('owner'))).toContain('Raters flagged for follow-up');
    expect(renderSessionReport(data('team'))).not.toContain('flagged for follow-up');
  });
});
