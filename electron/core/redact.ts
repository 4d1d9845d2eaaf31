/** Replaces secrets (any field whose name mentions a password) so they never reach a log or a digest. */
export function redactSecrets(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(redactSecrets);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value as Record<string, unknown>).map(([k, v]) => [
      k,
      /password/i.test(k) ? '***' : redactSecrets(v),
    ]),
  );
}
