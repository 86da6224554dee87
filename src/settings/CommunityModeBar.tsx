import { useState } from 'preact/hooks';
import { lazyComponent } from '../saved/lazy.tsx';
import { CLEARED_FLAG, useCommunityMode } from './useCommunityMode.ts';

const Active = lazyComponent(() => import('./CommunityModeActive.tsx').then((m) => m.CommunityModeActive), true);

/**
 * For Layout, on every page: nothing at all unless community-centre mode is on (or has just
 * cleared a visit), so a home user's first page carries only this check.
 */
export function CommunityModeBar() {
  const { config } = useCommunityMode();
  const [flagged] = useState(() => {
    try {
      return sessionStorage.getItem(CLEARED_FLAG) === '1';
    } catch {
      return false;
    }
  });
  return config || flagged ? <Active /> : null;
}
