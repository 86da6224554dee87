/**
 * The importer's mapping (src/pipeline/import*.ts), with small inline feeds: HTML → plain text,
 * phone numbers found in text, ORUK v1 and 3.0 shapes, topics, hostile input, duplicate ids.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { validateService } from '../../src/core/validate.ts';
import type { Service } from '../../src/core/model.ts';
import { checkWithData, importFeed, MAX_FEED_BYTES, parseFeed, type Feed, type ImportOptions } from '../../src/pipeline/import.ts';
import { findPhoneNumbers, toPlainLine, toPlainText } from '../../src/pipeline/import-text.ts';
import { chooseTopics, FALLBACK_TOPIC } from '../../src/pipeline/import-topics.ts';
import { slugId } from '../../src/pipeline/import-feed.ts';

const root = new URL('../../', import.meta.url).pathname;
const topics: Set<string> = new Set((JSON.parse(readFileSync(`${root}data/topics.json`, 'utf8')) as { id: string }[]).map((t) => t.id));
const today = new Date('2026-12-04T00:00:00Z');
const opts = (over: Partial<ImportOptions> = {}): ImportOptions => ({ prefix: 'test', topics, today, existingIds: new Map(), keepFirst: false, ...over });
const feedOf = (records: unknown[]): Feed => ({ records, kind: 'test' });
const one = (record: unknown, over: Partial<ImportOptions> = {}) => {
  const r = importFeed(feedOf([record]), opts(over));
  expect(r.problems).toEqual([]);
  return { result: r, service: r.services[0]! };
};

describe('HTML → plain text', () => {
  it('keeps paragraphs as blank-line-separated blocks', () => {
    expect(toPlainText('<p>First paragraph.</p><p>Second paragraph.</p>')).toBe('First paragraph.\n\nSecond paragraph.');
  });
  it('keeps <br> as a line break and drops empty paragraphs', () => {
    expect(toPlainText('<p>Line one<br>Line two<br/>Line three</p><p><br></p><p>&nbsp;</p><p>Next</p>')).toBe('Line one\nLine two\nLine three\n\nNext');
  });
  it('decodes entities and normalises spaces', () => {
    expect(toPlainText('<p>Tea &amp; cake&nbsp;&nbsp; for &pound;2 &ndash; &lsquo;all&rsquo; &#39;welcome&#39; &gt; 60s</p>')).toBe('Tea & cake for £2 – ‘all’ \'welcome\' > 60s');
  });
  it('keeps headings as paragraphs without shouting and lists as bullet lines', () => {
    expect(toPlainText('<h4>What we do</h4><ul><li>Lunch</li><li>Bingo</li></ul>')).toBe('What we do\n\n• Lunch\n• Bingo');
  });
  it('shows a link address only when the link text says nothing', () => {
    expect(toPlainText('<p>Run by <a href="https://ageuk.org.uk">Age UK</a>.</p>')).toBe('Run by Age UK.');
    expect(toPlainText('<p>Book <a href="https://example.org/book">here</a>.</p>')).toBe('Book here (https://example.org/book).');
    expect(toPlainText('<p>Visit <a href="https://example.org">https://example.org</a></p>')).toBe('Visit https://example.org');
    expect(toPlainText('<p><a href="javascript:alert(1)">click here</a></p>')).toBe('click here');
  });
  it('drops scripts, styles, images and comments, and never lets markup through', () => {
    const out = toPlainText('<p>Hello<script>alert(1)</script><style>p{color:red}</style><img src="x" alt="pic" onerror="alert(1)"><!-- note --></p>');
    expect(out).toBe('Hello');
    const encoded = toPlainText('<p>&lt;script&gt;alert(1)&lt;/script&gt; and &lt;b&gt;bold&lt;/b&gt;</p>');
    expect(encoded).not.toMatch(/<\s*\/?\s*(script|b)\b/i);
    expect(toPlainText('<scr<script>ipt>alert(1)</script>')).not.toMatch(/<script/i);
  });
  it('treats text without tags as plain text with its own paragraphs', () => {
    expect(toPlainText('One line.\r\n\r\nAnother &amp; more.\nSame paragraph.')).toBe('One line.\n\nAnother & more.\nSame paragraph.');
    expect(toPlainLine('Coffee & Cake\n club')).toBe('Coffee & Cake club');
    expect(toPlainText('<p><br></p>')).toBe('');
    expect(toPlainText(undefined)).toBe('');
  });
});

describe('phone numbers in text', () => {
  it('finds UK numbers as people write them, formatted the usual way', () => {
    const text = 'Call 0117 922 2000, mobile 07700 900123, free on 0800 123 4567, or (0117) 922 2001. From abroad +44 117 922 2002 or +44 (0)117 922 2003. Also 01179222004, 020 7946 0000, 01482 240133 and 0800 1380990.';
    expect(findPhoneNumbers(text)).toEqual(['0117 922 2000', '07700 900123', '0800 123 4567', '0117 922 2001', '0117 922 2002', '0117 922 2003', '0117 922 2004', '020 7946 0000', '01482 240133', '0800 138 0990']);
  });
  it('finds short helplines such as 116 123, and each number once', () => {
    expect(findPhoneNumbers('Samaritans 116 123. Again: 116123, 0117 922 2000 or 01179222000.')).toEqual(['116 123', '0117 922 2000']);
  });
  it('ignores dates, prices, postcodes, charity numbers and long ids', () => {
    const text = 'Open 2024-01-15 to 01/02/2025, £10.50, BS5 6JH, registered charity 1012345, company 01234567, see facebook.com/groups/317021333815361/ and ref 0000123456789.';
    expect(findPhoneNumbers(text)).toEqual([]);
  });
  it('stops at the number when a year follows it', () => {
    expect(findPhoneNumbers('Call 0117 922 2000 2024 timetable')).toEqual(['0117 922 2000']);
  });
});

describe('reading a feed', () => {
  it('accepts a v1 list, a 3.0 service, an array and a paginated page', () => {
    expect(parseFeed('[{"id":"a","name":"A","pc_metadata":{}}]').feed?.kind).toBe('ORUK v1 /services list');
    expect(parseFeed('{"id":"a","name":"A"}').feed?.records).toHaveLength(1);
    expect(parseFeed('[{"id":"a","name":"A"},{"id":"b","name":"B"}]').feed?.records).toHaveLength(2);
    const page = parseFeed(JSON.stringify({ total_pages: 3, page_number: 1, contents: [{ id: 'a', name: 'A' }] }));
    expect(page.feed?.records).toHaveLength(1);
    expect(page.feed?.warning).toMatch(/page 1 of 3/);
    expect(parseFeed('{"totalPages":1,"content":[{"id":"a","name":"A"}]}').feed?.records).toHaveLength(1);
  });
  it('says clearly what is wrong with anything else', () => {
    expect(parseFeed('not json').problem).toMatch(/^is not JSON \(/);
    expect(parseFeed('42').problem).toMatch(/^is not a list of services: it is a number/);
    expect(parseFeed('{"foo":1,"bar":[]}').problem).toMatch(/it is an object with "foo", "bar" but no services/);
    expect(parseFeed('"text"').problem).toMatch(/it is a string/);
    expect(parseFeed('[]').problem).toBe('has no services (the list is empty)');
    expect(parseFeed('{"contents":[]}').problem).toBe('has no services (the list is empty)');
    expect(parseFeed(' '.repeat(MAX_FEED_BYTES + 1)).problem).toMatch(/larger than 15 MB/);
  });
});

const v1Record = {
  id: '2a3483ea-8966-4f50-9dc3-7bafa1e5c623',
  name: 'Memory Caf&eacute; &amp; Friends',
  description: '<h4>Every Tuesday</h4><p>A friendly café for people living with dementia.<br>Call Jo on 0117 922 2000 or 07700&nbsp;900123.</p><p>Run by volunteers.</p>',
  url: 'www.example.org/memory',
  email: ' hello@example.org ',
  status: 'active',
  fees: '',
  assured_date: '',
  organization: { id: '42d3fa20-b36d-4822-b5dc-68029911caaf', name: 'Example Friends', description: 'Volunteers.\n\nIn Bristol.', url: 'HTTPS://example.org', logo: '', uri: '' },
  pc_metadata: { date_created: '2020-06-05', date_modified: '2023-04-13', date_assured: '2023-04-12' },
  pc_targetAudience: [{ id: 'ChronicallyIll', audienceType: 'Dementia ' }],
};

describe('ORUK v1 records (council /services dumps)', () => {
  it('maps every field to our format, in plain text', () => {
    const { service } = one(v1Record);
    expect(service).toMatchObject({
      id: 'test-2a3483ea-8966-4f50-9dc3-7bafa1e5c623',
      name: 'Memory Café & Friends',
      description: 'Every Tuesday\n\nA friendly café for people living with dementia.\nCall Jo on 0117 922 2000 or 07700 900123.\n\nRun by volunteers.',
      url: 'https://www.example.org/memory',
      email: 'hello@example.org',
      status: 'active',
      assured_date: '2023-04-12',
      organization: { id: 'test-42d3fa20-b36d-4822-b5dc-68029911caaf', name: 'Example Friends', description: 'Volunteers.\n\nIn Bristol.', website: 'https://example.org' },
      phones: [
        { number: '0117 922 2000', description: 'Found in the description' },
        { number: '07700 900123', description: 'Found in the description' },
      ],
    });
    expect(service.topics[0]).toBe('dementia-people');
    expect(service).not.toHaveProperty('fees');
    expect(validateService(service, 0, { topics, today }).filter((p) => p.severity === 'error')).toEqual([]);
  });
  it('counts phones found in text, services without a place, and cleaned-up fields', () => {
    const r = importFeed(feedOf([v1Record, { ...v1Record, id: 'b', url: 'javascript:alert(1)', description: '' }]), opts());
    expect(r.phonesFromText).toBe(2);
    expect(r.servicesWithTextPhones).toBe(1);
    expect(r.withoutLocation).toBe(2);
    expect(r.notes.get('web address dropped (not an http or https address)')).toBe(1);
    expect(r.services[1]).not.toHaveProperty('url');
  });
  it('takes the assured date from assured_date, else pc_metadata', () => {
    expect(one({ ...v1Record, assured_date: '2024-01-02' }).service.assured_date).toBe('2024-01-02');
    expect(one({ ...v1Record, pc_metadata: { date_modified: '2022-05-06', date_assured: '' } }).service.assured_date).toBe('2022-05-06');
    expect(one({ ...v1Record, pc_metadata: {} }).service).not.toHaveProperty('assured_date');
  });
  it('skips a record without a name, with the reason', () => {
    const r = importFeed(feedOf([{ id: 'x', name: '', description: '<p><br></p>' }, v1Record]), opts());
    expect(r.services).toHaveLength(1);
    expect(r.skipped).toEqual([{ record: '#1 (id "x")', reason: 'has no name' }]);
  });
  it('does not repeat a phone the record already gives', () => {
    const { service } = one({ id: 'p', name: 'P', description: 'Ring 0117 922 2000.', phones: [{ number: '01179222000', description: 'Main' }] });
    expect(service.phones).toEqual([{ number: '0117 922 2000', description: 'Main' }]);
  });
});

const v3Service = {
  id: 'ac148810-d857-441c-9679-408f346de14b',
  name: 'Community Counselling',
  description: 'Counselling for people with anxiety or depression.\n\nSessions in person or online.',
  url: 'http://example.com/counselling',
  email: 'email@example.com',
  status: 'temporarily_closed',
  fees: 'Pay what you can',
  minimum_age: 50,
  maximum_age: 100,
  assured_date: '2026-03-15T10:30:45Z',
  alert: 'Closed for <b>Christmas</b>',
  schedules: [
    { freq: 'WEEKLY', interval: 1, byday: 'TH,FR', opens_at: '10:00:00', closes_at: '18:00:00', attending_type: 'In person', description: 'Thursdays and Fridays 10am to 6pm' },
    { freq: 'WEEKLY', byday: 'XX', opens_at: '10:00', description: 'By appointment' },
    { freq: 'MONTHLY' },
  ],
  service_areas: [{ id: 'a1', name: 'Bristol', extent: '{}' }],
  service_at_locations: [
    { id: 's1', location: { id: 'loc-1', location_type: 'physical', name: 'Civic Centre', latitude: '51.4545', longitude: -2.5879, addresses: [{ address_1: '1 Main Street', city: 'Bristol', postal_code: 'bs16jh', country: 'GB' }], accessibility: [{ description: 'Step-free entrance' }] } },
    { id: 's2', location: { id: 'loc-2', name: 'Far away', latitude: 100, longitude: 101, addresses: [{ address_1: 'x', postal_code: 'ABC 1234' }] } },
  ],
  languages: [{ name: 'English', code: 'en' }, { name: 'Polish', code: 'PL' }, { id: 'only-an-id' }],
  organization: { id: 'org-1', name: 'Example Organization', website: 'http://example.com', email: 'org@example.com' },
  cost_options: [{ option: 'Over 60s', amount: '3.5', amount_description: 'per session' }, { amount: -2 }],
  phones: [{ number: '+44 117 496 0000', description: 'Reception' }, { number: 'call us' }],
  attributes: [{ taxonomy_term: { name: 'Mental health', term: 'mental-health' } }],
};

describe('ORUK 3.0 services', () => {
  it('maps schedules, places, languages, costs and phones, keeping only what is valid', () => {
    const { result, service } = one(v3Service);
    expect(service.status).toBe('temporarily closed');
    expect(service.assured_date).toBe('2026-03-15');
    expect(service.alert).toBe('Closed for Christmas');
    expect(service.schedules).toEqual([
      { freq: 'WEEKLY', interval: 1, byday: 'TH,FR', opens_at: '10:00', closes_at: '18:00', attending_type: 'in_person', description: 'Thursdays and Fridays 10am to 6pm' },
      { opens_at: '10:00', description: 'By appointment' },
    ]);
    expect(service.service_areas).toEqual([{ name: 'Bristol' }]);
    expect(service.service_at_locations).toEqual([
      { location: { id: 'test-loc-1', location_type: 'physical', name: 'Civic Centre', latitude: 51.4545, longitude: -2.5879, addresses: [{ address_1: '1 Main Street', city: 'Bristol', postal_code: 'BS1 6JH', country: 'GB' }], accessibility: [{ description: 'Step-free entrance' }] } },
      { location: { id: 'test-loc-2', location_type: 'physical', name: 'Far away' } },
    ]);
    expect(service.languages).toEqual([{ name: 'English', code: 'en' }, { name: 'Polish', code: 'pl' }]);
    expect(service.cost_options).toEqual([{ option: 'Over 60s', amount: 3.5, amount_description: 'per session' }]);
    expect(service.phones).toEqual([{ number: '0117 496 0000', description: 'Reception' }]);
    expect(service.organization).toEqual({ id: 'test-org-1', name: 'Example Organization', website: 'http://example.com', email: 'org@example.com' });
    expect(service.topics).toContain('health');
    expect(service).toMatchObject({ minimum_age: 50, maximum_age: 100, fees: 'Pay what you can' });
    expect(result.withoutLocation).toBe(0);
    expect(result.notes.get('coordinates dropped (not in the UK)')).toBe(1);
    expect(result.notes.get('address dropped (no UK postcode or no street)')).toBe(1);
    expect(result.notes.get('phone number dropped (not a phone number)')).toBe(1);
    expect(validateService(service, 0, { topics, today }).filter((p) => p.severity === 'error')).toEqual([]);
  });
  it('imports the pages of a paginated list', () => {
    const parsed = parseFeed(JSON.stringify({ total_items: 2, total_pages: 1, contents: [v3Service, { ...v3Service, id: 'second' }] }));
    const r = importFeed(parsed.feed!, opts());
    expect(r.services.map((s) => s.id)).toEqual(['test-ac148810-d857-441c-9679-408f346de14b', 'test-second']);
  });
  it('maps unknown statuses to active and says so', () => {
    const { result, service } = one({ id: 'z', name: 'Z', status: 'sleeping' });
    expect(service.status).toBe('active');
    expect(result.notes.get('status not recognised: imported as "active"')).toBe(1);
  });
});

describe('ids', () => {
  it('are valid slugs with the prefix, made from the source id', () => {
    expect(slugId('bristol', 'def5ccd4-f121')).toBe('bristol-def5ccd4-f121');
    expect(slugId('', ' Café / Lunch #1 ')).toBe('Cafe-Lunch-1');
    expect(slugId('p', '<>')).toBeUndefined();
    expect(slugId('p', 'x'.repeat(300))!.length).toBe(128);
    expect(one({ name: 'No id here' }).service.id).toBe('test-No-id-here');
  });
  it('stop the import when two records share one, unless --keep-first', () => {
    const records = [{ id: 'same', name: 'First' }, { id: 'other', name: 'Other' }, { id: 'same', name: 'Second' }];
    const stopped = importFeed(feedOf(records), opts());
    expect(stopped.services).toEqual([]);
    expect(stopped.problems).toEqual(['records #1 "First" and #3 "Second" have the same id "test-same": fix the feed, or run again with --keep-first to import only the first of them']);
    const kept = importFeed(feedOf(records), opts({ keepFirst: true }));
    expect(kept.services.map((s) => s.name)).toEqual(['First', 'Other']);
    expect(kept.skipped).toEqual([{ record: '#3 "Second"', reason: 'has the same id as #1 "First": kept the first (--keep-first)' }]);
  });
  it('stop the import when one is already used in data/', () => {
    const r = importFeed(feedOf([{ id: 'national-samaritans', name: 'Samaritans' }]), opts({ prefix: '', existingIds: new Map([['national-samaritans', 'data/services/national.json']]) }));
    expect(r.problems).toEqual(['record #1 "Samaritans" has the id "national-samaritans", which data/services/national.json already uses: import with another --prefix']);
    expect(r.services).toEqual([]);
  });
});

describe('hostile input', () => {
  const script = '<script>alert(1)</script>';
  const everyField = {
    id: script,
    name: script,
    description: script,
    url: 'javascript:alert(1)',
    email: `${script}@example.org`,
    status: script,
    fees: script,
    alert: script,
    organization: { id: script, name: script, description: script, url: script },
    pc_targetAudience: [{ id: script, audienceType: script }],
    phones: [{ number: script, description: script }],
    schedules: [{ freq: script, description: script }],
    service_areas: [{ name: script }],
    languages: [{ name: script, code: script }],
    service_at_locations: [{ location: { id: script, name: script, addresses: [{ address_1: script, postal_code: script }] } }],
  };
  it('rejects a record with <script> in every field (nothing is left of its name)', () => {
    const r = importFeed(feedOf([everyField]), opts());
    expect(r.services).toEqual([]);
    expect(r.skipped).toEqual([{ record: '#1', reason: 'has no name' }]);
    expect(r.problems[0]).toMatch(/none of the 1 records could be imported \(has no name\)/);
  });
  it('turns scripts mixed with real text into harmless plain text', () => {
    const mixed = Object.fromEntries(Object.entries(everyField).map(([k, v]) => [k, typeof v === 'string' && k !== 'url' ? `${v}Lunch &lt;script&gt;x&lt;/script&gt; club` : v]));
    const { service } = one({ ...mixed, organization: { ...everyField.organization, name: `${script}Friends` } });
    const json = JSON.stringify(service);
    expect(json).not.toMatch(/<\s*\/?\s*script/i);
    expect(json).not.toMatch(/<[a-z/!]/i);
    expect(service.name).toBe('Lunch x club');
    expect(service).not.toHaveProperty('url');
    expect(service).not.toHaveProperty('email');
    expect(service.organization?.name).toBe('Friends');
    expect(validateService(service, 0, { topics, today }).filter((p) => p.severity === 'error')).toEqual([]);
  });
});

describe('topics', () => {
  it('uses the audience, then the name, then the description', () => {
    expect(chooseTopics({ name: 'Tuesday group', description: '', audiences: ['Carers'], terms: [] }, topics).topics[0]).toBe('carers');
    expect(chooseTopics({ name: 'Lunch club', description: 'A hot meal and a chat.', audiences: [], terms: [] }, topics).topics).toEqual(['meals', 'social']);
    expect(chooseTopics({ name: 'Dementia carers group', description: 'For carers of people with dementia.', audiences: [], terms: [] }, topics).topics).toContain('dementia-carers');
    expect(chooseTopics({ name: 'Bristol Bowls', description: 'Bereavement support', audiences: [], terms: [] }, topics).topics).toEqual(['bereavement']);
  });
  it('falls back to "social" and counts it', () => {
    expect(chooseTopics({ name: 'Widget Trust', description: 'We are a trust.', audiences: [], terms: [] }, topics)).toEqual({ topics: [FALLBACK_TOPIC], fallback: true });
    const r = importFeed(feedOf([{ id: 'w', name: 'Widget Trust' }, { id: 'l', name: 'Lunch club' }]), opts());
    expect(r.topicFallbacks).toBe(1);
  });
});

describe('checking against data/', () => {
  const read = (p: string) => ({ name: p, text: readFileSync(root + p, 'utf8') });
  const list = (dir: string, ext: string) => readdirSync(root + dir).filter((f) => f.endsWith(ext) && !f.startsWith('.')).sort().map((f) => read(`${dir}/${f}`));
  const data = () => ({ config: read('data/config.json'), topics: read('data/topics.json'), themes: read('data/resources/themes.json'), services: list('data/services', '.json'), guides: list('data/resources', '.md') });

  it('compiles the new services together with the shipped data', () => {
    const services: Service[] = importFeed(feedOf([v1Record, v3Service]), opts()).services;
    const check = checkWithData(data(), { name: 'data/services/test.json', text: JSON.stringify(services) }, today);
    expect(check.errors).toEqual([]);
    expect(check.total).toBeGreaterThan(2);
    // Only warnings: the v1 record was last checked in 2023, and "Far away" lost its coordinates.
    expect(check.warnings.map((w) => `${w.record} ${w.field}`)).toEqual([
      'test-2a3483ea-8966-4f50-9dc3-7bafa1e5c623 assured_date',
      'test-ac148810-d857-441c-9679-408f346de14b service_at_locations[1].location.latitude',
      'test-ac148810-d857-441c-9679-408f346de14b service_at_locations[1].location.longitude',
    ]);
  });
  it('reports a clash the importer did not see', () => {
    const existing = JSON.parse(data().services[0]!.text) as Service[];
    const check = checkWithData(data(), { name: 'data/services/test.json', text: JSON.stringify([existing[0]]) }, today);
    expect(check.errors.map((e) => e.message)).toEqual([expect.stringMatching(/is used twice/)]);
  });
});
