// The dashboard's words for the API's values, and for the values it does not know.
import i18next, { type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { ES } from '../../i18n/catalogues';
import { decisionLabel, directionLabel, sexLabel, vulnerabilityLabel } from './dashboard-labels';

let t: TFunction;
beforeAll(async () => {
  const i18n = i18next.createInstance();
  await i18n.init({ resources: { es: { translation: ES } }, lng: 'es' });
  t = i18n.t;
});

describe('the dashboard labels', () => {
  it('name the values the figures are broken down by', () => {
    expect(directionLabel(t, 'exit')).toBe('Salida');
    expect(decisionLabel(t, 'admitted-transit')).toBe('Admitidos en tránsito');
    expect(sexLabel(t, 'F')).toBe('Mujeres');
    expect(vulnerabilityLabel(t, 'pregnant')).toBe('Embarazo');
  });

  it('say what the API sent that they do not know, even a name objects carry', () => {
    expect(directionLabel(t, 'toString')).toBe('Sin dato');
    expect(sexLabel(t, 'unknown')).toBe('Sin dato');
    expect(decisionLabel(t, 'constructor')).toBe('Contados sin registro');
    expect(vulnerabilityLabel(t, 'new-kind')).toBe('new-kind');
  });
});
