import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { LoginForm } from "@/components/auth/login-form";
import { hasAnyUser } from "@/lib/auth/users";
import { currentUser } from "../../_server/require-user";

export const metadata: Metadata = { title: "Sign in" };

export default async function LoginPage() {
  if (!(await hasAnyUser())) redirect("/setup");
  if (await currentUser()) redirect("/compare");
  return <LoginForm />;
}
