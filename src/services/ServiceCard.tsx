import type { Service, Topic } from '../core/model.ts';
import { isFree, isNational } from '../core/model.ts';
import { formatDate, useT } from '../i18n/index.ts';
import { Icon } from '../ui/Icon.tsx';
import { telHref } from './phone.ts';

export function ServiceCard({ service: s, topics }: { service: Service; topics: Map<string, Topic> }) {
  const t = useT();
  const phone = s.phones?.[0];
  return (
    <article class="card">
      <h2 class="card__title">
        <a href={`/services/${encodeURIComponent(s.id)}`}>{s.name}</a>
      </h2>
      {s.organization?.name && <p class="card__meta">{t('services.by', { org: s.organization.name })}</p>}
      {isNational(s) && <p class="tag">{t('services.national')}</p>}
      <ul class="tags" aria-label={t('services.topicFilter', { topic: '' }).replace(/[:\s]+$/, '')}>
        {s.topics.map((id) => (
          <li key={id}>{topics.get(id)?.label ?? id}</li>
        ))}
      </ul>
      <p>{isFree(s) ? t('services.free') : (s.fees ?? '')}</p>
      <p class="card__meta">{s.assured_date ? t('services.lastChecked', { date: formatDate(s.assured_date, 'month') }) : t('services.notChecked')}</p>
      {phone && telHref(phone.number) && (
        <a class="button button--call" href={telHref(phone.number)}>
          <Icon name="phone" />
          {t('services.call', { number: phone.number })}
        </a>
      )}
    </article>
  );
}
