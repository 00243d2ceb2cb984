// A .concord package opened with Concord from the computer (double-clicked, or given to a second
// launch): the desktop app's preload exposes it as `window.concordFiles`. The page learns its name
// and size, and may ask for its bytes or dismiss it by the id it was given, never by a path.
import { z } from 'zod';
import { create } from 'zustand';

/** What the Electron preload exposes; absent in a browser. */
export interface DesktopFiles {
  onPackageOpened(listener: () => void): () => void;
  openedPackage(): Promise<unknown>;
  readOpenedPackage(id: string): Promise<unknown>;
  dismissOpenedPackage(id: string): Promise<unknown>;
}

declare global {
  interface Window {
    concordFiles?: DesktopFiles;
  }
}

const OpenedPackageSchema = z.object({
  id: z.string().min(1).max(100),
  name: z.string().min(1).max(500),
  size: z.number().int().nonnegative(),
});
export type OpenedPackage = z.infer<typeof OpenedPackageSchema>;

const PackageReadSchema = z.union([
  z.object({ ok: z.literal(true), name: z.string(), bytes: z.instanceof(Uint8Array) }),
  z.object({ ok: z.literal(false), message: z.string() }),
]);

interface OpenedPackageState {
  waiting: OpenedPackage | null;
  offer(opened: OpenedPackage): void;
  clear(): void;
}

export const useOpenedPackage = create<OpenedPackageState>((set) => ({
  waiting: null,
  offer: (opened) => set({ waiting: opened }),
  clear: () => set({ waiting: null }),
}));

export function desktopFiles(win: Window = window): DesktopFiles | null {
  return win.concordFiles ?? null;
}

/**
 * Asks for the waiting package now and whenever the app says one was opened; `onOpened` hears
 * each one. The app keeps a package waiting until it is read or dismissed, so asking twice (a
 * reload, React's double effects in development) loses nothing.
 */
export function watchOpenedPackages(
  files: DesktopFiles,
  onOpened: (opened: OpenedPackage) => void,
): () => void {
  let stopped = false;
  const ask = async () => {
    const answer = OpenedPackageSchema.safeParse(await files.openedPackage().catch(() => null));
    if (!stopped && answer.success) onOpened(answer.data);
  };
  void ask();
  const stopListening = files.onPackageOpened(() => void ask());
  return () => {
    stopped = true;
    stopListening();
  };
}

/** The waiting package as a File, ready for the import, or why it cannot be had. */
export async function readOpenedPackage(
  files: DesktopFiles,
  opened: OpenedPackage,
): Promise<{ file: File } | { problem: string }> {
  let raw: unknown;
  try {
    raw = await files.readOpenedPackage(opened.id);
  } catch {
    return { problem: 'Concord could not hand the package over; open it again.' };
  }
  const read = PackageReadSchema.safeParse(raw);
  if (!read.success) return { problem: 'Concord could not hand the package over; open it again.' };
  if (!read.data.ok) return { problem: read.data.message };
  const bytes = read.data.bytes;
  // A copy in a buffer of its own, as File wants.
  return { file: new File([bytes.slice()], read.data.name) };
}
