import { useEffect, useMemo } from 'preact/hooks';
import { useRoute } from 'preact-iso';
import type { Dataset } from '../dataset/index.ts';
import { safeHref, type Guide } from '../core/guide.ts';
import { formatDate, useT } from '../i18n/index.ts';
import { DataGate } from '../ui/DataGate.tsx';
import { Icon } from '../ui/Icon.tsx';
import { Page } from '../ui/Page.tsx';
import { SaveButton } from '../saved/SaveButton.tsx';
import { telHref } from '../services/phone.ts';
import { prefersReducedMotion } from '../settings/display.ts';
import { Blocks } from './Blocks.tsx';
import { GuideList } from './GuideList.tsx';
import { PhoneQr, PrintButton, PrintQr } from './GuideTools.tsx';
import { ReadAloudControls } from './ReadAloud.tsx';
import { recentNear, withNear } from './near.ts';
import { relatedGuides } from './related.ts';
import { guideLanguage, readingUnits } from './speech.ts';
import { useReadAloud } from './useReadAloud.ts';
import './resources.css';

/** A Call button after a link to a national helpline, so its number is one tap from the guide. */
function CallAfter({ href, data }: { href: string; data: Dataset }) {
  const t = useT();
  const id = /^\/services\/([^/?#]+)$/.exec(href)?.[1];
  const s = id ? data.byId.get(decodeURIComponent(id)) : undefined;
  const phone = s?.phones?.find((p) => telHref(p.number));
  if (!s || !phone) return null;
  return (
    <a class="button button--call guide-call" href={telHref(phone.number)}>
      <Icon name="phone" />
      {t('resources.call', { number: phone.number })}
      <span class="visually-hidden">: {s.name}</span>
    </a>
  );
}

function GuideView({ g, data }: { g: Guide; data: Dataset }) {
  const t = useT();
  const pageLang = document.documentElement.lang || 'en-GB';
  const lang = guideLanguage(pageLang);
  const units = useMemo(() => readingUnits(g.blocks), [g]);
  const reader = useReadAloud(units, lang);
  const near = recentNear();
  const theme = data.manifest.themes.find((th) => th.id === g.theme);
  const related = relatedGuides(g, data.guides);

  // Keep the paragraph being read on screen, without moving focus from the controls.
  useEffect(() => {
    if (!reader.activeKey) return;
    const el = document.querySelector(`[data-read="${reader.activeKey}"]`);
    el?.scrollIntoView({ block: 'nearest', behavior: prefersReducedMotion() ? 'auto' : 'smooth' });
  }, [reader.activeKey]);

  return (
    <Page title={g.title}>
      <p class="lead">{g.summary}</p>
      <p class="card__meta">
        {t(`resources.audience.${g.audience}`)} · {t('resources.readingTime', { count: g.readingMinutes })} · {t('resources.lastReviewed', { date: formatDate(g.last_reviewed) })}
      </p>
      <div class="guide-tools">
        <div class="guide-tools__row">
          <SaveButton kind="guide" record={g} name={g.title} />
          <PrintButton />
        </div>
        <ReadAloudControls reader={reader} />
        <PhoneQr slug={g.slug} title={g.title} />
      </div>
      <div class="guide-body" lang={lang === pageLang ? undefined : lang}>
        <Blocks blocks={g.blocks} activeKey={reader.activeKey} mapHref={(href) => withNear(href, near)} afterLink={(href) => <CallAfter href={href} data={data} />} />
      </div>
      <h2>{t('resources.sources')}</h2>
      <ul class="link-list guide-sources">
        {g.sources.map((s) => (
          <li key={s.url}>
            <a href={safeHref(s.url)} rel="noopener noreferrer">
              {s.name}
            </a>
          </li>
        ))}
      </ul>
      {related.length > 0 && (
        <section class="guide-related" aria-labelledby="related-title">
          <h2 id="related-title">{t('resources.related')}</h2>
          <GuideList guides={related} headingLevel={3} />
        </section>
      )}
      <p class="guide-back">
        {theme && (
          <>
            <a href={`/resources?theme=${encodeURIComponent(theme.id)}`}>{t('resources.moreInTheme', { theme: theme.label })}</a>
            <br />
          </>
        )}
        <a href="/resources">{t('resources.back')}</a>
      </p>
      <PrintQr slug={g.slug} title={g.title} />
    </Page>
  );
}

export function GuidePage() {
  const t = useT();
  const { params } = useRoute();
  return (
    <DataGate>
      {(data) => {
        const g = data.guides.find((x) => x.slug === params.slug);
        if (!g) {
          return (
            <Page title={t('resources.notFoundTitle')}>
              <p>{t('resources.notFound')}</p>
              <p>
                <a href="/resources">{t('resources.back')}</a>
              </p>
            </Page>
          );
        }
        // Keyed by guide so moving to a related guide starts afresh (reader stopped, focus on the title).
        return <GuideView key={g.slug} g={g} data={data} />;
      }}
    </DataGate>
  );
}

