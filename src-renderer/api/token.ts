// The owner token arrives in the URL hash (never sent to the server in a request line). It is
// kept for the tab's life in sessionStorage and removed from the address bar, so it is not shown
// on a projector or copied along with a link.

const STORAGE_KEY = 'concord.token';
const TOKEN_PARAM = 'token';

interface LocationLike {
  pathname: string;
  search: string;
  hash: string;
}

interface HistoryLike {
  replaceState(data: unknown, unused: string, url?: string): void;
}

interface StorageLike {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** Splits "#/path?query" into its route and its query parameters. */
function splitHash(hash: string): { route: string; params: URLSearchParams } {
  const body = hash.startsWith('#') ? hash.slice(1) : hash;
  const at = body.indexOf('?');
  if (at < 0) return { route: body, params: new URLSearchParams() };
  return { route: body.slice(0, at), params: new URLSearchParams(body.slice(at + 1)) };
}

/**
 * Takes the token out of the hash if it is there (storing it), strips it from the visible URL,
 * and returns the token to use: the fresh one, else the one stored earlier in this tab.
 */
export function takeToken(
  location: LocationLike,
  history: HistoryLike,
  storage: StorageLike,
): string | null {
  const { route, params } = splitHash(location.hash);
  const fresh = params.get(TOKEN_PARAM);
  if (fresh !== null) {
    params.delete(TOKEN_PARAM);
    const query = params.toString();
    const hash = `#${route || '/'}${query ? `?${query}` : ''}`;
    history.replaceState(null, '', `${location.pathname}${location.search}${hash}`);
    if (fresh !== '') {
      storage.setItem(STORAGE_KEY, fresh);
      return fresh;
    }
  }
  return storage.getItem(STORAGE_KEY);
}

/** Forgets a token the server refused, so a reload shows the "open the printed address" screen. */
export function forgetToken(storage: StorageLike): void {
  storage.removeItem(STORAGE_KEY);
}

/** Keeps a token obtained another way (a rater who joined by code) for this tab's life. */
export function storeToken(storage: StorageLike, token: string): void {
  storage.setItem(STORAGE_KEY, token);
}
