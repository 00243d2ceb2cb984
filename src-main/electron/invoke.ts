// One api call arriving over IPC: refused unless it comes from the app's own main frame, then
// handed to the same dispatcher as every other transport, as the owner (the person at the app).
import type { IpcResponse } from '../api/contract.js';
import { dispatch } from '../api/dispatcher.js';
import type { Services } from '../services/index.js';

export async function invokeApi(
  services: Services,
  trustedSender: boolean,
  method: unknown,
  input: unknown,
): Promise<IpcResponse> {
  if (!trustedSender) {
    return {
      ok: false,
      error: { code: 'forbidden', message: 'Calls come only from the Concord window.' },
    };
  }
  if (typeof method !== 'string') {
    return {
      ok: false,
      error: { code: 'invalid_input', message: 'The api method must be a name.' },
    };
  }
  return dispatch(services, { role: 'owner' }, method, input);
}
