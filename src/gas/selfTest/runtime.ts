// Uji Layanan, runtime services: the three property stores and their size limit, the time trigger, the mail quota,
// and what the deployment says about itself (installation source, user, locale and time zones).

import { type CheckId, SELF_TEST_TRIGGER_HANDLER } from './checks';
import {
  berbeda,
  type Context,
  check,
  expectError,
  judge,
  onCleanup,
  propertyKeys,
  sesuai,
  show,
  skipped,
} from './judge';
import * as probe from './probes';

export function propertyChecks(ctx: Context): void {
  const [key, big] = propertyKeys(ctx.runId);
  const stores: Array<[CheckId, probe.Store]> = [
    ['P-1', 'document'],
    ['P-2', 'user'],
    ['P-3', 'script'],
  ];
  for (const [id, s] of stores) {
    onCleanup(ctx, `properti ${s} "${key}"`, () => probe.deleteProperty(s, key));
    check(ctx, id, () => {
      const value = `nilai uji ${ctx.runId} ✓`;
      const r = probe.propertyRoundTrip(s, key, value);
      return judge(
        r.readBack === value && r.afterDelete === null,
        `Terbaca ${show(r.readBack, ctx.zone)}; setelah dihapus ${show(r.afterDelete, ctx.zone)}`,
      );
    });
  }
  onCleanup(ctx, `properti dokumen "${big}"`, () => probe.deleteProperty('document', big));
  const sized = (bytes: number): string => {
    const r = probe.writeLargeProperty(big, bytes);
    return r.ok ? `Diterima (${r.value} byte terbaca)` : `Ditolak: "${r.error}"`;
  };
  check(ctx, 'P-4', () => {
    const seen = sized(8000);
    return judge(seen.startsWith('Diterima (8000'), seen);
  });
  check(ctx, 'P-5', () => {
    const seen = sized(8100);
    return judge(seen.startsWith('Ditolak'), seen);
  });
  check(ctx, 'P-6', () => {
    const r = probe.writeLargeProperty(big, 9500);
    return r.ok ? berbeda(`Diterima (${r.value} byte terbaca)`) : expectError(r, 'Argument too large: value');
  });
}

export function triggerCheck(ctx: Context, source: string | null): void {
  check(ctx, 'T-1', () => {
    const r = probe.probeTimeTrigger(ctx.ss, SELF_TEST_TRIGGER_HANDLER);
    if (r.existing.length)
      return skipped(
        'pemicu waktu add-on sudah terpasang untuk dokumen ini (satu per jenis); tidak diganggu',
        `Terpasang: ${r.existing.join(', ')}`,
      );
    const created = r.created;
    if (!created) return berbeda('Tidak dicoba');
    if (!created.ok) {
      const testMode = source === null || source === 'NONE';
      return testMode
        ? skipped(
            'Google menolak pemicu terpasang (deployment uji tidak mendukungnya)',
            `Ditolak: "${created.error}"`,
          )
        : berbeda(`Ditolak: "${created.error}" (sumber pemasangan ${source})`);
    }
    const del = r.deleted;
    const deleted = del?.ok ? del.value : false;
    return judge(
      r.listedAfterCreate && deleted,
      `Dibuat; ${r.listedAfterCreate ? 'tercantum' : 'TIDAK tercantum'} di getUserTriggers(spreadsheet); ${
        deleted ? 'terhapus' : `tidak terhapus${del && !del.ok ? ` ("${del.error}")` : ''}`
      }`,
    );
  });
}

export function infoChecks(ctx: Context, d: probe.Deployment): void {
  check(ctx, 'M-1', () => {
    const r = probe.mailQuota();
    if (!r.ok) return berbeda(`Galat: "${r.error}"`);
    const kind = r.value > 100 ? 'akun Workspace' : 'akun biasa atau Workspace yang sudah terpakai';
    return judge(
      Number.isInteger(r.value) && r.value >= 0 && r.value <= 1500,
      `Sisa ${r.value} penerima hari ini (${kind})`,
    );
  });
  check(ctx, 'I-1', () => {
    const s = d.installationSource;
    if (s === null) return skipped('layanan ini tidak menyediakan ScriptApp.getInstallationSource()');
    const meaning =
      s === 'NONE'
        ? 'bukan add-on terpasang (mis. deployment uji): pemicu waktu tidak tersedia'
        : s === 'APPS_MARKETPLACE_DOMAIN_ADD_ON'
          ? 'dipasang admin domain dari Marketplace'
          : s === 'WEB_STORE_ADD_ON'
            ? 'dipasang pengguna dari Marketplace'
            : '';
    return sesuai(meaning ? `${s}: ${meaning}` : s);
  });
  check(ctx, 'I-2', () => {
    const u = d.effectiveUser;
    if (!u.ok) return berbeda(`Galat: "${u.error}"`);
    return judge(u.value.includes('@'), u.value ? `Email: ${u.value}` : 'Email kosong');
  });
  check(ctx, 'I-3', () =>
    judge(
      d.locale === 'id_ID' && d.timeZone === 'Asia/Jakarta' && d.scriptTimeZone === 'Asia/Jakarta',
      `Lokal ${d.locale}; zona spreadsheet ${d.timeZone}; zona skrip ${d.scriptTimeZone}`,
    ),
  );
  check(ctx, 'U-1', () => {
    // "abc", 0xFF, 0x80 as Apps Script's signed bytes; the SHA-256 of those five bytes (Node's crypto)
    const r = probe.sha256OfBytes([97, 98, 99, -1, -128]);
    if (!r.ok) return berbeda(`Galat: "${r.error}"`);
    return judge(r.value === '91c19e9d0248f072fd881a6c967593cbe45304c59a35946d8bbb8f1f05b2e5f7', r.value);
  });
}
