// Run in a separate process by sqlite-glossary.test.ts: add one concept to the glossary file given as argv[2].
import { openSqliteGlossary } from '../sqlite-glossary';

const file = process.argv[2];
if (!file) throw new Error('usage: add-in-child <glossary file>');
const store = openSqliteGlossary(file);
const c = store.addConcept(
  { domain: 'geography', definition: '', note: '', terms: [{ lang: 'zh', text: '渝东北', status: 'preferred', caseSensitive: false, note: '' }, { lang: 'en', text: 'northeastern Chongqing', status: 'preferred', caseSensitive: false, note: '' }] },
  'child',
);
store.close();
process.stdout.write(String(c.id));
