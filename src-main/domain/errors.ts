// Failures every layer can name; the api maps each to one transport status.

export class NotFoundError extends Error {
  override name = 'NotFoundError';
}

/** The request is well-formed but conflicts with what is stored (a frozen rubric, a locked score). */
export class ConflictError extends Error {
  override name = 'ConflictError';
}

/** The caller is known but may not do this. */
export class ForbiddenError extends Error {
  override name = 'ForbiddenError';
}

/** Data that breaks a domain rule; the message names the field. */
export class ValidationError extends Error {
  override name = 'ValidationError';
}
