/**
 * A synthetic national dataset for the data benchmark: N local services at real postcode districts
 * (../shared/data/postcodes, weighted by population where the CSV gives it), jittered within 2 km,
 * with the shipped national services, config, topics and themes (no guides). Deterministic: a
 * seeded PRNG and a fixed reference date, never the clock. One services file per postcode area.
 *
 *   tsx test/bench/generate-national.ts [count=250000] [outDir=.tmp/bench-national-v1-<count>]
 */
import { cpSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Location, Schedule, Service, Topic } from '../../src/core/model.ts';

export const GENERATOR_VERSION = 1;
export const REFERENCE_DATE = '2026-12-04';
const root = resolve(new URL('../../', import.meta.url).pathname);
const POSTCODES = resolve(root, '../shared/data/postcodes');

export function defaultDir(count: number): string {
  return join(root, '.tmp', `bench-national-v${GENERATOR_VERSION}-${count}`);
}

/** mulberry32: small, fast and the same on every machine. */
function prng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)];
  return { next, int, pick, chance: (p: number) => next() < p };
}
type Rng = ReturnType<typeof prng>;

interface District { outcode: string; area: string; lat: number; lng: number; town: string; region: string; weight: number }

function loadDistricts(): District[] {
  const file = join(POSTCODES, 'outcode-centroids.json');
  if (!existsSync(file)) throw new Error(`The benchmark needs ${file} (../shared, see ../shared/README.md).`);
  const raw = JSON.parse(readFileSync(file, 'utf8')) as { outcode: string; lat: number; lng: number; active: boolean; town: string; region: string }[];
  // Population per district from the CSV, when present: services follow people.
  const population = new Map<string, number>();
  const csv = join(POSTCODES, 'postcode-districts.csv');
  if (existsSync(csv)) {
    const [head, ...rows] = readFileSync(csv, 'utf8').trim().split(/\r?\n/);
    const cells = (line: string) => line.split(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/);
    const cols = cells(head);
    const [pc, pop] = [cols.indexOf('Postcode'), cols.indexOf('Population')];
    for (const row of rows) {
      const c = cells(row);
      population.set(c[pc], Number(c[pop]) || 0);
    }
  }
  return raw
    .filter((d) => d.active)
    .map((d) => ({ ...d, area: d.outcode.match(/^[A-Z]+/)![0], town: d.town.split(',')[0].trim() || d.region, weight: population.size ? (population.get(d.outcode) ?? 0) : 1 }))
    .filter((d) => d.weight > 0);
}

/** Splits `count` across districts in proportion to weight (largest remainder, so it adds up exactly). */
function allocate(count: number, ds: District[]): number[] {
  const total = ds.reduce((t, d) => t + d.weight, 0);
  const exact = ds.map((d) => (count * d.weight) / total);
  const out = exact.map(Math.floor);
  const order = exact.map((e, i) => [e - Math.floor(e), i]).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (let k = 0, left = count - out.reduce((t, n) => t + n, 0); k < left; k++) out[order[k][1]]++;
  return out;
}

type Kind = 'weekly' | 'multi' | 'fortnightly' | 'monthly' | 'term' | 'phone' | 'appointment' | 'online';
const KINDS: [string[], string[], Kind[], string][] = [
  [['social'], ['Knit and Natter', 'Coffee Morning', 'Friendship Club', 'Tea Dance', "Men's Shed", 'Singing for Fun', 'Craft Circle', 'Bingo and Chat'], ['weekly', 'fortnightly', 'term'], 'A friendly get-together for older people. Come along for a cup of tea, a chat and to meet new people. You do not need to book.'],
  [['social'], ['Telephone Befriending', 'Friendly Voices'], ['phone'], 'A volunteer rings you every week for a chat. Many people who live alone tell us it is the call they look forward to most.'],
  [['home-safety', 'health'], ['Strength and Balance Class', 'Falls Prevention Class', 'Steady Steps'], ['weekly', 'multi', 'term'], 'Gentle exercises, done sitting or standing, that help you stay steady on your feet. The instructor is trained to work with older people.'],
  [['home-safety'], ['Home Safety Check', 'Handyperson Visits'], ['appointment'], 'A trained visitor checks your home for trip hazards, smoke alarms and warmth, and can fit small aids such as grab rails.'],
  [['dementia-people', 'dementia-carers'], ['Memory Café', 'Singing for the Brain', 'Forget-Me-Not Club'], ['monthly', 'fortnightly'], 'A relaxed afternoon for people living with memory loss and the people who support them, with music, chat and tea and cake.'],
  [['carers', 'dementia-carers'], ["Carers' Support Group", "Carers' Drop-in"], ['monthly', 'fortnightly'], 'Carers meet to share tips and support each other. A carers adviser comes along to answer questions.'],
  [['digital', 'scams'], ['Tech Help Drop-in', 'Digital Champions', 'Tablet Taster Sessions'], ['weekly', 'term', 'online'], 'Bring your phone, tablet or laptop and get help from a patient volunteer with email, video calls and the NHS App.'],
  [['health', 'social'], ['Chair Yoga', 'Seated Exercise', 'Health Walk', 'Tai Chi for Beginners'], ['weekly', 'multi'], 'A gentle class to keep you moving, at your own pace. Wear comfortable clothes and bring a bottle of water.'],
  [['money'], ['Benefits Advice Surgery', 'Pension Credit Help', 'Money Advice'], ['appointment', 'phone'], 'Free, confidential help to check you get all the money you are entitled to, including Pension Credit and Attendance Allowance.'],
  [['transport'], ['Community Transport', 'Dial-a-Ride', 'Volunteer Car Scheme'], ['phone'], 'Door-to-door transport for people who find buses hard to use. Book at least two days ahead.'],
  [['housing', 'home-safety'], ['Home Adaptations Advice', 'Staying Put Service'], ['appointment', 'phone'], 'Advice and practical help with adaptations such as stair rails, level-access showers and ramps.'],
  [['meals', 'social'], ['Lunch Club', 'Community Lunch', 'Shopping Help'], ['weekly', 'multi'], 'A hot two-course lunch with good company. Tell us about any special diet when you book.'],
  [['bereavement'], ['Bereavement Café', 'Bereavement Support Group'], ['monthly'], 'A gentle space to talk with others who have lost someone close. Come as often or as rarely as you like.'],
  [['scams', 'digital'], ['Scams Awareness Talk', 'Stay Safe Sessions'], ['monthly'], 'Learn how to spot scam calls, letters and messages, and what to do if you are worried. Bring your questions.'],
];
const EXTRA = ['Tea, coffee and biscuits are provided.', 'Please tell us if you need help getting there.', 'Carers and family members are welcome too.', 'There is a small car park and a bus stop outside.', ''];
const VENUES = ["St Mary's Church Hall", 'Community Centre', 'Library', 'Methodist Church Hall', 'Village Hall', 'Baptist Church', 'Friends Meeting House', 'Community Hub', 'Sports and Social Club', 'Memorial Hall'];
const STREETS = ['High Street', 'Church Road', 'Station Road', 'Park Road', 'Victoria Road', 'Green Lane', 'Mill Lane', 'Queen Street', 'London Road', 'School Lane', 'Market Place', 'Chapel Street'];
const ORGS = ['Friends Group', 'Community Association', "Older People's Forum", 'Good Neighbours', 'Age Well', 'Community Trust', 'Befriending Network', 'Carers Centre', 'Volunteer Centre'];
const ACCESS: [string, boolean | undefined][] = [
  ['Level access, automatic doors and an accessible toilet. Hearing loop in the main hall.', true],
  ['Step-free entrance from the car park at the back; accessible toilet.', true],
  ['Two steps at the front door and no ramp. Toilets are upstairs.', false],
  ['Please phone ahead to ask about access.', undefined],
];
const LANGS: [string, string][] = [['Polish', 'pl'], ['Punjabi', 'pa'], ['Urdu', 'ur'], ['Bengali', 'bn'], ['Somali', 'so'], ['Gujarati', 'gu']];
const DAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA'] as const;
const DAY_NAMES: Record<string, string> = { MO: 'Monday', TU: 'Tuesday', WE: 'Wednesday', TH: 'Thursday', FR: 'Friday', SA: 'Saturday' };
const HOURS: [string, string][] = [['10:00', '12:00'], ['14:00', '16:00'], ['13:30', '15:30'], ['10:30', '12:30'], ['11:00', '14:00'], ['18:30', '20:00']];
/** Ofcom's numbers reserved for drama: never a real line. Each gives 1,000 numbers (last 3 digits). */
const DRAMA: Record<string, string> = { London: '020 7946 0', 'Yorkshire and The Humber': '0113 496 0', 'North West': '0161 496 0', 'West Midlands': '0121 496 0', 'East Midlands': '0115 496 0', 'North East': '0191 498 0', 'South West': '0117 496 0', Scotland: '0131 496 0', Wales: '029 2018 0' };
const INCODE_LETTERS = 'ABDEFGHJLNPQRSTUWXYZ';

/** "13:30" → "1:30pm", "12:00" → "12 noon", as people write times. */
function words(t: string): string {
  const [h, m] = t.split(':').map(Number);
  if (h === 12 && m === 0) return '12 noon';
  return `${h % 12 || 12}${m ? `:${String(m).padStart(2, '0')}` : ''}${h < 12 ? 'am' : 'pm'}`;
}
const slugify = (s: string) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
const isoDaysBefore = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) - days * 86_400_000).toISOString().slice(0, 10);

function schedules(kind: Kind, r: Rng): Schedule[] {
  const [opens, closes] = r.pick(HOURS);
  const day = r.pick(DAYS.slice(0, 5));
  const when = `${words(opens)} to ${words(closes)}`;
  switch (kind) {
    case 'weekly':
    case 'online': {
      const d = r.chance(0.1) ? 'SA' : day;
      return [{ freq: 'WEEKLY', interval: 1, byday: d, opens_at: opens, closes_at: closes, attending_type: kind === 'online' ? 'online' : 'in_person', description: `Every ${DAY_NAMES[d]}, ${when}${kind === 'online' ? ', on Zoom' : ''}` }];
    }
    case 'multi': {
      const days = r.pick([['MO', 'WE', 'FR'], ['TU', 'TH'], ['MO', 'TH']]);
      return [{ freq: 'WEEKLY', interval: 1, byday: days.join(','), opens_at: opens, closes_at: closes, attending_type: 'in_person', description: `${days.map((d) => `${DAY_NAMES[d]}s`).join(' and ').replace(/s and (?=.* and )/g, 's, ')}, ${when}` }];
    }
    case 'fortnightly': // 2026-01-05 was a Monday.
      return [{ freq: 'WEEKLY', interval: 2, byday: day, dtstart: isoDaysBefore('2026-01-05', -(DAYS.indexOf(day) + 7 * r.int(0, 20))), opens_at: opens, closes_at: closes, attending_type: 'in_person', description: `Every other ${DAY_NAMES[day]}, ${when}` }];
    case 'monthly': {
      const n = r.pick([1, 2, 3, -1]);
      return [{ freq: 'MONTHLY', interval: 1, byday: `${n}${day}`, opens_at: opens, closes_at: closes, attending_type: 'in_person', description: `${['Last', '', 'First', 'Second', 'Third'][n + 1]} ${DAY_NAMES[day]} of the month, ${when}` }];
    }
    case 'term':
      return [{ freq: 'WEEKLY', interval: 1, byday: day, opens_at: opens, closes_at: closes, valid_from: '2026-09-07', valid_to: '2027-07-16', attending_type: 'in_person', description: `${DAY_NAMES[day]}s in term time, ${when}` }];
    case 'phone': {
      const shut = r.pick(['17:00', '16:00', '13:00']);
      return [{ freq: 'WEEKLY', interval: 1, byday: 'MO,TU,WE,TH,FR', opens_at: '09:00', closes_at: shut, attending_type: 'phone', description: `Phone lines are open on weekdays, 9am to ${words(shut)}` }];
    }
    case 'appointment':
      return [{ attending_type: 'in_person', description: 'By appointment: phone to book a time that suits you' }];
  }
}

interface Pools { venues: Location[]; orgs: { id: string; name: string; slug: string }[] }

function pools(d: District, n: number, r: Rng): Pools {
  const venues = Array.from({ length: Math.max(2, Math.ceil(n / 4)) }, (_, k): Location => {
    const [dist, angle] = [2 * Math.sqrt(r.next()), 2 * Math.PI * r.next()];
    const lat = Math.min(60.85, Math.max(49.85, d.lat + (dist * Math.cos(angle)) / 111.2));
    const lng = Math.min(1.75, Math.max(-8.65, d.lng + (dist * Math.sin(angle)) / (111.2 * Math.cos((d.lat * Math.PI) / 180))));
    const [access, stepFree] = r.pick(ACCESS);
    const incode = `${r.int(0, 9)}${r.pick([...INCODE_LETTERS])}${r.pick([...INCODE_LETTERS])}`;
    const name = r.chance(0.4) ? `${d.town} ${r.pick(VENUES)}` : r.pick(VENUES);
    const loc: Location = { id: `loc-${d.outcode.toLowerCase()}-${k}`, location_type: 'physical', name, latitude: +lat.toFixed(5), longitude: +lng.toFixed(5), addresses: [{ address_1: `${r.int(1, 220)} ${r.pick(STREETS)}`, city: d.town, postal_code: `${d.outcode} ${incode}`, country: 'GB' }], accessibility: [{ description: access }] };
    if (stepFree !== undefined) loc.step_free = stepFree;
    return loc;
  });
  const orgs = Array.from({ length: Math.max(2, Math.ceil(n / 3)) }, (_, k) => {
    const name = `${d.town} ${r.pick(ORGS)}`;
    return { id: `org-${d.outcode.toLowerCase()}-${k}`, name, slug: `${slugify(name)}-${d.outcode.toLowerCase()}-${k}` };
  });
  return { venues, orgs };
}

function service(d: District, i: number, p: Pools, topics: Set<string>, r: Rng): Service {
  const [kindTopics, names, kinds, description] = r.pick(KINDS);
  const kind = r.pick(kinds);
  const name = r.chance(0.3) ? `${d.town} ${r.pick(names)}` : r.pick(names);
  const org = r.pick(p.orgs);
  const amount = r.chance(0.35) ? r.pick([1, 1.5, 2, 2.5, 3, 3.5, 4, 5]) : 0;
  const s: Service = {
    id: `${d.outcode.toLowerCase()}-${slugify(name)}-${i.toString(36)}`,
    name,
    description: [description, r.pick(EXTRA)].filter(Boolean).join('\n\n'),
    organization: { id: org.id, name: org.name, description: `A volunteer-led group supporting older people in ${d.town}.`, website: `https://example.org/${org.slug}` },
    status: r.chance(0.97) ? 'active' : r.pick(['temporarily closed', 'inactive'] as const),
    assured_date: isoDaysBefore(REFERENCE_DATE, r.chance(0.97) ? r.int(1, 330) : r.int(400, 600)),
    fees: amount ? `£${amount.toFixed(2)} a session` : 'Free',
    cost_options: amount ? [{ option: 'Per session', amount, amount_description: 'Includes tea and biscuits' }] : [],
    languages: [{ name: 'English', code: 'en' }],
    topics: kindTopics.filter((t) => topics.has(t)),
    phones: [],
    schedules: schedules(kind, r),
    service_areas: [{ name: d.town }],
    service_at_locations: [{ location: r.pick(p.venues) }],
    demonstration: true,
  };
  if (!s.topics.length) s.topics = [[...topics][0]];
  if (r.chance(0.8)) s.url = `https://example.org/${org.slug}/${slugify(name)}`;
  if (r.chance(0.8)) s.email = `${org.slug}@example.org`;
  if (r.chance(0.6)) [s.eligibility_description, s.minimum_age] = r.chance(0.8) ? ['People aged 60 and over', 60] : ['People aged 50 and over', 50];
  if (d.region === 'Wales' && r.chance(0.4)) s.languages!.push({ name: 'Welsh', code: 'cy' });
  else if (r.chance(0.1)) s.languages!.push(((l) => ({ name: l[0], code: l[1] }))(r.pick(LANGS)));
  if (r.chance(0.03)) s.alert = r.pick(['Closed over the Christmas holidays', 'Moving to a new venue in the spring: phone to check', 'Not running in August']);
  const prefix = r.chance(0.15) ? '01632 960' : (DRAMA[d.region] ?? '01632 960');
  if (kind === 'phone' || kind === 'appointment' || r.chance(0.8)) s.phones!.push({ number: `${prefix}${String(r.int(0, 999)).padStart(3, '0')}`, description: kind === 'phone' ? 'Booking and enquiries' : 'Main number' });
  if (kind !== 'phone' && r.chance(0.2)) s.schedules!.push({ freq: 'WEEKLY', interval: 1, byday: 'MO,TU,WE,TH,FR', opens_at: '09:30', closes_at: '15:00', attending_type: 'phone', description: 'Phone for information on weekdays, 9:30am to 3pm' });
  return s;
}

/** Writes the dataset to `dir` (replaced in one rename) unless it is already there; returns `dir`. */
export function generateNational(count = 250_000, dir = defaultDir(count), seed = 20261204): string {
  if (existsSync(join(dir, 'generator.json'))) return dir;
  const r = prng(seed);
  const districts = loadDistricts().sort((a, b) => (a.outcode < b.outcode ? -1 : 1));
  const counts = allocate(count, districts);
  const tmp = `${dir}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(join(tmp, 'services'), { recursive: true });
  mkdirSync(join(tmp, 'resources'));
  const topics = JSON.parse(readFileSync(join(root, 'data', 'topics.json'), 'utf8')) as Topic[];
  const config = JSON.parse(readFileSync(join(root, 'data', 'config.json'), 'utf8')) as { area_name: string; areas: string[] };
  const areas = [...new Set(districts.map((d) => d.area))].sort();
  writeFileSync(join(tmp, 'config.json'), JSON.stringify({ ...config, area_name: 'United Kingdom (synthetic benchmark)', areas }, null, 2));
  cpSync(join(root, 'data', 'topics.json'), join(tmp, 'topics.json'));
  cpSync(join(root, 'data', 'resources', 'themes.json'), join(tmp, 'resources', 'themes.json'));
  if (existsSync(join(root, 'data', 'services', 'national.json'))) cpSync(join(root, 'data', 'services', 'national.json'), join(tmp, 'services', 'national.json'));
  const topicIds = new Set(topics.map((t) => t.id));
  for (const area of areas) {
    const list: Service[] = [];
    districts.forEach((d, k) => {
      if (d.area !== area || !counts[k]) return;
      const p = pools(d, counts[k], r);
      for (let i = 0; i < counts[k]; i++) list.push(service(d, i, p, topicIds, r));
    });
    writeFileSync(join(tmp, 'services', `${area.toLowerCase()}.json`), JSON.stringify(list));
  }
  writeFileSync(join(tmp, 'generator.json'), JSON.stringify({ version: GENERATOR_VERSION, count, seed, reference_date: REFERENCE_DATE }));
  rmSync(dir, { recursive: true, force: true });
  renameSync(tmp, dir);
  return dir;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const count = Number(process.argv[2] ?? 250_000);
  const started = Date.now();
  const dir = generateNational(count, process.argv[3] ? resolve(process.argv[3]) : defaultDir(count));
  console.log(`${count} synthetic services in ${dir} (${Date.now() - started} ms)`);
}
