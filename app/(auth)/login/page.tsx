import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { LoginForm } from "@/components/auth/login-form";
import { landingPath, safeNextPath } from "@/lib/auth/landing";
import { hasAnyUser } from "@/lib/auth/users";
import { currentUser } from "../../_server/require-user";

export const metadata: Metadata = { title: "Sign in" };

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ next?: string | string[] }> }) {
  if (!(await hasAnyUser())) redirect("/setup");
  const { next } = await searchParams;
  const back = safeNextPath(typeof next === "string" ? next : null);
  const user = await currentUser();
  if (user) redirect(back ?? landingPath(user.role));
  return <LoginForm next={back} />;
}
