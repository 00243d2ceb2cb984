// Grade bands, competencies and people.
import type { PersonRole } from '../domain/people.js';
import type { Store } from '../store/index.js';
import type { ChangeBus } from './events.js';

export function libraryService(store: Store, bus: ChangeBus) {
  return {
    gradeBands: () => store.library.listGradeBands(),
    competencies: () => store.library.listCompetencies(),
    addCompetency(name: string, description: string) {
      const competency = store.library.addCompetency(name, description);
      bus.emit({ topic: 'rubrics' });
      return competency;
    },
    people: () => store.library.listPeople(),
    addPerson(name: string, roles: PersonRole[]) {
      const person = store.library.addPerson(name, roles);
      bus.emit({ topic: 'people' });
      return person;
    },
  };
}
