/**
 * Find support: which services answer a search, in what order. Pure: the caller supplies the
 * dataset, the keyword hits (from the search index), the resolved place and the clock.
 */
import { isFree, isNational, physicalLocations, type Service } from './model.ts';
import { radiusById, serviceDistanceKm, type RadiusId } from './distance.ts';
import { isOpenThisWeek, openingState, regionForService, defaultAttendingType, type OpeningState } from './schedule/index.ts';

export type Audience = 'me' | 'carer' | 'dementia';
export type HowToAttend = 'in_person' | 'phone' | 'online';
export type SortOrder = 'nearest' | 'match' | 'checked' | 'az';

export interface FindQuery {
  q: string;
  near: string;
  radius: RadiusId;
  topic: string;
  open: '' | 'now' | 'week';
  free: boolean;
  for: '' | Audience;
  how: '' | HowToAttend;
  stepFree: boolean;
  sort: '' | SortOrder;
}

export const EMPTY_QUERY: FindQuery = { q: '', near: '', radius: 'bus', topic: '', open: '', free: false, for: '', how: '', stepFree: false, sort: '' };

const pick = <T extends string>(value: string | null | undefined, allowed: readonly T[], fallback: T): T => (allowed.includes(value as T) ? (value as T) : fallback);

/** URL → query. Unknown values fall back to defaults so a mangled link still shows something. */
export function parseQuery(params: URLSearchParams): FindQuery {
  return {
    q: (params.get('q') ?? '').slice(0, 200),
    near: (params.get('near') ?? '').slice(0, 100),
    radius: radiusById(params.get('radius'))?.id ?? EMPTY_QUERY.radius,
    topic: (params.get('topic') ?? '').slice(0, 60),
    open: pick(params.get('open'), ['', 'now', 'week'], ''),
    free: params.get('free') === '1',
    for: pick(params.get('for'), ['', 'me', 'carer', 'dementia'], ''),
    how: pick(params.get('how'), ['', 'in_person', 'phone', 'online'], ''),
    stepFree: params.get('stepfree') === '1',
    sort: pick(params.get('sort'), ['', 'nearest', 'match', 'checked', 'az'], ''),
  };
}

/** Query → URL, leaving out defaults so shared links stay short. */
export function queryToParams(q: FindQuery): URLSearchParams {
  const p = new URLSearchParams();
  if (q.q) p.set('q', q.q);
  if (q.near) p.set('near', q.near);
  if (q.near && q.radius !== EMPTY_QUERY.radius) p.set('radius', q.radius);
  if (q.topic) p.set('topic', q.topic);
  if (q.open) p.set('open', q.open);
  if (q.free) p.set('free', '1');
  if (q.for) p.set('for', q.for);
  if (q.how) p.set('how', q.how);
  if (q.stepFree) p.set('stepfree', '1');
  if (q.sort) p.set('sort', q.sort);
  return p;
}

export interface FindResult {
  service: Service;
  distanceKm?: number;
  national: boolean;
  state: OpeningState;
  score: number;
}

export interface FindOutput {
  /** Local services with a place inside the radius (or anywhere when no place was given). */
  local: FindResult[];
  /** Local services with no mapped place: listed after, never hidden. */
  unplaced: FindResult[];
  /** National helplines and online services that match: "anywhere in the UK". */
  national: FindResult[];
  /** How many local services a wider radius would add (for the no-results advice). */
  outsideRadius: number;
}

const CARER_TOPICS = new Set(['carers', 'dementia-carers']);

function forAudience(s: Service, who: FindQuery['for']): boolean {
  if (!who) return true;
  if (who === 'dementia') return s.topics.some((t) => t === 'dementia-people' || t === 'dementia-carers');
  if (who === 'carer') return s.topics.some((t) => CARER_TOPICS.has(t));
  return !s.topics.every((t) => CARER_TOPICS.has(t));
}

function attends(s: Service, how: FindQuery['how']): boolean {
  if (!how) return true;
  if (how === 'in_person') return physicalLocations(s).length > 0;
  if (how === 'phone') return (s.phones ?? []).length > 0;
  return (s.service_at_locations ?? []).some((l) => l.location.location_type === 'virtual');
}

function stepFree(s: Service): boolean {
  return physicalLocations(s).some((l) => l.step_free === true);
}

export interface FindContext {
  services: readonly Service[];
  /** Keyword hits by service id (score); undefined when there are no keywords. */
  hits?: ReadonlyMap<string, number>;
  /** The resolved "where", if any. */
  where?: { lat: number; lng: number };
  now: Date;
}

export function findServices(query: FindQuery, ctx: FindContext): FindOutput {
  const radiusKm = radiusById(query.radius)?.km ?? Infinity;
  const out: FindOutput = { local: [], unplaced: [], national: [], outsideRadius: 0 };
  for (const s of ctx.services) {
    if (s.status === 'defunct' || s.status === 'inactive') continue;
    const score = ctx.hits ? ctx.hits.get(s.id) : 0;
    if (score === undefined) continue;
    if (query.topic && !s.topics.includes(query.topic)) continue;
    if (query.free && !isFree(s)) continue;
    if (!forAudience(s, query.for) || !attends(s, query.how)) continue;
    if (query.stepFree && !stepFree(s)) continue;
    const opts = { region: regionForService(s), defaultAttending: defaultAttendingType(s) };
    // Working out opening times is the costly part of a search, and a page shows 20 results:
    // only the "open" filters need it for every service; otherwise it is worked out when read.
    let state: OpeningState | undefined;
    const stateOf = (): OpeningState => (state ??= openingState(s.schedules, ctx.now, opts));
    if (query.open === 'now' && !stateOf().open) continue;
    if (query.open === 'week' && !isOpenThisWeek(s.schedules, ctx.now, opts)) continue;
    const national = isNational(s);
    const distanceKm = ctx.where ? serviceDistanceKm(s, ctx.where) : undefined;
    const result: FindResult = {
      service: s,
      distanceKm,
      national,
      score,
      get state() {
        return stateOf();
      },
    };
    if (national) out.national.push(result);
    else if (!physicalLocations(s).length) out.unplaced.push(result);
    else if (distanceKm !== undefined && distanceKm > radiusKm) out.outsideRadius++;
    else out.local.push(result);
  }
  const order = effectiveSort(query, !!ctx.where);
  const byName = (a: FindResult, b: FindResult) => a.service.name.localeCompare(b.service.name, 'en-GB');
  const compare: Record<SortOrder, (a: FindResult, b: FindResult) => number> = {
    nearest: (a, b) => (a.distanceKm ?? Infinity) - (b.distanceKm ?? Infinity) || b.score - a.score || byName(a, b),
    match: (a, b) => b.score - a.score || (a.distanceKm ?? Infinity) - (b.distanceKm ?? Infinity) || byName(a, b),
    checked: (a, b) => (b.service.assured_date ?? '').localeCompare(a.service.assured_date ?? '') || byName(a, b),
    az: byName,
  };
  out.local.sort(compare[order]);
  out.unplaced.sort(compare[order === 'nearest' ? 'match' : order]);
  out.national.sort(compare[order === 'nearest' ? 'match' : order]);
  return out;
}

/** Nearest when a place is given, best match for keywords, else A-Z. */
export function effectiveSort(query: FindQuery, hasWhere: boolean): SortOrder {
  if (query.sort === 'nearest' && !hasWhere) return query.q ? 'match' : 'az';
  if (query.sort) return query.sort;
  if (hasWhere) return 'nearest';
  return query.q ? 'match' : 'az';
}
