/**
 * The only bridge to the service worker. The UI reads `useOfflineStatus()` / `useOnline()` and
 * calls `applyUpdate()`; nothing else in the app knows the worker exists.
 */
import { Workbox } from 'workbox-window';
import { useEffect, useState } from 'preact/hooks';

export type OfflineStatus = 'idle' | 'ready' | 'update-available' | 'updating' | 'unsupported';

const UPDATE_CHECK_MS = 30 * 60 * 1000;
const SCROLL_KEY = 'local-support:restore-scroll';

let status: OfflineStatus = 'idle';
const listeners = new Set<(s: OfflineStatus) => void>();
let registration: ServiceWorkerRegistration | undefined;
let wb: Workbox | undefined;
// The waiting worker the user said "Not now" to: late events about it must not reopen the prompt,
// but a newer version arriving should.
let dismissed: ServiceWorker | null = null;
const INSTALL_WAIT_MS = 60_000;

function set(next: OfflineStatus): void {
  status = next;
  listeners.forEach((l) => l(next));
}

function offerUpdate(): void {
  if (status === 'updating' || !navigator.serviceWorker.controller) return;
  if (registration?.waiting && registration.waiting === dismissed) return;
  set('update-available');
}

function watchForWaiting(reg: ServiceWorkerRegistration): void {
  // workbox-window reports only the first waiting worker; when a second update arrives while one
  // waits, the prompt must still act on the newest, so we watch the registration directly too.
  reg.addEventListener('updatefound', () => {
    const sw = reg.installing;
    sw?.addEventListener('statechange', () => {
      if (sw.state === 'installed') offerUpdate();
    });
  });
  if (reg.waiting) offerUpdate();
}

function restoreScroll(): void {
  try {
    const y = sessionStorage.getItem(SCROLL_KEY);
    if (y !== null) {
      sessionStorage.removeItem(SCROLL_KEY);
      // After the route has rendered its content.
      setTimeout(() => window.scrollTo(0, Number(y)), 300);
    }
  } catch {
    // sessionStorage may be unavailable; the page simply opens at the top.
  }
}

export function registerServiceWorker(url = '/sw.js'): void {
  restoreScroll();
  if (!('serviceWorker' in navigator)) {
    set('unsupported');
    return;
  }
  wb = new Workbox(url);
  wb.addEventListener('installed', (e) => {
    if (!e.isUpdate) set('ready');
  });
  wb.addEventListener('waiting', offerUpdate);
  let reloading = false;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    // Only an update the user accepted reloads the page; the first install just takes control.
    if (status === 'updating' && !reloading) {
      reloading = true;
      window.location.reload();
    }
  });
  void wb.register().then((reg) => {
    if (!reg) return;
    registration = reg;
    watchForWaiting(reg);
  });
  const check = () => void registration?.update().catch(() => undefined);
  document.addEventListener('visibilitychange', () => {
    if (document.visibilityState === 'visible') check();
  });
  setInterval(check, UPDATE_CHECK_MS);
}

/** Resolves when a worker that is still installing has finished (or failed), so we act on the newest. */
function settled(sw: ServiceWorker): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      if (sw.state !== 'installing') {
        sw.removeEventListener('statechange', done);
        resolve();
      }
    };
    sw.addEventListener('statechange', done);
    setTimeout(resolve, INSTALL_WAIT_MS);
    done();
  });
}

export async function applyUpdate(): Promise<void> {
  const reg = registration;
  if (!reg?.waiting && !reg?.installing) return;
  set('updating');
  try {
    sessionStorage.setItem(SCROLL_KEY, String(window.scrollY));
  } catch {
    // Not fatal: the page reloads at the top.
  }
  // A newer version may still be installing behind the one waiting (v2 waited, v3 arrived): tell
  // the old one to take over and the person would land on v2 and be asked again. Wait for the
  // newest to finish installing; it then replaces the waiting one.
  const installing = reg.installing;
  if (installing) await settled(installing);
  const waiting = reg.waiting;
  if (!waiting) {
    // The newest install failed and nothing waits: stay on this version, which still works.
    set('idle');
    return;
  }
  waiting.postMessage({ type: 'SKIP_WAITING' });
}

export function dismissStatus(): void {
  dismissed = registration?.waiting ?? null;
  set('idle');
}

export function useOfflineStatus(): OfflineStatus {
  const [s, setS] = useState(status);
  useEffect(() => {
    listeners.add(setS);
    setS(status);
    return () => void listeners.delete(setS);
  }, []);
  return s;
}

/** Whether the device says it has a connection (for the offline indicator). */
export function useOnline(): boolean {
  const [online, setOnline] = useState(typeof navigator === 'undefined' ? true : navigator.onLine);
  useEffect(() => {
    const on = () => setOnline(true);
    const off = () => setOnline(false);
    window.addEventListener('online', on);
    window.addEventListener('offline', off);
    return () => {
      window.removeEventListener('online', on);
      window.removeEventListener('offline', off);
    };
  }, []);
  return online;
}
