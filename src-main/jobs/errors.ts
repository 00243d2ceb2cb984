// Errors cross a thread as plain data; the known kinds come back as themselves, so a refusal
// from a worker reads exactly as one from this thread (400 for bad input, 409 for a conflict).
import {
  ConflictError,
  ForbiddenError,
  InputError,
  NotFoundError,
  ValidationError,
} from '../domain/errors.js';
import type { InputLocation, Problem } from '../domain/errors.js';

export interface ErrorData {
  name: string;
  message: string;
  where?: InputLocation;
  /** A ValidationError's problems, so their paths survive the crossing. */
  problems?: Problem[];
}

export function errorToData(error: unknown): ErrorData {
  if (error instanceof InputError) {
    return { name: error.name, message: error.message, where: error.where };
  }
  if (error instanceof ValidationError) {
    return { name: error.name, message: error.message, problems: error.problems };
  }
  if (error instanceof Error) return { name: error.name, message: error.message };
  return { name: 'Error', message: String(error) };
}

const KINDS: Record<string, new (message: string) => Error> = {
  ConflictError,
  ForbiddenError,
  NotFoundError,
  ValidationError,
};

export function errorFromData(data: ErrorData): Error {
  if (data.name === 'InputError') {
    // The message already names the place; `where` is kept for callers that read it.
    const error = new InputError(data.message);
    Object.defineProperty(error, 'where', { value: data.where ?? {} });
    return error;
  }
  if (data.name === 'ValidationError' && data.problems) return new ValidationError(data.problems);
  const Kind = KINDS[data.name];
  if (Kind) return new Kind(data.message);
  const error = new Error(data.message);
  error.name = data.name;
  return error;
}
