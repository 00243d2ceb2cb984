// A share (0..1) as the whole percent every screen, report and message shows: 0.5625 -> "56%".
export function percent(share: number): string {
  return `${Math.round(share * 100)}%`;
}
