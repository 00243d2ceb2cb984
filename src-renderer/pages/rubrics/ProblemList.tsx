import type { FormProblem } from './problems.js';

/** Everything that stops the rubric from being saved, read out as soon as it appears. */
export function ProblemList({ problems }: { problems: FormProblem[] }) {
  if (problems.length === 0) return null;
  return (
    <div className="notice notice--error" role="alert">
      <p className="notice__title">
        {problems.length === 1
          ? 'One thing to fix before saving:'
          : `${problems.length} things to fix before saving:`}
      </p>
      <ul>
        {problems.map((problem, i) => (
          <li key={i}>{problem.text}</li>
        ))}
      </ul>
    </div>
  );
}
