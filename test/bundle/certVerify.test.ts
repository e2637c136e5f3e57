// Verification codes and the public registry through the built bundle (issue 13 items 1–3): every certificate gets
// a random code with its number, the registry `Registri Verifikasi` lists the made ones with public fields only,
// Cabut marks one Dicabut everywhere (and it is never delivered again), and a re-issue marks the old code Diganti.

import { OUTPUTS } from '../../src/core/schema';
import { isCode } from '../../src/core/verificationCode';
import type { CertificateProgress, ReissueArgs, RevokeResult } from '../../src/shared/rpc';
import { type Harness, issuedSynth, ledger, rowsByKey, runToEnd } from './harness';

const issued = (participants = 12) => issuedSynth(participants);

const registry = (h: Harness) => rowsByKey(h, OUTPUTS.registry);
const outbox = (h: Harness) => (h.env.globals.MailApp as { _outbox: Array<{ to: string[] }> })._outbox;

describe('verification codes and the public registry', () => {
  test('every certificate and charter has its own code; the registry lists them with public fields only', async () => {
    const h = await issued();
    const rows = ledger(h);
    const codes = rows.map((r) => String(r['Kode Verifikasi']));
    expect(codes.every((c) => isCode(c))).toBe(true);
    expect(new Set(codes).size).toBe(rows.length);
    // the code is not made of the number or the NIP
    for (const r of rows) {
      expect(String(r.NIP)).not.toContain(String(r['Kode Verifikasi']).slice(0, 4));
    }
    const reg = registry(h);
    expect(reg.map((r) => r.code)).toEqual(codes);
    for (const [i, r] of reg.entries()) {
      const l = rows[i];
      expect(r.number).toBe(l.Nomor);
      expect(r.name).toBe(l.Nama);
      expect(r.kind).toBe(l.Jenis);
      expect(r.status).toBe('Berlaku');
      const nip = String(l.NIP);
      expect(r.nip).toBe(`${nip.slice(0, 8)}********${nip.slice(-2)}`);
      expect(r.training).toBe(l['Tema (Cetak)']);
      expect(r.jp).toBe(l['JP (Cetak)']);
      expect(String(r.issuer)).toContain('BADAN KEPEGAWAIAN');
    }
    // no full NIP, e-mail address or file link anywhere in the public sheet
    const all = JSON.stringify(h.values(OUTPUTS.registry.name));
    for (const l of rows) expect(all).not.toContain(String(l.NIP));
    expect(all).not.toMatch(/@|drive\.google|docs\.google/);
    // a rerun changes no code
    await runToEnd(h, await h.call<CertificateProgress>('startCertificates'));
    expect(ledger(h).map((r) => r['Kode Verifikasi'])).toEqual(codes);
  });

  test('Cabut: Dicabut with its reason in the ledger, the registry and the file name; never e-mailed; final', async () => {
    const h = await issued();
    const rows = ledger(h);
    const target = rows[2];
    const noReason = await h.raw('revokeCertificate', { number: target.Nomor, nip: target.NIP, reason: ' ' });
    expect(noReason.ok).toBe(false);
    expect(!noReason.ok && noReason.error).toContain('alasan');
    const out = await h.call<RevokeResult>('revokeCertificate', {
      number: target.Nomor,
      nip: target.NIP,
      reason: 'Diterbitkan keliru',
    });
    expect(out.message).toContain('sudah dicabut');
    const after = ledger(h);
    const row = after.find((r) => r.Nomor === target.Nomor)!;
    expect(row.Status).toBe('Dicabut');
    expect(row.Alasan).toBe('Diterbitkan keliru');
    expect(String(row.Catatan)).toMatch(/^Dicabut pada .*: Diterbitkan keliru\.$/);
    expect(row['Kode Verifikasi']).toBe(target['Kode Verifikasi']);
    const reg = registry(h).find((r) => r.code === target['Kode Verifikasi'])!;
    expect(reg.status).toBe('Dicabut');
    expect(reg.reason).toBe('Diterbitkan keliru');
    const files = h.env.drive._files().filter((f) => f.appProperties.douasnNumber === target.Nomor);
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) {
      expect(f.name.startsWith('DICABUT - ')).toBe(true);
      expect(f.appProperties.douasnRevoked).toBe('true');
    }
    // the e-mail run sends everyone else's, never the revoked one
    await runToEnd(h, await h.call<CertificateProgress>('sendCertificateEmails'));
    const sent = outbox(h).map((m) => m.to[0]);
    expect(sent).toHaveLength(rows.length - 1);
    // the same person's other certificate (a Sertifikat beside a Piagam) is still e-mailed
    const others = rows.filter((r) => r.Email === target.Email && r.Nomor !== target.Nomor).length;
    expect(sent.filter((to) => to === target.Email)).toHaveLength(others);
    expect(ledger(h).find((r) => r.Nomor === target.Nomor)?.Status).toBe('Dicabut');
    // asked again: answered, nothing changed; re-issue refused; a rerun makes nothing for it
    const again = await h.call<RevokeResult>('revokeCertificate', {
      number: target.Nomor,
      nip: target.NIP,
      reason: 'lagi',
    });
    expect(again.message).toContain('sudah dicabut');
    expect(ledger(h).find((r) => r.Nomor === target.Nomor)?.Alasan).toBe('Diterbitkan keliru');
    const reissue: ReissueArgs = {
      number: String(target.Nomor),
      trainingCode: String(target['Kode Kegiatan']),
      nip: String(target.NIP),
      piagam: target.Jenis === 'Piagam',
      reason: 'x',
      email: false,
      confirmUnchanged: true,
    };
    const refused = await h.raw('reissueCertificate', reissue);
    expect(refused.ok).toBe(false);
    expect(!refused.ok && refused.error).toContain('dicabut');
    const pdfs = h.env.drive._files().filter((f) => f.mimeType === 'application/pdf').length;
    await runToEnd(h, await h.call<CertificateProgress>('startCertificates'));
    expect(h.env.drive._files().filter((f) => f.mimeType === 'application/pdf').length).toBe(pdfs);
    expect(ledger(h)).toHaveLength(rows.length);
  });

  test('unknown number, one not made, or the wrong NIP: refused, nothing written', async () => {
    const h = await issued(3);
    const rows = ledger(h);
    const unknown = await h.raw('revokeCertificate', { number: 'X/999', nip: rows[0].NIP, reason: 'a' });
    expect(!unknown.ok && unknown.error).toContain('tidak ditemukan');
    const wrongNip = await h.raw('revokeCertificate', {
      number: rows[0].Nomor,
      nip: rows[1].NIP,
      reason: 'a',
    });
    expect(!wrongNip.ok && wrongNip.error).toContain('tidak ditemukan');
    expect(ledger(h)).toEqual(rows);
  });

  test('a re-issue: the old code says Diganti oleh <new number> with the reason; the new one has its own code', async () => {
    const h = await issued();
    const rows = ledger(h);
    const target = rows[1];
    await runToEnd(
      h,
      await h.call<CertificateProgress>('reissueCertificate', {
        number: String(target.Nomor),
        trainingCode: String(target['Kode Kegiatan']),
        nip: String(target.NIP),
        piagam: target.Jenis === 'Piagam',
        reason: 'Salah ketik nama',
        email: false,
        confirmUnchanged: true,
      } satisfies ReissueArgs),
    );
    const after = ledger(h);
    const old = after.find((r) => r.Nomor === target.Nomor)!;
    const now = after.find((r) => String(r.Catatan).includes(`Mengganti ${target.Nomor}`))!;
    expect(old['Diganti Oleh']).toBe(now.Nomor);
    expect(old.Alasan).toBe('Salah ketik nama');
    expect(isCode(String(now['Kode Verifikasi']))).toBe(true);
    expect(now['Kode Verifikasi']).not.toBe(old['Kode Verifikasi']);
    const reg = registry(h);
    const oldReg = reg.find((r) => r.code === old['Kode Verifikasi'])!;
    expect([oldReg.status, oldReg.replacedBy, oldReg.reason]).toEqual([
      'Diganti',
      now.Nomor,
      'Salah ketik nama',
    ]);
    expect(reg.find((r) => r.code === now['Kode Verifikasi'])?.status).toBe('Berlaku');
  });
});
