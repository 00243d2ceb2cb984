// The instant feedback after a qualification check: the verdict against the coach's rule with its
// figures, then every anchor and criterion with the rater's level, the reference level and why.
import type { AttemptView } from './AttemptScoring.js';
import { Badge } from '../ui/Badge.js';
import { Table } from '../ui/Table.js';
import { TermList } from '../ui/TermList.js';
import { percent } from '../../src-main/domain/percent.js';
import { VERDICT_WORDS, ruleWords } from './words.js';

type Result = NonNullable<AttemptView['result']>;

const VERDICT_TONE = {
  exact: 'success',
  adjacent: 'info',
  'non-adjacent': 'warning',
  missing: 'warning',
} as const;

export function AttemptFeedback({ attempt, result }: { attempt: AttemptView; result: Result }) {
  const levelLabel = new Map(attempt.rubric.levels.map((l) => [l.value, l.label]));
  const level = (value: number | null) =>
    value === null ? 'Not scored' : `${value} ${levelLabel.get(value) ?? ''}`.trim();
  return (
    <div className="qualification-feedback">
      <section
        className={`card qualification-verdict qualification-verdict--${result.passed ? 'passed' : 'failed'}`}
        aria-labelledby="verdict-title"
      >
        <h2 id="verdict-title">
          {result.passed ? 'Passed' : 'Not passed yet'}: {attempt.setTitle}
        </h2>
        <TermList
          className="facts"
          terms={[
            {
              term: 'Exact matches',
              value: `${result.exact} of ${result.items} (${percent(result.exactShare)})`,
            },
            {
              term: 'Within one level',
              value: `${result.withinOne} of ${result.items} (${percent(result.withinOneShare)})`,
            },
            { term: 'Two or more levels away', value: result.nonAdjacent },
            { term: 'Not scored', value: result.missing },
          ]}
        />
        <h3>The rule to pass</h3>
        <ul>
          {ruleWords(result.rule).map((w) => (
            <li key={w}>{w}</li>
          ))}
        </ul>
        {result.reasons.length > 0 && (
          <>
            <h3>Why not yet</h3>
            <ul>
              {result.reasons.map((r) => (
                <li key={r}>{r}</li>
              ))}
            </ul>
          </>
        )}
      </section>
      <Table
        caption="Your levels against the reference levels, with the reasons the reference was given"
        columns={[
          'Sample',
          'Criterion',
          'Your level',
          'Reference level',
          'Match',
          'Why the reference level',
        ]}
      >
        <tbody>
          {result.feedback.map((item) => (
            <tr key={`${item.sampleId}|${item.criterionKey}`}>
              <th scope="row" className="mono">
                {item.sampleCode}
              </th>
              <td>{item.criterionName}</td>
              <td>{level(item.given)}</td>
              <td>{level(item.reference)}</td>
              <td>
                <Badge tone={VERDICT_TONE[item.verdict]}>{VERDICT_WORDS[item.verdict]}</Badge>
              </td>
              <td>{item.rationale}</td>
            </tr>
          ))}
        </tbody>
      </Table>
    </div>
  );
}
