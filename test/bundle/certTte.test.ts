// TTE-ready certificates through the built bundle (issue 13 item 4): in Mode TTE Tag every PDF carries the tag
// exactly once, inside the signature box of each design, and nowhere else (a tag typed in a name is printed as its
// look-alike); a template that cannot print it once is a pre-flight Error; an invalid tag is refused.

import type { CertificateProgress, PreflightResult } from '../../src/shared/rpc';
import { synthWorkbook } from '../../tools/synth';
import { type Harness, harness, ledger, runToEnd, typeSetting } from './harness';
import { HAVE_POPPLER, pdfLayout } from './pdfLayout';

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
      const done = await runToEnd(h, await h.call<CertificateProgress>('startCertificates'));
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
        const column = lines.filter((l) => l.page === tag.page && l.xMin > 400);
        const above = column.filter((l) => l.yMax <= tag.yMin);
        const below = column.filter((l) => l.yMin >= tag.yMax).sort((a, b) => a.yMin - b.yMin);
        expect(above.length).toBeGreaterThan(0);
        expect(tag.xMin).toBeGreaterThan(400);
        // at the foot of the room: the next lines of the signer's column are the signer's name, then the NIP
        expect(below.length).toBeGreaterThanOrEqual(2);
        expect(below[0].text).not.toMatch(/^NIP/);
        expect(below[1].text).toMatch(/^NIP\./);
        // and nothing of the signer's block between the tag and the name: the room is above the tag
        expect(below[0].yMin - tag.yMax).toBeLessThan(20);
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
