import { writeFileSync } from 'node:fs';

import { computeGoldenDigests, goldenUrl } from '../test/golden-digests';

/** Rewrites test/golden/output-digests.json from the current engine: only for intended changes. */
writeFileSync(goldenUrl, `${JSON.stringify(computeGoldenDigests(), null, 2)}\n`);
console.log(`wrote ${goldenUrl.pathname}`);
