/** File-name helpers and the tool identity written into interchange files. */
export const TOOL_NAME = 'Duizhao';
export const TOOL_VERSION = '0.1.0';

/** A safe file-name stem from a project name: keeps letters (any script), digits, '-', '_' and '.'. */
export function sanitizeBaseName(name: string): string {
  const cleaned = name
    .normalize('NFC')
    .replace(/[\u0000-\u001f\u007f<>:"/\\|?*]+/g, ' ')
    .trim()
    .replace(/\s+/g, '-')
    .replace(/^\.+/, '')
    .slice(0, 80)
    .replace(/[.\s-]+$/, '');
  return cleaned === '' ? 'export' : cleaned;
}

export function baseNameOf(projectName: string, explicit?: string): string {
  return sanitizeBaseName(explicit ?? projectName);
}

export const utf8 = (s: string): Uint8Array => new TextEncoder().encode(s);
