// The scale as a table, strongest first: the same samples as the chart with their figures, the
// level each most likely reaches and how sure that is, and why a sample's place is an estimate of
// a different kind (it won or lost every comparison).
import { Table } from '../../../ui/Table.js';
import { numeric } from '../../../ui/TableHead.js';
import type { RubricLevel, SampleLevel, ScaleSample } from './judging-words.js';
import {
  ADJUSTED_WORDS,
  intervalWords,
  levelEstimateParts,
  levelName,
  signed,
} from '../../../../src-main/domain/judging-words.js';

export function ScaleTable({
  samples,
  anchors,
  sampleLevels,
  levels,
}: {
  /** Strongest first. */
  samples: readonly ScaleSample[];
  anchors: ReadonlyMap<string, number>;
  /** Each sample's estimated level; null when the scale has no level bands. */
  sampleLevels: ReadonlyMap<string, SampleLevel> | null;
  levels: readonly RubricLevel[];
}) {
  return (
    <Table
      caption="The scale, strongest first"
      columns={[
        'Rank',
        'Sample',
        numeric('Ability (95% interval)'),
        'Won / compared',
        sampleLevels !== null && 'Estimated level',
      ]}
    >
      <tbody>
        {samples.map((s, i) => {
          const anchor = anchors.get(s.sample);
          const level = sampleLevels?.get(s.sample);
          return (
            <tr key={s.sample}>
              <td className="numeric">{i + 1}</td>
              <th scope="row">
                <span className="mono">{s.sample}</span>
                {anchor !== undefined && (
                  <span className="figure__label">Anchor: {levelName(anchor, levels)}</span>
                )}
                {s.adjusted && <span className="figure__label">{ADJUSTED_WORDS[s.adjusted]}</span>}
              </th>
              <td className="numeric">
                {signed(s.ability)}
                <span className="figure__label">
                  <span className="visually-hidden"> (95% interval </span>
                  {intervalWords(s.ability, s.se)}
                  <span className="visually-hidden">)</span>
                </span>
              </td>
              <td className="numeric">
                {s.wins} of {s.comparisons}
              </td>
              {sampleLevels && (
                <td>{level ? <LevelEstimate level={level} levels={levels} /> : 'no estimate'}</td>
              )}
            </tr>
          );
        })}
      </tbody>
    </Table>
  );
}

/** The likely level, and on a line of its own the levels its interval reaches. */
function LevelEstimate({ level, levels }: { level: SampleLevel; levels: readonly RubricLevel[] }) {
  const { head, range } = levelEstimateParts(level, levels);
  return (
    <>
      {head}
      {range !== null && (
        <span className="figure__label">
          <span className="visually-hidden"> — </span>
          {range}
        </span>
      )}
    </>
  );
}
