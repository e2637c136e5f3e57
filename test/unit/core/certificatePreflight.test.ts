// Unit tests of the pure certificate pre-flight: from a planned, frozen run and what the templates hold, the errors
// that stop it before any file is made and the warnings; and the job record kept under the property cap.

import { boundJob, MAX_JOB_BYTES, newJob } from '../../../src/core/certificateJob';
import {
  certificatePreflight,
  type PreflightInput,
  type TemplateCheck,
} from '../../../src/core/certificatePreflight';
import {
  type CertKind,
  findPlaceholders,
  formatCertificateNumber,
  freezePlan,
  type LedgerPlan,
  type MergeValues,
  PLACEHOLDERS,
  parseSequence,
  planLedger,
  type TemplateScan,
  utf8Length,
} from '../../../src/core/certificates';
import { defaultSettings } from '../../../src/core/settings';
import { nipFor } from './_fixtures';

const FMT = '{nomor:3}/DOU-ASN/{kode}/{tahun}';
const scan = (text: string): TemplateCheck => ({
  state: 'ok',
  scan: { placeholders: findPlaceholders(text), broken: [], sections: ['body'] } satisfies TemplateScan,
});
const all = PLACEHOLDERS.map((p) => `{{${p}}}`).join(' ');

function run(people: Array<{ kind?: CertKind; email?: string; values?: Partial<MergeValues> }>): LedgerPlan {
  const plan = planLedger(
    [],
    people.map((p, i) => ({
      trainingCode: 'A',
      kind: p.kind ?? 'Sertifikat',
      nip: nipFor(i + 1),
      name: `Peserta ${i + 1}`,
      email: p.email ?? '',
    })),
    {
      numberFor: (code, _k, seq) => formatCertificateNumber(FMT, { seq, code, date: new Date(2026, 0, 5) }),
      sequenceOf: (r) => parseSequence(r.number, FMT, r.trainingCode),
    },
  );
  freezePlan(plan, (row) => {
    const i = plan.rows.indexOf(row);
    const v = Object.fromEntries(PLACEHOLDERS.map((p) => [p, `${p} ${i}`])) as MergeValues;
    return { ...v, ...people[i].values };
  });
  return plan;
}

function input(plan: LedgerPlan, o: Partial<PreflightInput> = {}): PreflightInput {
  return {
    rows: plan.rows,
    eligible: plan.eligible,
    email: false,
    blockers: [],
    templates: new Map<CertKind, TemplateCheck>([
      ['Sertifikat', scan(all)],
      ['Piagam', scan(all)],
    ]),
    settings: defaultSettings(),
    trainings: [{ code: 'A', issued: new Date(2026, 0, 5) }],
    now: new Date(2026, 5, 1),
    emailQuota: null,
    maxEmailBytes: 4000,
    ...o,
  };
}

describe('certificate pre-flight', () => {
  test('a template without {{QR Verifikasi}} is a warning naming what to type; with it, none', () => {
    const noQr = PLACEHOLDERS.filter((p) => p !== 'QR Verifikasi' && p !== 'Kode Verifikasi')
      .map((p) => `{{${p}}}`)
      .join(' ');
    const r = certificatePreflight(
      input(run([{}, { kind: 'Piagam' }]), {
        templates: new Map<CertKind, TemplateCheck>([
          ['Sertifikat', scan(`${noQr} {{Kode Verifikasi}}`)],
          ['Piagam', scan(noQr)],
        ]),
      }),
    );
    expect(r.errors).toEqual([]);
    const qr = r.warnings.filter((w) => w.includes('{{QR Verifikasi}}'));
    expect(qr).toHaveLength(2);
    expect(qr[0]).toMatch(/^Template Sertifikat tidak memuat \{\{QR Verifikasi\}\}: sertifikat yang dibuat/);
    expect(qr[1]).toMatch(
      /^Template Piagam tidak memuat \{\{QR Verifikasi\}\} maupun \{\{Kode Verifikasi\}\}/,
    );
    expect(certificatePreflight(input(run([{}]))).warnings.some((w) => w.includes('QR Verifikasi'))).toBe(
      false,
    );
  });
  test('a clean run: no error, the files to make counted, the quota cost said', () => {
    const r = certificatePreflight(input(run([{}, {}, { kind: 'Piagam' }])));
    expect(r.errors).toEqual([]);
    expect(r.toIssue).toBe(3);
    expect(r.warnings).toEqual([expect.stringMatching(/^Akan dibuat 3 PDF/)]);
  });

  test('blockers, a missing or unreadable template and unknown placeholders stop the run', () => {
    const r = certificatePreflight(
      input(run([{}, { kind: 'Piagam' }]), {
        blockers: ['Templat dibuat oleh admin lain.'],
        templates: new Map<CertKind, TemplateCheck>([
          ['Sertifikat', scan('{{Nma}} {{Nomor}}')],
          ['Piagam', { state: 'unreadable' }],
        ]),
      }),
    );
    expect(r.errors).toEqual([
      'Templat dibuat oleh admin lain.',
      'Template Sertifikat: penanda isian {{Nma}} tidak dikenal; mungkin maksudnya {{Nama}}.',
      expect.stringMatching(/^Template Piagam tidak dapat dibuka/),
    ]);
    const missing = certificatePreflight(
      input(run([{}]), { templates: new Map([['Sertifikat', { state: 'missing' } as TemplateCheck]]) }),
    );
    expect(missing.errors).toEqual(['Template Sertifikat belum ada: jalankan "Buat Template" dulu.']);
  });

  test('a value a used placeholder needs: required is an Error, optional a Peringatan, rank only on a charter', () => {
    const r = certificatePreflight(
      input(
        run([
          { values: { Penandatangan: '', Tempat: '', Peringkat: '' } },
          { kind: 'Piagam', values: { Peringkat: '' } },
        ]),
      ),
    );
    expect(r.errors).toEqual([
      'Sertifikat A: 1 penerima tanpa nilai untuk {{Penandatangan}} (Peserta 1). Lengkapi datanya dulu.',
      'Piagam A: 1 penerima tanpa nilai untuk {{Peringkat}} (Peserta 2). Lengkapi datanya dulu.',
    ]);
    expect(r.warnings).toContain(
      'Sertifikat A: 1 penerima tanpa nilai untuk {{Tempat}} (Peserta 1); bagian itu akan kosong.',
    );
    expect(r.warnings).toContain(
      'Sertifikat A: 1 penerima tanpa nilai untuk {{Peringkat}} (Peserta 1); bagian itu akan kosong.',
    );
  });

  test('settings: a bad number format, an e-mail placeholder, a text too long to keep, no address, the quota', () => {
    const settings = { ...defaultSettings(), certificateNumberFormat: 'X/{kode}', emailSubject: '{{Nma}}' };
    const plan = run([{ email: 'a@x.id' }, { email: 'b@x.id' }, {}]);
    const r = certificatePreflight(input(plan, { settings, email: true, emailQuota: 1, maxEmailBytes: 5 }));
    expect(r.errors[0]).toMatch(/^Pengaturan "Format Nomor Sertifikat": Format harus memuat \{nomor\}/);
    expect(r.errors).toContain(
      'Pengaturan "Subjek Email": penanda isian {{Nma}} tidak dikenal; mungkin maksudnya {{Nama}}.',
    );
    expect(r.errors.some((e) => e.includes('paling banyak 5 bita'))).toBe(true);
    expect(r.warnings).toContain(
      '1 penerima tanpa Email di lembar Peserta (Peserta 3); tidak dikirimi email.',
    );
    expect(r.warnings).toContain(
      'Kuota email hari ini tersisa 1 penerima, perlu 2; sisanya dikirim setelah kuota pulih (24 jam setelah pemakaian pertamanya).',
    );
  });

  test('a training not over yet is named; a code too long for a Drive file property is an Error', () => {
    const soon = certificatePreflight(
      input(run([{}]), { trainings: [{ code: 'A', issued: new Date(2026, 11, 2) }] }),
    );
    expect(soon.warnings).toContain(
      'Kegiatan A belum selesai (sampai 2 Desember 2026); sertifikat dibuat dari data saat ini.',
    );
    const plan = run([{}, {}]);
    for (const r of plan.rows) r.trainingCode = 'K'.repeat(100);
    const long = certificatePreflight(
      input(plan, { eligible: new Set(plan.rows.map((r) => `${r.trainingCode}|Sertifikat|${r.nip}`)) }),
    );
    expect(long.errors.filter((e) => e.includes('terlalu panjang'))).toHaveLength(1);
  });

  test('what is made already and not e-mailed is no work: nothing to check', () => {
    const plan = run([{}]);
    plan.rows[0].pdf = 'https://drive.google.com/file/d/1aaaaaaaaaaaa/view';
    const r = certificatePreflight(input(plan, { templates: new Map() }));
    expect(r).toEqual({ errors: [], warnings: [], toIssue: 0 });
  });
});

describe('the job record', () => {
  test('kept under the property cap: failing attempts are dropped first, at most 100 kept', () => {
    const job = newJob(new Date(), true, false);
    for (let i = 0; i < 300; i++) job.attempts[`KODE-${i}|Sertifikat|${nipFor(i + 1)}`] = 1;
    boundJob(job);
    expect(Object.keys(job.attempts)).toHaveLength(100);
    job.message = 'x'.repeat(6000);
    boundJob(job);
    expect(utf8Length(JSON.stringify(job))).toBeLessThanOrEqual(MAX_JOB_BYTES);
    expect(Object.keys(job.attempts).length).toBeLessThan(100);
  });
});
