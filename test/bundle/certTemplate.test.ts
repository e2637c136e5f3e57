// The official certificate (issue 12 item 4) through the built bundle: the agency and city from Pengaturan printed
// at merge time, nothing of one city in the add-on, an empty one refused before any file, long names that fit.

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { minNameSize, wrapLines } from '../../src/core/nameFit';
import type { CertificateProgress, PreflightResult } from '../../src/shared/rpc';
import { synthWorkbook } from '../../tools/synth';
import { type Harness, harness, ledger, ROOT, typeSetting } from './harness';
import { HAVE_POPPLER, pdfLayout, pdfRuns } from './pdfLayout';

const LONG_NAMES = [
  'Prof. Dr. H. Muhammad Abdurrahman Wahid Al-Fatih Nasution, S.H., M.H., M.Kn., Ph.D.',
  'Dr. Hj. Raden Ayu Siti Nurhalimah Kusumaningrum Wardhani Putri, S.Pd., M.Pd., M.Si.',
  'Ir. H. Bambang Hadi Prasetyo Wicaksono Adinegoro Sastrowardoyo, S.T., M.T., IPU, ASEAN Eng.',
];

async function ready(participants = 6): Promise<Harness> {
  const h = harness({ spreadsheet: synthWorkbook({ participants, trainings: 1 }) });
  await h.call('runSetup'); // every Pengaturan key, as the admin sees them
  await h.call('pullResponses');
  await h.call('createTemplates');
  return h;
}

/** The start of a certificate run and its batches until done (one place, for the gate's scope later). */
async function issueAll(h: Harness): Promise<CertificateProgress> {
  let p = await h.call<CertificateProgress>('startCertificates');
  for (let i = 0; i < 50 && p.state === 'running'; i++)
    p = await h.call<CertificateProgress>('continueCertificates');
  return p;
}

function setName(h: Harness, index: number, name: string): void {
  const s = h.ss.getSheetByName('Peserta')!;
  const values = s._dump() as unknown[][];
  s.getRange(index + 2, values[0].indexOf('Nama') + 1).setValue(name);
}

const MONTHS = 'Januari|Februari|Maret|April|Mei|Juni|Juli|Agustus|September|Oktober|November|Desember';

const pdfs = (h: Harness) =>
  h.env.drive
    ._files()
    .filter((f) => !f.trashed && f.mimeType === 'application/pdf' && f.appProperties.douasnKey);

const pdfText = (bytes: Uint8Array) =>
  pdfLayout(bytes)
    .lines.map((l) => l.text)
    .join('\n');

describe('the agency and the city come from Pengaturan', () => {
  test('nothing of one city is in the add-on: not in the bundle, not in the sidebar', () => {
    for (const f of ['Code.js', 'sidebar.html', 'help.html'])
      expect(readFileSync(join(ROOT, 'dist', f), 'utf8')).not.toMatch(/probolinggo/i);
  });

  (HAVE_POPPLER ? test : test.skip)(
    'the typed values reach every PDF, the city before the issue date',
    async () => {
      const h = await ready();
      typeSetting(h, 'Nama Pemerintah Daerah', 'PEMERINTAH KABUPATEN CONTOH JAYA');
      typeSetting(h, 'Nama Instansi', 'BADAN KEPEGAWAIAN DAERAH');
      typeSetting(h, 'Kota Penerbitan', 'Sukamaju');
      expect((await issueAll(h)).state).toBe('done');
      const files = pdfs(h);
      expect(files.length).toBe(ledger(h).length);
      for (const f of files) {
        const text = pdfText(f.content!);
        expect(text).toContain('PEMERINTAH KABUPATEN CONTOH JAYA');
        expect(text).toContain('BADAN KEPEGAWAIAN DAERAH');
        // every date printed in Indonesian: the issue date after the city, the training's dates as a range
        expect(text).toMatch(new RegExp(`Sukamaju, \\d{1,2} (${MONTHS}) 2026`));
        expect(text).toMatch(new RegExp(`\\d{1,2}(\u2013\\d{1,2})? (${MONTHS}) \\d{4} di `));
        expect(text).not.toMatch(
          /January|February|March|May|June|July|August|October|December|\d{4}-\d{2}-\d{2}/,
        );
        expect(text).not.toMatch(/\{\{/);
      }
    },
  );

  test('an empty one the template prints: a pre-flight Error naming the Pengaturan row; nothing is made', async () => {
    const h = await ready();
    typeSetting(h, 'Kota Penerbitan', '');
    const rows = h.values('Pengaturan').map((r) => String(r[0]));
    const row = rows.indexOf('Kota Penerbitan') + 1;
    const pre = await h.call<PreflightResult>('preflightCertificates');
    expect(pre.ok).toBe(false);
    const error = pre.errors.find((e) => e.includes('Kota Penerbitan'));
    expect(error).toContain(`Lembar "Pengaturan" baris ${row} kolom Nilai`);
    expect(error).toContain('{{Kota Terbit}}');
    expect(error).not.toMatch(/placeholder|Error|batch/);
    const p = await h.call<CertificateProgress>('startCertificates');
    expect(p.state).toBe('error');
    expect(pdfs(h).length).toBe(0);
  });
});

describe('long names fit the line', () => {
  (HAVE_POPPLER ? test : test.skip)(
    'names of up to 90 characters with titles: inside the page text box, at most two lines, never below the minimum',
    async () => {
      const h = await ready();
      LONG_NAMES.forEach((n, i) => {
        setName(h, i, n);
      });
      setName(h, 3, 'Ani');
      expect((await issueAll(h)).state).toBe('done');
      const byName = new Map(ledger(h).map((r) => [String(r.Nama), String(r.PDF)]));
      for (const name of [...LONG_NAMES, 'Ani']) {
        const file = pdfs(h).find((f) => byName.get(name)?.includes(f.id));
        expect(file).toBeDefined();
        const bytes = file!.content!;
        const layout = pdfLayout(bytes);
        const page = layout.pages[0];
        // every line on the page lies between the margins of the default template (64 pt)
        for (const l of layout.lines) {
          expect(l.xMin).toBeGreaterThanOrEqual(64 - 0.5);
          expect(l.xMax).toBeLessThanOrEqual(page.width - 64 + 0.5);
          expect(l.yMax).toBeLessThanOrEqual(page.height);
        }
        expect(layout.pages.length).toBe(1);
        const runs = (await pdfRuns(bytes)).filter((r) => r.page === 1);
        const words = name.split(' ');
        const nameRuns = runs.filter(
          (r) =>
            (r.text.length > 0 &&
              name.includes(r.text) &&
              r.text.includes(words[words.length - 1].slice(0, 3))) ||
            (name.startsWith(r.text) && r.text.length >= Math.min(name.length, 8)),
        );
        expect(nameRuns.length).toBeGreaterThanOrEqual(1);
        expect(nameRuns.length).toBeLessThanOrEqual(2);
        expect(nameRuns.map((r) => r.text).join(' ')).toBe(name);
        for (const r of nameRuns) {
          expect(r.size).toBeGreaterThanOrEqual(name === 'Ani' ? 26 : minNameSize(26));
          // and on Google's fonts too: at the printed size the conservative widths need at most two lines
          expect(wrapLines(name, r.size, page.width - 2 * 64).length).toBeLessThanOrEqual(2);
        }
      }
    },
  );
});

/** The PDFs of each design, written for a person to look at (out/certTemplate/). */
const OUT = join(ROOT, 'out', 'certTemplate');

describe('long names fit in the Doc-per-certificate mode too', () => {
  (HAVE_POPPLER ? test : test.skip)(
    '"Dokumen dan PDF": the Doc and its PDF print the long name smaller, on one page',
    async () => {
      const h = await ready();
      typeSetting(h, 'Mode Sertifikat', 'Dokumen dan PDF');
      setName(h, 0, LONG_NAMES[2]);
      expect((await issueAll(h)).state).toBe('done');
      const row = ledger(h).find((r) => r.Nama === LONG_NAMES[2])!;
      const file = pdfs(h).find((f) => String(row.PDF).includes(f.id))!;
      const runs = (await pdfRuns(file.content!)).filter(
        (r) => LONG_NAMES[2].includes(r.text) && r.text.length > 8,
      );
      expect(runs.length).toBeGreaterThanOrEqual(1);
      for (const r of runs) {
        expect(r.size).toBeLessThan(26);
        expect(r.size).toBeGreaterThanOrEqual(minNameSize(26));
      }
      expect(pdfLayout(file.content!).pages.length).toBe(1);
      // the certificate's own Doc holds the same size (the admin may open and print it)
      const doc = h.env.drive._files().find((f) => String(row.Dokumen ?? '').includes(f.id))?.doc;
      const cell = doc?.body.children.find((b) => b.type === 'table');
      const name =
        cell?.type === 'table' ? cell.rows[0][0].paragraphs.find((p) => p.text === LONG_NAMES[2]) : undefined;
      expect(name?.style.fontSize).toBe(runs[0].size);
    },
  );
});

describe('the designs (Desain Sertifikat)', () => {
  for (const design of ['Resmi', 'Modern', 'Sederhana'] as const) {
    (HAVE_POPPLER ? test : test.skip)(
      `${design}: Sertifikat and Piagam on one A4 landscape page each, long and short names inside the frame`,
      async () => {
        const h = harness({ spreadsheet: synthWorkbook({ participants: 6, trainings: 1 }) });
        await h.call('runSetup');
        typeSetting(h, 'Desain Sertifikat', design);
        await h.call('pullResponses');
        await h.call('createTemplates');
        setName(h, 0, LONG_NAMES[0]);
        setName(h, 1, 'Ani');
        expect((await issueAll(h)).state).toBe('done');
        mkdirSync(OUT, { recursive: true });
        const files = pdfs(h);
        expect(files.some((f) => f.name.startsWith('Piagam'))).toBe(true);
        for (const f of files) {
          const layout = pdfLayout(f.content!);
          expect(layout.pages.length).toBe(1);
          expect(layout.pages[0].width).toBeGreaterThan(layout.pages[0].height); // landscape
          expect(Math.round(layout.pages[0].width)).toBe(842);
          // inside the frame (page margin 28 + cell padding) or the plain margins
          const inside = design === 'Sederhana' ? 52 : 28 + 40;
          for (const l of layout.lines) {
            expect(l.xMin).toBeGreaterThanOrEqual(inside - 0.5);
            expect(l.xMax).toBeLessThanOrEqual(layout.pages[0].width - inside + 0.5);
          }
          // the page is filled: the signer's NIP sits in the bottom third
          const last = layout.lines[layout.lines.length - 1];
          expect(last.yMax).toBeGreaterThan(layout.pages[0].height * 0.7);
          // the signer's block is on the right
          const signer = layout.lines.find((l) => l.text.startsWith('Kota Contoh,'));
          expect(signer?.xMin).toBeGreaterThan(layout.pages[0].width / 2);
          const who = ['Ani', LONG_NAMES[0]].find((n) => f.name.includes(n.split(' ')[0].replace('.', '')));
          if (who || files.indexOf(f) < 2) writeFileSync(join(OUT, `${design} - ${f.name}`), f.content!);
        }
      },
    );
  }
});

describe('Daftar Materi (the optional second page)', () => {
  (HAVE_POPPLER ? test : test.skip)(
    "Ya: page 2 lists each session's Materi, Narasumber and JP from Sesi, as frozen when the run started",
    async () => {
      const h = harness({ spreadsheet: synthWorkbook({ participants: 120, trainings: 1 }) });
      await h.call('runSetup');
      typeSetting(h, 'Daftar Materi', 'Ya');
      await h.call('pullResponses');
      await h.call('createTemplates');
      const sesi = h.ss.getSheetByName('Sesi')!;
      const [head, ...rows] = sesi._dump() as unknown[][];
      const col = (name: string) => head.indexOf(name);
      const topics = rows.map((r) => String(r[col('Materi')])).filter(Boolean);
      const speakers = rows.map((r) => String(r[col('Narasumber')])).filter(Boolean);
      expect(topics.length).toBeGreaterThan(1);
      const first = await h.call<CertificateProgress>('startCertificates');
      expect(first.state).toBe('running'); // more than one batch: the list must not change between them
      // the admin edits a subject meanwhile: the run prints what it froze
      sesi.getRange(2, col('Materi') + 1).setValue('Materi yang diubah kemudian');
      let p = first;
      for (let i = 0; i < 20 && p.state === 'running'; i++)
        p = await h.call<CertificateProgress>('continueCertificates');
      expect(p.state).toBe('done');
      const files = pdfs(h);
      expect(files.length).toBe(ledger(h).length);
      for (const f of [files[0], files[files.length - 1]]) {
        const layout = pdfLayout(f.content!);
        expect(layout.pages.length).toBe(2);
        const page2 = layout.lines
          .filter((l) => l.page === 2)
          .map((l) => l.text)
          .join('\n');
        expect(page2).toContain('DAFTAR MATERI');
        expect(page2).toContain('Narasumber');
        for (const t of topics) expect(page2).toContain(t);
        for (const s of speakers) expect(page2).toContain(s);
        expect(page2).not.toContain('diubah kemudian');
        expect(page2).toMatch(/Jumlah\s+\d+/);
      }
      mkdirSync(OUT, { recursive: true });
      writeFileSync(join(OUT, `Daftar Materi - ${files[0].name}`), files[0].content!);
    },
  );
});
