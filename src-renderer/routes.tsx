// Every page of the app. One folder per section under pages/; later pages slot in here.
import type { RouteObject } from 'react-router';
import { AppShell } from './shell/AppShell.js';
import { NotFoundPage } from './shell/NotFoundPage.js';
import { RouteError } from './shell/RouteError.js';
import { HomePage } from './pages/home/HomePage.js';
import { RubricsPage } from './pages/rubrics/RubricsPage.js';
import { RubricDetailPage } from './pages/rubrics/RubricDetailPage.js';
import { NewRubricPage } from './pages/rubrics/NewRubricPage.js';
import { SamplesPage } from './pages/samples/SamplesPage.js';
import { SessionsPage } from './pages/sessions/SessionsPage.js';
import { SessionDetailPage } from './pages/sessions/SessionDetailPage.js';
import { RatersPage } from './pages/raters/RatersPage.js';
import { ReportsPage } from './pages/reports/ReportsPage.js';

export const routes: RouteObject[] = [
  {
    element: <AppShell />,
    children: [
      {
        // A crashing page shows its error inside the shell, so navigation still works.
        errorElement: <RouteError />,
        children: [
          { index: true, element: <HomePage /> },
          { path: 'rubrics', element: <RubricsPage /> },
          { path: 'rubrics/new', element: <NewRubricPage /> },
          { path: 'rubrics/:versionId', element: <RubricDetailPage /> },
          { path: 'samples', element: <SamplesPage /> },
          { path: 'sessions', element: <SessionsPage /> },
          { path: 'sessions/:sessionId', element: <SessionDetailPage /> },
          { path: 'raters', element: <RatersPage /> },
          { path: 'reports', element: <ReportsPage /> },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];
