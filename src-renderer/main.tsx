// Startup: choose the transport (and take the token out of the URL) before the router reads it.
import './zod-config.js';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createHashRouter } from 'react-router';
import { chooseClient } from './api/choose-client.js';
import { App } from './App.js';
import { routes } from './routes.js';
import { NoTokenScreen } from './shell/NoTokenScreen.js';
import { useAccess } from './state/access-store.js';
import './styles/index.css';

const startup = chooseClient(window, () => useAccess.getState().refuse());
const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');

createRoot(container).render(
  <StrictMode>
    {startup.kind === 'ready' ? (
      <App client={startup.client} router={createHashRouter(routes)} />
    ) : (
      <NoTokenScreen />
    )}
  </StrictMode>,
);
