// Builds the manifest of a planned convoy: each candidate family or person gets a vehicle (or none);
// the server places relatives together and refuses a vehicle over its seats. With hundreds of
// candidates, a search by name or document narrows the list. Children placed without any adult of
// their family among those placed are named before the manifest is saved.
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Candidate, type ConvoyDetail, transitApi } from '../../api/transit-endpoints';
import { LoadedSection } from '../../components/loaded-section';
import { useApiCall } from '../../hooks/use-api-call';
import { useApiData } from '../../hooks/use-api-data';
import { searchUnits } from './candidate-search';
import { CandidateUnit } from './candidate-unit';
import { childrenWithNoAdult, useNameList } from './child-alone-warning';
import { namesIn, TransitProblem } from './transit-problem';

type Props = { readonly detail: ConvoyDetail; readonly onSaved: (focus?: string) => void };

const unitOf = (c: { familyKey: string | null; personId: string }) => c.familyKey ?? c.personId;

export function ManifestBuilder({ detail, onSaved }: Props) {
  const { t } = useTranslation();
  const nameList = useNameList();
  const id = detail.convoy.id;
  const load = useCallback((signal: AbortSignal) => transitApi.candidates(id, { signal }), [id]);
  const [candidates, reload] = useApiData(load);
  const [plates, setPlates] = useState<Record<string, string>>(() =>
    Object.fromEntries(detail.manifest.map((p) => [unitOf(p), p.plate])),
  );
  // Only narrows what is shown: every unit's vehicle is kept and saved, shown or not.
  const [query, setQuery] = useState('');
  const call = useApiCall();
  const save = async (list: readonly Candidate[]) => {
    const seats = list.flatMap((c) => {
      const plate = plates[unitOf(c)];
      return plate ? [{ personId: c.personId, plate }] : [];
    });
    const result = await call.run(() => transitApi.setManifest(id, seats));
    // The focus goes to the manifest as saved, with the relatives the server placed.
    if (result.ok) onSaved('manifest-title');
  };
  return (
    <LoadedSection
      id="builder-title"
      className="panel"
      testId="manifest-builder"
      title={t('transit.build.title')}
      lead={<p>{t('transit.build.rule')}</p>}
      state={candidates}
      onRetry={reload}
    >
      {({ candidates: list }) => {
        const units = new Map<string, Candidate[]>();
        for (const c of list) units.set(unitOf(c), [...(units.get(unitOf(c)) ?? []), c]);
        const shown = searchUnits([...units], query);
        const alone = childrenWithNoAdult(list.filter((c) => (plates[unitOf(c)] ?? '') !== ''));
        return list.length === 0 ? (
          <p className="empty">{t('transit.build.none')}</p>
        ) : (
          <form
            onSubmit={(e) => {
              e.preventDefault();
              void save(list);
            }}
          >
            <div className="candidate-search">
              <label htmlFor="candidate-search">{t('transit.build.search')}</label>
              <input
                id="candidate-search"
                className="control"
                type="search"
                value={query}
                autoComplete="off"
                spellCheck={false}
                aria-describedby="candidate-search-count"
                onChange={(e) => setQuery(e.target.value)}
              />
              <p
                id="candidate-search-count"
                className="hint"
                data-testid="candidate-count"
                aria-live="polite"
              >
                {t('transit.build.shown', {
                  count: units.size,
                  shown: shown.length,
                  placed: Object.values(plates).filter(Boolean).length,
                })}
              </p>
            </div>
            {shown.length === 0 ? (
              <p className="empty">{t('transit.build.noMatch', { query: query.trim() })}</p>
            ) : null}
            <ul className="candidates">
              {shown.map(([unit, members]) => (
                <CandidateUnit
                  key={unit}
                  unit={unit}
                  members={members}
                  vehicles={detail.convoy.vehicles}
                  plate={plates[unit] ?? ''}
                  onPlate={(plate) => setPlates({ ...plates, [unit]: plate })}
                />
              ))}
            </ul>
            {alone.length > 0 ? (
              <p className="notice notice-warning" data-testid="child-alone-warning" aria-live="polite">
                {t('transit.childAlone.manifest', { names: nameList(alone), count: alone.length })}
              </p>
            ) : null}
            <TransitProblem problem={call.problem} people={namesIn(call.problem, list)} />
            <button type="submit" className="button primary" disabled={call.busy}>
              {t('transit.build.save')}
            </button>
          </form>
        );
      }}
    </LoadedSection>
  );
}
