import { useT } from '../i18n/index.ts';
import { Page } from '../ui/Page.tsx';
import { SavedBody } from './SavedBody.tsx';
import './saved.css';

export function SavedPage() {
  const t = useT();
  return (
    <Page title={t('saved.title')}>
      <SavedBody />
    </Page>
  );
}
