//! Operations tagged by this module's tag.
/// Query, header and cookie parameters of [`super::Client::default3`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Default3Params {
    pub default2: ::std::option::Option<::std::string::String>,
    pub default3: ::std::option::Option<::std::string::String>,
    pub default4: ::std::option::Option<::std::string::String>,
}
impl Default3Params {
    /// Sets `default2`.
    #[must_use]
    pub fn default2(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.default2 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `default3`.
    #[must_use]
    pub fn default3(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.default3 = ::std::option::Option::Some(value.into());
        self
    }
    /// Sets `default4`.
    #[must_use]
    pub fn default4(
        mut self,
        value: impl ::std::convert::Into<::std::string::String>,
    ) -> Self {
        self.default4 = ::std::option::Option::Some(value.into());
        self
    }
}
/// Headers of the Ok response of [`super::Client::default3`].
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Default3OkHeaders {
    pub default: ::std::option::Option<::std::string::String>,
}
/// Successful responses of [`super::Client::default3`].
#[derive(Debug, Clone, PartialEq)]
pub enum Default3Response {
    /// ok
    Ok { body: super::types::Everything, headers: Default3OkHeaders },
}
/// Documented error responses of [`super::Client::default3`].
#[derive(Debug, Clone, PartialEq)]
pub enum Default3Error {
    /// error
    Default { status: u16, body: super::types::Error },
}
/// Documented error responses of [`super::Client::default_post2`].
#[derive(Debug, Clone, PartialEq)]
pub enum DefaultPost2Error {}
impl super::Client {
    /// */ operation Default "#
    ///
    /// `GET /op111/{Default}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn default3(
        &self,
        default: &str,
        params: &Default3Params,
    ) -> ::std::result::Result<Default3Response, super::Error<Default3Error>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op111/");
        url.push_str(
            &super::runtime::path_param(
                "Default",
                &super::runtime::to_value("Default", &default)?,
                "simple",
                false,
            ),
        );
        let mut query: ::std::vec::Vec<(::std::string::String, ::std::string::String)> = ::std::vec::Vec::new();
        let mut headers: ::std::vec::Vec<(&'static str, ::std::string::String)> = ::std::vec::Vec::new();
        let mut cookies: ::std::vec::Vec<::std::string::String> = ::std::vec::Vec::new();
        if let Some(v) = &params.default2 {
            let v = super::runtime::to_value("Default", v)?;
            super::runtime::push_param(&mut query, "Default", &v, "form", true);
        }
        if let Some(v) = &params.default3 {
            let v = super::runtime::to_value("Default", v)?;
            headers.push(("Default", super::runtime::simple(&v, false)));
        }
        if let Some(v) = &params.default4 {
            let v = super::runtime::to_value("Default", v)?;
            cookies
                .push(
                    format!(
                        "{}={}", "Default", super::runtime::encode(&
                        super::runtime::simple(& v, true))
                    ),
                );
        }
        self.authorize(&[&[111usize]], &mut query, &mut headers, &mut cookies);
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
            .run_request_hooks("default3", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "Default", method = "GET", path =
            "/op111/{Default}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("default3", status, &response_headers);
        match status {
            200 => {
                let headers = Default3OkHeaders {
                    default: super::runtime::optional_header(
                        &response_headers,
                        "Default",
                        status,
                    )?,
                };
                Ok(Default3Response::Ok {
                    body: super::runtime::decode_json::<
                        super::types::Everything,
                        Default3Error,
                    >(status, &bytes)?,
                    headers,
                })
            }
            _ => {
                Err(
                    super::Error::Api(Default3Error::Default {
                        status,
                        body: super::runtime::decode_json::<
                            super::types::Error,
                            Default3Error,
                        >(status, &bytes)?,
                    }),
                )
            }
        }
    }
    /// `POST /op111/{Default}`
    #[allow(unused_mut, clippy::too_many_arguments)]
    pub async fn default_post2(
        &self,
        default: &str,
        body: impl ::std::convert::Into<::std::option::Option<&super::types::Union2>>,
    ) -> ::std::result::Result<super::types::Untagged, super::Error<DefaultPost2Error>> {
        let mut url = ::std::string::String::from(self.base_url());
        url.push_str("/op111/");
        url.push_str(
            &super::runtime::path_param(
                "Default",
                &super::runtime::to_value("Default", &default)?,
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
            .run_request_hooks("default_post2", req)
            .map_err(super::Error::Request)?;
        let sent = super::runtime::execute(self.http_client(), req, &self.retry);
        #[cfg(feature = "tracing")]
        let op_span = ::tracing::info_span!(
            "stipula.operation", operation = "Default_post", method = "POST", path =
            "/op111/{Default}", status = ::tracing::field::Empty
        );
        #[cfg(feature = "tracing")]
        let sent = ::tracing::Instrument::instrument(sent, op_span.clone());
        let sent = sent.await;
        #[cfg(feature = "tracing")]
        if let Ok((status, _, _)) = &sent {
            op_span.record("status", *status);
        }
        let (status, response_headers, bytes) = sent.map_err(super::Error::Request)?;
        self.run_response_hooks("default_post2", status, &response_headers);
        match status {
            201 => {
                Ok(
                    super::runtime::decode_json::<
                        super::types::Untagged,
                        DefaultPost2Error,
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
