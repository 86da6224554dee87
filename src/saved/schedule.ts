/**
 * The schedules engine (src/core/schedule/), loaded on demand: it brings rrule, which the first
 * page must not pay for. Everything here answers in Europe/London time, like the engine.
 */
import { useEffect, useState } from 'preact/hooks';
import type { Service } from '../core/model.ts';

type Engine = typeof import('../core/schedule/index.ts');
let engine: Engine | undefined;
let loading: Promise<Engine> | undefined;

export function useScheduleEngine(): Engine | undefined {
  const [e, setE] = useState(engine);
  useEffect(() => {
    // Loaded between the first render and now (another card asked first): use it.
    if (engine) return void setE(engine);
    let live = true;
    loading ??= import('../core/schedule/index.ts').then((m) => (engine = m));
    loading.then((m) => live && setE(m), () => undefined);
    return () => {
      live = false;
    };
  }, []);
  return e;
}

export interface Opening {
  /** "YYYY-MM-DD" and "HH:MM", London clock, as the date and time inputs take them. */
  date: string;
  time: string;
}

const LONDON = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

function londonParts(d: Date): Opening {
  const p = Object.fromEntries(LONDON.formatToParts(d).map((x) => [x.type, x.value]));
  return { date: `${p.year}-${p.month}-${p.day}`, time: `${p.hour}:${p.minute}` };
}

/** The service's next few sessions from now; none when its hours are unknown or the engine is not loaded. */
export function nextOpeningsOf(e: Engine | undefined, service: Service, count: number, now = new Date()): Opening[] {
  if (!e || !service.schedules?.length) return [];
  try {
    const opts = { region: e.regionForService(service), defaultAttending: e.defaultAttendingType(service) };
    return e.nextOpenings(service.schedules, now, count, opts).map((s) => londonParts(s.start));
  } catch {
    // A saved record from an old dataset may hold hours the engine cannot read: offer nothing.
    return [];
  }
}

/**
 * For paper, which is read days later: the start of the next session after `now`, or undefined
 * when there is none or the service never closes (a 24-hour helpline has no "next session").
 */
export function nextSessionStart(e: Engine | undefined, service: Service, now = new Date()): Opening | undefined {
  if (!e || !service.schedules?.length) return undefined;
  try {
    const opts = { region: e.regionForService(service), defaultAttending: e.defaultAttendingType(service) };
    const state = e.openingState(service.schedules, now, opts);
    if (state.open && !state.closesAt) return undefined;
    const next = e.nextOpenings(service.schedules, now, 3, opts).find((s) => s.start.getTime() > now.getTime());
    return next && londonParts(next.start);
  } catch {
    return undefined;
  }
}

/** "Open now until 4pm", "Next: Tuesday 10am": the same words as on the service's own card. */
export function openStateText(e: Engine | undefined, service: Service, locale: string, now = new Date()): string | undefined {
  if (!e || !service.schedules?.length) return undefined;
  try {
    const opts = { region: e.regionForService(service), defaultAttending: e.defaultAttendingType(service) };
    return e.formatOpenState(e.openingState(service.schedules, now, opts), now, locale);
  } catch {
    return undefined;
  }
}
