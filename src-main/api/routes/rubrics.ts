import { InputError, ValidationError } from '../../domain/errors.js';
import type { rubricMethods } from '../contract/rubrics.js';
import type { AreaRoutes } from '../route.js';

/**
 * A refused file is the caller's bad input: its message (file, line, field) goes back as is, as a
 * problem with the input as a whole (the place it names is in the file, not in the input).
 */
function asInput<T>(run: () => T): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof InputError) throw ValidationError.at([], error.message);
    throw error;
  }
}

export const rubricsRoutes: AreaRoutes<typeof rubricMethods> = {
  'rubrics.list': { access: 'owner', handle: (s, input) => s.rubrics.list(input) },
  'rubrics.get': { access: 'owner', handle: (s, input) => s.rubrics.get(input.versionId) },
  'rubrics.create': { access: 'owner', handle: (s, input) => s.rubrics.create(input) },
  'rubrics.update': {
    access: 'owner',
    handle: (s, input) => s.rubrics.update(input.versionId, input.draft, input.changeNote),
  },
  'rubrics.history': { access: 'owner', handle: (s, input) => s.rubrics.history(input.rubricId) },
  'rubrics.duplicate': {
    access: 'owner',
    handle: (s, input) => s.rubrics.duplicate(input.versionId, input.title),
  },
  'rubrics.archive': {
    access: 'owner',
    handle: (s, input) => s.rubrics.archive(input.rubricId, input.archived),
  },
  'rubrics.import': {
    access: 'owner',
    handle: (s, input) => asInput(() => s.rubrics.import(input.fileName, input.text, input.format)),
  },
  'rubrics.export': {
    access: 'owner',
    handle: (s, input) => s.rubrics.export(input.versionId, input.format),
  },
};
