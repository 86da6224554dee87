import { useT } from '../i18n/index.ts';
import { DataGate } from '../ui/DataGate.tsx';
import { Icon } from '../ui/Icon.tsx';
import { Page } from '../ui/Page.tsx';

export function ResourcesPage() {
  const t = useT();
  return (
    <Page title={t('resources.title')}>
      <p class="lead">{t('resources.intro')}</p>
      <DataGate>
        {(data) =>
          data.manifest.themes.map((theme) => {
            const guides = data.guides.filter((g) => g.theme === theme.id);
            return (
              <section key={theme.id} class="theme" aria-labelledby={`theme-${theme.id}`}>
                <h2 id={`theme-${theme.id}`}>
                  <Icon name={theme.icon} />
                  {theme.label}
                  <span class="count"> ({t('resources.guides', { count: guides.length })})</span>
                </h2>
                <ul class="guide-list">
                  {guides.map((g) => (
                    <li key={g.slug} class="card">
                      <h3 class="card__title">
                        <a href={`/resources/${g.slug}`}>{g.title}</a>
                      </h3>
                      <p>{g.summary}</p>
                      <p class="card__meta">
                        {t(`resources.audience.${g.audience}`)} · {t('resources.readingTime', { count: g.readingMinutes })}
                      </p>
                    </li>
                  ))}
                </ul>
              </section>
            );
          })
        }
      </DataGate>
    </Page>
  );
}
