//! Operations tagged by this module's tag.
/// Query, header and cookie parameters of [`super::Client::api2`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Api2Params {
    pub api3: ::std::option::Option<::std::string::String>,
    pub api4: ::std::option::Option<::std::string::String>,
    pub api5: ::std::option::Option<::std::string::String>,
}
impl Api2Params {
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
/// Headers of the Ok response of [`super::Client::api2`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Api2OkHeaders {
    pub api: ::std::option::Option<::std::string::String>,
}
/// Successful responses of [`super::Client::api2`].
#[derive(Debug, Clone, PartialEq)]
pub enum Api2Response {
    /// ok
    Ok { body: super::types::Everything, headers: Api2OkHeaders },
}
/// Documented error responses of [`super::Client::api2`].
#[derive(Debug, Clone, PartialEq)]
pub enum Api2Error {
    /// error
    Default { status: u16, body: super::types::Error },
}
/// Documented error responses of [`super::Client::api_post2`].
#[derive(Debug, Clone, PartialEq)]
pub enum ApiPost2Error {}
impl super::Client {
    /// */ operation api "#
    ///
    /// `GET /op190/{api}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn api2(
        &self,
        api2: &str,
        params: &Api2Params,
    ) -> ::std::result::Result<Api2Response, super::Error<Api2Error>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op190/");
        url.push_str(
            &super::runtime::path_param(
                "api",
                &super::runtime::to_value("api", &api2)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if let Some(v) = &params.api3 {
            let v = super::runtime::to_value("api", v)?;
            super::runtime::push_param(&mut query, "api", &v, "form", true);
        }
        if let Some(v) = &params.api4 {
            let v = super::runtime::to_value("api", v)?;
            headers.push(("api", super::runtime::simple(&v, false)));
        }
        if let Some(v) = &params.api5 {
            let v = super::runtime::to_value("api", v)?;
            cookies
                .push(
                    format!(
                        "{}={}", "api", super::runtime::encode(& super::runtime::simple(&
                        v, true))
                    ),
                );
        }
        self.authorize(&[&[190usize]], &mut query, &mut headers, &mut cookies);
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
        let req = self.run_request_hooks("api2", req).map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "api", method = "GET", path =
            "/op190/{api}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("api2", status, &response_headers);
        match status {
            200 => {
                let headers = Api2OkHeaders {
                    api: super::runtime::optional_header(
                        &response_headers,
                        "api",
                        status,
                    )?,
                };
                Ok(Api2Response::Ok {
                    body: super::runtime::decode_json::<
                        super::types::Everything,
                        Api2Error,
                    >(status, &bytes)?,
                    headers,
                })
            }
            _ => {
                Err(
                    super::Error::Api(Api2Error::Default {
                        status,
                        body: super::runtime::decode_json::<
                            super::types::Error,
                            Api2Error,
                        >(status, &bytes)?,
                    }),
                )
            }
        }
    }
    /// `POST /op190/{api}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn api_post2(
        &self,
        api2: &str,
        body: &super::types::Union2,
    ) -> ::std::result::Result<super::types::Untagged, super::Error<ApiPost2Error>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op190/");
        url.push_str(
            &super::runtime::path_param(
                "api",
                &super::runtime::to_value("api", &api2)?,
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
            .run_request_hooks("api_post2", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "api_post", method = "POST", path =
            "/op190/{api}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("api_post2", status, &response_headers);
        match status {
            201 => {
                Ok(
                    super::runtime::decode_json::<
                        super::types::Untagged,
                        ApiPost2Error,
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
