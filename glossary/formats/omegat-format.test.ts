import { describe, expect, it } from 'vitest';
import { readGlossaryFile, writeGlossaryFile } from './glossary-file';
import { bytes } from './test-helpers';

describe('OmegaT tab-separated glossary', () => {
  const text = [
    '# Glossary in tab-separated format -*- coding: utf-8 -*-',
    '两江新区\tLiangjiang New Area\tState-level new area',
    '#两江新区\tcommented out',
    '  川渝 \t Sichuan and Chongqing ',
    '川渝\tSichuan-Chongqing',
    '川渝\tSichuan and Chongqing\tduplicate line',
    'only-one-column',
    '\tno source',
    '',
  ].join('\r\n');

  it('reads like OmegaT: comments, trimming, short lines skipped, same source merged', async () => {
    const cs = await readGlossaryFile(bytes(text), 'glossary.txt');
    expect(cs.map((c) => c.terms.map((t) => `${t.lang}:${t.status}:${t.text}`))).toEqual([
      ['zh:preferred:两江新区', 'en:preferred:Liangjiang New Area'],
      ['zh:preferred:川渝', 'en:preferred:Sichuan and Chongqing', 'en:admitted:Sichuan-Chongqing'],
    ]);
    expect(cs[0]!.note).toBe('State-level new area');
    expect(cs[1]!.note).toBe('duplicate line');
  });

  it('writes one line per allowed English term, note as comment, forbidden terms left out', async () => {
    const out = await writeGlossaryFile(
      [
        {
          domain: 'geography',
          definition: '',
          note: 'two\tlines\nhere',
          terms: [
            { lang: 'zh', text: '两江新区', status: 'preferred', caseSensitive: false, note: '' },
            { lang: 'en', text: 'Two Rivers New District', status: 'forbidden', caseSensitive: false, note: '' },
            { lang: 'en', text: 'Liangjiang Area', status: 'admitted', caseSensitive: false, note: '' },
            { lang: 'en', text: 'Liangjiang New Area', status: 'preferred', caseSensitive: false, note: '' },
          ],
        },
      ],
      'omegat',
    );
    expect(new TextDecoder().decode(out).split('\n')).toEqual([
      '# Glossary in tab-separated format -*- coding: utf-8 -*-',
      '两江新区\tLiangjiang New Area\ttwo lines here',
      '两江新区\tLiangjiang Area\ttwo lines here',
      '',
    ]);
    const back = await readGlossaryFile(out, 'g.utf8');
    expect(back[0]!.terms.map((t) => `${t.status}:${t.text}`)).toEqual(['preferred:两江新区', 'preferred:Liangjiang New Area', 'admitted:Liangjiang Area']);
  });
});
