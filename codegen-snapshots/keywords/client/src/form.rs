//! Operations tagged by this module's tag.
/// Documented error responses of [`super::Client::form`].
#[derive(Debug, Clone, PartialEq)]
pub enum FormError {}
impl super::Client {
    /// `POST /form`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn form(
        &self,
        body: &super::types::FormBody,
    ) -> ::std::result::Result<(), super::Error<FormError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/form");
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if !query.is_empty() {
            url.push('?');
            url.push_str(&super::runtime::encode_pairs(&query));
        }
        let mut req = self.http_client().request(::reqwest::Method::POST, url);
        for (k, v) in headers {
            req = req.header(k, v);
        }
        for (k, v) in &self.headers {
            req = req.header(k.as_str(), v.as_str());
        }
        if !cookies.is_empty() {
            req = req.header("cookie", cookies.join("; "));
        }
        {
            let b = body;
            let v = super::runtime::to_value("request body", b)?;
            req = req
                .header("content-type", "application/x-www-form-urlencoded")
                .body(super::runtime::form_body(&v));
        }
        let req = self.run_request_hooks("form", req).map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "form", method = "POST", path = "/form",
            status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("form", status, &response_headers);
        match status {
            204 => Ok(()),
            _ => {
                Err(super::Error::UnexpectedStatus {
                    status,
                    body: bytes,
                })
            }
        }
    }
}
