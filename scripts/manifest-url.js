'use strict';
/**
 * manifest.xml is written for the development server. A production build serves the same files from
 * another https address, so webpack.config.js passes the manifest through rewriteManifestUrls with
 * $PLANSHEET_URL. CommonJS so that webpack.config.js and the validation script can require it as is.
 */

/** The address every URL in manifest.xml starts with during development. */
const DEV_BASE_URL = 'https://localhost:3000/';
const DEV_ORIGIN = DEV_BASE_URL.slice(0, -1);
// Not followed by a digit: https://localhost:30001 is some other server.
const DEV_URL_PATTERN = new RegExp(`${DEV_ORIGIN.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}(?![0-9])(/?)`, 'g');

/**
 * Turns a production address into the base that replaces DEV_BASE_URL: https only (Office refuses
 * anything else), no query or fragment (file names are appended to it), always ending in "/".
 *
 * @example
 * normalizeBaseUrl('https://addins.example.org/plansheet')
 * //=> 'https://addins.example.org/plansheet/'
 */
function normalizeBaseUrl(baseUrl) {
  let url;
  try {
    url = new URL(String(baseUrl).trim());
  } catch {
    throw new Error(
      `The production URL "${baseUrl}" is not a URL. Set PLANSHEET_URL to an address such as https://addins.example.org/plansheet/`,
    );
  }
  if (url.protocol !== 'https:') {
    throw new Error(`The production URL "${baseUrl}" must start with https:// — Office loads add-ins only over https.`);
  }
  if (url.search || url.hash || url.username || url.password) {
    throw new Error(
      `The production URL "${baseUrl}" must be a plain folder address, without a query, fragment or user name: file names are appended to it.`,
    );
  }
  // Built from parts so that an empty "?" or "#" left at the end does not survive.
  const href = `${url.origin}${url.pathname}`;
  return href.endsWith('/') ? href : `${href}/`;
}

function escapeXml(text) {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/**
 * Rewrites every development URL in an add-in manifest to the production address: `https://localhost:3000/x`
 * becomes `<baseUrl>x`, and a bare `https://localhost:3000` (an AppDomain) becomes the production origin.
 * Throws when the address is not a plain https URL, or when the manifest has no development URL at all
 * (a changed dev port would otherwise ship a manifest still pointing at localhost).
 *
 * @example
 * rewriteManifestUrls('<SourceLocation DefaultValue="https://localhost:3000/taskpane.html"/>', 'https://addins.example.org/plansheet')
 * //=> '<SourceLocation DefaultValue="https://addins.example.org/plansheet/taskpane.html"/>'
 */
function rewriteManifestUrls(xml, baseUrl) {
  const base = normalizeBaseUrl(baseUrl);
  const origin = new URL(base).origin;
  let count = 0;
  const out = String(xml).replace(DEV_URL_PATTERN, (_match, slash) => {
    count += 1;
    return escapeXml(slash ? base : origin);
  });
  if (count === 0) {
    throw new Error(
      `The manifest has no ${DEV_BASE_URL} URL to rewrite; was it already rewritten, or did the dev server's address change?`,
    );
  }
  return out;
}

module.exports = { DEV_BASE_URL, DEV_ORIGIN, normalizeBaseUrl, rewriteManifestUrls };
