// Stands in for Node's `crypto` in the browser build. FollowTheMoney's model (the FtM export)
// imports it for one thing only, Namespace.signature (HMAC-signed ids), which Kavosh never calls:
// ids are written unsigned. Should a future use call it, it fails loudly instead of silently.
export default {
  createHmac(): never {
    throw new Error('FollowTheMoney namespace signing needs Node’s crypto, which the browser does not have');
  },
};
