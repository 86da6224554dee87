import { useRoute } from 'preact-iso';
import type { Dataset } from '../dataset/index.ts';
import type { Service } from '../core/model.ts';
import { isFree, physicalLocations } from '../core/model.ts';
import { safeHref } from '../core/guide.ts';
import { formatDate, useT } from '../i18n/index.ts';
import { DataGate } from '../ui/DataGate.tsx';
import { Icon } from '../ui/Icon.tsx';
import { Page } from '../ui/Page.tsx';
import { SaveButton } from '../saved/SaveButton.tsx';
import { telHref } from './phone.ts';
import { HowToGetHelp, RelatedGuides, WhenItRuns } from './ServiceDetails.tsx';

const YEAR_MS = 365 * 86_400_000;

function Paragraphs({ text }: { text: string }) {
  return (
    <>
      {text
        .split(/\n\s*\n/)
        .filter((p) => p.trim())
        .map((p, i) => (
          <p key={i} class="prewrap">
            {p.trim()}
          </p>
        ))}
    </>
  );
}

function Details({ s, data }: { s: Service; data: Dataset }) {
  const t = useT();
  const topics = new Map(data.manifest.topics.map((tp) => [tp.id, tp]));
  const places = physicalLocations(s);
  const website = s.url ? safeHref(s.url) : undefined;
  const old = s.assured_date ? Date.now() - Date.parse(`${s.assured_date}T12:00:00Z`) > YEAR_MS : false;
  const mail = `mailto:${data.manifest.config.publisher.email}?subject=${encodeURIComponent(`Problem with "${s.name}" (${s.id})`)}`;
  return (
    <Page title={s.name}>
      {s.organization?.name && <p class="lead">{t('services.by', { org: s.organization.name })}</p>}
      {s.demonstration && <p class="tag">{t('app.demonstrationShort')}</p>}
      {s.alert && (
        <div class="notice" role="note">
          <h2 class="notice__title">{t('service.alert')}</h2>
          <p>{s.alert}</p>
        </div>
      )}
      {s.phones?.map((p) =>
        telHref(p.number) ? (
          <p key={p.number}>
            <a class="button button--call" href={telHref(p.number)}>
              <Icon name="phone" />
              {t('services.call', { number: p.number })}
            </a>
            {p.description && <span class="hint"> {p.description}</span>}
          </p>
        ) : null,
      )}
      <SaveButton kind="service" record={s} name={s.name} />
      {s.description && <Paragraphs text={s.description} />}
      <ul class="tags">
        {s.topics.map((id) => (
          <li key={id}>
            <a href={`/services?topic=${encodeURIComponent(id)}`}>{topics.get(id)?.label ?? id}</a>
          </li>
        ))}
      </ul>
      {(s.eligibility_description || s.minimum_age !== undefined) && (
        <>
          <h2>{t('service.whoFor')}</h2>
          {s.eligibility_description && <p>{s.eligibility_description}</p>}
          {s.minimum_age !== undefined && <p>{s.maximum_age !== undefined ? t('service.agesRange', { min: s.minimum_age, max: s.maximum_age }) : t('service.ages', { min: s.minimum_age })}</p>}
        </>
      )}
      <HowToGetHelp s={s} />
      <WhenItRuns s={s} />
      {places.length > 0 && (
        <>
          <h2>{t('service.where')}</h2>
          {places.map((l) => {
            const address = [l.name, l.addresses?.[0]?.address_1, l.addresses?.[0]?.city, l.addresses?.[0]?.postal_code].filter(Boolean).join(', ');
            return (
              <div key={l.id} class="place">
                <p>{address}</p>
                {l.step_free !== undefined && <p>{l.step_free ? t('service.stepFree') : t('service.notStepFree')}</p>}
                {l.accessibility?.map((a, i) => a.description && <p key={i} class="hint">{a.description}</p>)}
                <p class="link-line">
                  <a href={`https://www.openstreetmap.org/directions?to=${l.latitude}%2C${l.longitude}#map=17/${l.latitude}/${l.longitude}`} rel="noopener noreferrer">
                    {t('service.directions', { place: l.name ?? address })}
                  </a>
                </p>
              </div>
            );
          })}
        </>
      )}
      <h2>{t('service.cost')}</h2>
      <p>{isFree(s) ? t('services.free') : (s.fees ?? '')}</p>
      {!!s.languages?.length && (
        <>
          <h2>{t('service.languages')}</h2>
          <p>{s.languages.map((l) => l.name ?? l.code).join(', ')}</p>
        </>
      )}
      <h2>{t('service.contact')}</h2>
      <ul class="link-list">
        {website && (
          <li>
            <a href={website} rel="noopener noreferrer">
              {t('service.website')}
            </a>
          </li>
        )}
        {s.email && (
          <li>
            <a href={`mailto:${encodeURIComponent(s.email).replace('%40', '@')}`}>{t('service.email', { email: s.email })}</a>
          </li>
        )}
      </ul>
      <p>{s.assured_date ? t('service.lastCheckedOn', { date: formatDate(s.assured_date) }) : t('services.notChecked')}</p>
      {old && <p class="notice">{t('service.oldCheck')}</p>}
      <p class="link-line">
        <a href={mail}>{t('service.reportProblem')}</a>
      </p>
      <RelatedGuides s={s} data={data} />
      <p class="link-line">
        <a href="/services">{t('services.back')}</a>
      </p>
    </Page>
  );
}

export function ServicePage() {
  const t = useT();
  const { params } = useRoute();
  return (
    <DataGate>
      {(data) => {
        const s = data.byId.get(decodeURIComponent(params.id ?? ''));
        if (!s) {
          return (
            <Page title={t('services.notFoundTitle')}>
              <p>{t('services.notFound')}</p>
              <p class="link-line">
                <a href="/services">{t('services.back')}</a>
              </p>
            </Page>
          );
        }
        return <Details s={s} data={data} />;
      }}
    </DataGate>
  );
}
