import type { FormInstance } from 'antd';

/** antd rejects `validateFields()` with `{ errorFields, values, outOfDate }` when a rule fails. */
function isValidationFailure(e: unknown): boolean {
  return typeof e === 'object' && e !== null && Array.isArray((e as { errorFields?: unknown }).errorFields);
}

/**
 * The form's values when every rule passes, or null when one fails. antd already shows each failure under its
 * field, so the rejection is answered here: an un-awaited `validateFields()` would leave an unhandled promise
 * rejection in the console. Anything else (a bug) is rethrown.
 */
export async function validFields<T>(form: FormInstance<T>): Promise<T | null> {
  try {
    return await form.validateFields();
  } catch (e) {
    if (isValidationFailure(e)) return null;
    throw e;
  }
}

/** Validates, then hands the values to `action` (usually a `useSubmit(...).run`, which shows the core's refusal). */
export async function submitForm<T>(form: FormInstance<T>, action: (values: T) => unknown): Promise<void> {
  const values = await validFields(form);
  if (values !== null) await action(values);
}
