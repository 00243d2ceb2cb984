// "Data": bringing in session packages from other schools, and the workspace's backups. Exports
// of one session live on its page.
import { PageHeader } from '../../ui/PageHeader.js';
import { BackupsPanel } from './BackupsPanel.js';
import { ImportPackage } from './ImportPackage.js';

export function DataPage() {
  return (
    <>
      <PageHeader
        title="Data and backups"
        description="Import a session package from another school, and keep copies of this workspace. To export a session’s ratings or share it as a package, open the session."
      />
      <ImportPackage />
      <BackupsPanel />
    </>
  );
}
