import { useEffect, useRef, useState } from 'react';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import workerUrl from 'pdfjs-dist/legacy/build/pdf.worker.min.mjs?url';
import type { Box } from '../../shared/model';
import { api } from '../api-client';
import { askText } from './ask';
import { PDFJS_ASSETS } from './pdfjs-assets';
import { errorMessage } from '../error-message';

pdfjs.GlobalWorkerOptions.workerSrc = workerUrl;

type PdfDoc = Awaited<ReturnType<typeof pdfjs.getDocument>['promise']>;
const cache = new Map<string, Promise<PdfDoc>>();

function openPdf(documentId: string): Promise<PdfDoc> {
  let doc = cache.get(documentId);
  if (!doc) {
    doc = api.getDocumentFile({ documentId }).then(({ dataBase64 }) => {
      const bytes = Uint8Array.from(atob(dataBase64), (c) => c.charCodeAt(0));
      const task = pdfjs.getDocument({ data: bytes, isEvalSupported: false, ...PDFJS_ASSETS });
      // An encrypted law asks for its password again (it is never stored); cancelling stops loading.
      task.onPassword = (update: (pw: string) => void, reason: number) => {
        void askText({
          title: 'Password needed',
          message:
            reason === pdfjs.PasswordResponses.INCORRECT_PASSWORD
              ? 'That password is not right. Try again.'
              : 'This PDF is encrypted. Its password is used to show it and is not stored.',
          label: 'PDF password',
          password: true,
          confirmLabel: 'Open',
        }).then((pw) => {
          if (pw === null) {
            cache.delete(documentId);
            void task.destroy();
          } else update(pw);
        });
      };
      return task.promise;
    });
    cache.set(documentId, doc);
  }
  return doc;
}

/** One page of the original PDF with the given boxes highlighted (PDF points, top-left origin). */
export function PdfPage({
  documentId,
  page,
  boxes,
  width,
}: {
  documentId: string;
  page: number;
  boxes: Box[];
  width: number;
}) {
  const canvas = useRef<HTMLCanvasElement>(null);
  const [scale, setScale] = useState(1);
  const [error, setError] = useState('');
  const [state, setState] = useState<'rendering' | 'rendered' | 'failed'>('rendering');

  useEffect(() => {
    let cancelled = false;
    let task: { cancel(): void; promise: Promise<unknown> } | undefined;
    (async () => {
      setState('rendering');
      try {
        const pdf = await openPdf(documentId);
        const p = await pdf.getPage(Math.min(Math.max(1, page), pdf.numPages));
        const base = p.getViewport({ scale: 1 });
        const s = Math.max(0.4, (width - 8) / base.width);
        const viewport = p.getViewport({ scale: s * window.devicePixelRatio });
        const c = canvas.current;
        if (!c || cancelled) return;
        c.width = viewport.width;
        c.height = viewport.height;
        c.style.width = `${viewport.width / window.devicePixelRatio}px`;
        c.style.height = `${viewport.height / window.devicePixelRatio}px`;
        // The boxes follow the canvas size at once, not when drawing ends, so they never sit at an old scale.
        setScale(s);
        task = p.render({
          canvas: c,
          canvasContext: c.getContext('2d') as CanvasRenderingContext2D,
          viewport,
        });
        await task.promise;
        if (!cancelled) {
          setError('');
          setState('rendered');
        }
      } catch (e) {
        if (!cancelled && !(e instanceof Error && e.name === 'RenderingCancelledException')) {
          setError(errorMessage(e));
          setState('failed');
        }
      }
    })();
    return () => {
      cancelled = true;
      task?.cancel();
    };
  }, [documentId, page, width]);

  const onPage = boxes.filter((b) => b.page === page);
  return (
    <div className="pdf-wrap" data-testid="pdf-page" data-state={state}>
      <canvas ref={canvas} />
      {onPage.map((b, i) => (
        <div
          key={i}
          className="highlight"
          data-testid="clause-highlight"
          style={{
            left: b.x * scale - 2,
            top: b.y * scale - 2,
            width: b.width * scale + 4,
            height: b.height * scale + 4,
          }}
        />
      ))}
      {error && <div className="error">{error}</div>}
    </div>
  );
}
