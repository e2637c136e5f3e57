// QR codes of form links drawn as SVG elements (one path of dark modules), and a full-screen view for a projector.

import { useEffect, useMemo, useRef } from 'preact/hooks';
import qrcode from 'qrcode-generator';
import { QR } from '../../src/text/id/sidebar';

/** The dark modules of a QR code for `text` as one SVG path (coordinates only: the text never enters markup). */
export function qrPath(text: string): { size: number; d: string } | null {
  try {
    const qr = qrcode(0, 'M');
    qr.addData(text, 'Byte');
    qr.make();
    const n = qr.getModuleCount();
    const parts: string[] = [];
    for (let r = 0; r < n; r++) {
      for (let c = 0; c < n; c++) {
        if (qr.isDark(r, c)) parts.push(`M${c} ${r}h1v1h-1z`);
      }
    }
    return { size: n, d: parts.join('') };
  } catch {
    return null;
  }
}

/** The QR of `text` as a PNG data URL (`scale` pixels a module, a 4-module white margin), drawn on a canvas. */
export function qrPng(text: string, scale = 10): string | null {
  const qr = qrPath(text);
  if (!qr) return null;
  const quiet = 4;
  const side = (qr.size + quiet * 2) * scale;
  const canvas = document.createElement('canvas');
  canvas.width = side;
  canvas.height = side;
  const g = canvas.getContext('2d');
  if (!g) return null;
  g.fillStyle = '#fff';
  g.fillRect(0, 0, side, side);
  g.fillStyle = '#000';
  g.translate(quiet * scale, quiet * scale);
  g.scale(scale, scale);
  g.fill(new Path2D(qr.d));
  return canvas.toDataURL('image/png');
}

/** Saves the QR of `text` as a PNG file named `name` (a download link clicked for the admin). */
export function downloadQr(text: string, name: string): boolean {
  const url = qrPng(text);
  if (!url) return false;
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  return true;
}

/** A QR code `px` pixels wide, or, without `px`, as large as the CSS of `.qr-big` allows (the projector view). */
export function QrCode(props: { text: string; px?: number; label: string }) {
  const qr = useMemo(() => qrPath(props.text), [props.text]);
  if (!qr) return <p class="msg msg-warn">{QR.tooLong}</p>;
  const quiet = 2;
  const box = qr.size + quiet * 2;
  return (
    <svg
      class={props.px ? 'qr' : 'qr qr-big'}
      role="img"
      aria-label={props.label}
      width={props.px ?? '100%'}
      height={props.px ?? '100%'}
      viewBox={`${-quiet} ${-quiet} ${box} ${box}`}
      shape-rendering="crispEdges"
    >
      <rect x={-quiet} y={-quiet} width={box} height={box} fill="#fff" />
      <path d={qr.d} fill="#000" />
    </svg>
  );
}

/**
 * A full-screen overlay's behaviour: the close button focused, the screen asked for (the Apps Script iframe may
 * refuse it; the overlay alone still fills the panel), Esc closes, and the screen given back on close.
 */
export function useFullscreenOverlay(onClose: () => void) {
  const ref = useRef<HTMLDivElement>(null);
  const closeRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    closeRef.current?.focus();
    const el = ref.current;
    if (el?.requestFullscreen) el.requestFullscreen().catch(() => undefined);
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') onClose();
    };
    document.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('keydown', onKey);
      if (document.fullscreenElement) document.exitFullscreen().catch(() => undefined);
    };
  }, []);
  return { ref, closeRef };
}

/** Covers the panel (and, where the browser allows it, the screen) with one big QR code; Esc or Tutup closes. */
export function QrFullscreen(props: { text: string; title: string; onClose: () => void }) {
  const { ref, closeRef } = useFullscreenOverlay(props.onClose);
  return (
    <div class="qr-full" ref={ref} role="dialog" aria-modal="true" aria-label={QR.dialog(props.title)}>
      <p class="qr-full-scan">{QR.scan}</p>
      <p class="qr-full-title">{props.title}</p>
      <QrCode text={props.text} label={QR.image(props.title)} />
      <p class="qr-full-hint">{QR.scanHint}</p>
      <p class="qr-full-url">{props.text}</p>
      <button type="button" class="btn btn-primary" ref={closeRef} onClick={props.onClose}>
        {QR.close}
      </button>
    </div>
  );
}
