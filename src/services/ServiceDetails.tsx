import type { Dataset } from '../dataset/index.ts';
import type { Schedule, Service } from '../core/model.ts';
import { physicalLocations } from '../core/model.ts';
import { defaultAttendingType, describeSchedule, nextOpenings, openingState, regionForService } from '../core/schedule/index.ts';
import { useT } from '../i18n/index.ts';
import { locale, openWords } from './format.ts';

function scheduleLine(sc: Schedule): string {
  // Written hours from the data say it best in English; other languages get words built from the fields.
  const fromFields = describeSchedule(sc, locale());
  return locale().startsWith('en') && sc.description ? sc.description : fromFields || sc.description || '';
}

/** When it runs, in words: each schedule, then the next opening and today's state. */
export function WhenItRuns({ s }: { s: Service }) {
  const t = useT();
  if (!s.schedules?.length) return null;
  const region = regionForService(s);
  const opts = { region, defaultAttending: defaultAttendingType(s) };
  const now = new Date();
  const state = openingState(s.schedules, now, opts);
  const phone = s.schedules.filter((sc) => sc.attending_type === 'phone');
  const other = s.schedules.filter((sc) => sc.attending_type !== 'phone');
  const upcoming = nextOpenings(s.schedules, now, 1, opts);
  return (
    <>
      <h2>{t('service.when')}</h2>
      <p class={state.open ? 'facts__open' : undefined}>
        <strong>{openWords(state, now)}</strong>
      </p>
      {other.length > 0 && (
        <ul>
          {other.map((sc, i) => (
            <li key={i}>{scheduleLine(sc)}</li>
          ))}
        </ul>
      )}
      {phone.length > 0 && (
        <>
          <h3>{t('service.phoneLine')}</h3>
          <ul>
            {phone.map((sc, i) => (
              <li key={i}>{scheduleLine(sc)}</li>
            ))}
          </ul>
        </>
      )}
      {upcoming.length > 0 && other.some((sc) => (sc.attending_type ?? 'in_person') === 'in_person' && sc.freq) && <p class="hint">{t('service.bankHolidays')}</p>}
    </>
  );
}

/** How to get help: drop in, phone first, or by appointment, read from the schedules. */
export function HowToGetHelp({ s }: { s: Service }) {
  const t = useT();
  const byAppointment = s.schedules?.some((sc) => !sc.freq) ?? false;
  const inPerson = physicalLocations(s).length > 0 && (s.schedules ?? []).some((sc) => sc.freq && (sc.attending_type ?? 'in_person') === 'in_person');
  const lines: string[] = [];
  if (byAppointment) lines.push(t('service.appointment'));
  else if (inPerson) lines.push(t('service.dropIn'));
  if (s.phones?.length && !inPerson) lines.push(t('service.phoneFirst'));
  if (!lines.length) return null;
  return (
    <>
      <h2>{t('service.howToGet')}</h2>
      {lines.map((l) => (
        <p key={l}>{l}</p>
      ))}
    </>
  );
}

export function RelatedGuides({ s, data }: { s: Service; data: Dataset }) {
  const t = useT();
  const related = data.guides.filter((g) => g.topics.some((tp) => s.topics.includes(tp))).slice(0, 4);
  if (!related.length) return null;
  return (
    <>
      <h2>{t('service.relatedGuides')}</h2>
      <ul class="link-list">
        {related.map((g) => (
          <li key={g.slug}>
            <a href={`/resources/${g.slug}`}>{g.title}</a>
          </li>
        ))}
      </ul>
    </>
  );
}
