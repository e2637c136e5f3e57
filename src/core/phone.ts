// Indonesian mobile numbers (No. HP in Peserta), pure: what an admin types (0812-3456-7890, +62 812 3456 7890,
// 62812…, or a number cell that lost its leading 0) normalised to 628… as wa.me links need it.

/** Digits after the country code: 8 then 8 to 11 more (Indonesian mobile numbers are 10–13 digits with the 0). */
const MOBILE = /^8\d{8,11}$/;

/** '628…' for a valid Indonesian mobile number, null for anything else (a blank is null too: check it first). */
export function normalizePhone(raw: unknown): string | null {
  const typed = typeof raw === 'number' ? String(Math.trunc(raw)) : String(raw ?? '').trim();
  if (!typed || /[^\d\s+().-]/.test(typed)) return null;
  if (typed.indexOf('+') > 0 || (typed.match(/\+/g) ?? []).length > 1) return null;
  let d = typed.replace(/\D/g, '');
  if (typed.startsWith('+')) {
    if (!d.startsWith('62')) return null;
    d = d.slice(2);
  } else if (d.startsWith('62')) d = d.slice(2);
  else if (d.startsWith('0')) d = d.slice(1);
  // a number cell keeps no leading 0: 81234567890 is 081234567890
  return MOBILE.test(d) ? `62${d}` : null;
}

/** The wa.me link that opens a chat with `phone` (628…) and the text filled in. */
export function whatsAppLink(phone: string, text: string): string {
  return `https://wa.me/${phone}?text=${encodeURIComponent(text)}`;
}
