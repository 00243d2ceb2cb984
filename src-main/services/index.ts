// Every use case over one open workspace, wired once.
import type { Store } from '../store/index.js';
import { backupsService } from './backups.js';
import { competenciesService } from './competencies.js';
import { discussionService } from './discussion.js';
import { driftService } from './drift.js';
import { ChangeBus } from './events.js';
import { exchangeService } from './exchange.js';
import { integrityService } from './integrity.js';
import { libraryService } from './library.js';
import { qualificationService } from './qualification.js';
import { rubricsService } from './rubrics.js';
import { samplesService } from './samples.js';
import { sampleImportService } from './sample-import.js';
import { scoringService } from './scoring.js';
import { resultsService } from './results.js';
import { roomService } from './room.js';
import { sessionsService } from './sessions.js';
import { reportsService } from '../reports/service.js';

export function createServices(store: Store) {
  const bus = new ChangeBus();
  const sessions = sessionsService(store, bus);
  const samples = samplesService(store, bus);
  const room = roomService(store, bus, sessions);
  const integrity = integrityService(store, bus);
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
    room,
    results: resultsService(store),
    drift: driftService(store),
    exchange: exchangeService(store, bus),
    reports: reportsService(store),
    qualification: qualificationService(store, bus),
    integrity,
    backups: backupsService(store, {
      bus,
      closeRoom: () => room.stopHosting(),
      replaced: () => integrity.forget(),
    }),
  };
}
export type Services = ReturnType<typeof createServices>;
