import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('../../src/i18n/locales/', import.meta.url).pathname;
const LANGUAGES = ['cy', 'pl', 'pa', 'ur'];

function load(lng: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (obj: Record<string, unknown>, prefix: string) => {
    for (const [k, v] of Object.entries(obj)) {
      if (v && typeof v === 'object') walk(v as Record<string, unknown>, `${prefix}${k}.`);
      else out[`${prefix}${k}`] = String(v);
    }
  };
  const dir = join(root, lng);
  for (const f of existsSync(dir) ? readdirSync(dir).filter((x) => x.endsWith('.json')) : []) walk(JSON.parse(readFileSync(join(dir, f), 'utf8')), '');
  return out;
}

const PLURAL = /_(zero|one|two|few|many|other)$/;
const placeholders = (s: string) => [...s.matchAll(/\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]).sort();

const en = load('en');
const plainKeys = Object.keys(en).filter((k) => !PLURAL.test(k));
const pluralBases = [...new Set(Object.keys(en).filter((k) => PLURAL.test(k)).map((k) => k.replace(PLURAL, '')))];

describe('English strings', () => {
  it('exist and every plural has "one" and "other"', () => {
    expect(plainKeys.length).toBeGreaterThan(100);
    for (const base of pluralBases) expect([en[`${base}_one`], en[`${base}_other`]], base).not.toContain(undefined);
  });
});

describe.each(LANGUAGES)('%s translation', (lng) => {
  const tr = load(lng);
  it('has every key English has, with the same placeholders', () => {
    const missing = plainKeys.filter((k) => tr[k] === undefined || tr[k].trim() === '');
    expect(missing, `${lng}: missing keys`).toEqual([]);
    const mismatched = plainKeys.filter((k) => tr[k] !== undefined && placeholders(tr[k]).join() !== placeholders(en[k]).join());
    expect(mismatched, `${lng}: placeholder mismatch`).toEqual([]);
  });

  it("has every plural form the language's grammar needs", () => {
    const categories = new Intl.PluralRules(lng).resolvedOptions().pluralCategories;
    const missing = pluralBases.flatMap((base) => categories.filter((c) => tr[`${base}_${c}`] === undefined).map((c) => `${base}_${c}`));
    expect(missing, `${lng}: missing plural forms`).toEqual([]);
    const bad = pluralBases.flatMap((base) => categories.filter((c) => tr[`${base}_${c}`] !== undefined && placeholders(tr[`${base}_${c}`]).join() !== placeholders(en[`${base}_other`]).join()).map((c) => `${base}_${c}`));
    expect(bad, `${lng}: plural placeholder mismatch`).toEqual([]);
  });

  it('has no keys English does not have', () => {
    const extra = Object.keys(tr).filter((k) => en[k] === undefined && !(PLURAL.test(k) && pluralBases.includes(k.replace(PLURAL, ''))));
    expect(extra).toEqual([]);
  });
});
