// The product's name, the same in every language (window titles, toasts, the mail sender). Text lives in src/text.

export const ADDON_TITLE = 'DOU ASN';
