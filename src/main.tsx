import { render } from 'preact';
import { App } from './app.tsx';
import { initI18n } from './i18n/index.ts';
import { registerServiceWorker } from './offline/index.ts';
import { checkEviction } from './storage/index.ts';
import { loadDataset } from './dataset/index.ts';
import './ui/styles.css';

async function start(): Promise<void> {
  await initI18n();
  // Before the dataset is (re)installed, which writes a fresh install marker.
  await checkEviction().catch(() => false);
  render(<App />, document.getElementById('app')!);
  if (import.meta.env.PROD) afterFirstContent(() => registerServiceWorker('/sw.js'));
}

/**
 * The worker's first install downloads the whole app for offline use; started at once it would
 * compete with the page's own files and the directory on a slow connection. So: after the page
 * has loaded and the directory has arrived (or failed), or after 5 seconds at the latest.
 */
function afterFirstContent(run: () => void): void {
  let done = false;
  const once = () => {
    if (!done) {
      done = true;
      run();
    }
  };
  const loaded = document.readyState === 'complete' ? Promise.resolve() : new Promise<void>((r) => window.addEventListener('load', () => r(), { once: true }));
  void loaded.then(() => loadDataset().then(once, once));
  setTimeout(once, 5000);
}

void start();
