// The api through the Electron preload's `window.concord` bridge.
import type {
  ChangeEvent,
  ConcordBridge,
  MethodInput,
  MethodName,
  MethodOutput,
} from '../../src-main/api/contract.js';
import { ChangeEventSchema, IpcResponseSchema } from '../../src-main/api/contract.js';
import type { ApiClient, ConnectionState } from './client.js';
import { parseOutput } from './client.js';
import { clientError, errorFromBody } from './errors.js';

export class IpcApiClient implements ApiClient {
  readonly kind = 'electron';

  constructor(private readonly bridge: ConcordBridge) {}

  async call<M extends MethodName>(method: M, input: MethodInput<M>): Promise<MethodOutput<M>> {
    let raw: unknown;
    try {
      raw = await this.bridge.invoke(method, input ?? {});
    } catch {
      throw clientError('network', 'the app window lost its link to Concord');
    }
    const response = IpcResponseSchema.safeParse(raw);
    if (!response.success) throw clientError('bad_answer', method);
    if (!response.data.ok) throw errorFromBody({ error: response.data.error });
    return parseOutput(method, response.data.result);
  }

  subscribe(listener: (event: ChangeEvent) => void): () => void {
    return this.bridge.subscribe((raw) => {
      const event = ChangeEventSchema.safeParse(raw);
      if (event.success) listener(event.data);
    });
  }

  /** IPC cannot drop while the window is open. */
  watchConnection(listener: (state: ConnectionState) => void): () => void {
    listener('live');
    return () => undefined;
  }
}
