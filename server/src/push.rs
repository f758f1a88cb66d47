//! Web Push, sent by the server itself: a reminder encrypted to the device's keys
//! (RFC 8291, `aes128gcm`, by `web-push-native`), signed with the server's VAPID key
//! (RFC 8292: an ES256 token naming the push service and the organisation's contact), and
//! posted to the device's push service.
use app::reminders::server::{Delivery, Pusher};
use app::reminders::store::PushTarget;
use async_trait::async_trait;
use base64::engine::general_purpose::URL_SAFE_NO_PAD as B64;
use base64::Engine as _;
use p256::ecdsa::signature::Signer;
use p256::ecdsa::{Signature, SigningKey};
use std::time::Duration;

/// How long a push service keeps a reminder for a phone that is off: after an hour, "in two
/// hours" or "it is your turn" would mislead.
const KEPT_FOR: Duration = Duration::from_secs(3600);

/// How long a VAPID token is valid (at most 24 hours, RFC 8292).
const TOKEN_FOR: u64 = 12 * 3600;

pub struct WebPush {
    key: SigningKey,
    public_key: String,
    contact: String,
    client: reqwest::Client,
}

impl WebPush {
    /// A sender with the VAPID private key `secret` (a P-256 scalar) and the contact
    /// (`mailto:` or `https:`) push services may write to.
    pub fn new(secret: &[u8; 32], contact: &str) -> Result<WebPush, String> {
        let key = SigningKey::from_slice(secret).map_err(|e| format!("VAPID key: {e}"))?;
        let public_key = B64.encode(key.verifying_key().to_encoded_point(false).as_bytes());
        let client = reqwest::Client::builder()
            .timeout(Duration::from_secs(10))
            .redirect(reqwest::redirect::Policy::none())
            .build()
            .map_err(|e| format!("push client: {e}"))?;
        Ok(WebPush {
            key,
            public_key,
            contact: contact.to_string(),
            client,
        })
    }

    /// The public key browsers subscribe with (base64url, uncompressed point).
    pub fn public_key(&self) -> &str {
        &self.public_key
    }

    /// The `Authorization` header for a push to `endpoint` at `now` (Unix seconds).
    pub fn authorization(&self, endpoint: &str, now: u64) -> Option<String> {
        let (scheme, rest) = endpoint.split_once("://")?;
        let host = rest.split('/').next()?;
        let header = B64.encode(br#"{"typ":"JWT","alg":"ES256"}"#);
        let claims = serde_json::json!({
            "aud": format!("{scheme}://{host}"),
            "exp": now + TOKEN_FOR,
            "sub": self.contact,
        });
        let claims = B64.encode(claims.to_string());
        let signed = format!("{header}.{claims}");
        let signature: Signature = self.key.sign(signed.as_bytes());
        let token = format!("{signed}.{}", B64.encode(signature.to_bytes()));
        Some(format!("vapid t={token}, k={}", self.public_key))
    }

    /// The encrypted request for one push; `None` when the device's keys are not keys.
    fn request(&self, target: &PushTarget, message: &[u8]) -> Option<axum::http::Request<Vec<u8>>> {
        let ua_public =
            web_push_native::p256::PublicKey::from_sec1_bytes(&B64.decode(&target.p256dh).ok()?)
                .ok()?;
        let auth = B64.decode(&target.auth).ok()?;
        if auth.len() != 16 {
            return None;
        }
        let builder = web_push_native::WebPushBuilder::new(
            target.endpoint.parse().ok()?,
            ua_public,
            web_push_native::Auth::clone_from_slice(&auth),
        )
        .with_valid_duration(KEPT_FOR);
        let mut request = builder.build(message.to_vec()).ok()?;
        let now = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_secs())
            .unwrap_or(0);
        let authorization = self.authorization(&target.endpoint, now)?;
        request.headers_mut().insert(
            axum::http::header::AUTHORIZATION,
            authorization.parse().ok()?,
        );
        request
            .headers_mut()
            .insert("urgency", axum::http::HeaderValue::from_static("high"));
        Some(request)
    }
}

#[async_trait]
impl Pusher for WebPush {
    async fn push(&self, target: &PushTarget, message: &[u8]) -> Delivery {
        // A subscription whose keys cannot be used is as good as gone.
        let Some(request) = self.request(target, message) else {
            return Delivery::Gone;
        };
        let (parts, body) = request.into_parts();
        let sent = self
            .client
            .post(parts.uri.to_string())
            .headers(parts.headers)
            .body(body)
            .send()
            .await;
        match sent.map(|r| r.status().as_u16()) {
            Ok(200..=299) => Delivery::Delivered,
            // Expired or unsubscribed: never tried again. (A 400 or 403 may be this
            // server's fault, its key or contact, and must not cost anyone their devices.)
            Ok(404 | 410) => Delivery::Gone,
            Ok(status) => {
                tracing::warn!(status, "a push service refused a reminder");
                Delivery::Failed
            }
            Err(e) => {
                // Never the address: it is the subscription's secret.
                tracing::warn!(error = %e.without_url(), "a push service could not be reached");
                Delivery::Failed
            }
        }
    }
}

/// A new VAPID key pair, for `server vapid-keys`: (private, public), base64url.
pub fn new_keys() -> (String, String) {
    // 32 random bytes are a valid scalar but for a chance of about 2^-32: draw again then.
    let key = loop {
        let hex = app::ssr::random_hex(32);
        let bytes: Vec<u8> = (0..32)
            .filter_map(|i| u8::from_str_radix(hex.get(2 * i..2 * i + 2)?, 16).ok())
            .collect();
        if let Ok(key) = SigningKey::from_slice(&bytes) {
            break key;
        }
    };
    (
        B64.encode(key.to_bytes()),
        B64.encode(key.verifying_key().to_encoded_point(false).as_bytes()),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use p256::ecdsa::signature::Verifier;
    use p256::ecdsa::VerifyingKey;

    #[test]
    fn the_vapid_token_verifies_with_the_public_key() {
        let push = WebPush::new(&[7u8; 32], "mailto:it@example.org").expect("key");
        let header = push
            .authorization("https://fcm.googleapis.com/fcm/send/abc", 1_000)
            .expect("header");
        let (token, key) = header
            .strip_prefix("vapid t=")
            .and_then(|h| h.split_once(", k="))
            .expect("vapid t=…, k=…");
        assert_eq!(key, push.public_key());
        let (signed, signature) = token.rsplit_once('.').expect("three parts");
        let claims = signed.split('.').nth(1).expect("claims");
        let claims: serde_json::Value =
            serde_json::from_slice(&B64.decode(claims).expect("base64")).expect("json");
        assert_eq!(claims["aud"], "https://fcm.googleapis.com");
        assert_eq!(claims["exp"], 1_000 + TOKEN_FOR);
        assert_eq!(claims["sub"], "mailto:it@example.org");
        let verifying =
            VerifyingKey::from_sec1_bytes(&B64.decode(key).expect("key")).expect("point");
        let signature =
            Signature::from_slice(&B64.decode(signature).expect("base64")).expect("r||s");
        assert!(verifying.verify(signed.as_bytes(), &signature).is_ok());
    }

    #[test]
    fn new_keys_make_a_sender() {
        let (private, public) = new_keys();
        let bytes: [u8; 32] = B64.decode(private).expect("b64").try_into().expect("32");
        assert_eq!(
            WebPush::new(&bytes, "mailto:x@example.org")
                .expect("key")
                .public_key(),
            public
        );
    }
}
