// Saves a file the way a browser does: a Blob behind an <a download>. Works the same in Electron's
// window, where the download lands where the user chooses.
import { fileSlug } from '../../src-main/domain/file-name.js';

function save(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser a moment to start the download before the address is let go.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function downloadText(fileName: string, text: string, mediaType: string): void {
  save(fileName, new Blob([text], { type: `${mediaType};charset=utf-8` }));
}

/** A binary file that crossed the api as base64 (a session package). */
export function downloadBase64(fileName: string, base64: string, mediaType: string): void {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  save(fileName, new Blob([bytes], { type: mediaType }));
}

/**
 * A session's ratings file, named so that files from different sessions, rounds and layouts do
 * not overwrite each other: `grade-7-argument-2026-11-04-round-1-long.csv`. The file holds every
 * round scored so far, so a second round names both.
 */
export function ratingsFileName(
  session: { title: string; heldOn: string; currentRound: number },
  layout: 'long' | 'wide',
): string {
  const rounds = session.currentRound <= 1 ? 'round-1' : `rounds-1-to-${session.currentRound}`;
  return `${fileSlug(session.title, 'session')}-${session.heldOn}-${rounds}-${layout}.csv`;
}
