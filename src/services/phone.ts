/** `tel:` link for a UK number as written ("0800 678 1602" → "tel:08006781602"); undefined if unusable. */
export function telHref(number: string): string | undefined {
  const digits = number.replace(/[^\d+]/g, '');
  return /^\+?\d{3,15}$/.test(digits) ? `tel:${digits}` : undefined;
}
