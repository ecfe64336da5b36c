import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadFixtureConcepts, makeConcept, SHARED_FIXTURES } from '../eval/fixture-glossary';
import { buildMatcher } from '../match/build-matcher';
import { findTermCandidates } from './find-term-candidates';

const empty = buildMatcher([]);
const seg = (id: string | number, source: string) => ({ id, source });

describe('findTermCandidates', () => {
  it('keeps the longest n-gram when its substrings only occur inside it', () => {
    const segs = [seg(1, '共建西部科学城。'), seg(2, '西部科学城很大'), seg(3, '推进西部科学城')];
    const r = findTermCandidates(segs, empty, { minCount: 3 });
    expect(r.map((c) => c.text)).toEqual(['西部科学城']);
    expect(r[0]).toMatchObject({ count: 3, examples: [1, 2, 3], kind: 'ngram' });
  });

  it('keeps a substring that also occurs on its own', () => {
    const segs = [seg(1, '西部科学城'), seg(2, '西部科学城'), seg(3, '科学城'), seg(4, '科学城')];
    const texts = findTermCandidates(segs, empty, { minCount: 2 }).map((c) => [c.text, c.count]);
    expect(texts).toContainEqual(['科学城', 4]);
    expect(texts).toContainEqual(['西部科学城', 2]);
    expect(texts.map((t) => t[0])).not.toContain('部科学');
  });

  it('does not cross punctuation and skips glossary matches', () => {
    const m = buildMatcher([makeConcept(1, '西部科学城', { preferred: ['Western China Science City'] })]);
    const segs = [seg(1, '西部科学城，高新区'), seg(2, '西部科学城，高新区')];
    const texts = findTermCandidates(segs, m, { minCount: 2 }).map((c) => c.text);
    expect(texts).toEqual(['高新区']);
    expect(findTermCandidates(segs, empty, { minCount: 2 }).map((c) => c.text)).not.toContain('学城，高');
  });

  it('finds names with generic suffixes and capitalised Latin names', () => {
    const r = findTermCandidates([seg('a', '位于潼南区崇龛镇，由China Mobile承建'), seg('b', '该市和全区')], empty);
    const names = r.filter((c) => c.kind === 'name').map((c) => c.text);
    expect(names).toEqual(expect.arrayContaining(['潼南区', '崇龛镇', 'China Mobile']));
    expect(names).not.toContain('该市');
    expect(names).not.toContain('全区');
  });

  it('rejects common nouns, deictic bases and bases holding function characters', () => {
    const r = findTermCandidates([seg(1, '偏远山区'), seg(2, '重庆全市'), seg(3, '高质量的市场'), seg(4, '技术和市'), seg(5, '建设农村')], empty);
    expect(r.filter((c) => c.kind === 'name')).toEqual([]);
  });

  it('respects limit and example count, and is deterministic', () => {
    const segs = Array.from({ length: 10 }, (_, i) => seg(i, '智慧农业示范园区和数字乡村'));
    const a = findTermCandidates(segs, empty, { limit: 3 });
    expect(a).toHaveLength(3);
    for (const c of a) expect(c.examples).toEqual([0, 1, 2]);
    expect(findTermCandidates(segs, empty, { limit: 3 })).toEqual(a);
  });

  it('proposes page vocabulary that the glossary lacks, and nothing it covers', () => {
    const text = readFileSync(SHARED_FIXTURES + 'newspaper-page-zh.txt', 'utf8');
    const segs = text.split(/\n\s*\n/).map((p, i) => seg(i, p.replace(/\s+/g, '')));
    const r = findTermCandidates(segs, buildMatcher(loadFixtureConcepts()), { limit: 200 });
    const texts = r.map((c) => c.text);
    expect(texts).toContain('协同创新');
    expect(texts).not.toContain('两江新区');
    expect(texts).not.toContain('崇龛琼江大桥');
    for (const c of r) expect(c.count).toBeGreaterThanOrEqual(1);
  });
});
