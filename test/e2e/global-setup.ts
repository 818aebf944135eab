import { buildPane } from '../helpers/build-pane';

/** Builds the pane (with test-excel.html) once for every browser test, unless PLANSHEET_E2E_DIST names a build. */
export default async function globalSetup(): Promise<void> {
  if (process.env.PLANSHEET_E2E_DIST) return;
  process.env.PLANSHEET_E2E_DIST = await buildPane({ e2e: true });
  process.env.PLANSHEET_E2E_DIST_OWNED = '1';
}
