//! Operations tagged by this module's tag.
/// Query, header and cookie parameters of [`super::Client::fn`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct FnParams {
    pub fn2: ::std::option::Option<::std::string::String>,
    pub fn3: ::std::option::Option<::std::string::String>,
    pub fn4: ::std::option::Option<::std::string::String>,
}
impl FnParams {
    /// Sets `fn2`.
    #[must_use]
    pub fn fn2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.fn2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `fn3`.
    #[must_use]
    pub fn fn3(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.fn3 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `fn4`.
    #[must_use]
    pub fn fn4(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.fn4 = ::std::option::Option::Some(value.into());
        self
    }
}
/// Headers of the Ok response of [`super::Client::fn`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct FnOkHeaders {
    pub r#fn: ::std::option::Option<::std::string::String>,
}
/// Successful responses of [`super::Client::fn`].
#[derive(Debug, Clone, PartialEq)]
pub enum FnResponse {
    /// ok
    Ok { body: super::types::Everything, headers: FnOkHeaders },
}
/// Documented error responses of [`super::Client::fn`].
#[derive(Debug, Clone, PartialEq)]
pub enum FnError {
    /// error
    Default { status: u16, body: super::types::Error },
}
/// Documented error responses of [`super::Client::fn_post`].
#[derive(Debug, Clone, PartialEq)]
pub enum FnPostError {}
impl super::Client {
    /// */ operation fn "#
    ///
    /// `GET /op9/{fn}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn r#fn(
        &self,
        r#fn: &str,
        params: &FnParams,
    ) -> ::std::result::Result<FnResponse, super::Error<FnError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op9/");
        url.push_str(
            &super::runtime::path_param(
                "fn",
                &super::runtime::to_value("fn", &r#fn)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if let Some(v) = &params.fn2 {
            let v = super::runtime::to_value("fn", v)?;
            super::runtime::push_param(&mut query, "fn", &v, "form", true);
        }
        if let Some(v) = &params.fn3 {
            let v = super::runtime::to_value("fn", v)?;
            headers.push(("fn", super::runtime::simple(&v, false)));
        }
        if let Some(v) = &params.fn4 {
            let v = super::runtime::to_value("fn", v)?;
            cookies
                .push(
                    format!(
                        "{}={}", "fn", super::runtime::encode(& super::runtime::simple(&
                        v, true))
                    ),
                );
        }
        self.authorize(&[&[9usize]], &mut query, &mut headers, &mut cookies);
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
        let req = self.run_request_hooks("fn", req).map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "fn", method = "GET", path = "/op9/{fn}",
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
        self.run_response_hooks("fn", status, &response_headers);
        match status {
            200 => {
                let headers = FnOkHeaders {
                    r#fn: super::runtime::optional_header(
                        &response_headers,
                        "fn",
                        status,
                    )?,
                };
                Ok(FnResponse::Ok {
                    body: super::runtime::decode_json::<
                        super::types::Everything,
                        FnError,
                    >(status, &bytes)?,
                    headers,
                })
            }
            _ => {
                Err(
                    super::Error::Api(FnError::Default {
                        status,
                        body: super::runtime::decode_json::<
                            super::types::Error,
                            FnError,
                        >(status, &bytes)?,
                    }),
                )
            }
        }
    }
    /// `POST /op9/{fn}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn fn_post(
        &self,
        r#fn: &str,
        body: impl ::std::convert::Into<::std::option::Option<&super::types::Union2>>,
    ) -> ::std::result::Result<super::types::Untagged, super::Error<FnPostError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op9/");
        url.push_str(
            &super::runtime::path_param(
                "fn",
                &super::runtime::to_value("fn", &r#fn)?,
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
        let req = self.run_request_hooks("fn_post", req).map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "fn_post", method = "POST", path =
            "/op9/{fn}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("fn_post", status, &response_headers);
        match status {
            201 => {
                Ok(
                    super::runtime::decode_json::<
                        super::types::Untagged,
                        FnPostError,
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
