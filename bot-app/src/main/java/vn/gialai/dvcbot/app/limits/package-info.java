/**
 * What keeps the public endpoints standing when someone sends too much: request bodies limited before anything
 * reads them, the error controller closed as a route, and the JSON answer both use. Rate limits per citizen and
 * per address are in {@code core.limits}; docs/security.md has the figures and how to change them.
 */
package vn.gialai.dvcbot.app.limits;
