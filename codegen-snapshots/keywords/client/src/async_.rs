//! Operations tagged by this module's tag.
/// Query, header and cookie parameters of [`super::Client::async`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AsyncParams {
    pub async2: ::std::option::Option<::std::string::String>,
    pub async3: ::std::option::Option<::std::string::String>,
    pub async4: ::std::option::Option<::std::string::String>,
}
impl AsyncParams {
    /// Sets `async2`.
    #[must_use]
    pub fn async2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.async2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `async3`.
    #[must_use]
    pub fn async3(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.async3 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `async4`.
    #[must_use]
    pub fn async4(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.async4 = ::std::option::Option::Some(value.into());
        self
    }
}
/// Headers of the Ok response of [`super::Client::async`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct AsyncOkHeaders {
    pub r#async: ::std::option::Option<::std::string::String>,
}
/// Successful responses of [`super::Client::async`].
#[derive(Debug, Clone, PartialEq)]
pub enum AsyncResponse {
    /// ok
    Ok { body: super::types::Everything, headers: AsyncOkHeaders },
}
/// Documented error responses of [`super::Client::async`].
#[derive(Debug, Clone, PartialEq)]
pub enum AsyncError {
    /// error
    Default { status: u16, body: super::types::Error },
}
/// Documented error responses of [`super::Client::async_post`].
#[derive(Debug, Clone, PartialEq)]
pub enum AsyncPostError {}
impl super::Client {
    /// */ operation async "#
    ///
    /// `GET /op35/{async}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn r#async(
        &self,
        r#async: &str,
        params: &AsyncParams,
    ) -> ::std::result::Result<AsyncResponse, super::Error<AsyncError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op35/");
        url.push_str(
            &super::runtime::path_param(
                "async",
                &super::runtime::to_value("async", &r#async)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if let Some(v) = &params.async2 {
            let v = super::runtime::to_value("async", v)?;
            super::runtime::push_param(&mut query, "async", &v, "form", true);
        }
        if let Some(v) = &params.async3 {
            let v = super::runtime::to_value("async", v)?;
            headers.push(("async", super::runtime::simple(&v, false)));
        }
        if let Some(v) = &params.async4 {
            let v = super::runtime::to_value("async", v)?;
            cookies
                .push(
                    format!(
                        "{}={}", "async", super::runtime::encode(&
                        super::runtime::simple(& v, true))
                    ),
                );
        }
        self.authorize(&[&[35usize]], &mut query, &mut headers, &mut cookies);
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
        let req = self.run_request_hooks("async", req).map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "async", method = "GET", path =
            "/op35/{async}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("async", status, &response_headers);
        match status {
            200 => {
                let headers = AsyncOkHeaders {
                    r#async: super::runtime::optional_header(
                        &response_headers,
                        "async",
                        status,
                    )?,
                };
                Ok(AsyncResponse::Ok {
                    body: super::runtime::decode_json::<
                        super::types::Everything,
                        AsyncError,
                    >(status, &bytes)?,
                    headers,
                })
            }
            _ => {
                Err(
                    super::Error::Api(AsyncError::Default {
                        status,
                        body: super::runtime::decode_json::<
                            super::types::Error,
                            AsyncError,
                        >(status, &bytes)?,
                    }),
                )
            }
        }
    }
    /// `POST /op35/{async}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn async_post(
        &self,
        r#async: &str,
        body: impl ::std::convert::Into<::std::option::Option<&super::types::Union2>>,
    ) -> ::std::result::Result<super::types::Untagged, super::Error<AsyncPostError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op35/");
        url.push_str(
            &super::runtime::path_param(
                "async",
                &super::runtime::to_value("async", &r#async)?,
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
            .run_request_hooks("async_post", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "async_post", method = "POST", path =
            "/op35/{async}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("async_post", status, &response_headers);
        match status {
            201 => {
                Ok(
                    super::runtime::decode_json::<
                        super::types::Untagged,
                        AsyncPostError,
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
