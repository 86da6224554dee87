import type { ComponentChildren } from 'preact';
import { useLocation } from 'preact-iso';
import { useT } from '../i18n/index.ts';
import { Icon } from './Icon.tsx';
import { OfflineBanner } from './OfflineBanner.tsx';
import { DemoNotice } from './DemoNotice.tsx';
import { StorageNotices } from './StorageNotices.tsx';
import { OfflineIndicator } from './OfflineIndicator.tsx';
import { CommunityModeBar } from '../settings/CommunityModeBar.tsx';

const NAV: { path: string; key: string; icon: string }[] = [
  { path: '/', key: 'nav.home', icon: 'home' },
  { path: '/services', key: 'nav.services', icon: 'search' },
  { path: '/resources', key: 'nav.resources', icon: 'book' },
  { path: '/map', key: 'nav.map', icon: 'map' },
  { path: '/saved', key: 'nav.saved', icon: 'bookmark' },
  { path: '/settings', key: 'nav.settings', icon: 'gear' },
  { path: '/about', key: 'nav.about', icon: 'info' },
];

function isCurrent(path: string, current: string): boolean {
  return path === '/' ? current === '/' : current === path || current.startsWith(`${path}/`);
}

export function Layout({ children }: { children: ComponentChildren }) {
  const t = useT();
  const { path } = useLocation();
  return (
    <>
      <a class="skip-link" href="#main">
        {t('app.skip')}
      </a>
      <header class="site-header">
        <div class="site-header__inner">
          <a class="site-name" href="/">
            {t('app.name')}
          </a>
          <div class="header-tools">
            <OfflineIndicator />
            <a class="button button--secondary" href="/settings#language">
              <Icon name="globe" />
              {t('app.language')}
            </a>
            <a class="button button--secondary" href="/settings#text-size">
              <Icon name="text" />
              {t('app.textSize')}
            </a>
          </div>
        </div>
        <nav class="site-nav" aria-label={t('app.menu')}>
          <ul>
            {NAV.map((item) => (
              <li key={item.path}>
                <a href={item.path} aria-current={isCurrent(item.path, path) ? 'page' : undefined}>
                  <Icon name={item.icon} />
                  {t(item.key)}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <CommunityModeBar />
      <OfflineBanner />
      <StorageNotices />
      <main id="main" tabIndex={-1}>
        <DemoNotice />
        {children}
      </main>
    </>
  );
}
