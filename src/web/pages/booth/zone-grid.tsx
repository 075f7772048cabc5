// The zone drawn one cell per character, in a monospace grid: cells of a problem are marked, and
// characters Paso repaired show what was read. Screen readers get the same from the lists beside it.
import { useTranslation } from 'react-i18next';
import type { MrzProblem, MrzRepair } from '../../../domain/documents';

type Props = {
  readonly lines: readonly string[];
  readonly problems: readonly MrzProblem[];
  readonly repairs: readonly MrzRepair[];
};

const covers = (p: MrzProblem, line: number, column: number): boolean =>
  p.line === line && column >= p.column && column < p.column + Math.max(p.length, 1);

export function ZoneGrid({ lines, problems, repairs }: Props) {
  const { t } = useTranslation();
  return (
    <div className="mrz-grid" data-testid="mrz-grid" aria-hidden="true">
      {lines.map((text, i) => {
        const line = i + 1;
        return (
          <div
            className={
              problems.some((p) => p.code === 'mrz.line-length' && p.line === line)
                ? 'mrz-line mrz-line-problem'
                : 'mrz-line'
            }
            key={line}
            data-line={line}
          >
            <span className="mrz-line-number">{line}</span>
            {[...text].map((ch, j) => {
              const column = j + 1;
              const problem = problems.find((p) => p.code !== 'mrz.line-length' && covers(p, line, column));
              const repair = repairs.find((r) => r.line === line && r.column === column);
              const classes = ['mrz-cell'];
              if (problem) classes.push('mrz-cell-problem');
              if (repair) classes.push('mrz-cell-repair');
              const title = repair
                ? t('booth.grid.repairTitle', { line, column, from: repair.from, to: repair.to })
                : t('booth.grid.cellTitle', { line, column });
              return (
                <span
                  key={column}
                  className={classes.join(' ')}
                  data-line={line}
                  data-column={column}
                  data-problem={problem?.code}
                  data-repair={repair ? `${repair.from}>${repair.to}` : undefined}
                  title={title}
                >
                  {ch}
                  {repair ? <span className="mrz-repair-to">{repair.to}</span> : null}
                </span>
              );
            })}
          </div>
        );
      })}
    </div>
  );
}
