// Calls to this server's JSON API. Errors come back as {"error": {"code", "message"}}; they are
// turned into ApiError with a plain message a volunteer can read.

export class ApiError extends Error {
  constructor(message, status, code) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

async function parse(resp) {
  let body = null;
  try {
    body = await resp.json();
  } catch {
    body = null;
  }
  if (!resp.ok) {
    const err = body && body.error;
    const message = (err && err.message) || `The server answered ${resp.status} ${resp.statusText || ""}`.trim();
    throw new ApiError(message, resp.status, (err && err.code) || "http_error");
  }
  if (body === null) throw new ApiError("The server's answer was not JSON.", resp.status, "bad_answer");
  return body;
}

async function send(url, init) {
  let resp;
  try {
    resp = await fetch(url, { credentials: "same-origin", ...init });
  } catch {
    throw new ApiError("Cannot reach the Safe to Share server. Is it still running?", 0, "network");
  }
  return parse(resp);
}

export function getProfiles() {
  return send("/api/v1/profiles", { method: "GET" });
}

/** body: {text} or {html}, plus profile, watchlist, allow. */
export function checkText(body) {
  return send("/api/v1/check", {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(body),
  });
}

export function checkImage(file, profile) {
  const form = new FormData();
  form.append("image", file, file.name);
  if (profile) form.append("profile", profile);
  return send("/api/v1/check-image", { method: "POST", body: form });
}

/** The HTML report of results the page already has: {profile, files: [{path, text, findings, error, type}]}. */
export async function fetchReport(body) {
  let resp;
  try {
    resp = await fetch("/api/v1/report", {
      method: "POST",
      credentials: "same-origin",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(body),
    });
  } catch {
    throw new ApiError("Cannot reach the Safe to Share server. Is it still running?", 0, "network");
  }
  if (!resp.ok) await parse(resp); // throws with the server's message
  return resp.blob();
}

export function getContactCountries() {
  return send("/api/v1/contact-countries", { method: "GET" });
}

/** params: profile, transplant_date, on, recipient_country, role, product (empty ones are left out). */
export function getContactTimeline(params) {
  const query = new URLSearchParams(Object.entries(params).filter(([, v]) => v));
  return send(`/api/v1/contact-timeline?${query}`, { method: "GET" });
}
