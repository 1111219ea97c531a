// A third-party partner application, written with the reference libraries instead of ours: openid-client reads the
// discovery document (RFC 8414) and runs the client-credentials grant (RFC 6749 §4.4); jose verifies the access token
// against the JWKS that discovery advertises (signature, issuer, audience, expiry; RFC 7519 §7.2).
// stdin: {"issuer","clientId","clientSecret","scope","audience"}; stdout: {"accessToken","header","payload"} or
// {"error","errorDescription"} when the server refuses the client.
import * as client from 'openid-client';
import { createRemoteJWKSet, jwtVerify } from 'jose';

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const input = JSON.parse(Buffer.concat(chunks).toString('utf8'));

const insecure = new URL(input.issuer).protocol === 'http:' ? { execute: [client.allowInsecureRequests] } : undefined;
const config = await client.discovery(new URL(input.issuer), input.clientId, input.clientSecret, undefined, insecure);
let tokens;
try {
  tokens = await client.clientCredentialsGrant(config, input.scope ? { scope: input.scope } : {});
} catch (error) {
  // A refused client is a 401 whose error travels in the body and in WWW-Authenticate (RFC 6749 §5.2).
  const refusal = error instanceof client.ResponseBodyError ? error
    : error instanceof client.WWWAuthenticateChallengeError ? error.cause[0]?.parameters : undefined;
  if (refusal?.error) {
    console.log(JSON.stringify({ error: refusal.error, errorDescription: refusal.error_description }));
    process.exit(0);
  }
  throw error;
}

const metadata = config.serverMetadata();
const jwks = createRemoteJWKSet(new URL(metadata.jwks_uri));
const { payload, protectedHeader } = await jwtVerify(tokens.access_token, jwks, {
  issuer: metadata.issuer,
  audience: input.audience,
  requiredClaims: ['exp', 'iat', 'sub'],
});
console.log(JSON.stringify({ accessToken: tokens.access_token, header: protectedHeader, payload }));
