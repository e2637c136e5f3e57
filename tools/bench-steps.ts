// Further bench workloads (forms, certificates), each returning its rows for the table.

import type { BenchRow } from './bench';

export const benchExtensions: Array<(sizes: readonly number[]) => Promise<BenchRow[]>> = [];
