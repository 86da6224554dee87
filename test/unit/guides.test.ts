import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import rs from 'text-readability';
import matter from 'gray-matter';
import { compileGuide } from '../../src/pipeline/guides.ts';
import { guideSentences } from '../../src/core/guide.ts';

const ctx = { topics: new Set(['home-safety', 'social']), themes: new Set(['home-safety']), services: new Set(['national-age-uk-advice-line']) };
const front = `---\nslug: test-guide\ntitle: A test\ntheme: home-safety\naudience: both\nsummary: One line.\nlast_reviewed: 2026-11-15\ntopics: [home-safety]\nsources:\n  - name: NHS\n    url: https://www.nhs.uk/\n---\n`;

describe('compileGuide', () => {
  it('turns topic and service links into app links', () => {
    const { guide, problems } = compileGuide('test-guide.md', `${front}Hello.\n\n## Where to get help\n\n- [groups](topic:social)\n- [Age UK](service:national-age-uk-advice-line)\n`, ctx);
    expect(problems).toEqual([]);
    const list = guide!.blocks.find((b) => b.type === 'list');
    expect(JSON.stringify(list)).toContain('/services?topic=social');
    expect(JSON.stringify(list)).toContain('/services/national-age-uk-advice-line');
  });

  it('refuses raw HTML and javascript: links, and never outputs them', () => {
    const { guide, problems } = compileGuide('test-guide.md', `${front}<script>alert(1)</script>\n\nA [bad](javascript:alert(1)) link.\n\n## Where to get help\n\n- [groups](topic:social)\n`, ctx);
    expect(guide).toBeUndefined();
    expect(problems.map((p) => p.message).join('\n')).toMatch(/raw HTML/);
    expect(problems.map((p) => p.message).join('\n')).toMatch(/"javascript:alert\(1\)" is not https, mailto or tel/);
  });

  it('warns about a link to an unknown topic', () => {
    const { problems } = compileGuide('test-guide.md', `${front}Hi.\n\n## Where to get help\n\n- [x](topic:knitting)\n`, ctx);
    expect(problems).toContainEqual(expect.objectContaining({ severity: 'warning', message: 'link names unknown topic "knitting"' }));
  });

  it('requires a Where to get help section and a slug matching the file name', () => {
    const { problems } = compileGuide('other.md', `${front}Hi.\n`, ctx);
    expect(problems.map((p) => p.field)).toEqual(expect.arrayContaining(['slug', 'body']));
  });
});

describe('the shipped guides', () => {
  const dir = new URL('../../data/resources/', import.meta.url).pathname;
  const files = readdirSync(dir).filter((f) => f.endsWith('.md'));
  const allTopics = new Set((JSON.parse(readFileSync(`${dir}../topics.json`, 'utf8')) as { id: string }[]).map((t) => t.id));
  const allThemes = new Set((JSON.parse(readFileSync(`${dir}themes.json`, 'utf8')) as { id: string }[]).map((t) => t.id));

  it('are at least 24, covering every theme', () => {
    const themes = JSON.parse(readFileSync(`${dir}themes.json`, 'utf8')) as { id: string }[];
    expect(files.length).toBeGreaterThanOrEqual(24);
    const used = new Set(files.map((f) => matter(readFileSync(dir + f, 'utf8')).data.theme));
    for (const t of themes) expect(used.has(t.id), t.id).toBe(true);
  });

  it.each(files)('%s reads at Flesch-Kincaid grade 8 or below', (file) => {
    const { guide } = compileGuide(file, readFileSync(dir + file, 'utf8'), { topics: allTopics, themes: allThemes, services: new Set() });
    expect(guide, file).toBeDefined();
    expect(rs.fleschKincaidGrade(guideSentences(guide!.blocks).join(' '))).toBeLessThanOrEqual(8);
  });
});
