import { physicalLocations } from '../core/model.ts';
import { parse } from 'postcode';
import { useT } from '../i18n/index.ts';
import { DataGate } from '../ui/DataGate.tsx';
import { Page } from '../ui/Page.tsx';

/** Until the map issue brings Leaflet, the places are listed by postcode district (the list is the accessible route anyway). */
export function MapPage() {
  const t = useT();
  return (
    <Page title={t('map.title')}>
      <p class="lead">{t('map.intro')}</p>
      <DataGate>
        {(data) => {
          const byDistrict = new Map<string, number>();
          for (const s of data.services) {
            for (const l of physicalLocations(s)) {
              const p = parse(l.addresses?.[0]?.postal_code ?? '');
              if (p.valid) byDistrict.set(p.outcode, (byDistrict.get(p.outcode) ?? 0) + 1);
            }
          }
          const rows = [...byDistrict].sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true }));
          return (
            <ul class="district-list">
              {rows.map(([d, n]) => (
                <li key={d}>
                  <a href={`/services?near=${encodeURIComponent(d)}`}>{d}</a>: {t('map.places', { count: n })}
                </li>
              ))}
            </ul>
          );
        }}
      </DataGate>
    </Page>
  );
}
