// The dashboard's words for the API's values, and for the values it does not know.
import { describe, expect, it } from 'vitest';
import { testI18n } from '../../../../test/support/i18n';
import { decisionLabel, directionLabel, sexLabel, vulnerabilityLabel } from './dashboard-labels';

const { t } = testI18n();

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
