// Tests of the emulated MailApp: overloads, validation, per-message limits, the daily recipient quota, faults.

import { FakeBlob } from '../../emulator/base';
import { createMailApp } from '../../emulator/mail';
import { COST_MODEL, QUOTA_MESSAGES, Runtime } from '../../emulator/runtime';

const START = new Date('2026-11-27T09:00:00+07:00');

function setup() {
  const rt = new Runtime({ start: START });
  return { rt, mail: createMailApp(rt) };
}

describe('MailApp.sendEmail', () => {
  test('a message with attachments lands in the outbox; cost 400 ms + 200 per attachment', () => {
    const { rt, mail } = setup();
    const pdf = new FakeBlob(rt, new Uint8Array(1234), 'application/pdf', 'Sertifikat Budi.pdf');
    const before = rt.now;
    mail.sendEmail({
      to: 'budi@kemenkeu.go.id',
      cc: 'Atasan <atasan@kemenkeu.go.id>',
      bcc: 'arsip@kemenkeu.go.id, panitia@kemenkeu.go.id',
      subject: 'Sertifikat Pelatihan',
      htmlBody: '<p>Terlampir.</p>',
      attachments: [pdf],
      name: 'Panitia DOU',
    });
    expect(rt.now - before).toBe(COST_MODEL.mailSendBase + COST_MODEL.mailPerAttachment);
    expect(mail._outbox).toHaveLength(1);
    const m = mail._outbox[0];
    expect(m.to).toEqual(['budi@kemenkeu.go.id']);
    expect(m.cc).toEqual(['atasan@kemenkeu.go.id']);
    expect(m.bcc).toEqual(['arsip@kemenkeu.go.id', 'panitia@kemenkeu.go.id']);
    expect(m.attachments.map((a) => [a.name, a.size, a.contentType])).toEqual([
      ['Sertifikat Budi.pdf', 1234, 'application/pdf'],
    ]);
    expect(m.time).toBe(new Date(START.getTime() + 600).toISOString());
    // every address in to, cc and bcc counts
    expect(rt.used.emailRecipients).toBe(4);
    expect(mail.getRemainingDailyQuota()).toBe(96);
  });

  test('the positional overloads', () => {
    const { mail } = setup();
    mail.sendEmail('a@x.id', 'S1', 'B1');
    mail.sendEmail('b@x.id', 'S2', 'B2', { cc: 'c@x.id', name: 'N' });
    mail.sendEmail('d@x.id', 'reply@x.id', 'S3', 'B3');
    expect(mail._outbox.map((m) => [m.to[0], m.subject, m.body, m.cc, m.replyTo])).toEqual([
      ['a@x.id', 'S1', 'B1', [], null],
      ['b@x.id', 'S2', 'B2', ['c@x.id'], null],
      ['d@x.id', 'S3', 'B3', [], 'reply@x.id'],
    ]);
  });

  test('invalid addresses, no recipient and too many recipients fail with Google messages; nothing is sent', () => {
    const { rt, mail } = setup();
    expect(() => mail.sendEmail({ to: 'budi(at)kemenkeu', subject: 's', body: 'b' })).toThrow(
      'Invalid email: budi(at)kemenkeu',
    );
    expect(() => mail.sendEmail({ to: 'ok@x.id', cc: 'bad address@x.id', subject: 's', body: 'b' })).toThrow(
      'Invalid email: bad address@x.id',
    );
    expect(() => mail.sendEmail({ to: '', subject: 's', body: 'b' })).toThrow(
      'Failed to send email: no recipient',
    );
    const many = Array.from({ length: 51 }, (_, i) => `p${i}@x.id`).join(',');
    expect(() => mail.sendEmail({ to: many, subject: 's', body: 'b' })).toThrow(
      'Limit Exceeded: Email Recipients Per Message.',
    );
    expect(() => mail.sendEmail({ to: 'a@x.id', subject: 's', body: 'x'.repeat(201 * 1024) })).toThrow(
      'Limit Exceeded: Email Body Size.',
    );
    expect(mail._outbox).toHaveLength(0);
    expect(rt.used.emailRecipients).toBe(0);
    expect(rt.counts.get('MailApp.sendEmail')).toBe(5); // failed calls still count as calls
  });
});

describe('the daily recipient quota', () => {
  test('100 a day for a consumer account; over quota throws and sends nothing; the next day resets', () => {
    const { rt, mail } = setup();
    const to49 = Array.from({ length: 49 }, (_, i) => `p${i}@x.id`).join(',');
    mail.sendEmail({ to: to49, subject: 's', body: 'b' });
    mail.sendEmail({ to: to49, subject: 's', body: 'b' });
    expect(mail.getRemainingDailyQuota()).toBe(2);
    expect(() =>
      mail.sendEmail({ to: 'a@x.id', cc: 'b@x.id', bcc: 'c@x.id', subject: 's', body: 'b' }),
    ).toThrow(QUOTA_MESSAGES.emailRecipients);
    expect(QUOTA_MESSAGES.emailRecipients).toBe('Service invoked too many times for one day: email.');
    expect(mail._outbox).toHaveLength(2);
    mail.sendEmail({ to: 'a@x.id', cc: 'b@x.id', subject: 's', body: 'b' });
    expect(mail.getRemainingDailyQuota()).toBe(0);
    rt.advanceToNextDay();
    expect(mail.getRemainingDailyQuota()).toBe(100);
    mail.sendEmail('a@x.id', 's', 'b');
    expect(mail._outbox).toHaveLength(4);
  });

  test('a fault after sendEmail: the mail went out although the caller saw an error', () => {
    const { rt, mail } = setup();
    rt.injectFault({ method: 'MailApp.sendEmail', atCall: 1, kind: 'error', after: true });
    expect(() => mail.sendEmail('budi@x.id', 'Sertifikat', 'Terlampir')).toThrow();
    expect(mail._outbox.map((m) => m.to[0])).toEqual(['budi@x.id']);
    expect(rt.used.emailRecipients).toBe(1);
  });
});
