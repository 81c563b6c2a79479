//! Operations tagged by this module's tag.
/// Query, header and cookie parameters of [`super::Client::hash_map`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct HashMapParams {
    pub hash_map2: ::std::option::Option<::std::string::String>,
    pub hash_map3: ::std::option::Option<::std::string::String>,
    pub hash_map4: ::std::option::Option<::std::string::String>,
}
impl HashMapParams {
    /// Sets `hash_map2`.
    #[must_use]
    pub fn hash_map2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.hash_map2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `hash_map3`.
    #[must_use]
    pub fn hash_map3(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.hash_map3 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `hash_map4`.
    #[must_use]
    pub fn hash_map4(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.hash_map4 = ::std::option::Option::Some(value.into());
        self
    }
}
/// Headers of the Ok response of [`super::Client::hash_map`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct HashMapOkHeaders {
    pub hash_map: ::std::option::Option<::std::string::String>,
}
/// Successful responses of [`super::Client::hash_map`].
#[derive(Debug, Clone, PartialEq)]
pub enum HashMapResponse {
    /// ok
    Ok { body: super::types::Everything, headers: HashMapOkHeaders },
}
/// Documented error responses of [`super::Client::hash_map`].
#[derive(Debug, Clone, PartialEq)]
pub enum HashMapError {
    /// error
    Default { status: u16, body: super::types::Error },
}
/// Documented error responses of [`super::Client::hash_map_post`].
#[derive(Debug, Clone, PartialEq)]
pub enum HashMapPostError {}
impl super::Client {
    /// */ operation HashMap "#
    ///
    /// `GET /op134/{HashMap}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn hash_map(
        &self,
        hash_map: &str,
        params: &HashMapParams,
    ) -> ::std::result::Result<HashMapResponse, super::Error<HashMapError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op134/");
        url.push_str(
            &super::runtime::path_param(
                "HashMap",
                &super::runtime::to_value("HashMap", &hash_map)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if let Some(v) = &params.hash_map2 {
            let v = super::runtime::to_value("HashMap", v)?;
            super::runtime::push_param(&mut query, "HashMap", &v, "form", true);
        }
        if let Some(v) = &params.hash_map3 {
            let v = super::runtime::to_value("HashMap", v)?;
            headers.push(("HashMap", super::runtime::simple(&v, false)));
        }
        if let Some(v) = &params.hash_map4 {
            let v = super::runtime::to_value("HashMap", v)?;
            cookies
                .push(
                    format!(
                        "{}={}", "HashMap", super::runtime::encode(&
                        super::runtime::simple(& v, true))
                    ),
                );
        }
        self.authorize(&[&[134usize]], &mut query, &mut headers, &mut cookies);
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
        let req = self
            .run_request_hooks("hash_map", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "HashMap", method = "GET", path =
            "/op134/{HashMap}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("hash_map", status, &response_headers);
        match status {
            200 => {
                let headers = HashMapOkHeaders {
                    hash_map: super::runtime::optional_header(
                        &response_headers,
                        "HashMap",
                        status,
                    )?,
                };
                Ok(HashMapResponse::Ok {
                    body: super::runtime::decode_json::<
                        super::types::Everything,
                        HashMapError,
                    >(status, &bytes)?,
                    headers,
                })
            }
            _ => {
                Err(
                    super::Error::Api(HashMapError::Default {
                        status,
                        body: super::runtime::decode_json::<
                            super::types::Error,
                            HashMapError,
                        >(status, &bytes)?,
                    }),
                )
            }
        }
    }
    /// `POST /op134/{HashMap}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn hash_map_post(
        &self,
        hash_map: &str,
        body: &super::types::Union2,
    ) -> ::std::result::Result<super::types::Untagged, super::Error<HashMapPostError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op134/");
        url.push_str(
            &super::runtime::path_param(
                "HashMap",
                &super::runtime::to_value("HashMap", &hash_map)?,
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
        {
            let b = body;
            let bytes = ::serde_json::to_vec(b)
                .map_err(|e| super::Error::Encode {
                    what: "request body",
                    message: e.to_string(),
                })?;
            req = req.header("content-type", "application/json").body(bytes);
        }
        let req = self
            .run_request_hooks("hash_map_post", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "HashMap_post", method = "POST", path =
            "/op134/{HashMap}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("hash_map_post", status, &response_headers);
        match status {
            201 => {
                Ok(
                    super::runtime::decode_json::<
                        super::types::Untagged,
                        HashMapPostError,
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
