// The public registry behind the verification page (issue 13 item 2), pure: what anyone holding a certificate's
// code may learn of it, and nothing more. One row per made certificate that has a code (a row numbered before codes
// existed has none and cannot be looked up), in ledger order: its number, kind, name, the NIP masked
// (19850101********01: birth date and the last two digits, as issuers of public e-certificates print it), the
// training as printed, JP, issuer, issue date, and its status: Berlaku, Dicabut (with the reason) or Diganti (with
// the reason and the number that replaced it). No e-mail, link, score or full NIP is ever in it.

import type { PrintLook } from './certificateLook';
import { isRevoked, isSuperseded, type LedgerRow } from './certificates';
import { normalizeCode } from './verificationCode';

export type RegistryStatus = 'Berlaku' | 'Dicabut' | 'Diganti';

export interface RegistryRecord {
  code: string;
  number: string;
  kind: string;
  name: string;
  nip: string;
  training: string;
  dates: string;
  jp: string;
  issuer: string;
  issued: string;
  status: RegistryStatus;
  reason: string;
  replacedBy: string;
}

/** A NIP as the public may see it: the first 8 and last 2 digits, the 8 between as `*`. */
export function maskNip(nip: string): string {
  const d = String(nip ?? '').replace(/\D/g, '');
  if (d.length < 10) return '*'.repeat(d.length);
  return `${d.slice(0, 8)}${'*'.repeat(d.length - 10)}${d.slice(-2)}`;
}

/** The issuer's name as the page shows it: the agency, then the government it belongs to. */
export function issuerName(look: PrintLook | undefined): string {
  return [look?.agency ?? '', look?.government ?? '']
    .map((s) => s.trim())
    .filter(Boolean)
    .join(', ');
}

export const REGISTRY_STATUSES: readonly RegistryStatus[] = ['Berlaku', 'Dicabut', 'Diganti'];

export function registryStatus(r: Pick<LedgerRow, 'status'>): RegistryStatus {
  if (isRevoked(r)) return 'Dicabut';
  if (isSuperseded(r)) return 'Diganti';
  return 'Berlaku';
}

/** The registry's rows from the ledger: made certificates with a code, public fields only. */
export function registryRecords(rows: readonly LedgerRow[], look: PrintLook | undefined): RegistryRecord[] {
  const issuer = issuerName(look);
  const out: RegistryRecord[] = [];
  const seen = new Set<string>();
  for (const r of rows) {
    const code = normalizeCode(r.code ?? '');
    if (!code || !r.pdf || seen.has(code)) continue;
    seen.add(code);
    const status = registryStatus(r);
    out.push({
      code,
      number: r.number,
      kind: r.kind,
      name: r.name,
      nip: maskNip(r.nip),
      training: r.printTheme,
      dates: r.printDates,
      jp: r.printJp,
      issuer,
      issued: r.printIssued,
      status,
      reason: status === 'Berlaku' ? '' : (r.reason ?? ''),
      replacedBy: status === 'Diganti' ? (r.replacedBy ?? '') : '',
    });
  }
  return out;
}
