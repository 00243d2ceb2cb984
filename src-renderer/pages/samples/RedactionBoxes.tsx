// Redaction boxes: drawn by dragging over the page or image in the preview, or typed as numbers
// (the keyboard way), listed with a way to remove each. Positions are fractions of the page.
import type { PointerEvent } from 'react';
import { useId, useRef, useState } from 'react';
import type { Redaction } from '../../../src-main/domain/sample.js';
import { useMutation } from '../../api/use-mutation.js';
import { useQuery } from '../../api/use-query.js';
import { Button } from '../../ui/Button.js';
import { Field } from '../../ui/Field.js';

export interface NewBox {
  page: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

export function useBoxes(sampleId: string) {
  const redactions = useQuery('samples.redactions', { sampleId });
  const add = useMutation('samples.addRedactionBox');
  const remove = useMutation('samples.removeRedactionBox');
  const list: Redaction[] = (redactions.data ?? []).filter((r) => r.kind === 'box');
  return {
    list,
    add: (box: NewBox) => add.run({ sampleId, ...box }),
    remove: (redactionId: string) => remove.run({ sampleId, redactionId }),
    pending: add.pending || remove.pending,
    error: add.error ?? remove.error,
  };
}
export type Boxes = ReturnType<typeof useBoxes>;

const clamp = (v: number) => Math.min(1, Math.max(0, v));
const pct = (v: number | null) => `${Math.round((v ?? 0) * 1000) / 10}%`;

export function BoxLayer({
  page,
  drawing,
  boxes,
  onDraw,
}: {
  page: number;
  drawing: boolean;
  boxes: Redaction[];
  onDraw: (box: NewBox) => void;
}) {
  const layer = useRef<HTMLDivElement>(null);
  const [start, setStart] = useState<{ x: number; y: number } | null>(null);
  const [current, setCurrent] = useState<{ x: number; y: number } | null>(null);

  const point = (event: PointerEvent<HTMLDivElement>) => {
    const rect = layer.current!.getBoundingClientRect();
    return {
      x: clamp((event.clientX - rect.left) / rect.width),
      y: clamp((event.clientY - rect.top) / rect.height),
    };
  };
  const rect = start && current ? toBox(page, start, current) : null;

  return (
    <div
      ref={layer}
      className={`box-layer${drawing ? ' box-layer--drawing' : ''}`}
      aria-hidden="true"
      data-testid={`box-layer-page-${page}`}
      onPointerDown={(e) => {
        if (!drawing) return;
        e.preventDefault();
        e.currentTarget.setPointerCapture(e.pointerId);
        setStart(point(e));
        setCurrent(point(e));
      }}
      onPointerMove={(e) => {
        if (start) setCurrent(point(e));
      }}
      onPointerUp={(e) => {
        if (!start) return;
        const box = toBox(page, start, point(e));
        setStart(null);
        setCurrent(null);
        if (box.width > 0.005 && box.height > 0.005) onDraw(box);
      }}
    >
      {boxes.map((b) => (
        <div
          key={b.id}
          className="box-layer__box"
          style={{ left: pct(b.x), top: pct(b.y), width: pct(b.width), height: pct(b.height) }}
        />
      ))}
      {rect && (
        <div
          className="box-layer__box box-layer__box--new"
          style={{
            left: pct(rect.x),
            top: pct(rect.y),
            width: pct(rect.width),
            height: pct(rect.height),
          }}
        />
      )}
    </div>
  );
}

function toBox(page: number, a: { x: number; y: number }, b: { x: number; y: number }): NewBox {
  return {
    page,
    x: Math.min(a.x, b.x),
    y: Math.min(a.y, b.y),
    width: Math.abs(a.x - b.x),
    height: Math.abs(a.y - b.y),
  };
}

export function BoxList({ sampleId, boxes }: { sampleId: string; boxes: Boxes }) {
  const headingId = useId();
  const [form, setForm] = useState({ page: '1', x: '', y: '', width: '', height: '' });
  const number = (v: string) => Number(v.replace('%', '').trim());
  const valid = ['x', 'y', 'width', 'height'].every((k) => {
    const v = number(form[k as keyof typeof form]);
    return form[k as keyof typeof form] !== '' && Number.isFinite(v) && v >= 0 && v <= 100;
  });
  void sampleId;
  return (
    <section className="card" aria-labelledby={headingId}>
      <h2 id={headingId}>Redaction boxes</h2>
      <p className="muted">
        For names written by hand on a scan or photo. Raters get the page with the box burned in
        black.
      </p>
      {boxes.list.length === 0 ? (
        <p>No boxes yet.</p>
      ) : (
        <ul aria-label="Redaction boxes" className="box-list">
          {boxes.list.map((b, i) => (
            <li key={b.id} className="row-actions">
              <span>
                Box {i + 1}: page {b.page}, from {pct(b.x)} across and {pct(b.y)} down,{' '}
                {pct(b.width)} wide, {pct(b.height)} high
              </span>
              <Button
                variant="quiet"
                aria-label={`Remove box ${i + 1}`}
                disabled={boxes.pending}
                onClick={() => void boxes.remove(b.id)}
              >
                Remove
              </Button>
            </li>
          ))}
        </ul>
      )}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (!valid) return;
          void boxes
            .add({
              page: Math.max(1, Math.round(number(form.page))),
              x: number(form.x) / 100,
              y: number(form.y) / 100,
              width: number(form.width) / 100,
              height: number(form.height) / 100,
            })
            .then((ok) => ok && setForm({ ...form, x: '', y: '', width: '', height: '' }));
        }}
      >
        <p className="field__hint">
          Or type a box, in percent of the page from its top left corner:
        </p>
        <div className="box-fields">
          {(['page', 'x', 'y', 'width', 'height'] as const).map((k) => (
            <Field
              key={k}
              label={
                k === 'page'
                  ? 'Page'
                  : k === 'x'
                    ? 'Left %'
                    : k === 'y'
                      ? 'Top %'
                      : k === 'width'
                        ? 'Width %'
                        : 'Height %'
              }
              inputMode="decimal"
              value={form[k]}
              onChange={(e) => setForm({ ...form, [k]: e.target.value })}
            />
          ))}
        </div>
        <Button type="submit" disabled={!valid} busy={boxes.pending}>
          Add box
        </Button>
      </form>
      {boxes.error && (
        <p className="field__error" role="alert">
          {boxes.error.message}
        </p>
      )}
    </section>
  );
}
