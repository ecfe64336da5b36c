import { DEFAULT_SRX } from './default-srx';
import { parseSrx } from './parse-srx';
import type { SegmentationRules } from './segmentation-rules';

export interface DefaultRuleOptions {
  /** Also end Chinese sentences at ； (outside quotes and titles). */
  zhSemicolon?: boolean;
  /** Also end Chinese sentences at ： (outside quotes and titles). */
  zhColon?: boolean;
}

const cache = new Map<string, SegmentationRules>();

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

/**
 * The shipped rules (rules/duizhao.srx). The optional Chinese rule sets are mapped for `zh` right
 * after the main Chinese set when their option is on. The result is frozen and shared; clone it
 * (structuredClone) to edit.
 */
export function defaultRules(options: DefaultRuleOptions = {}): SegmentationRules {
  const key = `${options.zhSemicolon ? 1 : 0}${options.zhColon ? 1 : 0}`;
  const hit = cache.get(key);
  if (hit) return hit;
  const rules = parseSrx(DEFAULT_SRX);
  const extra = [
    ...(options.zhSemicolon ? [{ pattern: 'zh.*', ruleName: 'ChineseSemicolon' }] : []),
    ...(options.zhColon ? [{ pattern: 'zh.*', ruleName: 'ChineseColon' }] : []),
  ];
  const at = rules.maps.findIndex((m) => m.ruleName === 'Chinese') + 1;
  rules.maps.splice(at, 0, ...extra);
  const frozen = deepFreeze(rules);
  cache.set(key, frozen);
  return frozen;
}
