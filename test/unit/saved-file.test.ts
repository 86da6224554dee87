import { describe, expect, it } from 'vitest';
import { compile } from '../../src/pipeline/compile.ts';
import { readDataDir } from '../../src/pipeline/read-data.ts';
import type { Guide } from '../../src/core/guide.ts';
import type { Service } from '../../src/core/model.ts';
import {
  buildSavedFile, checkFileSize, looksLikeWebCode, MAX_FILE_BYTES, readSavedFile, validateSavedFile, type SavedFile, type SavedSnapshot,
} from '../../src/core/saved-file.ts';
import { mergeSaved } from '../../src/saved/merge.ts';
import { parseClock, readDateText } from '../../src/saved/date-text.ts';

// The real directory, compiled as `npm run data` does, so every real record must survive a round trip.
const out = compile({ ...readDataDir('data'), today: new Date('2026-12-01T00:00:00Z') });
const parse = (prefix: string) => out.files.filter((f) => f.name.startsWith(`files/${prefix}`)).flatMap((f) => JSON.parse(f.content) as unknown[]);
const services = parse('services-') as Service[];
const guides = parse('guides-') as Guide[];
const AT = '2026-12-03T10:00:00.000Z';

function snapshot(svc: Service[] = services.slice(0, 3), gd: Guide[] = guides.slice(0, 2)): SavedSnapshot {
  const items = [
    ...svc.map((s) => ({ id: `service:${s.id}`, kind: 'service' as const, refId: s.id, listId: 'list-mum', savedAt: AT, record: s })),
    ...gd.map((g) => ({ id: `guide:${g.slug}`, kind: 'guide' as const, refId: g.slug, listId: 'my-list', savedAt: AT, record: g })),
  ];
  return {
    lists: [
      { id: 'my-list', name: '', createdAt: AT },
      { id: 'list-mum', name: 'For Mum', createdAt: AT },
    ],
    items,
    notes: [{ id: items[0].id, text: 'Call back Friday.\nAsk about transport.', updatedAt: AT }],
    tracker: [{ id: items[0].id, status: 'contacted', next: '2026-12-11T10:00', log: [{ at: '2026-12-03', text: 'Phoned, call back Friday' }], updatedAt: AT }],
  };
}
const file = (s: SavedSnapshot = snapshot()): SavedFile => JSON.parse(JSON.stringify(buildSavedFile(s, new Date(AT)))) as SavedFile;
const codes = (value: unknown) => {
  const r = validateSavedFile(value);
  return r.ok ? [] : r.problems.map((p) => `${p.code}@${p.at}`);
};

describe('saved-list file: what a person exported comes back', () => {
  it('has real services and guides to test with', () => {
    expect(services.length).toBeGreaterThan(100);
    expect(guides.length).toBeGreaterThan(10);
  });

  it('accepts every real service and guide in the directory, after a trip through JSON text', () => {
    const r = readSavedFile(JSON.stringify(file(snapshot(services, guides))));
    expect(r.ok ? 'ok' : r.problems).toBe('ok');
  });

  it('accepts an empty export', () => {
    expect(codes(file({ lists: [], items: [], notes: [], tracker: [] }))).toEqual([]);
  });
});

describe('saved-list file: a broken, huge, foreign or hostile file is refused whole, with the reason', () => {
  it('refuses a file over 5 MB before it is read, and an empty one', () => {
    expect(checkFileSize(50 * 1024 * 1024)).toEqual({ code: 'too-big', at: '' });
    expect(checkFileSize(MAX_FILE_BYTES + 1)?.code).toBe('too-big');
    expect(checkFileSize(MAX_FILE_BYTES)).toBeUndefined();
    expect(checkFileSize(0)?.code).toBe('empty');
    expect(readSavedFile(' '.repeat(MAX_FILE_BYTES + 1))).toMatchObject({ ok: false });
  });

  it('says "not JSON", "not ours" and "another version" plainly', () => {
    expect(readSavedFile('This is a shopping list {')).toEqual({ ok: false, problems: [{ code: 'not-json', at: '' }] });
    expect(codes({ items: [] })).toEqual(['not-ours@']);
    expect(codes([1, 2, 3])).toEqual(['not-ours@']);
    expect(codes({ ...file(), version: 2 })).toEqual(['version@']);
    expect(codes({ ...file(), version: '1' })).toEqual(['version@']);
  });

  it('refuses script in any field, and unsafe addresses, saying where', () => {
    const f = file();
    (f.items[0].record as Service).name = '<script>alert(1)</script>';
    expect(codes(f)).toEqual(['web-code@items[0].record.name']);
    const notes = file();
    notes.notes[0].text = 'fine <img src=x onerror=alert(1)>';
    expect(codes(notes)).toEqual(['web-code@notes[0].text']);
    for (const url of ['javascript:alert(1)', ' JavaScript:alert(1)', 'java\tscript:alert(1)', 'data:text/html,<b>', 'vbscript:x', '//evil.example/']) {
      const u = file();
      (u.items[0].record as Service).url = url;
      expect(codes(u), url).toEqual(['web-code@items[0].record.url']);
    }
    const key = JSON.parse(JSON.stringify(file()).replace('"name":""', '"__proto__":{"polluted":true},"name":""'));
    expect(codes(key)).toEqual(['web-code@lists[0].__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('lets ordinary text through: "a < b", "<3", times like 10:30 and words like description', () => {
    for (const s of ['Age < 65 welcome', 'Thanks <3', 'Opens 10:30', 'Scripture reading group', 'Note: bring ID']) expect(looksLikeWebCode(s), s).toBe(false);
  });

  it('refuses wrong types, unknown lists, and notes or tracker entries for items not in the file', () => {
    const wrong = file();
    (wrong.items[0].record as unknown as Record<string, unknown>).phones = [{ number: 123 }];
    expect(codes(wrong)).toEqual(['bad-field@items[0].record.phones']);
    const list = file();
    list.items[0].listId = 'list-nowhere';
    expect(codes(list)).toEqual(['bad-field@items[0].listId']);
    const orphan = file();
    orphan.notes[0].id = 'service:not-here';
    expect(codes(orphan)).toEqual(['bad-field@notes[0]']);
    const guideTracker = file();
    guideTracker.tracker[0].id = guideTracker.items.find((i) => i.kind === 'guide')!.id;
    expect(codes(guideTracker)).toEqual(['bad-field@tracker[0]']);
    const status = file();
    (status.tracker[0] as unknown as Record<string, unknown>).status = 'maybe';
    expect(codes(status)).toEqual(['bad-field@tracker[0]']);
    const mismatch = file();
    mismatch.items[0].refId = 'something-else';
    expect(codes(mismatch)).toEqual(['bad-field@items[0].id']);
    const twice = file();
    twice.items.push(twice.items[0]);
    expect(codes(twice)).toContain(`bad-field@items[${twice.items.length - 1}].id`);
  });

  it('refuses too many items and absurd nesting', () => {
    const many = file();
    many.items = Array.from({ length: 2001 }, () => many.items[0]);
    expect(codes(many)[0]).toMatch(/^too-many@items/);
    let deep: unknown = 'x';
    for (let i = 0; i < 100; i++) deep = [deep];
    const nested = file();
    (nested.items[0].record as unknown as Record<string, unknown>).extra = deep;
    expect(codes(nested)[0]).toMatch(/^too-many@/);
  });
});

describe('importing merges without duplicates', () => {
  it('adds everything to an empty device, then nothing the second time', () => {
    const incoming = file();
    const first = mergeSaved({ lists: [], items: [], notes: [], tracker: [] }, incoming);
    expect(first.added).toEqual({ items: 5, lists: 1 });
    const after: SavedSnapshot = first.put;
    const second = mergeSaved(after, incoming);
    expect(second.put).toEqual({ lists: [], items: [], notes: [], tracker: [] });
    expect(second.alreadyHere).toBe(5);
  });

  it('joins a list of the same name, keeps the device\'s notes, and adds only new log lines', () => {
    const local: SavedSnapshot = {
      lists: [{ id: 'my-list', name: '', createdAt: AT }, { id: 'list-local', name: 'for mum', createdAt: AT }],
      items: [],
      notes: [{ id: `service:${services[0].id}`, text: 'Mine', updatedAt: AT }],
      tracker: [{ id: `service:${services[0].id}`, status: 'going', log: [{ at: '2026-12-01', text: 'Went' }], updatedAt: AT }],
    };
    const merged = mergeSaved(local, file());
    expect(merged.put.lists).toEqual([]);
    expect(new Set(merged.put.items.filter((i) => i.kind === 'service').map((i) => i.listId))).toEqual(new Set(['list-local']));
    expect(merged.put.notes).toEqual([]);
    expect(merged.put.tracker).toEqual([{ ...local.tracker[0], log: [{ at: '2026-12-01', text: 'Went' }, { at: '2026-12-03', text: 'Phoned, call back Friday' }] }]);
  });
});

describe('the tracker date boxes', () => {
  it('reads times as people write them', () => {
    expect(['10am', '10 AM', '2:30pm', '14:00', '14.00', '9', 'noon', '12am'].map(parseClock)).toEqual(['10:00', '10:00', '14:30', '14:00', '14:00', '09:00', '12:00', '00:00']);
    expect(['25:00', '13pm', '10:75', 'soon', ''].map(parseClock)).toEqual([undefined, undefined, undefined, undefined, undefined]);
  });

  it('needs a whole, real date, and a date for any time', () => {
    expect(readDateText({ day: '18', month: '1', year: '2030', time: '10am' })).toEqual({ ok: true, next: '2030-01-18T10:00' });
    expect(readDateText({ day: '', month: '', year: '', time: '' })).toEqual({ ok: true });
    expect(readDateText({ day: '31', month: '2', year: '2030', time: '' })).toMatchObject({ ok: false, problem: 'bad-date' });
    expect(readDateText({ day: '', month: '', year: '', time: '2pm' })).toMatchObject({ ok: false, problem: 'missing-date' });
    expect(readDateText({ day: '1', month: '2', year: '30', time: '' })).toMatchObject({ ok: false, problem: 'bad-date' });
    expect(readDateText({ day: '1', month: '2', year: '2030', time: 'teatime' })).toMatchObject({ ok: false, field: 'time', problem: 'bad-time' });
  });
});
