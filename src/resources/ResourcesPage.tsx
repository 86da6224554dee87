import { useLocation } from 'preact-iso';
import type { Dataset } from '../dataset/index.ts';
import type { Theme } from '../core/guide.ts';
import { useT } from '../i18n/index.ts';
import { DataGate } from '../ui/DataGate.tsx';
import { Icon } from '../ui/Icon.tsx';
import { Page } from '../ui/Page.tsx';
import { DementiaPathView } from './DementiaPath.tsx';
import { GuideList } from './GuideList.tsx';
import { isDementiaPath, pathForTheme } from './related.ts';
import './resources.css';

/**
 * A large tile: the whole tile opens the link (its ::after covers the tile), while the line under
 * the label stays outside the link's name as its description, so a list of links reads as the
 * labels alone.
 */
function Tile({ id, href, icon, label, more, cls }: { id: string; href: string; icon: string; label: string; more: string; cls: string }) {
  return (
    <li class={`tile ${cls}`}>
      <Icon name={icon} />
      <span class="theme-tile__text">
        <a class="theme-tile__link" href={href} aria-describedby={`${id}-more`}>
          {label}
        </a>
        <span class="theme-tile__count" id={`${id}-more`}>
          {more}
        </span>
      </span>
    </li>
  );
}

function Overview({ data }: { data: Dataset }) {
  const t = useT();
  const az = [...data.guides].sort((a, b) => a.title.localeCompare(b.title, 'en-GB'));
  return (
    <Page title={t('resources.title')}>
      <p class="lead">{t('resources.intro')}</p>
      <h2>{t('resources.themesTitle')}</h2>
      <ul class="tile-grid theme-tiles">
        {data.manifest.themes.map((theme) => (
          <Tile key={theme.id} id={`tile-${theme.id}`} cls="theme-tile" href={`/resources?theme=${encodeURIComponent(theme.id)}`} icon={theme.icon} label={theme.label} more={t('resources.guides', { count: data.guides.filter((g) => g.theme === theme.id).length })} />
        ))}
      </ul>
      <section class="dementia-paths" aria-labelledby="dementia-title">
        <h2 id="dementia-title">{t('resources.dementia.title')}</h2>
        <p>{t('resources.dementia.intro')}</p>
        <ul class="tile-grid path-tiles">
          {(['living', 'caring'] as const).map((p) => (
            <Tile key={p} id={`path-${p}`} cls="theme-tile path-tile" href={`/resources?path=${p}`} icon={p === 'living' ? 'brain' : 'hands'} label={t(`resources.dementia.${p}.title`)} more={t(`resources.dementia.${p}.tile`)} />
          ))}
        </ul>
      </section>
      <section aria-labelledby="az-title">
        <h2 id="az-title">{t('resources.azTitle')}</h2>
        <ul class="link-list guide-az">
          {az.map((g) => (
            <li key={g.slug}>
              <a href={`/resources/${g.slug}`}>{g.title}</a>
            </li>
          ))}
        </ul>
      </section>
    </Page>
  );
}

function ThemeView({ data, theme }: { data: Dataset; theme: Theme }) {
  const t = useT();
  const guides = data.guides.filter((g) => g.theme === theme.id);
  const path = pathForTheme(theme.id);
  return (
    <Page title={theme.label}>
      <p class="lead">{t('resources.guides', { count: guides.length })}</p>
      <GuideList guides={guides} headingLevel={2} />
      {path && (
        <p>
          <a class="button button--secondary" href={`/resources?path=${path}`}>
            {t(`resources.dementia.${path}.more`)}
          </a>
        </p>
      )}
      <p>
        <a href="/resources">{t('resources.allThemes')}</a>
      </p>
    </Page>
  );
}

/**
 * /resources shows the themes; ?theme=<id> one theme's guides; ?path=living|caring a dementia path.
 * Each view is keyed so it mounts afresh and Page moves focus to its heading, as a new page would.
 */
export function ResourcesPage() {
  const { query } = useLocation();
  return (
    <DataGate>
      {(data) => {
        const theme = data.manifest.themes.find((th) => th.id === query.theme);
        if (isDementiaPath(query.path)) return <DementiaPathView key={`path-${query.path}`} data={data} path={query.path} />;
        if (theme) return <ThemeView key={`theme-${theme.id}`} data={data} theme={theme} />;
        return <Overview key="overview" data={data} />;
      }}
    </DataGate>
  );
}
