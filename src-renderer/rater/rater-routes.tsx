// The rater's app: no navigation and no owner pages, only their session.
import type { RouteObject } from 'react-router';
import { RouteError } from '../shell/RouteError.js';
import { RaterHome } from './RaterHome.js';

export const raterRoutes: RouteObject[] = [
  { path: '*', element: <RaterHome />, errorElement: <RouteError /> },
];
