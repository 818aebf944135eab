import fs from 'fs';

export default async function globalTeardown(): Promise<void> {
  const dir = process.env.PLANSHEET_E2E_DIST;
  if (dir && process.env.PLANSHEET_E2E_DIST_OWNED === '1') fs.rmSync(dir, { recursive: true, force: true });
}
