/**
 * The stages' side of the layout watchdog (src/cli/supervise.ts): a supervised child reports every
 * step it starts, so a step that hangs can be stopped from outside and named in the message.
 */
import type { EditionRef } from './edition-ref.js';

/** Set by the supervisor in its child's environment. */
export const SUPERVISED_CHILD = 'JURNAL_PROSES_ANAK';

export interface Step {
  message: string;
  /** The article being worked on, as shown in messages. */
  file?: string;
}

export const isSupervisedChild = (): boolean => process.env[SUPERVISED_CHILD] === '1' && typeof process.send === 'function';

/** In the child: tell the supervisor a step has started. */
export function heartbeat(step: Step): void {
  if (isSupervisedChild()) process.send!({ type: 'langkah', ...step });
}

/** In the child: tell the supervisor which edition it locks and stages, so it can sweep after a kill. */
export function announceEdition(edition: Pick<EditionRef, 'id' | 'display'>): void {
  if (isSupervisedChild()) process.send!({ type: 'edisi', id: edition.id, display: edition.display });
}
