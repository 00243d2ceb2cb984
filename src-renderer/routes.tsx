// Every page of the app. One folder per section under pages/; later pages slot in here.
import type { RouteObject } from 'react-router';
import { AppShell } from './shell/AppShell.js';
import { NotFoundPage } from './shell/NotFoundPage.js';
import { RouteError } from './shell/RouteError.js';
import { HomePage } from './pages/home/HomePage.js';
import { RubricsPage } from './pages/rubrics/RubricsPage.js';
import { RubricDetailPage } from './pages/rubrics/RubricDetailPage.js';
import { NewRubricPage } from './pages/rubrics/NewRubricPage.js';
import { EditRubricPage } from './pages/rubrics/EditRubricPage.js';
import { RubricHistoryPage } from './pages/rubrics/RubricHistoryPage.js';
import { CompetenciesPage } from './pages/competencies/CompetenciesPage.js';
import { SamplesPage } from './pages/samples/SamplesPage.js';
import { SampleDetailPage } from './pages/samples/SampleDetailPage.js';
import { AnchorLibraryPage } from './pages/samples/AnchorLibraryPage.js';
import { SessionsPage } from './pages/sessions/SessionsPage.js';
import { SessionDetailPage } from './pages/sessions/SessionDetailPage.js';
import { NewSessionPage } from './pages/sessions/NewSessionPage.js';
import { OneDevicePage } from './pages/sessions/OneDevicePage.js';
import { SessionResultsPage } from './pages/results/SessionResultsPage.js';
import { RatersPage } from './pages/raters/RatersPage.js';
import { RaterDriftPage } from './pages/drift/RaterDriftPage.js';
import { RaschPage } from './pages/drift/RaschPage.js';
import { ReportsPage } from './pages/reports/ReportsPage.js';
import { DataPage } from './pages/data/DataPage.js';
import { QualificationPage } from './pages/qualification/QualificationPage.js';
import { EditSetPage, NewSetPage } from './pages/qualification/SetEditorPage.js';
import { TakeCheckPage } from './pages/qualification/TakeCheckPage.js';

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
          { path: 'rubrics/:versionId/edit', element: <EditRubricPage /> },
          { path: 'rubrics/history/:rubricId', element: <RubricHistoryPage /> },
          { path: 'rubrics/competencies', element: <CompetenciesPage /> },
          { path: 'samples', element: <SamplesPage /> },
          { path: 'samples/anchors', element: <AnchorLibraryPage /> },
          { path: 'samples/:sampleId', element: <SampleDetailPage /> },
          { path: 'sessions', element: <SessionsPage /> },
          { path: 'sessions/new', element: <NewSessionPage /> },
          { path: 'sessions/:sessionId', element: <SessionDetailPage /> },
          { path: 'sessions/:sessionId/score', element: <OneDevicePage /> },
          { path: 'sessions/:sessionId/results', element: <SessionResultsPage /> },
          { path: 'raters', element: <RatersPage /> },
          { path: 'raters/rasch', element: <RaschPage /> },
          { path: 'raters/:personId', element: <RaterDriftPage /> },
          { path: 'qualification', element: <QualificationPage /> },
          { path: 'qualification/new', element: <NewSetPage /> },
          { path: 'qualification/:setId/edit', element: <EditSetPage /> },
          { path: 'qualification/:setId/take', element: <TakeCheckPage /> },
          { path: 'reports', element: <ReportsPage /> },
          { path: 'data', element: <DataPage /> },
          { path: '*', element: <NotFoundPage /> },
        ],
      },
    ],
  },
];
