// Credentials written into a URL ("https://user:pass@host", "?api-key=…") are as secret as an API
// key: views show the URL with them masked, calls use the stored URL as it is.
const MASK = "***";
// Query parameters that carry credentials by name (api-key, key, token, access_token, sig…).
// Masking one too many ("monkey") costs nothing; missing one leaks a secret.
const SECRET_PARAM = /(key|token|secret|passw(or)?d|pwd|auth|authorization|credentials?|signature|sig)$/i;

/** The URL with its user info and credential-like query values replaced by "***"; a URL with
 * nothing to mask comes back exactly as written. */
export function redactUrlCredentials(raw: string): string {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    // Not a URL we can take apart: show nothing of it rather than risk a secret.
    return MASK;
  }
  if (url.password) url.password = MASK;
  else if (url.username) url.username = MASK; // a lone user part is usually a token
  let masked = url.password !== "" || url.username !== "";
  if (url.search) {
    const pairs = url.search.slice(1).split("&").map((pair) => {
      const separator = pair.indexOf("=");
      const name = separator === -1 ? pair : pair.slice(0, separator);
      if (separator === -1 || !SECRET_PARAM.test(decodeURIComponent(name.replace(/\+/g, " ")))) return pair;
      masked = true;
      return `${name}=${MASK}`;
    });
    url.search = `?${pairs.join("&")}`;
  }
  return masked ? url.toString() : raw;
}
