// What the demo workspace holds: a support team's prompt library and datasets, small enough to
// replay in seconds on the simulated models, with expected outputs and assertions that the
// models' documented rates (lib/providers/simulated/profiles.ts) pass often but not always.

/** Everything the demo creates is named with this prefix: that is how it is found and removed. */
export const DEMO_PREFIX = "Demo · ";
export const demoName = (name: string) => `${DEMO_PREFIX}${name}`;

export const TRIAGE_PROMPT =
  'Triage the support ticket. Return JSON with keys "category" (one of: billing, bug, account, feature), "priority" (one of: low, medium, high) and "summary".\n\nTicket: {{ticket}}';
export const SUMMARY_PROMPT = "Summarise in under 30 words: {{text}}";
export const EXTRACTION_PROMPT = "Extract the order number from this message: {{message}}";

const triageSchema = {
  type: "object",
  required: ["category", "priority", "summary"],
  additionalProperties: false,
  properties: { category: { enum: ["billing", "bug", "account", "feature"] }, priority: { enum: ["low", "medium", "high"] }, summary: { type: "string" } },
};

const tickets: [category: string, priority: string, text: string][] = [
  ["billing", "medium", "I was charged twice for my March invoice (order ORD-20417). Please refund the duplicate payment."],
  ["bug", "high", "The CSV export crashes with an error since this morning's update. All users on our team see it."],
  ["account", "medium", "I can't log in after changing my password, and the reset email never arrives."],
  ["feature", "low", "Could you add a dark mode to the dashboard? It would be nice to have, no rush."],
  ["billing", "medium", "Our card was charged for 12 seats but we only have 9 people. Can you fix the bill?"],
  ["bug", "medium", "Charts on the usage page are broken in Safari: the page fails to load the data."],
  ["account", "medium", "Please turn on two-factor sign-in for my account; my username is dana.k."],
  ["feature", "low", "Is there support for exporting reports to Google Sheets? Please add it, we would use it weekly."],
  ["billing", "medium", "The subscription renewed at the old price. I expected the new discount on the invoice."],
  ["bug", "high", "Webhooks fail with a timeout exception for every event since Tuesday and production is down."],
  ["account", "medium", "I'm locked out after too many sign in attempts. Can you unlock my account?"],
  ["feature", "low", "Please add an API endpoint that lists archived projects, whenever you can."],
];

export const ticketCases = tickets.map(([category, priority, ticket]) => ({
  variables: { ticket },
  expected: JSON.stringify({ category, priority }),
  assertions: [{ type: "is_json" }, { type: "json_schema", schema: triageSchema }, { type: "regex", pattern: `"category":\\s*"${category}"` }],
  tags: [category],
}));

const texts: [keyword: string, text: string][] = [
  ["revenue", "Quarterly revenue grew 12% while support costs fell. Most of the saving came from the triage bot, which answered a third of all tickets without a human. Churn stayed flat, and the team plans to extend the bot to billing questions next quarter."],
  ["migration", "The database migration finished on Sunday night with 14 minutes of downtime, four fewer than planned. Two reports ran slowly on Monday because an index was missing; it was added by noon. No data was lost and backups were verified afterwards."],
  ["onboarding", "New customers now finish onboarding in two days instead of five. The biggest change was a checklist inside the product that replaces the welcome call. Customers who skip the checklist still get a call, and their satisfaction scores are similar."],
  ["outage", "On Tuesday the EU region had a 38-minute outage caused by an expired TLS certificate on the load balancer. Alerts fired within two minutes, but the on-call engineer needed time to find the certificate. Renewals are now automated and monitored."],
  ["pricing", "The new pricing page doubled trial sign-ups in its first month, but more trials ended without a purchase. Sales believes the cheaper plan attracts smaller teams who never intended to buy. A follow-up test will show the annual price first."],
  ["hiring", "Support hired three agents in Lisbon to cover European mornings. Response times before noon dropped from four hours to forty minutes. The team will review in June whether a fourth hire is needed before the summer peak."],
];

export const summaryCases = texts.map(([keyword, text]) => ({
  variables: { text },
  // At most 29 words ("under 30"), and about the text's subject.
  assertions: [{ type: "regex", pattern: "^\\s*(?:\\S+\\s+){0,28}\\S+\\s*$" }, { type: "contains", value: keyword }],
  tags: ["summary"],
}));

const messages: [order: string, message: string][] = [
  ["ORD-55120", "Hi, my order number is ORD-55120 and it still shows as processing. The old one, ORD-55119, was cancelled."],
  ["ORD-30871", "Package for order ORD-30871 arrived damaged. I paid $84.00 for it, can I get a replacement?"],
  ["ORD-77302", "Where is my parcel? Order number: ORD-77302, placed on 2 Nov 2026."],
  ["ORD-12994", "I want to return two items from order ORD-12994; invoice INV-4410 lists three."],
  ["ORD-60413", "The tracking link for my order ORD-60413 gives a 404, please resend it to ana@example.com."],
  ["ORD-88150", "Please cancel order number ORD-88150 before it ships, I ordered the wrong size."],
];

export const extractionCases = messages.map(([order, message]) => ({
  variables: { message },
  expected: order,
  assertions: [{ type: "contains", value: order, caseSensitive: true }],
  tags: ["extraction"],
}));

/** Compare sessions: a title, the demo variants' keys, blind or not, and the turns to send. */
export const sessions: { title: string; variants: string[]; blind?: boolean; turns: string[] }[] = [
  { title: "Choosing a model for support", variants: ["fast", "balanced", "large"], turns: ["How should we choose a model for our support tickets?", "What is 17 * 23 + 4?"] },
  { title: "Triage one ticket", variants: ["fast", "large"], turns: [TRIAGE_PROMPT.replace("{{ticket}}", tickets[1]![2])] },
  { title: "Blind: migration risks", variants: ["balanced", "large"], blind: true, turns: ["Give me a bullet list of risks when migrating the billing database."] },
  { title: "Answering in French", variants: ["fast", "balanced"], turns: ["Explain caching strategies for our API in French, in under 60 words."] },
];
