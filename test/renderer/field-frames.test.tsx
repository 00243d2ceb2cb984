// @vitest-environment happy-dom
// The labelled drop-down and text box: named by their label, described by their hint and error,
// marked invalid only with an error, and passing what is chosen or typed on.
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SelectField } from '../../src-renderer/ui/SelectField.js';
import { TextAreaField } from '../../src-renderer/ui/TextAreaField.js';

describe('SelectField and TextAreaField', () => {
  afterEach(cleanup);

  it('names a drop-down by its label and offers its choices in order', () => {
    const onChange = vi.fn();
    render(
      <SelectField
        label="Grade band"
        inputClassName="field__input--short"
        value=""
        onChange={(event) => onChange(event.target.value)}
        options={[
          { value: '', label: 'None' },
          { value: 'gb_1', label: 'Grades 6–8' },
          { value: 3, label: '3 · Proficient' },
        ]}
      />,
    );
    const select = screen.getByRole('combobox', { name: 'Grade band' });
    expect(select.className).toBe('field__input field__input--short');
    expect(select.getAttribute('aria-invalid')).toBeNull();
    expect(screen.getAllByRole('option').map((o) => o.textContent)).toEqual([
      'None',
      'Grades 6–8',
      '3 · Proficient',
    ]);
    fireEvent.change(select, { target: { value: 'gb_1' } });
    expect(onChange).toHaveBeenCalledWith('gb_1');
  });

  it('describes a text box by its hint and its error, and marks it invalid with an error', () => {
    const { rerender } = render(
      <TextAreaField label="Question judges answer" hint="Judges read it above every pair." />,
    );
    const box = screen.getByRole('textbox', { name: 'Question judges answer' });
    expect(screen.getByRole('textbox', { description: 'Judges read it above every pair.' })).toBe(
      box,
    );
    expect(box.getAttribute('aria-invalid')).toBeNull();

    rerender(
      <TextAreaField
        label="Question judges answer"
        hint="Judges read it above every pair."
        error="Type the question."
      />,
    );
    expect(
      screen.getByRole('textbox', {
        description: 'Judges read it above every pair. Type the question.',
      }),
    ).toBe(box);
    expect(box.getAttribute('aria-invalid')).toBe('true');
  });

  it('keeps an id a style sheet names', () => {
    render(<TextAreaField id="rubric-description" label="Description (optional)" />);
    expect(screen.getByRole('textbox', { name: 'Description (optional)' }).id).toBe(
      'rubric-description',
    );
  });
});
