import { Link } from 'react-router';

/** The first steps for a team that chose to start with an empty workspace. */
export function GettingStarted() {
  return (
    <section className="card getting-started" aria-labelledby="getting-started-title">
      <h2 id="getting-started-title">Getting started</h2>
      <ol>
        <li>
          <Link to="/rubrics/new">Create a rubric</Link>: the criteria and levels your team scores
          with.
        </li>
        <li>
          <Link to="/raters">Add the people</Link> who will score, run sessions or coach.
        </li>
        <li>Bring in student work and plan a session (coming in a later version).</li>
      </ol>
    </section>
  );
}
