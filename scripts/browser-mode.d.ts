export declare function presentServeLine(
  line: string,
  options: { open: boolean },
): { lines: string[]; url: string | null };
export declare function browserCommand(
  url: string,
  platform: string,
  env: Record<string, string | undefined>,
): { command: string; args: string[] } | null;
export declare function openInBrowser(url: string): void;
