// In the desktop app, a .concord package opened from the computer takes the owner to the Data
// page, where the package import shows it chosen.
import { useEffect } from 'react';
import { useNavigate } from 'react-router';
import { desktopFiles, useOpenedPackage, watchOpenedPackages } from '../api/opened-package.js';

export function OpenedPackageWatcher() {
  const navigate = useNavigate();
  const offer = useOpenedPackage((state) => state.offer);
  useEffect(() => {
    const files = desktopFiles();
    if (files === null) return;
    return watchOpenedPackages(files, (opened) => {
      offer(opened);
      void navigate('/data');
    });
  }, [navigate, offer]);
  return null;
}
