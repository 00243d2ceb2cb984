// Every use case over one open workspace, wired once.
import type { Store } from '../store/index.js';
import { backupsService } from './backups.js';
import { competenciesService } from './competencies.js';
import { discussionService } from './discussion.js';
import { driftService } from './drift.js';
import { ChangeBus } from './events.js';
import { exchangeService } from './exchange.js';
import { libraryService } from './library.js';
import { rubricsService } from './rubrics.js';
import { samplesService } from './samples.js';
import { sampleImportService } from './sample-import.js';
import { scoringService } from './scoring.js';
import { resultsService } from './results.js';
import { roomService } from './room.js';
import { sessionsService } from './sessions.js';

export function createServices(store: Store) {
  const bus = new ChangeBus();
  const sessions = sessionsService(store, bus);
  const samples = samplesService(store, bus);
  return {
    store,
    bus,
    library: libraryService(store, bus),
    rubrics: rubricsService(store, bus),
    competencies: competenciesService(store, bus),
    samples,
    sampleImport: sampleImportService(store, bus, samples),
    sessions,
    scoring: scoringService(store, bus, sessions),
    discussion: discussionService(store, bus),
    room: roomService(store, bus, sessions),
    results: resultsService(store),
    drift: driftService(store),
    exchange: exchangeService(store, bus),
    backups: backupsService(store),
  };
}
export type Services = ReturnType<typeof createServices>;
