import { formatDate, useT } from '../i18n/index.ts';
import { DataGate } from '../ui/DataGate.tsx';
import { Page } from '../ui/Page.tsx';
import { StorageInfo } from './StorageInfo.tsx';
import { DisplaySettingsForm } from './DisplaySettingsForm.tsx';
import { LanguageChooser } from './LanguageChooser.tsx';
import { ClearData } from './ClearData.tsx';
import { OfflineMapSettings } from '../map/OfflineMapSettings.tsx';
import { CommunityModeSettings } from './CommunityModeSettings.tsx';

export function SettingsPage() {
  const t = useT();
  return (
    <Page title={t('settings.title')}>
      <DataGate>
        {(data) => (
          <>
            <h2>{t('settings.language')}</h2>
            <LanguageChooser offered={data.manifest.config.languages} />
            <h2>{t('display.title')}</h2>
            <DisplaySettingsForm />
            <StorageInfo />
            <OfflineMapSettings />
            <p>{t('settings.updated', { date: formatDate(data.manifest.built) })}</p>
            <p class="card__meta">{t('settings.dataVersion', { version: data.manifest.version, date: formatDate(data.manifest.built) })}</p>
          </>
        )}
      </DataGate>
      <ClearData />
      <CommunityModeSettings />
    </Page>
  );
}
