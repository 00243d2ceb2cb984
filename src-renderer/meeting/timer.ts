// The protocol timer: every screen counts down on its own from the phase's start time.
import type { ProtocolPhase, SessionTimer } from '../../src-main/domain/session.js';

export interface TimerView {
  phaseIndex: number;
  name: string;
  totalMs: number;
  /** Negative once the time is up. */
  remainingMs: number;
  overtime: boolean;
}

/** The phase's length: a per-sample phase lasts its minutes times the number of samples. */
export function phaseMs(phase: ProtocolPhase, sampleCount: number): number {
  return phase.minutes * 60_000 * (phase.perSample ? Math.max(1, sampleCount) : 1);
}

export function timerView(
  protocol: readonly ProtocolPhase[],
  timer: SessionTimer | null,
  sampleCount: number,
  now: number,
): TimerView | null {
  if (!timer) return null;
  const phase = protocol[timer.phaseIndex];
  const started = Date.parse(timer.startedAt);
  if (!phase || Number.isNaN(started)) return null;
  const totalMs = phaseMs(phase, sampleCount);
  const remainingMs = started + totalMs - now;
  return {
    phaseIndex: timer.phaseIndex,
    name: phase.name,
    totalMs,
    remainingMs,
    overtime: remainingMs < 0,
  };
}

/** 12:05, or 1:02:03 for an hour or more; whole seconds, rounded up while counting down. */
export function formatClock(ms: number): string {
  const seconds = Math.ceil(Math.abs(ms) / 1000);
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  const pad = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${pad(m)}:${pad(s)}` : `${m}:${pad(s)}`;
}
