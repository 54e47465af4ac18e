// `npx tsx test/bench/dossier-run.ts`: only the dossier figures, in Node, without the browser bench.
import { dossierFigures } from './dossier';
import { table } from './report';

dossierFigures((line) => console.error(`[dossier] ${line}`))
  .then((rows) => console.log(table(rows)))
  .catch((error: unknown) => {
    console.error(error);
    process.exitCode = 1;
  });
