import { useT } from '../i18n/index.ts';
import { Page } from './Page.tsx';

export function NotFoundPage() {
  const t = useT();
  return (
    <Page title={t('notFound.title')}>
      <p>{t('notFound.body')}</p>
      <p class="link-line">
        <a href="/">{t('notFound.home')}</a>
      </p>
    </Page>
  );
}
