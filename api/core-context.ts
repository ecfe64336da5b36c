import type { GlossaryStore } from '../glossary/store';
import type { EventHub } from './event-hub';
import type { Jobs } from './jobs';
import type { ProjectRegistry } from './project-registry';
import type { QaService } from './qa-service';

/** What every handler group gets from createCore. */
export interface CoreContext {
  projects: ProjectRegistry;
  glossary: GlossaryStore;
  glossaryPath: string;
  qa: QaService;
  hub: EventHub;
  jobs: Jobs;
  user: string;
  version: string;
}
