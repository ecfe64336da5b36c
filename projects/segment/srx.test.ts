import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SRX } from './default-srx';
import { defaultRules } from './default-rules';
import { parseSrx } from './parse-srx';
import { segmentParagraph } from './segment-paragraph';
import { SegmentationError } from './segmentation-error';
import type { SegmentationRules } from './segmentation-rules';
import { writeSrx } from './write-srx';

const SRX_FILE = new URL('./rules/duizhao.srx', import.meta.url);
const XSD = path.resolve(process.cwd(), '../shared/schemas/srx-2.0/srx20.xsd');
const XMLLINT = '/usr/bin/xmllint';

function errorCode(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    if (e instanceof SegmentationError) return e.code;
    throw e;
  }
  return undefined;
}

const tiny = (body: string, header = '<header segmentsubflows="yes" cascade="no"/>') =>
  `<?xml version="1.0"?><srx xmlns="http://www.lisa.org/srx20" version="2.0">${header}<body>${body}</body></srx>`;

describe('shipped rules', () => {
  it('default-srx.ts is in sync with rules/duizhao.srx (run rules/sync-default-srx.ts)', () => {
    expect(DEFAULT_SRX).toBe(readFileSync(SRX_FILE, 'utf8'));
  });

  it('parses into Chinese, English and Default rule sets with cascade on', () => {
    const r = defaultRules();
    expect(r.cascade).toBe(true);
    expect(r.languageRules.map((l) => l.name)).toEqual(['Chinese', 'ChineseSemicolon', 'ChineseColon', 'English', 'Default']);
    expect(r.maps.map((m) => m.ruleName)).toEqual(['Chinese', 'English', 'Default']);
    expect(defaultRules({ zhColon: true, zhSemicolon: true }).maps.map((m) => m.ruleName)).toEqual([
      'Chinese',
      'ChineseSemicolon',
      'ChineseColon',
      'English',
      'Default',
    ]);
    expect(Object.isFrozen(r.maps)).toBe(true);
  });

  const lint = existsSync(XMLLINT) && existsSync(XSD);
  if (!lint) console.warn(`srx schema validation skipped: ${existsSync(XMLLINT) ? XSD : XMLLINT} not found`);

  it.skipIf(!lint)('validates against the SRX 2.0 schema with xmllint (shipped file and writeSrx output)', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'srx-'));
    try {
      const written = path.join(dir, 'written.srx');
      writeFileSync(written, writeSrx(defaultRules({ zhColon: true, zhSemicolon: true })));
      for (const file of [SRX_FILE.pathname, written]) {
        // execFileSync throws (failing the test) when xmllint reports an invalid document
        execFileSync(XMLLINT, ['--noout', '--schema', XSD, file], { stdio: 'pipe' });
      }
      const broken = path.join(dir, 'broken.srx');
      writeFileSync(broken, writeSrx(defaultRules()).replace('cascade="yes"', 'cascade="maybe"'));
      expect(() => execFileSync(XMLLINT, ['--noout', '--schema', XSD, broken], { stdio: 'pipe' })).toThrow();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('parseSrx / writeSrx', () => {
  it('round-trips the shipped rules', () => {
    const r = defaultRules();
    expect(parseSrx(writeSrx(r))).toEqual(r);
  });

  it('keeps regex whitespace, entities and CDATA exactly', () => {
    const r = parseSrx(
      tiny(
        '<languagerules><languagerule languagerulename="x"><rule break="no"><beforebreak> a&lt;b&amp;&#x4E2D; </beforebreak><afterbreak><![CDATA[(?<=x)<]]></afterbreak></rule><rule><beforebreak>\\.</beforebreak></rule></languagerule></languagerules><maprules><languagemap languagepattern="x.*" languagerulename="x"/></maprules>',
        '<header segmentsubflows="no" cascade="no"><formathandle type="start" include="no"/></header>',
      ),
    );
    expect(r.languageRules[0]!.rules).toEqual([
      { break: false, beforeBreak: ' a<b&中 ', afterBreak: '(?<=x)<' },
      { break: true, beforeBreak: '\\.', afterBreak: null },
    ]);
    expect(r.formatHandles).toEqual([{ type: 'start', include: false }]);
    expect(r.segmentSubflows).toBe(false);
  });

  it('round-trips arbitrary rule sets', () => {
    const pattern = fc.option(fc.string({ unit: 'grapheme', minLength: 1, maxLength: 12 }).filter((s) => !/[\u0000-\u001f\ufffe\uffff]/u.test(s)), { nil: null });
    const name = fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 8 });
    const arb = fc
      .record({
        cascade: fc.boolean(),
        segmentSubflows: fc.boolean(),
        formatHandles: fc.array(fc.record({ type: fc.constantFrom('start' as const, 'end' as const, 'isolated' as const), include: fc.boolean() }), { maxLength: 3 }),
        languageRules: fc.uniqueArray(
          fc.record({ name, rules: fc.array(fc.record({ break: fc.boolean(), beforeBreak: pattern, afterBreak: pattern }), { minLength: 1, maxLength: 4 }) }),
          { minLength: 1, maxLength: 3, selector: (l) => l.name },
        ),
      })
      .chain((r) =>
        fc.record({
          ...Object.fromEntries(Object.entries(r).map(([k, v]) => [k, fc.constant(v)])),
          maps: fc.array(fc.record({ pattern: name, ruleName: fc.constantFrom(...r.languageRules.map((l) => l.name)) }), { minLength: 1, maxLength: 3 }),
        }),
      ) as fc.Arbitrary<SegmentationRules>;
    fc.assert(
      fc.property(arb, (r) => {
        expect(parseSrx(writeSrx(r), { checkRegexes: false })).toEqual(r);
      }),
      { numRuns: 150 },
    );
  });

  it.each([
    ['not xml', 'malformed-xml'],
    ['<srx version="2.0"><header cascade="yes" segmentsubflows="yes"/></srx>', 'expected-one-element'],
    [tiny('<languagerules/><maprules/>').replace('version="2.0"', 'version="1.0"'), 'unsupported-version'],
    [tiny('<languagerules><languagerule languagerulename="a"><rule/></languagerule></languagerules><maprules><languagemap languagepattern=".*" languagerulename="b"/></maprules>'), 'unknown-language-rule'],
    [tiny('<languagerules><languagerule languagerulename="a"><rule break="maybe"/></languagerule></languagerules><maprules/>'), 'bad-attribute'],
  ])('rejects a broken document (%#)', (xml, reason) => {
    try {
      parseSrx(xml);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(SegmentationError);
      expect((e as SegmentationError).code).toBe('bad-srx');
      expect((e as SegmentationError).details.reason).toBe(reason);
    }
  });
});

describe('SRX semantics', () => {
  const rulesXml = (cascade: 'yes' | 'no') =>
    tiny(
      `<languagerules>
        <languagerule languagerulename="A"><rule break="no"><beforebreak>x\\.</beforebreak><afterbreak>\\s</afterbreak></rule></languagerule>
        <languagerule languagerulename="B"><rule break="yes"><beforebreak>\\.</beforebreak><afterbreak>\\s</afterbreak></rule></languagerule>
      </languagerules>
      <maprules>
        <languagemap languagepattern="en.*" languagerulename="A"/>
        <languagemap languagepattern=".*" languagerulename="B"/>
      </maprules>`,
      `<header segmentsubflows="yes" cascade="${cascade}"/>`,
    );

  it('lets the first matching rule decide, with cascading maps', () => {
    const r = parseSrx(rulesXml('yes'));
    expect(segmentParagraph('a. x. b. c', 'en', r).map((s) => s.source)).toEqual(['a.', 'x. b.', 'c']);
    // zh does not match en.*, so only B applies
    expect(segmentParagraph('a. x. b. c', 'zh', r).map((s) => s.source)).toEqual(['a.', 'x.', 'b.', 'c']);
  });

  it('applies no rule (one segment) when no map matches the language', () => {
    const r = parseSrx(rulesXml('yes').replace('languagepattern=".*"', 'languagepattern="fr.*"'));
    expect(segmentParagraph('a. b. c', 'zh', r)).toEqual([{ source: 'a. b. c', separator: '' }]);
  });

  it('uses only the first matching map without cascade', () => {
    const r = parseSrx(rulesXml('no'));
    // en matches A only, which has no break rule at all
    expect(segmentParagraph('a. x. b. c', 'en', r)).toHaveLength(1);
    expect(segmentParagraph('a. x. b. c', 'zh', r)).toHaveLength(4);
  });

  it('throws unsupported-regex when rules use a construct JavaScript lacks', () => {
    const xml = tiny(
      '<languagerules><languagerule languagerulename="A"><rule><beforebreak>a</beforebreak></rule><rule><beforebreak>\\.++</beforebreak></rule></languagerule></languagerules><maprules><languagemap languagepattern=".*" languagerulename="A"/></maprules>',
    );
    try {
      parseSrx(xml);
      expect.unreachable();
    } catch (e) {
      expect((e as SegmentationError).code).toBe('unsupported-regex');
      expect((e as SegmentationError).details).toMatchObject({ languageRule: 'A', rule: 1, construct: 'possessive quantifier' });
    }
    const unchecked = parseSrx(xml, { checkRegexes: false });
    expect(errorCode(() => segmentParagraph('a. b', 'en', unchecked))).toBe('unsupported-regex');
  });

  it('supports backreferences in afterbreak (own scan) and rejects them in beforebreak', () => {
    const xml = (before: string, after: string) =>
      tiny(
        `<languagerules><languagerule languagerulename="A"><rule><beforebreak>${before}</beforebreak><afterbreak>${after}</afterbreak></rule><rule><beforebreak>;</beforebreak></rule></languagerule></languagerules><maprules><languagemap languagepattern=".*" languagerulename="A"/></maprules>`,
      );
    const ok = parseSrx(xml('-', '(\\w)\\1'));
    expect(segmentParagraph('a-bb-cd;e', 'en', ok).map((s) => s.source)).toEqual(['a-', 'bb-cd;', 'e']);
    expect(errorCode(() => parseSrx(xml('(\\w)\\1', 'x')))).toBe('unsupported-regex');
  });
});
