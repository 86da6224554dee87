/**
 * The only bridge to the service worker. The UI reads `useOfflineStatus()` and calls
 * `applyUpdate()`; nothing else in the app knows the worker exists.
 */
import { Workbox } from 'workbox-window';
import { useEffect, useState } from 'preact/hooks';

export type OfflineStatus = 'idle' | 'ready' | 'update-available' | 'updating' | 'unsupported';

let status: OfflineStatus = 'idle';
const listeners = new Set<(s: OfflineStatus) => void>();
let registration: ServiceWorkerRegistration | undefined;

function set(next: OfflineStatus): void {
  status = next;
  listeners.forEach((l) => l(next));
}

export function registerServiceWorker(url = '/sw.js'): void {
  if (!('serviceWorker' in navigator)) {
    set('unsupported');
    return;
  }
  const wb = new Workbox(url);
  wb.addEventListener('installed', (e) => {
    if (!e.isUpdate) set('ready');
  });
  wb.addEventListener('waiting', () => set('update-available'));
  // A new worker only takes over when the user said yes; reload so the page matches it.
  let reloading = false;
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (status === 'updating' && !reloading) {
      reloading = true;
      window.location.reload();
    }
  });
  void wb.register().then((reg) => {
    registration = reg;
    // Several updates may arrive while one waits; workbox-window tracks only the first, so watch
    // the registration itself and always offer the newest waiting worker.
    reg?.addEventListener('updatefound', () => {
      const sw = reg.installing;
      sw?.addEventListener('statechange', () => {
        if (sw.state === 'installed' && navigator.serviceWorker.controller) set('update-available');
      });
    });
  });
}

export function applyUpdate(): void {
  const waiting = registration?.waiting;
  if (!waiting) return;
  set('updating');
  waiting.postMessage({ type: 'SKIP_WAITING' });
}

export function dismissStatus(): void {
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
