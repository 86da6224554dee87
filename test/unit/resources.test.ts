import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import rs from 'text-readability';
import type { Block, Guide } from '../../src/core/guide.ts';
import { compileGuide } from '../../src/pipeline/guides.ts';
import { guideLanguage, pickVoice, readingUnits } from '../../src/resources/speech.ts';
import { pathForTheme, pathGuides, relatedGuides } from '../../src/resources/related.ts';
import { localSearchHref, recentNear, withNear } from '../../src/resources/near.ts';

const dir = new URL('../../data/', import.meta.url).pathname;
const ids = (file: string) => (JSON.parse(readFileSync(file, 'utf8')) as { id: string }[]).map((x) => x.id);
const ctx = {
  topics: new Set(ids(`${dir}topics.json`)),
  themes: new Set(ids(`${dir}resources/themes.json`)),
  services: new Set(readdirSync(`${dir}services`).flatMap((f) => ids(`${dir}services/${f}`))),
};
const files = readdirSync(`${dir}resources`).filter((f) => f.endsWith('.md'));
const guides = files.map((f) => compileGuide(f, readFileSync(`${dir}resources/${f}`, 'utf8'), ctx));

describe('the shipped guides, compiled against the real topics and services', () => {
  it.each(files.map((f, i) => [f, guides[i]] as const))('%s has no problems: every topic, theme and service it names exists', (_f, { guide, problems }) => {
    expect(problems).toEqual([]);
    expect(guide).toBeDefined();
  });

  it.each(files.map((f, i) => [f, guides[i].guide!] as const))('%s reads at grade 8 or below with mostly short sentences', (_f, g) => {
    const text = readingUnits(g.blocks).map((u) => u.text).join(' ');
    expect(rs.fleschKincaidGrade(text)).toBeLessThanOrEqual(8);
    const sentences = text.split(/(?<=[.!?])\s+/).filter(Boolean);
    const long = sentences.filter((s) => s.split(/\s+/).length > 25);
    expect(long.length / sentences.length).toBeLessThan(0.1);
  });

  it('every guide has a "Where to get help" that links to a local search or a national service', () => {
    for (const { guide } of guides) {
      const json = JSON.stringify(guide!.blocks);
      expect(json, guide!.slug).toMatch(/"href":"\/services(\?topic=|\/)/);
    }
  });
});

describe('readingUnits', () => {
  const blocks: Block[] = [
    { type: 'heading', level: 2, c: [{ t: 'text', v: 'Look after your body' }] },
    { type: 'paragraph', c: [{ t: 'strong', c: [{ t: 'text', v: 'Keep moving.' }] }, { t: 'text', v: ' Walk daily.' }] },
    { type: 'list', ordered: true, items: [[{ t: 'text', v: 'Roll over.' }], [{ t: 'text', v: '  ' }], [{ t: 'link', href: '/services/x', c: [{ t: 'text', v: 'Age UK' }] }]] },
  ];

  it('gives one unit per heading, paragraph and list item, in order, keyed to its block, skipping empty ones', () => {
    expect(readingUnits(blocks)).toEqual([
      { key: '0', text: 'Look after your body' },
      { key: '1', text: 'Keep moving. Walk daily.' },
      { key: '2.0', text: 'Roll over.' },
      { key: '2.2', text: 'Age UK' },
    ]);
  });
});

describe('pickVoice', () => {
  const v = (lang: string, localService = true, isDefault = false) => ({ lang, localService, default: isDefault, name: lang });

  it('prefers the exact language and region, then the same language, and on-device voices', () => {
    const voices = [v('en-US', true, true), v('en-GB', false), v('en_GB', true), v('cy-GB')];
    expect(pickVoice(voices, 'en-GB')).toBe(voices[2]);
    expect(pickVoice([v('en-US'), v('fr-FR')], 'en-GB')?.lang).toBe('en-US');
    expect(pickVoice(voices, 'cy')?.lang).toBe('cy-GB');
  });

  it('returns nothing when the device has no voice for the language, so the engine decides', () => {
    expect(pickVoice([v('fr-FR'), v('de-DE')], 'en-GB')).toBeUndefined();
    expect(pickVoice([], 'en-GB')).toBeUndefined();
  });
});

describe('guideLanguage', () => {
  it('is the page language for an English page, and English otherwise (guides are written in English)', () => {
    expect(guideLanguage('en-GB')).toBe('en-GB');
    expect(guideLanguage('cy')).toBe('en-GB');
  });
});

describe('related guides and dementia paths', () => {
  const all = guides.map((x) => x.guide!) as Guide[];
  const bySlug = (s: string) => all.find((g) => g.slug === s)!;

  it('puts guides from the same theme and with shared topics first, never the guide itself', () => {
    const related = relatedGuides(bySlug('falls-prevention'), all);
    expect(related).toHaveLength(3);
    expect(related.map((g) => g.slug)).not.toContain('falls-prevention');
    expect(related.every((g) => g.theme === 'home-safety')).toBe(true);
    expect(relatedGuides(bySlug('falls-prevention'), [bySlug('falls-prevention')])).toEqual([]);
  });

  it('gives each dementia path its own theme first, then guides from other themes with its topic', () => {
    const caring = pathGuides('caring', all);
    expect(caring.slice(0, 3).every((g) => g.theme === 'caring-dementia')).toBe(true);
    expect(caring.every((g) => g.theme === 'caring-dementia' || g.topics.includes('dementia-carers'))).toBe(true);
    expect(pathGuides('living', all).map((g) => g.slug)).toContain('after-a-dementia-diagnosis');
    expect(pathForTheme('living-with-dementia')).toBe('living');
    expect(pathForTheme('money')).toBeUndefined();
  });
});

describe('near', () => {
  it('keeps the person\'s place on a local search link, and leaves other links alone', () => {
    expect(localSearchHref('dementia-carers', '')).toBe('/services?topic=dementia-carers');
    expect(localSearchHref('dementia-carers', 'BS5 6HN')).toBe('/services?topic=dementia-carers&near=BS5+6HN');
    expect(withNear('/services?topic=social', 'Easton')).toBe('/services?topic=social&near=Easton');
    expect(withNear('/services?topic=social&near=BS3', 'Easton')).toBe('/services?topic=social&near=BS3');
    expect(withNear('/services/national-nhs-111', 'Easton')).toBe('/services/national-nhs-111');
    expect(withNear('https://www.nhs.uk/', 'Easton')).toBe('https://www.nhs.uk/');
    expect(withNear('/services?topic=social', '')).toBe('/services?topic=social');
  });

  it('reads the place from the address first (without storage it is simply unknown)', () => {
    expect(recentNear('?q=falls&near=BS5')).toBe('BS5');
    expect(recentNear('?q=falls')).toBe('');
  });
});
