// Every use case over one open workspace, wired once.
import type { Store } from '../store/index.js';
import { discussionService } from './discussion.js';
import { ChangeBus } from './events.js';
import { libraryService } from './library.js';
import { rubricsService } from './rubrics.js';
import { samplesService } from './samples.js';
import { scoringService } from './scoring.js';
import { roomService } from './room.js';
import { sessionsService } from './sessions.js';

export function createServices(store: Store) {
  const bus = new ChangeBus();
  const sessions = sessionsService(store, bus);
  return {
    store,
    bus,
    library: libraryService(store, bus),
    rubrics: rubricsService(store, bus),
    samples: samplesService(store, bus),
    sessions,
    scoring: scoringService(store, bus, sessions),
    discussion: discussionService(store, bus),
    room: roomService(store, bus, sessions),
  };
}
export type Services = ReturnType<typeof createServices>;
