import { NotFoundError, ValidationError } from '../domain/errors.js';
import type { RubricSummary, RubricVersion } from '../domain/rubric.js';
import { rubricProblems } from '../domain/rubric.js';
import type { Store } from '../store/index.js';
import type { NewRubricVersion } from '../store/rubrics-repo.js';
import type { ChangeBus } from './events.js';

export function rubricsService(store: Store, bus: ChangeBus) {
  return {
    list(): RubricSummary[] {
      return store.rubrics.listSummaries();
    },

    get(versionId: string): RubricVersion {
      const version = store.rubrics.getVersion(versionId);
      if (!version) throw new NotFoundError(`No rubric version ${versionId}.`);
      return version;
    },

    create(draft: NewRubricVersion): RubricVersion {
      const problems = rubricProblems(draft);
      if (problems.length > 0) throw new ValidationError(problems.join('; '));
      const versionId = store.rubrics.create(draft);
      bus.emit({ topic: 'rubrics' });
      return this.get(versionId);
    },
  };
}
