// The session report as one HTML document: what the meeting settled, with the agreement figures
// of the statistics engine, their intervals and a plain-language reading of each.
import type { AgreementReport, CriterionReport, Stat } from '../stats/index.js';
import { DEFAULT_BOOTSTRAP_REPS, POOLED, sessionReading } from '../stats/index.js';
import {
  criterionVerdict,
  READING,
  RELIABLE_FROM,
  STABLE_SAMPLES,
  TENTATIVE_FROM,
  verdictValue,
} from '../stats/interpret.js';
import { sampleSizeNotes } from '../stats/sample-size.js';
import { agreementChartOption, levelUseChartOption, severityChartOption } from './charts.js';
import type { AgreementSeries } from './charts.js';
import { coefficient, DASH, figureWithRange, percent, signed } from './format.js';
import type { Html } from './html.js';
import { facilitatorFact, peopleList, reportHeader, seatNamed } from './report-header.js';
import { html, reportDocument, trusted } from './html.js';
import type { SessionReportData } from './session-data.js';
import { renderChartSvg } from './svg.js';
import type { ColumnSpec } from './table.js';
import { num, table } from './table.js';

const ALL_CRITERIA = 'All criteria together';
/** Coefficients keep the three decimals `concord stats` prints. */
const DECIMALS = 3;

export function renderSessionReport(data: SessionReportData): string {
  const body = html`
    ${header(data)} ${agreementSection(data)} ${roundsSection(data)} ${ratersSection(data)}
    ${samplesSection(data)} ${clarificationsSection(data)} ${flaggedSection(data)}
    ${methodSection(data)}
  `;
  return reportDocument(`${data.title}: calibration report`, body);
}

/** The rows of a report: each criterion in rubric order, then all criteria pooled. */
function rowsOf(data: SessionReportData, report: AgreementReport) {
  const rows: { name: string; c: CriterionReport }[] = [];
  for (const name of data.criteria) {
    const c = report.criteria[name];
    if (c) rows.push({ name, c });
  }
  const pooled = report.criteria[POOLED];
  if (pooled) rows.push({ name: ALL_CRITERIA, c: pooled });
  return rows;
}

function header(data: SessionReportData): Html {
  const rounds = data.rounds.length;
  return reportHeader(data, {
    kind: 'Calibration session report',
    ownerHolds:
      'Lists the raters flagged for follow-up: keep it for the facilitator and the coach.',
    facts: [
      ['Rubric', `${data.rubric.title}, version ${data.rubric.version}`],
      ['Scale', data.levels.map((l) => `${l.value} ${l.label}`).join(' · ')],
      facilitatorFact(data),
      ['Raters', peopleList(data.participants, data.copy, 'raters')],
      ['Samples', `${data.samples.length}, shown by code only`],
      [
        'Rounds',
        rounds === 1
          ? '1 (blind scoring)'
          : `${rounds} (round 1 blind, then again after discussion)`,
      ],
    ],
  });
}

/** A number cell: the value, then its range in brackets or, where none means anything, why. */
function figureCell(...figure: Parameters<typeof figureWithRange>): Html {
  const f = figureWithRange(...figure);
  return html`<td class="num">
    ${f.value}${f.range ? ` ${f.range}` : ''}${f.noRange ? html`<span class="why">${f.noRange}</span>` : ''}
  </td>`;
}

/** A round's table with one row per criterion (then all pooled), its cells from `cells`. */
function criterionTable(
  data: SessionReportData,
  report: AgreementReport,
  caption: string,
  columns: readonly ColumnSpec[],
  cells: (c: CriterionReport) => Html,
): Html {
  const rows = rowsOf(data, report).map(
    ({ name, c }) =>
      html`<tr>
        <th scope="row">${name}</th>
        ${cells(c)}
      </tr>`,
  );
  return table(caption, ['Criterion', ...columns], rows);
}

function agreementTable(data: SessionReportData, round: number, report: AgreementReport): Html {
  const columns = [
    num('Samples scored by 2+'),
    'Verdict',
    num('Krippendorff’s alpha (ordinal)'),
    num('Exact agreement'),
    num('Within one level'),
  ];
  const caption = `Round ${round}: agreement per criterion (95% ranges in brackets)`;
  return criterionTable(data, report, caption, columns, (c) => {
    const s = c.statistics;
    const samples = c.counts.n_samples_pairable;
    const verdict = criterionVerdict(c, DECIMALS);
    return html`<td class="num">${samples}</td>
      <td>
        ${verdict.label}${verdict.level === 'none' ? html`<span class="why">${verdict.meaning}</span>` : ''}
      </td>
      ${figureCell(s.krippendorff_alpha?.ordinal, 'coefficient', samples, verdict.value ?? undefined)}
      ${figureCell(s.exact_agreement?.pooled_pairs, 'percent', samples)}
      ${figureCell(s.adjacent_agreement?.pooled_pairs, 'percent', samples)}`;
  });
}

/** The other coefficients, figures only: the verdict above is the one reading of them. */
function detailsTable(data: SessionReportData, round: number, report: AgreementReport): Html {
  const columns = [
    num('Weighted kappa (quadratic)'),
    num('Gwet’s AC2 (quadratic)'),
    num(`ICC, ${READING.icc.short}`),
  ];
  const caption = `Round ${round}, details: other agreement figures (95% ranges in brackets)`;
  return criterionTable(data, report, caption, columns, (c) => {
    const s = c.statistics;
    const samples = c.counts.n_samples_pairable;
    const icc = s.icc?.[READING.icc.form];
    return html`${figureCell(s.cohen_kappa?.mean_over_pairs.quadratic, 'coefficient', samples)}
    ${figureCell(s.gwet_ac2_quadratic?.full_scale, 'coefficient', samples)}
    ${figureCell(icc, 'coefficient', icc?.n_used ?? 0)}`;
  });
}

/** The verdict bands in words, from the scheme's own bounds. */
function verdictBands(): string {
  return (
    `Reliable: alpha ${RELIABLE_FROM} or more. Tentative, good for tentative conclusions only: ` +
    `${TENTATIVE_FROM} up to ${RELIABLE_FROM}. Not reliable yet: below ${TENTATIVE_FROM}.`
  );
}

/** A round's verdicts and main figures, then its other figures as details. */
function roundTables(data: SessionReportData, round: number, report: AgreementReport): Html {
  return html`${agreementTable(data, round, report)} ${detailsTable(data, round, report)}`;
}

function agreementSection(data: SessionReportData): Html {
  const first = data.rounds[0]!;
  const reading = sessionReading(first.report);
  const warnings = sampleSizeNotes(first.report, { order: data.criteria }).map((w) => w.message);
  const paradox = rowsOf(data, first.report)
    .filter(({ c }) => c.kappa_paradox.detected && c.kappa_paradox.explanation)
    .map(({ name, c }) => html`<li>${name}: ${c.kappa_paradox.explanation}</li>`);
  const series: AgreementSeries[] = data.rounds.flatMap(({ round, report }) => {
    const at = (name: string, adj: boolean) => {
      const c = report.criteria[name];
      const st = adj
        ? c?.statistics.adjacent_agreement?.pooled_pairs
        : c?.statistics.exact_agreement?.pooled_pairs;
      return st?.defined ? st.value : null;
    };
    const suffix = data.rounds.length > 1 ? `, round ${round}` : '';
    return [
      { name: `Exact${suffix}`, values: data.criteria.map((n) => at(n, false)) },
      { name: `Within one level${suffix}`, values: data.criteria.map((n) => at(n, true)) },
    ];
  });
  const height = 70 + data.criteria.length * 26 * Math.max(2, series.length);
  return html` <h2>Agreement per criterion</h2>
    <p><strong>${reading}.</strong></p>
    <p class="note">
      One verdict per criterion, from Krippendorff’s alpha: agreement beyond chance, from 0 (chance)
      to 1 (perfect). ${verdictBands()} Exact agreement: the share of all pairs of scores on the
      same sample that are the same level. Within one level: the share at most one level apart. The
      95% range is where the figure would likely fall with other samples of the same kind; it needs
      at least ${READING.rangeMinSamples} samples.
    </p>
    ${
      warnings.length === 1
        ? html`<p class="note">${warnings[0]!}</p>`
        : warnings.length > 1
          ? html`<ul class="note">
              ${warnings.map((w) => html`<li>${w}</li>`)}
            </ul>`
          : ''
    }
    ${roundTables(data, first.round, first.report)}
    ${
      paradox.length > 0
        ? html`<p class="note">Kappa paradox:</p>
            <ul class="note">
              ${paradox}
            </ul>`
        : ''
    }
    <div class="chart" role="img" aria-label="Agreement per criterion">
      ${trusted(renderChartSvg(agreementChartOption(data.criteria, series), 680, height))}
    </div>`;
}

function roundsSection(data: SessionReportData): Html {
  if (data.rounds.length < 2) {
    return html`<h2>Round 1 and round 2</h2>
      <p>
        This session had one round of scoring, so there is no second round to compare with. A
        second, blind round after the discussion shows whether the team moved closer.
      </p>`;
  }
  const [a, b] = [data.rounds[0]!, data.rounds[data.rounds.length - 1]!];
  const names = [...data.criteria, ALL_CRITERIA];
  const get = (report: AgreementReport, name: string) =>
    report.criteria[name === ALL_CRITERIA ? POOLED : name]?.statistics;
  const rows = names
    .filter((n) => get(a.report, n) || get(b.report, n))
    .map((n) => {
      const ea = get(a.report, n)?.exact_agreement?.pooled_pairs;
      const eb = get(b.report, n)?.exact_agreement?.pooled_pairs;
      const aa = get(a.report, n)?.krippendorff_alpha?.ordinal;
      const ab = get(b.report, n)?.krippendorff_alpha?.ordinal;
      const before = ea?.value ?? null;
      const after = eb?.value ?? null;
      const change =
        before !== null && after !== null ? `${signed((after - before) * 100, 0)} points` : DASH;
      return html`<tr>
        <th scope="row">${n}</th>
        <td class="num">${percent(ea?.value)}</td>
        <td class="num">${percent(eb?.value)}</td>
        <td class="num">${change}</td>
        <td class="num">${alphaText(aa)}</td>
        <td class="num">${alphaText(ab)}</td>
      </tr>`;
    });
  return html`<h2>Round ${a.round} and round ${b.round}</h2>
    <p class="note">
      Round ${a.round} was scored blind; round ${b.round} again, blind, after the discussion. A rise
      means the discussion brought the team closer.
    </p>
    ${table(
      'Exact agreement and Krippendorff’s alpha, before and after discussion',
      [
        'Criterion',
        num(`Exact, round ${a.round}`),
        num(`Exact, round ${b.round}`),
        num('Change'),
        num(`Alpha, round ${a.round}`),
        num(`Alpha, round ${b.round}`),
      ],
      rows,
    )}
    ${roundTables(data, b.round, b.report)}`;
}

/** Alpha as the verdicts write it, so a value never reads as another band than its verdict's. */
function alphaText(st: Stat | undefined): string {
  return st?.defined && st.value !== null ? verdictValue(st.value, DECIMALS) : DASH;
}

function ratersSection(data: SessionReportData): Html {
  const { report } = data.rounds[0]!;
  const main = report.criteria[POOLED] ?? report.criteria[data.criteria[0]!];
  const perRater = main?.statistics.severity?.per_rater ?? {};
  const labels = data.participants.map((p) => p.label).filter((l) => perRater[l]);
  const rows = labels.map((label) => {
    const r = perRater[label]!;
    return html`<tr>
      <th scope="row">${seatNamed(data.participants, label)}</th>
      <td class="num">${r.n_ratings}</td>
      <td class="num">${coefficient(r.mean_score.value)}</td>
      <td class="num">${signed(r.vs_mean_of_others.value)}</td>
      <td class="num">${percent(r.exact_with_others.value)}</td>
      <td class="num">${percent(r.adjacent_with_others.value)}</td>
    </tr>`;
  });
  const levelNames = data.levels.map((l) => `${l.value} ${l.label}`);
  const counts = data.levels.map((_, k) =>
    data.criteria.map((criterion) =>
      data.samples.reduce((sum, s) => {
        const cell = s.criteria.find((c) => c.criterion === criterion);
        return sum + (cell?.rounds[0]?.counts[k] ?? 0);
      }, 0),
    ),
  );
  return html` <h2 class="page-break">Raters and the scale</h2>
    <p class="note">
      Round ${data.rounds[0]!.round}, all criteria together. “Compared with the others”: the rater’s
      mean score minus the mean of the other raters on the same samples, in levels; below zero
      scores harsher, above zero more leniently.
    </p>
    ${table(
      'Each rater against the rest of the team',
      [
        'Rater',
        num('Scores'),
        num('Mean score'),
        num('Compared with the others'),
        num('Exact with others'),
        num('Within one with others'),
      ],
      rows,
    )}
    <div class="chart" role="img" aria-label="Each rater compared with the others">
      ${trusted(
        renderChartSvg(
          severityChartOption(
            labels.map((l) => seatNamed(data.participants, l)),
            labels.map((l) => perRater[l]!.vs_mean_of_others.value),
          ),
          680,
          60 + labels.length * 30,
        ),
      )}
    </div>
    <h3>How the levels were used</h3>
    <div class="chart" role="img" aria-label="Scores per level and criterion">
      ${trusted(
        renderChartSvg(
          levelUseChartOption(data.criteria, levelNames, counts),
          680,
          80 + data.criteria.length * 34,
        ),
      )}
    </div>`;
}

function samplesSection(data: SessionReportData): Html {
  const multi = data.rounds.length > 1;
  const columns = [
    'Criterion',
    multi && num('Round'),
    ...data.levels.map((l) => num(`${l.value} ${l.label}`)),
    num('Cannot score'),
    num('Consensus'),
    { head: 'Rationale', align: 'wide' } as const,
  ];
  const samples = data.samples.map((s) => {
    const rows = s.criteria.flatMap((c) =>
      c.rounds.map(
        (r, i) =>
          html`<tr>
            ${i === 0 ? html`<th scope="row" rowspan="${c.rounds.length}">${c.criterion}</th>` : ''}
            ${multi ? html`<td class="num">${r.round}</td>` : ''}
            ${r.counts.map((n) => html`<td class="num">${n === 0 ? '' : n}</td>`)}
            <td class="num">${r.cannotScore === 0 ? '' : r.cannotScore}</td>
            ${
              i === 0
                ? html`<td class="num" rowspan="${c.rounds.length}">${c.consensus ?? DASH}</td>
                    <td rowspan="${c.rounds.length}">${c.rationale || DASH}</td>`
                : ''
            }
          </tr>`,
      ),
    );
    return html`<section class="sample">
      <h3>Sample ${s.code}</h3>
      ${table(`Sample ${s.code}: how many raters gave each level, and the consensus`, columns, rows)}
    </section>`;
  });
  return html`<h2 class="page-break">Samples: scores and consensus</h2>
    <p class="note">
      Each cell counts the raters who gave that level. The consensus is the level the team settled
      on after discussion, with the reason it recorded.
    </p>
    ${samples}`;
}

function clarificationsSection(data: SessionReportData): Html {
  if (data.clarifications.length === 0) {
    return html`<h2>Rubric clarifications agreed</h2>
      <p>The team recorded no clarification.</p>`;
  }
  const items = data.clarifications.map(
    (c) => html`<li><strong>${c.criterion ?? 'Whole rubric'}:</strong> ${c.text}</li>`,
  );
  return html`<h2>Rubric clarifications agreed</h2>
    <p class="note">How the team agreed to read the rubric from now on.</p>
    <ul>
      ${items}
    </ul>`;
}

function flaggedSection(data: SessionReportData): Html {
  if (data.flagged === null) return html``;
  const body =
    data.flagged.length === 0
      ? html`<p>No rater crossed the team’s follow-up thresholds in this session.</p>`
      : html`<ul>
          ${data.flagged.map(
            (f) =>
              html`<li class="flag">
                <strong>${f.label} ${f.name}</strong>
                <ul>
                  ${f.reasons.map((r) => html`<li>${r}</li>`)}
                </ul>
              </li>`,
          )}
        </ul>`;
  return html`<h2>Raters flagged for follow-up (owner’s copy only)</h2>
    <p class="note">
      Round 1 scores against the consensus, checked against the thresholds set on the Raters page. A
      flag is a prompt for a conversation, not a verdict.
    </p>
    ${body}`;
}

/** How the figures are computed: the one place the report names methods and their authors. */
function methodSection(data: SessionReportData): Html {
  const rounds = data.rounds.length;
  return html`<h2>How the figures are computed</h2>
    <p class="note">
      Every figure is computed from this session’s ratings, exactly as they stand in the session’s
      exported ratings (${rounds} round${rounds === 1 ? '' : 's'} reported).
    </p>
    <p class="note">
      The verdict follows Krippendorff’s alpha with the ordinal metric, which treats the levels as
      ordered, so a near miss counts as partly right. The bands are Krippendorff’s (2004): reliable
      from ${RELIABLE_FROM}, tentative conclusions only from ${TENTATIVE_FROM}. The verdict follows
      the unrounded alpha; a value that would round into the next band is written with one more
      decimal, never rounded up into it.
    </p>
    <p class="note">
      Weighted kappa is Cohen’s kappa with quadratic weights, averaged over pairs of raters; Gwet’s
      AC2 uses quadratic weights. They are details without a verdict of their own, since their
      published bands (Landis &amp; Koch, 1977, and others) would read differently from alpha’s. The
      ICC is the two-way, absolute-agreement, single-rater form (ICC(A,1) in McGraw &amp; Wong,
      1996; ICC(2,1) in Shrout &amp; Fleiss, 1979), computed on the samples every rater scored, with
      its F-based 95% range. The other ranges come from
      ${DEFAULT_BOOTSTRAP_REPS.toLocaleString('en-GB')} resamplings of the samples (percentile
      bootstrap). A range is shown only where at least ${READING.rangeMinSamples} samples carry the
      figure; the figures count as stable from ${STABLE_SAMPLES} samples scored by two or more
      raters.
    </p>`;
}
