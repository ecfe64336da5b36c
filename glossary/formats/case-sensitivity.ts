/**
 * File formats have no field for "match case exactly", so readers derive it: an English term written
 * entirely in capitals with at least two letters (an acronym such as "CAS" or "5G-ZY") is case-sensitive.
 * Chinese terms never are.
 */
export function guessCaseSensitive(lang: 'zh' | 'en', text: string): boolean {
  if (lang !== 'en') return false;
  return !/[a-z]/.test(text) && (text.match(/[A-Z]/g) ?? []).length >= 2;
}
