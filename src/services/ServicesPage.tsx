import { useLocation } from 'preact-iso';
import { useState } from 'preact/hooks';
import type { Dataset } from '../dataset/index.ts';
import { isNational } from '../core/model.ts';
import { useT } from '../i18n/index.ts';
import { DataGate } from '../ui/DataGate.tsx';
import { Page } from '../ui/Page.tsx';
import { ServiceCard } from './ServiceCard.tsx';

const PAGE_SIZE = 20;

function Results({ data }: { data: Dataset }) {
  const t = useT();
  const { query } = useLocation();
  const [limit, setLimit] = useState(PAGE_SIZE);
  const q = (query.q ?? '').trim().toLowerCase();
  const topic = query.topic ?? '';
  const topics = new Map(data.manifest.topics.map((tp) => [tp.id, tp]));
  // Plain matching until the search issue brings MiniSearch; local services first, then national.
  const matches = data.services
    .filter((s) => (!topic || s.topics.includes(topic)) && (!q || `${s.name} ${s.description ?? ''} ${s.organization?.name ?? ''}`.toLowerCase().includes(q)))
    .sort((a, b) => Number(isNational(a)) - Number(isNational(b)) || a.name.localeCompare(b.name));
  return (
    <>
      <form class="search-form" action="/services" method="get">
        <label class="label" for="services-q">
          {t('services.queryLabel')}
        </label>
        <div class="search-row">
          <input id="services-q" class="input" type="search" name="q" defaultValue={query.q ?? ''} />
          {topic && <input type="hidden" name="topic" value={topic} />}
          <button class="button" type="submit">
            {t('home.search')}
          </button>
        </div>
      </form>
      {topic && topics.has(topic) && (
        <p>
          {t('services.topicFilter', { topic: topics.get(topic)!.label })} <a href={q ? `/services?q=${encodeURIComponent(q)}` : '/services'}>{t('services.allTopics')}</a>
        </p>
      )}
      <p role="status" class="result-count">
        {t('services.count', { count: matches.length })}
      </p>
      {matches.length === 0 ? (
        <p>{t('services.none')}</p>
      ) : (
        <ol class="results">
          {matches.slice(0, limit).map((s) => (
            <li key={s.id}>
              <ServiceCard service={s} topics={topics} />
            </li>
          ))}
        </ol>
      )}
      {matches.length > limit && (
        <p>
          {t('services.showing', { shown: limit, count: matches.length })}{' '}
          <button type="button" class="button button--secondary" onClick={() => setLimit(limit + PAGE_SIZE)}>
            {t('services.showMore')}
          </button>
        </p>
      )}
    </>
  );
}

export function ServicesPage() {
  const t = useT();
  return (
    <Page title={t('services.title')}>
      <DataGate>{(data) => <Results data={data} />}</DataGate>
    </Page>
  );
}
