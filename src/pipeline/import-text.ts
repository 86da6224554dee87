/**
 * Text helpers for the importer: council HTML → plain text, and UK phone numbers found in text.
 * Pure functions: no file system, no network.
 */
import { compile as compileHtmlToText, type DomNode, type FormatCallback } from 'html-to-text';

/** Link text that says nothing on its own ("click here"): then the address is worth showing. */
const GENERIC_LINK_TEXT = /^(click here|here|this link|link|website|our website|their website|web ?site|this website|this page|more info(rmation)?|find out more|read more|visit|online|details|email us|e-mail us|email|e-mail)$/i;

function nodeText(n: DomNode): string {
  if (n.type === 'text') return n.data ?? '';
  return (n.children ?? []).map(nodeText).join('');
}

/** `<a>`: the link text only, plus the address when the text alone would be useless. */
const plainAnchor: FormatCallback = (elem, walk, builder) => {
  walk(elem.children, builder);
  const href = String((elem.attribs as Record<string, unknown> | undefined)?.href ?? '').trim();
  const text = nodeText(elem).replace(/\s+/g, ' ').trim();
  const shown = /^https?:\/\/\S+$/i.test(href) ? href : /^mailto:[^\s@<>]+@[^\s@<>]+$/i.test(href) ? href.slice(7).split('?')[0]! : '';
  if (!shown || text.toLowerCase().includes(shown.toLowerCase())) return;
  if (!text) builder.addInline(shown);
  else if (GENERIC_LINK_TEXT.test(text.replace(/[.:!]+$/, ''))) builder.addInline(` (${shown})`);
};

const skip = ['script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg', 'img', 'video', 'audio', 'canvas', 'head', 'title', 'button', 'input', 'select', 'textarea', 'hr'];
const heading = (h: string) => ({ selector: h, options: { uppercase: false, leadingLineBreaks: 2, trailingLineBreaks: 2 } });
const common = {
  wordwrap: false as const,
  formatters: { plainAnchor },
  selectors: [
    { selector: 'a', format: 'plainAnchor' },
    ...skip.map((selector) => ({ selector, format: 'skip' })),
    ...['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].map(heading),
    { selector: 'ul', options: { itemPrefix: '• ' } },
    { selector: 'blockquote', format: 'block' },
    { selector: 'table', format: 'block' },
    { selector: 'tr', format: 'block', options: { leadingLineBreaks: 1, trailingLineBreaks: 1 } },
    { selector: 'td', format: 'inlineSurround', options: { prefix: '', suffix: ' ' } },
    { selector: 'th', format: 'inlineSurround', options: { prefix: '', suffix: ' ' } },
  ],
};
const fromHtml = compileHtmlToText(common);
/** Text without tags still has its entities decoded, and keeps its own line breaks. */
const fromText = compileHtmlToText({ ...common, preserveNewlines: true });

const LOOKS_LIKE_HTML = /<\/?[a-z][a-z0-9-]*(\s[^<>]*)?\/?>|<!--/i;

/** Markup left over after conversion (e.g. double-encoded `&lt;p&gt;`) is removed, never shown. */
function neutralise(text: string): string {
  return text
    .replace(/<!--[\s\S]*?(-->|$)/g, '')
    .replace(/<\/?[a-z][a-z0-9-]*(\s[^<>]*)?\/?>/gi, '')
    .replace(/<(?=[a-z!/?])/gi, '< ');
}

/**
 * HTML (or plain text) → plain text: paragraphs separated by one blank line, `<br>` kept as a
 * line break, entities decoded, no tags, scripts or images, no link-address clutter.
 */
export function toPlainText(input: unknown): string {
  if (typeof input !== 'string' || !input.trim()) return '';
  const converted = LOOKS_LIKE_HTML.test(input) ? fromHtml(input) : fromText(input.replace(/\r\n?/g, '\n'));
  // Invisible characters go before markup is neutralised: removing them later could join a "<"
  // to a letter (a right-to-left override between them) and make a tag again.
  const visible = converted
    .replace(/[\u00a0\u2000-\u200a\u202f\u205f\u3000\t]/g, ' ')
    .replace(/\p{Cf}|(?!\n)\p{Cc}/gu, ''); // zero-width, direction marks and control characters
  return neutralise(visible)
    .split('\n')
    .map((line) => line.replace(/ {2,}/g, ' ').trim())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** One line of plain text (names, labels). */
export function toPlainLine(input: unknown): string {
  return toPlainText(input).replace(/\s*\n+\s*/g, ' ').trim();
}

// ---------------------------------------------------------------------------------------------
// Phone numbers

/**
 * UK numbers as people write them: "0117 922 2000", "(0117) 922 2000", "07700 900123",
 * "0800 123 4567", "01179222000", "+44 117 922 2000", "+44 (0)117 922 2000", "0044 117 ...".
 * A run of digit groups; validity is decided on the digits afterwards.
 */
const PHONE_CANDIDATE = /(?<![\w+£$€.,/])(?:\+44[ \u00a0]?(?:\(0\)[ \u00a0]?)?|0044[ \u00a0]?|\(0|0)\d{1,4}\)?(?:[ \u00a0.-]?\d{1,8}){1,5}(?![\d£%])/g;
/** Short national helplines such as Samaritans "116 123". */
const HELPLINE_116 = /(?<![\w+.,/])116[ \u00a0]?\d{3}(?![\d%])/g;

/** Digits of a UK number in national form ("01179222000"), or undefined. */
export function ukDigits(text: string): string | undefined {
  let d = text.replace(/\D/g, '');
  if (/^\s*(\+|00)44/.test(text)) d = `0${d.replace(/^(00)?44/, '').replace(/^0/, '')}`;
  if (/^116\d{3}$/.test(d)) return d;
  if (/^0(1\d{8,9}|2\d{9}|3\d{9}|7\d{9}|80\d{7,8}|8[47]\d{8}|9\d{9})$/.test(d)) return d;
  return undefined;
}

/** Groups the digits the way UK numbers are usually printed. */
export function formatUkNumber(d: string): string {
  if (d.startsWith('116')) return `${d.slice(0, 3)} ${d.slice(3)}`;
  if (d.startsWith('02')) return `${d.slice(0, 3)} ${d.slice(3, 7)} ${d.slice(7)}`;
  if (/^01\d1|^011/.test(d) && d.length === 11) return `${d.slice(0, 4)} ${d.slice(4, 7)} ${d.slice(7)}`;
  if (d.startsWith('01') || d.startsWith('07')) return `${d.slice(0, 5)} ${d.slice(5)}`;
  if (d.length === 10) return `${d.slice(0, 4)} ${d.slice(4)}`;
  return `${d.slice(0, 4)} ${d.slice(4, 7)} ${d.slice(7)}`;
}

/** Drops trailing digit groups until the digits make a valid number (a year or a count may follow). */
function bestPrefix(candidate: string): string | undefined {
  let text = candidate;
  for (;;) {
    const d = ukDigits(text);
    if (d) return d;
    const cut = text.search(/[ \u00a0.-]?\d+$/);
    if (cut <= 0 || text.replace(/\D/g, '').length <= 10) return undefined;
    text = text.slice(0, cut);
  }
}

/** UK phone numbers written in a text, formatted, without repeats, in the order they appear. */
export function findPhoneNumbers(text: string): string[] {
  const found: { at: number; digits: string }[] = [];
  for (const re of [PHONE_CANDIDATE, HELPLINE_116]) {
    for (const m of text.matchAll(re)) {
      const digits = bestPrefix(m[0]);
      if (digits) found.push({ at: m.index ?? 0, digits });
    }
  }
  const seen = new Set<string>();
  return found
    .sort((a, b) => a.at - b.at)
    .filter((f) => !seen.has(f.digits) && seen.add(f.digits))
    .map((f) => formatUkNumber(f.digits));
}
