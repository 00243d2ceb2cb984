// Handing an attempt to the rater: the check opens in a window of its own with the attempt's own
// key, never the coach's, so nothing there can reach the anchors' reference levels.
import { Link } from 'react-router';

/** Where the attempt screen opens: this app's address, with the attempt's key in the hash. */
export function attemptAddress(token: string, location: Location = window.location): string {
  return `${location.origin}${location.pathname}#/qualify?token=${encodeURIComponent(token)}`;
}

export function AttemptHandover({
  personName,
  token,
  feedbackMinutes,
}: {
  personName: string;
  token: string;
  feedbackMinutes: number;
}) {
  // The desktop window speaks to Concord directly, as the owner: the attempt's key needs the
  // browser mode (`concord serve`), where a window of its own can present it.
  if (window.concord) {
    return (
      <section className="card" aria-labelledby="handover-title">
        <h2 id="handover-title">The check is ready for {personName}</h2>
        <p className="notice" role="status">
          A check opens in a browser window of its own, so that it cannot show the reference levels.
          Open Concord in your browser (run <code>concord serve</code> and open the address it
          prints), then choose Continue for {personName} under Qualification checks.
        </p>
        <p>
          <Link to="/qualification">← Qualification checks</Link>
        </p>
      </section>
    );
  }
  return (
    <section className="card" aria-labelledby="handover-title">
      <h2 id="handover-title">The check is ready for {personName}</h2>
      <p>
        It opens in a new window of its own: {personName} sees the anchors and the rubric, but no
        reference level and nothing else of the workspace. Hand them the device; when they finish,
        they hand it back to you.
      </p>
      <p>
        <a
          className="button button--primary"
          href={attemptAddress(token)}
          target="_blank"
          rel="noopener noreferrer"
        >
          Open the check for {personName}
        </a>
      </p>
      <p className="muted">
        This window keeps working until {personName} submits, then for {feedbackMinutes} minutes so
        they can read their feedback. Starting another check for them closes it.
      </p>
      <p>
        <Link to="/qualification">← Qualification checks</Link>
      </p>
    </section>
  );
}
