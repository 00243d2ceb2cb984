import { useEffect, useState } from 'react';
import type { ConnectionState } from '../api/client.js';
import { useApi } from '../api/api-context.js';

const WORDS: Record<ConnectionState, string> = {
  connecting: 'Connecting…',
  live: 'Up to date',
  reconnecting: 'Reconnecting… changes may show late',
};

/** Tells the room whether screens refresh on their own; silent in the desktop app. */
export function ConnectionIndicator() {
  const { client } = useApi();
  const [state, setState] = useState<ConnectionState>('connecting');
  useEffect(() => client.watchConnection(setState), [client]);
  if (client.kind === 'electron') return null;
  return (
    <p className={`connection connection--${state}`}>
      <span className="connection__dot" aria-hidden="true" />
      {WORDS[state]}
    </p>
  );
}
