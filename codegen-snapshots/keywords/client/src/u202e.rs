//! Operations tagged by this module's tag.
/// Query, header and cookie parameters of [`super::Client::u202e`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct U202eParams {
    pub u202e2: ::std::option::Option<::std::string::String>,
    pub u202e3: ::std::option::Option<::std::string::String>,
    pub u202e4: ::std::option::Option<::std::string::String>,
}
impl U202eParams {
    /// Sets `u202e2`.
    #[must_use]
    pub fn u202e2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.u202e2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `u202e3`.
    #[must_use]
    pub fn u202e3(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.u202e3 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `u202e4`.
    #[must_use]
    pub fn u202e4(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.u202e4 = ::std::option::Option::Some(value.into());
        self
    }
}
/// Headers of the Ok response of [`super::Client::u202e`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct U202eOkHeaders {
    pub u202e: ::std::option::Option<::std::string::String>,
}
/// Successful responses of [`super::Client::u202e`].
#[derive(Debug, Clone, PartialEq)]
pub enum U202eResponse {
    /// ok
    Ok { body: super::types::Everything, headers: U202eOkHeaders },
}
/// Documented error responses of [`super::Client::u202e`].
#[derive(Debug, Clone, PartialEq)]
pub enum U202eError {
    /// error
    Default { status: u16, body: super::types::Error },
}
/// Documented error responses of [`super::Client::u202e_post`].
#[derive(Debug, Clone, PartialEq)]
pub enum U202ePostError {}
impl super::Client {
    /// */ operation \u{202e} "#
    ///
    /// `GET /op78/{\u{202e}}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn u202e(
        &self,
        u202e: &str,
        params: &U202eParams,
    ) -> ::std::result::Result<U202eResponse, super::Error<U202eError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op78/");
        url.push_str(
            &super::runtime::path_param(
                "\u{202e}",
                &super::runtime::to_value("\u{202e}", &u202e)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if let Some(v) = &params.u202e2 {
            let v = super::runtime::to_value("\u{202e}", v)?;
            super::runtime::push_param(&mut query, "\u{202e}", &v, "form", true);
        }
        if let Some(v) = &params.u202e3 {
            let v = super::runtime::to_value("\u{202e}", v)?;
            headers.push(("\u{202e}", super::runtime::simple(&v, false)));
        }
        if let Some(v) = &params.u202e4 {
            let v = super::runtime::to_value("\u{202e}", v)?;
            cookies
                .push(
                    format!(
                        "{}={}", "\u{202e}", super::runtime::encode(&
                        super::runtime::simple(& v, true))
                    ),
                );
        }
        self.authorize(&[&[78usize]], &mut query, &mut headers, &mut cookies);
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
        let req = self.run_request_hooks("u202e", req).map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "\u{202e}", method = "GET", path =
            "/op78/{\u{202e}}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("u202e", status, &response_headers);
        match status {
            200 => {
                let headers = U202eOkHeaders {
                    u202e: super::runtime::optional_header(
                        &response_headers,
                        "\u{202e}",
                        status,
                    )?,
                };
                Ok(U202eResponse::Ok {
                    body: super::runtime::decode_json::<
                        super::types::Everything,
                        U202eError,
                    >(status, &bytes)?,
                    headers,
                })
            }
            _ => {
                Err(
                    super::Error::Api(U202eError::Default {
                        status,
                        body: super::runtime::decode_json::<
                            super::types::Error,
                            U202eError,
                        >(status, &bytes)?,
                    }),
                )
            }
        }
    }
    /// `POST /op78/{\u{202e}}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn u202e_post(
        &self,
        u202e: &str,
        body: &super::types::Union2,
    ) -> ::std::result::Result<super::types::Untagged, super::Error<U202ePostError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op78/");
        url.push_str(
            &super::runtime::path_param(
                "\u{202e}",
                &super::runtime::to_value("\u{202e}", &u202e)?,
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
            .run_request_hooks("u202e_post", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "\u{202e}_post", method = "POST", path =
            "/op78/{\u{202e}}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("u202e_post", status, &response_headers);
        match status {
            201 => {
                Ok(
                    super::runtime::decode_json::<
                        super::types::Untagged,
                        U202ePostError,
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
