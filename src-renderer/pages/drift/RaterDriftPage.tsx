// One rater across the sessions of one rubric version (route raters/:personId): accuracy against
// the group's consensus and against anchors, agreement with colleagues (apart), lean, scale use,
// trends, the alerts of their latest session, the alerts held back for want of scores and every
// earlier alert. Owner only, like the api behind it.
import { Link, useParams } from 'react-router';
import { useQuery } from '../../api/use-query.js';
import { formatShortDate } from '../../lib/words.js';
import { EmptyState } from '../../ui/EmptyState.js';
import { PageHeader } from '../../ui/PageHeader.js';
import { QueryOrEmpty } from '../../ui/QueryOrEmpty.js';
import { QueryView } from '../../ui/QueryView.js';
import { Table } from '../../ui/Table.js';
import { numeric } from '../../ui/TableHead.js';
import { AlertHistory } from './AlertHistory.js';
import { AlertList } from './AlertList.js';
import { validVersion } from './DriftOverview.js';
import type { DriftReport, RaterDrift } from './drift-words.js';
import {
  EXPLAIN,
  heldBackExplain,
  lean,
  percent,
  scaleUseWords,
  signed,
  trendWords,
} from './drift-words.js';
import { HeldBackList } from './HeldBackList.js';
import { SessionTable } from './SessionTable.js';
import { TrendChart } from './TrendChart.js';
import type { VersionChoice } from './VersionPicker.js';
import { useChosenVersion, VersionPicker, versionQuery } from './VersionPicker.js';

export function RaterDriftPage() {
  const { personId = '' } = useParams();
  const versions = useQuery('drift.versions', {});
  const [chosen, choose] = useChosenVersion();
  return (
    <QueryOrEmpty
      query={versions}
      what="the rubric versions"
      empty={
        <>
          <PageHeader title="Rater drift" before={<Link to="/raters">← Raters</Link>} />
          <EmptyState title="Nothing to follow yet">
            <p>Once a session is revealed, this rater’s figures appear here.</p>
          </EmptyState>
        </>
      }
    >
      {(list) => (
        <RaterReport
          personId={personId}
          rubricVersionId={validVersion(chosen, list)}
          versions={list}
          onChoose={choose}
        />
      )}
    </QueryOrEmpty>
  );
}

function RaterReport({
  personId,
  rubricVersionId,
  versions,
  onChoose,
}: {
  personId: string;
  rubricVersionId: string | undefined;
  versions: VersionChoice[];
  onChoose: (id: string) => void;
}) {
  const report = useQuery('drift.report', rubricVersionId === undefined ? {} : { rubricVersionId });
  return (
    <QueryView query={report} what="the drift figures">
      {({ rubricVersionId: versionId, report: r }) => {
        const rater = r.raters.find((x) => x.rater === personId);
        return (
          <>
            <PageHeader
              title={rater ? `${rater.name}: drift across sessions` : 'Rater drift'}
              before={<Link to={`/raters${versionQuery(versionId)}`}>← Raters</Link>}
              description="Blind (first-round) scores of every revealed session on this rubric version."
            />
            <VersionPicker versions={versions} value={versionId} onChange={onChoose} />
            {rater ? (
              <RaterFigures rater={rater} report={r} versionId={versionId} />
            ) : (
              <EmptyState title="No scores on this rubric version">
                <p>This person has not scored a revealed session that used this rubric version.</p>
              </EmptyState>
            )}
          </>
        );
      }}
    </QueryView>
  );
}

function RaterFigures({
  rater,
  report,
  versionId,
}: {
  rater: RaterDrift;
  report: DriftReport;
  versionId: string;
}) {
  const rubric = useQuery('rubrics.get', { versionId });
  const levels = rubric.data?.levels ?? report.levels.map((value) => ({ value, label: '' }));
  const levelNames = levels.map((l) => `${l.value} ${l.label}`.trim());
  const th = report.thresholds;
  const o = rater.overall;
  const sessions = rater.sessions.map((s) => s.label);
  const sessionDates = rater.sessions.map((s) => formatShortDate(s.date));
  const rows: [string, string, string][] = [
    ['Exact agreement with consensus', percent(o.consensus.exact), EXPLAIN.consensusExact],
    ['Within one level of consensus', percent(o.consensus.withinOne), EXPLAIN.consensusWithin],
    ['Lean against consensus', lean(o.consensus.severity), EXPLAIN.lean],
    ['Exact agreement with anchors', percent(o.anchors.exact), EXPLAIN.anchors],
    ['Within one level of anchors', percent(o.anchors.withinOne), EXPLAIN.anchors],
    ['Lean against anchors', lean(o.anchors.severity), EXPLAIN.anchors],
    ['Exact agreement with colleagues', percent(o.colleagues.exact), EXPLAIN.colleagues],
    ['Within one level of colleagues', percent(o.colleagues.withinOne), EXPLAIN.colleagues],
    ['Trend of exact agreement with consensus', trendWords(rater.trend.slope), EXPLAIN.trend],
    ['Scale use', scaleUseWords(rater, levelNames), EXPLAIN.scaleUse],
  ];
  const totalScores = o.scaleUse.counts.reduce((a, b) => a + b, 0);
  const latest = rater.sessions[rater.sessions.length - 1];
  const held = rater.sessions.flatMap((s) => (s.heldBack ? [s.heldBack] : [])).reverse();
  const quiet =
    latest?.heldBack?.reason === 'no-consensus'
      ? `No alert could be checked in ${rater.name}’s latest session: it has no consensus scores.`
      : latest?.heldBack
        ? `No alert was raised in ${rater.name}’s latest session: too few scores had a consensus score to be sure (see “Alerts held back” below).`
        : `${rater.name} is within the team’s thresholds in their latest session.`;
  return (
    <>
      <section className="section" aria-labelledby="rater-alerts-title">
        <h2 id="rater-alerts-title">Alerts in the latest session</h2>
        <AlertList alerts={rater.alerts} empty={quiet} />
      </section>

      {held.length > 0 && (
        <section className="section" aria-labelledby="rater-held-title">
          <h2 id="rater-held-title">Alerts held back</h2>
          <p className="drift-intro">{heldBackExplain(report.minRatings)}</p>
          <HeldBackList notes={held} />
        </section>
      )}

      <section className="section" aria-labelledby="rater-history-title">
        <AlertHistory
          headingId="rater-history-title"
          heading="h2"
          records={rater.history.filter((a) => a.status !== 'current')}
          intro="Alerts from earlier sessions stay here. One is resolved once a later session, with enough scores to check, is back within that threshold."
          empty={`${rater.name} had no alerts in earlier sessions.`}
        />
      </section>

      <section className="section" aria-labelledby="rater-overall-title">
        <h2 id="rater-overall-title">All sessions together</h2>
        <Table
          caption="Figures over all sessions"
          captionHidden
          columns={['Figure', numeric('Value'), 'What it means']}
        >
          <tbody>
            {rows.map(([name, value, meaning]) => (
              <tr key={name}>
                <th scope="row">{name}</th>
                <td className="numeric nowrap">{value}</td>
                <td className="drift-meaning">{meaning}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      </section>

      <section className="section" aria-labelledby="rater-trend-title">
        <h2 id="rater-trend-title">Session by session</h2>
        <TrendChart
          label={`Line chart of ${rater.name}’s agreement across ${sessions.length} sessions: exact and within one with consensus, exact with anchors; the dashed lines are the team’s thresholds. The figures are in the table below.`}
          categories={sessions}
          shortCategories={sessionDates}
          series={[
            { name: 'Exact with consensus', values: rater.sessions.map((s) => s.consensus.exact) },
            {
              name: 'Within one of consensus',
              values: rater.sessions.map((s) => s.consensus.withinOne),
            },
            { name: 'Exact with anchors', values: rater.sessions.map((s) => s.anchors.exact) },
          ]}
          unit="%"
          min={0}
          max={1}
          lines={[
            { label: `Exact ${percent(th.exactWithConsensus)}`, value: th.exactWithConsensus },
            {
              label: `Within one ${percent(th.withinOneWithConsensus)}`,
              value: th.withinOneWithConsensus,
            },
          ]}
        />
        <TrendChart
          label={`Line chart of ${rater.name}’s lean in levels across ${sessions.length} sessions, against consensus and against anchors; below zero is harsher, above zero more lenient. The figures are in the table below.`}
          categories={sessions}
          shortCategories={sessionDates}
          series={[
            {
              name: 'Lean against consensus',
              values: rater.sessions.map((s) => s.consensus.severity),
            },
            { name: 'Lean against anchors', values: rater.sessions.map((s) => s.anchors.severity) },
          ]}
          unit="levels"
          min={-2}
          max={2}
          lines={[
            { label: `+${th.meanSeverity}`, value: th.meanSeverity },
            { label: `${signed(-th.meanSeverity, 1)}`, value: -th.meanSeverity },
          ]}
        />
        <SessionTable rater={rater} />
      </section>

      <section className="section" aria-labelledby="rater-scale-title">
        <h2 id="rater-scale-title">Use of the scale</h2>
        <p>
          {scaleUseWords(rater, levelNames)}. {EXPLAIN.scaleUse}
        </p>
        <Table
          caption={`${rater.name}’s scores by level`}
          captionHidden
          columns={['Level', numeric('Scores'), numeric('Share')]}
        >
          <tbody>
            {levels.map((l, i) => (
              <tr key={l.value}>
                <th scope="row">{levelNames[i]}</th>
                <td className="numeric">{o.scaleUse.counts[i] ?? 0}</td>
                <td className="numeric">
                  {totalScores > 0 ? percent(o.scaleUse.shares[i] ?? 0) : '—'}
                </td>
              </tr>
            ))}
          </tbody>
        </Table>
      </section>
    </>
  );
}
