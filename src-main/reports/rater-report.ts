// The rater report for the coach: one rater's history, accuracy, severity and trend.
import type { AccuracyFigures, DriftThresholds, RaterDrift } from '../stats/index.js';
import { raterTrendOption } from './charts.js';
import { DASH, longDate, percent, signed } from './format.js';
import type { Html } from './html.js';
import { html, reportDocument, trusted } from './html.js';
import type { RaterReportData } from './rater-data.js';
import { renderChartSvg } from './svg.js';
import { num, table } from './table.js';

export function renderRaterReport(data: RaterReportData): string {
  const body = html`
    <h1>${data.name}</h1>
    <p class="subtitle">Rater report for the coach · made ${longDate(data.generatedAt)}</p>
    <p class="note">
      Round 1 (blind) scores of every revealed session, compared with the consensus the team
      recorded, with anchor samples’ reference scores, and with colleagues. Severity is the mean of
      own level minus the reference level: below zero is harsher, above zero more lenient. Sessions
      on different rubric versions are reported apart.
    </p>
    ${data.parts.map(part)} ${thresholdNote(data.thresholds)}
  `;
  return reportDocument(`${data.name}: rater report`, body);
}

function trendWords(d: RaterDrift): string {
  const slope = d.trend.slope;
  if (slope === null) {
    return 'Not enough sessions with a consensus yet to show a trend (two are needed).';
  }
  const points = slope * 100;
  const direction = Math.abs(points) < 1 ? 'steady' : points > 0 ? 'improving' : 'declining';
  return `Exact agreement with consensus is ${direction}: ${signed(points, 1)} percentage points per session over ${d.trend.sessions} sessions.`;
}

function accuracyCells(a: AccuracyFigures): Html {
  return html`<td class="num">${a.n}</td>
    <td class="num">${percent(a.exact)}</td>
    <td class="num">${percent(a.withinOne)}</td>
    <td class="num">${signed(a.severity)}</td>`;
}

function part(p: RaterReportData['parts'][number]): Html {
  const d = p.drift;
  const o = d.overall;
  const rows = d.sessions.map(
    (s) =>
      html`<tr>
        <th scope="row">${s.label}</th>
        <td>${longDate(s.date)}</td>
        ${accuracyCells(s.consensus)}
        <td class="num">${percent(s.colleagues.exact)}</td>
        <td>${s.alerts.length === 0 ? 'none' : s.alerts.map((a) => a.message).join('; ')}</td>
      </tr>`,
  );
  const scaleUse = p.levels.map(
    (level, k) =>
      html`<tr>
        <th scope="row">${level}</th>
        <td class="num">${o.scaleUse.counts[k] ?? 0}</td>
        <td class="num">${percent(o.scaleUse.shares[k] ?? null)}</td>
      </tr>`,
  );
  const overall = [
    html`<tr>
      <th scope="row">Consensus</th>
      ${accuracyCells(o.consensus)}
    </tr>`,
    html`<tr>
      <th scope="row">Anchor reference scores</th>
      ${accuracyCells(o.anchors)}
    </tr>`,
    html`<tr>
      <th scope="row">Colleagues (pairs of scores)</th>
      <td class="num">${o.colleagues.pairs}</td>
      <td class="num">${percent(o.colleagues.exact)}</td>
      <td class="num">${percent(o.colleagues.withinOne)}</td>
      <td class="num">${DASH}</td>
    </tr>`,
  ];
  const middle = d.middleOnly.flag
    ? 'Never used the lowest or the highest level while colleagues did: check the ends of the scale.'
    : d.middleOnly.avoidsLowest
      ? 'Never used the lowest level while colleagues did.'
      : d.middleOnly.avoidsHighest
        ? 'Never used the highest level while colleagues did.'
        : 'Uses the whole scale as colleagues do.';
  const chart =
    d.sessions.length === 0
      ? ''
      : html`<div class="chart" role="img" aria-label="Agreement with consensus per session">
          ${trusted(
            renderChartSvg(
              raterTrendOption(
                d.sessions.map((s) => s.label),
                d.sessions.map((s) => s.consensus.exact),
                d.sessions.map((s) => s.consensus.withinOne),
              ),
              680,
              260,
            ),
          )}
        </div>`;
  return html` <h2>${p.rubricTitle}, version ${p.version}</h2>
    <p>
      ${d.sessions.length} of the team’s ${p.teamSessions} revealed
      session${p.teamSessions === 1 ? '' : 's'} on this rubric version, ${o.n} scores.
    </p>
    ${table(
      'Overall',
      [
        'Compared with',
        num('Scores'),
        num('Exact'),
        num('Within one level'),
        num('Severity (levels)'),
      ],
      overall,
    )}
    <h3>Trend</h3>
    <p>${trendWords(d)}</p>
    ${chart}
    ${table(
      'Session by session, against the consensus',
      [
        'Session',
        'Date',
        num('Scores'),
        num('Exact'),
        num('Within one'),
        num('Severity'),
        num('Exact with colleagues'),
        'Follow-up',
      ],
      rows,
    )}
    <h3>Use of the scale</h3>
    <p>${middle}</p>
    ${table('Scores per level, all sessions', ['Level', num('Scores'), num('Share')], scaleUse)}
    ${
      d.alerts.length > 0
        ? html`<h3>Follow-up from the latest session</h3>
            <ul>
              ${d.alerts.map((a) => html`<li>${a.message}</li>`)}
            </ul>`
        : ''
    }`;
}

function thresholdNote(th: DriftThresholds): Html {
  return html`<p class="note">
    Follow-up thresholds of the team: exact agreement with consensus below
    ${percent(th.exactWithConsensus)}, within one level below ${percent(th.withinOneWithConsensus)},
    mean severity beyond ${th.meanSeverity} levels either way, or a fall of ${th.declinePoints}
    points or more from the rater’s earlier average.
  </p>`;
}
