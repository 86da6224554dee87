import { useEffect } from 'preact/hooks';
import type { Dataset } from '../dataset/index.ts';
import { EMPTY_QUERY, queryToParams, type FindQuery } from '../core/find.ts';
import type { Guide } from '../core/guide.ts';
import { useT } from '../i18n/index.ts';
import { ServiceCard } from '../services/ServiceCard.tsx';
import { useFind, whereFor } from '../services/useFind.ts';
import { GuideList } from '../resources/GuideList.tsx';
import { recentNear } from '../resources/near.ts';

export interface HomeResultsProps {
  data: Dataset;
  q: string;
  /** A place from the address; otherwise the person's last place, if this device knows it. */
  near: string;
  onSummary: (text: string) => void;
}

const SHOWN_SERVICES = 5;

/** Home's results: matching guides, then services found by the same logic as Find support. */
export function HomeResults({ data, q, near: fromUrl, onSummary }: HomeResultsProps) {
  const t = useT();
  const candidate = fromUrl || recentNear();
  // A remembered place that no longer resolves should not hide every service: search everywhere.
  const near = candidate && whereFor(data, candidate)?.kind === 'found' ? candidate : '';
  const query: FindQuery = { ...EMPTY_QUERY, q, near };
  const state = useFind(data, query);
  const ready = state.status === 'ready' && !!state.output;
  const guides = [...(state.guideHits ?? new Map<string, number>())]
    .sort((a, b) => b[1] - a[1])
    .map(([slug]) => data.guides.find((g) => g.slug === slug))
    .filter((g): g is Guide => !!g);
  const out = state.output;
  const services = out ? [...out.local, ...out.unplaced, ...out.national] : [];
  const topics = new Map(data.manifest.topics.map((tp) => [tp.id, tp]));
  const summary = ready ? t('home.resultsSummary', { guides: t('home.guideCount', { count: guides.length }), services: t('home.serviceCount', { count: services.length }), q }) : '';

  useEffect(() => onSummary(summary), [summary]);

  if (!ready) return null;
  const where = near ? whereFor(data, near) : undefined;
  const place = where?.kind === 'found' ? (where.postcode ?? where.label) : '';
  return (
    <div class="home-results">
      <section aria-labelledby="home-guides-title">
        <h2 id="home-guides-title">{t('home.guidesTitle')}</h2>
        {guides.length ? <GuideList guides={guides} headingLevel={3} /> : <p>{t('home.noGuides')}</p>}
        <p class="home-results__more">
          <a href="/resources">{t('home.allGuides')}</a>
        </p>
      </section>
      <section aria-labelledby="home-services-title">
        <h2 id="home-services-title">{t('home.servicesTitle')}</h2>
        <p>{place ? t('home.servicesNear', { place }) : t('home.servicesAll', { area: data.manifest.config.area_name })}</p>
        {services.length ? (
          <ul class="results">
            {services.slice(0, SHOWN_SERVICES).map((r) => (
              <li key={r.service.id}>
                <ServiceCard result={r} topics={topics} />
              </li>
            ))}
          </ul>
        ) : (
          <p>{t('home.noServices')}</p>
        )}
        {services.length > 0 && (
          <p class="home-results__more">
            <a href={`/services?${queryToParams(query)}`}>{t('home.allServices', { count: services.length })}</a>
          </p>
        )}
      </section>
    </div>
  );
}
