// Two admins of one spreadsheet, and one admin after the script moved to another Cloud project: drive.file is per
// user and per OAuth client, so neither may silently make a second set of templates or folders, nor a second PDF.

import type { CertificateProgress, PanelState, TemplatesState } from '../../src/shared/rpc';
import {
  correctedSampleSpreadsheet,
  type Harness,
  harness,
  ledger,
  pdfsByKey,
  preflightAll,
  startAll,
} from './harness';

const A = 'admin.a@bkpsdm.example.go.id';
const B = 'admin.b@bkpsdm.example.go.id';
const FOLDER = 'application/vnd.google-apps.folder';
const DOC = 'application/vnd.google-apps.document';

async function sample(): Promise<Harness> {
  const ss = await correctedSampleSpreadsheet();
  const h = harness({ spreadsheet: ss, user: A });
  await h.call('runSetup');
  return h;
}

const keyOf = (r: Record<string, unknown>) => `${r['Kode Kegiatan']}|${r.Jenis}|${r.NIP}`;

/** Templates and folders (not PDFs) in the emulated Drive, by owner. */
function setFiles(h: Harness, owner: string) {
  return h.env.drive
    ._files()
    .filter((f) => f.owner === owner && (f.mimeType === FOLDER || f.mimeType === DOC) && !f.trashed);
}

/** Runs batches until the job leaves 'running' or at least `atLeast` certificates are done. */
async function runUntil(
  h: Harness,
  first: CertificateProgress,
  atLeast = Infinity,
): Promise<CertificateProgress> {
  let p = first;
  for (let i = 0; i < 100 && p.state === 'running' && p.done < atLeast; i++)
    p = await h.call<CertificateProgress>('continueCertificates');
  return p;
}

/** Admin A: templates, then about half of the certificates, then stops. */
async function halfDoneByA(h: Harness): Promise<CertificateProgress> {
  await h.call('createTemplates');
  const first = await startAll(h);
  const half = await runUntil(h, first, Math.ceil(first.total / 2));
  expect(half.state).toBe('running');
  expect(half.done).toBeGreaterThan(0);
  expect(half.remaining).toBeGreaterThan(0);
  return h.call<CertificateProgress>('stopCertificates');
}

function expectOnePdfPerRow(h: Harness): void {
  const rows = ledger(h);
  const byKey = pdfsByKey(h);
  for (const r of rows) {
    expect([keyOf(r), r.Status]).toEqual([keyOf(r), 'Dibuat']);
    expect([keyOf(r), byKey.get(keyOf(r))]).toEqual([keyOf(r), 1]);
  }
  expect(byKey.size).toBe(rows.length);
}

describe('a second admin of the same spreadsheet', () => {
  test('gets the message, nothing is made silently; confirming an own set finishes the rest, no duplicate PDF', async () => {
    const h = await sample();
    const stopped = await halfDoneByA(h);
    const doneByA = new Map(ledger(h).map((r) => [keyOf(r), r.PDF]));
    const filesBefore = h.env.drive._files().length;

    h.env.setUser(B);
    // the panel shows the message without creating anything
    const panel = await h.call<PanelState>('getPanelState');
    expect(panel.templates.needsOwn).toBe(true);
    expect(panel.templates.notice).toContain(`Templat dan folder sertifikat dibuat oleh ${A}`);
    expect(panel.templates.notice).toContain('Google hanya mengizinkan add-on membuka berkas');
    expect(panel.templates.notice).toContain('Buat Template Sendiri');
    expect(panel.certificates.done).toBe(stopped.done);
    // "Buat Template" from the sidebar and from the menu: the message, no template, no folder
    const t = await h.call<TemplatesState>('createTemplates');
    expect(t.needsOwn).toBe(true);
    expect(t.notice).toBe(panel.templates.notice);
    h.addon.open();
    h.addon.menuClick('Buat Template');
    expect(JSON.stringify(h.env.ui._alerts.at(-1))).toContain(`dibuat oleh ${A}`);
    // pre-flight and a run refuse with the same message and make nothing
    const pre = await preflightAll(h);
    expect(pre.ok).toBe(false);
    expect(pre.errors.join(' ')).toContain(`dibuat oleh ${A}`);
    const refused = await startAll(h);
    expect(refused.state).toBe('error');
    expect(refused.message).toContain(`dibuat oleh ${A}`);
    expect(h.env.drive._files().length).toBe(filesBefore);
    expect(setFiles(h, B)).toEqual([]);

    // B chooses an own set explicitly
    const own = await h.call<TemplatesState>('createTemplates', { confirmOwn: true });
    expect(own.needsOwn).toBe(false);
    expect(h.env.drive._get(own.certificate!.id)!.owner).toBe(B);
    expect(h.env.drive._get(own.folder!.id)!.owner).toBe(B);
    // three templates (Sertifikat, Piagam, Sertifikat Narasumber), the root, a folder per training
    expect(setFiles(h, B).length).toBe(3 + 1 + 3);
    const again = await h.call<TemplatesState>('createTemplates');
    expect(again).toEqual(own);
    expect(setFiles(h, B).length).toBe(7);

    const done = await runUntil(h, await startAll(h));
    expect(done.state).toBe('done');
    expectOnePdfPerRow(h);
    // what A made stays A's: same links, no new PDF for those numbers
    for (const r of ledger(h)) if (doneByA.get(keyOf(r))) expect(r.PDF).toBe(doneByA.get(keyOf(r)));

    // A still works with A's own set, and finds nothing left to do
    h.env.setUser(A);
    const panelA = await h.call<PanelState>('getPanelState');
    expect(panelA.templates.needsOwn).toBe(false);
    expect(panelA.templates.certificate!.id).not.toBe(own.certificate!.id);
    const files = h.env.drive._files().length;
    const rerun = await runUntil(h, await startAll(h));
    expect(rerun.state).toBe('done');
    expect(h.env.drive._files().length).toBe(files);
  }, 120_000);

  test("rows of A's batch that was cut off are not continued by B (named), until A finishes them", async () => {
    const h = await sample();
    await halfDoneByA(h);
    // A's next batch is cut off after its third PDF: those PDFs exist, the ledger does not know them
    h.env.rt.injectFault({ method: 'Drive.Files.create', atCall: 3, kind: 'timeout', after: true });
    await expect(h.addon.rpc('continueCertificates')).rejects.toThrow(/Exceeded maximum execution time/);
    h.env.rt.clearFaults();

    h.env.setUser(B);
    await h.call('createTemplates', { confirmOwn: true });
    const pdfs = pdfsByKey(h).size;
    const pre = await preflightAll(h);
    expect(pre.ok).toBe(false);
    const refused = await startAll(h);
    expect(refused.state).toBe('error');
    expect(refused.message).toMatch(
      /Baris \d+(–\d+)?(, \d+(–\d+)?)* di lembar Sertifikat dimulai oleh admin\.a@/,
    );
    expect(refused.message).toContain('tidak dilanjutkan');
    expect(pdfsByKey(h).size).toBe(pdfs);

    // A finishes (finding the cut-off batch's PDFs again); then B has nothing to refuse
    h.env.setUser(A);
    const a = await runUntil(h, await startAll(h));
    expect(a.state).toBe('done');
    h.env.setUser(B);
    const b = await startAll(h);
    expect(b.state).toBe('done');
    expectOnePdfPerRow(h);
  }, 120_000);
});

describe('the script moved to another Cloud project', () => {
  test('the same admin gets the message instead of a silent second set; confirming finishes without duplicates', async () => {
    const h = await sample();
    await halfDoneByA(h);
    h.env.setCloudProject('dou-asn-produksi');
    const filesBefore = h.env.drive._files().length;
    const t = await h.call<TemplatesState>('createTemplates');
    expect(t.needsOwn).toBe(true);
    expect(t.notice).toContain('project Google Cloud lain');
    const refused = await startAll(h);
    expect(refused.state).toBe('error');
    expect(refused.message).toContain('project Google Cloud lain');
    expect(h.env.drive._files().length).toBe(filesBefore);

    const own = await h.call<TemplatesState>('createTemplates', { confirmOwn: true });
    expect(own.needsOwn).toBe(false);
    expect(h.env.drive._get(own.folder!.id)!.project).toBe('dou-asn-produksi');
    const done = await runUntil(h, await startAll(h));
    expect(done.state).toBe('done');
    expectOnePdfPerRow(h);
  }, 120_000);

  test('a batch cut off in the old project is not continued in the new one', async () => {
    const h = await sample();
    await halfDoneByA(h);
    h.env.rt.injectFault({ method: 'Drive.Files.create', atCall: 2, kind: 'timeout', after: true });
    await expect(h.addon.rpc('continueCertificates')).rejects.toThrow(/Exceeded maximum execution time/);
    h.env.rt.clearFaults();
    h.env.setCloudProject('dou-asn-produksi');
    await h.call('createTemplates', { confirmOwn: true });
    const pdfs = pdfsByKey(h);
    const refused = await startAll(h);
    expect(refused.state).toBe('error');
    expect(refused.message).toMatch(/Baris \d+(–\d+)?(, \d+(–\d+)?)* di lembar Sertifikat terhenti/);
    expect(refused.message).toContain('folder sertifikat lama Anda');
    expect(pdfsByKey(h)).toEqual(pdfs);
    expect([...pdfs.values()].every((n) => n === 1)).toBe(true);
  }, 120_000);
});

describe('a record made before owners were kept', () => {
  test('its own admin adopts it silently; another admin gets the message and a choice', async () => {
    const h = await sample();
    const t = await h.call<TemplatesState>('createTemplates');
    const props = h.env.props.document;
    const old = JSON.parse(props.data.get('douasn.templates')!);
    delete old.owner;
    delete old.ownerEmail;
    props.data.set('douasn.templates', JSON.stringify(old));
    h.env.setUser(B);
    const b = await h.call<TemplatesState>('createTemplates');
    expect(b.needsOwn).toBe(true);
    expect(b.notice).toContain('tidak dapat dibuka oleh add-on');
    expect(setFiles(h, B)).toEqual([]);
    h.env.setUser(A);
    const files = h.env.drive._files().length;
    expect(await h.call<TemplatesState>('createTemplates')).toEqual(t);
    expect(h.env.drive._files().length).toBe(files);
    expect(JSON.parse(props.data.get('douasn.templates')!).ownerEmail).toBe(A);
    // B's own set goes to B's own record; A's stays A's
    h.env.setUser(B);
    const own = await h.call<TemplatesState>('createTemplates', { confirmOwn: true });
    expect(own.needsOwn).toBe(false);
    h.env.setUser(A);
    expect((await h.call<PanelState>('getPanelState')).templates.certificate).toEqual(t.certificate);
  }, 60_000);
});
