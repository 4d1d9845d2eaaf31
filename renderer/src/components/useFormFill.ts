import type { FormInstance } from 'antd';
import { useEffect, useLayoutEffect, useRef } from 'react';

/**
 * antd applies `initialValues` only the first time a form instance mounts, so a dialog reused for "new" and then
 * "edit" would show stale fields. This resets and fills the form each time the dialog opens, and again when the
 * values change while nobody has typed yet (a record that arrives after the dialog opened). Once the user has
 * changed a field the form is theirs: new defaults (a fresh `dayjs()` on every render) never reset what they typed.
 */
export function useFormFill<T>(
  form: FormInstance<T>,
  open: boolean,
  values: Parameters<FormInstance<T>['setFieldsValue']>[0],
): void {
  const latest = useRef(values);
  useLayoutEffect(() => {
    latest.current = values;
  });
  const wasOpen = useRef(false);
  // What the form held right after the last fill: while it still holds exactly that, nobody has typed. (antd's
  // isFieldsTouched cannot tell: setFieldsValue marks the fields it fills as touched.)
  const filled = useRef<string | null>(null);
  const key = JSON.stringify(values);
  useEffect(() => {
    const opening = open && !wasOpen.current;
    wasOpen.current = open;
    if (!open) return;
    if (!opening && JSON.stringify(form.getFieldsValue(true)) !== filled.current) return;
    form.resetFields();
    form.setFieldsValue(latest.current);
    filled.current = JSON.stringify(form.getFieldsValue(true));
  }, [form, open, key]);
}
