import type { Block, Inline } from '../core/guide.ts';
import { safeHref } from '../core/guide.ts';

/** Renders a compiled guide as Preact text nodes: content can never inject markup. */
function Inlines({ items }: { items: Inline[] }) {
  return (
    <>
      {items.map((it, i) => {
        if (it.t === 'text') return it.v;
        if (it.t !== 'link') {
          const Tag = it.t;
          return <Tag key={i}><Inlines items={it.c} /></Tag>;
        }
        const href = safeHref(it.href);
        if (!href) return <Inlines key={i} items={it.c} />;
        const external = /^https?:/.test(href);
        return (
          <a key={i} href={href} rel={external ? 'noopener noreferrer' : undefined}>
            <Inlines items={it.c} />
          </a>
        );
      })}
    </>
  );
}

export function Blocks({ blocks }: { blocks: Block[] }) {
  return (
    <>
      {blocks.map((b, i) => {
        if (b.type === 'heading') {
          const H = `h${b.level}` as 'h2' | 'h3' | 'h4';
          return <H key={i}><Inlines items={b.c} /></H>;
        }
        if (b.type === 'paragraph') return <p key={i}><Inlines items={b.c} /></p>;
        const L = b.ordered ? 'ol' : 'ul';
        return (
          <L key={i}>
            {b.items.map((item, j) => (
              <li key={j}><Inlines items={item} /></li>
            ))}
          </L>
        );
      })}
    </>
  );
}
