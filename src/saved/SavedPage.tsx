import type { Guide } from '../core/guide.ts';
import type { Service } from '../core/model.ts';
import { useT } from '../i18n/index.ts';
import { useDataset } from '../dataset/index.ts';
import { Page } from '../ui/Page.tsx';
import { SaveButton } from './SaveButton.tsx';
import { useSavedItems } from './store.ts';

export function SavedPage() {
  const t = useT();
  const items = useSavedItems();
  const dataset = useDataset();
  const listed = (kind: string, refId: string) => {
    if (dataset.status !== 'ready') return true;
    return kind === 'service' ? dataset.data.byId.has(refId) : dataset.data.guides.some((g) => g.slug === refId);
  };
  return (
    <Page title={t('saved.title')}>
      {items === undefined ? (
        <p role="status" class="loading">
          {t('app.loading')}
        </p>
      ) : items.length === 0 ? (
        <>
          <p>{t('saved.empty')}</p>
          <p class="hint">{t('saved.emptyHint')}</p>
          <p>
            <a class="button" href="/services">
              {t('saved.browse')}
            </a>
          </p>
        </>
      ) : (
        <>
          <p class="hint">{t('saved.emptyHint')}</p>
          <h2>{t('saved.myList')}</h2>
          <p>{t('saved.count', { count: items.length })}</p>
          <ul class="results">
            {items.map((item) => {
              const name = item.kind === 'service' ? (item.record as Service).name : (item.record as Guide).title;
              const href = item.kind === 'service' ? `/services/${encodeURIComponent(item.refId)}` : `/resources/${encodeURIComponent(item.refId)}`;
              return (
                <li key={item.id} class="card saved-item">
                  <p class="card__meta">{item.kind === 'service' ? t('saved.service') : t('saved.guide')}</p>
                  <h3 class="card__title">
                    <a href={href}>{name}</a>
                  </h3>
                  {!listed(item.kind, item.refId) && <p class="notice">{t('saved.noLongerListed')}</p>}
                  <SaveButton kind={item.kind} record={item.record} name={name} />
                </li>
              );
            })}
          </ul>
        </>
      )}
    </Page>
  );
}
