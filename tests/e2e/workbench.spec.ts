import { expect, test } from '@playwright/test';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
import JSZip from 'jszip';
import { EditorPage, LayoutReviewPage, Workbench } from './pages/workbench';

const SHARED = join(here, '..', '..', '..', 'shared', 'fixtures');
const PAGE = join(SHARED, 'newspaper-page-zh.txt');
const GLOSSARY = join(SHARED, 'glossary-chengyu.csv');
// screenshots to look at after a run; DUIZHAO_UPDATE_DOCS=1 refreshes the README's pictures in docs/
const SHOTS = process.env.DUIZHAO_UPDATE_DOCS === '1' ? join(here, '..', '..', 'docs') : join(here, '..', '..', 'test-results', 'screenshots');

test('import the page, fix its layout, translate under the glossary, persist and export', async ({ page }) => {
  const app = new Workbench(page);
  const layout = new LayoutReviewPage(page);
  const editor = new EditorPage(page);
  await app.login();
  await app.createProject('E2E Chongqing Daily');

  // import the OCR page: it opens in layout review, where one block is fixed before segmenting
  await app.importDocument(PAGE);
  await page.screenshot({ path: join(SHOTS, 'layout-review.png') });
  const first = layout.blocks().first();
  const before = await first.getByTestId('block-type').inputValue();
  const fixed = before === 'pullquote' ? 'paragraph' : 'pullquote';
  await layout.setType(first, fixed);
  await expect(layout.blocks().first().getByTestId('block-type')).toHaveValue(fixed);
  await page.getByTestId('layout-undo').click();
  await expect(layout.blocks().first().getByTestId('block-type')).toHaveValue(before);
  await layout.setType(layout.blocks().first(), fixed);
  await layout.confirm();
  // the confirmed layout kept the fix: the first segment is of the fixed type
  await expect(editor.segments().first().locator('.btype')).toHaveText(new RegExp(fixed === 'pullquote' ? 'Pull-quote' : 'Paragraph', 'i'));
  expect(await editor.segments().count()).toBeGreaterThan(5);

  // the shared glossary, imported through the UI, highlights its terms in the source
  await app.importGlossary(GLOSSARY);
  await app.tab('editor');
  // “一城”指西部科学城，“多园”指两地的科学城等创新资源集聚载体。 — one glossary term, no numbers
  const seg = await editor.find('指两地的科学城');
  await expect(seg.locator('mark[data-term="西部科学城"]').first()).toBeVisible();
  await expect(seg.locator('mark[data-term="西部科学城"]').first()).toHaveAttribute('title', /Western China Science City/);

  // translate with a forbidden rendering: squiggle, blocked approval; fix it, approve
  await editor.activate(seg);
  // the term panel: Ctrl+1 inserts the first term's preferred rendering; completion offers it too
  await expect(page.getByTestId('term-panel')).toContainText('Western China Science City');
  await editor.type(seg, '');
  await page.keyboard.press('Control+1');
  await expect(seg.locator('.monaco-editor .view-lines')).toContainText('Western China Science City');
  await editor.type(seg, '');
  await editor.typeKeys('Wes');
  await expect(page.locator('.suggest-widget')).toContainText('Western China Science City');
  await page.keyboard.press('Escape');
  await editor.type(seg, 'The "city" is the West Science Town; the "parks" are the science cities and other innovation clusters of both places.');
  await expect(seg.locator('.squiggly-error').first()).toBeVisible();
  await expect(seg.getByTestId('findings')).toContainText('West Science Town');
  await seg.getByTestId('seg-approve').click();
  await expect(page.getByTestId('toast-error')).toContainText(/glossary errors/);
  await expect(seg).toHaveAttribute('data-state', /initial|translated/);
  await page.screenshot({ path: join(SHOTS, 'editor-forbidden.png') });

  const good = 'The "city" is the Western China Science City; the "parks" are the science cities and other innovation clusters of both places.';
  await editor.type(seg, good);
  await expect(seg.getByTestId('findings').locator('[data-check="term-forbidden"]')).toHaveCount(0);
  await editor.confirm();
  const saved = editor.segmentWith('指两地的科学城');
  await expect(saved).toHaveAttribute('data-state', 'translated');
  await editor.activate(saved);
  await saved.getByTestId('seg-approve').click();
  await expect(editor.segmentWith('指两地的科学城')).toHaveAttribute('data-state', 'reviewed');

  // reload: the translation is still there
  await page.reload();
  const again = await editor.find('指两地的科学城');
  await expect(again.getByTestId('target-text')).toContainText('Western China Science City');
  await page.screenshot({ path: join(SHOTS, 'editor.png') });

  // the QA view lists the findings, term review each term's occurrences, the glossary its concepts
  await app.tab('qa');
  await expect(page.getByTestId('qa-view')).toBeVisible();
  await expect(page.getByTestId('qa-jump').first()).toBeVisible();
  await page.screenshot({ path: join(SHOTS, 'qa.png') });
  await app.tab('review');
  await expect(page.getByTestId('term-review')).toContainText('西部科学城');
  await expect(page.getByTestId('term-candidates')).toBeVisible();
  await page.screenshot({ path: join(SHOTS, 'term-review.png') });
  await app.tab('glossary');
  await page.getByTestId('glossary-search').fill('科学城');
  await expect(page.getByTestId('glossary-table')).toContainText('Western China Science City');
  await page.screenshot({ path: join(SHOTS, 'glossary.png') });

  // export both formats from the export view and check their contents
  await app.tab('export');
  await page.getByTestId('export-format').selectOption('parallel');
  const par = await app.download(() => page.getByTestId('export-run').click());
  expect(par.name).toMatch(/\.zip$/);
  const zip = await JSZip.loadAsync(par.data);
  const names = Object.keys(zip.files);
  const zh = await zip.file(names.find((n) => n.endsWith('.zh.txt'))!)!.async('string');
  const en = await zip.file(names.find((n) => n.endsWith('.en.txt'))!)!.async('string');
  expect(zh.split('\n').length).toBe(en.split('\n').length);
  expect(zh).toContain('西部科学城');
  expect(en).toContain('Western China Science City');
  await page.getByTestId('export-format').selectOption('html-bilingual');
  const html = await app.download(() => page.getByTestId('export-run').click());
  expect(html.name).toMatch(/\.html$/);
  expect(html.text).toContain('Western China Science City');
  expect(html.text).toContain('西部科学城');

  // the release is refused while untranslated segments and glossary errors remain, with jump-to-segment
  await page.getByTestId('export-format').selectOption('release');
  await page.getByTestId('export-run').click();
  await expect(page.getByTestId('export-blockers')).toBeVisible();
  await expect(page.getByTestId('toast-error')).toContainText(/release is refused/);
  await page.getByTestId('export-blockers').getByRole('button').first().click();
  await expect(page.getByTestId('segment-grid')).toBeVisible();

  // the interface speaks Simplified and Traditional Chinese too
  await page.getByTestId('ui-language').selectOption('zh-Hans');
  await expect(page.getByTestId('tab-glossary')).toHaveText('术语库');
  await page.getByTestId('ui-language').selectOption('zh-Hant');
  await expect(page.getByTestId('tab-glossary')).toHaveText('術語庫');
  await page.screenshot({ path: join(SHOTS, 'editor-zh-hant.png') });
  await page.getByTestId('ui-language').selectOption('en');
});
