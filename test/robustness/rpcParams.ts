// What each sidebar entry accepts, described apart from src/server.ts (the oracle of the RPC tests and the RPC fuzz),
// and the wrong values google.script.run can deliver.

/**
 * What each entry accepts, written here apart from src/server.ts (so a new entry or a changed parameter fails until it
 * is described): `code` a non-blank text of at most 50,000 characters, `sheet` the same of at most 100, `text` any
 * text of at most 50,000, `row` an integer 1–10,000,000 (`session` too, not optional), `flag` a boolean; `?` also
 * null or nothing; an object lists its optional fields (`codes`: a list of at most 10 non-blank texts of at most 100
 * characters, a certificate scope).
 */
export type Param =
  | 'code'
  | 'code?'
  | 'sheet'
  | 'row?'
  | 'session'
  | 'text'
  | 'flag?'
  | 'imageRole'
  | { [field: string]: 'code' | 'flag' | 'codes' | 'imageRole' | 'short' | 'base64' };
export const PARAMS: Record<string, ReadonlyArray<Param>> = {
  getPanelState: [],
  setActiveTraining: ['code'],
  runSetup: [],
  runCheck: [],
  selectCell: ['sheet', 'row?', 'text'],
  computeScores: [],
  computeJp: [],
  computeEvaluation: [],
  exportSiasn: [],
  previewInvitations: ['code', 'session'],
  makeInvitations: ['code', 'session'],
  sendInvitationEmails: ['code'],
  createForms: ['code?', { newVersion: 'flag', shuffle: 'flag' }],
  listForms: [],
  pullResponses: [{ redo: 'code' }],
  getParticipantLinks: ['code'],
  createTemplates: [{ confirmOwn: 'flag' }],
  preflightCertificates: [{ trainings: 'codes', confirmUnfinished: 'codes' }],
  startCertificates: ['flag?', { trainings: 'codes', confirmUnfinished: 'codes' }],
  continueCertificates: [],
  stopCertificates: [],
  certificateStatus: [],
  sendCertificateEmails: [{ trainings: 'codes', confirmUnfinished: 'codes' }],
  resendUnknownEmails: [],
  markUnknownEmailsSent: [],
  listUndelivered: [],
  shareCertificateLinks: [],
  whatsAppMessages: ['code'],
  zipCertificates: ['code'],
  runSelfTest: [],
  getCheckinView: ['code'],
  getCheckinCode: ['code', 'session'],
  certificatePreviewOptions: ['code?'],
  previewCertificate: ['code', 'code?', 'flag?', 'flag?'],
  findIssuedCertificates: ['text'],
  reissueCertificate: [
    {
      number: 'code',
      trainingCode: 'code',
      nip: 'code',
      reason: 'code',
      piagam: 'flag',
      narasumber: 'flag',
      email: 'flag',
      confirmUnchanged: 'flag',
    },
  ],
  revokeCertificate: [{ number: 'code', nip: 'code', reason: 'code' }],
  // the certificate images: `imageRole` is 'logo' or 'signature'; `short` any text of at most 255 characters;
  // `base64` a non-blank text of at most 8 MiB (the 2 MB image limit is the feature's plain refusal)
  uploadCertificateImage: [{ role: 'imageRole', name: 'short', mimeType: 'short', base64: 'base64' }],
  removeCertificateImage: ['imageRole'],
  certificateImages: [],
  // TTE: one signed PDF (`base64` as above; the 5 MB limit is the feature's plain refusal) and Paket TTE of a training
  importSignedPdf: [{ name: 'short', base64: 'base64' }],
  tteBundle: ['code'],
};

/** Whether a value (as it arrives, JSON-decoded) fits a parameter. */
export function fits(p: Param, v: unknown): boolean {
  const text = (max: number, blank: boolean) =>
    typeof v === 'string' && v.length <= max && (blank || v.trim() !== '');
  switch (p) {
    case 'code':
      return text(50_000, false);
    case 'code?':
      return v === null || v === undefined || text(50_000, false);
    case 'sheet':
      return text(100, false);
    case 'text':
      return text(50_000, true);
    case 'row?':
      return (
        v === null || v === undefined || (Number.isInteger(v) && (v as number) >= 1 && (v as number) <= 1e7)
      );
    case 'session':
      return Number.isInteger(v) && (v as number) >= 1 && (v as number) <= 1e7;
    case 'flag?':
      return v === null || v === undefined || typeof v === 'boolean';
    case 'imageRole':
      return v === 'logo' || v === 'signature';
    default:
      if (v === null || v === undefined) return true;
      if (typeof v !== 'object' || Array.isArray(v)) return false;
      return Object.entries(v).every(
        ([k, x]) =>
          Object.hasOwn(p, k) &&
          (x === null || x === undefined || (p[k] === 'codes' ? codes(x) : field(p[k], x))),
      );
  }
}

/** An object's field (given, not null). */
function field(kind: 'code' | 'flag' | 'imageRole' | 'short' | 'base64', x: unknown): boolean {
  if (kind === 'short') return typeof x === 'string' && x.length <= 255;
  if (kind === 'base64') return typeof x === 'string' && x.length <= 8 * 1024 * 1024 && x.trim() !== '';
  return fits(kind === 'flag' ? 'flag?' : kind, x);
}

/** A value every parameter of that kind accepts (to fill the other positions). */
export const VALID: Record<string, unknown> = {
  code: 'K1',
  'code?': null,
  sheet: 'Peserta',
  'row?': 2,
  session: 1,
  text: '',
  'flag?': false,
  imageRole: 'logo',
};

/** Every JSON type google.script.run can deliver, at and past the bounds, and prototype names. */
export const WRONG: readonly unknown[] = [
  null,
  true,
  0,
  -1,
  1.5,
  1e9,
  10_000_001,
  '',
  '   ',
  'x'.repeat(101),
  'x'.repeat(50_001),
  '__proto__',
  [],
  ['K1'],
  {},
  JSON.parse('{"__proto__": true}'),
  { constructor: 'K1' },
  { redo: 7 },
  { confirmOwn: 'ya' },
];

/** A certificate run's scope list: at most 10 non-blank texts of at most 100 characters. */
function codes(v: unknown): boolean {
  return (
    Array.isArray(v) &&
    v.length <= 10 &&
    v.every((x) => typeof x === 'string' && x.length <= 100 && x.trim() !== '')
  );
}
