import { describe, expect, it } from 'vitest';
import { validateService } from '../../src/core/validate.ts';

const opts = { topics: new Set(['social', 'carers']), today: new Date('2026-12-04T00:00:00Z') };

const good = {
  id: 'bs-knit-natter',
  name: 'Knit and Natter',
  status: 'active',
  topics: ['social'],
  assured_date: '2026-10-01',
  schedules: [{ freq: 'WEEKLY', byday: 'TU', opens_at: '10:00', closes_at: '12:00' }],
};

describe('validateService', () => {
  it('accepts a well-formed service with no problems', () => {
    expect(validateService(good, 0, opts)).toEqual([]);
  });

  it('names the field and says what was expected for a bad time', () => {
    const p = validateService({ ...good, schedules: [{ ...good.schedules[0], opens_at: '25:00' }] }, 0, opts);
    expect(p).toContainEqual(expect.objectContaining({ record: 'bs-knit-natter', field: 'schedules[0].opens_at', message: '"25:00" is not a time (HH:MM)', severity: 'error' }));
  });

  it('reports every problem in a record, not only the first', () => {
    const p = validateService({ ...good, status: 'open', url: 'javascript:alert(1)', assured_date: '2026-13-01', phones: [{ number: 'call us' }] }, 0, opts);
    const fields = p.map((x) => x.field).sort();
    expect(fields).toEqual(['assured_date', 'phones[0].number', 'status', 'url']);
  });

  it('names a record without an id by its position', () => {
    const p = validateService({ name: 'x', status: 'active', topics: ['social'] }, 4, opts);
    expect(p).toContainEqual(expect.objectContaining({ record: '#5', field: 'id', message: 'is missing' }));
  });

  it('rejects an unknown topic and an end time before the start', () => {
    const p = validateService({ ...good, topics: ['knitting'], schedules: [{ ...good.schedules[0], closes_at: '09:00' }] }, 0, opts);
    expect(p.map((x) => x.field)).toEqual(['topics[0]', 'schedules[0].closes_at']);
  });

  it('warns, without failing, when the service was last checked over 12 months ago', () => {
    const p = validateService({ ...good, assured_date: '2025-06-01' }, 0, opts);
    expect(p).toEqual([expect.objectContaining({ field: 'assured_date', severity: 'warning' })]);
  });

  it('requires dtstart on a fortnightly schedule so the right weeks are known', () => {
    const p = validateService({ ...good, schedules: [{ ...good.schedules[0], interval: 2 }] }, 0, opts);
    expect(p).toContainEqual(expect.objectContaining({ field: 'schedules[0].dtstart', severity: 'error' }));
  });

  it('accepts monthly positions such as 2TU and -1FR and rejects nonsense', () => {
    expect(validateService({ ...good, schedules: [{ ...good.schedules[0], freq: 'MONTHLY', byday: '2TU,-1FR' }] }, 0, opts)).toEqual([]);
    const p = validateService({ ...good, schedules: [{ ...good.schedules[0], byday: 'Tuesday' }] }, 0, opts);
    expect(p[0]).toMatchObject({ field: 'schedules[0].byday', severity: 'error' });
  });
});
