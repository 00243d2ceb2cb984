// The app:// scheme that serves the built renderer: a secure, standard origin of its own, so the
// renderer never runs from file:// and the CSP header applies to every response.
import { protocol } from 'electron';
import { appResponse } from './app-response.js';
import { APP_SCHEME } from './app-url.js';

/** Privileges can only be granted before the app is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

export function serveRenderer(rendererDir: string): void {
  protocol.handle(APP_SCHEME, (request) =>
    appResponse(rendererDir, { url: request.url, method: request.method }),
  );
}
