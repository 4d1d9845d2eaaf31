import type { App, FormInstance } from 'antd';
import { useEffect, useLayoutEffect, useMemo, useRef, type SyntheticEvent } from 'react';

type Check = () => boolean;
type ModalApi = ReturnType<typeof App.useApp>['modal'];

/** Every open dialog and page form with something typed answers here; one guard asks before it is lost. */
const checks = new Set<Check>();

/** Whether anything typed would be lost by leaving the page now (reload, closing the window, another menu entry). */
export function hasUnsavedChanges(): boolean {
  for (const check of checks) if (check()) return true;
  return false;
}

/**
 * Registers `isDirty` while `active` (an open dialog, a mounted page form). It is asked at the moment of leaving,
 * so typing never re-renders anything to keep a flag up to date.
 */
export function useUnsavedChanges(isDirty: Check, active = true): void {
  const latest = useRef(isDirty);
  useLayoutEffect(() => {
    latest.current = isDirty;
  });
  useEffect(() => {
    if (!active) return;
    const check = () => latest.current();
    checks.add(check);
    return () => {
      checks.delete(check);
    };
  }, [active]);
}

/** The values as one comparable text: keys sorted, dates as their ISO text. */
function snapshot(values: unknown): string {
  return (
    JSON.stringify(values, (_key, value: unknown) =>
      value && typeof value === 'object' && !Array.isArray(value)
        ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
        : value,
    ) ?? ''
  );
}

export interface FormChanges {
  /** Spread on the element holding the form: the user's first focus, key or click there takes the "before" picture. */
  track: Record<'onFocusCapture' | 'onKeyDownCapture' | 'onPointerDownCapture', (e: SyntheticEvent) => void>;
  /** The user changed something: the values differ from the picture taken before their first key or click. */
  isDirty: () => boolean;
  /** The values now on screen are saved: they are the new "before". */
  markSaved: () => void;
  /** Untouched again (a dialog opened anew, another record filled in). */
  reset: () => void;
}

/**
 * What the user changed in an antd form. antd's own `isFieldsTouched()` cannot tell: `setFieldsValue` (defaults and
 * records filled in by the code) marks fields touched too. So the values are pictured when the user first enters the
 * form (focus, key or click: always before a change), and the form is changed while they differ from that picture.
 */
export function useFormChanges<T>(form: FormInstance<T>): FormChanges {
  const before = useRef<string | null>(null);
  return useMemo(() => {
    const now = () => snapshot(form.getFieldsValue(true));
    const seen = () => {
      if (before.current === null) before.current = now();
    };
    return {
      track: { onFocusCapture: seen, onKeyDownCapture: seen, onPointerDownCapture: seen },
      isDirty: () => before.current !== null && now() !== before.current,
      markSaved: () => {
        before.current = now();
      },
      reset: () => {
        before.current = null;
      },
    };
  }, [form]);
}

/**
 * A form on a page (not in a dialog): unsaved while the user's changes differ from what was loaded or saved.
 * Spread `track` on the `<Form>`; call `markSaved()` after a successful save.
 */
export function useUnsavedForm<T>(form: FormInstance<T>): FormChanges {
  const changes = useFormChanges(form);
  useUnsavedChanges(changes.isDirty);
  return changes;
}

/** The one question before typed changes are dropped; resolves true for 放弃修改. */
export function confirmDiscard(modal: ModalApi): { answer: Promise<boolean>; close: () => void } {
  let settle: (discard: boolean) => void = () => undefined;
  const answer = new Promise<boolean>((resolve) => (settle = resolve));
  const instance = modal.confirm({
    title: '有未保存的修改，确定放弃吗？',
    content: '放弃后，刚才填写或修改的内容不会保存。',
    okText: '放弃修改',
    okButtonProps: { danger: true, 'data-testid': 'discard-changes' },
    cancelText: '继续编辑',
    // Enter (or a second Esc) keeps the work: discarding takes a deliberate click.
    autoFocusButton: 'cancel',
    cancelButtonProps: { 'data-testid': 'keep-editing' },
    onOk: () => settle(true),
    onCancel: () => settle(false),
  });
  // Closed from outside (the asking component went away): no answer is given.
  return { answer, close: () => instance.destroy() };
}
