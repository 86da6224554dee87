import { lazyComponent } from './lazy.tsx';

/** "What's next" for Home, loaded after the page so it adds next to nothing to the first page. */
export const WhatsNext = lazyComponent(() => import('./WhatsNextList.tsx').then((m) => m.WhatsNextList), true);
