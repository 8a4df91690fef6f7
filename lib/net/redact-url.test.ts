import { describe, expect, it } from "vitest";
import { redactUrlCredentials } from "./redact-url";

describe("redactUrlCredentials", () => {
  it("masks user info and credential-like query values, keeps the rest", () => {
    expect(redactUrlCredentials("https://user:s3cret@proxy.example/v1?api-key=abc123&api-version=2024-06-01")).toBe(
      "https://user:***@proxy.example/v1?api-key=***&api-version=2024-06-01",
    );
    expect(redactUrlCredentials("https://tok_abc@host.example/v1")).toBe("https://***@host.example/v1");
    expect(redactUrlCredentials("http://h/v1?key=1&token=2&access_token=3&sig=4&apiKey=5&x=6")).toBe("http://h/v1?key=***&token=***&access_token=***&sig=***&apiKey=***&x=6");
    expect(redactUrlCredentials("http://127.0.0.1:11434/v1")).toBe("http://127.0.0.1:11434/v1");
    expect(redactUrlCredentials("http://127.0.0.1:11434")).toBe("http://127.0.0.1:11434"); // as written, no slash added
  });

  it("shows nothing of a string it cannot parse", () => {
    expect(redactUrlCredentials("sk-not-a-url")).toBe("***");
  });
});
