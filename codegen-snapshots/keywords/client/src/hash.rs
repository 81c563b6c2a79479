//! Operations tagged by this module's tag.
/// Query, header and cookie parameters of [`super::Client::hash`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct HashParams {
    pub hash2: ::std::option::Option<::std::string::String>,
    pub hash3: ::std::option::Option<::std::string::String>,
    pub hash4: ::std::option::Option<::std::string::String>,
}
impl HashParams {
    /// Sets `hash2`.
    #[must_use]
    pub fn hash2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.hash2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `hash3`.
    #[must_use]
    pub fn hash3(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.hash3 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `hash4`.
    #[must_use]
    pub fn hash4(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.hash4 = ::std::option::Option::Some(value.into());
        self
    }
}
/// Headers of the Ok response of [`super::Client::hash`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct HashOkHeaders {
    pub hash: ::std::option::Option<::std::string::String>,
}
/// Successful responses of [`super::Client::hash`].
#[derive(Debug, Clone, PartialEq)]
pub enum HashResponse {
    /// ok
    Ok { body: super::types::Everything, headers: HashOkHeaders },
}
/// Documented error responses of [`super::Client::hash`].
#[derive(Debug, Clone, PartialEq)]
pub enum HashError {
    /// error
    Default { status: u16, body: super::types::Error },
}
/// Documented error responses of [`super::Client::hash_post`].
#[derive(Debug, Clone, PartialEq)]
pub enum HashPostError {}
impl super::Client {
    /// */ operation Hash "#
    ///
    /// `GET /op133/{Hash}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn hash(
        &self,
        hash: &str,
        params: &HashParams,
    ) -> ::std::result::Result<HashResponse, super::Error<HashError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op133/");
        url.push_str(
            &super::runtime::path_param(
                "Hash",
                &super::runtime::to_value("Hash", &hash)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if let Some(v) = &params.hash2 {
            let v = super::runtime::to_value("Hash", v)?;
            super::runtime::push_param(&mut query, "Hash", &v, "form", true);
        }
        if let Some(v) = &params.hash3 {
            let v = super::runtime::to_value("Hash", v)?;
            headers.push(("Hash", super::runtime::simple(&v, false)));
        }
        if let Some(v) = &params.hash4 {
            let v = super::runtime::to_value("Hash", v)?;
            cookies
                .push(
                    format!(
                        "{}={}", "Hash", super::runtime::encode(&
                        super::runtime::simple(& v, true))
                    ),
                );
        }
        self.authorize(&[&[133usize]], &mut query, &mut headers, &mut cookies);
        if !query.is_empty() {
            url.push('?');
            url.push_str(&super::runtime::encode_pairs(&query));
        }
        let mut req = self.http_client().request(::reqwest::Method::GET, url);
        for (k, v) in headers {
            req = req.header(k, v);
        }
        for (k, v) in &self.headers {
            req = req.header(k.as_str(), v.as_str());
        }
        if !cookies.is_empty() {
            req = req.header("cookie", cookies.join("; "));
        }
        let req = self.run_request_hooks("hash", req).map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "Hash", method = "GET", path =
            "/op133/{Hash}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("hash", status, &response_headers);
        match status {
            200 => {
                let headers = HashOkHeaders {
                    hash: super::runtime::optional_header(
                        &response_headers,
                        "Hash",
                        status,
                    )?,
                };
                Ok(HashResponse::Ok {
                    body: super::runtime::decode_json::<
                        super::types::Everything,
                        HashError,
                    >(status, &bytes)?,
                    headers,
                })
            }
            _ => {
                Err(
                    super::Error::Api(HashError::Default {
                        status,
                        body: super::runtime::decode_json::<
                            super::types::Error,
                            HashError,
                        >(status, &bytes)?,
                    }),
                )
            }
        }
    }
    /// `POST /op133/{Hash}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn hash_post(
        &self,
        hash: &str,
        body: impl ::std::convert::Into<::std::option::Option<&super::types::Union2>>,
    ) -> ::std::result::Result<super::types::Untagged, super::Error<HashPostError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op133/");
        url.push_str(
            &super::runtime::path_param(
                "Hash",
                &super::runtime::to_value("Hash", &hash)?,
                "simple",
                false,
            ),
        );
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
        if let Some(b) = body.into() {
            let bytes = ::serde_json::to_vec(b)
                .map_err(|e| super::Error::Encode {
                    what: "request body",
                    message: e.to_string(),
                })?;
            req = req.header("content-type", "application/json").body(bytes);
        }
        let req = self
            .run_request_hooks("hash_post", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "Hash_post", method = "POST", path =
            "/op133/{Hash}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("hash_post", status, &response_headers);
        match status {
            201 => {
                Ok(
                    super::runtime::decode_json::<
                        super::types::Untagged,
                        HashPostError,
                    >(status, &bytes)?,
                )
            }
            _ => {
                Err(super::Error::UnexpectedStatus {
                    status,
                    body: bytes,
                })
            }
        }
    }
}
