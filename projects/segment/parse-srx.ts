import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { checkRules } from './compile-rules';
import { SegmentationError } from './segmentation-error';
import type { FormatHandle, LanguageMap, LanguageRule, SegmentationRules, SrxRule } from './segmentation-rules';

/** A node of fast-xml-parser's `preserveOrder` output. */
type XNode = Record<string, unknown> & { ':@'?: Record<string, string> };

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  removeNSPrefix: true,
  trimValues: false, // regexes may begin or end with a meaningful space
  parseTagValue: false,
  parseAttributeValue: false,
  processEntities: true,
  htmlEntities: true, // also decodes numeric character references
});

function bad(reason: string, extra: Record<string, unknown> = {}): never {
  throw new SegmentationError('bad-srx', { reason, ...extra });
}

function tagOf(node: XNode): string | null {
  for (const k of Object.keys(node)) if (k !== ':@') return k;
  return null;
}

function childrenOf(node: XNode): XNode[] {
  const tag = tagOf(node);
  const c = tag ? node[tag] : undefined;
  return Array.isArray(c) ? (c as XNode[]) : [];
}

/** Element children only (text, comments and processing instructions dropped). */
function elements(nodes: XNode[]): XNode[] {
  return nodes.filter((n) => {
    const t = tagOf(n);
    return t !== null && t !== '#text' && !t.startsWith('?');
  });
}

function only(nodes: XNode[], tag: string): XNode[] {
  return elements(nodes).filter((n) => tagOf(n) === tag);
}

function one(nodes: XNode[], tag: string, where: string): XNode {
  const found = only(nodes, tag);
  if (found.length !== 1) bad('expected-one-element', { element: tag, parent: where, found: found.length });
  return found[0]!;
}

function attr(node: XNode, name: string): string | undefined {
  return node[':@']?.[name];
}

function yesNo(value: string | undefined, name: string, fallback: boolean | null): boolean {
  if (value === undefined) {
    if (fallback === null) bad('missing-attribute', { attribute: name });
    return fallback;
  }
  if (value === 'yes') return true;
  if (value === 'no') return false;
  return bad('bad-attribute', { attribute: name, value });
}

function textOf(node: XNode): string {
  return childrenOf(node)
    .map((c) => (typeof c['#text'] === 'string' ? c['#text'] : ''))
    .join('');
}

function parseRule(node: XNode): SrxRule {
  const kids = childrenOf(node);
  const before = only(kids, 'beforebreak');
  const after = only(kids, 'afterbreak');
  if (before.length > 1 || after.length > 1) bad('duplicate-break-pattern');
  const beforeText = before[0] ? textOf(before[0]) : '';
  const afterText = after[0] ? textOf(after[0]) : '';
  return {
    break: yesNo(attr(node, 'break'), 'break', true),
    beforeBreak: beforeText === '' ? null : beforeText,
    afterBreak: afterText === '' ? null : afterText,
  };
}

export interface ParseSrxOptions {
  /** Convert and compile every regex now (default true), so unsupported ones are refused at load time. */
  checkRegexes?: boolean;
}

/**
 * Parses an SRX 2.0 document. Malformed XML or a broken structure throws `SegmentationError('bad-srx')`;
 * a regex JavaScript cannot run throws `unsupported-regex` or `bad-regex` (unless `checkRegexes` is false).
 */
export function parseSrx(xml: string, options: ParseSrxOptions = {}): SegmentationRules {
  const valid = XMLValidator.validate(xml);
  if (valid !== true) bad('malformed-xml', { line: valid.err.line, col: valid.err.col, xmlCode: valid.err.code });
  const root = one(parser.parse(xml) as XNode[], 'srx', 'document');
  const version = attr(root, 'version');
  if (version !== '2.0') bad('unsupported-version', { version });
  const header = one(childrenOf(root), 'header', 'srx');
  const body = one(childrenOf(root), 'body', 'srx');
  const formatHandles: FormatHandle[] = only(childrenOf(header), 'formathandle').map((f) => {
    const type = attr(f, 'type');
    if (type !== 'start' && type !== 'end' && type !== 'isolated') bad('bad-attribute', { attribute: 'type', value: type });
    return { type, include: yesNo(attr(f, 'include'), 'include', null) };
  });
  const languageRules: LanguageRule[] = only(childrenOf(one(childrenOf(body), 'languagerules', 'body')), 'languagerule').map(
    (lr) => {
      const name = attr(lr, 'languagerulename');
      if (name === undefined) bad('missing-attribute', { attribute: 'languagerulename' });
      return { name, rules: only(childrenOf(lr), 'rule').map(parseRule) };
    },
  );
  const names = new Set(languageRules.map((l) => l.name));
  const maps: LanguageMap[] = only(childrenOf(one(childrenOf(body), 'maprules', 'body')), 'languagemap').map((m) => {
    const pattern = attr(m, 'languagepattern');
    const ruleName = attr(m, 'languagerulename');
    if (pattern === undefined || ruleName === undefined) bad('missing-attribute', { attribute: 'languagemap' });
    if (!names.has(ruleName)) bad('unknown-language-rule', { ruleName });
    return { pattern, ruleName };
  });
  const rules: SegmentationRules = {
    cascade: yesNo(attr(header, 'cascade'), 'cascade', null),
    segmentSubflows: yesNo(attr(header, 'segmentsubflows'), 'segmentsubflows', true),
    formatHandles,
    languageRules,
    maps,
  };
  if (options.checkRegexes !== false) checkRules(rules);
  return rules;
}
