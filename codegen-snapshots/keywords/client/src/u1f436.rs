//! Operations tagged by this module's tag.
/// Query, header and cookie parameters of [`super::Client::u1f436`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct U1f436Params {
    pub u1f436_2: ::std::option::Option<::std::string::String>,
    pub u1f436_3: ::std::option::Option<::std::string::String>,
    pub u1f436_4: ::std::option::Option<::std::string::String>,
}
impl U1f436Params {
    /// Sets `u1f436_2`.
    #[must_use]
    pub fn u1f436_2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.u1f436_2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `u1f436_3`.
    #[must_use]
    pub fn u1f436_3(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.u1f436_3 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `u1f436_4`.
    #[must_use]
    pub fn u1f436_4(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.u1f436_4 = ::std::option::Option::Some(value.into());
        self
    }
}
/// Headers of the Ok response of [`super::Client::u1f436`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct U1f436OkHeaders {
    pub u1f436: ::std::option::Option<::std::string::String>,
}
/// Successful responses of [`super::Client::u1f436`].
#[derive(Debug, Clone, PartialEq)]
pub enum U1f436Response {
    /// ok
    Ok { body: super::types::Everything, headers: U1f436OkHeaders },
}
/// Documented error responses of [`super::Client::u1f436`].
#[derive(Debug, Clone, PartialEq)]
pub enum U1f436Error {
    /// error
    Default { status: u16, body: super::types::Error },
}
/// Documented error responses of [`super::Client::u1f436_post`].
#[derive(Debug, Clone, PartialEq)]
pub enum U1f436PostError {}
impl super::Client {
    /// */ operation 🐶 "#
    ///
    /// `GET /op84/{🐶}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn u1f436(
        &self,
        u1f436: &str,
        params: &U1f436Params,
    ) -> ::std::result::Result<U1f436Response, super::Error<U1f436Error>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op84/");
        url.push_str(
            &super::runtime::path_param(
                "🐶",
                &super::runtime::to_value("🐶", &u1f436)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if let Some(v) = &params.u1f436_2 {
            let v = super::runtime::to_value("🐶", v)?;
            super::runtime::push_param(&mut query, "🐶", &v, "form", true);
        }
        if let Some(v) = &params.u1f436_3 {
            let v = super::runtime::to_value("🐶", v)?;
            headers.push(("🐶", super::runtime::simple(&v, false)));
        }
        if let Some(v) = &params.u1f436_4 {
            let v = super::runtime::to_value("🐶", v)?;
            cookies
                .push(
                    format!(
                        "{}={}", "🐶", super::runtime::encode(&
                        super::runtime::simple(& v, true))
                    ),
                );
        }
        self.authorize(&[&[84usize]], &mut query, &mut headers, &mut cookies);
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
        let req = self.run_request_hooks("u1f436", req).map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "🐶", method = "GET", path =
            "/op84/{🐶}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("u1f436", status, &response_headers);
        match status {
            200 => {
                let headers = U1f436OkHeaders {
                    u1f436: super::runtime::optional_header(
                        &response_headers,
                        "🐶",
                        status,
                    )?,
                };
                Ok(U1f436Response::Ok {
                    body: super::runtime::decode_json::<
                        super::types::Everything,
                        U1f436Error,
                    >(status, &bytes)?,
                    headers,
                })
            }
            _ => {
                Err(
                    super::Error::Api(U1f436Error::Default {
                        status,
                        body: super::runtime::decode_json::<
                            super::types::Error,
                            U1f436Error,
                        >(status, &bytes)?,
                    }),
                )
            }
        }
    }
    /// `POST /op84/{🐶}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn u1f436_post(
        &self,
        u1f436: &str,
        body: &super::types::Union2,
    ) -> ::std::result::Result<super::types::Untagged, super::Error<U1f436PostError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op84/");
        url.push_str(
            &super::runtime::path_param(
                "🐶",
                &super::runtime::to_value("🐶", &u1f436)?,
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
            .run_request_hooks("u1f436_post", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "🐶_post", method = "POST", path =
            "/op84/{🐶}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("u1f436_post", status, &response_headers);
        match status {
            201 => {
                Ok(
                    super::runtime::decode_json::<
                        super::types::Untagged,
                        U1f436PostError,
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
