import type { GlossaryFormat } from './format-types';
import { readTbx } from './tbx-read';
import { writeTbx } from './tbx-write';

const TBX_LOSES = ['case-sensitivity'];

/** TBX 2008 (`martif`), the TBX OmegaT reads. Reading accepts v3 files as well. */
export const tbxV2Format: GlossaryFormat = {
  id: 'tbx-v2',
  extensions: ['.tbx'],
  loses: TBX_LOSES,
  read: async (bytes) => readTbx(bytes),
  write: async (concepts) => writeTbx(concepts, 'v2'),
};

/** TBX v3 (ISO 30042:2019) TBX-Basic, DCA style. Reading accepts v2 files as well. */
export const tbxV3Format: GlossaryFormat = {
  id: 'tbx-v3',
  extensions: ['.tbx'],
  loses: TBX_LOSES,
  read: async (bytes) => readTbx(bytes),
  write: async (concepts) => writeTbx(concepts, 'v3'),
};
