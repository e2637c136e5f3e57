// Use case "Tautan Peserta": every participant's pre-filled links (NIP filled in) to their training's Pre-Test,
// Post-Test and Presensi forms, written whole to `Tautan Peserta`; the sidebar shows one training's as QR codes.

import { UserError } from '../core/errors';
import { NIP_PLACEHOLDER } from '../core/formSpecs';
import type { FormKind } from '../core/model';
import { OUTPUTS } from '../core/schema';
import type { ParticipantLink } from '../shared/rpc';
import { unknownTraining } from '../text/id/forms';
import { currentForm } from './forms';
import { readLedger } from './formsLedger';
import { loadWorkbook } from './load';
import type { Port } from './port';

const LINK_KINDS: readonly FormKind[] = ['Pre-Test', 'Post-Test', 'Presensi'];

/**
 * Pre-filled links of every training's forms, written to `Tautan Peserta`; returns those of `code`. Service calls
 * are per form, not per participant: one pre-filled URL per form with the NIP set to the placeholder, and the NIP
 * answer is digits, which URL-encode to themselves, so substituting it gives exactly the URL Google would build.
 */
export function getParticipantLinks(port: Port, code: string): ParticipantLink[] {
  const loaded = loadWorkbook(port);
  const { wb } = loaded;
  if (!wb.trainings.some((t) => t.code === code)) {
    throw new UserError(unknownTraining(code));
  }
  const ledger = readLedger(port, loaded);
  const links: ParticipantLink[] = [];
  for (const t of wb.trainings) {
    const seen = new Set<string>();
    const roster = wb.participants.filter((p) => {
      if (p.trainingCode !== t.code || seen.has(p.nip)) return false;
      seen.add(p.nip);
      return true;
    });
    if (roster.length === 0) continue;
    for (const kind of LINK_KINDS) {
      const cur = currentForm(port, ledger, t.code, kind);
      if (!cur.form || !cur.row) continue;
      const template = port.forms.prefillTemplate(cur.form);
      const fill = cur.row.fillUrl || (template ? template.replace(/\?.*$/, '') : '');
      const marker = `=${NIP_PLACEHOLDER}`;
      const usable = template !== null && template.split(marker).length === 2;
      for (const p of roster) {
        // a NIP that is not 18 digits cannot pass the form's rule: give the plain link instead
        const url =
          usable && p.nipValid ? (template as string).replace(marker, `=${encodeURIComponent(p.nip)}`) : fill;
        links.push({ code: t.code, nip: p.nip, name: p.name, kind, url });
      }
    }
  }
  port.workbook.writeOutput(
    OUTPUTS.links,
    links.map((l) => ({ trainingCode: l.code, nip: l.nip, name: l.name, kind: l.kind, url: l.url })),
  );
  return links.filter((l) => l.code === code);
}
