// Every test database is keyed with this; child processes (CLI, server) get it through the environment.
export const TEST_AUDIT_KEY = Buffer.alloc(32, 0x5a);
