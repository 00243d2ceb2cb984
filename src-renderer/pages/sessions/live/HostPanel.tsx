// Letting raters in: the join code in big letters, hosting on a network interface with a QR code
// of the join address, and the one-device (hot seat) mode.
import { useEffect, useState } from 'react';
import QRCode from 'qrcode';
import type { SessionDetail } from '../../../../src-main/domain/session.js';
import { useApi } from '../../../api/api-context.js';
import { useMutation } from '../../../api/use-mutation.js';
import { useQuery } from '../../../api/use-query.js';
import { Button } from '../../../ui/Button.js';
import { ButtonLink } from '../../../ui/ButtonLink.js';

export function HostPanel({ session }: { session: SessionDetail }) {
  const { client } = useApi();
  const room = useQuery('room.info', { sessionId: session.id });
  const addresses = useQuery('room.addresses', {});
  const host = useMutation('room.host');
  const [picked, setAddress] = useState('');
  const choices = (addresses.data ?? []).filter((a) => !a.internal);
  const options = choices.length > 0 ? choices : (addresses.data ?? []);
  const address = picked || options[0]?.address || '';
  const joinUrl = room.data?.joinUrl ?? null;
  const code = room.data?.code;
  const newCode = useMutation('room.joinCode');
  return (
    <section className="panel host" aria-labelledby="host-title">
      <h2 id="host-title">Join this session</h2>
      {code ? (
        <p className="host__code-line">
          Session code{' '}
          <strong className="host__code" aria-label={`Session code ${code.split('').join(' ')}`}>
            <span data-testid="join-code">{code}</span>
          </strong>
        </p>
      ) : room.data?.lockedOut ? (
        <div className="notice notice--warning" role="alert">
          <p>
            Many wrong codes were tried, so the session code was retired: someone may have been
            guessing. Teachers who have joined stay in.
          </p>
          <Button
            variant="primary"
            busy={newCode.pending}
            onClick={() => void newCode.run({ sessionId: session.id }).then(() => room.refetch())}
          >
            Make a new session code
          </Button>
        </div>
      ) : (
        <p className="muted">{room.error?.message ?? 'Loading the code…'}</p>
      )}
      {joinUrl ? (
        <div className="host__hosted">
          <QrImage text={joinUrl} />
          <p>
            Teachers scan the QR code, or open <strong className="host__url">{joinUrl}</strong> on a
            laptop or tablet on this network. The address already carries the code.
          </p>
        </div>
      ) : (
        <p>
          {client.kind === 'browser' && isThisComputerOnly(window.location.hostname)
            ? 'Concord is open on this computer only. '
            : ''}
          To let teachers join from their own phones, tablets or laptops, host the session on the
          school network below; a QR code appears here.
        </p>
      )}
      {options.length > 0 && (
        <form
          className="host__form"
          onSubmit={(event) => {
            event.preventDefault();
            void host.run({ sessionId: session.id, address }).then(() => room.refetch());
          }}
        >
          <label htmlFor="host-address" className="field__label">
            Network to serve on
          </label>
          <select
            id="host-address"
            className="field__input"
            value={address}
            onChange={(event) => setAddress(event.target.value)}
          >
            {options.map((a) => (
              <option key={`${a.name}-${a.address}`} value={a.address}>
                {a.name}: {a.address}
              </option>
            ))}
          </select>
          <Button type="submit" variant="secondary" busy={host.pending}>
            {joinUrl ? 'Move to this network' : 'Host on this network'}
          </Button>
          {host.error && <p className="field__error">{host.error.message}</p>}
        </form>
      )}
      {session.phase === 'scoring' && (
        <p>
          <ButtonLink to={`/sessions/${encodeURIComponent(session.id)}/score`} variant="secondary">
            One device: teachers take turns here
          </ButtonLink>
        </p>
      )}
    </section>
  );
}

/** Whether the page's own address reaches only this computer (127.0.0.1, localhost). */
function isThisComputerOnly(hostname: string): boolean {
  return hostname === 'localhost' || hostname === '[::1]' || hostname.startsWith('127.');
}

function QrImage({ text }: { text: string }) {
  const [svg, setSvg] = useState<string | null>(null);
  useEffect(() => {
    let cancelled = false;
    QRCode.toString(text, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' })
      .then((out) => {
        if (!cancelled) setSvg(out);
      })
      .catch(() => setSvg(null));
    return () => {
      cancelled = true;
    };
  }, [text]);
  if (!svg) return null;
  return (
    <img
      className="host__qr"
      src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`}
      alt={`QR code of the join address ${text}`}
      width={220}
      height={220}
    />
  );
}
