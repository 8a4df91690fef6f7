// Which hosts and addresses an outbound request may reach. Pure functions, no I/O: the guard in
// outbound-guard.ts applies them to the URL of every hop and to every address DNS returns.
//
// Always denied: link-local addresses and the cloud metadata services behind them (a request
// there can read the machine's cloud credentials). Loopback and private ranges stay allowed:
// a local Ollama or vLLM is a core use case; an operator who wants less sets an allowlist.
import { BlockList, isIP } from "node:net";

const denied = new BlockList();
denied.addSubnet("169.254.0.0", 16, "ipv4"); // link-local, incl. 169.254.169.254 (AWS, GCP, Azure, OCI)
denied.addAddress("100.100.100.200", "ipv4"); // Alibaba Cloud metadata
denied.addSubnet("fe80::", 10, "ipv6"); // link-local
denied.addAddress("fd00:ec2::254", "ipv6"); // AWS metadata over IPv6

const deniedNames = new Set(["metadata", "metadata.google.internal", "metadata.goog", "instance-data", "instance-data.ec2.internal"]);

/** The eight 16-bit groups of an IPv6 address (a trailing dotted IPv4 part included), or null. */
function ipv6Groups(address: string): number[] | null {
  let text = address.toLowerCase();
  const dotted = /(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(text);
  if (dotted) {
    const [a, b, c, d] = dotted.slice(1).map(Number) as [number, number, number, number];
    text = `${text.slice(0, dotted.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head = "", tail] = text.split("::");
  const parse = (part: string) => (part === "" ? [] : part.split(":").map((group) => Number.parseInt(group, 16)));
  const front = parse(head);
  const back = tail === undefined ? [] : parse(tail);
  const groups = tail === undefined ? front : [...front, ...new Array<number>(8 - front.length - back.length).fill(0), ...back];
  return groups.length === 8 && groups.every((group) => Number.isInteger(group) && group >= 0 && group <= 0xffff) ? groups : null;
}

/** The IPv4 address an IPv6 address carries: IPv4-mapped (::ffff:a.b.c.d), IPv4-compatible
 * (::a.b.c.d) and NAT64 (64:ff9b::a.b.c.d) all reach the IPv4 host. */
function embeddedIpv4(groups: number[]): string | null {
  const [g0, g1, g2, g3, g4, g5, g6 = 0, g7 = 0] = groups;
  const zeroPrefix = g0 === 0 && g1 === 0 && g2 === 0 && g3 === 0 && g4 === 0 && (g5 === 0 || g5 === 0xffff);
  const nat64 = g0 === 0x64 && g1 === 0xff9b && g2 === 0 && g3 === 0 && g4 === 0 && g5 === 0;
  if (!zeroPrefix && !nat64) return null;
  return [g6 >> 8, g6 & 0xff, g7 >> 8, g7 & 0xff].join(".");
}

/** True for an IP address no outbound request may reach (see the list above). */
export function isDeniedAddress(address: string): boolean {
  const bare = address.replace(/^\[|\]$/g, "").replace(/%.*$/, ""); // brackets, IPv6 zone id
  const family = isIP(bare);
  if (family === 4) return denied.check(bare, "ipv4");
  if (family !== 6) return false;
  const groups = ipv6Groups(bare);
  const ipv4 = groups && embeddedIpv4(groups);
  return ipv4 ? denied.check(ipv4, "ipv4") : denied.check(bare, "ipv6");
}

/** True for a host name that only ever means a cloud metadata service. */
export function isDeniedHostname(hostname: string): boolean {
  return deniedNames.has(hostname.toLowerCase().replace(/\.$/, ""));
}

/**
 * Whether a host (as URL.hostname writes it: IPv6 in brackets) and port match an allowlist entry:
 * "host", "host:port", "*.domain" (any subdomain, not the domain itself), "[::1]:11434".
 */
export function matchesAllowlist(hostname: string, port: number, patterns: readonly string[]): boolean {
  const host = hostname.toLowerCase().replace(/\.$/, "");
  return patterns.some((pattern) => {
    const portMatch = /^(.*?)(?::(\d+))?$/.exec(pattern.toLowerCase())!;
    const [, name = "", patternPort] = portMatch;
    if (patternPort !== undefined && Number(patternPort) !== port) return false;
    return name.startsWith("*.") ? host.endsWith(name.slice(1)) && host.length > name.length - 1 : host === name;
  });
}
