// askText/askConfirm: the in-app replacements for window.prompt/confirm, usable from any code
// (a pdf.js password callback as well as a key handler). <DialogHost/> in App shows them one at a time.
import { useEffect, useState } from 'react';
import { Dialog } from './Dialog';

interface TextRequest {
  kind: 'text';
  id: number;
  title: string;
  message?: string;
  label: string;
  initial?: string;
  multiline?: boolean;
  password?: boolean;
  confirmLabel?: string;
  resolve: (value: string | null) => void;
}

interface ConfirmRequest {
  kind: 'confirm';
  id: number;
  title: string;
  message: string;
  confirmLabel?: string;
  danger?: boolean;
  resolve: (ok: boolean) => void;
}

type Request = TextRequest | ConfirmRequest;

const queue: Request[] = [];
let nextId = 1;
const listeners = new Set<() => void>();
const changed = () => listeners.forEach((l) => l());

/** Resolves to the text entered, or null when the analyst cancels. */
export function askText(options: Omit<TextRequest, 'kind' | 'id' | 'resolve'>): Promise<string | null> {
  return new Promise((resolve) => {
    queue.push({ ...options, kind: 'text', id: nextId++, resolve });
    changed();
  });
}

export function askConfirm(options: Omit<ConfirmRequest, 'kind' | 'id' | 'resolve'>): Promise<boolean> {
  return new Promise((resolve) => {
    queue.push({ ...options, kind: 'confirm', id: nextId++, resolve });
    changed();
  });
}

export function DialogHost() {
  const [, setVersion] = useState(0);
  useEffect(() => {
    const listener = () => setVersion((v) => v + 1);
    listeners.add(listener);
    return () => void listeners.delete(listener);
  }, []);
  const request = queue[0];
  if (!request) return null;
  const finish = (value: string | boolean | null) => {
    queue.shift();
    if (request.kind === 'text') request.resolve(typeof value === 'string' ? value : null);
    else request.resolve(value === true);
    changed();
  };
  // A fresh key per request: the field starts from the request's own initial text.
  return request.kind === 'text' ? (
    <TextDialog key={request.id} request={request} onDone={finish} />
  ) : (
    <Dialog
      key={request.id}
      title={request.title}
      confirmLabel={request.confirmLabel ?? 'OK'}
      danger={request.danger}
      onConfirm={() => finish(true)}
      onCancel={() => finish(false)}
    >
      <p>{request.message}</p>
    </Dialog>
  );
}

function TextDialog({ request, onDone }: { request: TextRequest; onDone: (v: string | null) => void }) {
  const [value, setValue] = useState(request.initial ?? '');
  return (
    <Dialog
      title={request.title}
      confirmLabel={request.confirmLabel ?? 'OK'}
      onConfirm={() => onDone(value)}
      onCancel={() => onDone(null)}
    >
      {request.message && <p>{request.message}</p>}
      {request.multiline ? (
        <textarea
          aria-label={request.label}
          value={value}
          rows={4}
          onChange={(e) => setValue(e.target.value)}
          style={{ width: '100%' }}
        />
      ) : (
        <input
          aria-label={request.label}
          type={request.password ? 'password' : 'text'}
          value={value}
          onChange={(e) => setValue(e.target.value)}
          style={{ width: '100%' }}
        />
      )}
      {request.multiline && (
        <div className="muted small">Enter saves · Shift+Enter new line · Esc cancels</div>
      )}
    </Dialog>
  );
}
