import { expect, type Download, type Locator, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';

/** Page model of the Duizhao workbench: one method per thing a user does. */
export class Workbench {
  constructor(readonly page: Page) {}

  async login(): Promise<void> {
    await this.page.goto(`/?token=${process.env.DUIZHAO_E2E_TOKEN}`);
    await expect(this.page.locator('.brand')).toBeVisible();
  }

  async createProject(name: string): Promise<void> {
    await this.page.getByTestId('project-name').fill(name);
    await this.page.getByTestId('project-create').click();
    await expect(this.page.getByTestId('tab-editor')).toBeVisible();
  }

  async tab(view: 'editor' | 'layout' | 'qa' | 'review' | 'glossary' | 'export'): Promise<void> {
    await this.page.getByTestId(`tab-${view}`).click();
  }

  async importDocument(path: string): Promise<void> {
    await this.page.getByTestId('import-file').setInputFiles(path);
    await expect(this.page.getByTestId('layout-review')).toBeVisible();
  }

  async importGlossary(path: string): Promise<void> {
    await this.tab('glossary');
    await this.page.getByTestId('glossary-file').setInputFiles(path);
    await expect(this.page.getByTestId('toast-info').filter({ hasText: /added/ })).toBeVisible();
  }

  async download(trigger: () => Promise<void>): Promise<{ name: string; data: Buffer; text: string }> {
    const [d] = await Promise.all([this.page.waitForEvent('download'), trigger()]);
    const data = readFileSync((await (d as Download).path())!);
    return { name: d.suggestedFilename(), data, text: data.toString('utf8') };
  }
}

export class LayoutReviewPage {
  constructor(readonly page: Page) {}
  blocks(): Locator {
    return this.page.getByTestId('layout-block');
  }
  block(text: string | RegExp): Locator {
    return this.blocks().filter({ has: this.page.locator('textarea', { hasText: text }) });
  }
  async setType(block: Locator, type: string): Promise<void> {
    await block.getByTestId('block-type').selectOption(type);
  }
  async confirm(): Promise<void> {
    await this.page.getByTestId('layout-confirm').click();
    await expect(this.page.getByTestId('segment-grid')).toBeVisible();
  }
}

export class EditorPage {
  constructor(readonly page: Page) {}
  segments(): Locator {
    return this.page.getByTestId('segment');
  }
  segmentWith(text: string): Locator {
    return this.segments().filter({ has: this.page.getByTestId('source').filter({ hasText: text }) }).first();
  }
  /** Scroll the virtualised grid until a segment containing `text` is rendered. */
  async find(text: string): Promise<Locator> {
    const grid = this.page.getByTestId('segment-grid');
    for (let i = 0; i < 80; i++) {
      const seg = this.segmentWith(text);
      if (await seg.count()) {
        await seg.scrollIntoViewIfNeeded();
        return seg;
      }
      await grid.evaluate((el) => el.scrollBy(0, el.clientHeight * 0.8));
      await this.page.waitForTimeout(50);
    }
    throw new Error(`no segment with ${text}`);
  }
  async activate(seg: Locator): Promise<void> {
    await seg.getByTestId('source').click();
    await expect(seg.getByTestId('target-editor')).toBeVisible();
  }
  /** Type into Monaco: focus by clicking its view lines (Chromium's EditContext has no textarea). */
  async type(seg: Locator, text: string): Promise<void> {
    await seg.locator('.monaco-editor .view-lines').click();
    await this.page.keyboard.press('ControlOrMeta+A');
    await this.page.keyboard.press('Delete');
    if (text) await this.page.keyboard.insertText(text);
  }
  /** Type key by key, as a user does (triggers Monaco's suggestions). */
  async typeKeys(text: string): Promise<void> {
    await this.page.keyboard.type(text, { delay: 30 });
  }
  async confirm(): Promise<void> {
    await this.page.keyboard.press('Control+Enter');
  }
}
