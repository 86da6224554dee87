import { useT } from '../i18n/index.ts';
import { DataGate } from '../ui/DataGate.tsx';
import { Page } from '../ui/Page.tsx';

export function AboutPage() {
  const t = useT();
  return (
    <Page title={t('about.title')}>
      <p class="lead">{t('about.intro')}</p>
      <p>{t('about.privacy')}</p>
      <p class="card__meta">{t('about.version', { version: __APP_BUILD__ })}</p>
      <DataGate>
        {(data) => (
          <>
            <p>{t('about.counts', { services: data.manifest.counts.services, national: data.manifest.counts.national, guides: data.manifest.counts.guides })}</p>
            <p>{t('about.publisher', { name: data.manifest.config.publisher.name })}</p>
            <p class="link-line">
              <a href={`mailto:${data.manifest.config.publisher.email}`}>{t('about.contact', { email: data.manifest.config.publisher.email })}</a>
            </p>
          </>
        )}
      </DataGate>
    </Page>
  );
}
