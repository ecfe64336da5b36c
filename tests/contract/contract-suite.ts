/**
 * The contract tests, written once and run against every transport (see parity.test.ts): the same
 * calls must give the same results in-process and over HTTP.
 */
import { readFileSync } from 'node:fs';
import { toStructureJson, type BlockType } from '../../projects/model';
import { scoreStructure } from '../../projects/import/structure-score';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiError } from '../../api/api-error';
import { b64, makeHarness, SHARED, type Harness } from './harness';

const page = readFileSync(join(SHARED, 'fixtures/newspaper-page-zh.txt'));
const glossaryCsv = readFileSync(join(SHARED, 'fixtures/glossary-chengyu.csv'));

/** Score a layout with the shared evaluator (../shared/tools/eval-import.mjs). */
const evaluate = (articles: { blocks: { type: BlockType; text: string }[] }[]) =>
  scoreStructure(join(SHARED, 'fixtures/newspaper-page-zh.expected.json'), toStructureJson(articles));

async function error(p: Promise<unknown>): Promise<ApiError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof ApiError) return e;
    throw e;
  }
  throw new Error('expected an ApiError');
}

export function contractSuite(kind: 'in-process' | 'http'): void {
  describe(`contract over ${kind}`, () => {
    let h: Harness;
    let projectId = '';
    let documentId = 0;
    beforeAll(async () => {
      h = await makeHarness(kind);
    });
    afterAll(async () => h.close());

    it('describes the app', async () => {
      const info = await h.call('app.info', {});
      expect(info.exportFormats).toContain('release');
      expect(info.glossaryFormats.length).toBeGreaterThan(0);
      expect(info.user).toBe('tester');
    });

    it('validates every input before the core runs', async () => {
      const e = await error(h.client.call('project.create', { name: '' }));
      expect(e.code).toBe('invalid-input');
      expect(JSON.stringify(e.details)).toContain('name');
      const u = await error(h.client.call('no.such' as never, {} as never));
      expect(u.code).toBe('unknown-method');
      const bad = await error(h.client.call('document.get', { projectId: '../etc', documentId: 1 }));
      expect(bad.code).toBe('invalid-input');
    });

    it('creates and lists projects', async () => {
      const p = await h.call('project.create', { name: 'Chongqing Daily 2020-04-15' });
      projectId = p.id;
      expect(p.id).toBe('chongqing-daily-2020-04-15');
      const again = await h.call('project.create', { name: 'Chongqing Daily 2020-04-15' });
      expect(again.id).toBe('chongqing-daily-2020-04-15-2');
      const list = await h.call('project.list', {});
      expect(list.map((x) => x.id)).toEqual(expect.arrayContaining([p.id, again.id]));
      expect((await error(h.client.call('document.list', { projectId: 'missing' }))).code).toBe('no-such-project');
    });

    it('imports the OCR page for layout review, edits, undoes and confirms it', async () => {
      const r = await h.call('document.import', { projectId, fileName: 'newspaper-page-zh.txt', data: b64(page) });
      documentId = r.documentId;
      expect(r.encoding).toBe('UTF-8');
      // the layout the UI shows meets the shared evaluator's targets
      const score = evaluate((await h.call('layout.get', { projectId, documentId })).articles);
      expect(score.paragraph_f1).toBeGreaterThanOrEqual(0.95);
      expect(score.heading_f1).toBeGreaterThanOrEqual(0.9);
      expect(score.title_accuracy).toBe(1);
      expect(score.assignment_accuracy).toBeGreaterThanOrEqual(0.95);
      expect(score.char_coverage).toBe(1);
      expect(r.articles).toBeGreaterThanOrEqual(4);
      let layout = await h.call('layout.get', { projectId, documentId });
      expect(layout.confirmed).toBe(false);
      const before = layout.articles[0]!.blocks[0]!.type;
      const other = before === 'paragraph' ? 'heading' : 'paragraph';
      layout = await h.call('layout.edit', { projectId, documentId, edit: { op: 'set-type', article: 0, block: 0, type: other } });
      expect(layout.articles[0]!.blocks[0]!.type).toBe(other);
      expect(layout.canUndo).toBe(true);
      layout = await h.call('layout.undo', { projectId, documentId });
      expect(layout.articles[0]!.blocks[0]!.type).toBe(before);
      expect((await error(h.client.call('layout.edit', { projectId, documentId, edit: { op: 'set-type', article: 99, block: 0, type: 'title' } }))).code).toMatch(/no-such-article|invalid-input/);
      const docBefore = await h.call('document.get', { projectId, documentId });
      expect(docBefore.layoutConfirmed).toBe(false);
      layout = await h.call('layout.confirm', { projectId, documentId });
      expect(layout.confirmed).toBe(true);
      const doc = await h.call('document.get', { projectId, documentId });
      const segs = doc.articles.flatMap((a) => a.blocks.flatMap((b) => b.segments));
      expect(segs.length).toBeGreaterThan(50);
      // lossless: every block's segments give its text back, so the confirmed document scores the same
      for (const b of doc.articles.flatMap((a) => a.blocks)) {
        expect(b.segments.map((s) => s.source + s.separator).join('')).toBe(b.text);
      }
      expect(evaluate(doc.articles).paragraph_f1).toBeGreaterThanOrEqual(0.95);
    });

    it('imports the shared glossary and reports what it did', async () => {
      const r = await h.call('glossary.import', { fileName: 'glossary-chengyu.csv', data: b64(glossaryCsv) });
      expect(r.added).toBeGreaterThan(50);
      const again = await h.call('glossary.import', { fileName: 'glossary-chengyu.csv', data: b64(glossaryCsv) });
      expect(again.added).toBe(0);
      expect(again.unchanged).toBe(r.added);
      const list = await h.call('glossary.list', { text: '西部科学城' });
      expect(list.items.some((c) => c.terms.some((t) => t.text === 'Western China Science City'))).toBe(true);
      const bad = await error(h.client.call('glossary.import', { fileName: 'x.csv', data: b64('foo,bar\n1,2\n') }));
      expect(bad.code).toBe('missing-column');
    });

    it('matches terms, flags a forbidden rendering live, and gates approval', async () => {
      const live = await h.call('qa.check', { source: '西部科學城建設', target: 'construction of the West Science Town' });
      expect(live.matches.map((m) => m.zh)).toContain('西部科学城');
      expect(live.findings.some((f) => f.check === 'term-missing' || f.check === 'term-forbidden')).toBe(true);

      const qa = await h.call('qa.document', { projectId, documentId });
      const withTerm = qa.find((q) => q.matches.some((m) => m.zh === '西部科学城'))!;
      expect(withTerm).toBeDefined();
      const segmentId = withTerm.segmentId;
      const wrong = await h.call('segment.update', { projectId, segmentId, target: 'The West Science Town will grow.', state: 'translated' });
      expect(wrong.segment.state).toBe('translated');
      expect(wrong.qa.findings.some((f) => f.severity === 'error')).toBe(true);
      const blocked = await error(h.client.call('segment.update', { projectId, segmentId, state: 'reviewed' }));
      expect(blocked.code).toBe('glossary-errors');
      expect((await h.call('document.get', { projectId, documentId })).articles.flatMap((a) => a.blocks.flatMap((b) => b.segments)).find((s) => s.id === segmentId)!.state).toBe('translated');
      // waive every error with a reason, then approval goes through and the waiver is shown
      for (const f of wrong.qa.findings.filter((x) => x.severity === 'error')) {
        await h.call('qa.waive', { projectId, segmentId, check: f.check, term: f.term, reason: 'client style sheet' });
      }
      const ok = await h.call('segment.update', { projectId, segmentId, state: 'reviewed' });
      expect(ok.segment.state).toBe('reviewed');
      const project = await h.call('qa.project', { projectId });
      const row = project.find((r) => r.segmentId === segmentId)!;
      expect(row).toMatchObject({ documentId, state: 'reviewed', target: 'The West Science Town will grow.' });
      expect(row.findings.find((f) => f.check === 'term-forbidden')?.waived?.by).toBe('tester');
      expect(project.length).toBe(qa.length);
      expect(ok.qa.findings.filter((f) => f.severity === 'error').every((f) => f.waived?.reason === 'client style sheet')).toBe(true);
    });

    it('splits, merges and undoes segments', async () => {
      const doc = await h.call('document.get', { projectId, documentId });
      const seg = doc.articles.flatMap((a) => a.blocks.flatMap((b) => b.segments)).find((s) => s.source.length > 20)!;
      const r = await h.call('segment.split', { projectId, segmentId: seg.id, offset: 10 });
      const after = await h.call('document.get', { projectId, documentId });
      const all = after.articles.flatMap((a) => a.blocks.flatMap((b) => b.segments));
      const first = all.find((s) => s.id === r.first)!;
      const second = all.find((s) => s.id === r.second)!;
      expect(first.source + first.separator + second.source).toBe(seg.source);
      await h.call('segment.undo', { projectId, documentId });
      const undone = (await h.call('document.get', { projectId, documentId })).articles.flatMap((a) => a.blocks.flatMap((b) => b.segments));
      expect(undone.find((s) => s.id === seg.id)!.source).toBe(seg.source);
      expect(undone.some((s) => s.id === r.second)).toBe(false);
    });

    it('XLIFF round trip: export, bring back unchanged, then bring back an edited target and state', async () => {
      for (const format of ['xliff21', 'xliff12'] as const) {
        const x = await h.call('export.run', { projectId, format });
        const xml = Buffer.from(x.files[0]!.data, 'base64').toString('utf8');
        const same = await h.call('document.importXliff', { projectId, fileName: 'p.xlf', data: b64(xml) });
        expect(same.updated).toBe(0);
        expect(same.unmatched).toEqual([]);
        expect(same.sourceMismatch).toEqual([]);
        expect(same.unchanged).toBeGreaterThan(50);
      }
      const x = await h.call('export.run', { projectId, format: 'xliff21' });
      const xml = Buffer.from(x.files[0]!.data, 'base64').toString('utf8');
      const edited = xml.replace('The West Science Town will grow.', 'The Western China Science City will grow.');
      expect(edited).not.toBe(xml);
      const r = await h.call('document.importXliff', { projectId, fileName: 'p.xlf', data: b64(edited) });
      expect(r.updated).toBe(1);
      const segs = (await h.call('document.get', { projectId, documentId })).articles.flatMap((a) => a.blocks.flatMap((b) => b.segments));
      expect(segs.find((s) => s.target === 'The Western China Science City will grow.')?.state).toBe('reviewed');
      const bad = await error(h.client.call('document.importXliff', { projectId, fileName: 'p.xlf', data: b64('<xliff') }));
      expect(bad.code).toBe('invalid-xliff');
      // put the forbidden rendering back for the release test below
      await h.call('document.importXliff', { projectId, fileName: 'p.xlf', data: b64(xml) });
    });

    it('exports parallel text and bilingual HTML, and refuses a release with open errors', async () => {
      const par = await h.call('export.run', { projectId, format: 'parallel' });
      expect(par.files.length).toBe(2);
      const zh = Buffer.from(par.files.find((f) => f.name.endsWith('.zh.txt'))!.data, 'base64').toString('utf8');
      const en = Buffer.from(par.files.find((f) => f.name.endsWith('.en.txt'))!.data, 'base64').toString('utf8');
      expect(zh.split('\n').length).toBe(en.split('\n').length);
      expect(en).toContain('The West Science Town will grow.');
      const html = await h.call('export.run', { projectId, format: 'html-bilingual' });
      expect(Buffer.from(html.files[0]!.data, 'base64').toString('utf8')).toContain('西部科学城');
      const rel = await error(h.client.call('export.run', { projectId, format: 'release' }));
      expect(rel.code).toBe('release-blocked');
      const forced = await h.call('export.run', { projectId, format: 'release', force: true });
      expect(forced.zip).not.toBeNull();
      expect(forced.files.some((f) => f.name.includes('qa-report'))).toBe(true);
    });
  });
}
