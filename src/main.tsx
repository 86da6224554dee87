import { render } from 'preact';
import { App } from './app.tsx';
import { initI18n } from './i18n/index.ts';
import { registerServiceWorker } from './offline/index.ts';
import { checkEviction } from './storage/index.ts';
import './ui/styles.css';

async function start(): Promise<void> {
  await initI18n();
  // Before the dataset is (re)installed, which writes a fresh install marker.
  await checkEviction().catch(() => false);
  render(<App />, document.getElementById('app')!);
  if (import.meta.env.PROD) registerServiceWorker('/sw.js');
}

void start();
