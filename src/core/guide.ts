/** The compiled form of a resource-pack guide. Rendered by Preact as text nodes: no HTML strings. */
export type Inline =
  | { t: 'text'; v: string }
  | { t: 'strong' | 'em'; c: Inline[] }
  | { t: 'link'; href: string; c: Inline[] };

export type Block =
  | { type: 'heading'; level: 2 | 3 | 4; c: Inline[] }
  | { type: 'paragraph'; c: Inline[] }
  | { type: 'list'; ordered: boolean; items: Inline[][] };

export type Audience = 'older-people' | 'carers' | 'both';

export interface Guide {
  slug: string;
  title: string;
  theme: string;
  audience: Audience;
  summary: string;
  last_reviewed: string;
  topics: string[];
  sources: { name: string; url: string }[];
  readingMinutes: number;
  blocks: Block[];
}

export interface Theme {
  id: string;
  label: string;
  icon: string;
}

/** Only these schemes reach a link; anything else becomes plain text. */
export function safeHref(href: string): string | undefined {
  const h = href.trim();
  if (/^(https?:|mailto:|tel:)/i.test(h)) return h;
  if (/^\/(?!\/)/.test(h)) return h;
  return undefined;
}

export function inlineText(items: Inline[]): string {
  return items.map((i) => (i.t === 'text' ? i.v : inlineText(i.c))).join('');
}

/**
 * A guide as readable sentences, one per paragraph, heading or list item. Headings and list items
 * read as sentences of their own (as a listener hears them), so each gets a full stop if it lacks one.
 */
export function guideSentences(blocks: Block[]): string[] {
  const units = blocks.flatMap((b) => (b.type === 'list' ? b.items.map(inlineText) : [inlineText(b.c)]));
  return units.map((u) => u.trim()).filter(Boolean).map((u) => (/[.!?:]$/.test(u) ? u : `${u}.`));
}
