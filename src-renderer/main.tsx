// Startup: choose the transport (and take the token out of the URL) before the router reads it.
import './zod-config.js';
import { StrictMode, useEffect, useState } from 'react';
import { createRoot } from 'react-dom/client';
import type { RouteObject } from 'react-router';
import { createHashRouter } from 'react-router';
import { chooseClient } from './api/choose-client.js';
import type { AppRouter, Role } from './App.js';
import { App } from './App.js';
import { JoinScreen } from './join/JoinScreen.js';
import { codeFromHash } from './join/join-api.js';
import { candidateRoutes } from './qualification/candidate-routes.js';
import { raterRoutes } from './rater/rater-routes.js';
import { routes } from './routes.js';
import { turnsRoutes } from './turns/turns-routes.js';
import { NoTokenScreen } from './shell/NoTokenScreen.js';
import { useAccess } from './state/access-store.js';
import './styles/index.css';

const startup = chooseClient(window, () => useAccess.getState().refuse());
const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

const ROUTES_BY_ROLE: Record<Role, RouteObject[]> = {
  owner: routes,
  rater: raterRoutes,
  candidate: candidateRoutes,
  turns: turnsRoutes,
};
const routers = new Map<Role, AppRouter>();
const routerFor = (role: Role): AppRouter => {
  let router = routers.get(role);
  if (!router) {
    router = createHashRouter(ROUTES_BY_ROLE[role]);
    routers.set(role, router);
  }
  return router;
};

/** A browser without a key: at #/join or #/join/CODE (the QR code's address) a teacher joins. */
function NoKey() {
  const [hash, setHash] = useState(window.location.hash);
  useEffect(() => {
    const onChange = () => setHash(window.location.hash);
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return codeFromHash(hash) !== null ? <JoinScreen key={hash} /> : <NoTokenScreen />;
}

createRoot(container).render(
  <StrictMode>
    {startup.kind === 'ready' ? <App client={startup.client} routerFor={routerFor} /> : <NoKey />}
  </StrictMode>,
);
