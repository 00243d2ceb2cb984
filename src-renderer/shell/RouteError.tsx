import { isRouteErrorResponse, useRouteError } from 'react-router';
import { messageOf } from '../api/errors.js';
import { ButtonLink } from '../ui/ButtonLink.js';

/** Shown instead of a blank page when a screen crashes while drawing. */
export function RouteError() {
  const error = useRouteError();
  const message = isRouteErrorResponse(error) ? error.statusText : messageOf(error);
  return (
    <div className="notice notice--error" role="alert">
      <h1>Something went wrong on this page</h1>
      <p>{message}</p>
      <ButtonLink to="/">Go to Home</ButtonLink>
    </div>
  );
}
