import { describe, expect, it } from 'vitest';
import type { Concept, ConceptInput } from '../model';
import { planImport } from './plan-import';
import { concept } from './test-support/sample-concepts';

let nextId = 1;
function saved(c: ConceptInput): Concept {
  return { ...c, id: nextId++, createdBy: 'x', createdAt: 't', modifiedBy: 'x', modifiedAt: 't' };
}

describe('planImport', () => {
  const existing = [
    saved(concept('两江新区', 'Liangjiang New Area', { domain: 'geography' })),
    saved(concept('川渝', 'Sichuan and Chongqing', { admitted: ['Sichuan-Chongqing'] })),
  ];

  it('classifies rows as added, updated, unchanged and conflicting', () => {
    const r = planImport(existing, [
      concept('两江新区', 'Liangjiang New Area', { domain: 'geography' }),
      concept('川渝', 'Sichuan and Chongqing', { forbidden: ['Sichuan Chongqing Area'] }),
      concept('天府新区', 'Tianfu New Area'),
      concept('两江新区', 'Two Rivers New Area'),
    ]);
    expect(r.rows.map((x) => x.action)).toEqual(['unchanged', 'updated', 'added', 'conflicting']);
    expect(r.counts).toEqual({ added: 1, updated: 1, unchanged: 1, conflicting: 1, deleted: 0 });
    expect(r.rows[1]!.changes).toEqual(['terms']);
    expect(r.rows[1]!.result!.terms.map((t) => `${t.status}:${t.text}`)).toEqual([
      'preferred:川渝',
      'preferred:Sichuan and Chongqing',
      'admitted:Sichuan-Chongqing',
      'forbidden:Sichuan Chongqing Area',
    ]);
    expect(r.rows[3]).toMatchObject({ conceptId: existing[0]!.id, existingEn: ['Liangjiang New Area'], incomingEn: ['Two Rivers New Area'], changes: ['preferred-en'] });
    expect(r.applied).toBe(false);
  });

  it('treats making an admitted term forbidden as a conflict in merge mode', () => {
    const r = planImport(existing, [concept('川渝', 'Sichuan and Chongqing', { forbidden: ['Sichuan-Chongqing'] })]);
    expect(r.rows[0]).toMatchObject({ action: 'conflicting', changes: ['status'] });
  });

  it('overwrite takes the incoming concept as it is', () => {
    const r = planImport(existing, [concept('两江新区', 'Two Rivers New Area')], 'overwrite');
    expect(r.rows[0]).toMatchObject({ action: 'updated', changes: ['domain', 'terms'], existingEn: ['Liangjiang New Area'] });
    expect(r.rows[0]!.result!.terms[1]!.text).toBe('Two Rivers New Area');
  });

  it('merges duplicate rows of the same file into one added concept', () => {
    const r = planImport([], [concept('高新区', 'high-tech zone'), concept('高新区', 'high-tech zone', { admitted: ['hi-tech zone'], note: 'n' })]);
    expect(r.rows.map((x) => x.action)).toEqual(['added', 'updated']);
    expect(r.rows[0]!.result).toBe(r.rows[1]!.result);
    expect(r.rows[0]!.result!.terms.map((t) => t.text)).toEqual(['高新区', 'high-tech zone', 'hi-tech zone']);
    expect(r.rows[0]!.result!.note).toBe('n');
  });

  it('replace-all adds everything and lists the deletions', () => {
    const r = planImport(existing, [concept('两江新区', 'Liangjiang New Area')], 'replace-all');
    expect(r.rows[0]!.action).toBe('added');
    expect(r.deletedIds).toEqual(existing.map((c) => c.id));
  });

  it('matches on any zh synonym and keeps non-empty existing fields', () => {
    const syn = saved({ ...concept('成渝地区双城经济圈', 'Chengdu-Chongqing Economic Circle', { note: 'keep' }) });
    syn.terms.push({ lang: 'zh', text: '双城经济圈', status: 'admitted', caseSensitive: false, note: '' });
    const r = planImport([syn], [concept('双城经济圈', 'Chengdu-Chongqing Economic Circle', { domain: 'policy' })]);
    expect(r.rows[0]).toMatchObject({ action: 'updated', conceptId: syn.id, changes: ['domain'] });
    expect(r.rows[0]!.result!.note).toBe('keep');
  });
});
