// The facilitator's PIN: digits only, never shown, never kept by the page.
import type { FormEvent } from 'react';
import { useState } from 'react';
import { Button } from '../ui/Button.js';
import type { FieldProps } from '../ui/Field.js';
import { Field } from '../ui/Field.js';

/** A PIN input: digits only (anything else is dropped as it is typed), never shown. */
export function PinField({
  value,
  onPin,
  ...field
}: Omit<FieldProps, 'onChange' | 'value' | 'type'> & { value: string; onPin(pin: string): void }) {
  return (
    <Field
      {...field}
      type="password"
      inputMode="numeric"
      value={value}
      onChange={(event) => onPin(event.target.value.replace(/\D/g, ''))}
      maxLength={12}
    />
  );
}

export function PinForm({
  purpose,
  action,
  pending,
  error,
  onPin,
  onCancel,
}: {
  purpose: string;
  action: string;
  pending: boolean;
  error: string | null;
  onPin: (pin: string) => void;
  onCancel?: () => void;
}) {
  const [pin, setPin] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onPin(pin);
    setPin('');
  };
  return (
    <form className="form pin-form" onSubmit={submit} noValidate>
      <PinField
        label="PIN"
        hint={purpose}
        autoComplete="off"
        value={pin}
        onPin={setPin}
        error={error}
        autoFocus
      />
      <div className="form__actions">
        <Button type="submit" variant="primary" busy={pending} disabled={pin.length < 4}>
          {action}
        </Button>
        {onCancel && (
          <Button variant="quiet" onClick={onCancel}>
            Cancel
          </Button>
        )}
      </div>
    </form>
  );
}
