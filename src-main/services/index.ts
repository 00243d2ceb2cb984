// Every use case over one open workspace, wired once.
import type { JobRunner } from '../jobs/runner.js';
import { inlineRunner } from '../jobs/runner.js';
import type { Store } from '../store/index.js';
import { backupsService } from './backups.js';
import { competenciesService } from './competencies.js';
import { discussionService } from './discussion.js';
import { loadDemo } from './demo/load.js';
import { driftService } from './drift.js';
import { ChangeBus } from './events.js';
import { exchangeService } from './exchange.js';
import { integrityService } from './integrity.js';
import { judgingService } from './judging.js';
import { judgingResultsService } from './judging-results.js';
import { libraryService } from './library.js';
import { qualificationService } from './qualification.js';
import { rubricsService } from './rubrics.js';
import { samplesService } from './samples.js';
import { sampleImportService } from './sample-import.js';
import { scoringService } from './scoring.js';
import { resultsService } from './results.js';
import { roomService } from './room.js';
import { sessionsService } from './sessions.js';
import { turnsService } from './turns.js';
import { workService } from './work.js';
import { workspaceService } from './workspace.js';
import { reportsService } from '../reports/service.js';

export interface ServiceOptions {
  /** Where heavy work runs: worker threads in the app and the room server; here by default. */
  jobs?: JobRunner;
}

export function createServices(store: Store, options: ServiceOptions = {}) {
  const bus = new ChangeBus();
  const jobs = options.jobs ?? inlineRunner();
  const results = resultsService(store, jobs);
  const drift = driftService(store);
  const judgingResults = judgingResultsService(store, jobs);
  const work = workService(bus);
  const sessions = sessionsService(store, bus);
  const samples = samplesService(store, bus);
  const room = roomService(store, bus, sessions);
  const integrity = integrityService(store, bus);
  const services = {
    bus,
    workspace: workspaceService(store),
    library: libraryService(store, bus),
    rubrics: rubricsService(store, bus),
    competencies: competenciesService(store, bus),
    samples,
    sampleImport: sampleImportService(store, bus, { samples, jobs, work }),
    work,
    sessions,
    scoring: scoringService(store, bus, sessions),
    judging: judgingService(store, bus, sessions),
    judgingResults,
    discussion: discussionService(store, bus),
    room,
    results,
    drift,
    exchange: exchangeService(store, bus, jobs),
    reports: reportsService(store, { results, drift, judgingResults, jobs }),
    qualification: qualificationService(store, bus),
    turns: turnsService(store, bus),
    integrity,
    backups: backupsService(store, {
      bus,
      closeRoom: () => room.stopHosting(),
      replaced: () => integrity.forget(),
    }),
  };
  return { ...services, demo: { load: (): boolean => loadDemo(services, store) } };
}
export type Services = ReturnType<typeof createServices>;
