import { useRoute } from 'preact-iso';
import { formatDate, useT } from '../i18n/index.ts';
import { DataGate } from '../ui/DataGate.tsx';
import { Page } from '../ui/Page.tsx';
import { Blocks } from './Blocks.tsx';
import { safeHref } from '../core/guide.ts';
import { SaveButton } from '../saved/SaveButton.tsx';

export function GuidePage() {
  const t = useT();
  const { params } = useRoute();
  return (
    <DataGate>
      {(data) => {
        const g = data.guides.find((x) => x.slug === params.slug);
        if (!g) {
          return (
            <Page title={t('resources.notFoundTitle')}>
              <p>{t('resources.notFound')}</p>
              <p>
                <a href="/resources">{t('resources.back')}</a>
              </p>
            </Page>
          );
        }
        return (
          <Page title={g.title}>
            <p class="lead">{g.summary}</p>
            <p class="card__meta">
              {t(`resources.audience.${g.audience}`)} · {t('resources.readingTime', { count: g.readingMinutes })} · {t('resources.lastReviewed', { date: formatDate(g.last_reviewed) })}
            </p>
            <SaveButton kind="guide" record={g} name={g.title} />
            <div class="guide-body">
              <Blocks blocks={g.blocks} />
            </div>
            <h2>{t('resources.sources')}</h2>
            <ul class="link-list">
              {g.sources.map((s) => (
                <li key={s.url}>
                  <a href={safeHref(s.url)} rel="noopener noreferrer">
                    {s.name}
                  </a>
                </li>
              ))}
            </ul>
            <p>
              <a href="/resources">{t('resources.back')}</a>
            </p>
          </Page>
        );
      }}
    </DataGate>
  );
}
