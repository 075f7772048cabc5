// The booth and tally mode keep their place in the address: a reload reads back the checkpoint and
// booth chosen, and a booth the checkpoint no longer offers is not taken from an old address; a choice
// in the place fields changes the place as both pages want it.
import { renderToStaticMarkup } from 'react-dom/server';
import { I18nextProvider } from 'react-i18next';
import { MemoryRouter } from 'react-router';
import { describe, expect, it, vi } from 'vitest';
import { testI18n } from '../../../test/support/i18n';
import { santaRosa } from '../../../test/support/web-samples';
import type { Checkpoint } from '../api/types';
import { PlaceFields } from '../components/place-fields';
import {
  addressOf,
  boothAt,
  checkpointAt,
  type Place,
  placeHandlers,
  placeOf,
  usePlaceInAddress,
} from './use-place-in-address';

const booth = (code: string, retired = false) => ({ id: `id-${code}`, code, name: code, retired });
const checkpointNamed = (code: string, booths: Checkpoint['booths']): Checkpoint => ({
  ...santaRosa(booths),
  id: `id-${code}`,
  code,
  name: code,
});
const SANTA_ROSA = checkpointNamed('PE-SANTA-ROSA', [booth('SR-01'), booth('SR-02'), booth('SR-09', true)]);
const CHACALLUTA = checkpointNamed('CL-CHACALLUTA', [booth('CH-01')]);
const LIST = [CHACALLUTA, SANTA_ROSA];

function PlaceOnPage() {
  const [place] = usePlaceInAddress();
  const checkpoint = checkpointAt(LIST, place);
  return (
    <PlaceFields
      idPrefix="booth"
      checkpoints={LIST}
      by="code"
      checkpoint={checkpoint}
      booth={boothAt(checkpoint, place)}
      onCheckpoint={() => undefined}
      onBooth={() => undefined}
    />
  );
}

/** The page's place fields as they come back after a reload at that address. */
const reloadedAt = (address: string) =>
  renderToStaticMarkup(
    <I18nextProvider i18n={testI18n()}>
      <MemoryRouter initialEntries={[address]}>
        <PlaceOnPage />
      </MemoryRouter>
    </I18nextProvider>,
  );

describe('the place kept in the address', () => {
  it('is still the checkpoint and booth chosen after a reload', () => {
    const place = { checkpoint: 'PE-SANTA-ROSA', booth: 'SR-02', nationality: null };
    const address = `/booth?${new URLSearchParams(addressOf(place))}`;
    const html = reloadedAt(address);
    expect(html).toContain('<option value="PE-SANTA-ROSA" selected="">');
    expect(html).toContain('<option value="SR-02" selected="">');
  });

  it('starts at the first checkpoint, with no booth, when the address names none', () => {
    const html = reloadedAt('/booth');
    expect(html).toContain('<option value="CL-CHACALLUTA" selected="">');
    expect(html).toContain('<option value="" selected="">');
  });

  it.each<[string, Place]>([
    ['a retired booth', { checkpoint: 'PE-SANTA-ROSA', booth: 'SR-09', nationality: null }],
    ['a booth of another checkpoint', { checkpoint: 'PE-SANTA-ROSA', booth: 'CH-01', nationality: null }],
    ['an unknown booth', { checkpoint: 'PE-SANTA-ROSA', booth: 'SR-77', nationality: null }],
  ])('takes no booth from an address naming %s', (_, place) => {
    expect(boothAt(checkpointAt(LIST, place), place)).toBeNull();
  });

  it.each<Place>([
    { checkpoint: null, booth: null, nationality: null },
    { checkpoint: 'PE-SANTA-ROSA', booth: null, nationality: null },
    { checkpoint: 'PE-SANTA-ROSA', booth: 'SR-01', nationality: 'VEN' },
  ])('reads back from the address the place it wrote there: %o', (place) => {
    expect(placeOf(new URLSearchParams(addressOf(place)))).toEqual(place);
  });

  it('starts another checkpoint with no booth', () => {
    const choose = vi.fn();
    placeHandlers(SANTA_ROSA, choose).onCheckpoint('CL-CHACALLUTA');
    expect(choose).toHaveBeenCalledWith({ checkpoint: 'CL-CHACALLUTA', booth: null });
  });

  it('keeps a booth with the checkpoint on screen, also when the address named none', () => {
    const choose = vi.fn();
    const shown = checkpointAt(LIST, placeOf(new URLSearchParams()));
    placeHandlers(shown, choose).onBooth('CH-01');
    expect(choose).toHaveBeenCalledWith({ checkpoint: 'CL-CHACALLUTA', booth: 'CH-01' });
  });

  it('leaves the booth for none when the officer chooses none', () => {
    const choose = vi.fn();
    placeHandlers(SANTA_ROSA, choose).onBooth(null);
    expect(choose).toHaveBeenCalledWith({ checkpoint: 'PE-SANTA-ROSA', booth: null });
  });
});
