// Who may call what: every method's route, gathered from the areas in routes/.
import type { MethodName } from './contract.js';
import type { Route } from './route.js';
import { driftRoutes } from './routes/drift.js';
import { exchangeRoutes } from './routes/exchange.js';
import { judgingRoutes } from './routes/judging.js';
import { competenciesRoutes } from './routes/competencies.js';
import { libraryRoutes } from './routes/library.js';
import { qualificationRoutes } from './routes/qualification.js';
import { resultsRoutes } from './routes/results.js';
import { reportsRoutes } from './routes/reports.js';
import { rubricsRoutes } from './routes/rubrics.js';
import { samplesRoutes } from './routes/samples.js';
import { scoringRoutes } from './routes/scoring.js';
import { sessionsRoutes } from './routes/sessions.js';
import { turnsRoutes } from './routes/turns.js';
import { workRoutes } from './routes/work.js';
import { workspaceRoutes } from './routes/workspace.js';

export type { Access, Route } from './route.js';

export const routes: { [M in MethodName]: Route<M> } = {
  ...workspaceRoutes,
  ...libraryRoutes,
  ...competenciesRoutes,
  ...rubricsRoutes,
  ...samplesRoutes,
  ...sessionsRoutes,
  ...turnsRoutes,
  ...scoringRoutes,
  ...judgingRoutes,
  ...resultsRoutes,
  ...reportsRoutes,
  ...driftRoutes,
  ...exchangeRoutes,
  ...qualificationRoutes,
  ...workRoutes,
};
