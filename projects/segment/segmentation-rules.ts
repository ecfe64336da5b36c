/**
 * In-memory form of an SRX 2.0 document (https://www.gala-global.org/srx-20).
 * Regexes are kept as the Java-style source text found in the SRX file; they are converted to
 * JavaScript when a language's rules are compiled (see java-regex.ts).
 */

/** One `<rule>`: break (or not) between the text matched by `beforeBreak` and `afterBreak`. */
export interface SrxRule {
  /** `break="yes"` (the default) or `break="no"`. */
  break: boolean;
  /** Java regex that must match the text ending at the position; null = matches anything. */
  beforeBreak: string | null;
  /** Java regex that must match the text starting at the position; null = matches anything. */
  afterBreak: string | null;
}

export interface LanguageRule {
  name: string;
  rules: SrxRule[];
}

/** `<languagemap>`: a language code matching `pattern` (a Java regex) uses the rule set `ruleName`. */
export interface LanguageMap {
  pattern: string;
  ruleName: string;
}

export interface FormatHandle {
  type: 'start' | 'end' | 'isolated';
  include: boolean;
}

export interface SegmentationRules {
  /** When true every matching language map contributes its rules (in map order); otherwise only the first. */
  cascade: boolean;
  segmentSubflows: boolean;
  formatHandles: FormatHandle[];
  languageRules: LanguageRule[];
  maps: LanguageMap[];
}

/**
 * The ordered rules that apply to a language code, following SRX 2.0 map semantics.
 * Map patterns are matched against the whole code (Java `matches`), case-insensitively.
 */
export function rulesForLanguage(
  rules: SegmentationRules,
  lang: string,
  compilePattern: (javaRegex: string) => RegExp,
): SrxRule[] {
  const out: SrxRule[] = [];
  for (const map of rules.maps) {
    const re = compilePattern(map.pattern);
    if (!re.test(lang)) continue;
    const set = rules.languageRules.find((l) => l.name === map.ruleName);
    if (set) out.push(...set.rules);
    if (!rules.cascade) break;
  }
  return out;
}
