//! Operations tagged by this module's tag.
/// Query, header and cookie parameters of [`super::Client::futures`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct FuturesParams {
    pub futures2: ::std::option::Option<::std::string::String>,
    pub futures3: ::std::option::Option<::std::string::String>,
    pub futures4: ::std::option::Option<::std::string::String>,
}
impl FuturesParams {
    /// Sets `futures2`.
    #[must_use]
    pub fn futures2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.futures2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `futures3`.
    #[must_use]
    pub fn futures3(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.futures3 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `futures4`.
    #[must_use]
    pub fn futures4(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.futures4 = ::std::option::Option::Some(value.into());
        self
    }
}
/// Headers of the Ok response of [`super::Client::futures`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct FuturesOkHeaders {
    pub futures: ::std::option::Option<::std::string::String>,
}
/// Successful responses of [`super::Client::futures`].
#[derive(Debug, Clone, PartialEq)]
pub enum FuturesResponse {
    /// ok
    Ok { body: super::types::Everything, headers: FuturesOkHeaders },
}
/// Documented error responses of [`super::Client::futures`].
#[derive(Debug, Clone, PartialEq)]
pub enum FuturesError {
    /// error
    Default { status: u16, body: super::types::Error },
}
/// Documented error responses of [`super::Client::futures_post`].
#[derive(Debug, Clone, PartialEq)]
pub enum FuturesPostError {}
impl super::Client {
    /// */ operation futures "#
    ///
    /// `GET /op181/{futures}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn futures(
        &self,
        futures: &str,
        params: &FuturesParams,
    ) -> ::std::result::Result<FuturesResponse, super::Error<FuturesError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op181/");
        url.push_str(
            &super::runtime::path_param(
                "futures",
                &super::runtime::to_value("futures", &futures)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if let Some(v) = &params.futures2 {
            let v = super::runtime::to_value("futures", v)?;
            super::runtime::push_param(&mut query, "futures", &v, "form", true);
        }
        if let Some(v) = &params.futures3 {
            let v = super::runtime::to_value("futures", v)?;
            headers.push(("futures", super::runtime::simple(&v, false)));
        }
        if let Some(v) = &params.futures4 {
            let v = super::runtime::to_value("futures", v)?;
            cookies
                .push(
                    format!(
                        "{}={}", "futures", super::runtime::encode(&
                        super::runtime::simple(& v, true))
                    ),
                );
        }
        self.authorize(&[&[181usize]], &mut query, &mut headers, &mut cookies);
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
        let req = self.run_request_hooks("futures", req).map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "futures", method = "GET", path =
            "/op181/{futures}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("futures", status, &response_headers);
        match status {
            200 => {
                let headers = FuturesOkHeaders {
                    futures: super::runtime::optional_header(
                        &response_headers,
                        "futures",
                        status,
                    )?,
                };
                Ok(FuturesResponse::Ok {
                    body: super::runtime::decode_json::<
                        super::types::Everything,
                        FuturesError,
                    >(status, &bytes)?,
                    headers,
                })
            }
            _ => {
                Err(
                    super::Error::Api(FuturesError::Default {
                        status,
                        body: super::runtime::decode_json::<
                            super::types::Error,
                            FuturesError,
                        >(status, &bytes)?,
                    }),
                )
            }
        }
    }
    /// `POST /op181/{futures}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn futures_post(
        &self,
        futures: &str,
        body: impl ::std::convert::Into<::std::option::Option<&super::types::Union2>>,
    ) -> ::std::result::Result<super::types::Untagged, super::Error<FuturesPostError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op181/");
        url.push_str(
            &super::runtime::path_param(
                "futures",
                &super::runtime::to_value("futures", &futures)?,
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
            .run_request_hooks("futures_post", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "futures_post", method = "POST", path =
            "/op181/{futures}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("futures_post", status, &response_headers);
        match status {
            201 => {
                Ok(
                    super::runtime::decode_json::<
                        super::types::Untagged,
                        FuturesPostError,
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
