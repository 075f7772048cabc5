// Roles and capabilities.
export {
  type Capability,
  can,
  checkpointScopeOf,
  isCheckpointScoped,
  isRole,
  ROLES,
  type Role,
  rolesWith,
} from './roles';
