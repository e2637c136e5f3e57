// Kirim Email Undangan (issue 15 item 4, optional): each unit's invitation letter of a training, as a PDF, to the
// unit's address in `Daftar Unit`, at most once. The unit's rows of `Undangan` say Mengirim on the sheet before the
// message leaves (a send lost in a crash or an unclear answer from Google is never repeated by itself: the admin
// checks Gmail's Sent folder, then types Terkirim or clears the cell), Terkirim once sendEmail returned (written
// with the next unit's marking, or at the end). An address Google refuses is Gagal (sent again once the address is
// fixed); a spent quota leaves the rest for tomorrow. `Daftar Unit` is made when missing (the units invited, Email
// blank) and is the admin's sheet from then on: never written again.

import { isQuotaError, isTimeout } from '../core/certificateJob';
import { UserError } from '../core/errors';
import { Problems } from '../core/problems';
import { SHEETS } from '../core/schema';
import {
  appendLedgerRow,
  type LedgerEntry,
  openLedger,
  readTable,
  setLedgerCell,
  takeLedgerWrite,
} from '../core/table';
import type { InvitationMailResult } from '../shared/rpc';
import { unknownTraining } from '../text/id/forms';
import { INVITATION_MAIL_TEXT as T } from '../text/id/invitations';
import { fileIdOf } from './certificateCheck';
import { refusedByGoogle } from './certificateMail';
import { loadWorkbook } from './load';
import type { Port } from './port';
import type { Pdf } from './port/files';

/** Letters per execution: each is a conversion and a message (about 2 s), far inside the 6 minutes. */
export const MAX_LETTERS_PER_RUN = 60;

const text = (v: unknown) => (v === null || v === undefined ? '' : String(v).trim());
const unitKey = (s: string) => s.trim().replace(/\s+/g, ' ').toLowerCase();
const EMAIL = /^[^\s@,;<>]+@[^\s@,;<>]+\.[^\s@,;<>]+$/;

/** The addresses of a Daftar Unit cell ("a@x.id, b@y.id" or with ";"), or null when one of them is not an address. */
export function unitAddresses(cell: string): string[] | null {
  const list = cell
    .split(/[,;]/)
    .map((s) => s.trim())
    .filter(Boolean);
  if (!list.length || !list.every((a) => EMAIL.test(a))) return null;
  return list;
}

interface UnitLetter {
  unit: string;
  letter: string;
  rows: LedgerEntry[];
  status: string;
}

export function sendInvitationEmails(port: Port, code: string): InvitationMailResult {
  const { wb } = loadWorkbook(port, ['trainings', 'settings']);
  const t = wb.trainings.find((x) => x.code === code);
  if (!t) throw new UserError(unknownTraining(code));
  const sheets = port.workbook.readSheets([SHEETS.invitations.name, SHEETS.units.name]);
  const ledger = openLedger(sheets.get(SHEETS.invitations.name) ?? null, SHEETS.invitations);
  // each unit's letter of this training, in ledger order (its rows share the letter)
  const byUnit = new Map<string, UnitLetter>();
  for (const e of ledger.rows) {
    if (text(e.cells.trainingCode) !== code || !text(e.cells.letter)) continue;
    const unit = text(e.cells.unit);
    const u = byUnit.get(unitKey(unit)) ?? {
      unit,
      letter: text(e.cells.letter),
      rows: [],
      status: text(e.cells.emailStatus),
    };
    byUnit.set(unitKey(unit), u);
    u.rows.push(e);
  }
  const letters = [...byUnit.values()];
  /** The same cells on every row of a unit's letter. */
  const setUnit = (
    u: UnitLetter,
    cells: Partial<Record<'emailStatus' | 'emailTo' | 'emailedAt', unknown>>,
  ) => {
    for (const e of u.rows) for (const [k, v] of Object.entries(cells)) setLedgerCell(ledger, e, k, v);
  };
  if (!letters.length) throw new UserError(T.noLetters(code));
  const result: InvitationMailResult = {
    code,
    sent: [],
    already: [],
    unknown: [],
    failed: [],
    noAddress: [],
    waiting: [],
    unitsSheet: null,
    message: '',
  };
  for (const u of letters) {
    if (u.status === 'Terkirim') result.already.push(u.unit);
    if (u.status === 'Mengirim') result.unknown.push(u.unit);
  }
  const todo = letters.filter((u) => u.status !== 'Terkirim' && u.status !== 'Mengirim');

  // the units' addresses: Daftar Unit as the admin keeps it; made once, when it is missing
  const unitValues = sheets.get(SHEETS.units.name);
  const addresses = new Map<string, { to: string[] | null; row: number }>();
  if (!unitValues) {
    const made = openLedger(null, SHEETS.units);
    for (const u of todo) appendLedgerRow(made, { unit: u.unit, email: '' });
    const write = takeLedgerWrite(made);
    if (write) port.workbook.writeLedger(write);
    result.unitsSheet = 'made';
  } else {
    const table = readTable(unitValues, SHEETS.units, new Problems());
    for (const r of table.rows) {
      const k = unitKey(text(r.cells.unit));
      if (k && !addresses.has(k)) addresses.set(k, { to: unitAddresses(text(r.cells.email)), row: r.row });
    }
  }
  const ready: Array<UnitLetter & { to: string[] }> = [];
  for (const u of todo) {
    const a = addresses.get(unitKey(u.unit));
    if (a?.to) ready.push({ ...u, to: a.to });
    else result.noAddress.push(a ? T.badAddress(u.unit, a.row) : T.noAddress(u.unit));
  }

  let left = ready.length ? port.mail.remainingDailyQuota() : 0;
  let sentThisRun = 0;
  for (const u of ready) {
    if (sentThisRun >= MAX_LETTERS_PER_RUN || u.to.length > left) {
      result.waiting.push(u.unit);
      continue;
    }
    const to = u.to.join(', ');
    const id = fileIdOf(u.letter);
    let pdf: Pdf;
    try {
      if (!id) throw new Error(T.letterGone);
      pdf = port.docs.pdfOf(id, `${T.fileName(code, u.unit)}.pdf`);
    } catch (e) {
      if (isTimeout(e)) throw e;
      if (isQuotaError(e)) {
        result.waiting.push(u.unit);
        left = 0;
        continue;
      }
      result.failed.push(T.letterFailed(u.unit));
      continue;
    }
    // on the sheet before the message leaves (with the previous unit's Terkirim)
    const before = {
      emailStatus: u.rows[0].cells.emailStatus ?? '',
      emailTo: u.rows[0].cells.emailTo ?? '',
      emailedAt: u.rows[0].cells.emailedAt ?? '',
    };
    setUnit(u, { emailStatus: 'Mengirim', emailTo: to, emailedAt: new Date() });
    const marking = takeLedgerWrite(ledger);
    if (marking) port.workbook.writeLedger(marking);
    try {
      port.mail.sendPdf(
        to,
        T.subject(t.theme, code),
        T.body(u.unit, t.theme, code, wb.settings.certificateLook.agency),
        pdf,
      );
    } catch (e) {
      if (isTimeout(e) || e instanceof UserError) throw e;
      const refused = refusedByGoogle(e);
      if (refused) {
        // nothing left: Gagal, sent again once the address is fixed
        setUnit(u, { emailStatus: 'Gagal', emailedAt: before.emailedAt });
        result.failed.push(T.refused(u.unit, (e as Error).message));
        continue;
      }
      if (isQuotaError(e)) {
        // nothing left: the rows as they were, waiting for the next day's quota
        setUnit(u, before);
        result.waiting.push(u.unit);
        left = 0;
        continue;
      }
      // whether it left is unknown: Mengirim stays on the sheet, never sent again by itself
      result.unknown.push(u.unit);
      left -= u.to.length;
      continue;
    }
    setUnit(u, { emailStatus: 'Terkirim' });
    result.sent.push(u.unit);
    left -= u.to.length;
    sentThisRun++;
  }
  const write = takeLedgerWrite(ledger);
  if (write) port.workbook.writeLedger(write);
  result.message = T.summary(result);
  return result;
}
