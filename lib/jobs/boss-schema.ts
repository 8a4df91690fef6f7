/** The Postgres schema pg-boss keeps its tables in, shared by the worker and every sender. */
export const BOSS_SCHEMA = "pgboss";
