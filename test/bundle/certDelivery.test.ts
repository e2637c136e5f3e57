// Delivery of made certificates through the built bundle: an e-mail attaches the PDF stored in Drive (read back, no
// conversion), so it goes out on any later day and after the conversion quota is spent; a stored PDF that cannot be
// read any more sends nothing and the row says why.

import JSZip from 'jszip';
import type { SentMail } from '../../emulator/mail';
import { CONSUMER_QUOTAS } from '../../emulator/runtime';
import type { CertificateProgress, UndeliveredView, WhatsAppView, ZipResult } from '../../src/shared/rpc';
import { DELIVERY_NOTES, NOTHING_TEXT, WHATSAPP_TEXT } from '../../src/text/id/certDelivery';
import { synthWorkbook } from '../../tools/synth';
import { type Harness, harness, ledger, masalah } from './harness';

const outboxOf = (h: Harness) => (h.env.globals.MailApp as unknown as { _outbox: SentMail[] })._outbox;

async function drive(h: Harness, first: CertificateProgress): Promise<CertificateProgress> {
  let p = first;
  for (let i = 0; i < 50 && p.state === 'running'; i++)
    p = await h.call<CertificateProgress>('continueCertificates');
  return p;
}

/**
 * The start of a certificate run, in one place (the gate's scope is chosen here once it is on main): a run that
 * makes the certificates, or "Kirim Email Sertifikat" (makes what is missing and e-mails every made one).
 */
async function issueAll(h: Harness, email = false): Promise<CertificateProgress> {
  return drive(h, await h.call<CertificateProgress>(email ? 'sendCertificateEmails' : 'startCertificates'));
}

/** One ended training of `n` participants without planted errors; every `gap`-th has no e-mail address. */
async function workbook(n = 12, gap = 4, quotas = CONSUMER_QUOTAS): Promise<Harness> {
  const h = harness({ spreadsheet: synthWorkbook({ participants: n, trainings: 1 }), quotas: { ...quotas } });
  await h.call('pullResponses');
  const s = h.ss.getSheetByName('Peserta')!;
  const values = s._dump() as unknown[][];
  const col = values[0].indexOf('Email');
  for (let i = 1; i < values.length; i++)
    s.getRange(i + 1, col + 1).setValue(i % gap === 0 ? '' : `peserta${i}@contoh.go.id`);
  await h.call('createTemplates');
  return h;
}

/** Types a setting in `Pengaturan` as the admin would: beside its key, or on a new row below the others. */
function typeSetting(h: Harness, key: string, value: unknown): void {
  const sheet = h.ss.getSheetByName('Pengaturan')!;
  const values = sheet._dump() as unknown[][];
  const at = values.findIndex((r) => String(r[0]).trim() === key);
  const row = at >= 0 ? at + 1 : values.filter((r) => r.some((v) => v !== '')).length + 1;
  sheet.getRange(row, 1, 1, 2).setValues([[key, value]]);
}

/** The stored PDF's bytes of a ledger row (by the id in its PDF link). */
function storedBytes(h: Harness, row: Record<string, unknown>): Uint8Array {
  const id = /\/d\/([-\w]+)/.exec(String(row.PDF))?.[1] ?? '';
  const f = h.env.drive._get(id);
  if (!f?.content) throw new Error(`no stored PDF for ${String(row.NIP)}`);
  return f.content;
}

const same = (a: Uint8Array, b: Uint8Array) => Buffer.from(a).equals(Buffer.from(b));

describe('e-mail attaches the stored PDF', () => {
  test('conversion quota spent: the made PDFs are still e-mailed, with no conversion spent', async () => {
    const h = await workbook(12, 4, { ...CONSUMER_QUOTAS, filesConverted: 6 });
    const first = await issueAll(h);
    expect(first.state).toBe('quota');
    const made = ledger(h).filter((r) => r.PDF !== '');
    expect(made).toHaveLength(6);
    const converted = h.env.rt.used.filesConverted;
    const p = await issueAll(h, true);
    // the rest waits for the conversion quota; every made PDF with an address went out, attached as stored
    expect(p.state).toBe('quota');
    expect(h.env.rt.used.filesConverted).toBe(converted);
    const outbox = outboxOf(h);
    const withAddress = made.filter((r) => r.Email !== '');
    expect(outbox.map((m) => m.to[0]).sort()).toEqual(withAddress.map((r) => String(r.Email)).sort());
    expect(withAddress.map((r) => storedBytes(h, r).length).every((n) => n > 1000)).toBe(true);
    expect(ledger(h).filter((r) => r.Status === 'Terkirim')).toHaveLength(outbox.length);
    for (const m of outbox) {
      const file = h.env.drive._files().find((f) => f.name === m.attachments[0].name)!;
      expect(m.attachments).toHaveLength(1);
      expect(same(m.attachments[0].bytes, file.content!)).toBe(true);
    }
  });

  test('a later day: the e-mail attaches the identical stored bytes and spends no conversion', async () => {
    const h = await workbook(8, 100);
    expect((await issueAll(h)).state).toBe('done');
    h.env.rt.advanceToQuotaReset();
    h.env.rt.advance(3 * 24 * 3600 * 1000);
    const before = h.env.rt.used.filesConverted;
    expect((await issueAll(h, true)).state).toBe('done');
    expect(h.env.rt.used.filesConverted).toBe(before);
    const outbox = outboxOf(h);
    expect(outbox).toHaveLength(ledger(h).length);
    for (const m of outbox) {
      const file = h.env.drive._files().find((f) => f.name === m.attachments[0].name)!;
      expect(same(m.attachments[0].bytes, file.content!)).toBe(true);
      expect(m.attachments[0].contentType).toBe('application/pdf');
    }
  });

  test('a stored PDF another admin made (not readable here): nothing is sent for it and the row says why', async () => {
    const h = await workbook(4, 100);
    expect((await issueAll(h)).state).toBe('done');
    // the first row's PDF becomes invisible to this admin under drive.file (as if another admin made it)
    const row = ledger(h)[0];
    const id = /\/d\/([-\w]+)/.exec(String(row.PDF))?.[1] ?? '';
    const f = h.env.drive._get(id)!;
    f.creator = 'admin.lain@example.go.id';
    await issueAll(h, true);
    const after = ledger(h);
    expect(outboxOf(h).map((m) => m.attachments[0].name)).not.toContain(f.name);
    expect(outboxOf(h)).toHaveLength(after.length - 1);
    expect(after[0].Status).toBe('Dibuat');
    expect(String(after[0].Catatan)).toContain(DELIVERY_NOTES.pdfGone.slice(0, 40));
  });
});

describe('one progress count, the same on every surface', () => {
  const COUNT = /Dibuat \d+ dari \d+( · Terkirim \d+ dari \d+( \(\d+ tanpa email\))?)?/;
  const countOf = (text: string) => COUNT.exec(text)?.[0] ?? `(no count in: ${text})`;

  test('menu message, batch result, status, panel: one count, computed from the ledger', async () => {
    // a conversions quota that stops the run part-way: the count says so on each surface
    const h = await workbook(12, 4, { ...CONSUMER_QUOTAS, filesConverted: 5 });
    h.addon.open();
    h.addon.menuClick('Kirim Email Sertifikat');
    const alert = h.env.ui._alerts.at(-1)!;
    const status = await h.call<CertificateProgress>('certificateStatus');
    const panel = await h.call<{ certificates: CertificateProgress }>('getPanelState');
    const rows = ledger(h);
    const made = rows.filter((r) => r.PDF !== '').length;
    const sent = rows.filter((r) => r.Status === 'Terkirim').length;
    const withAddress = rows.filter((r) => r.Email !== '').length;
    const expected = `Dibuat ${made} dari ${rows.length} · Terkirim ${sent} dari ${withAddress} (${rows.length - withAddress} tanpa email)`;
    expect(made).toBe(5);
    expect(status.state).toBe('quota');
    for (const text of [String(alert.prompt), status.message, status.count!, panel.certificates.count!])
      expect(countOf(text)).toBe(expected);
    // the estimate: stopped by the conversions quota, it goes on when that quota is back
    expect(status.count).toMatch(
      /lanjut (besok|pukul \d\d\.\d\d|.+): kuota konversi berkas \(PDF\) harian habis$/,
    );
  });

  test('a running job: the estimate from this job’s measured pace ("± N menit lagi")', async () => {
    const h = await workbook(90, 100);
    // one batch: its time budget cut short so that work is left
    const first = await h.call<CertificateProgress>('startCertificates');
    const p = first.state === 'running' ? first : await h.call<CertificateProgress>('certificateStatus');
    expect(p.state).toBe('running');
    expect(p.count).toMatch(/· ± \d+ menit lagi$/);
    expect(countOf(p.message)).toBe(countOf(p.count!));
  });
});

describe('everyone who received nothing is listed with the reason', () => {
  test('no address: counted and named in the panel, said in the ledger’s Catatan; made-but-waiting said so too', async () => {
    const h = await workbook(12, 4, { ...CONSUMER_QUOTAS, filesConverted: 8 });
    const p = await issueAll(h, true);
    expect(p.state).toBe('quota');
    const rows = ledger(h);
    const noAddress = rows.filter((r) => r.Email === '' && r.PDF !== '');
    expect(noAddress.length).toBeGreaterThan(0);
    for (const r of noAddress) expect(r.Catatan).toBe(NOTHING_TEXT.noAddress);
    const counts = new Map((p.nothing ?? []).map((n) => [n.text, n.n]));
    expect(counts.get(NOTHING_TEXT.noAddress)).toBe(noAddress.length);
    const notMade = rows.filter((r) => r.PDF === '').length;
    expect(counts.get(NOTHING_TEXT.notMadeQuota('kuota konversi berkas (PDF) harian'))).toBe(notMade);
    const list = await h.call<UndeliveredView[]>('listUndelivered');
    expect(list).toHaveLength(noAddress.length + notMade);
    expect(
      list
        .filter((u) => u.text === NOTHING_TEXT.noAddress)
        .map((u) => u.nip)
        .sort(),
    ).toEqual(noAddress.map((r) => String(r.NIP)).sort());
    // everyone else was sent: the list and Terkirim together are every certificate
    expect(list.length + rows.filter((r) => r.Status === 'Terkirim').length).toBe(rows.length);
  });
});

describe('share links (Bagikan Tautan PDF)', () => {
  const store = (h: Harness) => h.env.drive as unknown as { refuseAnyoneSharing: boolean };
  const fileOf = (h: Harness, r: Record<string, unknown>) =>
    h.env.drive._get(/\/d\/([-\w]+)/.exec(String(r.PDF))?.[1] ?? '')!;

  test('Tidak (default): nothing is shared; Ya: each PDF made is shared by link, its link in Tautan', async () => {
    const h = await workbook(4, 100);
    expect((await issueAll(h)).state).toBe('done');
    expect(ledger(h).every((r) => r.Tautan === '' && fileOf(h, r).anyoneRole === undefined)).toBe(true);
    // the admin turns it on: "Bagikan Tautan" shares the PDFs already made
    typeSetting(h, 'Bagikan Tautan PDF', 'Ya');
    const before = h.env.rt.used.filesConverted;
    const r = await h.call<{ shared: number; left: number; message: string }>('shareCertificateLinks');
    expect([r.shared, r.left]).toEqual([ledger(h).length, 0]);
    for (const row of ledger(h)) {
      expect(row.Tautan).toBe(row.PDF);
      expect(fileOf(h, row).anyoneRole).toBe('reader');
    }
    expect(h.env.rt.used.filesConverted).toBe(before);
    // a run with Ya shares each PDF as it makes it
    const h2 = await workbook(4, 100);
    typeSetting(h2, 'Bagikan Tautan PDF', 'Ya');
    expect((await issueAll(h2)).state).toBe('done');
    expect(ledger(h2).every((row) => row.Tautan === row.PDF && fileOf(h2, row).anyoneRole === 'reader')).toBe(
      true,
    );
  });

  test('refusal mode (a domain forbids sharing outside): a plain message, the rest goes on, the rows say so', async () => {
    const h = await workbook(4, 100);
    typeSetting(h, 'Bagikan Tautan PDF', 'Ya');
    store(h).refuseAnyoneSharing = true;
    const p = await issueAll(h, true);
    expect(p.state).toBe('done');
    const rows = ledger(h);
    expect(rows.every((r) => r.PDF !== '' && r.Status === 'Terkirim' && r.Tautan === '')).toBe(true);
    expect(rows.every((r) => r.Catatan === DELIVERY_NOTES.shareRefused)).toBe(true);
    expect(p.message).toContain('Tautan PDF tidak dapat dibagikan: Google menolak');
    expect(p.message).not.toMatch(/permissions|API call|Error/);
    // Google asked once in the batch, not once per PDF
    expect(h.env.rt.counts.get('Drive.Permissions.create')).toBe(1);
  });
});

describe('WhatsApp-ready text (No. HP in Peserta)', () => {
  /** Types No. HP in Peserta (its column, or a new one after the last) with the given values per data row. */
  function typePhones(h: Harness, phones: (i: number) => unknown): void {
    const s = h.ss.getSheetByName('Peserta')!;
    const values = s._dump() as unknown[][];
    const at = values[0].indexOf('No. HP');
    const col = at >= 0 ? at + 1 : values[0].filter((v) => v !== '').length + 1;
    if (s.getMaxColumns() < col) s.insertColumnsAfter(s.getMaxColumns(), col - s.getMaxColumns());
    s.getRange(1, col).setValue('No. HP');
    for (let i = 1; i < values.length; i++) {
      const v = phones(i);
      if (typeof v === 'string' && v.startsWith('+')) s.getRange(i + 1, col).setNumberFormat('@');
      s.getRange(i + 1, col).setValue(v);
    }
  }
  const code = 'SIM-0001';

  test('a bad number is a Peringatan at its cell; valid ones are normalised into wa.me links with the PDF link', async () => {
    const h = await workbook(6, 100);
    // as typed: a landline, a blank, a number cell that lost its 0, dashes, a country code without and with +
    // (a + typed into an automatic cell would be a formula: that one goes into a plain-text cell)
    typePhones(
      h,
      (i) =>
        [null, '0812-3456-7001', '0341-123456', '', 81234567004, '62 812 3456 7005', '+62 812 3456 7006'][i],
    );
    typeSetting(h, 'Bagikan Tautan PDF', 'Ya');
    await h.call('runCheck');
    const warn = masalah(h).filter((p) => p.column === 'No. HP');
    expect(warn).toHaveLength(1);
    expect(warn[0]).toMatchObject({ level: 'Peringatan', sheet: 'Peserta', row: 3 });
    expect(warn[0].message).toContain('0341-123456');
    expect((await issueAll(h)).state).toBe('done');
    const v = await h.call<WhatsAppView>('whatsAppMessages', code);
    expect(v.sharing).toBe(true);
    expect(v.message).toBe('');
    // rows 1, 4, 5, 6 have a valid number (4 typed as a number cell that lost its 0); each certificate once
    expect(new Set(v.rows.map((r) => r.phone))).toEqual(
      new Set(['6281234567001', '6281234567004', '6281234567005', '6281234567006']),
    );
    for (const r of v.rows) {
      const row = ledger(h).find((x) => x.NIP === r.nip && x.Jenis === r.kind)!;
      expect(r.text).toContain(String(row.Nama));
      expect(r.text).toContain(String(row.Tautan));
      expect(r.waLink).toBe(`https://wa.me/${r.phone}?text=${encodeURIComponent(r.text)}`);
    }
  });

  test('sharing off: the panel says that WhatsApp needs share links; no text without a link', async () => {
    const h = await workbook(3, 100);
    typePhones(h, (i) => `0812345670${i}0`);
    expect((await issueAll(h)).state).toBe('done');
    const v = await h.call<WhatsAppView>('whatsAppMessages', code);
    expect(v.sharing).toBe(false);
    expect(v.message).toBe(WHATSAPP_TEXT.sharingOff);
    expect(v.rows.length).toBeGreaterThan(0);
    expect(v.rows.every((r) => r.text === '' && r.waLink === null && r.missing !== '')).toBe(true);
  });
});

describe('ZIP per training', () => {
  test('the parts contain every made PDF once, byte for byte; a second ZIP replaces the first', async () => {
    const h = await workbook(12, 100);
    expect((await issueAll(h)).state).toBe('done');
    const before = h.env.rt.used.filesConverted;
    const r = await h.call<ZipResult>('zipCertificates', 'SIM-0001');
    expect(h.env.rt.used.filesConverted).toBe(before);
    const rows = ledger(h);
    expect([r.files, r.missing, r.incomplete]).toEqual([rows.length, 0, false]);
    expect(r.parts).toHaveLength(1);
    const seen = new Map<string, number>();
    for (const p of r.parts) {
      const f = h.env.drive._get(/\/d\/([-\w]+)/.exec(p.url)?.[1] ?? '')!;
      expect(f.mimeType).toBe('application/zip');
      const zip = await JSZip.loadAsync(Buffer.from(f.content!));
      for (const [name, entry] of Object.entries(zip.files)) {
        seen.set(name, (seen.get(name) ?? 0) + 1);
        const stored = h.env.drive._files().find((x) => x.name === name && x.mimeType === 'application/pdf')!;
        expect(Buffer.from(await entry.async('uint8array')).equals(Buffer.from(stored.content!))).toBe(true);
      }
    }
    expect(seen.size).toBe(rows.length);
    expect([...seen.values()].every((n) => n === 1)).toBe(true);
    // once more: the old ZIP goes, one set remains
    await h.call<ZipResult>('zipCertificates', 'SIM-0001');
    expect(h.env.drive._files().filter((f) => f.mimeType === 'application/zip' && !f.trashed)).toHaveLength(
      1,
    );
  });

  test('split into parts of at most 150 files: every PDF in exactly one part', async () => {
    const h = await workbook(170, 100);
    expect((await issueAll(h)).state).toBe('done');
    const r = await h.call<ZipResult>('zipCertificates', 'SIM-0001');
    const n = ledger(h).length;
    expect(n).toBeGreaterThan(150);
    expect(r.parts.map((p) => p.files)).toEqual([150, n - 150]);
    const names = new Set<string>();
    for (const p of r.parts) {
      const f = h.env.drive._get(/\/d\/([-\w]+)/.exec(p.url)?.[1] ?? '')!;
      const zip = await JSZip.loadAsync(Buffer.from(f.content!));
      for (const name of Object.keys(zip.files)) {
        expect(names.has(name)).toBe(false);
        names.add(name);
      }
    }
    expect(names.size).toBe(n);
    // one download per PDF (unavoidable), one listing of the folder, one file per part
    expect(h.env.rt.counts.get('UrlFetchApp.fetch')).toBe(n);
  }, 120_000);
});
