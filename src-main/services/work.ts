// Heavy work under way (anonymizing a sample, checking a package), so the screen that started it
// can show how far it has got: "essay.pdf: page 3 of 7". Kept in memory; the change event carries
// no data, the owner's screen asks for the list.
import type { WorkUnderWay } from '../domain/work.js';
import { newId } from '../store/ids.js';
import type { ChangeBus } from './events.js';

export function workService(bus: ChangeBus) {
  const underWay = new Map<string, WorkUnderWay>();
  const changed = () => bus.emit({ topic: 'work' });
  return {
    list: (): WorkUnderWay[] => [...underWay.values()],

    /** Runs `work`, listed under `what` until it ends, however it ends. */
    async track<T>(
      what: string,
      unit: string,
      work: (progress: (done: number, total: number) => void) => Promise<T>,
    ): Promise<T> {
      const id = newId();
      underWay.set(id, { id, what, done: 0, total: 0, unit });
      changed();
      try {
        return await work((done, total) => {
          underWay.set(id, { id, what, done, total, unit });
          changed();
        });
      } finally {
        underWay.delete(id);
        changed();
      }
    },
  };
}
export type WorkService = ReturnType<typeof workService>;
