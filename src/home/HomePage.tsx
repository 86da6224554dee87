import { formatDate, useT } from '../i18n/index.ts';
import { DataGate } from '../ui/DataGate.tsx';
import { Icon } from '../ui/Icon.tsx';
import { Page } from '../ui/Page.tsx';
import { FirstRunDisplay } from '../settings/FirstRunDisplay.tsx';

export function HomePage() {
  const t = useT();
  return (
    <Page title={t('home.title')}>
      <FirstRunDisplay />
      <DataGate>
        {(data) => (
          <>
            <p class="lead">{t('home.intro', { area: data.manifest.config.area_name })}</p>
            <form class="search-form" action="/services" method="get" role="search">
              <label class="label" for="home-q">
                {t('home.searchLabel')}
              </label>
              <p class="hint" id="home-q-hint">
                {t('home.searchHint')}
              </p>
              <div class="search-row">
                <input id="home-q" class="input" type="search" name="q" aria-describedby="home-q-hint" />
                <button class="button" type="submit">
                  <Icon name="search" />
                  {t('home.search')}
                </button>
              </div>
            </form>
            <h2>{t('home.topicsTitle')}</h2>
            <ul class="tile-grid">
              {data.manifest.topics.map((tp) => (
                <li key={tp.id}>
                  <a class="tile" href={`/services?topic=${encodeURIComponent(tp.id)}`}>
                    <Icon name={tp.icon} />
                    <span>{tp.label}</span>
                  </a>
                </li>
              ))}
            </ul>
            <p class="card__meta">{t('home.updated', { date: formatDate(data.manifest.built) })}</p>
          </>
        )}
      </DataGate>
    </Page>
  );
}
