import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { openSqliteGlossary } from '../store/sqlite-glossary';
import type { GlossaryStore } from '../store/types';
import { planImport } from '../store/plan-import';
import { importGlossaryFile, readGlossaryFile, writeGlossaryFile } from './glossary-file';
import { glossaryFormats } from './registry';
import { bytes, content, errorOf, fixture, sharedCsvPath } from './test-helpers';

const stores: GlossaryStore[] = [];
function memoryStore(): GlossaryStore {
  const s = openSqliteGlossary(':memory:');
  stores.push(s);
  return s;
}
afterEach(() => {
  for (const s of stores.splice(0)) s.close();
});

const sharedCsv = (): Uint8Array => readFileSync(sharedCsvPath);

/** What the OmegaT format can carry: zh, allowed English terms, note. */
function omegatView(cs: ReturnType<typeof content>): unknown[] {
  return (cs as { note: string; terms: { lang: string; text: string; status: string }[] }[]).map((c) => ({
    note: c.note,
    terms: c.terms.filter((t) => t.status !== 'forbidden').map((t) => `${t.lang}:${t.text}`),
  }));
}

describe('round trip: CSV → store → every format → read back', () => {
  for (const format of glossaryFormats) {
    it(`${format.id}`, async () => {
      const store = memoryStore();
      const report = await importGlossaryFile(store, sharedCsv(), 'glossary-chengyu.csv', { user: 'test' });
      expect(report.counts.added).toBe(report.rows.length);
      const saved = store.allConcepts();
      const written = await writeGlossaryFile(saved, format.id);
      const back = await readGlossaryFile(written, `out${format.extensions[0]}`, format.id);
      if (format.id === 'omegat') {
        expect(omegatView(content(back))).toEqual(omegatView(content(saved)));
        return;
      }
      expect(content(back)).toEqual(content(saved));
      // Importing the written file again changes nothing.
      const again = planImport(store, back);
      expect(again.counts).toMatchObject({ added: 0, updated: 0, conflicting: 0, unchanged: saved.length });
    });
  }
});

describe('committed fixtures', () => {
  it.each([
    ['chengyu.v2.tbx', 'full'],
    ['chengyu.v3.tbx', 'full'],
    ['chengyu.xlsx', 'full'],
    ['chengyu.tsv', 'full'],
    ['chengyu.omegat.txt', 'omegat'],
  ])('%s reads back to the shared CSV’s concepts', async (name, view) => {
    const expected = content(await readGlossaryFile(sharedCsv(), 'glossary-chengyu.csv'));
    const got = content(await readGlossaryFile(fixture(name), name));
    if (view === 'omegat') expect(omegatView(got)).toEqual(omegatView(expected));
    else expect(got).toEqual(expected);
  });
});

describe('importGlossaryFile', () => {
  it('a file with a bad row in the middle changes nothing', async () => {
    const store = memoryStore();
    await importGlossaryFile(store, bytes('zh,en\n川渝,Sichuan and Chongqing\n'), 'a.csv', { user: 'u' });
    const before = store.allConcepts();
    const version = store.version();
    const e = await errorOf(importGlossaryFile(store, fixture('bad-row-middle.csv'), 'bad-row-middle.csv', { user: 'u', mode: 'replace-all' }));
    expect(e.code).toBe('bad-row');
    expect(store.allConcepts()).toEqual(before);
    expect(store.version()).toBe(version);
    expect(store.undo('u')).toMatchObject({ kind: 'import' }); // the failed import left no undo entry
  });

  it('merges a second file: additions, updates and conflicts', async () => {
    const store = memoryStore();
    await importGlossaryFile(store, sharedCsv(), 'glossary-chengyu.csv', { user: 'u' });
    const n = store.allConcepts().length;
    const update = 'zh,en,admitted_en,forbidden_en\n两江新区,Liangjiang New Area,,Liangjiang New District\n天府新区,Tianfu District\n石墨烯,graphene\n';
    const r = await importGlossaryFile(store, bytes(update), 'update.csv', { user: 'u' });
    expect(r.rows.map((x) => x.action)).toEqual(['updated', 'conflicting', 'added']);
    expect(r.rows[1]).toMatchObject({ existingEn: ['Tianfu New Area'], incomingEn: ['Tianfu District'] });
    expect(store.allConcepts()).toHaveLength(n + 1);
    const lj = store.listConcepts({ text: '两江新区' }).items[0]!;
    expect(lj.terms.filter((t) => t.status === 'forbidden').map((t) => t.text)).toEqual(['Two Rivers New District', 'Liangjiang New District']);
  });

  it('rejects unknown formats and extensions', async () => {
    expect((await errorOf(readGlossaryFile(bytes('x'), 'glossary.pdf'))).code).toBe('unsupported-format');
    expect((await errorOf(writeGlossaryFile([], 'sdltb'))).details).toMatchObject({ format: 'sdltb' });
  });
});
