// Autosave: every change to a cell (sample x criterion) is sent; the newest value of a cell wins,
// one request per cell at a time, failures are retried with growing pauses. The state the
// screen shows ("Saving…", "Saved", "Not saved — retrying") is derived from the queue.

export type SaveState = 'idle' | 'saving' | 'saved' | 'retrying';

export const SAVE_WORDS: Record<SaveState, string> = {
  idle: 'No changes yet',
  saving: 'Saving…',
  saved: 'Saved',
  retrying: 'Not saved — retrying',
};

interface Cell<V> {
  /** The newest value not yet confirmed by the server. */
  pending: V | null;
  inFlight: boolean;
  failures: number;
  timer: unknown;
}

export interface SaveQueueOptions<V> {
  send(key: string, value: V): Promise<void>;
  onState(state: SaveState): void;
  /** Errors that retrying cannot fix (e.g. locked scores): the value is dropped and reported. */
  isFinal?(error: unknown): boolean;
  onFinalError?(key: string, error: unknown): void;
  backoff?(failures: number): number;
  setTimer?(run: () => void, ms: number): unknown;
  clearTimer?(timer: unknown): void;
}

export class SaveQueue<V> {
  private readonly cells = new Map<string, Cell<V>>();
  private everSaved = false;
  private last: SaveState = 'idle';

  constructor(private readonly options: SaveQueueOptions<V>) {}

  /** Queues the newest value of a cell. */
  put(key: string, value: V): void {
    const cell = this.cell(key);
    cell.pending = value;
    if (cell.timer !== null) {
      // A retry was waiting: send the newer value now.
      this.clear(cell);
    }
    this.pump(key);
    this.report();
  }

  get state(): SaveState {
    return this.last;
  }

  /** Whether a cell still has a value the server has not confirmed. */
  isPending(key: string): boolean {
    const cell = this.cells.get(key);
    return !!cell && (cell.pending !== null || cell.inFlight);
  }

  dispose(): void {
    for (const cell of this.cells.values()) this.clear(cell);
  }

  private cell(key: string): Cell<V> {
    let cell = this.cells.get(key);
    if (!cell) {
      cell = { pending: null, inFlight: false, failures: 0, timer: null };
      this.cells.set(key, cell);
    }
    return cell;
  }

  private clear(cell: Cell<V>): void {
    if (cell.timer === null) return;
    (this.options.clearTimer ?? ((t) => clearTimeout(t as ReturnType<typeof setTimeout>)))(
      cell.timer,
    );
    cell.timer = null;
  }

  private pump(key: string): void {
    const cell = this.cell(key);
    if (cell.inFlight || cell.pending === null || cell.timer !== null) return;
    const value = cell.pending;
    cell.pending = null;
    cell.inFlight = true;
    this.options.send(key, value).then(
      () => {
        cell.inFlight = false;
        cell.failures = 0;
        this.everSaved = true;
        this.pump(key);
        this.report();
      },
      (error: unknown) => {
        cell.inFlight = false;
        if (this.options.isFinal?.(error)) {
          cell.failures = 0;
          this.options.onFinalError?.(key, error);
          this.pump(key);
          this.report();
          return;
        }
        // Keep the value unless a newer one arrived meanwhile, and try again later.
        if (cell.pending === null) cell.pending = value;
        cell.failures += 1;
        const pause = (this.options.backoff ?? defaultBackoff)(cell.failures);
        cell.timer = (this.options.setTimer ?? ((run, ms) => setTimeout(run, ms)))(() => {
          cell.timer = null;
          this.pump(key);
          this.report();
        }, pause);
        this.report();
      },
    );
  }

  private compute(): SaveState {
    let busy = false;
    for (const cell of this.cells.values()) {
      if (cell.failures > 0) return 'retrying';
      if (cell.inFlight || cell.pending !== null) busy = true;
    }
    if (busy) return 'saving';
    return this.everSaved ? 'saved' : 'idle';
  }

  private report(): void {
    const next = this.compute();
    if (next === this.last) return;
    this.last = next;
    this.options.onState(next);
  }
}

const defaultBackoff = (failures: number): number => Math.min(1000 * 2 ** (failures - 1), 10_000);
