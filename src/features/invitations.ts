// Pemanggilan (issue 15 item 4): for a planned training, N ASN per unit chosen from those still below the JP
// target of the training's year by the published rule (core/invitations.ts), one letter per unit (a copy of an
// editable template Doc, its lampiran listing each invitee with a pre-filled Pre-Test link), and the `Undangan`
// ledger recording who was invited, so a rerun invites no one twice and writes no second letter to a unit.
// Pratinjau computes the same list and writes nothing.

import { formatDateLong, formatDateRange } from '../core/dates';
import { UserError } from '../core/errors';
import { NIP_PLACEHOLDER } from '../core/formSpecs';
import { chooseInvitees, type InviteCandidate } from '../core/invitations';
import { trainingYear } from '../core/jp';
import { creditedJp } from '../core/jpSummary';
import { SHEETS } from '../core/schema';
import { appendLedgerRow, openLedger, takeLedgerWrite } from '../core/table';
import type { InvitationsResult } from '../shared/rpc';
import { unknownTraining } from '../text/id/forms';
import { LETTER_LINES, LETTER_TEMPLATE_NAME, INVITATIONS_TEXT as T } from '../text/id/invitations';
import { currentForm } from './forms';
import { readLedger } from './formsLedger';
import type { Port } from './port';
import { DOC_MIME, FOLDER_MIME, fileLink } from './port/files';
import { computeAll } from './results';

/** appProperties of the letters' folder and template: the spreadsheet they belong to and what they are. */
const PROPS = { sheet: 'douasnLetters', role: 'douasnLetterRole' } as const;

export function invitations(port: Port, code: string, perUnit: number, make: boolean): InvitationsResult {
  if (!Number.isInteger(perUnit) || perUnit < 1) throw new UserError(T.perUnit);
  const { loaded, results, jp } = computeAll(port);
  const { wb } = loaded;
  const t = wb.trainings.find((x) => x.code === code);
  if (!t) throw new UserError(unknownTraining(code));
  const year = trainingYear(t) ?? new Date().getFullYear();
  const planned = (t.startDate ?? new Date()).getTime();
  const ledger = openLedger(
    port.workbook.readSheets([SHEETS.invitations.name]).get(SHEETS.invitations.name) ?? null,
    SHEETS.invitations,
  );
  const invited = ledger.rows.filter((r) => String(r.cells.trainingCode ?? '').trim() === code);
  const letteredUnits = new Set(invited.map((r) => String(r.cells.unit ?? '').trim()));
  const excluded = new Set([
    ...invited.map((r) => String(r.cells.nip ?? '').trim()),
    ...wb.participants.filter((p) => p.trainingCode === code).map((p) => p.nip),
  ]);
  // the latest training each ASN had: a dated one of this workbook, else the end of an earlier year with JP
  const last = new Map<string, number>();
  for (const c of results.credits)
    if (c.trainingTime !== null && creditedJp(c, wb.settings.jpCredit) > 0)
      last.set(c.nip, Math.max(last.get(c.nip) ?? Number.NEGATIVE_INFINITY, c.trainingTime));
  for (const h of jp.history)
    if (!last.has(h.nip) && h.jp > 0 && h.year < year) last.set(h.nip, new Date(h.year, 11, 31).getTime());
  const candidates: InviteCandidate[] = jp.coverage.people
    .filter((p) => p.year === year && !p.reached && !letteredUnits.has(p.unit))
    .map((p) => ({
      nip: p.nip,
      name: p.name,
      unit: p.unit,
      shortfall: p.shortfall,
      lastTraining: last.get(p.nip) ?? null,
    }));
  const chosen = chooseInvitees(candidates, { plannedStart: planned, perUnit, excluded }).filter(
    (u) => u.chosen.length,
  );
  const people = chosen.reduce((n, u) => n + u.chosen.length, 0);
  const notes = [...letteredUnits].filter(Boolean).map(T.lettered);
  const units = chosen.map((u) => ({
    unit: u.unit,
    letter: '',
    people: u.chosen.map((c) => ({ nip: c.nip, name: c.name, shortfall: c.shortfall })),
  }));
  if (!people) return { code, year, people: 0, letters: 0, units, notes, message: T.none(code, year) };
  if (!make)
    return { code, year, people, letters: 0, units, notes, message: T.preview(people, units.length, code) };

  // the pre-filled Pre-Test link of each invitee (one pre-fill per form: the NIP is digits, URL-encoded as is)
  const forms = readLedger(port, loaded);
  const pre = currentForm(port, forms, code, 'Pre-Test');
  const template = pre.form ? port.forms.prefillTemplate(pre.form) : null;
  const marker = `=${NIP_PLACEHOLDER}`;
  const linkOf = (nip: string) =>
    template && template.split(marker).length === 2
      ? template.replace(marker, `=${nip}`)
      : pre.row?.fillUrl || '';
  // the letters' folder and template (found again by their appProperties; the admin may edit the template)
  const sheet = port.workbook.spreadsheetId();
  const mine = port.drive.withAppProperty(PROPS.sheet, sheet);
  const folder =
    mine.find((f) => f.mimeType === FOLDER_MIME && f.appProperties?.[PROPS.role] === 'folder') ??
    port.drive.createFolder(T.folderName, null, { [PROPS.sheet]: sheet, [PROPS.role]: 'folder' });
  let letterTemplate = mine.find(
    (f) => f.mimeType === DOC_MIME && f.appProperties?.[PROPS.role] === 'template',
  );
  if (!letterTemplate) {
    letterTemplate = port.drive.createDoc(LETTER_TEMPLATE_NAME, folder.id, {
      [PROPS.sheet]: sheet,
      [PROPS.role]: 'template',
    });
    port.docs.writeLetterTemplate(letterTemplate.id, LETTER_LINES);
  }
  const look = wb.settings.certificateLook;
  const now = new Date();
  // each unit's rows are kept as soon as its letter is made: a failure (a quota) after some units leaves those
  // recorded, so the rerun goes on with the rest and never writes a second letter to a unit already invited
  const inviteUnit = (u: (typeof units)[number]): void => {
    const doc = port.drive.copy(letterTemplate.id, T.letterName(code, u.unit), folder.id, {
      [PROPS.role]: 'letter',
    });
    const values = new Map<string, string>([
      ['Unit Kerja', u.unit],
      ['Target JP', String(wb.settings.targetJp)],
      ['Instansi', look.agency],
      ['Tema', t.theme],
      ['Tanggal Pelaksanaan', formatDateRange(t.startDate, t.endDate)],
      ['Tempat', t.place],
      ['Jumlah Peserta', String(u.people.length)],
      ['Tahun', String(year)],
      ['Kota Terbit', look.city],
      ['Tanggal Surat', formatDateLong(now)],
      ['Jabatan Penandatangan', t.signerTitle],
      ['Penandatangan', t.signer],
      ['NIP Penandatangan', t.signerNip],
    ]);
    const rows = u.people.map((p, i) => [
      String(i + 1),
      p.nip,
      p.name,
      String(p.shortfall).replace('.', ','),
      linkOf(p.nip) || T.noLink,
    ]);
    port.docs.fillLetter(doc.id, values, {
      title: T.lampiranTitle(u.unit),
      rows: [T.lampiranHeader, ...rows],
    });
    u.letter = fileLink(doc);
    u.people.forEach((p, i) => {
      appendLedgerRow(ledger, {
        trainingCode: code,
        unit: u.unit,
        nip: p.nip,
        name: p.name,
        shortfall: p.shortfall,
        rank: i + 1,
        letter: u.letter,
        link: linkOf(p.nip),
        invitedAt: now,
        status: 'Diundang',
      });
    });
  };
  let failure: unknown = null;
  let made = 0;
  for (const u of units) {
    try {
      inviteUnit(u);
      made++;
    } catch (e) {
      failure = e;
      break;
    }
  }
  const write = takeLedgerWrite(ledger);
  if (write) port.workbook.writeLedger(write);
  if (failure) throw failure;
  return { code, year, people, letters: made, units, notes, message: T.done(people, made, code) };
}
