// Turns a presented token into an actor, or nothing. Shared by every network transport.
import { timingSafeEqual } from 'node:crypto';
import type { Actor } from '../domain/actor.js';
import type { Services } from '../services/index.js';

export function authenticate(
  services: Services,
  ownerToken: string,
  presented: string | undefined,
): Actor | null {
  if (!presented) return null;
  if (sameSecret(presented, ownerToken)) return { role: 'owner' };
  return services.workspace.actorForToken(presented);
}

function sameSecret(a: string, b: string): boolean {
  const left = Buffer.from(a, 'utf8');
  const right = Buffer.from(b, 'utf8');
  return left.length === right.length && timingSafeEqual(left, right);
}

export function bearerToken(header: string | undefined): string | undefined {
  const match = /^Bearer ([A-Za-z0-9_-]{16,200})$/.exec(header ?? '');
  return match?.[1];
}
