// A refusal of the transit API: the rule broken in the reader's language, and the server's detail.
import { useTranslation } from 'react-i18next';
import type { ApiProblem } from '../../api/problem';
import { ProblemMessage } from '../../components/problem-message';

export function TransitProblem({ problem }: { readonly problem: ApiProblem | null }) {
  const { t } = useTranslation();
  if (problem === null) return null;
  if (problem.code === 'transit.manifest' || problem.code === 'transit.sequence') {
    return (
      <div className="notice notice-error" role="alert" data-testid="transit-problem">
        <p>
          {problem.code === 'transit.manifest'
            ? t('transit.problem.manifest')
            : t('transit.problem.sequence')}
        </p>
        <p>
          <small>{problem.detail}</small>
        </p>
      </div>
    );
  }
  return <ProblemMessage problem={problem} />;
}
