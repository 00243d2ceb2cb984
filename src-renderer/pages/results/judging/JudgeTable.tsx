// The judges: how far each one's choices follow the team's scale, how long they took, and, for a
// judge who judges differently, the choices the scale found most surprising, as talking points
// for the team rather than a verdict on the judge.
import { useId, useState } from 'react';
import { Button } from '../../../ui/Button.js';
import { Table } from '../../../ui/Table.js';
import type { CjReport, JudgeFit } from './judging-words.js';
import {
  FLAG_WORDS,
  meanSquare,
  seconds,
  surpriseWords,
  thresholdWords,
} from '../../../../src-main/domain/judging-words.js';

export function JudgeTable({
  judges,
  judgeName,
}: {
  judges: CjReport['judges'];
  /** What the screen calls a judge: the alias for the room, or the name when shown. */
  judgeName: (alias: string) => string;
}) {
  const flagged = judges.judges.filter((j) => j.misfit);
  return (
    <section className="section" aria-labelledby="judges-title">
      <h2 id="judges-title">The judges</h2>
      <p>
        Infit and outfit say how far a judge’s choices follow the order the whole team’s choices
        give: about 1 is in line; well above 1, the judge often chose the sample the scale expected
        to lose. {thresholdWords(judges.threshold)}
      </p>
      <Table
        caption="Each judge’s fit with the team’s scale"
        columns={['Judge', 'Flag', 'Judgements', 'Infit', 'Outfit', 'Median time per judgement']}
      >
        <tbody>
          {judges.judges.map((j) => (
            <tr key={j.judge}>
              <th scope="row">{judgeName(j.judge)}</th>
              <td>
                {j.misfit ? (
                  <span className="badge badge--warning">{FLAG_WORDS}</span>
                ) : (
                  <span className="muted">In line</span>
                )}
              </td>
              <td className="numeric">{j.judgements}</td>
              <td className="numeric">{meanSquare(j.infit)}</td>
              <td className="numeric">{meanSquare(j.outfit)}</td>
              <td className="numeric">{seconds(j.median_ms)}</td>
            </tr>
          ))}
        </tbody>
      </Table>
      {flagged.length > 0 && (
        <>
          <h3>Talking points</h3>
          <p>
            A flag is a reason to talk, not a mark against anyone: a judge may have seen something
            in the work that the others missed. Their most surprising choices are a good place to
            start.
          </p>
          <ul>
            {flagged.map((j) => (
              <li key={j.judge}>
                <SurprisingChoices judge={j} name={judgeName(j.judge)} />
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function SurprisingChoices({ judge, name }: { judge: JudgeFit; name: string }) {
  const [open, setOpen] = useState(false);
  const listId = useId();
  const action = open ? 'Hide' : 'Show';
  return (
    <>
      <Button
        variant="quiet"
        aria-expanded={open}
        aria-controls={listId}
        onClick={() => setOpen((shown) => !shown)}
      >
        {action} {name}’s most surprising choices
      </Button>
      <div id={listId} hidden={!open}>
        {judge.worst.length === 0 ? (
          <p className="muted">No single choice stands out.</p>
        ) : (
          <ul aria-label={`${name}’s most surprising choices`}>
            {judge.worst.map((r) => (
              <li key={`${r.left}-${r.right}-${r.winner}`}>{surpriseWords(r)}</li>
            ))}
          </ul>
        )}
      </div>
    </>
  );
}
