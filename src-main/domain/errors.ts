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

export interface InputLocation {
  file?: string;
  line?: number;
  field?: string;
}

/** Bad data in an input file: the message says what, and where (file, line, field). */
export class InputError extends Error {
  override name = 'InputError';

  constructor(
    message: string,
    readonly where: InputLocation = {},
  ) {
    super(InputError.describe(message, where));
  }

  static describe(message: string, where: InputLocation): string {
    const place = [
      where.file,
      where.line !== undefined ? `line ${where.line}` : undefined,
      where.field !== undefined ? `field "${where.field}"` : undefined,
    ]
      .filter((part) => part !== undefined)
      .join(', ');
    return place ? `${place}: ${message}` : message;
  }
}
