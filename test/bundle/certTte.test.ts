// TTE-ready certificates through the built bundle (issue 13 item 4): in Mode TTE Tag every PDF carries the tag
// exactly once, inside the signature box of each design, and nowhere else (a tag typed in a name is printed as its
// look-alike); a template that cannot print it once is a pre-flight Error; an invalid tag is refused.

import type { CertificateProgress, PreflightResult } from '../../src/shared/rpc';
import { synthWorkbook } from '../../tools/synth';
import { type Harness, harness, ledger, typeSetting } from './harness';
import { HAVE_POPPLER, pdfLayout } from './pdfLayout';

async function drive(h: Harness, first: CertificateProgress): Promise<CertificateProgress> {
  let p = first;
  for (let i = 0; i < 50 && p.state === 'running'; i++)
    p = await h.call<CertificateProgress>('continueCertificates');
  return p;
}

async function tagged(design: string, participants = 4): Promise<Harness> {
  const h = harness({ spreadsheet: synthWorkbook({ participants, trainings: 1 }) });
  await h.call('runSetup');
  await h.call('pullResponses');
  typeSetting(h, 'Mode TTE', 'Tag');
  typeSetting(h, 'Desain Sertifikat', design);
  await h.call('createTemplates');
  return h;
}

const pdfs = (h: Harness) =>
  h.env.drive
    ._files()
    .filter((f) => !f.trashed && f.mimeType === 'application/pdf' && f.appProperties.douasnKey);

(HAVE_POPPLER ? describe : describe.skip)('Mode TTE Tag', () => {
  jest.setTimeout(120_000);

  it.each(['Resmi', 'Modern', 'Sederhana'])(
    'design %s: one tag per PDF, in the signature box',
    async (design) => {
      const h = await tagged(design);
      const done = await drive(h, await h.call<CertificateProgress>('startCertificates'));
      expect(done.state).toBe('done');
      const files = pdfs(h);
      expect(files.length).toBeGreaterThan(2);
      for (const f of files) {
        const { lines } = pdfLayout(f.content!);
        const tags = lines.filter((l) => l.text.includes('#'));
        expect(tags.map((l) => l.text)).toEqual(['#']);
        const tag = tags[0];
        // the signature box: the right part of the page, between the signer's title and the signer's name
        const row = ledger(h).find(
          (r) => f.appProperties.douasnKey === `${r['Kode Kegiatan']}|${r.Jenis}|${r.NIP}`,
        );
        expect(row).toBeDefined();
        const page = lines.filter((l) => l.page === tag.page);
        const signer = page.find((l) => l.text === String(row?.Nama) || l.yMin > tag.yMax);
        const above = page.filter((l) => l.yMax <= tag.yMin && l.xMin > 400);
        expect(signer).toBeDefined();
        expect(above.length).toBeGreaterThan(0);
        expect(tag.xMin).toBeGreaterThan(400);
        expect(page.filter((l) => l.yMin > tag.yMax && l.xMin > 400).length).toBeGreaterThanOrEqual(2);
      }
    },
  );

  it('an invalid Karakter Tag TTE, and a template without {{Tag TTE}}, are pre-flight Errors', async () => {
    const h = harness({ spreadsheet: synthWorkbook({ participants: 3, trainings: 1 }) });
    await h.call('runSetup');
    await h.call('pullResponses');
    await h.call('createTemplates');
    typeSetting(h, 'Karakter Tag TTE', 'ab');
    let pre = await h.call<PreflightResult>('preflightCertificates');
    expect(pre.ok).toBe(false);
    expect(pre.errors.join('\n')).toContain('Karakter Tag TTE');
    typeSetting(h, 'Karakter Tag TTE', '$');
    typeSetting(h, 'Mode TTE', 'Tag');
    pre = await h.call<PreflightResult>('preflightCertificates');
    expect(pre.ok).toBe(true);
    // the template's own text holding the tag outside the box
    typeSetting(h, 'Karakter Tag TTE', ',');
    pre = await h.call<PreflightResult>('preflightCertificates');
    expect(pre.ok).toBe(false);
    expect(pre.errors.join('\n')).toContain('memuat tanda ","');
  });
});
