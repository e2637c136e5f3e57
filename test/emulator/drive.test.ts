// Tests of the emulated Drive advanced service v3: drive.file visibility, the q language, fields, paging, costs, faults.

import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FakeBlob } from '../../emulator/base';
import { createDocumentApp, DOC_MISSING } from '../../emulator/docs';
import { createDrive, DOC_MIME, FOLDER_MIME } from '../../emulator/drive';
import { createEnvironment } from '../../emulator/environment';
import { loadBundleSource } from '../../emulator/loader';
import { COST_MODEL, QUOTA_MESSAGES, Runtime } from '../../emulator/runtime';

const START = new Date('2026-11-27T09:00:00+07:00');

type F = Record<string, unknown> & { id: string };
type L = { files?: F[]; nextPageToken?: string; kind?: string };

function setup(opts: { searchIndexLagMs?: number } = {}) {
  const rt = new Runtime({ start: START });
  const drive = createDrive(rt, opts);
  const Files = drive.api.Files;
  const pdf = (name: string) =>
    new FakeBlob(rt, new TextEncoder().encode(`%PDF-1.7 ${name}`), 'application/pdf', name);
  const folder = (name: string, parent?: string) =>
    Files.create({ name, mimeType: FOLDER_MIME, parents: parent ? [parent] : undefined }) as F;
  return { rt, drive, Files, pdf, folder };
}

describe('files.create / get / copy and the fields parameter', () => {
  test('create with a blob costs 600 ms and returns only kind, id, name and mimeType by default', () => {
    const { rt, Files, pdf, folder } = setup();
    const dir = folder('Sertifikat PD-01');
    const before = rt.now;
    const f = Files.create({ name: 'Budi.pdf', parents: [dir.id] }, pdf('Budi.pdf')) as F;
    expect(rt.now - before).toBe(COST_MODEL.driveCreateWithBlob);
    expect(Object.keys(f).sort()).toEqual(['id', 'kind', 'mimeType', 'name']);
    expect(f.mimeType).toBe('application/pdf');
    expect(f.id).toHaveLength(33);
    const full = Files.get(f.id, { fields: 'id,parents,webViewLink,size,appProperties' }) as F;
    expect(full).toEqual({
      id: f.id,
      parents: [dir.id],
      webViewLink: `https://drive.google.com/file/d/${f.id}/view?usp=drivesdk`,
      size: String('%PDF-1.7 Budi.pdf'.length),
    });
    expect((Files.get(f.id, { fields: '*' }) as F).trashed).toBe(false);
    expect(() => Files.get(f.id, { fields: 'id,title' })).toThrow('Invalid field selection title');
    expect(rt.counts.get('Drive.Files.get')).toBe(3);
  });

  test('copy costs 1000 ms, inherits the visible parent, copies appProperties, and names "Copy of …" by default', () => {
    const { rt, Files, pdf, folder } = setup();
    const dir = folder('A');
    const src = Files.create(
      { name: 'x.pdf', parents: [dir.id], appProperties: { kind: 'cert' } },
      pdf('x'),
    ) as F;
    const before = rt.now;
    const c = Files.copy({}, src.id, { fields: 'id,name,parents,appProperties' }) as F;
    expect(rt.now - before).toBe(COST_MODEL.driveCopy);
    expect(c).toEqual({
      id: c.id,
      name: 'Copy of x.pdf',
      parents: [dir.id],
      appProperties: { kind: 'cert' },
    });
    const d = Files.copy({ name: 'y.pdf', appProperties: { kind: null, nip: '1985' } }, src.id, {
      fields: 'name,appProperties',
    }) as F;
    expect(d).toEqual({ name: 'y.pdf', appProperties: { nip: '1985' } });
  });

  test('v3 allows one parent only; parents are changed with addParents/removeParents', () => {
    const { Files, pdf, folder } = setup();
    const a = folder('A');
    const b = folder('B');
    expect(() => Files.create({ name: 'z', parents: [a.id, b.id] }, pdf('z'))).toThrow(
      'Increasing the number of parents is not allowed',
    );
    const f = Files.create({ name: 'z', parents: [a.id] }, pdf('z')) as F;
    expect(() => Files.update({ parents: [b.id] }, f.id)).toThrow(
      'The parents field is not directly writable',
    );
    expect(() => Files.update({}, f.id, null, { addParents: b.id })).toThrow(
      'Increasing the number of parents',
    );
    const moved = Files.update({ name: 'z2' }, f.id, null, {
      addParents: b.id,
      removeParents: a.id,
      fields: 'name,parents',
    }) as F;
    expect(moved).toEqual({ name: 'z2', parents: [b.id] });
  });

  test('update patches appProperties (null deletes), trashes; remove deletes for good', () => {
    const { Files, pdf } = setup();
    const f = Files.create({ name: 'p', appProperties: { a: '1', b: '2' } }, pdf('p')) as F;
    Files.update({ appProperties: { a: null, c: 3 }, trashed: true }, f.id);
    expect(Files.get(f.id, { fields: 'appProperties,trashed' })).toEqual({
      appProperties: { b: '2', c: '3' },
      trashed: true,
    });
    expect(() => Files.update({ appProperties: { k: 'x'.repeat(130) } }, f.id)).toThrow('124 bytes');
    Files.remove(f.id);
    expect(() => Files.get(f.id)).toThrow(
      `API call to drive.files.get failed with error: File not found: ${f.id}.`,
    );
  });

  test('update renames a file and patches appProperties in one call; modifiedTime moves with it', () => {
    const { rt, Files, pdf } = setup();
    const f = Files.create({ name: 'Sertifikat 001.pdf', appProperties: { a: '1' } }, pdf('p'), {
      fields: 'id,modifiedTime',
    }) as F;
    rt.advance(60_000);
    const u = Files.update({ name: 'DIGANTI - Sertifikat 001.pdf', appProperties: { b: '2' } }, f.id, null, {
      fields: 'name,appProperties,modifiedTime',
    }) as F;
    expect([u.name, u.appProperties]).toEqual(['DIGANTI - Sertifikat 001.pdf', { a: '1', b: '2' }]);
    expect(Date.parse(String(u.modifiedTime))).toBeGreaterThan(Date.parse(String(f.modifiedTime)));
  });

  test("a Google Doc's modifiedTime moves when DocumentApp saves it; a Drive copy leaves the source's alone", () => {
    const { rt, Files, drive } = setup();
    const DocumentApp = createDocumentApp(rt, drive);
    const d = Files.create({ name: 'Templat', mimeType: DOC_MIME }, null, { fields: 'id,modifiedTime' }) as F;
    rt.advance(60_000);
    Files.copy({ name: 'Salinan' }, d.id);
    expect(Files.get(d.id, { fields: 'modifiedTime' })).toEqual({ modifiedTime: d.modifiedTime });
    const doc = DocumentApp.openById(d.id);
    doc.getBody().appendParagraph('x');
    doc.saveAndClose();
    const after = Files.get(d.id, { fields: 'modifiedTime' }) as F;
    expect(Date.parse(String(after.modifiedTime))).toBeGreaterThan(Date.parse(String(d.modifiedTime)));
  });

  test('creating a Google Doc through Drive counts against "documents created" (stricter)', () => {
    const { rt, Files, drive } = setup();
    rt.quotas.documentsCreated = 1;
    const d = Files.create({ name: 'Templat', mimeType: DOC_MIME }) as F;
    expect(drive._get(d.id)!.doc).not.toBeNull();
    expect(() => Files.create({ name: 'Lagi', mimeType: DOC_MIME })).toThrow(QUOTA_MESSAGES.documentsCreated);
    expect(() => Files.copy({}, d.id)).toThrow(QUOTA_MESSAGES.documentsCreated);
  });
});

describe('drive.file: the add-on sees only its own files and those the user opened with it', () => {
  test('get, copy, update and remove of another file fail with 404; list never shows it', () => {
    const { Files, drive } = setup();
    const ext = drive._createExternalFile({ name: 'Template Kantor', mimeType: DOC_MIME });
    const msg = `File not found: ${ext.id}.`;
    expect(() => Files.get(ext.id)).toThrow(msg);
    expect(() => Files.copy({ name: 'c' }, ext.id)).toThrow(msg);
    expect(() => Files.update({ name: 'r' }, ext.id)).toThrow(msg);
    expect(() => Files.remove(ext.id)).toThrow(msg);
    expect(() => Files.create({ name: 'in', parents: [ext.id] })).toThrow(msg);
    try {
      Files.get(ext.id);
    } catch (e) {
      expect((e as Error).name).toBe('GoogleJsonResponseException');
    }
    expect((Files.list({ q: "name = 'Template Kantor'" }) as L).files).toEqual([]);
    drive._grantAccess(ext.id);
    expect((Files.get(ext.id) as F).name).toBe('Template Kantor');
    expect((Files.list({ q: "name = 'Template Kantor'" }) as L).files!.map((f) => f.id)).toEqual([ext.id]);
  });
});

describe('drive.file is per user and per OAuth client (Cloud project)', () => {
  const A = 'admin.a@example.go.id';
  const B = 'admin.b@example.go.id';
  type G = {
    Drive: { Files: typeof import('../../emulator/drive').EmulatedDrive.prototype.api.Files };
    DocumentApp: ReturnType<typeof createDocumentApp>;
    Session: { getEffectiveUser(): { getEmail(): string }; getActiveUser(): { getEmail(): string } };
    PropertiesService: {
      getUserProperties(): {
        getProperty(k: string): string | null;
        setProperty(k: string, v: string): unknown;
      };
      getDocumentProperties(): {
        getProperty(k: string): string | null;
        setProperty(k: string, v: string): unknown;
      };
    };
    CacheService: { getUserCache(): { get(k: string): string | null; put(k: string, v: string): void } };
  };
  const envOf = (opts: { cloudProject?: string } = {}) => {
    const env = createEnvironment({ user: A, ...opts });
    return { env, g: env.globals as unknown as G };
  };
  /** A's folder with a Doc and a PDF, made through the add-on (so drive.file grants them to A in this project). */
  const filesOfA = (g: G) => {
    const folder = g.Drive.Files.create({ name: 'Sertifikat', mimeType: FOLDER_MIME }) as F;
    const doc = g.Drive.Files.create({
      name: 'Template',
      mimeType: DOC_MIME,
      parents: [folder.id],
      appProperties: { douasnRole: 'template' },
    }) as F;
    const pdf = g.Drive.Files.create(
      { name: 'Budi.pdf', parents: [folder.id], appProperties: { douasnKey: 'k1' } },
      new FakeBlob(
        new Runtime({ start: START }),
        new TextEncoder().encode('%PDF'),
        'application/pdf',
        'Budi.pdf',
      ),
    ) as F;
    return { folder, doc, pdf };
  };

  test('Session reports the user set between executions; setUser during an execution is refused', () => {
    const { env, g } = envOf();
    expect(g.Session.getEffectiveUser().getEmail()).toBe(A);
    env.setUser(B);
    expect(g.Session.getEffectiveUser().getEmail()).toBe(B);
    expect(g.Session.getActiveUser().getEmail()).toBe(B);
    env.beginExecution({ context: 'menu', authMode: 'FULL' });
    expect(() => env.setUser(A)).toThrow('only between executions');
    env.endExecution();
    expect(env.runAs(A, () => g.Session.getEffectiveUser().getEmail())).toBe(A);
    expect(env.user).toBe(B);
  });

  test("another user's add-on files do not exist for them: get/copy/update/remove 404, list empty, no child", () => {
    const { env, g } = envOf();
    const { folder, doc, pdf } = filesOfA(g);
    const Files = g.Drive.Files;
    env.setUser(B);
    for (const f of [folder, doc, pdf]) {
      const msg = `File not found: ${f.id}.`;
      expect(() => Files.get(f.id)).toThrow(msg);
      expect(() => Files.update({ name: 'x' }, f.id)).toThrow(msg);
      expect(() => Files.remove(f.id)).toThrow(msg);
    }
    expect(() => Files.copy({ name: 'c' }, doc.id)).toThrow(`File not found: ${doc.id}.`);
    expect(() => Files.create({ name: 'in', parents: [folder.id] })).toThrow(`File not found: ${folder.id}.`);
    expect((Files.list({ q: "appProperties has { key='douasnKey' and value='k1' }" }) as L).files).toEqual(
      [],
    );
    expect((Files.list({ q: 'trashed = false' }) as L).files).toEqual([]);
    // B's own files land in B's My Drive and are B's alone
    const mine = Files.create({ name: 'Punya B', mimeType: FOLDER_MIME }, null, {
      fields: 'id,parents',
    }) as F;
    expect(mine.parents).not.toEqual([env.drive.rootId]);
    expect(env.drive._get(mine.id)!.owner).toBe(B);
    env.setUser(A);
    expect(() => Files.get(mine.id)).toThrow(`File not found: ${mine.id}.`);
    expect((Files.get(pdf.id) as F).id).toBe(pdf.id);
  });

  test('DocumentApp (documents scope) opens what the user can open in Drive: shared folder yes, drive.file still no', () => {
    const { env, g } = envOf();
    const { folder, doc } = filesOfA(g);
    env.setUser(B);
    expect(() => g.DocumentApp.openById(doc.id)).toThrow(DOC_MISSING);
    env.drive.share(folder.id, B); // A shares the folder with B in Drive
    expect(g.DocumentApp.openById(doc.id).getName()).toBe('Template');
    expect(() => g.Drive.Files.get(doc.id)).toThrow(`File not found: ${doc.id}.`);
    expect(() => g.Drive.Files.copy({ name: 'c' }, doc.id)).toThrow(`File not found: ${doc.id}.`);
  });

  test('a Picker grant is for that user in that Cloud project only', () => {
    const { env, g } = envOf();
    const { doc } = filesOfA(g);
    env.drive.grantPickerAccess(B, doc.id);
    env.setUser(B);
    expect((g.Drive.Files.get(doc.id) as F).name).toBe('Template');
    expect(g.DocumentApp.openById(doc.id).getName()).toBe('Template');
    env.setUser('admin.c@example.go.id');
    expect(() => g.Drive.Files.get(doc.id)).toThrow(`File not found: ${doc.id}.`);
    env.setUser(B);
    env.setCloudProject('dou-asn-prod');
    expect(() => g.Drive.Files.get(doc.id)).toThrow(`File not found: ${doc.id}.`);
  });

  test('moved to another Cloud project: the same user no longer sees the files the add-on made before', () => {
    const { env, g } = envOf();
    const { folder, doc } = filesOfA(g);
    env.setCloudProject('dou-asn-prod');
    expect(() => g.Drive.Files.get(folder.id)).toThrow(`File not found: ${folder.id}.`);
    expect((g.Drive.Files.list({ q: 'trashed = false' }) as L).files).toEqual([]);
    // the Doc is still the user's own: DocumentApp opens it, Drive v3 under drive.file does not copy it
    expect(g.DocumentApp.openById(doc.id).getName()).toBe('Template');
    expect(() => g.Drive.Files.copy({ name: 'c' }, doc.id)).toThrow(`File not found: ${doc.id}.`);
    env.setCloudProject('default');
    expect((g.Drive.Files.get(folder.id) as F).id).toBe(folder.id);
  });

  test('user properties and the user cache are per user; document properties are shared', () => {
    const { env, g } = envOf();
    g.PropertiesService.getUserProperties().setProperty('adminId', 'a');
    g.PropertiesService.getDocumentProperties().setProperty('templates', 'of A');
    g.CacheService.getUserCache().put('c', 'A');
    env.setUser(B);
    expect(g.PropertiesService.getUserProperties().getProperty('adminId')).toBeNull();
    expect(g.CacheService.getUserCache().get('c')).toBeNull();
    expect(g.PropertiesService.getDocumentProperties().getProperty('templates')).toBe('of A');
    g.PropertiesService.getUserProperties().setProperty('adminId', 'b');
    expect(env.userProps(A).toObject()).toEqual({ adminId: 'a' });
    expect(env.props.user.toObject()).toEqual({ adminId: 'b' });
  });

  test('an installable trigger runs as the user who created it', () => {
    const env = createEnvironment({ user: A });
    const addon = loadBundleSource(
      env,
      `function install() { ScriptApp.newTrigger('tick').timeBased().everyHours(1).create(); }
       function tick() { PropertiesService.getDocumentProperties().setProperty('ranAs', Session.getEffectiveUser().getEmail()); }`,
    );
    addon.run('install');
    env.setUser(B);
    env.rt.advance(60 * 60 * 1000);
    expect(env.triggers.fireDue().map((r) => r.ok)).toEqual([true]);
    expect(env.props.document.toObject()).toEqual({ ranAs: A });
    expect(env.user).toBe(B);
  });
});

describe('files.list', () => {
  function populate() {
    const s = setup();
    const { Files, pdf, folder } = s;
    const dir = folder('Sertifikat PD-01');
    const mk = (name: string, appProperties?: Record<string, string>) =>
      Files.create({ name, parents: [dir.id], appProperties }, pdf(name)) as F;
    const budi = mk('Sertifikat Budi.pdf', { job: 'PD-01', nip: '198501012010011001' });
    const ani = mk('Sertifikat Ani.pdf', { job: 'PD-01', nip: '199002022015022002' });
    const obrien = mk("O'Brien.pdf", { job: 'PD-02' });
    const old = mk('Lama.pdf');
    Files.update({ trashed: true }, old.id);
    const rootFile = Files.create({ name: 'Sertifikat Root.pdf' }, pdf('r')) as F;
    return { ...s, dir, budi, ani, obrien, old, rootFile };
  }
  const ids = (l: unknown) => ((l as L).files ?? []).map((f) => f.id).sort();

  test('appProperties has without trashed = false lists a trashed file with trashed: true; deleted for good it is gone', () => {
    const { Files, old, drive } = populate();
    Files.update({ appProperties: { job: 'PD-09' } }, old.id);
    const q = "appProperties has { key='job' and value='PD-09' }";
    const hit = (Files.list({ q, fields: 'files(id,trashed,appProperties)' }) as L).files ?? [];
    expect(hit).toEqual([{ id: old.id, trashed: true, appProperties: { job: 'PD-09' } }]);
    expect(ids(Files.list({ q: `${q} and trashed = false` }))).toEqual([]);
    // a person empties the trash in Drive's web UI: no listing shows it, get is a 404
    drive._deleteForever(old.id);
    expect(ids(Files.list({ q }))).toEqual([]);
    expect(() => Files.get(old.id)).toThrow(`File not found: ${old.id}`);
  });

  test('q: name, contains (prefix only), parents, trashed, mimeType, appProperties has, escapes, and/or/not', () => {
    const { Files, dir, budi, ani, obrien, old, rootFile, drive } = populate();
    const list = (q: string) => ids(Files.list({ q }));
    expect(list("name = 'Sertifikat Budi.pdf'")).toEqual([budi.id]);
    expect(list("name contains 'Sertifikat'")).toEqual([dir.id, budi.id, ani.id, rootFile.id].sort());
    expect(list("name contains 'Budi'")).toEqual([]); // Drive matches a name prefix only
    expect(list(`'${dir.id}' in parents and trashed = false`)).toEqual([budi.id, ani.id, obrien.id].sort());
    expect(list(`'${dir.id}' in parents`)).toContain(old.id); // trashed files are listed unless excluded
    expect(list("'root' in parents and mimeType = 'application/pdf'")).toEqual([rootFile.id]);
    expect(list(`mimeType = '${FOLDER_MIME}'`)).toEqual([dir.id]);
    expect(
      list("appProperties has { key='nip' and value='198501012010011001' } and trashed = false"),
    ).toEqual([budi.id]);
    expect(list("name = 'O\\'Brien.pdf'")).toEqual([obrien.id]);
    expect(
      list(
        "(appProperties has { key='job' and value='PD-02' } or name = 'Sertifikat Ani.pdf') and not trashed = true",
      ),
    ).toEqual([ani.id, obrien.id].sort());
    expect(() => Files.list({ q: "name = 'unterminated" })).toThrow('Invalid Value');
    expect(() => Files.list({ q: "fullText contains 'x'" })).toThrow('Invalid Value');
    expect(drive._files()).toHaveLength(6);
  });

  test('pages with nextPageToken; a fields list without nextPageToken drops it, as on Google', () => {
    const { Files, dir } = populate();
    const q = `'${dir.id}' in parents`;
    const p1 = Files.list({ q, pageSize: 3, orderBy: 'name' }) as L;
    expect(p1.files!.map((f) => f.name)).toEqual(['Lama.pdf', "O'Brien.pdf", 'Sertifikat Ani.pdf']);
    expect(Object.keys(p1.files![0]).sort()).toEqual(['id', 'kind', 'mimeType', 'name']);
    const p2 = Files.list({ q, pageSize: 3, orderBy: 'name', pageToken: p1.nextPageToken }) as L;
    expect(p2.files!.map((f) => f.name)).toEqual(['Sertifikat Budi.pdf']);
    expect(p2.nextPageToken).toBeUndefined();
    const slim = Files.list({ q, pageSize: 3, fields: 'files(id,appProperties)' }) as L;
    expect(slim.nextPageToken).toBeUndefined();
    expect(slim.files).toHaveLength(3);
    const withToken = Files.list({ q, pageSize: 3, fields: 'nextPageToken, files(id)' }) as L;
    expect(withToken.nextPageToken).toBeDefined();
    expect(() => Files.list({ pageSize: 1001 })).toThrow('Invalid Value');
  });

  test('an optional search-index lag hides files created a moment ago', () => {
    const { Files, pdf, rt } = setup({ searchIndexLagMs: 10_000 });
    Files.create({ name: 'baru.pdf' }, pdf('baru'));
    expect((Files.list({ q: "name = 'baru.pdf'" }) as L).files).toEqual([]);
    rt.advance(10_000);
    expect((Files.list({ q: "name = 'baru.pdf'" }) as L).files).toHaveLength(1);
  });
});

describe('faults and the demo helpers', () => {
  test('a fault after create leaves the file; a rerun finds it by appProperties instead of making a second one', () => {
    const { rt, Files, pdf, drive } = setup();
    rt.injectFault({ method: 'Drive.Files.create', atCall: 1, kind: 'timeout', after: true });
    expect(() =>
      Files.create({ name: 'Budi.pdf', appProperties: { cert: 'PD-01:1985' } }, pdf('Budi')),
    ).toThrow('Exceeded maximum execution time');
    expect(drive._files().map((f) => f.name)).toEqual(['Budi.pdf']);
    rt.beginExecution(); // the next execution
    const found = Files.list({
      q: "appProperties has { key='cert' and value='PD-01:1985' }",
      fields: 'files(id)',
    }) as L;
    expect(found.files).toHaveLength(1);
  });

  test('_writeOut writes PDFs into folders named like Drive folders, and Docs rendered when asked', () => {
    const { rt, Files, pdf, folder, drive } = setup();
    const dir = folder('PD 01 / Sertifikat');
    Files.create({ name: 'Budi.pdf', parents: [dir.id] }, pdf('Budi.pdf'));
    const app = createDocumentApp(rt, drive);
    app.create('Templat').saveAndClose();
    const out = mkdtempSync(join(tmpdir(), 'drive-out-'));
    const written = drive._writeOut(out, { docs: true });
    expect(written.sort()).toEqual(
      [join(out, 'PD 01 _ Sertifikat', 'Budi.pdf'), join(out, 'Templat.gdoc.pdf')].sort(),
    );
    expect(readFileSync(written.find((p) => p.endsWith('Budi.pdf'))!, 'latin1')).toBe('%PDF-1.7 Budi.pdf');
    expect(existsSync(join(out, 'Templat.gdoc.pdf'))).toBe(true);
  });

  test('the environment exposes Drive, DocumentApp and MailApp globals', () => {
    const env = createEnvironment();
    const g = env.globals as Record<string, { Files?: unknown; create?: unknown; sendEmail?: unknown }>;
    expect(typeof (g.Drive.Files as { list: unknown }).list).toBe('function');
    expect(typeof g.DocumentApp.create).toBe('function');
    expect(typeof g.MailApp.sendEmail).toBe('function');
  });
});

describe('files.generateIds and files.create with an id (31f)', () => {
  test('ids for files not made yet; a file created with one has it; any other id, or one used twice, is refused', () => {
    const { Files, pdf, folder } = setup();
    const dir = folder('Sertifikat');
    const api = Files as unknown as {
      generateIds(a?: object): { kind: string; space: string; ids: string[] };
    };
    const r = api.generateIds({ count: 3, space: 'drive', type: 'files' });
    expect([r.kind, r.space, r.ids.length]).toEqual(['drive#generatedIds', 'drive', 3]);
    expect(api.generateIds().ids).toHaveLength(10);
    expect(() => api.generateIds({ count: 1001 })).toThrow(/between 1 and 1000/);
    const f = Files.create({ id: r.ids[0], name: 'A.pdf', parents: [dir.id] }, pdf('A.pdf')) as F;
    expect(f.id).toBe(r.ids[0]);
    expect(() => Files.create({ id: r.ids[0], name: 'B.pdf', parents: [dir.id] }, pdf('B.pdf'))).toThrow(
      'The provided file ID is not usable.',
    );
    expect(() => Files.create({ id: 'madeUpId123', name: 'C.pdf', parents: [dir.id] }, pdf('C.pdf'))).toThrow(
      'The provided file ID is not usable.',
    );
  });
});
