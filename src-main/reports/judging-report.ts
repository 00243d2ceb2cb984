// The report of a comparative judgement session as one HTML document, in the meeting report's
// look: how far the order can be trusted, the scale strongest first (a chart and a table), the
// judges with the choices worth talking about, the scale beside the rubric, and what the words
// mean. It follows the app's results page section by section, in print form.
import { MIN_JUDGEMENTS_PER_SAMPLE } from '../domain/judging.js';
import type { CjReport } from '../stats/cj-types.js';
import type { Stat } from '../stats/types.js';
import { DASH } from './format.js';
import type { Html } from './html.js';
import { facilitatorFact, peopleList, reportHeader, seatNamed } from './report-header.js';
import { html, reportDocument, trusted } from './html.js';
import { scaleChartHeight, scaleChartOption } from './judging-chart.js';
import type { JudgingReportData } from './judging-data.js';
import {
  ADJUSTED_WORDS,
  bandRange,
  countsWords,
  FLAG_WORDS,
  intervalWords,
  JUDGING_TERMS,
  namedBands,
  scaleChartLabel,
  scaleRows,
  levelEstimateParts,
  levelName,
  meanSquare,
  methodParagraphs,
  rank,
  reliabilityFigure,
  rubricReading,
  rubricScore,
  seconds,
  sentence,
  signed,
  strongestFirst,
  surpriseWords,
  thresholdWords,
  twoDecimals,
} from '../domain/judging-words.js';
import { renderChartSvg } from './svg.js';
import { num, table } from './table.js';

export function renderJudgingReport(data: JudgingReportData): string {
  const body = html`
    ${header(data)} ${notices(data)} ${reliabilitySection(data)} ${scaleSection(data)}
    ${judgesSection(data)} ${rubricSection(data)} ${glossarySection()} ${methodSection(data)}
  `;
  return reportDocument(`${data.title}: comparative judgement report`, body);
}

function header(data: JudgingReportData): Html {
  const { counts } = data;
  const anchors =
    counts.anchors === 0
      ? 'no anchors'
      : `${counts.anchors} of them anchor${counts.anchors === 1 ? '' : 's'} with an agreed level`;
  const judgements = countsWords(counts.judgements, counts.judged);
  return reportHeader(data, {
    kind: 'Comparative judgement report',
    ownerHolds: 'Names every judge beside their alias: keep it for the facilitator and the coach.',
    facts: [
      ['Question', `“${data.question}”`],
      [
        'Rubric',
        `${data.rubric.title}, version ${data.rubric.version} (its levels name the level bands)`,
      ],
      facilitatorFact(data),
      ['Judges', peopleList(data.judges, data.copy, 'judges')],
      ['Samples', `${counts.samples}, shown by code only; ${anchors}`],
      ['Judgements', `${judgements} (each judge was asked for ${counts.perJudge})`],
    ],
  });
}

function notices(data: JudgingReportData): Html {
  const samples = data.results.report.fit.samples.length;
  // Each judgement compares two samples.
  const perSample = samples === 0 ? 0 : Math.round((2 * data.counts.judgements) / samples);
  const underWay =
    data.phase === 'scoring'
      ? html`<p class="note">
          Judging was still under way when this report was made: the order may change as judges make
          more choices.
        </p>`
      : '';
  const few =
    perSample < MIN_JUDGEMENTS_PER_SAMPLE
      ? html`<p class="note">
          <strong>Few judgements so far.</strong> Each sample has been compared about ${perSample}
          time${perSample === 1 ? '' : 's'}. A scale is seldom stable below
          ${MIN_JUDGEMENTS_PER_SAMPLE} comparisons per sample, so read the order as a first sketch.
        </p>`
      : '';
  return html`${underWay}${few}`;
}

function reliabilitySection(data: JudgingReportData): Html {
  const {
    split_half: splitHalf,
    scale_separation: separation,
    interpretation,
  } = data.results.report.reliability;
  const rows = [
    html`<tr>
      <th scope="row">Split-half reliability</th>
      ${reliabilityCell(splitHalf, true)}
      <td>
        How closely two halves of the judges agree on the order. The judges are split at random into
        two groups${splitHalf.splits > 1 ? ` ${splitHalf.splits} times` : ''}, and each group’s
        order is compared with the other’s: 1 is the same order, 0 no likeness. The range is where
        the middle 95% of the splits fall.
      </td>
    </tr>`,
    html`<tr>
      <th scope="row">Scale separation reliability</th>
      ${reliabilityCell(separation, false)}
      <td>
        How much of the spread between the samples is real rather than uncertainty in their places:
        1 is all real. Pairing close samples, as Concord does to save judgements, can make this
        figure look better than it is, so the verdict above rests on split-half reliability.
      </td>
    </tr>`,
  ];
  return html`<h2>How far the order can be trusted</h2>
    <p><strong>${sentence(interpretation)}</strong></p>
    ${table(
      'Reliability of the order',
      ['Figure', num('Value (95% range)'), { head: 'What it says', align: 'wide' }],
      rows,
    )}`;
}

function reliabilityCell(stat: Stat, ranged: boolean): Html {
  const f = reliabilityFigure(stat, ranged);
  return html`<td class="num">
    ${f.value ?? DASH}${f.range ? ` ${f.range}` : ''}${f.words ? why(f.words) : ''}
  </td>`;
}

function scaleSection(data: JudgingReportData): Html {
  const { results } = data;
  const { fit } = results.report;
  const samples = strongestFirst(fit.samples);
  const anchors = new Map(results.anchors.map((a) => [a.code, a.level] as const));
  const bands = namedBands(results.report.levels?.boundaries ?? null, results.levels);
  const rows = scaleRows(samples, results.anchors, results.levels);
  const label = scaleChartLabel(rows, bands);
  const warnings =
    fit.warnings.length > 0
      ? html`<p class="note"><strong>Read this scale with care.</strong></p>
          <ul class="note">
            ${fit.warnings.map((w) => html`<li>${w}</li>`)}
          </ul>`
      : '';
  const key =
    'Dot: a sample, its bar the 95% interval. Diamond: an anchor, with the level the team agreed ' +
    'for it. Open circle: a sample that won or lost every comparison, placed by the adjustment.' +
    (bands.length > 0
      ? ` Shaded bands, weakest to strongest: ${bands
          .map((b) => `${b.label} (${bandRange(b)})`)
          .join('; ')}.`
      : '');
  return html`<h2 class="page-break">The scale: strongest first</h2>
    <p class="note">
      Each row is a sample. The dot is where the judges’ choices place it; the bar is its 95%
      interval, the range it very likely lies in. Samples whose bars overlap could swap places with
      more judgements. Anchors, samples whose level the team has agreed, are diamonds with their
      level beside them.
    </p>
    ${warnings} ${levelsNote(data)}
    <div class="chart" role="img" aria-label="${label}">
      ${trusted(renderChartSvg(scaleChartOption(rows, bands), 680, scaleChartHeight(rows.length)))}
    </div>
    <p class="note">${key}</p>
    ${scaleTable(data, samples, anchors)}`;
}

/** Why the scale shows no levels: no anchors, or anchors that cannot place the boundaries. */
function levelsNote(data: JudgingReportData): Html {
  const levels = data.results.report.levels;
  if (!levels) {
    return html`<p class="note">
      <strong>No levels on this scale.</strong> This session has no anchors, so the scale shows the
      order only. To read rubric levels off the scale, include a few anchors (samples with an agreed
      level, at least two different levels) in the next judging session.
    </p>`;
  }
  if (levels.boundaries) return html``;
  return html`<p class="note">
    <strong>The anchors cannot place the levels yet.</strong>
    ${levels.reason ?? 'The anchors do not give level boundaries for this scale.'}
  </p>`;
}

/** A line under a cell's figure; the space keeps the words apart when the text is copied. */
function why(text: string): Html {
  return html` <span class="why">${text}</span>`;
}

function scaleTable(
  data: JudgingReportData,
  samples: CjReport['fit']['samples'],
  anchors: ReadonlyMap<string, number>,
): Html {
  const { levels: cjLevels } = data.results.report;
  const levels = data.results.levels;
  const sampleLevels = cjLevels?.boundaries
    ? new Map(cjLevels.samples.map((s) => [s.sample, s] as const))
    : null;
  const rows = samples.map((s, i) => {
    const anchor = anchors.get(s.sample);
    const level = sampleLevels?.get(s.sample);
    const estimate = level ? levelEstimateParts(level, levels) : null;
    return html`<tr>
      <td class="num">${i + 1}</td>
      <th scope="row">
        ${s.sample}${anchor !== undefined ? why(`Anchor: ${levelName(anchor, levels)}`) : ''}${s.adjusted ? why(ADJUSTED_WORDS[s.adjusted]) : ''}
      </th>
      <td class="num">${signed(s.ability)}${why(intervalWords(s.ability, s.se))}</td>
      <td class="num">${s.wins} of ${s.comparisons}</td>
      ${
        sampleLevels
          ? html`<td>
              ${estimate ? estimate.head : 'no estimate'}${estimate?.range ? why(estimate.range) : ''}
            </td>`
          : ''
      }
    </tr>`;
  });
  return table(
    'The scale, strongest first',
    [
      num('Rank'),
      'Sample',
      num('Ability (95% interval)'),
      num('Won / compared'),
      sampleLevels !== null && 'Estimated level',
    ],
    rows,
    'scale',
  );
}

function judgesSection(data: JudgingReportData): Html {
  const { judges } = data.results.report;
  const rows = judges.judges.map(
    (j) =>
      html`<tr>
        <th scope="row">${seatNamed(data.judges, j.judge)}</th>
        <td>${j.misfit ? html`<strong>${FLAG_WORDS}</strong>` : 'In line'}</td>
        <td class="num">${j.judgements}</td>
        <td class="num">${meanSquare(j.infit)}</td>
        <td class="num">${meanSquare(j.outfit)}</td>
        <td class="num">${seconds(j.median_ms)}</td>
      </tr>`,
  );
  const flagged = judges.judges.filter((j) => j.misfit);
  const talking =
    flagged.length === 0
      ? html`<p>No judge’s choices stand out from the team’s order.</p>`
      : html`<h3>Talking points</h3>
          <p class="note">
            A flag is a reason to talk, not a mark against anyone: a judge may have seen something
            in the work that the others missed. Their most surprising choices are a good place to
            start.
          </p>
          <ul>
            ${flagged.map(
              (j) =>
                html`<li class="flag">
                  <strong>${seatNamed(data.judges, j.judge)}’s most surprising choices</strong>
                  ${
                    j.worst.length === 0
                      ? html`<p>No single choice stands out.</p>`
                      : html`<ul>
                          ${j.worst.map((r) => html`<li>${surpriseWords(r)}</li>`)}
                        </ul>`
                  }
                </li>`,
            )}
          </ul>`;
  return html`<h2 class="page-break">The judges</h2>
    <p class="note">
      Infit and outfit say how far a judge’s choices follow the order the whole team’s choices give:
      about 1 is in line; well above 1, the judge often chose the sample the scale expected to lose.
      ${thresholdWords(judges.threshold)}
    </p>
    ${table(
      'Each judge’s fit with the team’s scale',
      [
        'Judge',
        'Flag',
        num('Judgements'),
        num('Infit'),
        num('Outfit'),
        num('Median time per judgement'),
      ],
      rows,
    )}
    ${talking}`;
}

function rubricSection(data: JudgingReportData): Html {
  const { rubric } = data.results.report;
  const scored = data.results.rubricScored;
  if (!rubric) {
    const title =
      scored === 0
        ? 'None of these samples has rubric consensus yet.'
        : `Only ${scored} of these samples ${scored === 1 ? 'has' : 'have'} rubric consensus yet.`;
    return html`<h2>Beside the rubric</h2>
      <p><strong>${title}</strong></p>
      <p class="note">
        To see whether holistic judgement and the rubric rank the work alike, score some of these
        samples against the rubric in a rubric meeting and record the team’s consensus there. The
        comparison then appears in the next report; it needs at least three samples with both.
      </p>`;
  }
  const rho = rubric.spearman_rho;
  const reading = rubricReading(rho);
  const rows = rubric.disagreements.map(
    (d) =>
      html`<tr>
        <th scope="row">${d.sample}</th>
        <td class="num">${rank(d.cj_rank)}</td>
        <td class="num">${rank(d.rubric_rank)}</td>
        <td>${rubricScore(d.rubric_score, data.results.levels)}</td>
      </tr>`,
  );
  const discussion =
    rubric.disagreements.length === 0
      ? html`<p>Judgement and the rubric put these samples in exactly the same order.</p>`
      : html`<p class="note">
            The samples that judgement and the rubric place furthest apart. Each is worth a look
            together: what did the judges see that the rubric does not ask about, or the other way
            round? Ranks count from 1, the strongest, among the samples with both.
          </p>
          ${table(
            'Where judgement and the rubric disagree most',
            ['Sample', num('Rank by judgement'), num('Rank by rubric'), 'Rubric consensus'],
            rows,
          )}`;
  return html`<h2>Beside the rubric</h2>
    <p><strong>${reading.headline}</strong></p>
    <p>
      Spearman’s rho:
      ${rho.defined && rho.value !== null ? twoDecimals(rho.value) : 'not available'}. How alike the
      two orders are: 1 is the same order, 0 no likeness, −1 the reverse. Compared on the
      ${rho.n_used} sample${rho.n_used === 1 ? '' : 's'} with rubric consensus.
    </p>
    <p class="note">${reading.range}</p>
    <h3>The team’s next discussion</h3>
    ${discussion}`;
}

function glossarySection(): Html {
  return html`<h2>What the words mean</h2>
    <ul>
      ${JUDGING_TERMS.map((t) => html`<li><strong>${t.term}:</strong> ${t.meaning}</li>`)}
    </ul>`;
}

/** How the figures are computed: the one place the report names methods and their authors. */
function methodSection(data: JudgingReportData): Html {
  const splits = data.results.report.reliability.split_half.splits;
  return html`<h2>How the figures are computed</h2>
    <p class="note">
      Every figure is computed from this session’s ${data.counts.judgements} judgements, exactly as
      they stand in the session’s exported judgements file (judges by alias, samples by code).
    </p>
    ${methodParagraphs(splits).map((text) => html`<p class="note">${text}</p>`)}`;
}
