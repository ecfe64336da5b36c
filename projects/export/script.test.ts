import { describe, expect, it } from 'vitest';
import { readXliff } from './read-xliff';
import { getExportFormat } from './registry';
import { scriptConverter } from './script';
import { buildTestProject } from './test-project';

describe('Chinese script conversion', () => {
  it('Taiwan with phrases and Hong Kong', () => {
    expect(scriptConverter('tw')('西部科学城')).toBe('西部科學城');
    expect(scriptConverter('hk')('西部科学城')).toBe('西部科學城');
    expect(scriptConverter('tw')('软件')).toBe('軟體'); // phrase conversion (not just characters)
    expect(scriptConverter('hk')('软件')).toBe('軟件');
    expect(scriptConverter('simplified')('西部科学城')).toBe('西部科学城');
  });

  it('converts the source column only, in every format that carries it', async () => {
    const p = buildTestProject();
    const seg = p.documents[0]!.articles[0]!.blocks[1]!.segments[0]!;
    expect(seg.source).toContain('西部科学城');
    seg.target = 'Western China Science City 西部科学城 (软件)'; // Chinese inside a target stays untouched
    seg.state = 'translated';
    const [x] = await getExportFormat('xliff21').export(p, { script: 'tw' });
    const back = readXliff(x!.data);
    expect(back.srcLang).toBe('zh-TW');
    const u = back.units.find((v) => v.segmentId === seg.id)!;
    expect(u.source).toContain('西部科學城');
    expect(u.target).toBe(seg.target);
    const [t] = await getExportFormat('tmx').export(p, { script: 'hk' });
    const tmx = new TextDecoder().decode(t!.data);
    expect(tmx).toContain('srclang="zh-HK"');
    expect(tmx).toContain('<tuv xml:lang="zh-HK"><seg>兩地將共建西部科學城');
    expect(tmx).toContain('Western China Science City 西部科学城 (软件)');
    // the project itself is not modified
    expect(seg.source).toContain('西部科学城');
  });
});
