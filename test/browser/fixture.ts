// What the admin types into the sheets after "Siapkan Lembar Kerja" in the browser workflow test (one training).

import type { FakeSheet, FakeSpreadsheet } from '../../emulator/spreadsheet';

export const CODE = 'DOU-01';
export const XSS_NAME = '<img src=x onerror=alert(1)>';

type Row = Record<string, string | number | boolean | null>;

export const TRAININGS: Row[] = [
  {
    Kode: CODE,
    Tema: 'Pelayanan Publik Digital',
    'Jenis Kompetensi': 'Teknis',
    'Kompetensi Smart ASN': 'Teknologi Informasi',
    'Pola Pelaksanaan': 'Mandiri',
    'Tanggal Mulai': '24/11/2026',
    'Tanggal Selesai': '25/11/2026',
    Tempat: 'Aula BKPSDM Kota Probolinggo',
    Penandatangan: 'Drs. Budi Santoso, M.Si.',
    'NIP Penandatangan': '197001011990031001',
    'Jabatan Penandatangan': 'Kepala BKPSDM',
  },
];

export const SESSIONS: Row[] = [
  [1, '24/11/2026', '08:00', '09:30', 'Dasar layanan digital', 'Ceramah', 'Siti Aminah, S.Kom.'],
  [2, '24/11/2026', '10:00', '11:30', 'Praktik formulir daring', 'Diskusi', 'Agus Wijaya, S.T.'],
  [3, '25/11/2026', '08:00', '09:30', 'Studi kasus layanan', 'Studi Lapangan', 'Siti Aminah, S.Kom.'],
].map(([n, d, a, b, topic, method, speaker]) => ({
  'Kode Kegiatan': CODE,
  Sesi: n,
  Tanggal: d,
  'Jam Mulai': a,
  'Jam Selesai': b,
  Materi: topic,
  Metode: method,
  Narasumber: speaker,
  'Instansi Narasumber': 'Pemerintah Kota Probolinggo',
}));

/** PNS NIPs: birth date, appointment month, gender, serial (DESIGN §4.1). */
export const PARTICIPANTS: Row[] = [
  ['199001012015031001', 'Ahmad Fauzi', 'Dinas Kesehatan'],
  ['199203152016042002', 'Dewi Lestari', 'Bappeda'],
  ['198807222014031003', XSS_NAME, 'Dinas Pendidikan'],
  ['199511302019032004', 'Rina Wulandari', 'Dinas Kesehatan'],
  ['198912052015031005', 'Bagus Prasetyo', 'Bappeda'],
  ['199304182018012006', 'Nur Aini', 'Dinas Pendidikan'],
  ['198601102010011007', 'Hendra Gunawan', 'Dinas Kesehatan'],
].map(([nip, name, unit], i) => ({
  'Kode Kegiatan': CODE,
  NIP: nip,
  Nama: name,
  Jabatan: 'Pengelola Layanan',
  'Pangkat/Golongan': 'Penata Muda (III/a)',
  'Unit Kerja': unit,
  Email: `peserta${i + 1}@example.go.id`,
  'Status Kepegawaian': 'PNS',
}));

export const ATTENDANCE: Row[] = PARTICIPANTS.flatMap((p, i) =>
  [1, 2, 3].map((s) => ({ 'Kode Kegiatan': CODE, Sesi: s, NIP: p.NIP, Hadir: !(i === 6 && s === 3) })),
);

/** Keaktifan and Tugas for all; one participant's test scores typed by hand (their form answers were lost). */
export const SCORES: Row[] = PARTICIPANTS.map((p, i) => ({
  'Kode Kegiatan': CODE,
  NIP: p.NIP,
  Nama: p.Nama,
  'Pre-Test': p.Nama === XSS_NAME ? 60 : null,
  'Post-Test': p.Nama === XSS_NAME ? 100 : null,
  Keaktifan: 70 + ((i * 7) % 25),
  Tugas: 75 + ((i * 5) % 20),
}));

export const QUESTIONS: Row[] = [
  [
    'Apa kepanjangan SPBE?',
    'Sistem Pemerintahan Berbasis Elektronik',
    'Sistem Pelayanan Berbasis Email',
    'Satu Portal Bersama',
    'Sistem Pegawai',
    'A',
  ],
  [
    'Formulir daring sebaiknya memvalidasi…',
    'Warna latar',
    'Isian wajib seperti NIP',
    'Ukuran huruf',
    'Jumlah halaman',
    'B',
  ],
  ['Berapa digit NIP ASN?', '16', '20', '18', '12', 'C'],
  ['Tautan formulir dapat dibagikan lewat…', 'Faks', 'Surat', 'Telegram pos', 'Kode QR', 'D'],
  ['Data pribadi peserta harus…', 'Dijaga kerahasiaannya', 'Diumumkan', 'Dicetak di spanduk', 'Dihapus', 'A'],
].map(([q, a, b, c, d, key], i) => ({
  'Kode Kegiatan': CODE,
  No: i + 1,
  Pertanyaan: q,
  'Pilihan A': a,
  'Pilihan B': b,
  'Pilihan C': c,
  'Pilihan D': d,
  Kunci: key,
  Bobot: 1,
}));

function sheetOf(ss: FakeSpreadsheet, name: string): FakeSheet {
  const s = ss._sheet(name);
  if (!s) throw new Error(`sheet ${name} is missing (did Siapkan Lembar Kerja run?)`);
  return s;
}

/** Types rows under the sheet's own headers (any column order), below its last row, as a person would. */
export function typeRows(ss: FakeSpreadsheet, sheetName: string, rows: Row[]): void {
  const sheet = sheetOf(ss, sheetName);
  const headers = (sheet._dump()[0] ?? []).map((h) => String(h).trim().toLowerCase());
  const grid = rows.map((r) => {
    const line: Array<string | number | boolean | null> = headers.map(() => null);
    for (const [k, v] of Object.entries(r)) {
      const at = headers.indexOf(k.toLowerCase());
      if (at < 0) throw new Error(`${sheetName} has no column ${k}`);
      line[at] = v;
    }
    return line;
  });
  sheet._writeBlock(sheet._lastRow() + 1, 1, grid);
}

/** Fills the input sheets of an empty, set-up workbook with one training. */
export function fillWorkbook(ss: FakeSpreadsheet): void {
  typeRows(ss, 'Kegiatan', TRAININGS);
  typeRows(ss, 'Sesi', SESSIONS);
  typeRows(ss, 'Peserta', PARTICIPANTS);
  typeRows(ss, 'Kehadiran', ATTENDANCE);
  typeRows(ss, 'Nilai', SCORES);
  typeRows(ss, 'Soal', QUESTIONS);
  typeLook(ss);
}

/** The agency and the city the certificate prints, typed beside their keys in Pengaturan (Setup wrote the keys). */
export const LOOK = {
  'Nama Pemerintah Daerah': 'PEMERINTAH KOTA CONTOH',
  'Kota Penerbitan': 'Kota Contoh',
} as const;

function typeLook(ss: FakeSpreadsheet): void {
  const sheet = ss._sheet('Pengaturan');
  if (!sheet) return;
  sheet._dump().forEach((r, i) => {
    const v = LOOK[String(r[0]).trim() as keyof typeof LOOK];
    if (v && (r[1] === '' || r[1] === null)) sheet._writeBlock(i + 1, 2, [[v]]);
  });
}

/** Rows of a sheet below the header as objects keyed by header text (display-independent raw values). */
export function sheetObjects(ss: FakeSpreadsheet, name: string): Array<Record<string, unknown>> {
  const s = ss._sheet(name);
  if (!s) return [];
  const all = s._dump();
  // Output sheets may carry a note row above the header; find the header as the first row with 3+ texts.
  const headAt = all.findIndex((r) => r.filter((c) => typeof c === 'string' && c !== '').length >= 3);
  if (headAt < 0) return [];
  const head = all[headAt].map((h) => String(h));
  return all
    .slice(headAt + 1)
    .filter((r) => r.some((c) => c !== null && c !== ''))
    .map((r) => Object.fromEntries(head.map((h, i) => [h, r[i]])));
}

/** Opens the sandbox's sidebar with nothing leaving the machine (e.g. Google's add-on CSS): only the sandbox answers. */
export async function gotoSidebarOffline(
  page: import('playwright-core').Page,
  sandbox: { url: string; sidebarUrl: string },
): Promise<void> {
  await page.route('**/*', (route) =>
    route.request().url().startsWith(sandbox.url) ? route.continue() : route.abort(),
  );
  await page.goto(sandbox.sidebarUrl);
}

/**
 * Chooses trainings in the certificate gate as an admin does (`all`: every one ticked; else the active one as it is),
 * presses Periksa kegiatan terpilih, ticks "belum selesai, tetap buat" for each unfinished one and checks again, and
 * waits until "Mulai untuk kegiatan terpilih" may be pressed. Returns that button (the caller presses it).
 */
export async function chooseInGate(
  page: import('playwright-core').Page,
  opts: { all?: boolean } = {},
): Promise<import('playwright-core').Locator> {
  const sec = page.locator('#sec-sertifikat');
  const gate = sec.locator('.cert-gate');
  await gate.waitFor({ state: 'attached' });
  if (!(await gate.isVisible())) await sec.locator('.card-toggle').click();
  await gate.waitFor();
  if (opts.all) {
    const boxes = gate.locator('fieldset input[type=checkbox]');
    for (let i = 0; i < (await boxes.count()); i++) await boxes.nth(i).check();
  }
  const check = async () => {
    const answered = page.waitForResponse(
      (r) =>
        r.url().endsWith('/api/run') &&
        JSON.parse(r.request().postData() ?? '{}').name === 'preflightCertificates',
    );
    await gate.getByRole('button', { name: 'Periksa kegiatan terpilih' }).click();
    await answered;
    await gate.locator('.gate-summary').waitFor();
  };
  await check();
  const unfinished = gate.locator('.gate-unfinished input[type=checkbox]');
  if ((await unfinished.count()) > 0) {
    for (let i = 0; i < (await unfinished.count()); i++) await unfinished.nth(i).check();
    await check();
  }
  await page.waitForFunction(
    `[...document.querySelectorAll('.cert-gate button')].some((b) => b.textContent.includes('Mulai untuk') && !b.disabled)`,
  );
  return gate.getByRole('button', { name: 'Mulai untuk kegiatan terpilih' });
}

/** Calls a server function directly (a setup step the admin did earlier) and fails on an Rpc error. */
export async function serverCall(
  sandbox: { addon: { rpc(name: string, ...args: unknown[]): unknown } },
  name: string,
  ...args: unknown[]
): Promise<unknown> {
  const r = (await sandbox.addon.rpc(name, ...args)) as { ok: boolean; value?: unknown; error?: unknown };
  if (!r.ok) throw new Error(`${name} failed: ${JSON.stringify(r.error)}`);
  return r.value;
}

/**
 * Waits until `fn` gives something truthy (an exception counts as not yet; the last one is in the timeout's message),
 * polling every 50 ms for at most `ms`.
 */
export async function until<T>(fn: () => Promise<T> | T, what: string, ms = 20_000): Promise<NonNullable<T>> {
  const end = Date.now() + ms;
  let last: unknown;
  for (;;) {
    try {
      const v = await fn();
      if (v) return v as NonNullable<T>;
    } catch (e) {
      last = e;
    }
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}${last ? `: ${String(last)}` : ''}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Types a setting into `Pengaturan` as an admin would: its row's value, or a new row when the key is not there. */
export function typeSetting(sandbox: { env: { ss: FakeSpreadsheet } }, key: string, value: unknown): void {
  const sheet = sandbox.env.ss.getSheetByName('Pengaturan');
  if (!sheet) throw new Error('no Pengaturan sheet: run runSetup first');
  const values = sheet._dump() as unknown[][];
  const at = values.findIndex((r) => String(r[0]).trim() === key);
  const row = at >= 0 ? at + 1 : values.filter((r) => r.some((v) => v !== '')).length + 1;
  sheet.getRange(row, 1, 1, 2).setValues([[key, value]]);
}

/** A certificate run started by `name` (with its arguments) and continued until it leaves 'running'. */
export async function runToEnd(
  sandbox: { addon: { rpc(name: string, ...args: unknown[]): unknown } },
  name: string,
  ...args: unknown[]
): Promise<{ state: string }> {
  let p = (await serverCall(sandbox, name, ...args)) as { state: string };
  while (p.state === 'running') p = (await serverCall(sandbox, 'continueCertificates')) as { state: string };
  return p;
}

/** A page of the panel's width (300 px) that records page errors and dialogs (dismissed) into `errors`. */
export async function sidebarPage(
  browser: import('playwright-core').Browser,
  errors: string[],
  height = 900,
): Promise<import('playwright-core').Page> {
  const page = await browser.newPage({ viewport: { width: 300, height } });
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('dialog', (d) => {
    errors.push(`dialog: ${d.message()}`);
    void d.dismiss();
  });
  return page;
}
