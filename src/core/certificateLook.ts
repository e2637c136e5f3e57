// The certificate's look, pure (issue 12 item 4): which agency and city it prints (settings Nama Pemerintah Daerah,
// Nama Instansi, Kota Penerbitan, reaching the document at merge time through {{Pemerintah Daerah}}, {{Instansi}},
// {{Kota Terbit}} and frozen with the run in its RunSettings), the design of the default templates and whether a
// Daftar Materi page is added; and the pre-flight Errors when a template prints a setting that is empty.

import { LOOK_SETTING, LOOK_TEXT } from '../text/id/certTemplate';
import type { CertKind, PlaceholderName, TemplateScan } from './certificates';

export const CERT_DESIGNS = ['Resmi', 'Modern', 'Sederhana'] as const;
export type CertDesign = (typeof CERT_DESIGNS)[number];

/** What `Pengaturan` says about the look (Settings.certificateLook). */
export interface CertificateLook {
  government: string;
  agency: string;
  city: string;
  design: CertDesign;
  materials: boolean;
  /** The verification page's address (setting URL Verifikasi, issue 13); '' when none is deployed. */
  verifyUrl: string;
}

export type LookField = 'government' | 'agency' | 'city';
export const LOOK_FIELDS: readonly LookField[] = ['government', 'agency', 'city'];

/** The placeholder each printed setting fills. */
export const LOOK_PLACEHOLDERS = {
  government: 'Pemerintah Daerah',
  agency: 'Instansi',
  city: 'Kota Terbit',
} as const satisfies Record<LookField, PlaceholderName>;

/** What a run prints of the look: frozen in its RunSettings when it starts (per run, not per person). */
export type PrintLook = Pick<CertificateLook, LookField> & { verifyUrl?: string };

export type LookValues = Record<(typeof LOOK_PLACEHOLDERS)[LookField], string>;

/** The placeholder values of a run's look (a run frozen before the look was kept prints them empty). */
export function lookValues(look: PrintLook | undefined): LookValues {
  return {
    'Pemerintah Daerah': look?.government ?? '',
    Instansi: look?.agency ?? '',
    'Kota Terbit': look?.city ?? '',
  };
}

export function printLook(look: CertificateLook): PrintLook {
  return {
    government: look.government.trim(),
    agency: look.agency.trim(),
    city: look.city.trim(),
    verifyUrl: look.verifyUrl.trim(),
  };
}

/** A template as pre-flight saw it (the same shape as core/certificatePreflight.ts TemplateCheck). */
type ScannedTemplate = { state: 'missing' } | { state: 'unreadable' } | { state: 'ok'; scan: TemplateScan };

/**
 * Errors for a look setting a template prints while it is empty, each naming the Pengaturan row (`rows`: the sheet
 * row of each key as typed; absent when the key is missing from the sheet).
 */
export function lookErrors(
  look: PrintLook,
  rows: Readonly<Record<string, number>>,
  templates: ReadonlyMap<CertKind, ScannedTemplate>,
): string[] {
  const errors: string[] = [];
  if (look.verifyUrl && !/^https:\/\/[^\s/]+\.[^\s]+$/.test(look.verifyUrl))
    errors.push(LOOK_TEXT.badVerifyUrl(rows[LOOK_SETTING.verifyUrl] ?? null));
  for (const [kind, t] of templates) {
    if (t.state !== 'ok') continue;
    for (const field of LOOK_FIELDS) {
      const placeholder = LOOK_PLACEHOLDERS[field];
      if (look[field] !== '' || !t.scan.placeholders.some((p) => p.name === placeholder)) continue;
      const key = LOOK_SETTING[field];
      errors.push(LOOK_TEXT.emptySetting(key, rows[key] ?? null, kind, placeholder));
    }
  }
  return errors;
}
