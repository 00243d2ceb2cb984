// The Raters page's coach section: every rater's figures on one rubric version, the team's trend,
// the current alerts, those held back for want of scores, every earlier alert, and the
// thresholds that raise them.
import { Link } from 'react-router';
import { useQuery } from '../../api/use-query.js';
import { formatShortDate } from '../../lib/words.js';
import { ButtonLink } from '../../ui/ButtonLink.js';
import { EmptyState } from '../../ui/EmptyState.js';
import { QueryOrEmpty } from '../../ui/QueryOrEmpty.js';
import { QueryView } from '../../ui/QueryView.js';
import { Table } from '../../ui/Table.js';
import { numeric } from '../../ui/TableHead.js';
import { TermList } from '../../ui/TermList.js';
import { AlertHistory } from './AlertHistory.js';
import { AlertList } from './AlertList.js';
import type { DriftReport, RaterDrift } from './drift-words.js';
import {
  EXPLAIN,
  heldBackExplain,
  lean,
  percent,
  scaleUseWords,
  trendWords,
} from './drift-words.js';
import { HeldBackList } from './HeldBackList.js';
import { ThresholdsForm } from './ThresholdsForm.js';
import { TrendChart } from './TrendChart.js';
import type { VersionChoice } from './VersionPicker.js';
import { useChosenVersion, VersionPicker, versionQuery } from './VersionPicker.js';

export function DriftOverview() {
  const versions = useQuery('drift.versions', {});
  return (
    <section className="section" aria-labelledby="drift-title">
      <h2 id="drift-title">Drift across sessions</h2>
      <p className="drift-intro">
        For the coach: how each rater’s scores compare with the group’s agreed scores and with the
        anchors’ reference scores, session after session. Only blind (first-round) scores count.
      </p>
      <QueryOrEmpty
        query={versions}
        what="the rubric versions"
        empty={
          <EmptyState title="Nothing to follow yet">
            <p>Once a session is revealed, each rater’s agreement and lean appear here.</p>
          </EmptyState>
        }
      >
        {(list) => <VersionDrift versions={list} />}
      </QueryOrEmpty>
    </section>
  );
}

/** The chosen version, when it is one of the listed ones. */
export function validVersion(
  chosen: string | undefined,
  versions: VersionChoice[],
): string | undefined {
  return chosen !== undefined && versions.some((v) => v.rubricVersionId === chosen)
    ? chosen
    : undefined;
}

function VersionDrift({ versions }: { versions: VersionChoice[] }) {
  const [chosen, choose] = useChosenVersion();
  const valid = validVersion(chosen, versions);
  const report = useQuery('drift.report', valid === undefined ? {} : { rubricVersionId: valid });
  return (
    <QueryView query={report} what="the drift figures">
      {({ rubricVersionId, report: r }) => (
        <>
          <VersionPicker versions={versions} value={rubricVersionId} onChange={choose} />
          <TeamDrift report={r} rubricVersionId={rubricVersionId} />
        </>
      )}
    </QueryView>
  );
}

function TeamDrift({ report, rubricVersionId }: { report: DriftReport; rubricVersionId: string }) {
  const rubric = useQuery('rubrics.get', { versionId: rubricVersionId });
  const levelNames = rubric.data?.levels.map((l) => `${l.value} ${l.label}`) ?? [];
  const query = versionQuery(rubricVersionId);
  const raters = [...report.raters].sort((a, b) => a.name.localeCompare(b.name));
  const alerts = raters.flatMap((r) => r.alerts);
  const heldNow = raters.flatMap((r) => latestHeldBack(r) ?? []);
  const earlier = raters.flatMap((r) => r.history.filter((a) => a.status !== 'current'));
  const sessions = report.sessions.map((s) => s.label);
  const sessionDates = report.sessions.map((s) => formatShortDate(s.date));
  const exactBySession = (rater: DriftReport['raters'][number]) =>
    report.sessions.map(
      (s) => rater.sessions.find((x) => x.session === s.id)?.consensus.exact ?? null,
    );
  return (
    <>
      <h3>Alerts now</h3>
      <AlertList
        alerts={alerts}
        empty={
          heldNow.length > 0
            ? 'No alert was raised in raters’ latest sessions, but some were held back (see below).'
            : 'No rater crosses the team’s thresholds in their latest session.'
        }
      />
      {heldNow.length > 0 && (
        <>
          <h3>Held back in the latest sessions</h3>
          <p className="drift-intro">{heldBackExplain(report.minRatings)}</p>
          <HeldBackList notes={heldNow} />
        </>
      )}
      <AlertHistory
        heading="h3"
        records={earlier}
        intro="Alerts from raters’ earlier sessions stay here. One is resolved once a later session, with enough scores to check, is back within that threshold."
        empty="No rater had an alert in an earlier session."
      />

      <Table
        caption="Raters on this rubric version"
        columns={[
          'Rater',
          numeric('Exact with consensus, latest session'),
          numeric('Within one, latest session'),
          'Lean, latest session',
          numeric('Exact with anchors, all sessions'),
          numeric('Exact with colleagues, all sessions'),
          'Trend',
          'Scale use',
        ]}
      >
        <tbody>
          {raters.map((r) => {
            const latest = r.sessions[r.sessions.length - 1];
            return (
              <tr key={r.rater}>
                <th scope="row">
                  <Link to={`/raters/${encodeURIComponent(r.rater)}${query}`}>{r.name}</Link>
                  <RaterFlag rater={r} />
                </th>
                <td className="numeric">{percent(latest?.consensus.exact ?? null)}</td>
                <td className="numeric">{percent(latest?.consensus.withinOne ?? null)}</td>
                <td>{lean(latest?.consensus.severity ?? null)}</td>
                <td className="numeric">{percent(r.overall.anchors.exact)}</td>
                <td className="numeric">{percent(r.overall.colleagues.exact)}</td>
                <td>{trendWords(r.trend.slope)}</td>
                <td>{scaleUseWords(r, levelNames)}</td>
              </tr>
            );
          })}
        </tbody>
      </Table>
      <TermList
        className="drift-explain"
        terms={[
          { term: 'Exact with consensus', value: EXPLAIN.consensusExact },
          { term: 'Within one', value: EXPLAIN.consensusWithin },
          { term: 'Lean', value: EXPLAIN.lean },
          { term: 'Anchors', value: EXPLAIN.anchors },
          { term: 'Colleagues', value: EXPLAIN.colleagues },
          { term: 'Trend', value: EXPLAIN.trend },
        ]}
      />

      <h3>Exact agreement with consensus, session by session</h3>
      <TrendChart
        label={`Line chart of each rater’s exact agreement with consensus across ${sessions.length} sessions; the same figures are in the table below.`}
        categories={sessions}
        shortCategories={sessionDates}
        series={raters.map((r) => ({ name: r.name, values: exactBySession(r) }))}
        unit="%"
        min={0}
        max={1}
        lines={[
          {
            label: `Team threshold ${percent(report.thresholds.exactWithConsensus)}`,
            value: report.thresholds.exactWithConsensus,
          },
        ]}
      />
      <Table
        caption="Exact agreement with consensus by session"
        columns={['Rater', ...report.sessions.map((s) => numeric(s.label))]}
      >
        <tbody>
          {raters.map((r) => (
            <tr key={r.rater}>
              <th scope="row">{r.name}</th>
              {exactBySession(r).map((v, i) => (
                <td key={report.sessions[i]!.id} className="numeric">
                  {percent(v)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </Table>

      <div className="drift-actions">
        <ButtonLink to={`/raters/rasch${query}`}>Rasch measurement (for coaches)</ButtonLink>
      </div>
      <ThresholdsForm key={JSON.stringify(report.thresholds)} saved={report.thresholds} />
    </>
  );
}

/** The held-back note of the rater's latest session, if any. */
function latestHeldBack(rater: RaterDrift) {
  return rater.sessions[rater.sessions.length - 1]?.heldBack ?? null;
}

/** Beside a rater's name: their current alerts, or that their latest alerts were held back. */
function RaterFlag({ rater }: { rater: RaterDrift }) {
  const held = latestHeldBack(rater);
  const n = rater.alerts.length;
  const text =
    n > 0
      ? `${n} alert${n === 1 ? '' : 's'}`
      : held?.reason === 'few-ratings'
        ? 'alert held back'
        : held?.reason === 'no-consensus'
          ? 'not checked'
          : null;
  if (text === null) return null;
  return <span className="drift-flag"> ({text})</span>;
}
