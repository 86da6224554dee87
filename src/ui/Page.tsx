import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { useT } from '../i18n/index.ts';

let firstPage = true;

/**
 * Every page's frame: one h1, the document title, and focus on the h1 after an in-app
 * navigation so screen-reader and keyboard users start at the new content.
 */
export function Page({ title, children }: { title: string; children: ComponentChildren }) {
  const t = useT();
  const h1 = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${title} – ${t('app.name')}`;
  }, [title, t]);
  useEffect(() => {
    if (firstPage) {
      firstPage = false;
      return;
    }
    h1.current?.focus();
  }, []);
  return (
    <>
      <h1 ref={h1} tabIndex={-1} class="page-title">
        {title}
      </h1>
      {children}
    </>
  );
}
