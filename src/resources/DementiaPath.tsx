import type { Dataset } from '../dataset/index.ts';
import { EMPTY_QUERY, findServices, type FindResult } from '../core/find.ts';
import { safeHref } from '../core/guide.ts';
import { useT } from '../i18n/index.ts';
import { Icon } from '../ui/Icon.tsx';
import { Page } from '../ui/Page.tsx';
import { ServiceCard } from '../services/ServiceCard.tsx';
import { GuideList } from './GuideList.tsx';
import { localSearchHref, recentNear } from './near.ts';
import { DEMENTIA_PATHS, pathGuides, type DementiaPath } from './related.ts';

function isOnline(r: FindResult): boolean {
  return (r.service.service_at_locations ?? []).some((l) => l.location.location_type === 'virtual');
}

/** Helplines with a number to call, and online communities: the national services for the path. */
export function nationalSupport(data: Dataset, topic: string): { lines: FindResult[]; online: FindResult[] } {
  const { national } = findServices({ ...EMPTY_QUERY, topic }, { services: data.services, now: new Date() });
  const lines = national.filter((r) => (r.service.phones ?? []).length > 0);
  return { lines, online: national.filter((r) => !lines.includes(r) && isOnline(r)) };
}

function OnlineCard({ result }: { result: FindResult }) {
  const t = useT();
  const s = result.service;
  const site = s.url ? safeHref(s.url) : undefined;
  return (
    <article class="card">
      <h3 class="card__title">
        <a href={`/services/${encodeURIComponent(s.id)}`}>{s.name}</a>
      </h3>
      <p class="tag tag--online">
        <Icon name="globe" />
        {t('resources.dementia.onlineTag')}
      </p>
      {s.organization?.name && <p class="card__meta">{t('resources.dementia.by', { org: s.organization.name })}</p>}
      {s.description && <p>{s.description.split(/(?<=\.)\s/)[0]}</p>}
      {site && (
        <a class="button button--secondary" href={site} rel="noopener noreferrer">
          {t('resources.dementia.visit')}
          <span class="visually-hidden">: {s.name}</span>
        </a>
      )}
    </article>
  );
}

/** One of the two dementia paths: guides, helplines to call, online communities, local services. */
export function DementiaPathView({ data, path }: { data: Dataset; path: DementiaPath }) {
  const t = useT();
  const { topic } = DEMENTIA_PATHS[path];
  const guides = pathGuides(path, data.guides);
  const { lines, online } = nationalSupport(data, topic);
  const topics = new Map(data.manifest.topics.map((tp) => [tp.id, tp]));
  const near = recentNear();
  return (
    <Page title={t(`resources.dementia.${path}.title`)}>
      <p class="lead">{t(`resources.dementia.${path}.intro`)}</p>
      <nav class="path-contents" aria-label={t('resources.dementia.contents')}>
        <ul class="link-list">
          <li><a href="#path-guides">{t('resources.dementia.guidesTitle')}</a></li>
          <li><a href="#path-lines">{t('resources.dementia.linesTitle')}</a></li>
          <li><a href="#path-online">{t('resources.dementia.onlineTitle')}</a></li>
          <li><a href="#path-local">{t('resources.dementia.localTitle')}</a></li>
        </ul>
      </nav>
      <section aria-labelledby="path-guides">
        <h2 id="path-guides">{t('resources.dementia.guidesTitle')}</h2>
        <GuideList guides={guides} headingLevel={3} />
      </section>
      <section aria-labelledby="path-lines">
        <h2 id="path-lines">{t('resources.dementia.linesTitle')}</h2>
        <p>{t('resources.dementia.linesIntro')}</p>
        <ul class="results">
          {lines.map((r) => (
            <li key={r.service.id}>
              <ServiceCard result={r} topics={topics} />
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="path-online">
        <h2 id="path-online">{t('resources.dementia.onlineTitle')}</h2>
        <p>{t('resources.dementia.onlineIntro')}</p>
        <ul class="results">
          {online.map((r) => (
            <li key={r.service.id}>
              <OnlineCard result={r} />
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="path-local">
        <h2 id="path-local">{t('resources.dementia.localTitle')}</h2>
        <p>{near ? t('resources.dementia.localNear', { place: near }) : t('resources.dementia.localIntro', { area: data.manifest.config.area_name })}</p>
        <p>
          <a class="button" href={localSearchHref(topic, near)}>
            <Icon name="search" />
            {t(`resources.dementia.${path}.localLink`)}
          </a>
        </p>
      </section>
      <p>
        <a href="/resources">{t('resources.allThemes')}</a>
      </p>
    </Page>
  );
}
