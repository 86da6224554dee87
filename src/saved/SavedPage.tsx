import { useT } from '../i18n/index.ts';
import { Page } from '../ui/Page.tsx';

export function SavedPage() {
  const t = useT();
  return (
    <Page title={t('saved.title')}>
      <p>{t('saved.empty')}</p>
      <p class="hint">{t('saved.emptyHint')}</p>
      <p>
        <a class="button" href="/services">
          {t('saved.browse')}
        </a>
      </p>
    </Page>
  );
}
