// Guards applied to every web contents and to the session: nothing but the app's own pages is
// ever loaded, no window is ever opened by a page, and no web permission is ever granted.
import type { App, Session } from 'electron';
import { shell } from 'electron';
import { isAllowedExternalUrl, mayNavigate } from './security.js';

export function guardAllWebContents(app: App): void {
  app.on('web-contents-created', (_event, contents) => {
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.on('will-navigate', (event, url) => {
      if (!mayNavigate(url)) event.preventDefault();
    });
    contents.on('will-redirect', (event, url) => {
      if (!mayNavigate(url)) event.preventDefault();
    });
    contents.setWindowOpenHandler(({ url }) => {
      if (isAllowedExternalUrl(url)) void shell.openExternal(url);
      return { action: 'deny' };
    });
  });
}

export function denyAllPermissions(session: Session): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  session.setPermissionCheckHandler(() => false);
}
