// Roles as people read them.
import type { TFunction } from 'i18next';
import type { Role } from '../api/types';

export function roleName(role: Role, t: TFunction): string {
  switch (role) {
    case 'officer':
      return t('role.officer');
    case 'supervisor':
      return t('role.supervisor');
    case 'humanitarian':
      return t('role.humanitarian');
    case 'analyst':
      return t('role.analyst');
    case 'admin':
      return t('role.admin');
    default: {
      const unknown: never = role;
      return unknown;
    }
  }
}
