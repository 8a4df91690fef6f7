// Every request to a provider goes through this fetch (both SDK clients take it): link-local and
// cloud-metadata addresses are refused, and so is any host outside JUXTA_PROVIDER_HOSTS when the
// operator set it. See lib/net/outbound-guard.ts.
import "server-only";
import { env } from "../config/env";
import { createGuardedFetch } from "../net/outbound-guard";

export const providerFetch = createGuardedFetch({
  label: "provider host",
  allowedHosts: () => env().JUXTA_PROVIDER_HOSTS,
  allowlistName: "JUXTA_PROVIDER_HOSTS",
});
