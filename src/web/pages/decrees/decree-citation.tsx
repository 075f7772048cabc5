// The decree record a document policy rule implements, named by its number and linked to the register.
import { useTranslation } from 'react-i18next';
import { type DecreeView, decreesApi } from '../../api/decrees-endpoints';
import { PATHS } from '../../routes';

export const loadDecrees = (signal: AbortSignal) => decreesApi.listDecrees({ signal });

export function DecreeCitation({
  id,
  decrees,
}: {
  readonly id: string;
  /** The register; null while it is not loaded. */
  readonly decrees: readonly DecreeView[] | null;
}) {
  const { t } = useTranslation();
  const number = decrees === null ? id : decrees.find((d) => d.id === id)?.number;
  return (
    <span className="decree-citation" data-testid="rule-decree">
      <br />
      {number === undefined ? (
        // A citation of a record the register does not hold: said, not linked.
        <span className="muted">{t('decrees.policy.unknown', { id })}</span>
      ) : (
        <a href={`${PATHS.decrees}?decree=${id}`}>{t('decrees.policy.implements', { number })}</a>
      )}
    </span>
  );
}
