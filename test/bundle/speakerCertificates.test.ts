// Sertifikat Narasumber through the built bundle (issue 15 item 5): with Pengaturan "Sertifikat Narasumber" = Ya, a run
// issues one certificate per speaker with a valid NIP and training, in its own number series per training, through
// the same exactly-once ledger as the participants' (a rerun issues none twice; a speaker added later takes the next
// number, the others keep theirs); the PDF prints the speaker, the Materi taught and JP Mengajar; a speaker without a
// NIP gets a Peringatan naming the Sesi cell; off by default; the Pratinjau shows a speaker's; calls stay flat.

import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatNip } from '../../src/core/certificates';
import { OUTPUTS } from '../../src/core/schema';
import type {
  CertificateProgress,
  IssuedCertificate,
  PreflightResult,
  PreviewOptions,
  PreviewResult,
  ReissueArgs,
} from '../../src/shared/rpc';
import { synthWorkbook } from '../../tools/synth';
import {
  type Harness,
  harness,
  ledger,
  masalah,
  pdfsByKey,
  preflightAll,
  ROOT,
  rowsByKey,
  runToEnd,
  startAll,
  typeSetting,
} from './harness';
import { HAVE_POPPLER, pdfLayout } from './pdfLayout';

jest.setTimeout(240_000);

const KIND = 'Sertifikat Narasumber';

async function workbook(o: { trainings?: number; sessions?: number; on?: boolean } = {}): Promise<Harness> {
  const h = harness({
    spreadsheet: synthWorkbook({
      participants: 8,
      trainings: o.trainings ?? 2,
      sessions: o.sessions ?? 6,
      speakerPay: true,
    }),
  });
  await h.call('runSetup');
  if (o.on !== false) typeSetting(h, 'Sertifikat Narasumber', 'Ya');
  await h.call('pullResponses');
  await h.call('createTemplates');
  return h;
}

async function issue(h: Harness): Promise<CertificateProgress> {
  const done = await runToEnd(h, await startAll(h));
  expect([done.state, done.message]).toEqual(['done', expect.any(String)]);
  return done;
}

const speakerRows = (h: Harness) => ledger(h).filter((r) => r.Jenis === KIND);

/** The speakers with a NIP of each training, from Rekap Narasumber (computed by Rekap Evaluasi). */
async function expectedSpeakers(h: Harness): Promise<Array<Record<string, unknown>>> {
  await h.call('computeEvaluation');
  return rowsByKey(h, OUTPUTS.speakers).filter((r) => r.name !== 'Jumlah' && /^\d{18}$/.test(String(r.nip)));
}

const pdfText = (bytes: Uint8Array) =>
  pdfLayout(bytes)
    .lines.map((l) => l.text)
    .join('\n');

describe('Sertifikat Narasumber', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await workbook();
    await issue(h);
  });

  test('Buat Template makes its template beside the other two', () => {
    const names = h.env.drive
      ._files()
      .filter((f) => !f.trashed && f.appProperties.douasnRole?.startsWith('template-'))
      .map((f) => f.name)
      .sort();
    expect(names).toEqual([
      'Template Piagam Penghargaan DOU ASN',
      'Template Sertifikat DOU ASN',
      'Template Sertifikat Narasumber DOU ASN',
    ]);
  });

  test('one per speaker with a NIP and training, its own series per training from 001', async () => {
    const want = await expectedSpeakers(h);
    const rows = speakerRows(h);
    expect(rows.map((r) => `${r['Kode Kegiatan']}|${r.NIP}`).sort()).toEqual(
      want.map((r) => `${r.trainingCode}|${r.nip}`).sort(),
    );
    for (const code of new Set(rows.map((r) => String(r['Kode Kegiatan'])))) {
      const mine = rows.filter((r) => r['Kode Kegiatan'] === code);
      // numbered in name order, 1..n, in the speakers' own format; the participants' series is untouched
      const byName = [...mine].sort((a, b) => String(a.Nama).localeCompare(String(b.Nama), 'id'));
      expect(byName.map((r) => r.Nomor)).toEqual(
        byName.map((_, i) => `${String(i + 1).padStart(3, '0')}/NARASUMBER/DOU-ASN/${code}/2026`),
      );
      const participants = ledger(h).filter((r) => r['Kode Kegiatan'] === code && r.Jenis === 'Sertifikat');
      expect(participants.map((r) => r.Nomor).sort()).toEqual(
        participants.map((_, i) => `${String(i + 1).padStart(3, '0')}/DOU-ASN/${code}/2026`).sort(),
      );
    }
    // every one made once, its NIP a text cell
    const files = pdfsByKey(h);
    for (const r of rows) {
      expect(r.Status).toBe('Dibuat');
      expect(files.get(`${r['Kode Kegiatan']}|${KIND}|${r.NIP}`)).toBe(1);
      expect(typeof r.NIP).toBe('string');
    }
  });

  (HAVE_POPPLER ? test : test.skip)(
    'the PDF prints the speaker, the Materi taught and JP Mengajar',
    async () => {
      const want = await expectedSpeakers(h);
      const files = h.env.drive
        ._files()
        .filter(
          (f) => !f.trashed && f.mimeType === 'application/pdf' && f.appProperties.douasnKey?.includes(KIND),
        );
      expect(files.length).toBe(want.length);
      // the first one kept under out/ to be looked at (pdftoppm), as its speaker would see it
      const out = join(ROOT, 'out', 'speakerCertificates');
      mkdirSync(out, { recursive: true });
      writeFileSync(join(out, files[0].name), files[0].content!);
      for (const f of files) {
        const nip = f.appProperties.douasnKey.split('|').pop();
        const code = f.appProperties.douasnKey.split('|')[0];
        const s = want.find((r) => r.nip === nip && r.trainingCode === code);
        expect(s).toBeDefined();
        const text = pdfText(f.content!);
        expect(text).toContain(String(s?.name));
        expect(text).toContain('NARASUMBER');
        // the NIP exactly as typed in Sesi (as text), printed in groups
        expect(text).toContain(`NIP. ${formatNip(String(nip))}`);
        // Narasumber n teaches Materi n (tools/synth.ts), 2 JP a session
        const n = String(s?.name).replace(/\D/g, '');
        expect(text).toContain(`dengan materi Materi ${n}`);
        expect(text).toMatch(new RegExp(`${s?.jp} JP`));
        expect(text).not.toMatch(/\{\{/);
        expect(pdfLayout(f.content!).pages.length).toBe(1);
      }
    },
  );

  test('a speaker without a NIP: a Peringatan naming the Sesi cell, and no certificate', () => {
    const p = masalah(h).filter((x) => /tidak mendapat Sertifikat Narasumber/.test(x.message));
    // Narasumber 3 of each training has no NIP (tools/synth.ts)
    expect(p.map((x) => [x.level, x.sheet, x.column])).toEqual([
      ['Peringatan', 'Sesi', 'NIP Narasumber'],
      ['Peringatan', 'Sesi', 'NIP Narasumber'],
    ]);
    const sesi = h.values('Sesi');
    for (const x of p)
      expect(sesi[(x.row as number) - 1][sesi[0].indexOf('Narasumber')]).toBe('Narasumber 3');
    expect(speakerRows(h).some((r) => r.Nama === 'Narasumber 3')).toBe(false);
  });

  test('a rerun issues none twice and changes no number', async () => {
    const before = ledger(h);
    const files = h.env.drive._files().filter((f) => !f.trashed).length;
    await issue(h);
    expect(ledger(h).map((r) => [r.Nomor, r.NIP, r.Jenis, r.PDF])).toEqual(
      before.map((r) => [r.Nomor, r.NIP, r.Jenis, r.PDF]),
    );
    expect(h.env.drive._files().filter((f) => !f.trashed).length).toBe(files);
    for (const n of pdfsByKey(h).values()) expect(n).toBe(1);
  });

  test('a speaker given a NIP later takes the next number of the series; the others keep theirs', async () => {
    const before = speakerRows(h);
    const sheet = h.ss.getSheetByName('Sesi')!;
    const values = h.values('Sesi');
    const col = values[0].indexOf('NIP Narasumber') + 1;
    const row = values.findIndex(
      (r) => r[0] === 'SIM-0001' && r[values[0].indexOf('Narasumber')] === 'Narasumber 3',
    );
    // the speaker is also a participant of the other training, with an address on its roster: the certificate's
    // e-mail goes there
    const peserta = h.ss.getSheetByName('Peserta')!;
    const people = h.values('Peserta');
    const at = people.findIndex((r) => r[0] === 'SIM-0002');
    const nip = String(people[at][people[0].indexOf('NIP')]);
    peserta.getRange(at + 1, people[0].indexOf('Email') + 1).setValue('narasumber3@contoh.go.id');
    sheet
      .getRange(row + 1, col)
      .setNumberFormat('@')
      .setValue(nip);
    await issue(h);
    const after = speakerRows(h);
    expect(after.slice(0, before.length).map((r) => r.Nomor)).toEqual(before.map((r) => r.Nomor));
    const added = after.slice(before.length);
    const inTraining = before.filter((r) => r['Kode Kegiatan'] === 'SIM-0001').length;
    expect(added.map((r) => [r['Kode Kegiatan'], r.Nama, r.Nomor, r.Status, r.Email])).toEqual([
      [
        'SIM-0001',
        'Narasumber 3',
        `${String(inTraining + 1).padStart(3, '0')}/NARASUMBER/DOU-ASN/SIM-0001/2026`,
        'Dibuat',
        'narasumber3@contoh.go.id',
      ],
    ]);
    for (const n of pdfsByKey(h).values()) expect(n).toBe(1);
  });

  test('the gate counts them; the Pratinjau shows a speaker’s', async () => {
    const pre = await preflightAll<PreflightResult>(h);
    expect(pre.gate?.speakers).toEqual({ toMake: 0, made: speakerRows(h).length });
    const opts = await h.call<PreviewOptions>('certificatePreviewOptions', 'SIM-0001');
    expect(opts.speakers?.length).toBeGreaterThan(0);
    expect(opts.speakers?.some((s) => s.name === 'Narasumber 3')).toBe(true);
    const r = await h.call<PreviewResult>('previewCertificate', 'SIM-0001', opts.defaultSpeaker, false, true);
    expect(r.kind).toBe(KIND);
    expect(r.fileName).toMatch(/^CONTOH - Sertifikat Narasumber - /);
    expect(speakerRows(h).some((x) => x.Nomor === r.printed.number)).toBe(false);
  });
});

describe('Terbitkan Ulang and Cabut of a speaker’s certificate', () => {
  test('a corrected name: the next number of the speakers’ series, the old row Diganti, one new PDF', async () => {
    const h = await workbook({ trainings: 1 });
    await issue(h);
    const before = speakerRows(h);
    const target = before.find((r) => r.Nama === 'Narasumber 2')!;
    const sheet = h.ss.getSheetByName('Sesi')!;
    const values = h.values('Sesi');
    const row = values.findIndex((r) => r[values[0].indexOf('Narasumber')] === 'Narasumber 2');
    sheet.getRange(row + 1, values[0].indexOf('Narasumber') + 1).setValue('Dr. Narasumber Dua, M.Si.');
    const found = await h.call<IssuedCertificate[]>('findIssuedCertificates', String(target.Nomor));
    expect(found.map((c) => [c.kind, c.number])).toEqual([[KIND, target.Nomor]]);
    const args: ReissueArgs = {
      number: String(target.Nomor),
      trainingCode: String(target['Kode Kegiatan']),
      nip: String(target.NIP),
      reason: 'Gelar belum tertulis',
      piagam: false,
      narasumber: true,
      email: false,
      confirmUnchanged: false,
    };
    const p = await runToEnd(h, await h.call<CertificateProgress>('reissueCertificate', args));
    expect(p.state).toBe('done');
    const mine = speakerRows(h).filter((r) => r.NIP === target.NIP);
    expect(mine.map((r) => [r.Status, r.Nama])).toEqual([
      ['Diganti', 'Narasumber 2'],
      ['Dibuat', 'Dr. Narasumber Dua, M.Si.'],
    ]);
    expect(mine[1].Nomor).toBe(
      `${String(before.length + 1).padStart(3, '0')}/NARASUMBER/DOU-ASN/${target['Kode Kegiatan']}/2026`,
    );
    const files = h.env.drive
      ._files()
      .filter(
        (f) =>
          !f.trashed &&
          f.mimeType === 'application/pdf' &&
          f.appProperties.douasnKey === `${target['Kode Kegiatan']}|${KIND}|${target.NIP}`,
      );
    expect(files.map((f) => f.appProperties.douasnNumber).sort()).toEqual(
      [mine[0].Nomor, mine[1].Nomor].sort(),
    );
    // the public registry lists the speakers' certificates by kind; Cabut works on one as on a participant's
    const registry = () => rowsByKey(h, OUTPUTS.registry);
    expect(registry().filter((r) => r.kind === KIND)).toHaveLength(before.length + 1);
    await h.call('revokeCertificate', {
      number: mine[1].Nomor,
      nip: target.NIP,
      reason: 'Diterbitkan keliru',
    });
    const now = speakerRows(h).find((r) => r.Nomor === mine[1].Nomor);
    expect([now?.Status, now?.Alasan]).toEqual(['Dicabut', 'Diterbitkan keliru']);
    expect(registry().find((r) => r.number === mine[1].Nomor)?.status).toBe('Dicabut');
  });
});

describe('off by default', () => {
  test('no speaker certificate unless Pengaturan says Ya, and no speaker Peringatan', async () => {
    const h = await workbook({ on: false, trainings: 1 });
    await issue(h);
    expect(speakerRows(h)).toEqual([]);
    expect(ledger(h).length).toBeGreaterThan(0);
    expect(masalah(h).some((x) => /Sertifikat Narasumber/.test(x.message))).toBe(false);
  });
});

describe('service calls stay flat as speakers grow', () => {
  test('the run makes the same calls per certificate for 3 and 12 speakers', async () => {
    const callsFor = async (sessions: number) => {
      const h = await workbook({ trainings: 1, sessions });
      h.env.rt.resetCounters();
      const done = await runToEnd(h, await startAll(h));
      expect(done.state).toBe('done');
      const made = ledger(h).length;
      const calls = Object.values(h.env.rt.snapshot()).reduce((a, b) => a + b, 0);
      return { made, speakers: speakerRows(h).length, calls };
    };
    const small = await callsFor(4);
    const large = await callsFor(16);
    expect(large.speakers).toBeGreaterThan(small.speakers);
    // per certificate made, the calls do not grow with the speakers
    expect(large.calls / large.made).toBeLessThanOrEqual((small.calls / small.made) * 1.1);
  });
});
