import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { compile, type SourceFile } from '../../src/pipeline/compile.ts';
import { compileGuide } from '../../src/pipeline/guides.ts';
import { HOSTILE, hostileServices } from '../fixtures/hostile-services.ts';

const root = new URL('../../', import.meta.url).pathname;
const read = (p: string): SourceFile => ({ name: p, text: readFileSync(root + p, 'utf8') });
const base = () => ({ config: read('data/config.json'), topics: read('data/topics.json'), themes: read('data/resources/themes.json'), guides: [], today: new Date('2026-12-04T00:00:00Z') });

describe('hostile data', () => {
  it('has a corpus of at least 50 hostile strings', () => {
    expect(HOSTILE.length).toBeGreaterThanOrEqual(50);
  });

  it('in every text field of a service compiles as inert data (text is kept as text, never parsed)', () => {
    const out = compile({ ...base(), services: [{ name: 'data/services/hostile.json', text: JSON.stringify(hostileServices()) }] });
    expect(out.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(out.manifest!.counts.services).toBe(HOSTILE.length);
  });

  it.each(['url', 'email'])('in the %s field is refused with a clear message unless it is a real address', (field) => {
    for (const h of HOSTILE) {
      const s = { ...hostileServices()[0], [field]: h };
      const out = compile({ ...base(), services: [{ name: 'data/services/x.json', text: JSON.stringify([s]) }] });
      const errors = out.problems.filter((p) => p.severity === 'error');
      expect(errors.length, JSON.stringify(h)).toBeGreaterThan(0);
      expect(errors[0].field).toBe(field);
    }
  });

  it('in a phone number is refused, so no tel: link carries it', () => {
    for (const h of HOSTILE) {
      const s = { ...hostileServices()[0], phones: [{ number: h }] };
      const out = compile({ ...base(), services: [{ name: 'data/services/x.json', text: JSON.stringify([s]) }] });
      expect(out.problems.some((p) => p.severity === 'error' && p.field === 'phones[0].number'), JSON.stringify(h)).toBe(true);
    }
  });

  it('in guide front matter and body either fails the build with a message or comes out as plain text', () => {
    const ctx = { topics: new Set(['social']), themes: new Set(['loneliness']), services: new Set<string>() };
    for (const h of HOSTILE) {
      const yaml = JSON.stringify(h);
      const src = `---\nslug: g\ntitle: ${yaml}\ntheme: loneliness\naudience: both\nsummary: ${yaml}\nlast_reviewed: 2026-11-15\nsources:\n  - name: ${yaml}\n    url: ${yaml}\n---\n${h}\n\n[link](${h.replace(/[()\s]/g, '')})\n\n## Where to get help\n\n- [groups](topic:social)\n`;
      const { guide, problems } = compileGuide('g.md', src, ctx);
      if (guide) {
        // Accepted: every link is safe and no block carries markup to be parsed.
        const json = JSON.stringify(guide.blocks);
        expect(json).not.toMatch(/"href":"(javascript|data|vbscript):/i);
        expect(guide.sources.every((s) => /^https:\/\//.test(s.url))).toBe(true);
      } else {
        expect(problems.some((p) => p.severity === 'error' && p.message.length > 10)).toBe(true);
      }
    }
  });
});
