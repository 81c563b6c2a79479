//! Operations tagged by this module's tag.
/// Query, header and cookie parameters of [`super::Client::api`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ApiParams {
    pub api3: ::std::option::Option<::std::string::String>,
    pub api4: ::std::option::Option<::std::string::String>,
    pub api5: ::std::option::Option<::std::string::String>,
}
impl ApiParams {
    /// Sets `api3`.
    #[must_use]
    pub fn api3(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.api3 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `api4`.
    #[must_use]
    pub fn api4(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.api4 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `api5`.
    #[must_use]
    pub fn api5(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.api5 = ::std::option::Option::Some(value.into());
        self
    }
}
/// Headers of the Ok response of [`super::Client::api`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ApiOkHeaders {
    pub api: ::std::option::Option<::std::string::String>,
}
/// Successful responses of [`super::Client::api`].
#[derive(Debug, Clone, PartialEq)]
pub enum ApiResponse {
    /// ok
    Ok { body: super::types::Everything, headers: ApiOkHeaders },
}
/// Documented error responses of [`super::Client::api`].
#[derive(Debug, Clone, PartialEq)]
pub enum ApiError {
    /// error
    Default { status: u16, body: super::types::Error },
}
/// Documented error responses of [`super::Client::api_post`].
#[derive(Debug, Clone, PartialEq)]
pub enum ApiPostError {}
impl super::Client {
    /// */ operation Api "#
    ///
    /// `GET /op151/{Api}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn api(
        &self,
        api2: &str,
        params: &ApiParams,
    ) -> ::std::result::Result<ApiResponse, super::Error<ApiError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op151/");
        url.push_str(
            &super::runtime::path_param(
                "Api",
                &super::runtime::to_value("Api", &api2)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if let Some(v) = &params.api3 {
            let v = super::runtime::to_value("Api", v)?;
            super::runtime::push_param(&mut query, "Api", &v, "form", true);
        }
        if let Some(v) = &params.api4 {
            let v = super::runtime::to_value("Api", v)?;
            headers.push(("Api", super::runtime::simple(&v, false)));
        }
        if let Some(v) = &params.api5 {
            let v = super::runtime::to_value("Api", v)?;
            cookies
                .push(
                    format!(
                        "{}={}", "Api", super::runtime::encode(& super::runtime::simple(&
                        v, true))
                    ),
                );
        }
        self.authorize(&[&[151usize]], &mut query, &mut headers, &mut cookies);
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
        let req = self.run_request_hooks("api", req).map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "Api", method = "GET", path =
            "/op151/{Api}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("api", status, &response_headers);
        match status {
            200 => {
                let headers = ApiOkHeaders {
                    api: super::runtime::optional_header(
                        &response_headers,
                        "Api",
                        status,
                    )?,
                };
                Ok(ApiResponse::Ok {
                    body: super::runtime::decode_json::<
                        super::types::Everything,
                        ApiError,
                    >(status, &bytes)?,
                    headers,
                })
            }
            _ => {
                Err(
                    super::Error::Api(ApiError::Default {
                        status,
                        body: super::runtime::decode_json::<
                            super::types::Error,
                            ApiError,
                        >(status, &bytes)?,
                    }),
                )
            }
        }
    }
    /// `POST /op151/{Api}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn api_post(
        &self,
        api2: &str,
        body: impl ::std::convert::Into<::std::option::Option<&super::types::Union2>>,
    ) -> ::std::result::Result<super::types::Untagged, super::Error<ApiPostError>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op151/");
        url.push_str(
            &super::runtime::path_param(
                "Api",
                &super::runtime::to_value("Api", &api2)?,
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
            .run_request_hooks("api_post", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "Api_post", method = "POST", path =
            "/op151/{Api}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("api_post", status, &response_headers);
        match status {
            201 => {
                Ok(
                    super::runtime::decode_json::<
                        super::types::Untagged,
                        ApiPostError,
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
