// The linear programs of the small-cell protection's bounds audit (src/domain/reports/bounds-audit.ts),
// solved by HiGHS (the `highs` package: the HiGHS solver compiled to WebAssembly, shipped inside the
// package). Loaded once per process; each program is one persistent HiGHS model whose objective is
// changed between solves, so each solve starts from the last one's basis.
import highsLoader from 'highs';
import type { LinearModel, LinearProgram, LinearSolver } from '../../domain/reports';

type Highs = Awaited<ReturnType<typeof highsLoader>>;

let loading: Promise<LinearSolver> | undefined;

/** The process's solver, loaded on first use. */
export function linearSolver(): Promise<LinearSolver> {
  loading ??= highsLoader().then((highs) => (model: LinearModel) => program(highs, model));
  return loading;
}

const OPTIMAL = 7;

function program(highs: Highs, model: LinearModel): LinearProgram {
  const numCols = model.lower.length;
  const starts = [0];
  const indices: number[] = [];
  const values: number[] = [];
  for (const row of model.rows) {
    for (const [col, coefficient] of row.terms) {
      indices.push(col);
      values.push(coefficient);
    }
    starts.push(indices.length);
  }
  const sums = model.rows.map((r) => r.sum);
  const h = highs.createModel({
    numCols,
    numRows: model.rows.length,
    colCost: new Array<number>(numCols).fill(0),
    colLower: [...model.lower],
    colUpper: model.upper.map((u) => (Number.isFinite(u) ? u : highs.infinity)),
    rowLower: sums,
    rowUpper: sums,
    matrix: { format: 'csr', numRows: model.rows.length, numCols, starts, indices, values },
  });
  h.options.set('output_flag', false);
  const all = { kind: 'range', from: 0, to: numCols - 1 } as const;
  return {
    optimum(costs, sense) {
      h.changeColsCost(all, costs);
      h.changeObjectiveSense(highs.constants.objectiveSense[sense]);
      // The true figures are a solution and the objective is bounded, so HiGHS ends optimal; where it
      // does not (a numerical failure), the audit is told so and withholds more, not less.
      return h.run().modelStatus === OPTIMAL ? h.getSolution().colValue : undefined;
    },
    dispose: () => h.dispose(),
  };
}
