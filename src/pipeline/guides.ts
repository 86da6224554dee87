import matter from 'gray-matter';
import { marked, type Token, type Tokens } from 'marked';
import type { Audience, Block, Guide, Inline } from '../core/guide.ts';
import { safeHref } from '../core/guide.ts';
import type { Problem } from '../core/validate.ts';

const AUDIENCES: Audience[] = ['older-people', 'carers', 'both'];
const WORDS_PER_MINUTE = 180;

export interface GuideContext {
  topics: ReadonlySet<string>;
  themes: ReadonlySet<string>;
  services: ReadonlySet<string>;
}

/**
 * Markdown becomes a small block tree rather than an HTML string, so nothing from content is ever
 * parsed as HTML in the app; raw HTML in the source is reported and dropped.
 */
function inlines(tokens: Token[] | undefined, file: Problem[], slug: string, ctx: GuideContext): Inline[] {
  const out: Inline[] = [];
  for (const tok of tokens ?? []) {
    switch (tok.type) {
      case 'text':
      case 'escape':
      case 'codespan': {
        const t = tok as Tokens.Text;
        if (t.tokens?.length) out.push(...inlines(t.tokens, file, slug, ctx));
        else out.push({ t: 'text', v: decode(t.text) });
        break;
      }
      case 'strong':
      case 'em':
        out.push({ t: tok.type, c: inlines((tok as Tokens.Strong).tokens, file, slug, ctx) });
        break;
      case 'link': {
        const l = tok as Tokens.Link;
        const href = linkTarget(l.href, slug, file, ctx);
        const c = inlines(l.tokens, file, slug, ctx);
        if (href) out.push({ t: 'link', href, c });
        else out.push(...c);
        break;
      }
      case 'br':
        out.push({ t: 'text', v: '\n' });
        break;
      case 'html':
        file.push({ record: slug, field: 'body', message: `raw HTML ${JSON.stringify(tok.raw.slice(0, 40))} is not allowed: use Markdown`, severity: 'error' });
        break;
      default:
        if ('text' in tok && typeof tok.text === 'string') out.push({ t: 'text', v: decode(tok.text) });
    }
  }
  return out;
}

function decode(s: string): string {
  // marked leaves the five XML entities encoded in text tokens; the app renders text nodes.
  return s.replace(/&(amp|lt|gt|quot|#39);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[e] ?? _);
}

function linkTarget(href: string, slug: string, problems: Problem[], ctx: GuideContext): string | undefined {
  if (href.startsWith('topic:')) {
    const topic = href.slice(6);
    if (!ctx.topics.has(topic)) problems.push({ record: slug, field: 'body', message: `link names unknown topic "${topic}"`, severity: 'warning' });
    return `/services?topic=${encodeURIComponent(topic)}`;
  }
  if (href.startsWith('service:')) {
    const id = href.slice(8);
    if (!ctx.services.has(id)) problems.push({ record: slug, field: 'body', message: `link names unknown service "${id}"`, severity: 'warning' });
    return `/services/${encodeURIComponent(id)}`;
  }
  const safe = safeHref(href);
  if (!safe) problems.push({ record: slug, field: 'body', message: `link "${href}" is not https, mailto or tel`, severity: 'error' });
  return safe;
}

function blocks(tokens: Token[], problems: Problem[], slug: string, ctx: GuideContext): Block[] {
  const out: Block[] = [];
  for (const tok of tokens) {
    if (tok.type === 'heading') {
      const h = tok as Tokens.Heading;
      out.push({ type: 'heading', level: Math.min(4, Math.max(2, h.depth)) as 2 | 3 | 4, c: inlines(h.tokens, problems, slug, ctx) });
    } else if (tok.type === 'paragraph') {
      out.push({ type: 'paragraph', c: inlines((tok as Tokens.Paragraph).tokens, problems, slug, ctx) });
    } else if (tok.type === 'list') {
      const l = tok as Tokens.List;
      out.push({ type: 'list', ordered: l.ordered, items: l.items.map((it) => it.tokens.flatMap((t) => inlines('tokens' in t && t.tokens ? t.tokens : [t], problems, slug, ctx))) });
    } else if (tok.type === 'html') {
      problems.push({ record: slug, field: 'body', message: 'raw HTML is not allowed: use Markdown', severity: 'error' });
    } else if (tok.type !== 'space' && tok.type !== 'hr') {
      problems.push({ record: slug, field: 'body', message: `"${tok.type}" blocks are not supported: use headings, paragraphs and lists`, severity: 'warning' });
    }
  }
  return out;
}

function str(v: unknown): string {
  if (v instanceof Date) return v.toISOString().slice(0, 10);
  return typeof v === 'string' ? v.trim() : '';
}

export function compileGuide(fileName: string, source: string, ctx: GuideContext): { guide?: Guide; problems: Problem[] } {
  const problems: Problem[] = [];
  let parsed: matter.GrayMatterFile<string>;
  try {
    parsed = matter(source);
  } catch (e) {
    return { problems: [{ record: fileName, field: 'front matter', message: `is not valid YAML (${(e as Error).message.split('\n')[0]})`, severity: 'error' }] };
  }
  const fm = parsed.data as Record<string, unknown>;
  const slug = str(fm.slug) || fileName.replace(/\.md$/, '');
  const need = (field: string, ok: boolean, expected: string) => {
    if (!ok) problems.push({ record: slug, field, message: `${JSON.stringify(fm[field] ?? null)} is not ${expected}`, severity: 'error' });
  };
  need('slug', /^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug) && `${slug}.md` === fileName, `a lower-case slug matching the file name (${fileName})`);
  need('title', !!str(fm.title), 'a title');
  need('theme', ctx.themes.has(str(fm.theme)), 'a theme id from data/resources/themes.json');
  need('audience', AUDIENCES.includes(str(fm.audience) as Audience), `one of ${AUDIENCES.join(', ')}`);
  need('summary', !!str(fm.summary), 'a one-line summary');
  need('last_reviewed', /^\d{4}-\d{2}-\d{2}$/.test(str(fm.last_reviewed)), 'a date (YYYY-MM-DD)');
  const sources = Array.isArray(fm.sources) ? (fm.sources as { name?: unknown; url?: unknown }[]) : [];
  need('sources', sources.length > 0 && sources.every((s) => !!str(s?.name) && /^https:\/\//.test(str(s?.url))), 'a list of sources, each with a name and an https:// url');
  const topics = Array.isArray(fm.topics) ? fm.topics.map(str) : [];
  topics.forEach((t, i) => {
    if (!ctx.topics.has(t)) problems.push({ record: slug, field: `topics[${i}]`, message: `"${t}" is not a topic in data/topics.json`, severity: 'warning' });
  });
  const body = blocks(marked.lexer(parsed.content), problems, slug, ctx);
  if (!/^##\s+Where to get help\s*$/m.test(parsed.content)) problems.push({ record: slug, field: 'body', message: 'has no "## Where to get help" section', severity: 'error' });
  const words = parsed.content.split(/\s+/).filter(Boolean).length;
  if (problems.some((p) => p.severity === 'error')) return { problems };
  return {
    problems,
    guide: {
      slug,
      title: str(fm.title),
      theme: str(fm.theme),
      audience: str(fm.audience) as Audience,
      summary: str(fm.summary),
      last_reviewed: str(fm.last_reviewed),
      topics: topics.filter((t) => ctx.topics.has(t)),
      sources: sources.map((s) => ({ name: str(s.name), url: str(s.url) })),
      readingMinutes: Math.max(1, Math.round(words / WORDS_PER_MINUTE)),
      blocks: body,
    },
  };
}
