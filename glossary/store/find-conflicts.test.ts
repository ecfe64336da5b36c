import { describe, expect, it } from 'vitest';
import type { Concept, ConceptInput } from '../model';
import { findConflicts } from './find-conflicts';
import { concept } from './test-support/sample-concepts';

function saved(c: ConceptInput, id: number): Concept {
  return { ...c, id, createdBy: 'x', createdAt: 't', modifiedBy: 'x', modifiedAt: 't' };
}

describe('findConflicts', () => {
  it('finds zh terms with several preferred English terms', () => {
    const r = findConflicts([saved(concept('两江新区', 'Liangjiang New Area'), 1), saved(concept('两江新区', 'Two Rivers New Area'), 2)]);
    expect(r).toEqual([{ kind: 'zh-several-preferred', conceptIds: [1, 2], zh: '两江新区', en: ['Liangjiang New Area', 'Two Rivers New Area'] }]);
  });

  it('finds duplicate concepts (same zh, same preferred English ignoring case)', () => {
    const r = findConflicts([saved(concept('川渝', 'Sichuan and Chongqing'), 1), saved(concept('川渝', 'sichuan and chongqing'), 5)]);
    expect(r).toEqual([{ kind: 'duplicate-concept', conceptIds: [1, 5], zh: '川渝', en: ['Sichuan and Chongqing'] }]);
  });

  it('finds a term both allowed and forbidden in one concept', () => {
    const c = concept('川渝', 'Sichuan and Chongqing', { admitted: ['Sichuan-Chongqing'], forbidden: ['sichuan-chongqing'] });
    expect(findConflicts([saved(c, 3)])).toEqual([{ kind: 'preferred-and-forbidden', conceptIds: [3], zh: '川渝', en: ['sichuan-chongqing'], lang: 'en' }]);
  });

  it('reports nothing for a consistent glossary', () => {
    expect(findConflicts([saved(concept('川渝', 'Sichuan and Chongqing'), 1), saved(concept('两江新区', 'Liangjiang New Area'), 2)])).toEqual([]);
  });
});
