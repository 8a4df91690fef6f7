import { describe, expect, it } from "vitest";
import { AppError } from "../api/errors";
import { assertRole, hasRole } from "./roles";

const as = (role: "admin" | "editor" | "reviewer") => ({ id: "u", email: "u@example.com", name: "U", role });

describe("roles", () => {
  it("ranks admin over editor over reviewer", () => {
    expect(hasRole(as("admin"), "editor")).toBe(true);
    expect(hasRole(as("editor"), "editor")).toBe(true);
    expect(hasRole(as("editor"), "admin")).toBe(false);
    expect(hasRole(as("reviewer"), "editor")).toBe(false);
    expect(hasRole(as("reviewer"), "reviewer")).toBe(true);
  });

  it("answers 401 without a user and 403 with too small a role", () => {
    expect(() => assertRole(null, "reviewer")).toThrow(expect.objectContaining({ httpStatus: 401 }));
    try {
      assertRole(as("reviewer"), "admin");
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(AppError);
      expect((error as AppError).httpStatus).toBe(403);
      expect((error as AppError).detail).toContain("admin");
    }
  });
});
