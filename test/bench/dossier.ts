// Dossier figures (issue 8), measured in Node beside `docx`'s own Packer on the same content in the
// same run: the whole dossier of one unit (3 initiatives, every document) and a summary list of
// 2,800 rows. "ours" is model building + our emitter + Packer; "Packer" packs the same, already
// built docx Documents, so the difference is what the model and the emitter cost.
import { Packer, type Document } from 'docx';
import { buildDossier } from '@shared/dossier/dossier';
import type { DossierInput, ProposedInitiative } from '@shared/dossier/input';
import { dossierSchema, type DossierDocument } from '@shared/dossier/model';
import { buildSummaryList } from '@shared/dossier/summary-list';
import { sampleDossierInput } from '@shared/sample/sample-dossier';
import { emitDocx, toDocxDocument } from '../../main/dossier/docx-emitter';
import { ms, percentile, type Row } from './report';

const RUNS = Number(process.env.BENCH_DOSSIER_RUNS ?? 7);

/** The sample cut to one unit's quota: three initiatives, every document. */
export const oneUnitInput = (): DossierInput => {
  const input = sampleDossierInput();
  return { ...input, proposals: input.proposals.slice(0, 3) };
};

/** The sample's proposals repeated to `rows` distinct rows (ids and titles numbered). */
export const manyRowsInput = (rows: number): DossierInput => {
  const input = sampleDossierInput();
  const proposals: ProposedInitiative[] = Array.from({ length: rows }, (_, n) => {
    const base = input.proposals[n % input.proposals.length]!;
    return {
      ...base,
      rank: n + 1,
      initiative: {
        ...base.initiative,
        id: `bench-${n}`,
        title: `${base.initiative.title} (${n + 1})`,
      },
    };
  });
  const sheets = proposals.flatMap((p, n) =>
    input.sheets
      .filter((s) => s.initiativeId === input.proposals[n % input.proposals.length]!.initiative.id)
      .map((s) => ({ ...s, id: `${s.id}-${n}`, initiativeId: p.initiative.id })),
  );
  return { ...input, proposals, sheets };
};

const median = (samples: readonly number[]): number => percentile(samples, 50);

interface Samples {
  wall: number[];
  /** Process CPU time (user + system, all threads): less sensitive to a busy machine than wall time. */
  cpu: number[];
}

async function timeRuns(runs: number, work: () => Promise<unknown>): Promise<Samples> {
  await work(); // warm-up: the first run pays for module and JIT start-up
  const samples: Samples = { wall: [], cpu: [] };
  for (let n = 0; n < runs; n++) {
    const t = performance.now();
    const c = process.cpuUsage();
    await work();
    const used = process.cpuUsage(c);
    samples.wall.push(performance.now() - t);
    samples.cpu.push((used.user + used.system) / 1000);
  }
  return samples;
}

const both = (s: Samples): string => `${ms(median(s.wall))} (CPU ${ms(median(s.cpu))})`;

const emitAll = (docs: readonly DossierDocument[]) => Promise.all(docs.map(emitDocx));
const packAll = (docs: readonly Document[]) => Promise.all(docs.map((d) => Packer.toBuffer(d)));

export async function dossierFigures(
  log: (line: string) => void = () => undefined,
): Promise<Row[]> {
  log('dossier of one unit');
  const unit = oneUnitInput();
  const unitDocs = buildDossier(unit).documents;
  const unitOurs = await timeRuns(RUNS, () => emitAll(buildDossier(unit).documents));
  const unitPacker = await timeRuns(RUNS, () => packAll(unitDocs.map(toDocxDocument)));
  const prebuilt = unitDocs.map(toDocxDocument);
  const unitPackOnly = await timeRuns(RUNS, () => packAll(prebuilt));

  log('summary list of 2,800 rows');
  const many = manyRowsInput(2800);
  const listRuns = Math.max(3, Math.ceil(RUNS / 2));
  const listOurs = await timeRuns(listRuns, () => emitDocx(buildSummaryList(many)));
  const listDoc = toDocxDocument(buildSummaryList(many));
  const listPacker = await timeRuns(listRuns, () => Packer.toBuffer(listDoc));
  const listBytes = (await emitDocx(buildSummaryList(many))).byteLength;

  const oursUnit = median(unitOurs.wall);
  const oursList = median(listOurs.wall);
  const contract = await timeRuns(listRuns, () =>
    Promise.resolve(dossierSchema.parse({ documents: [buildSummaryList(many)] })),
  );
  return [
    {
      measure: `dossier of one unit (${unitDocs.length} .docx, 3 initiatives): model + emitter + Packer`,
      value: both(unitOurs),
      aim: '<= 300 ms',
      met: oursUnit <= 300,
    },
    { measure: '  of which building the docx Documents + Packer', value: both(unitPacker) },
    { measure: "  docx's Packer alone, same Documents", value: both(unitPackOnly) },
    {
      measure: 'summary list, 2,800 rows: model + emitter + Packer',
      value: `${both(listOurs)}, ${Math.round(listBytes / 1024)} KiB`,
      aim: '<= 2000 ms',
      met: oursList <= 2000,
    },
    { measure: "  docx's Packer alone, same Document", value: both(listPacker) },
    { measure: '  building the model + checking it by the IPC contract', value: both(contract) },
  ];
}
