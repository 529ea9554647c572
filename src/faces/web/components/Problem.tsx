/** An error from the API, with the fields at fault (problem+json), or any other failure. */
import { ApiProblem } from '../api/client.js';
import type { ProblemField } from '../api/types.js';

export function ProblemView({ error, title }: { error: unknown; title?: string }) {
  if (error instanceof ApiProblem) {
    const { problem } = error;
    return (
      <div className="problem" role="alert">
        <p className="problem-title">
          <strong>{title ?? problem.title}</strong>
          {problem.status ? ` (${problem.status})` : ''}: {problem.detail}
        </p>
        {problem.errors?.length ? <FieldErrors errors={problem.errors} /> : null}
      </div>
    );
  }
  return (
    <div className="problem" role="alert">
      <p className="problem-title">
        <strong>{title ?? 'Something went wrong'}</strong>: {error instanceof Error ? error.message : String(error)}
      </p>
    </div>
  );
}

export function FieldErrors({ errors }: { errors: readonly ProblemField[] }) {
  return (
    <ul className="field-errors">
      {errors.map((e, i) => (
        <li key={i}>
          <code>{e.field}</code>
          {e.line ? (
            <span className="where">
              {' '}
              (line {e.line}, column {e.column})
            </span>
          ) : null}
          : {e.message}
          {e.hint ? <span className="hint"> — {e.hint}</span> : null}
        </li>
      ))}
    </ul>
  );
}
