/**
 * The bundle's root: the build makes its exports `var OpsDesk`, and nothing imports it. It puts
 * every registry global's implementation behind its role's error boundary; each generated
 * top-level wrapper calls `OpsDesk.GLOBALS.<name>` with all its arguments, and each custom-function
 * wrapper calls `OpsDesk.runCustomFunction`.
 */
import { behindBoundaries } from './boundary';
import { HANDLERS } from './handlers';

/** Every server global, by registry name, behind its boundary. */
export const GLOBALS = behindBoundaries(HANDLERS);

export { runCustomFunction } from './custom-functions';
