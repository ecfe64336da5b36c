import type { TFunction } from 'i18next';

/** Words for an API error: `errors.<code>` with the details as values, or a generic line. */
export function errorText(t: TFunction, e: unknown): string {
  const err = e as { code?: string; details?: Record<string, unknown>; message?: string };
  if (err && typeof err.code === 'string') {
    const key = `errors.${err.code}`;
    const text = t(key, { ...(err.details ?? {}), message: err.message ?? '', defaultValue: '' });
    if (text) return text;
    return t('errors.generic', { code: err.code, message: err.message ?? '' });
  }
  return t('errors.generic', { code: 'internal', message: String(e) });
}
