import { App } from 'antd';
import { useEffect, useLayoutEffect, useRef } from 'react';
import { useBlocker } from 'react-router-dom';
import { confirmDiscard, hasUnsavedChanges } from './unsavedChanges';

/**
 * Asks before typed changes are lost by leaving: another menu entry or address (the router's blocker, asked with
 * the app's own dialog) and a reload or closing the window (the browser's `beforeunload`; the desktop window asks
 * the same question in `electron/main/window.ts`). Rendered once, in the layout: a router allows one blocker.
 */
export function UnsavedChangesGuard() {
  const { modal } = App.useApp();
  const blocker = useBlocker(
    ({ currentLocation, nextLocation }) => currentLocation.pathname !== nextLocation.pathname && hasUnsavedChanges(),
  );
  const blocked = blocker.state === 'blocked';
  const latest = useRef(blocker);
  useLayoutEffect(() => {
    latest.current = blocker;
  });

  useEffect(() => {
    if (!blocked) return;
    const question = confirmDiscard(modal);
    void question.answer.then((discard) => {
      const now = latest.current;
      if (now.state !== 'blocked') return;
      if (discard) now.proceed();
      else now.reset();
    });
    return question.close;
  }, [blocked, modal]);

  useEffect(() => {
    const onBeforeUnload = (e: BeforeUnloadEvent) => {
      if (!hasUnsavedChanges()) return;
      e.preventDefault();
      // Older Chromium (and Electron's `will-prevent-unload`) look at returnValue.
      e.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, []);

  return null;
}
