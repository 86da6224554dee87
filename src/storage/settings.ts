import { backend } from './backend.ts';

export async function getSetting<T>(key: string): Promise<T | undefined> {
  const rec = (await (await backend()).get('settings', key)) as { value: T } | undefined;
  return rec?.value;
}

export async function setSetting(key: string, value: unknown): Promise<void> {
  await (await backend()).batch([{ store: 'settings', put: { key, value } }]);
}
