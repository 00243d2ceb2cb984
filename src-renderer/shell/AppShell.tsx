import { Outlet } from 'react-router';
import { ConnectionIndicator } from './ConnectionIndicator.js';
import { MainNav } from './MainNav.js';
import { OpenedPackageWatcher } from './OpenedPackageWatcher.js';
import { StatusRegion } from './StatusRegion.js';
import { WorkspaceDamageNotice } from './WorkspaceDamageNotice.js';

export function AppShell() {
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="shell__header">
        <div className="shell__bar">
          <p className="shell__brand">Concord</p>
          <ConnectionIndicator />
        </div>
        <MainNav />
      </header>
      <StatusRegion />
      <OpenedPackageWatcher />
      <main id="main" className="shell__main" tabIndex={-1}>
        <WorkspaceDamageNotice />
        <Outlet />
      </main>
    </div>
  );
}
