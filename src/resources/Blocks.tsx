import type { ComponentChildren } from 'preact';
import type { Block, Inline } from '../core/guide.ts';
import { safeHref } from '../core/guide.ts';

export interface BlockOptions {
  /** The reading unit being read aloud (see readingUnits), highlighted. */
  activeKey?: string;
  /** Adjusts an in-app link before it is shown (e.g. keeps the person's place on a local search). */
  mapHref?: (href: string) => string;
  /** Something to show after a link, such as a Call button for a helpline the guide names. */
  afterLink?: (href: string) => ComponentChildren;
}

/** Renders a compiled guide as Preact text nodes: content can never inject markup. */
function Inlines({ items, opts }: { items: Inline[]; opts: BlockOptions }) {
  return (
    <>
      {items.map((it, i) => {
        if (it.t === 'text') return it.v;
        if (it.t !== 'link') {
          const Tag = it.t;
          return (
            <Tag key={i}>
              <Inlines items={it.c} opts={opts} />
            </Tag>
          );
        }
        const safe = safeHref(it.href);
        if (!safe) return <Inlines key={i} items={it.c} opts={opts} />;
        const href = opts.mapHref?.(safe) ?? safe;
        const external = /^https?:/.test(href);
        return (
          <span key={i}>
            <a href={href} rel={external ? 'noopener noreferrer' : undefined}>
              <Inlines items={it.c} opts={opts} />
            </a>
            {opts.afterLink?.(safe)}
          </span>
        );
      })}
    </>
  );
}

/** Each read-aloud unit carries `data-read` so the highlight and the scrolling can find it. */
/** A list item that is only a link is a tap target of its own, so it gets the full 48 px. */
function linkOnly(items: Inline[]): boolean {
  const real = items.filter((it) => !(it.t === 'text' && !it.v.trim()));
  return real.length === 1 && real[0].t === 'link';
}

export function Blocks({ blocks, ...opts }: { blocks: Block[] } & BlockOptions) {
  const cls = (key: string) => (opts.activeKey === key ? 'is-reading' : undefined);
  return (
    <>
      {blocks.map((b, i) => {
        const key = String(i);
        if (b.type === 'heading') {
          const H = `h${b.level}` as 'h2' | 'h3' | 'h4';
          return (
            <H key={i} data-read={key} class={cls(key)}>
              <Inlines items={b.c} opts={opts} />
            </H>
          );
        }
        if (b.type === 'paragraph') {
          return (
            <p key={i} data-read={key} class={cls(key)}>
              <Inlines items={b.c} opts={opts} />
            </p>
          );
        }
        const L = b.ordered ? 'ol' : 'ul';
        return (
          <L key={i}>
            {b.items.map((item, j) => (
              <li key={j} data-read={`${i}.${j}`} class={[cls(`${i}.${j}`), linkOnly(item) ? 'link-line' : ''].filter(Boolean).join(' ') || undefined}>
                <Inlines items={item} opts={opts} />
              </li>
            ))}
          </L>
        );
      })}
    </>
  );
}
