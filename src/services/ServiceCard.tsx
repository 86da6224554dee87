import type { Topic } from '../core/model.ts';
import { isFree } from '../core/model.ts';
import type { FindResult } from '../core/find.ts';
import { formatDate, useT } from '../i18n/index.ts';
import { Icon } from '../ui/Icon.tsx';
import { telHref } from './phone.ts';
import { distanceText, openWords } from './format.ts';

export function ServiceCard({ result, topics, headingLevel = 3 }: { result: FindResult; topics: Map<string, Topic>; headingLevel?: 2 | 3 }) {
  const t = useT();
  const s = result.service;
  const phone = s.phones?.find((p) => telHref(p.number));
  const H = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <article class="card">
      <H class="card__title">
        <a href={`/services/${encodeURIComponent(s.id)}`}>{s.name}</a>
      </H>
      {s.organization?.name && <p class="card__meta">{t('services.by', { org: s.organization.name })}</p>}
      {result.national && <p class="tag">{t('services.nationalTag')}</p>}
      <ul class="facts">
        {result.distanceKm !== undefined && <li>{t('services.away', { distance: distanceText(result.distanceKm) })}</li>}
        <li class={result.state.open ? 'facts__open' : undefined}>{openWords(result.state)}</li>
        <li>{isFree(s) ? t('services.free') : (s.fees ?? '')}</li>
      </ul>
      <p class="card__topics">{s.topics.map((id) => topics.get(id)?.label ?? id).join(' · ')}</p>
      <p class="card__meta">{s.assured_date ? t('services.lastChecked', { date: formatDate(s.assured_date, 'month') }) : t('services.notChecked')}</p>
      {phone && (
        <a class="button button--call" href={telHref(phone.number)}>
          <Icon name="phone" />
          {t('services.call', { number: phone.number })}
          <span class="visually-hidden">: {s.name}</span>
        </a>
      )}
    </article>
  );
}
