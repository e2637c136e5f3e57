// Emulated MailApp: sendEmail with Google's validation, per-message limits and daily recipient quota, into an outbox.

import { isFakeBlob, isPlainObject } from './base';
import { COST_MODEL, type Runtime } from './runtime';

/** One sent message as kept in the emulator's outbox. */
export interface SentMail {
  to: string[];
  cc: string[];
  bcc: string[];
  subject: string;
  body: string;
  htmlBody: string | null;
  name: string | null;
  replyTo: string | null;
  noReply: boolean;
  attachments: Array<{ name: string | null; contentType: string | null; size: number; bytes: Uint8Array }>;
  /** Simulated send time, ISO. */
  time: string;
}

/** MailApp limits per message (Apps Script quotas page). */
export const MAIL_LIMITS = {
  recipientsPerMessage: 50,
  attachmentsPerMessage: 250,
  attachmentsBytes: 25 * 1024 * 1024,
  bodyBytesConsumer: 200 * 1024,
  bodyBytesWorkspace: 400 * 1024,
};

// A pragmatic address check: one @, no spaces or separators, a dot in the domain. Google rejects more
// than this (it validates fully), so anything accepted by Google is accepted here.
const EMAIL_RE = /^[^\s@<>(),;:"[\]\\]+@[^\s@<>(),;:"[\]\\]+\.[^\s@<>(),;:"[\]\\]+$/;

/** Splits "a@x.id, Budi <b@y.id>" into addresses; throws `Invalid email: <addr>` like Google. */
export function parseRecipients(v: unknown): string[] {
  if (v === undefined || v === null) return [];
  const s = String(v).trim();
  if (!s) return [];
  return s.split(',').map((part) => {
    const raw = part.trim();
    const angle = /<([^<>]*)>\s*$/.exec(raw);
    const addr = (angle ? angle[1] : raw).trim();
    if (!EMAIL_RE.test(addr)) throw new Error(`Invalid email: ${raw}`);
    return addr;
  });
}

function attachmentOf(a: unknown): SentMail['attachments'][number] {
  if (isFakeBlob(a)) {
    const m = a._meta();
    return { name: m.name, contentType: m.contentType, size: m.size, bytes: a._bytes() };
  }
  const b = a as {
    getBytes?: () => number[];
    getName?: () => string | null;
    getContentType?: () => string | null;
    getBlob?: () => unknown;
  };
  if (b && typeof b.getBytes !== 'function' && typeof b.getBlob === 'function')
    return attachmentOf(b.getBlob());
  if (!b || typeof b.getBytes !== 'function') throw new Error('Invalid argument: attachments');
  const bytes = Uint8Array.from(b.getBytes(), (x) => Number(x) & 0xff);
  return {
    name: b.getName?.() ?? null,
    contentType: b.getContentType?.() ?? null,
    size: bytes.length,
    bytes,
  };
}

interface MailMessage {
  to?: unknown;
  cc?: unknown;
  bcc?: unknown;
  subject?: unknown;
  body?: unknown;
  htmlBody?: unknown;
  attachments?: unknown;
  name?: unknown;
  replyTo?: unknown;
  noReply?: unknown;
}

/** Normalises the overloads (message) / (to, subject, body[, options]) / (to, replyTo, subject, body). */
function normalise(args: unknown[]): MailMessage {
  if (args.length === 1 && isPlainObject(args[0])) return args[0] as MailMessage;
  if (args.length === 4 && args.every((a) => typeof a === 'string')) {
    const [to, replyTo, subject, body] = args as string[];
    return { to, replyTo, subject, body };
  }
  if (args.length >= 3 && args.length <= 4) {
    const [to, subject, body, options] = args;
    return { ...((isPlainObject(options) ? options : {}) as MailMessage), to, subject, body };
  }
  throw new Error(
    `The parameters (${args.map((a) => (typeof a === 'string' ? 'String' : 'Object')).join(',')}) don't match the method signature for MailApp.sendEmail.`,
  );
}

export function createMailApp(rt: Runtime) {
  const outbox: SentMail[] = [];
  return {
    sendEmail(...args: unknown[]): void {
      const msg = normalise(args);
      const atts = msg.attachments === undefined || msg.attachments === null ? [] : msg.attachments;
      if (!Array.isArray(atts)) throw new Error('Invalid argument: attachments');
      rt.call(
        'MailApp.sendEmail',
        COST_MODEL.mailSendBase + COST_MODEL.mailPerAttachment * atts.length,
        () => {
          const to = parseRecipients(msg.to);
          const cc = parseRecipients(msg.cc);
          const bcc = parseRecipients(msg.bcc);
          const n = to.length + cc.length + bcc.length;
          if (n === 0) throw new Error('Failed to send email: no recipient');
          if (n > MAIL_LIMITS.recipientsPerMessage)
            throw new Error('Limit Exceeded: Email Recipients Per Message.');
          const attachments = atts.map(attachmentOf);
          if (attachments.length > MAIL_LIMITS.attachmentsPerMessage) {
            throw new Error('Limit Exceeded: Email Attachments Per Message.');
          }
          if (attachments.reduce((a, x) => a + x.size, 0) > MAIL_LIMITS.attachmentsBytes) {
            throw new Error('Limit Exceeded: Email Total Attachments Size.');
          }
          const body = msg.body === undefined || msg.body === null ? '' : String(msg.body);
          const htmlBody = msg.htmlBody === undefined || msg.htmlBody === null ? null : String(msg.htmlBody);
          const bodyLimit =
            rt.quotas.emailRecipients > 100 ? MAIL_LIMITS.bodyBytesWorkspace : MAIL_LIMITS.bodyBytesConsumer;
          if (Buffer.byteLength(body) + Buffer.byteLength(htmlBody ?? '') > bodyLimit) {
            throw new Error('Limit Exceeded: Email Body Size.');
          }
          // every address in to, cc and bcc counts against the daily recipients quota
          rt.consumeQuota('emailRecipients', n);
          outbox.push({
            to,
            cc,
            bcc,
            subject: msg.subject === undefined || msg.subject === null ? '' : String(msg.subject),
            body,
            htmlBody,
            name: msg.name === undefined || msg.name === null ? null : String(msg.name),
            replyTo:
              msg.replyTo === undefined || msg.replyTo === null
                ? null
                : (parseRecipients(msg.replyTo)[0] ?? null),
            noReply: msg.noReply === true,
            attachments,
            time: rt.date().toISOString(),
          });
        },
      );
    },
    getRemainingDailyQuota(): number {
      return rt.call('MailApp.getRemainingDailyQuota', COST_MODEL.trivial, () =>
        rt.remainingQuota('emailRecipients'),
      );
    },
    /** Emulator-only: every message sent, in order. */
    _outbox: outbox,
  };
}
