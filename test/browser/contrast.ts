// WCAG 2.1 contrast of every visible text in a page (issue 14 item 5), measured in the browser: each element with
// its own text, its computed colour against the first opaque background behind it (colours with alpha blended onto
// what is behind them). Large text (≥ 24 px, or ≥ 18.66 px bold) needs 3:1, the rest 4.5:1; a disabled control is
// exempt, as WCAG exempts inactive components.

import type { Page } from 'playwright-core';

export interface LowContrast {
  text: string;
  ratio: number;
  needed: number;
  color: string;
  background: string;
}

/** The texts below their threshold (at most `limit`), worst first. */
export async function lowContrast(page: Page, limit = 20): Promise<LowContrast[]> {
  const script = `(() => {
    const parse = (c) => {
      const m = /rgba?\\(([^)]+)\\)/.exec(c || '');
      if (!m) return null;
      const p = m[1].split(/[ ,/]+/).filter(Boolean).map(Number);
      return { r: p[0], g: p[1], b: p[2], a: p.length > 3 ? p[3] : 1 };
    };
    const over = (top, under) => ({
      r: top.r * top.a + under.r * (1 - top.a),
      g: top.g * top.a + under.g * (1 - top.a),
      b: top.b * top.a + under.b * (1 - top.a),
      a: 1,
    });
    const background = (el) => {
      const layers = [];
      for (let e = el; e; e = e.parentElement) {
        const c = parse(getComputedStyle(e).backgroundColor);
        if (c && c.a > 0) { layers.push(c); if (c.a >= 1) break; }
      }
      let bg = { r: 255, g: 255, b: 255, a: 1 };
      for (let i = layers.length - 1; i >= 0; i--) bg = over(layers[i], bg);
      return bg;
    };
    const lum = (c) => {
      const f = (v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : Math.pow((v + 0.055) / 1.055, 2.4); };
      return 0.2126 * f(c.r) + 0.7152 * f(c.g) + 0.0722 * f(c.b);
    };
    const out = [];
    for (const el of document.querySelectorAll('body *')) {
      if (el.closest('svg') && el.tagName.toLowerCase() !== 'text') continue;
      const own = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim());
      if (!own) continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      const s = getComputedStyle(el);
      if (s.visibility === 'hidden' || s.display === 'none' || Number(s.opacity) === 0) continue;
      if (el.closest('[disabled], [aria-disabled="true"]')) continue;
      const bg = background(el.closest('svg') ? el.closest('svg') : el);
      const raw = parse(el.closest('svg') ? s.fill : s.color);
      if (!raw) continue;
      const fg = raw.a < 1 ? over(raw, bg) : raw;
      const [hi, lo] = [lum(fg), lum(bg)].sort((a, b) => b - a);
      const ratio = (hi + 0.05) / (lo + 0.05);
      const size = parseFloat(s.fontSize);
      const bold = Number(s.fontWeight) >= 700;
      const needed = size >= 24 || (bold && size >= 18.66) ? 3 : 4.5;
      if (ratio < needed - 0.005)
        out.push({
          text: el.textContent.trim().slice(0, 60),
          ratio: Math.round(ratio * 100) / 100,
          needed,
          color: s.color,
          background: 'rgb(' + [bg.r, bg.g, bg.b].map(Math.round).join(', ') + ')',
        });
    }
    return out.sort((a, b) => a.ratio - b.ratio);
  })()`;
  const found = (await page.evaluate(script)) as LowContrast[];
  return found.slice(0, limit);
}
