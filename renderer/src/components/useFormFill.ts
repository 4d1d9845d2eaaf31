import type { FormInstance } from 'antd';
import { useEffect, useLayoutEffect, useRef } from 'react';

/**
 * antd applies `initialValues` only the first time a form instance mounts, so a dialog reused for "new" and then
 * "edit" would show stale fields. This resets and fills the form each time the dialog opens for another record.
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
  const key = JSON.stringify(values);
  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue(latest.current);
  }, [form, open, key]);
}
