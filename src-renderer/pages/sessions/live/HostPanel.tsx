// Letting raters in: hosting the session on a network interface, then the join address with its
// QR code (both carry the session code), and the one-device (hot seat) mode.
import { useEffect, useState } from 'react';
import QRCode from 'qrcode';
import type { SessionDetail } from '../../../../src-main/domain/session.js';
import { useMutation } from '../../../api/use-mutation.js';
import { useQuery } from '../../../api/use-query.js';
import { Button } from '../../../ui/Button.js';
import { ButtonLink } from '../../../ui/ButtonLink.js';
import { SelectField } from '../../../ui/SelectField.js';

export function HostPanel({ session }: { session: SessionDetail }) {
  const room = useQuery('room.info', { sessionId: session.id });
  const addresses = useQuery('room.addresses', {});
  const host = useMutation('room.host');
  const newCode = useMutation('room.joinCode');
  const [picked, setAddress] = useState('');
  const choices = (addresses.data ?? []).filter((a) => !a.internal);
  // With no network, this computer's own address still lets the facilitator try the room out.
  const options = choices.length > 0 ? choices : (addresses.data ?? []);
  const address = picked || options[0]?.address || '';
  const joinUrl = room.data?.joinUrl ?? null;
  const code = room.data?.code ?? null;
  return (
    <section className="panel host" aria-labelledby="host-title">
      <h2 id="host-title">Join this session</h2>
      {!room.data ? (
        <p className="muted">{room.error?.message ?? 'Loading…'}</p>
      ) : room.data.lockedOut ? (
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
      ) : joinUrl && code ? (
        isThisComputerOnly(hostnameOf(joinUrl)) ? (
          <ThisComputerOnly />
        ) : (
          <Hosted joinUrl={joinUrl} code={code} />
        )
      ) : (
        <NotHosted canHost={!addresses.data || addresses.data.length > 0} />
      )}
      {options.length > 0 && (
        <form
          className="host__form"
          onSubmit={(event) => {
            event.preventDefault();
            void host.run({ sessionId: session.id, address }).then(() => room.refetch());
          }}
        >
          <SelectField
            label="Network to serve on"
            value={address}
            onChange={(event) => setAddress(event.target.value)}
            options={options.map((a) => ({
              value: a.address,
              label: `${a.name}: ${a.address}${a.internal ? ' (this computer only)' : ''}`,
            }))}
          />
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

/** Before hosting, the room is reachable from this computer only: say what lets others in. */
function NotHosted({ canHost }: { canHost: boolean }) {
  if (!canHost) {
    return (
      <p>
        This Concord cannot host the session on a network, so teachers cannot join from their own
        devices. They can take turns on this device instead.
      </p>
    );
  }
  return (
    <p>
      Teachers’ phones, tablets and laptops can join only once you host this session on the school
      network. Choose the network below and press <strong>Host on this network</strong>: the join
      address and its QR code appear here.
    </p>
  );
}

function Hosted({ joinUrl, code }: { joinUrl: string; code: string }) {
  return (
    <>
      <div className="host__hosted">
        <QrImage text={joinUrl} />
        <p>
          Teachers scan the QR code, or open <strong className="host__url">{joinUrl}</strong> on a
          phone, tablet or laptop on this network.
        </p>
      </div>
      <p className="host__code-line">
        Or go to <strong className="mono host__address">{addressWithoutCode(joinUrl, code)}</strong>{' '}
        and type this code:{' '}
        <strong className="host__code" aria-label={`Session code ${code.split('').join(' ')}`}>
          <span data-testid="join-code">{code}</span>
        </strong>
      </p>
    </>
  );
}

/** Hosted on 127.0.0.1: the address is real but no teacher's device can open it. */
function ThisComputerOnly() {
  return (
    <div className="notice notice--warning" role="status">
      <p>
        The session is hosted on this computer only: other devices cannot open its address. Connect
        this computer to the school network (Wi-Fi or cable), then host the session on that network.
      </p>
    </div>
  );
}

/** The join page a teacher types the code into: the join address less its code. */
function addressWithoutCode(joinUrl: string, code: string): string {
  return joinUrl.endsWith(`/${code}`) ? joinUrl.slice(0, -(code.length + 1)) : joinUrl;
}

function hostnameOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

/** Whether an address reaches only this computer (127.0.0.1, localhost). */
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
