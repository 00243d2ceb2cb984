// Every use case over one open workspace, wired once.
import type { Store } from '../store/index.js';
import { ChangeBus } from './events.js';
import { libraryService } from './library.js';
import { rubricsService } from './rubrics.js';
import { samplesService } from './samples.js';
import { scoringService } from './scoring.js';
import { sessionsService } from './sessions.js';

export function createServices(store: Store) {
  const bus = new ChangeBus();
  return {
    store,
    bus,
    library: libraryService(store, bus),
    rubrics: rubricsService(store, bus),
    samples: samplesService(store, bus),
    sessions: sessionsService(store, bus),
    scoring: scoringService(store, bus),
  };
}
export type Services = ReturnType<typeof createServices>;
