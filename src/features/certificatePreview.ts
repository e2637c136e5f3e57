// "Pratinjau": one participant's certificate rendered as a PDF marked CONTOH (the number printed as "CONTOH – bukan
// sertifikat resmi", the file name starting "CONTOH"), from the values a run would freeze now (core mergeValues over
// the data computeAll gives), filled by the same code as real certificates (the docs port's scratchMerge). No number
// is given, the ledger is not read or written, and exactly one conversion is spent.
//
// Documents created: the preview keeps, per kind, a pristine copy of the template (the fill's source) and a scratch
// copy (filled and exported) in the add-on's folder, reused while the template's modifiedTime is the one recorded on
// the pristine copy; a changed template (or a copy gone) gives two fresh copies. The real template is never opened
// by the preview, so only an edit to it (or a certificate run, which opens it) makes the preview copy it again. The
// previous preview PDF is removed when the new one exists.

import { type CertKind, type MergeValues, SPEAKER_KIND, safeFileName } from '../core/certificates';
import { UserError } from '../core/errors';
import type { PreviewOptions, PreviewResult } from '../shared/rpc';
import { PREVIEW_TEXT as T } from '../text/id/certReissue';
import { currentData } from './certificateData';
import type { Port } from './port';
import { type DriveFile, fileLink } from './port/files';
import { APP, templateAccess, templateBlocker, templateIdOf } from './templates';

/** At most this many participants are sent to the panel's picker (a training's roster is far smaller). */
export const MAX_PREVIEW_PEOPLE = 1000;

/** The participant with the longest name (the worst case for the name line); the first such in roster order. */
export function longestName<T extends { name: string }>(list: readonly T[]): T | null {
  let best: T | null = null;
  for (const p of list) if (!best || [...p.name].length > [...best.name].length) best = p;
  return best;
}

/** The picker's choices: the trainings, and the chosen (else active, else first) training's participants. */
export function previewOptions(port: Port, code: string | null): PreviewOptions {
  const data = currentData(port);
  const training = data.trainings.find((t) => t.code === code) ?? data.trainings[0] ?? null;
  const roster = training ? data.roster(training.code) : [];
  const speakers = training ? data.speakers(training.code) : [];
  return {
    trainings: data.trainings.map((t) => ({ code: t.code, theme: t.theme })),
    trainingCode: training?.code ?? null,
    people: roster.slice(0, MAX_PREVIEW_PEOPLE).map((p) => ({ nip: p.nip, name: p.name })),
    defaultNip: longestName(roster)?.nip ?? null,
    speakers: speakers.slice(0, MAX_PREVIEW_PEOPLE).map((p) => ({ nip: p.nip, name: p.name })),
    defaultSpeaker: longestName(speakers)?.nip ?? null,
  };
}

/** appProperties of the preview's files: the role, which part, and the template time the copies were made from. */
const PREVIEW = { role: 'preview', part: 'douasnPreview', templateTime: 'douasnTemplateTime' } as const;
const part = {
  source: (k: CertKind) => `source-${k}`,
  scratch: (k: CertKind) => `scratch-${k}`,
  pdf: 'pdf',
} as const;

/** Renders the preview of one participant (default: the longest name of the training) for `kind`. */
export function previewCertificate(
  port: Port,
  req: { trainingCode: string; nip?: string | null; kind?: CertKind },
): PreviewResult {
  const kind: CertKind = req.kind ?? 'Sertifikat';
  const access = templateAccess(port);
  const blocker = templateBlocker(port, access);
  if (blocker) throw new UserError(blocker);
  const templateId = templateIdOf(access.props, kind);
  const root = access.props.root;
  if (!templateId || !root) throw new UserError(T.noTemplate(kind));

  const data = currentData(port);
  if (!data.trainings.some((t) => t.code === req.trainingCode))
    throw new UserError(T.unknownTraining(req.trainingCode));
  // a Sertifikat Narasumber previews a speaker of the training, the others a participant
  const speaker = kind === SPEAKER_KIND;
  const roster = speaker ? data.speakers(req.trainingCode) : data.roster(req.trainingCode);
  if (!roster.length)
    throw new UserError(speaker ? T.noSpeakers(req.trainingCode) : T.noParticipants(req.trainingCode));
  const person = req.nip ? roster.find((p) => p.nip === req.nip) : longestName(roster);
  if (!person)
    throw new UserError((speaker ? T.unknownSpeaker : T.unknownParticipant)(req.trainingCode, req.nip ?? ''));
  const issued = data.valuesOf(req.trainingCode, kind, person.nip, T.number) as MergeValues;
  // the preview prints a sample code and a QR that says it is a sample (it leads nowhere: nothing was issued)
  const values: MergeValues = {
    ...issued,
    'Kode Verifikasi': T.sampleCode,
    'Tautan Verifikasi': '',
    'QR Verifikasi': T.number,
  };

  const template = port.drive.get(templateId);
  if (!template) throw new UserError(T.noTemplate(kind));
  if (!port.docs.scan(templateId).placeholders.some((p) => p.name === 'Nomor'))
    throw new UserError(T.noNumberSlot(kind));

  // the preview's own files in the add-on's folder (one listing)
  const sheetId = port.workbook.spreadsheetId();
  const mine = port.drive
    .withAppProperty(APP.role, PREVIEW.role)
    .filter((f) => f.appProperties?.[APP.sheet] === sheetId);
  const find = (p: string) => mine.find((f) => f.appProperties?.[PREVIEW.part] === p) ?? null;
  const stamp = template.modifiedTime ?? '';
  let source = find(part.source(kind));
  let scratch = find(part.scratch(kind));
  if (!source || !scratch || !stamp || source.appProperties?.[PREVIEW.templateTime] !== stamp) {
    for (const f of [source, scratch]) if (f) port.drive.remove(f.id);
    const props = (p: string) => ({
      [APP.sheet]: sheetId,
      [APP.role]: PREVIEW.role,
      [PREVIEW.part]: p,
      [PREVIEW.templateTime]: stamp,
    });
    source = port.drive.copy(templateId, T.scratchName(kind), root, props(part.source(kind)));
    scratch = port.drive.copy(templateId, T.scratchName(kind), root, props(part.scratch(kind)));
  }
  const merger = port.docs.scratchMerge(source.id, scratch.id);
  const name = T.fileName(kind, safeFileName(person.name, 60));
  const pdf = merger.render(values, name);
  const file: DriveFile = port.drive.createPdf(pdf, name, root, {
    [APP.sheet]: sheetId,
    [APP.role]: PREVIEW.role,
    [PREVIEW.part]: part.pdf,
  });
  // the previous preview goes once the new one exists (every earlier one, should a removal have been cut off)
  for (const f of mine)
    if (f.appProperties?.[PREVIEW.part] === part.pdf && f.id !== file.id) port.drive.remove(f.id);
  return {
    kind,
    trainingCode: req.trainingCode,
    nip: person.nip,
    name: person.name,
    fileName: name,
    link: fileLink(file),
    embed: `https://drive.google.com/file/d/${file.id}/preview`,
    printed: {
      name: values.Nama,
      number: values.Nomor,
      predicate: values.Predikat,
      score: values['Nilai Akhir'],
    },
    message: T.done(person.name),
  };
}
