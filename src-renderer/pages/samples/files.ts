// Files from the browser as base64 for the api (the transports carry JSON).

export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  // In slices: String.fromCharCode with a whole file's bytes as arguments overflows the stack.
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

export async function fileToBase64(file: File): Promise<string> {
  return bytesToBase64(new Uint8Array(await file.arrayBuffer()));
}

/** Files go one per call, so progress moves file by file and each body stays small. */
export const FILES_PER_CALL = 1;
/** Larger files are refused before upload, with the reason (the api would refuse them too). */
export const MAX_FILE_BYTES = 40 * 1024 * 1024;
