// Gives each integration test file a fresh database cloned from the migrated template, and the
// environment that `juxta start` would give the app (DATABASE_URL, a secret key).
import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, inject } from "vitest";
import { disconnectDb } from "../../lib/db/client";

const templateUrl = new URL(inject("templateDatabaseUrl"));
const template = templateUrl.pathname.slice(1);
const name = `juxta_test_${randomBytes(4).toString("hex")}_${template.split("_").pop()}`;

const adminUrl = new URL(templateUrl);
adminUrl.pathname = "/postgres";
const admin = new pg.Client({ connectionString: adminUrl.toString() });
await admin.connect();
await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`);

const url = new URL(templateUrl);
url.pathname = `/${name}`;
process.env.DATABASE_URL = url.toString();
process.env.JUXTA_SECRET_KEY = randomBytes(32).toString("base64");
process.env.JUXTA_LOG_LEVEL ??= "warn";

afterAll(async () => {
  await disconnectDb();
  await admin.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await admin.end();
});
