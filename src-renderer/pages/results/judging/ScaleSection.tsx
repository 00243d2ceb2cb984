// The scale: the samples in order, strongest first, as a picture and as a table, with the level
// bands the anchors give, or why there are none.
import { useMemo } from 'react';
import type { JudgingResults } from './judging-words.js';
import {
  bandRange,
  namedBands,
  scaleChartLabel,
  scaleRows,
  strongestFirst,
} from '../../../../src-main/domain/judging-words.js';
import { ScaleChart } from './ScaleChart.js';
import { ScaleTable } from './ScaleTable.js';

export function ScaleSection({ results }: { results: JudgingResults }) {
  const { fit, levels: cjLevels } = results.report;
  const samples = useMemo(() => strongestFirst(fit.samples), [fit.samples]);
  const anchors = useMemo(
    () => new Map(results.anchors.map((a) => [a.code, a.level] as const)),
    [results.anchors],
  );
  const boundaries = cjLevels?.boundaries ?? null;
  const bands = useMemo(() => namedBands(boundaries, results.levels), [boundaries, results.levels]);
  const sampleLevels = useMemo(
    () =>
      boundaries && cjLevels ? new Map(cjLevels.samples.map((s) => [s.sample, s] as const)) : null,
    [boundaries, cjLevels],
  );
  const rows = useMemo(
    () => scaleRows(samples, results.anchors, results.levels),
    [samples, results.anchors, results.levels],
  );
  const chartLabel = scaleChartLabel(rows, bands);

  return (
    <section className="section" aria-labelledby="scale-title">
      <h2 id="scale-title">The scale: strongest first</h2>
      <p>
        Each row is a sample. The dot is where the judges’ choices place it; the bar is its 95%
        interval, the range it very likely lies in. Samples whose bars overlap could swap places
        with more judgements. Anchors, samples whose level the team has agreed, are diamonds with
        their level beside them.
      </p>
      {fit.warnings.length > 0 && (
        <div className="notice notice--warning" role="note" aria-label="About this scale">
          <p className="notice__title">Read this scale with care</p>
          <ul>
            {fit.warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </div>
      )}
      <LevelsNotice results={results} />
      <figure className="chart">
        <ScaleChart rows={rows} bands={bands} label={chartLabel} />
        <figcaption className="muted">
          <KeyMark>●</KeyMark> a sample and <KeyMark>━</KeyMark> its 95% interval ·{' '}
          <KeyMark>◆</KeyMark> an anchor, with the level the team agreed for it ·{' '}
          <KeyMark>○</KeyMark> a sample that won or lost every comparison, placed by the adjustment
          {bands.length > 0 &&
            ` · Shaded bands, weakest to strongest: ${bands.map((b) => `${b.label} (${bandRange(b)})`).join('; ')}`}
        </figcaption>
      </figure>
      <ScaleTable
        samples={samples}
        anchors={anchors}
        sampleLevels={sampleLevels}
        levels={results.levels}
      />
    </section>
  );
}

function KeyMark({ children }: { children: string }) {
  return <span aria-hidden="true">{children}</span>;
}

/** Why the scale shows no levels: no anchors, or anchors that cannot place the boundaries. */
function LevelsNotice({ results }: { results: JudgingResults }) {
  const levels = results.report.levels;
  if (!levels) {
    return (
      <div className="notice notice--info" role="note" aria-label="No levels on this scale">
        <p className="notice__title">No levels on this scale</p>
        <p>
          This session has no anchors, so the scale shows the order only. To read rubric levels off
          the scale, include a few anchors (samples with an agreed level, at least two different
          levels) in the next judging session.
        </p>
      </div>
    );
  }
  if (levels.boundaries) return null;
  return (
    <div className="notice notice--info" role="note" aria-label="No levels on this scale">
      <p className="notice__title">The anchors cannot place the levels yet</p>
      <p>{levels.reason ?? 'The anchors do not give level boundaries for this scale.'}</p>
    </div>
  );
}
