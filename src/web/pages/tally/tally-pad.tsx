// The tally's big buttons: one row for arrivals and one for departures, each button showing its key,
// and the undo button. The keys themselves are listened for by the page.
import { forwardRef } from 'react';
import { useTranslation } from 'react-i18next';
import { TALLY_CATEGORIES, type TallyCategory } from '../../../domain/crossings';
import { TALLY_KEYS, type TallyDirection } from './tally-keys';
import { categoryName, directionName } from './tally-labels';

type Props = {
  readonly disabled: boolean;
  readonly canUndo: boolean;
  readonly onPress: (direction: TallyDirection, category: TallyCategory) => void;
  readonly onUndo: () => void;
};

const keyOf = (direction: TallyDirection, category: TallyCategory): string =>
  TALLY_KEYS.find((k) => k.direction === direction && k.category === category)?.key.toUpperCase() ?? '';

function PadRow({
  direction,
  disabled,
  onPress,
}: Pick<Props, 'disabled' | 'onPress'> & { readonly direction: TallyDirection }) {
  const { t } = useTranslation();
  const headingId = `tally-row-${direction}`;
  return (
    <section className="tally-row" aria-labelledby={headingId} data-direction={direction}>
      <h2 id={headingId}>{direction === 'entry' ? t('tally.arrivals') : t('tally.departures')}</h2>
      <div className="tally-buttons">
        {TALLY_CATEGORIES.map((category) => {
          const key = keyOf(direction, category);
          return (
            <button
              key={category}
              type="button"
              className={`tally-button tally-button-${direction}`}
              disabled={disabled}
              // The name starts with what the button shows (its category and its key), so that one
              // who says what they see (speech input) presses it; the row's heading says the direction.
              aria-label={t('tally.buttonLabel', {
                category: categoryName(category, t),
                key,
                direction: directionName(direction, t).toLocaleLowerCase(),
              })}
              onClick={() => onPress(direction, category)}
            >
              <span className="tally-button-name">{categoryName(category, t)}</span> <kbd>{key}</kbd>
            </button>
          );
        })}
      </div>
    </section>
  );
}

/** The pad takes focus when the officer leaves a list with Esc, so the keys count again. */
export const TallyPad = forwardRef<HTMLDivElement, Props>(function TallyPad(
  { disabled, canUndo, onPress, onUndo },
  ref,
) {
  const { t } = useTranslation();
  return (
    <div className="tally-pad" ref={ref} tabIndex={-1} data-testid="tally-pad">
      <PadRow direction="entry" disabled={disabled} onPress={onPress} />
      <PadRow direction="exit" disabled={disabled} onPress={onPress} />
      <button
        type="button"
        className="button button-secondary tally-undo"
        // Not `disabled`: the button that goes off under the keyboard would drop focus to the page's
        // top. It stays focusable, says it is off, and does nothing.
        aria-disabled={!canUndo}
        onClick={() => {
          if (canUndo) onUndo();
        }}
        aria-keyshortcuts="Backspace"
      >
        {t('tally.undo')} <kbd>{t('tally.keys.undoKey')}</kbd>
      </button>
    </div>
  );
});
