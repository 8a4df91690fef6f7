// What a password must be: one rule for sign-up, admin resets and the forms that ask for one.
// Shared by server and browser code, so it imports only zod.
import { z } from "zod";

export const MIN_PASSWORD_LENGTH = 8;

export const passwordSchema = z.string().min(MIN_PASSWORD_LENGTH, `Passwords need at least ${MIN_PASSWORD_LENGTH} characters.`).max(200);
