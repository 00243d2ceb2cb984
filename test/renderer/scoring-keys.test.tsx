// @vitest-environment happy-dom
// The scoring keyboard every scoring screen shares: what a key means (keys.ts), and the shell that
// listens for it, moves the focus and hands the choice to the screen.
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import type { RubricVersion } from '../../src-main/domain/rubric.js';
import { isTypingTarget, keyAction } from '../../src-renderer/scoring/keys.js';
import { LevelChoices } from '../../src-renderer/scoring/LevelChoices.js';
import { ScoringShell } from '../../src-renderer/scoring/ScoringShell.js';
import type { Choice } from '../../src-renderer/scoring/use-scoring-keys.js';

describe('what a key means', () => {
  const context = { levels: [1, 2, 3, 4], criterionIndex: 1, criteriaCount: 4, current: undefined };

  it('a digit picks that level, only if the rubric has it', () => {
    expect(keyAction('3', context)).toEqual({ type: 'score', value: 3 });
    expect(keyAction('5', context)).toBeNull();
    expect(keyAction('0', context)).toBeNull();
    expect(keyAction('0', { ...context, levels: [0, 1, 2] })).toEqual({ type: 'score', value: 0 });
  });

  it('N marks cannot score, in either case', () => {
    expect(keyAction('n', context)).toEqual({ type: 'cannot' });
    expect(keyAction('N', context)).toEqual({ type: 'cannot' });
  });

  it('up and down move between criteria and stop at the ends', () => {
    expect(keyAction('ArrowDown', context)).toEqual({ type: 'criterion', index: 2 });
    expect(keyAction('ArrowUp', context)).toEqual({ type: 'criterion', index: 0 });
    expect(keyAction('ArrowUp', { ...context, criterionIndex: 0 })).toBeNull();
    expect(keyAction('ArrowDown', { ...context, criterionIndex: 3 })).toBeNull();
  });

  it('left and right step through the levels from the chosen one', () => {
    expect(keyAction('ArrowRight', context)).toEqual({ type: 'score', value: 1 });
    expect(keyAction('ArrowLeft', context)).toEqual({ type: 'score', value: 4 });
    expect(keyAction('ArrowRight', { ...context, current: 2 })).toEqual({
      type: 'score',
      value: 3,
    });
    expect(keyAction('ArrowRight', { ...context, current: 4 })).toEqual({
      type: 'score',
      value: 4,
    });
    expect(keyAction('ArrowLeft', { ...context, current: null })).toEqual({
      type: 'score',
      value: 4,
    });
  });

  it('other keys are not ours, and typing in a text box is left alone', () => {
    expect(keyAction('a', context)).toBeNull();
    expect(keyAction('Enter', context)).toBeNull();
    expect(isTypingTarget({ tagName: 'TEXTAREA' } as unknown as EventTarget)).toBe(true);
    expect(isTypingTarget({ tagName: 'input' } as unknown as EventTarget)).toBe(true);
    expect(isTypingTarget({ tagName: 'BUTTON' } as unknown as EventTarget)).toBe(false);
    expect(isTypingTarget(null)).toBe(false);
  });
});

const LABELS = ['Absent', 'Not yet', 'Emerging', 'Proficient', 'Advanced', 'Exemplary'];

function rubricWith(levels: readonly number[]): RubricVersion {
  return {
    id: 'rv1',
    rubricId: 'r1',
    version: 1,
    title: 'Argument',
    description: '',
    gradeBandId: null,
    levels: levels.map((value) => ({ value, label: LABELS[value]! })),
    criteria: ['Claim', 'Evidence'].map((name) => ({
      id: `c-${name}`,
      key: `k-${name}`,
      name,
      competencyId: null,
      descriptors: Object.fromEntries(levels.map((v) => [String(v), `${name} at ${v}`])),
    })),
    frozenAt: '2026-01-01T00:00:00Z',
    createdAt: '2026-01-01T00:00:00Z',
  };
}

const SAMPLES = [
  { id: 'x1', code: 'S-AAAA' },
  { id: 'x2', code: 'S-BBBB' },
];

/** A screen on the shell that keeps its choices in memory and logs each one. */
function Harness({
  levels,
  cannotScore = false,
  readOnly = false,
  log,
}: {
  levels: readonly number[];
  cannotScore?: boolean;
  readOnly?: boolean;
  log: string[];
}) {
  const rubric = rubricWith(levels);
  const [index, setIndex] = useState(0);
  const [choices, setChoices] = useState(new Map<string, Choice>());
  const sampleId = SAMPLES[index]!.id;
  const choose = (criterion: { id: string }, choice: Choice) => {
    log.push(`${sampleId} ${criterion.id} ${choice}`);
    setChoices((current) => new Map(current).set(`${sampleId}|${criterion.id}`, choice));
  };
  return (
    <ScoringShell
      rubric={rubric}
      samples={SAMPLES}
      index={index}
      onGo={setIndex}
      choiceOf={(id, criterion) => choices.get(`${id}|${criterion.id}`)}
      onChoose={choose}
      cannotScore={cannotScore}
      readOnly={readOnly}
      locked={false}
      saveState="idle"
      problem={null}
      onProblem={() => undefined}
      viewer={<p>The student work.</p>}
      submit={{
        label: 'Submit my scores',
        titleId: 'confirm-title',
        title: 'Submit?',
        explain: (missing) => `${missing} missing`,
        confirmLabel: 'Submit',
        onSubmit: async () => undefined,
      }}
      renderCriterion={(criterion, registerRadio) => {
        const value = choices.get(`${sampleId}|${criterion.id}`);
        return (
          <>
            <h3 id={`h-${criterion.id}`}>{criterion.name}</h3>
            <LevelChoices
              rubric={rubric}
              criterion={criterion}
              headingId={`h-${criterion.id}`}
              idPrefix=""
              value={value}
              readOnly={readOnly}
              onScore={(score) => choose(criterion, score)}
              registerRadio={registerRadio}
            >
              {cannotScore && (
                <button
                  type="button"
                  role="radio"
                  aria-checked={value === null}
                  aria-label={`${criterion.name}: Cannot score`}
                  ref={(element) => registerRadio(criterion.id, null, element)}
                />
              )}
            </LevelChoices>
            <textarea aria-label={`Note on ${criterion.name}`} />
          </>
        );
      }}
    />
  );
}

/** Presses a key on the page; true when the shell took it (and stopped the browser's default). */
function press(key: string, options: { ctrlKey?: boolean } = {}): boolean {
  let taken = false;
  act(() => {
    taken = !fireEvent.keyDown(window, { key, ...options });
  });
  return taken;
}

const radio = (name: string) => screen.getByRole('radio', { name });
const checked = (name: string) => radio(name).getAttribute('aria-checked') === 'true';

describe('the scoring keyboard', () => {
  afterEach(cleanup);

  it('a digit picks the level with that value, also on a rubric whose levels start at 0', () => {
    const log: string[] = [];
    render(<Harness levels={[0, 1, 2, 3]} log={log} />);
    expect(screen.getByText(/to choose a level/).textContent).toBe(
      'Press 0–3 to choose a level, arrows ↑ ↓ to move between criteria.',
    );
    // "1" is the level valued 1 (the second one here), as in the meeting: not the first level.
    expect(press('1')).toBe(true);
    expect(checked('Claim: 1 Not yet')).toBe(true);
    expect(checked('Claim: 0 Absent')).toBe(false);
    expect(document.activeElement).toBe(radio('Claim: 1 Not yet'));
    expect(press('0')).toBe(true);
    expect(checked('Claim: 0 Absent')).toBe(true);
    expect(document.activeElement).toBe(radio('Claim: 0 Absent'));
    // A digit the rubric has no level for is left to the browser.
    expect(press('4')).toBe(false);
    expect(log).toEqual(['x1 c-Claim 1', 'x1 c-Claim 0']);
  });

  it('on a rubric from 2 to 5, digits outside it do nothing', () => {
    const log: string[] = [];
    render(<Harness levels={[2, 3, 4, 5]} log={log} />);
    expect(screen.getByText(/to choose a level/).textContent).toMatch(/^Press 2–5 /);
    expect(press('1')).toBe(false);
    expect(press('5')).toBe(true);
    expect(checked('Claim: 5 Exemplary')).toBe(true);
    expect(log).toEqual(['x1 c-Claim 5']);
  });

  it('up and down move between criteria, focusing the chosen level or else the first', () => {
    const log: string[] = [];
    render(<Harness levels={[1, 2, 3, 4]} log={log} />);
    press('2');
    expect(press('ArrowDown')).toBe(true);
    expect(document.activeElement).toBe(radio('Evidence: 1 Not yet'));
    press('3');
    expect(checked('Evidence: 3 Proficient')).toBe(true);
    press('ArrowUp');
    expect(document.activeElement).toBe(radio('Claim: 2 Emerging'));
    press('ArrowRight');
    expect(checked('Claim: 3 Proficient')).toBe(true);
    // At the last criterion, down is not ours.
    press('ArrowDown');
    expect(press('ArrowDown')).toBe(false);
    expect(log).toEqual(['x1 c-Claim 2', 'x1 c-Evidence 3', 'x1 c-Claim 3']);
  });

  it('N marks "cannot score" only on a screen that offers it', () => {
    const log: string[] = [];
    render(<Harness levels={[1, 2, 3, 4]} log={log} />);
    expect(press('n')).toBe(false);
    expect(log).toEqual([]);
    cleanup();
    render(<Harness levels={[1, 2, 3, 4]} cannotScore log={log} />);
    expect(screen.getByText(/to choose a level/).textContent).toBe(
      'Press 1–4 to choose a level, N for cannot score, arrows ↑ ↓ to move between criteria.',
    );
    expect(press('N')).toBe(true);
    expect(checked('Claim: Cannot score')).toBe(true);
    expect(document.activeElement).toBe(radio('Claim: Cannot score'));
    // Coming back to a criterion marked "cannot score" focuses that choice.
    press('ArrowDown');
    press('ArrowUp');
    expect(document.activeElement).toBe(radio('Claim: Cannot score'));
    expect(log).toEqual(['x1 c-Claim null']);
  });

  it('keys typed into a note, or with a modifier, are not ours', () => {
    const log: string[] = [];
    render(<Harness levels={[1, 2, 3, 4]} log={log} />);
    act(() => {
      fireEvent.keyDown(screen.getByRole('textbox', { name: 'Note on Claim' }), { key: '2' });
    });
    expect(press('2', { ctrlKey: true })).toBe(false);
    expect(log).toEqual([]);
  });

  it('read only: keys change nothing and the key hint is gone', () => {
    const log: string[] = [];
    render(<Harness levels={[1, 2, 3, 4]} readOnly log={log} />);
    expect(press('2')).toBe(false);
    fireEvent.click(radio('Claim: 2 Emerging'));
    expect(log).toEqual([]);
    expect(screen.queryByText(/to choose a level/)).toBeNull();
  });

  it('keys act on the criterion clicked into, and a new sample starts at the first', () => {
    const log: string[] = [];
    render(<Harness levels={[1, 2, 3, 4]} log={log} />);
    fireEvent.click(screen.getByRole('heading', { name: 'Evidence' }));
    press('4');
    fireEvent.click(screen.getByRole('button', { name: 'Next sample →' }));
    press('1');
    expect(log).toEqual(['x1 c-Evidence 4', 'x2 c-Claim 1']);
    expect(screen.getByText(/samples/, { selector: 'strong' }).textContent).toBe('0 of 2 samples');
  });
});
