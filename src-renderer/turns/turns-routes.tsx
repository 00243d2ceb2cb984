// A device taking turns: no navigation and no owner pages, only the turns of one session.
import type { RouteObject } from 'react-router';
import { RouteError } from '../shell/RouteError.js';
import { TurnsHome } from './TurnsHome.js';

export const turnsRoutes: RouteObject[] = [
  { path: '*', element: <TurnsHome />, errorElement: <RouteError /> },
];
