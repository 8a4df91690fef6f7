// API tokens: yours (/tokens) and, for admins, anyone's (/users/{id}/tokens).
import type * as ownTokens from "@/app/api/v1/tokens/route";
import type * as ownToken from "@/app/api/v1/tokens/[id]/route";
import type * as userTokens from "@/app/api/v1/users/[id]/tokens/route";
import type * as userToken from "@/app/api/v1/users/[id]/tokens/[tokenId]/route";
import { browserTransport, segment, typedCaller, type BodyOf, type ResponseOf, type Transport } from "./call";

export type TokenList = ResponseOf<typeof ownTokens.GET>;
export type NewToken = BodyOf<typeof ownTokens.POST>;

export function tokensApi(transport: Transport = browserTransport) {
  const { get, send } = typedCaller(transport);
  return {
    list: () => get<typeof ownTokens.GET>("/tokens"),
    create: (token: NewToken) => send<typeof ownTokens.POST>("POST", "/tokens", token),
    revoke: (id: string) => send<typeof ownToken.DELETE>("DELETE", `/tokens/${segment(id)}`),
    listOfUser: (userId: string) => get<typeof userTokens.GET>(`/users/${segment(userId)}/tokens`),
    revokeOfUser: (userId: string, tokenId: string) => send<typeof userToken.DELETE>("DELETE", `/users/${segment(userId)}/tokens/${segment(tokenId)}`),
  };
}
