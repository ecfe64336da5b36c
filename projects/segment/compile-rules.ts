import { compileJavaRegex, javaRegexToJs } from './java-regex';
import { SegmentationError } from './segmentation-error';
import { rulesForLanguage, type SegmentationRules, type SrxRule } from './segmentation-rules';

/** One rule ready to test at a position: a sticky, empty-width `(?<=before)(?=after)`. */
export interface CompiledRule {
  rule: SrxRule;
  at: RegExp;
  /**
   * A character every `beforebreak` match starts with, when the pattern begins with an unquantified
   * literal and has no top-level alternation (and no `i` flag): the rule cannot match at a position
   * before that character's first occurrence, so the test is skipped there (exact, just cheaper).
   */
  leading: string | null;
}

/** A language's ordered rules plus global scanners that list every position where some break rule matches. */
export interface CompiledLanguage {
  rules: CompiledRule[];
  scanners: RegExp[];
}

/** Backreferences and named groups cannot be merged into one alternation; such rules get their own scanner. */
const NOT_MERGEABLE = /\\[1-9]|\\k<|\(\?<[A-Za-z]/;

const SPECIAL = new Set('\\[](){}|.*+?^$/'.split(''));

/** See `CompiledRule.leading`. */
export function leadingLiteral(source: string, flags: string): string | null {
  if (source === '' || flags.includes('i')) return null;
  const first = String.fromCodePoint(source.codePointAt(0)!);
  if (SPECIAL.has(first) || /^[*?{]/.test(source.slice(first.length))) return null;
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) return null;
  }
  return first;
}

function emptyWidth(rule: SrxRule): { source: string; flags: string; leading: string | null } {
  const before = rule.beforeBreak === null ? null : javaRegexToJs(rule.beforeBreak);
  const after = rule.afterBreak === null ? null : javaRegexToJs(rule.afterBreak);
  if (before && /\\[1-9]|\\k</.test(before.source)) {
    // beforebreak runs as a lookbehind, which matches right to left: a backreference would see its group empty.
    throw new SegmentationError('unsupported-regex', { pattern: rule.beforeBreak, construct: 'backreference in beforebreak' });
  }
  // Either side needing `u` (or `i`, from a leading `(?i)`) sets it for the combined regex; both sides
  // were syntax-checked in `u` mode, so they stay valid.
  const flags = new Set([...(before?.flags ?? ''), ...(after?.flags ?? '')]);
  const source = (before ? `(?<=${before.source})` : '') + (after ? `(?=${after.source})` : '');
  return {
    source: source === '' ? '(?:)' : source,
    flags: [...flags].sort().join(''),
    leading: before ? leadingLiteral(before.source, before.flags) : null,
  };
}

const cache = new WeakMap<SegmentationRules, Map<string, CompiledLanguage>>();

/**
 * Compiles the rules that apply to `lang`. The result is cached per rules object, so rule objects
 * must be treated as immutable once used for segmentation.
 */
export function compileLanguage(rules: SegmentationRules, lang: string): CompiledLanguage {
  let perLang = cache.get(rules);
  if (!perLang) {
    perLang = new Map();
    cache.set(rules, perLang);
  }
  const hit = perLang.get(lang);
  if (hit) return hit;
  const ordered = rulesForLanguage(rules, lang, (p) => compileJavaRegex(p, 'i', (s) => `^(?:${s})$`));
  const compiled: CompiledRule[] = [];
  const groups = new Map<string, string[]>();
  const scanners: RegExp[] = [];
  for (const rule of ordered) {
    const { source, flags, leading } = emptyWidth(rule);
    compiled.push({ rule, at: new RegExp(source, `${flags}y`), leading });
    if (!rule.break) continue;
    const mergeable = !NOT_MERGEABLE.test(source);
    if (!mergeable) {
      scanners.push(new RegExp(source, `${flags}g`));
      continue;
    }
    const list = groups.get(flags) ?? [];
    list.push(source);
    groups.set(flags, list);
  }
  for (const [flags, sources] of groups) scanners.push(new RegExp(sources.join('|'), `${flags}g`));
  const result = { rules: compiled, scanners };
  perLang.set(lang, result);
  return result;
}

/**
 * Converts and compiles every regex of a rule set (rules and language patterns), so that an SRX file
 * with a construct JavaScript lacks is refused when it is loaded rather than when it is first used.
 * Throws `SegmentationError` (`unsupported-regex` / `bad-regex`) with the rule set and rule index.
 */
export function checkRules(rules: SegmentationRules): void {
  for (const set of rules.languageRules) {
    set.rules.forEach((rule, index) => {
      try {
        const { source, flags } = emptyWidth(rule);
        new RegExp(source, flags);
      } catch (err) {
        if (err instanceof SegmentationError) {
          throw new SegmentationError(err.code, { ...err.details, languageRule: set.name, rule: index });
        }
        throw err;
      }
    });
  }
  for (const map of rules.maps) compileJavaRegex(map.pattern, 'i', (s) => `^(?:${s})$`);
}
