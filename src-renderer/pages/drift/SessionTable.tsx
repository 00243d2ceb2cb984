// One rater's figures session by session. Nine columns do not fit a laptop at the app's large
// type, so the header groups them ("Against consensus": Exact, Within one, Lean) with short
// words that may wrap, and a lean may break before its "(harsher)". On a phone the table
// scrolls sideways in a focusable region, the session column staying in place.
import { Link } from 'react-router';
import { formatDate } from '../../lib/words.js';
import type { RaterDrift } from './drift-words.js';
import { leanParts, percent, sessionAlertWords } from './drift-words.js';
import { ScrollRegion } from './ScrollRegion.js';

function Lean({ severity }: { severity: number | null }) {
  const [amount, word] = leanParts(severity);
  return (
    <>
      <span className="nowrap">{amount}</span>
      {word !== null && (
        <>
          {' '}
          <span className="nowrap">{word}</span>
        </>
      )}
    </>
  );
}

export function SessionTable({ rater }: { rater: RaterDrift }) {
  const caption = `${rater.name}, session by session`;
  return (
    <>
      {/* Shown outside the scrolling box so a narrow screen does not cut it; the caption
          (hidden) names the table for screen readers, so this copy is hidden from them. */}
      <p className="drift-table-title" aria-hidden="true">
        {caption}
      </p>
      <ScrollRegion label={caption}>
        <table className="table drift-sessions">
          <caption className="visually-hidden">{caption}</caption>
          <colgroup>
            <col />
            <col />
          </colgroup>
          <colgroup span={3} />
          <colgroup span={2} />
          <colgroup>
            <col />
            <col />
          </colgroup>
          <thead>
            <tr>
              <th scope="col" rowSpan={2}>
                Session
              </th>
              <th scope="col" rowSpan={2} className="numeric">
                Scores
              </th>
              <th scope="colgroup" colSpan={3} className="drift-sessions__group">
                Against consensus
              </th>
              <th scope="colgroup" colSpan={2} className="drift-sessions__group">
                Against anchors
              </th>
              <th scope="col" rowSpan={2} className="numeric drift-sessions__start">
                Exact with colleagues
              </th>
              <th scope="col" rowSpan={2} className="drift-sessions__start">
                Alerts
              </th>
            </tr>
            <tr>
              <th scope="col" className="numeric drift-sessions__start">
                Exact
              </th>
              <th scope="col" className="numeric">
                Within one
              </th>
              <th scope="col">Lean</th>
              <th scope="col" className="numeric drift-sessions__start">
                Exact
              </th>
              <th scope="col">Lean</th>
            </tr>
          </thead>
          <tbody>
            {rater.sessions.map((s) => (
              <tr key={s.session}>
                <th scope="row">
                  <Link to={`/sessions/${encodeURIComponent(s.session)}`}>{s.label}</Link>
                  <span className="drift-date"> {formatDate(s.date)}</span>
                </th>
                <td className="numeric">{s.n}</td>
                <td className="numeric drift-sessions__start">{percent(s.consensus.exact)}</td>
                <td className="numeric">{percent(s.consensus.withinOne)}</td>
                <td>
                  <Lean severity={s.consensus.severity} />
                </td>
                <td className="numeric drift-sessions__start">{percent(s.anchors.exact)}</td>
                <td>
                  <Lean severity={s.anchors.severity} />
                </td>
                <td className="numeric drift-sessions__start">{percent(s.colleagues.exact)}</td>
                <td className="drift-sessions__start drift-sessions__alerts">
                  {sessionAlertWords(s)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </>
  );
}
