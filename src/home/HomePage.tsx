import { formatDate, useT } from '../i18n/index.ts';
import { ManifestGate } from '../ui/DataGate.tsx';
import { Icon } from '../ui/Icon.tsx';
import { Page } from '../ui/Page.tsx';
import { FirstRunDisplay } from '../settings/FirstRunDisplay.tsx';
import { WhatsNext } from '../saved/WhatsNext.tsx';
import { HomeSearch } from './HomeSearch.tsx';

export function HomePage() {
  const t = useT();
  return (
    <Page title={t('home.title')}>
      <FirstRunDisplay />
      <ManifestGate>
        {(manifest) => (
          <>
            <p class="lead">{t('home.intro', { area: manifest.config.area_name })}</p>
            <HomeSearch />
            <WhatsNext />
            <h2>{t('home.topicsTitle')}</h2>
            <ul class="tile-grid">
              {manifest.topics.map((tp) => (
                <li key={tp.id}>
                  <a class="tile" href={`/services?topic=${encodeURIComponent(tp.id)}`}>
                    <Icon name={tp.icon} />
                    <span>{tp.label}</span>
                  </a>
                </li>
              ))}
            </ul>
            <p class="card__meta">{t('home.updated', { date: formatDate(manifest.built) })}</p>
          </>
        )}
      </ManifestGate>
    </Page>
  );
}
