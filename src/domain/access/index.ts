// Roles and capabilities.
export { type Capability, can, isCheckpointScoped, isRole, ROLES, type Role, rolesWith } from './roles';
