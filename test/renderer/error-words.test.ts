import { describe, expect, it } from 'vitest';
import { clientError } from '../../src-renderer/api/errors.js';

describe('the words of a lost connection', () => {
  it('say what a teacher can check, without naming a command', () => {
    const { message } = clientError('network');
    expect(message).toMatch(/^Concord cannot be reached\./);
    expect(message).toMatch(/still open on the facilitator’s computer/);
    expect(message).toMatch(/same network/);
    expect(message).not.toMatch(/concord serve/i);
  });
});
