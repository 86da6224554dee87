import { describe, expect, it } from 'vitest';
import type { Service, Topic } from '../../src/core/model.ts';
import type { Guide } from '../../src/core/guide.ts';
import { buildGuideIndex, buildIndex, indexSize, isBlankQuery, loadIndex, queryTerms, search, searchGuides, serializeIndex } from '../../src/core/search/index.ts';

const topics: Topic[] = [
  { id: 'dementia-people', label: 'Dementia support for people with dementia', icon: 'brain' },
  { id: 'carers', label: "Carers' support", icon: 'heart' },
  { id: 'social', label: 'Social activities and befriending', icon: 'people' },
  { id: 'money', label: 'Money and benefits advice', icon: 'pound' },
  { id: 'digital', label: 'Digital skills and getting online', icon: 'tablet' },
];

const svc = (id: string, name: string, topicIds: string[], description = '', org = '', eligibility = ''): Service => ({
  id,
  name,
  status: 'active',
  topics: topicIds,
  description,
  organization: { id: `org-${id}`, name: org },
  eligibility_description: eligibility,
});

const services: Service[] = [
  svc('memory-cafe', 'Easton Memory Café', ['dementia-people'], 'A relaxed café for people living with memory loss and their families.', 'Easton Friends'),
  svc('knit', 'Knit and Natter', ['social'], 'Bring your knitting. We sometimes chat about caring for someone with dementia.', 'St Marks Church'),
  svc('carers-group', "Bedminster Carers' Group", ['carers'], 'A monthly group where carers share tips.', 'Carers Support Centre', 'Unpaid carers of any age'),
  svc('benefits', 'Pension Credit Checks', ['money'], 'Free help to check you get every benefit you are owed, including attendance allowance.', 'Age UK Bristol'),
  svc('tablet', 'Tablet Tuesdays', ['digital'], 'Learn to use a tablet or smartphone for video calls.', 'Library service', 'People aged 60 and over'),
  svc('dementia-choir', 'Singing for the Brain', ['dementia-people', 'social'], 'Singing familiar songs with others living with dementia.', "Alzheimer's Society"),
];

const index = buildIndex(services, topics);
const ids = (q: string, limit?: number) => search(index, q, { limit }).map((h) => h.id);

describe('search: what people type', () => {
  it('finds a dementia service by a misspelling ("demensia")', () => {
    expect(ids('demensia')).toContain('memory-cafe');
    expect(ids('demensia')).toContain('dementia-choir');
  });

  it('lets "carers", "caring" and "carer" meet', () => {
    for (const q of ['carers', 'caring', 'carer']) expect(ids(q), q).toContain('carers-group');
    expect(queryTerms('carers')).toEqual(queryTerms('caring'));
    expect(queryTerms('carer')).toEqual(queryTerms('caring'));
  });

  it('finds words by their beginning while typing ("bedmin", "pensio")', () => {
    expect(ids('bedmin')).toEqual(['carers-group']);
    expect(ids('pensio')[0]).toBe('benefits');
  });

  it('folds accents and case ("CAFE" finds "Café")', () => {
    expect(ids('CAFE')[0]).toBe('memory-cafe');
  });

  it('searches topic labels, the organisation and who it is for', () => {
    expect(ids('befriending')).toContain('knit');
    expect(ids('alzheimers')).toEqual(['dementia-choir']);
    expect(ids('unpaid')).toEqual(['carers-group']);
  });

  it('ranks a name match above a description mention', () => {
    const hits = search(index, 'knit dementia');
    expect(hits[0].id).toBe('knit');
    expect(ids('dementia').indexOf('knit')).toBeGreaterThan(ids('dementia').indexOf('memory-cafe'));
    expect(ids('memory')[0]).toBe('memory-cafe');
  });

  it('returns scores best first, and honours the limit', () => {
    const hits = search(index, 'dementia');
    expect(hits.length).toBeGreaterThan(1);
    for (let i = 1; i < hits.length; i++) expect(hits[i - 1].score).toBeGreaterThanOrEqual(hits[i].score);
    expect(ids('dementia', 1)).toHaveLength(1);
    expect(ids('dementia', 0)).toEqual([]);
  });

  it('drops stop words, so "help for the carers" searches for help and carers only', () => {
    expect(queryTerms('help for the carers')).toEqual(['help', 'care']);
    expect(ids('the')).toEqual([]);
  });

  it('gives nothing for a blank or junk query, without throwing', () => {
    for (const q of ['', '   ', '\u0000', '😀😀', 'the and of', null, undefined, 42, {}]) {
      expect(search(index, q as string), String(q)).toEqual([]);
    }
    expect(isBlankQuery('  the ')).toBe(true);
    expect(isBlankQuery('lunch')).toBe(false);
    expect(() => search(index, 'x'.repeat(100_000))).not.toThrow();
    expect(() => search(index, 'مساعدة كبار السن')).not.toThrow();
  });

  it('skips a repeated id instead of failing the whole index', () => {
    const twice = buildIndex([...services, svc('knit', 'Another knit', ['social'])], topics);
    expect(indexSize(twice)).toBe(services.length);
  });
});

describe('search: a prebuilt index', () => {
  it('round-trips through serializeIndex/loadIndex with the same results', () => {
    const loaded = loadIndex(serializeIndex(index));
    expect(loaded).toBeDefined();
    for (const q of ['demensia', 'carers', 'bedmin', 'tablet video']) expect(search(loaded!, q)).toEqual(search(index, q));
  });

  it('refuses damaged JSON or another version, so the caller rebuilds', () => {
    expect(loadIndex('not json')).toBeUndefined();
    expect(loadIndex('{"v":0}')).toBeUndefined();
    expect(loadIndex(serializeIndex(index).replace('services-1', 'services-0'))).toBeUndefined();
    expect(loadIndex(serializeIndex(index).replace(/"docs":"[^"]*"/, '"docs":"AAAA"'))).toBeUndefined();
  });
});

describe('searchGuides', () => {
  const guide = (slug: string, title: string, summary: string, topicIds: string[]): Guide => ({
    slug,
    title,
    summary,
    topics: topicIds,
    theme: 't',
    audience: 'both',
    last_reviewed: '2026-01-01',
    sources: [],
    readingMinutes: 3,
    blocks: [],
  });
  const guides = buildGuideIndex(
    [
      guide('scams', 'Spotting and stopping scams', 'How to tell a scam call from a real one.', []),
      guide('carer', 'Looking after yourself as a carer', 'Breaks, support and a carers assessment.', ['carers']),
      guide('tablet', 'First steps with a tablet', 'Switching on, Wi-Fi and video calls.', ['digital']),
    ],
    topics,
  );

  it('finds guides by title, summary and topic label', () => {
    expect(searchGuides(guides, 'scam')[0].id).toBe('scams');
    expect(searchGuides(guides, 'caring')[0].id).toBe('carer');
    expect(searchGuides(guides, 'getting online').map((h) => h.id)).toEqual(['tablet']);
  });

  it('copes with a blank query', () => {
    expect(searchGuides(guides, '')).toEqual([]);
  });
});
