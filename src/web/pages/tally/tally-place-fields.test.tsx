// Tally mode after a reload: the group's nationality comes back from the address with the place, so
// the presses that follow still count that nationality; a code the list does not offer counts as unknown.
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import { describe, expect, it } from 'vitest';
import { testI18n } from '../../../../test/support/i18n';
import { santaRosa } from '../../../../test/support/web-samples';
import { addressOf, boothAt, checkpointAt, usePlaceInAddress } from '../../hooks/use-place-in-address';
import { nationalityOf } from './tally-labels';
import { TallyPlaceFields } from './tally-place-fields';

const SANTA_ROSA = santaRosa([
  { id: '5a7a0000-0000-4000-8001-010000000002', code: 'SR-02', name: 'SR-02', retired: false },
]);

function TallyPlace() {
  const [place] = usePlaceInAddress();
  const checkpoint = checkpointAt([SANTA_ROSA], place);
  return (
    <TallyPlaceFields
      checkpoints={[SANTA_ROSA]}
      checkpoint={checkpoint}
      booth={boothAt(checkpoint, place)}
      nationality={nationalityOf(place)}
      onCheckpoint={() => undefined}
      onBooth={() => undefined}
      onNationality={() => undefined}
    />
  );
}

const reloadedAt = (address: string) =>
  renderToStaticMarkup(
    <I18nextProvider i18n={testI18n()}>
      <MemoryRouter initialEntries={[address]}>
        <TallyPlace />
      </MemoryRouter>
    </I18nextProvider>,
  );

describe('the tally place after a reload', () => {
  it('keeps the group’s nationality with the booth', () => {
    const place = { checkpoint: 'PE-SANTA-ROSA', booth: 'SR-02', nationality: 'VEN' };
    const html = reloadedAt(`/tally?${new URLSearchParams(addressOf(place))}`);
    expect(html).toContain('<option value="SR-02" selected="">');
    expect(html).toContain('<option value="VEN" selected="">');
  });

  it('counts a nationality the list does not offer as unknown', () => {
    const html = reloadedAt('/tally?checkpoint=PE-SANTA-ROSA&nationality=XXX');
    expect(html).toContain('<option value="" selected="">Otra o desconocida</option>');
    expect(nationalityOf({ nationality: 'XXX' })).toBeNull();
  });
});
