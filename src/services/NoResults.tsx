import type { Dataset } from '../dataset/index.ts';
import { EMPTY_QUERY, findServices, queryToParams, type FindQuery } from '../core/find.ts';
import { useT } from '../i18n/index.ts';
import { ServiceCard } from './ServiceCard.tsx';

/** Says why nothing matched, offers the next step, and never leaves the person with nothing to call. */
export function NoResults({ data, query, widerHref, widerLabel }: { data: Dataset; query: FindQuery; widerHref?: string; widerLabel: string }) {
  const t = useT();
  const href = (q: FindQuery) => `/services?${queryToParams(q).toString()}`;
  const removable: { label: string; q: FindQuery }[] = [];
  if (query.open) removable.push({ label: query.open === 'now' ? t('services.openNow') : t('services.openWeek'), q: { ...query, open: '' } });
  if (query.free) removable.push({ label: t('services.freeOnly'), q: { ...query, free: false } });
  if (query.stepFree) removable.push({ label: t('services.stepFreeOnly'), q: { ...query, stepFree: false } });
  if (query.how) removable.push({ label: t(query.how === 'in_person' ? 'services.inPerson' : query.how === 'phone' ? 'services.byPhone' : 'services.online'), q: { ...query, how: '' } });
  if (query.for) removable.push({ label: t('services.whoFor'), q: { ...query, for: '' } });
  const topic = data.manifest.topics.find((tp) => tp.id === query.topic);
  if (topic) removable.push({ label: topic.label, q: { ...query, topic: '' } });
  // Helplines for the same topic, or all of them: something to ring today.
  const helplines = findServices({ ...EMPTY_QUERY, topic: query.topic }, { services: data.services, now: new Date() }).national;
  const fallback = helplines.length ? helplines : findServices(EMPTY_QUERY, { services: data.services, now: new Date() }).national;
  const topics = new Map(data.manifest.topics.map((tp) => [tp.id, tp]));
  return (
    <section aria-labelledby="none-title">
      <h2 id="none-title">{t('services.noneTitle')}</h2>
      <p>{t('services.noneBecause')}</p>
      <ul class="link-list">
        {widerHref && (
          <li>
            <a href={widerHref}>{t('services.widen', { radius: widerLabel })}</a>
          </li>
        )}
        {removable.map((r) => (
          <li key={r.label}>
            <a href={href(r.q)}>{t('services.removeFilter', { filter: r.label })}</a>
          </li>
        ))}
        {removable.length > 1 && (
          <li>
            <a href={href({ ...EMPTY_QUERY, q: query.q, near: query.near, radius: query.radius })}>{t('services.clearAll')}</a>
          </li>
        )}
      </ul>
      <h2>{t('services.helplinesTitle')}</h2>
      <ol class="results">
        {fallback.slice(0, 6).map((r) => (
          <li key={r.service.id}>
            <ServiceCard result={r} topics={topics} />
          </li>
        ))}
      </ol>
    </section>
  );
}
