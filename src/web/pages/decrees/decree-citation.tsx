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
  readonly decrees: readonly DecreeView[];
}) {
  const { t } = useTranslation();
  const number = decrees.find((d) => d.id === id)?.number ?? id;
  return (
    <span className="decree-citation" data-testid="rule-decree">
      <br />
      <a href={`${PATHS.decrees}?decree=${id}`}>{t('decrees.policy.implements', { number })}</a>
    </span>
  );
}
